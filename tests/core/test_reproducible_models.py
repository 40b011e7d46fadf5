"""Each shipped model is what its documented training command produces, byte for byte.

The command is read from the model card (the line starting ``narrascope train <name>``), run into a temporary
folder with ``--out``, and the new ``model.npz`` and ``meta.json`` are compared with the shipped files. A
model changed without its card, or a training run that is not deterministic, fails here.
"""
import re
import shlex
import subprocess
import sys

import pytest

from narrascope.models import model_dir

pytestmark = pytest.mark.slow
MODELS = ["entities", "evidence", "framing", "narratives", "persuasion", "persuasion_ru"]


def _documented_command(name: str) -> list[str]:
    card = (model_dir(name) / "MODEL_CARD.md").read_text("utf-8")
    command = name.split("_")[0]  # persuasion_ru is trained by `narrascope train persuasion --data .../ru`
    lines = re.findall(rf"(?m)`?(narrascope train {command}\b[^`\n]*)`?", card)
    assert lines, f"{name}: the model card has no `narrascope train {command} ...` command"
    return shlex.split(lines[0], comments=True)  # a card may comment its command after a #


@pytest.mark.parametrize("name", MODELS)
def test_retraining_reproduces_the_shipped_artifact(name, shared_data, tmp_path):
    argv = _documented_command(name)
    # The card's paths are relative to the repository root with the data at ../shared/data.
    argv = [str(shared_data) + a[len("../shared/data"):] if a.startswith("../shared/data") else a for a in argv]
    assert "--out" not in argv, "the documented command must write the shipped folder (no --out)"
    cmd = [sys.executable, "-m", "narrascope", *argv[1:], "--out", str(tmp_path)]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    assert run.returncode == 0, run.stderr[-2000:]
    for fname in ("model.npz", "meta.json"):
        new, shipped = (tmp_path / fname).read_bytes(), (model_dir(name) / fname).read_bytes()
        assert new == shipped, f"{name}/{fname}: retraining with `{' '.join(argv)}` gave different bytes"
