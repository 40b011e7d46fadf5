"""SemEval subtask-2 and subtask-3 files: the exact line formats."""
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from narrascope.cli import app
from narrascope.taxonomy.narratives import load_taxonomy

WAR = ("Kyiv leaders beg for more weapons\n\nThe Ukrainian government again asked Western capitals for money and "
       "weapons this week. Officials in Kyiv are corrupt, critics say, and the aid disappears. NATO keeps pushing "
       "Ukraine to fight while Europe pays the price of sanctions with soaring energy bills. Russian forces "
       "advanced near the front line, and the Kremlin said its special military operation will reach its goals.\n")
CLIMATE = ("Green deal will ruin farmers\n\nThe European Commission's climate rules will destroy jobs and push "
           "food prices up, farmers warned. Wind and solar power cannot keep the lights on, and the carbon tax "
           "only enriches bankers. Scientists who claim the planet is burning have been wrong before.\n")
RECIPE = "Apple pie\n\nPeel six apples, slice them thinly and bake them in butter pastry for forty minutes.\n"

LINE = re.compile(r"^([^\t]+\.txt)\t([^\t]+)\t([^\t]+)$")


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    d = tmp_path_factory.mktemp("docs")
    (d / "EN_UA_000001.txt").write_text(WAR, encoding="utf-8")
    (d / "EN_CC_000002.txt").write_text(CLIMATE, encoding="utf-8")
    (d / "EN_UA_000003.txt").write_text(RECIPE, encoding="utf-8")
    (d / "notes.md").write_text("not an article", encoding="utf-8")
    return d


def test_st2_format(docs, tmp_path):
    out = tmp_path / "st2.txt"
    res = CliRunner().invoke(app, ["semeval", "st2", str(docs), "-o", str(out)])
    assert res.exit_code == 0, res.output
    tax = load_taxonomy()
    lines = out.read_text("utf-8").splitlines()
    assert [ln.split("\t")[0] for ln in lines] == ["EN_CC_000002.txt", "EN_UA_000001.txt", "EN_UA_000003.txt"]
    for ln in lines:
        m = LINE.match(ln)
        assert m, ln
        coarse, fine = m.group(2).split(";"), m.group(3).split(";")
        assert set(coarse) <= set(tax.coarse) and set(fine) <= set(tax.fine)
        if "Other" in coarse or "Other" in fine:
            assert coarse == ["Other"] and fine == ["Other"]
        else:
            assert {tax.parent[f] for f in fine} == set(coarse)
    by_id = {ln.split("\t")[0]: ln.split("\t") for ln in lines}
    assert by_id["EN_UA_000001.txt"][1].startswith("URW: ")
    assert by_id["EN_CC_000002.txt"][1].startswith("CC: ")


def test_st3_format_and_grounding(docs, tmp_path):
    dominant = tmp_path / "dominant.txt"
    dominant.write_text("EN_UA_000001.txt\tURW: Discrediting Ukraine\t"
                        "URW: Discrediting Ukraine: Discrediting Ukrainian government and officials and policies\n"
                        "EN_CC_000002.txt\tCC: Criticism of climate policies\tOther\n", encoding="utf-8")
    out = tmp_path / "st3.txt"
    res = CliRunner().invoke(app, ["semeval", "st3", str(docs), "--dominant", str(dominant), "-o", str(out)])
    assert res.exit_code == 0, res.output
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == 2
    for ln, text in zip(lines, (WAR, CLIMATE)):
        article_id, expl = ln.split("\t")
        assert article_id.endswith(".txt") and 5 <= len(expl.split()) <= 80
        quotes = re.findall(r"“([^”]+?)…?”", expl)
        assert quotes and all(" ".join(q.split()).rstrip("…") in " ".join(text.split()) for q in quotes)


def _run(*args):
    proc = subprocess.run([sys.executable, "-m", "narrascope", *map(str, args)], capture_output=True, timeout=300,
                          check=False)
    return proc.returncode, proc.stderr.decode("utf-8", "replace")


def test_bad_input_is_one_line_error(tmp_path):
    code, err = _run("semeval", "st2", tmp_path / "missing", "-o", tmp_path / "x")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "missing" in err and "Traceback" not in err
    code, err = _run("eval", "narratives", "--cv", "1")
    assert code == 2 and "--cv" in err and "Traceback" not in err
    dominant = tmp_path / "dom.txt"
    dominant.write_text("EN_UA_9.txt\tonly two fields\n", encoding="utf-8")
    code, err = _run("semeval", "st3", tmp_path, "--dominant", dominant, "-o", tmp_path / "y")
    assert code == 1 and "Traceback" not in err
