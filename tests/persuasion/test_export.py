"""The SemEval subtask-3 export contract: one output line per template line, in order, id<TAB>no<TAB>techs."""
from __future__ import annotations

import pytest

from narrascope.errors import DataError
from narrascope.evaluation.persuasion import export_semeval

ARTICLE_A = "Council votes on bridge\n\nThe reckless council wasted millions again.\nThe vote was 5 to 4.\n"
ARTICLE_B = "Weather\n\nRain is expected on Monday.\n"


@pytest.fixture()
def folder(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    (d / "article11.txt").write_text(ARTICLE_A, encoding="utf-8")
    (d / "article22.txt").write_text(ARTICLE_B, encoding="utf-8")
    # Template order deliberately differs from file order; the output must follow the template.
    tpl = tmp_path / "dev.template"
    tpl.write_text("22\t3\tRain is expected on Monday.\n11\t1\tCouncil votes on bridge\n"
                   "11\t3\tThe reckless council wasted millions again.\n11\t4\tThe vote was 5 to 4.\n"
                   "22\t1\tWeather\n", encoding="utf-8")
    return d, tpl


def _fake_predict(text, paragraphs):
    # A deterministic stand-in so this test checks the file contract, not the model.
    out = []
    for p in paragraphs:
        body = text[p.start:p.end]
        techs = set()
        if "reckless" in body:
            techs |= {"Name_Calling-Labeling", "Loaded_Language"}
        out.append(techs)
    return out


def test_one_line_per_template_line_in_order(folder, tmp_path):
    d, tpl = folder
    out = tmp_path / "pred.txt"
    n = export_semeval(_fake_predict, d, tpl, out)
    lines = out.read_text("utf-8").split("\n")
    assert lines[-1] == "" and n == 5 and len(lines) == 6
    assert lines[:5] == ["22\t3\t", "11\t1\t", "11\t3\tLoaded_Language,Name_Calling-Labeling", "11\t4\t", "22\t1\t"]
    assert all(len(line.split("\t")) == 3 for line in lines[:5])


def test_missing_article_or_paragraph_is_an_error(folder, tmp_path):
    d, tpl = folder
    bad = tmp_path / "bad.template"
    bad.write_text("11\t2\t\n", encoding="utf-8")  # line 2 of article11 is blank: not a paragraph
    with pytest.raises(DataError, match="no non-blank line 2"):
        export_semeval(_fake_predict, d, bad, tmp_path / "o.txt")
    bad.write_text("33\t1\tx\n", encoding="utf-8")
    with pytest.raises(DataError, match="article33.txt"):
        export_semeval(_fake_predict, d, bad, tmp_path / "o.txt")


def test_cli_export_with_the_shipped_model(folder, tmp_path):
    from narrascope.cli import main

    d, tpl = folder
    out = tmp_path / "cli.txt"
    with pytest.raises(SystemExit) as exc:
        main(["semeval", "persuasion", str(d), "--template", str(tpl), "-o", str(out)])
    assert exc.value.code in (0, None)
    lines = out.read_text("utf-8").splitlines()
    assert [tuple(line.split("\t")[:2]) for line in lines] == [("22", "3"), ("11", "1"), ("11", "3"), ("11", "4"),
                                                               ("22", "1")]
    from narrascope.taxonomy.techniques import load_techniques

    known = set(load_techniques().ids)
    for line in lines:
        field = line.split("\t")[2]
        assert all(t in known for t in field.split(",") if t)


def test_cli_bad_template_is_one_line_error(tmp_path, capsys):
    from narrascope.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["semeval", "persuasion", str(tmp_path), "--template", str(tmp_path / "nope"), "-o", str(tmp_path / "o")])
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("error:") and "Traceback" not in err
