"""The package's layering (pyproject's import-linter contracts) holds, and no import cycle is left."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_hold():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(exe).exists():
        pytest.fail("lint-imports not found: pip install import-linter (it is in the dev extra)")
    run = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "0 broken" in run.stdout


def test_inference_never_imports_training():
    """Analysers and models load shipped artifacts; nothing they import pulls in training code."""
    code = ("import sys, narrascope.analysers, narrascope.pipeline; "
            "bad = sorted(m for m in sys.modules if m.startswith(('narrascope.training', 'narrascope.evaluation')));"
            " print(bad)")
    # The package root imports the batch/store layers too; import the inference modules on their own.
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]", run.stdout
