"""Shipped model artifacts: ``narrascope/models/<name>/`` with ``model.npz``, ``meta.json``, ``MODEL_CARD.md``.

Artifacts are plain arrays (npz, loaded with ``allow_pickle=False``) and JSON metadata: no pickle, so
loading a model never runs code from the file.

Where a layer's model is read from is decided in one place, :func:`model_path`: the layer's own path
setting (``narratives_model``, ``framing_model``, ``persuasion_model``, ``evidence_model``) when set, else
the adapted model in ``models_dir/<name>`` when that folder holds one, else the shipped folder. Analysers
load their model on first use from that path and keep it; :func:`shared_model` lets several pipelines of
one process (the server's analysis workers) share one loaded copy per path.

numpy, scipy and scikit-learn are imported only when a model is loaded or trained, so that
``import narrascope`` stays light.
"""
from __future__ import annotations

import io
import json
import threading
import zipfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import ModelError

if TYPE_CHECKING:
    import numpy as np

T = TypeVar("T")

#: Model name -> the setting that names its folder.
MODEL_SETTINGS: dict[str, str] = {"narratives": "narratives_model", "framing": "framing_model",
                                  "persuasion": "persuasion_model", "evidence": "evidence_model"}


def model_dir(name: str) -> Path:
    """Folder of the shipped model ``name`` inside the installed package."""
    return Path(str(resources.files("narrascope.models").joinpath(name)))


def resolve_model_dir(name: str, models_dir: str | Path = "") -> Path:
    """``models_dir/name`` when it holds an artifact (an adapted model), else the shipped model's folder."""
    if models_dir:
        candidate = Path(models_dir).expanduser() / name
        if (candidate / "model.npz").is_file():
            return candidate
    return model_dir(name)


def model_path(settings: Any, name: str, check: bool = True) -> Path:
    """The folder the model ``name`` (a key of :data:`MODEL_SETTINGS`) is read from under ``settings``.

    The model's own setting wins, then ``models_dir/<name>`` when it holds an artifact, then the shipped
    folder. An explicit setting naming a folder without an artifact is a :class:`ModelError` naming the
    setting (with ``check``), so a typo is one clear line instead of a silent fallback.
    """
    setting = MODEL_SETTINGS[name]
    value = getattr(settings, setting, "") or ""
    if not value:
        return resolve_model_dir(name, getattr(settings, "models_dir", "") or "")
    path = Path(value).expanduser()
    if check:
        missing = [f for f in ("model.npz", "meta.json") if not (path / f).is_file()]
        if missing:
            what = "does not exist" if not path.exists() else f"holds no {' or '.join(missing)}"
            raise ModelError(f"setting {setting} (NARRASCOPE_{setting.upper()}): the folder {path} {what}; "
                             f"point it at a model folder (`narrascope train {name} --out DIR`) or leave it "
                             "empty for the shipped model")
    return path


_SHARED: dict[tuple[str, str], Any] = {}
_SHARED_LOCK = threading.Lock()


def shared_model(kind: str, path: str | Path, load: Callable[[Path], T]) -> T:
    """``load(path)``, once per process for each ``(kind, resolved path)``: pipelines reading the same
    folder share one loaded model; a different folder is loaded on its own."""
    key = (kind, str(Path(path).expanduser().resolve()))
    with _SHARED_LOCK:
        if key not in _SHARED:
            _SHARED[key] = load(Path(path))
        return _SHARED[key]


def models_fingerprint(models_dir: str | Path = "", settings: Any = None) -> str:
    """A short id of the adapted models in ``models_dir`` ('' when none): a hash of their ``meta.json`` files,
    so a store knows which analyses an adapted model made (and ``ingest --refresh`` redoes the others).

    With ``settings``, the models they name: each model's own path setting when set, else ``models_dir``
    (the id is the same as before for ``models_dir`` alone)."""
    import hashlib

    own: dict[str, Path] = {}
    if settings is not None:
        models_dir = getattr(settings, "models_dir", "") or ""
        own = {name: Path(getattr(settings, setting)).expanduser()
               for name, setting in MODEL_SETTINGS.items() if getattr(settings, setting, "")}
    if not models_dir and not own:
        return ""
    h = hashlib.sha256()
    for name in MODEL_SETTINGS:
        folder = own.get(name) or (Path(models_dir).expanduser() / name if models_dir else None)
        meta = folder / "meta.json" if folder is not None else None
        if meta is not None and meta.is_file():
            h.update(name.encode() + meta.read_bytes())
    return h.hexdigest()[:12]


def save_artifact(directory: str | Path, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> Path:
    """Write ``model.npz`` (compressed, deterministic key order) and ``meta.json`` into ``directory``."""
    import numpy as np

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    for key, arr in arrays.items():
        if np.asarray(arr).dtype == object:
            raise ModelError(f"artifact array {key!r} has dtype object; store strings in meta.json instead")
    _write_npz(directory / "model.npz", arrays)
    (directory / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    return directory


def _write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """A compressed npz whose bytes depend only on the arrays: sorted keys and a fixed zip timestamp.

    ``np.savez_compressed`` stamps every member with the current time, so two trainings of the same model
    gave different files; with a fixed stamp a retrained artifact can be checked byte for byte.
    """
    import numpy as np

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for key in sorted(arrays):
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.asarray(arrays[key]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{key}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, buf.getvalue())


def load_artifact(directory: str | Path) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Read an artifact written by :func:`save_artifact`; raise :class:`ModelError` if missing or damaged."""
    import numpy as np

    directory = Path(directory)
    try:
        with np.load(directory / "model.npz", allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
        meta = json.loads((directory / "meta.json").read_text("utf-8"))
    except FileNotFoundError:
        raise ModelError(f"no model artifact in {directory}; "
                         f"train it with `narrascope train {directory.name}`") from None
    except (OSError, ValueError) as exc:
        raise ModelError(f"model artifact in {directory} is damaged ({exc}); retrain it") from None
    return arrays, meta
