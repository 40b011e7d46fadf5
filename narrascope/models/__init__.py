"""Shipped model artifacts: ``narrascope/models/<name>/`` with ``model.npz``, ``meta.json``, ``MODEL_CARD.md``.

Artifacts are plain arrays (npz, loaded with ``allow_pickle=False``) and JSON metadata: no pickle, so
loading a model never runs code from the file.
"""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError


def model_dir(name: str) -> Path:
    """Folder of the shipped model ``name`` inside the installed package."""
    return Path(str(resources.files("narrascope.models").joinpath(name)))


def save_artifact(directory: str | Path, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> Path:
    """Write ``model.npz`` (compressed, deterministic key order) and ``meta.json`` into ``directory``."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    for key, arr in arrays.items():
        if np.asarray(arr).dtype == object:
            raise ModelError(f"artifact array {key!r} has dtype object; store strings in meta.json instead")
    np.savez_compressed(directory / "model.npz", **{k: np.asarray(arrays[k]) for k in sorted(arrays)})
    (directory / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    return directory


def load_artifact(directory: str | Path) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Read an artifact written by :func:`save_artifact`; raise :class:`ModelError` if missing or damaged."""
    directory = Path(directory)
    try:
        with np.load(directory / "model.npz", allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
        meta = json.loads((directory / "meta.json").read_text("utf-8"))
    except FileNotFoundError:
        raise ModelError(f"no model artifact in {directory}; train it with `narrascope train {directory.name}`") from None
    except (OSError, ValueError) as exc:
        raise ModelError(f"model artifact in {directory} is damaged ({exc}); retrain it") from None
    return arrays, meta
