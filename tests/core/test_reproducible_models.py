"""Each shipped model is what its documented training command produces.

The command is read from the model card (the line starting ``narrascope train <name>``), run into a temporary
folder with ``--out``, and the new ``model.npz`` and ``meta.json`` are compared with the shipped files: every
array and every JSON value of the same name, shape and type; integers, strings and booleans exactly; floats
to within float rounding. A model changed without its card, a training run that is not deterministic, or a
code change that alters what training sees fails here.

Why not byte for byte: the same code, data and library versions give different floats on a different CPU
(OpenBLAS and NumPy pick their kernels per processor, AVX-512 or not, and the solvers' iterations amplify the
last-bit differences). Measured between this project's development machine (AVX-512) and the CI machine, each
retraining with the card's command: the largest weight difference was 1.7e-3 of the array's largest value
(persuasion's technique weights; framing 2.6e-4, evidence 2.5e-6 of 0.11), and the held-out display precision
in persuasion's meta.json moved by 0.0046. So floats are compared to RTOL (2%) of the array's largest value,
measured figures in meta.json to META_TOL, and a content-hash version only by its name part. A real change is
larger or changes something exact (a vocabulary, a shape, a count): the date-marker change moved the evidence
weights by 8% of their largest value.
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
# A float differs by at most RTOL of the array's largest magnitude (plus ATOL for all-zero arrays); a measured
# float in meta.json by at most META_TOL (of its magnitude, for values above 1).
RTOL, ATOL, META_TOL = 2e-2, 1e-7, 2e-2
# Any other float in meta.json (hyperparameters, chosen rules): to 1e-4 of its magnitude (at least 1e-4).
RTOL_SETTING = 1e-4
# A model's own held-out measurement in meta.json (persuasion's display precision): its figures and its counts
# of shown items follow the weights' rounding.
MEASURED = ".display_heldout."
# "persuasion-9417fb02c9ea": the model's name and a hash of its weights, which follow the CPU's rounding.
_HASHED_VERSION = re.compile(r"^(.*)-[0-9a-f]{12}$")


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
            # a measured figure moves with the weights; a setting (alpha, tol, a chosen rule) only by rounding
            tol = META_TOL if MEASURED in where else RTOL_SETTING
            return [] if abs(new - old) <= tol * max(abs(old), 1.0) else [f"{where}: {new!r} vs shipped {old!r}"]
        return [f"{where}: {new!r} vs shipped {old!r}"]
    if (MEASURED in where and where.endswith(".shown") and isinstance(old, int) and isinstance(new, int)
            and not isinstance(old, bool) and not isinstance(new, bool)):  # counts of what a model shows
        return [] if abs(new - old) <= max(2, META_TOL * abs(old)) else [f"{where}: {new!r} vs shipped {old!r}"]
    if where.endswith(".version") and isinstance(old, str) and isinstance(new, str):
        a, b = _HASHED_VERSION.match(new), _HASHED_VERSION.match(old)
        if a and b:
            return [] if a.group(1) == b.group(1) else [f"{where}: {new!r} vs shipped {old!r}"]
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
    np.savez(tmp_path / "b.npz", w=weights + np.float32(2e-4), ids=np.arange(5))
    np.savez(tmp_path / "c.npz", w=weights + np.float32(1e-2), ids=np.arange(5))
    np.savez(tmp_path / "d.npz", w=weights, ids=np.arange(1, 6))
    assert array_differences(tmp_path / "b.npz", tmp_path / "a.npz") == []
    assert array_differences(tmp_path / "c.npz", tmp_path / "a.npz")[0].startswith("w: floats differ")
    assert array_differences(tmp_path / "d.npz", tmp_path / "a.npz") == ["ids: 5 values differ"]
    assert json_differences({"t": 0.5000000001, "n": [1, "x"]}, {"t": 0.5, "n": [1, "x"]}) == []
    measured = {"display_heldout": {"precision": 0.4793, "shown": 301, "f1_rows": 900}}
    assert json_differences(measured, {"display_heldout": {"precision": 0.4839, "shown": 300, "f1_rows": 900}}) == []
    assert json_differences(measured, {"display_heldout": {"precision": 0.4839, "shown": 300, "f1_rows": 901}})
    assert json_differences({"p": 0.4793}, {"p": 0.4839})  # outside a measurement: a changed setting
    assert json_differences({"alpha": 0.01}, {"alpha": 1e-5}) and json_differences({"tol": 0.03}, {"tol": 0.01})
    assert json_differences({"alpha": 1e-5 + 1e-12}, {"alpha": 1e-5}) == []
    assert json_differences({"t": 0.55}, {"t": 0.5}) and json_differences({"n": [2]}, {"n": [1]})
    assert json_differences({"version": "persuasion-3b1c66b5a5e2"}, {"version": "persuasion-9417fb02c9ea"}) == []
    assert json_differences({"version": "persuasion_ru-3b1c66b5a5e2"}, {"version": "persuasion-9417fb02c9ea"})
    assert json_differences({"display_heldout": {"shown": 301}}, {"display_heldout": {"shown": 300}}) == []
    assert json_differences({"display_heldout": {"shown": 330}}, {"display_heldout": {"shown": 300}})
    assert json_differences({"training": {"articles": 301}}, {"training": {"articles": 300}})
    assert json_differences({"version": "2.2"}, {"version": "2.1"})


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
