"""One path per model: each layer's model folder comes from its setting, else ``models_dir``, else the shipped
folder; analysers load it on first use and keep it; ``import narrascope`` loads none of the model libraries."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from narrascope import Settings
from narrascope.cli import app
from narrascope.errors import ModelError
from narrascope.models import MODEL_SETTINGS, model_dir, model_path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("spacy", "sklearn", "torch", "scipy")


@pytest.fixture()
def clean_env(monkeypatch, tmp_path):
    """No NARRASCOPE_* variables and no user file, whatever the machine running the tests has."""
    for name in list(os.environ):
        if name.startswith("NARRASCOPE_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    return monkeypatch


def _artifact(folder: Path) -> Path:
    """A folder that looks like a model artifact (the files model_path checks; never loaded here)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "model.npz").write_bytes(b"")
    (folder / "meta.json").write_text("{}", encoding="utf-8")
    return folder


def test_import_loads_no_model_library():
    """Registering the analysers imports no model code: spaCy, scikit-learn, torch and scipy wait for first use."""
    code = f"import narrascope; import sys; print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]", run.stdout


def test_every_model_has_a_path_setting():
    assert set(MODEL_SETTINGS) == {"narratives", "framing", "persuasion", "evidence"}
    for name, setting in MODEL_SETTINGS.items():
        assert setting == f"{name}_model" and getattr(Settings(), setting) == ""
        assert model_path(Settings(), name) == model_dir(name)


@pytest.mark.parametrize("name", sorted(MODEL_SETTINGS))
def test_setting_wins_over_models_dir_which_wins_over_shipped(tmp_path, name):
    adapted = tmp_path / "adapted"
    own = _artifact(tmp_path / "own")
    assert model_path(Settings(models_dir=str(adapted)), name) == model_dir(name)  # nothing adapted: shipped
    _artifact(adapted / name)
    assert model_path(Settings(models_dir=str(adapted)), name) == adapted / name
    both = Settings(models_dir=str(adapted), **{MODEL_SETTINGS[name]: str(own)})
    assert model_path(both, name) == own


@pytest.mark.parametrize("name", sorted(MODEL_SETTINGS))
def test_a_setting_naming_a_folder_without_a_model_is_an_error_naming_it(tmp_path, name):
    setting = MODEL_SETTINGS[name]
    with pytest.raises(ModelError, match=f"setting {setting} \\(NARRASCOPE_{setting.upper()}\\).*does not exist"):
        model_path(Settings(**{setting: str(tmp_path / "missing")}), name)
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelError, match=f"setting {setting} .*holds no model.npz"):
        model_path(Settings(**{setting: str(tmp_path / "empty")}), name)
    # narrascope settings still lists it, with the folder it names
    assert model_path(Settings(**{setting: str(tmp_path / "missing")}), name, check=False) == tmp_path / "missing"


def test_settings_lists_the_four_model_paths(clean_env, tmp_path):
    clean_env.setenv("NARRASCOPE_FRAMING_MODEL", str(tmp_path / "mine"))
    r = CliRunner().invoke(app, ["settings"])
    assert r.exit_code == 0, r.output
    lines = {line.split(" = ", 1)[0]: line for line in r.output.splitlines() if " = " in line}
    for name, setting in MODEL_SETTINGS.items():
        assert setting in lines, r.output
        folder = tmp_path / "mine" if name == "framing" else model_dir(name)
        assert f"[reads {folder}]" in lines[setting], lines[setting]


def test_analysers_load_their_model_on_first_use_and_keep_it(tmp_path):
    from narrascope.analysers.framing import Framing
    from narrascope.analysers.narratives import NarrativesAnalyser

    bad = Settings(narratives_model=str(tmp_path / "nope"), framing_model=str(tmp_path / "nope"))
    narratives, framing = NarrativesAnalyser(bad), Framing(bad)  # building them reads no model
    assert narratives._model is None and framing._model is None
    with pytest.raises(ModelError, match="narratives_model"):
        narratives.model  # noqa: B018 - the property loads
    with pytest.raises(ModelError, match="framing_model"):
        framing.model  # noqa: B018
    shipped = Framing(Settings())
    model = shipped.model
    assert shipped.model is model and Framing(Settings()).model is model  # kept, and shared per folder


def test_a_missing_model_folder_is_one_line_when_analysing(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text('NATO summit\n\n"We stand with Ukraine," Jens Stoltenberg said in Brussels.\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NARRASCOPE_")}
    env.update(HOME=str(tmp_path), PYTHONPATH=str(ROOT), NARRASCOPE_NARRATIVES_MODEL=str(tmp_path / "missing"))
    run = subprocess.run([sys.executable, "-m", "narrascope", "analyze", str(article)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300, env=env)
    assert run.returncode == 1
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in run.stderr, run.stderr
    assert lines[0].startswith("error: setting narratives_model (NARRASCOPE_NARRATIVES_MODEL)"), lines[0]
    assert str(tmp_path / "missing") in lines[0]


def test_the_stored_fingerprint_names_models_set_by_path(tmp_path):
    from narrascope.models import models_fingerprint

    adapted = tmp_path / "adapted"
    _artifact(adapted / "framing")
    assert models_fingerprint(settings=Settings()) == ""
    by_dir = models_fingerprint(settings=Settings(models_dir=str(adapted)))
    assert by_dir == models_fingerprint(str(adapted)) != ""  # the same id as before for models_dir alone
    own = _artifact(tmp_path / "own")
    (own / "meta.json").write_text('{"version": "mine"}', encoding="utf-8")
    by_path = models_fingerprint(settings=Settings(narratives_model=str(own)))
    assert by_path not in ("", by_dir)
