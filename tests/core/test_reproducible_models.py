"""Each shipped model is what its documented training command produces.

The command is read from the model card (the line starting ``narrascope train <name>``), run into a temporary
folder with ``--out``, and the new ``model.npz`` and ``meta.json`` are compared with the shipped files: every
array and every JSON value of the same name, shape and type; integers, strings and booleans exactly; floats
to within float rounding. A model changed without its card, a training run that is not deterministic, or a
code change that alters what training sees fails here.

Why not byte for byte: the same code, data and library versions give floats that differ in the last bits on a
different CPU (OpenBLAS picks its kernels per processor; measured on the evidence scorer: median difference
1e-8, largest 2.5e-6 on weights up to 0.11). A real change is orders of magnitude larger (the date-marker
change moved the same weights by up to 0.009).
"""
import json
import re
import shlex
import subprocess
import sys

import numpy as np
import pytest

from narrascope.models import model_dir

pytestmark = pytest.mark.slow
MODELS = ["entities", "evidence", "framing", "narratives", "persuasion", "persuasion_ru"]
# A float differs by at most RTOL of the array's largest magnitude (plus ATOL for all-zero arrays).
RTOL, ATOL = 1e-4, 1e-7


def _documented_command(name: str) -> list[str]:
    card = (model_dir(name) / "MODEL_CARD.md").read_text("utf-8")
    command = name.split("_")[0]  # persuasion_ru is trained by `narrascope train persuasion --data .../ru`
    lines = re.findall(rf"(?m)`?(narrascope train {command}\b[^`\n]*)`?", card)
    assert lines, f"{name}: the model card has no `narrascope train {command} ...` command"
    return shlex.split(lines[0], comments=True)  # a card may comment its command after a #


def array_differences(new_path, shipped_path) -> list[str]:
    """What differs between two ``.npz`` files beyond float rounding (empty when they agree)."""
    out = []
    with np.load(new_path, allow_pickle=False) as new, np.load(shipped_path, allow_pickle=False) as old:
        if sorted(new.files) != sorted(old.files):
            return [f"arrays {sorted(set(new.files) ^ set(old.files))} are in one file only"]
        for key in sorted(old.files):
            a, b = new[key], old[key]
            if a.shape != b.shape or a.dtype != b.dtype:
                out.append(f"{key}: {a.dtype}{a.shape} vs shipped {b.dtype}{b.shape}")
            elif np.issubdtype(b.dtype, np.floating):
                if a.size and not np.array_equal(np.isnan(a), np.isnan(b)):
                    out.append(f"{key}: NaN in different places")
                elif a.size:
                    worst = float(np.nanmax(np.abs(a.astype(np.float64) - b)))
                    scale = float(np.nanmax(np.abs(b))) if np.isfinite(b).any() else 0.0
                    if worst > RTOL * scale + ATOL:
                        out.append(f"{key}: floats differ by up to {worst:.3g} (largest |value| {scale:.3g})")
            elif not np.array_equal(a, b):
                out.append(f"{key}: {int(np.sum(a != b)) if a.shape else 1} values differ")
    return out


def json_differences(new, old, where="meta") -> list[str]:
    """What differs between two parsed JSON values beyond float rounding."""
    if isinstance(old, bool) or isinstance(new, bool):
        return [] if new is old else [f"{where}: {new!r} vs shipped {old!r}"]
    if isinstance(old, float) or isinstance(new, float):
        if isinstance(new, (int, float)) and isinstance(old, (int, float)):
            return [] if abs(new - old) <= RTOL * max(abs(old), 1.0) else [f"{where}: {new!r} vs shipped {old!r}"]
        return [f"{where}: {new!r} vs shipped {old!r}"]
    if isinstance(old, dict) and isinstance(new, dict):
        if new.keys() != old.keys():
            return [f"{where}: keys {sorted(set(new) ^ set(old))} in one file only"]
        return [d for k in old for d in json_differences(new[k], old[k], f"{where}.{k}")]
    if isinstance(old, list) and isinstance(new, list):
        if len(new) != len(old):
            return [f"{where}: {len(new)} items vs shipped {len(old)}"]
        return [d for i, (x, y) in enumerate(zip(new, old)) for d in json_differences(x, y, f"{where}[{i}]")]
    return [] if new == old else [f"{where}: {str(new)[:80]!r} vs shipped {str(old)[:80]!r}"]


def test_the_comparison_tells_rounding_from_change(tmp_path):
    weights = np.linspace(-0.1, 0.1, 1000, dtype=np.float32)
    np.savez(tmp_path / "a.npz", w=weights, ids=np.arange(5))
    np.savez(tmp_path / "b.npz", w=weights + np.float32(2e-6), ids=np.arange(5))
    np.savez(tmp_path / "c.npz", w=weights + np.float32(5e-3), ids=np.arange(5))
    np.savez(tmp_path / "d.npz", w=weights, ids=np.arange(1, 6))
    assert array_differences(tmp_path / "b.npz", tmp_path / "a.npz") == []
    assert array_differences(tmp_path / "c.npz", tmp_path / "a.npz")[0].startswith("w: floats differ")
    assert array_differences(tmp_path / "d.npz", tmp_path / "a.npz") == ["ids: 5 values differ"]
    assert json_differences({"t": 0.5000000001, "n": [1, "x"]}, {"t": 0.5, "n": [1, "x"]}) == []
    assert json_differences({"t": 0.51}, {"t": 0.5}) and json_differences({"n": [2]}, {"n": [1]})


@pytest.mark.parametrize("name", MODELS)
def test_retraining_reproduces_the_shipped_artifact(name, shared_data, tmp_path):
    argv = _documented_command(name)
    # The card's paths are relative to the repository root with the data at ../shared/data.
    argv = [str(shared_data) + a[len("../shared/data"):] if a.startswith("../shared/data") else a for a in argv]
    assert "--out" not in argv, "the documented command must write the shipped folder (no --out)"
    cmd = [sys.executable, "-m", "narrascope", *argv[1:], "--out", str(tmp_path)]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    assert run.returncode == 0, run.stderr[-2000:]
    problems = array_differences(tmp_path / "model.npz", model_dir(name) / "model.npz")
    new_meta = json.loads((tmp_path / "meta.json").read_text("utf-8"))
    problems += json_differences(new_meta, json.loads((model_dir(name) / "meta.json").read_text("utf-8")))
    if problems:  # pytest.fail, not assert: pytest's diff of two large values can run for hours
        pytest.fail(f"{name}: retraining with `{' '.join(argv)}` differs from the shipped model: "
                    + "; ".join(problems[:8]), pytrace=False)
