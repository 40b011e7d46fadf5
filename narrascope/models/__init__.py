"""Shipped model artifacts: ``narrascope/models/<name>/`` with ``model.npz``, ``meta.json``, ``MODEL_CARD.md``.

Artifacts are plain arrays (npz, loaded with ``allow_pickle=False``) and JSON metadata: no pickle, so
loading a model never runs code from the file.
"""
from __future__ import annotations

import io
import json
import zipfile
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError


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


def models_fingerprint(models_dir: str | Path = "") -> str:
    """A short id of the adapted models in ``models_dir`` ('' when none): a hash of their ``meta.json`` files,
    so a store knows which analyses an adapted model made (and ``ingest --refresh`` redoes the others)."""
    import hashlib

    if not models_dir:
        return ""
    h = hashlib.sha256()
    for name in ("narratives", "framing", "persuasion", "evidence"):
        meta = Path(models_dir).expanduser() / name / "meta.json"
        if meta.is_file():
            h.update(name.encode() + meta.read_bytes())
    return h.hexdigest()[:12]


def save_artifact(directory: str | Path, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> Path:
    """Write ``model.npz`` (compressed, deterministic key order) and ``meta.json`` into ``directory``."""
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
