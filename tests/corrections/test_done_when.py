"""The done-when path of analyst corrections, end to end through the CLI and the REST API:
ingest → POST a correction (201; 422 for a role outside the taxonomy; 401 without the token) → the reading
shows it → ``corrections export`` prints it → ``train framing --corrections`` on a small SemEval subset →
``analyze --models`` and ``ingest --refresh --models`` use the adapted model, and the correction survives."""
from __future__ import annotations

import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from narrascope.api import create_app
from narrascope.cli import app
from narrascope.errors import UsageError
from narrascope.settings import Settings
from narrascope.store import open_store

runner = CliRunner()
TOKEN = "ana:secret-42"


def subset(shared, dest, per_lang=8):
    """A small SemEval-2025 train folder: the first ``per_lang`` EN and BG articles with role annotations."""
    root = shared / "semeval2025-task10" / "train"
    for lang in ("EN", "BG"):
        lines = (root / "labels" / lang / "subtask-1-annotations.txt").read_text("utf-8").splitlines()
        ids = sorted({line.split("\t")[0] for line in lines if line.strip()})[:per_lang]
        (dest / "raw-documents" / lang).mkdir(parents=True)
        (dest / "labels" / lang).mkdir(parents=True)
        for aid in ids:
            (dest / "raw-documents" / lang / aid).write_bytes((root / "raw-documents" / lang / aid).read_bytes())
        keep = [line for line in lines if line.split("\t")[0] in ids]
        (dest / "labels" / lang / "subtask-1-annotations.txt").write_text("\n".join(keep) + "\n", "utf-8")
        narr = (root / "labels" / lang / "subtask-2-annotations.txt").read_text("utf-8").splitlines()
        keep = [line for line in narr if line.split("\t")[0] in ids]
        (dest / "labels" / lang / "subtask-2-annotations.txt").write_text("\n".join(keep) + "\n", "utf-8")
    return dest


def test_correct_export_train_and_analyse_with_adapted_models(shared_data, tmp_path):
    data = subset(shared_data, tmp_path / "data")
    doc = sorted((data / "raw-documents" / "EN").iterdir())[0]
    db = str(tmp_path / "c.db")
    r = runner.invoke(app, ["ingest", str(doc), "--db", db, "--no-progress", "-j", "1"])
    assert r.exit_code == 0, r.output

    store = open_store(db)
    found = store.get(1)
    entity = found.analysis.entities[0]
    client = TestClient(create_app(Settings(api_token=TOKEN), store, pipeline=object()),
                        raise_server_exceptions=False)
    body = {"layer": "cast", "entity": entity.name, "main_role": "Innocent", "fine_roles": ["Victim"]}
    assert client.post("/api/articles/1/corrections", json=body).status_code == 401
    bad = client.post("/api/articles/1/corrections", json={**body, "main_role": "Hero"},
                      headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 422 and bad.json()["error"]["code"]
    ok = client.post("/api/articles/1/corrections", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 201 and ok.json()["who"] == "ana"
    reading = client.get("/api/articles/1").json()
    shown = next(e for e in reading["analysis"]["entities"] if e["name"] == entity.name)
    assert shown["role"]["main_role"] == "Innocent" and reading["corrections"][0]["applied"]
    assert entity.name in [m["name"] for m in reading["analysis"]["cast"]["innocents"]]
    store.close()

    r = runner.invoke(app, ["corrections", "export", "--db", db])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]
    assert len(rows) == 1 and rows[0]["analyst_value"]["main_role"] == "Innocent" and rows[0]["target"] == entity.name
    assert "Innocent" in runner.invoke(app, ["corrections", "list", "--db", db]).stdout

    out = tmp_path / "adapted"
    r = runner.invoke(app, ["train", "framing", "--data", str(data), "--corrections", db, "--out", str(out)])
    assert r.exit_code == 0, r.output
    meta = json.loads((out / "framing" / "meta.json").read_text("utf-8"))
    assert meta["training"]["corrected_articles"] == 1 and meta["training"]["correction_weight"] == 3
    r = runner.invoke(app, ["analyze", str(doc), "--models", str(out), "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["models"]["framing"] == "framing-" + meta["version"]

    # Re-analysis with the adapted models replaces the stored analysis; the correction is kept and applied.
    r = runner.invoke(app, ["ingest", str(doc), "--db", db, "--refresh", "--models", str(out), "--no-progress",
                            "-j", "1", "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["refreshed"] == 1
    store = open_store(db)
    assert store.get(1).analysis.models["framing"] == "framing-" + meta["version"]
    assert [c.layer for c in store.corrections(article=1)] == ["cast"]
    store.close()
    # A folder without an adapted model is a usage error (main() turns it into exit code 2), not a silent fallback.
    assert isinstance(runner.invoke(app, ["analyze", str(doc), "--models", str(tmp_path)]).exception, UsageError)


def test_narrative_and_persuasion_corrections_become_training_data(shared_data, tmp_path):
    from narrascope.store.corrections import make_correction
    from narrascope.training.corrections import persuasion_articles
    from tests.corpus.corpus_data import URW_DISCREDIT, fill

    data = subset(shared_data, tmp_path / "data", per_lang=30)
    db = str(tmp_path / "c.db")
    store = open_store(db)
    fill(store)
    a = store.get(3).analysis
    store.add_correction(make_correction(3, a, {"layer": "narratives", "coarse": [URW_DISCREDIT], "fine": []}, "x"))
    span = a.persuasion.spans[0]
    store.add_correction(make_correction(3, a, {"layer": "persuasion", "start": span.start, "end": span.end,
                                                "technique": span.technique, "verdict": "right"}, "x"))
    store.close()
    [art] = persuasion_articles(db)
    assert art.spans == [(span.technique, span.start, span.end)] and list(art.labels.values()) == [[span.technique]]
    out = tmp_path / "adapted"
    r = runner.invoke(app, ["train", "narratives", "--data", str(data), "--corrections", db, "--out", str(out)])
    assert r.exit_code == 0, r.output
    meta = json.loads((out / "narratives" / "meta.json").read_text("utf-8"))
    assert meta["training_data"]["corrected_articles"] == 1
    doc = sorted((data / "raw-documents" / "EN").iterdir())[0]
    r = runner.invoke(app, ["analyze", str(doc), "--models", str(out), "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["models"]["narratives"] == meta["version"]
    # --corrections without --out would overwrite the shipped model: refused.
    assert isinstance(runner.invoke(app, ["train", "narratives", "--data", str(data), "--corrections", db]).exception,
                      UsageError)
