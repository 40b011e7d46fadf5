"""The SemEval subtask-1 export contract: every input line answered, in order, fields kept, roles valid."""
from pathlib import Path

import pytest
from typer.testing import CliRunner

from narrascope.cli import app
from narrascope.evaluation.framing import export_st1, validate_st1_line

ART1 = ("Shelling hits Kharkiv again\n\nRussian forces shelled a residential district of Kharkiv overnight, "
        "killing four civilians. Mayor Ihor Terekhov said rescue teams were still searching the rubble. "
        "The Kremlin denied targeting civilians and blamed Kyiv for the escalation.\n")
ART2 = ("Climate summit ends\n\nActivists accused oil companies of hiding what they knew for decades, "
        "while small island states pleaded for help as seas keep rising.\n")


def _line(aid, text, mention, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(mention, start + 1)
    return f"{aid}\t{mention}\t{start}\t{start + len(mention) - 1}"   # end inclusive, as in the task


@pytest.fixture()
def corpus(tmp_path: Path):
    docs = tmp_path / "docs" / "EN"
    docs.mkdir(parents=True)
    (docs / "EN_UA_900001.txt").write_text(ART1, encoding="utf-8", newline="")
    (docs / "EN_CC_900002.txt").write_text(ART2, encoding="utf-8", newline="")
    lines = [_line("EN_UA_900001.txt", ART1, "Kremlin"),
             _line("EN_CC_900002.txt", ART2, "oil companies"),
             _line("EN_UA_900001.txt", ART1, "Kharkiv", 1),
             _line("EN_UA_900001.txt", ART1, "Ihor Terekhov"),
             _line("EN_UA_900001.txt", ART1, "Kremlin"),            # a repeated line is answered twice
             _line("EN_CC_900002.txt", ART2, "small island states")]
    mentions = tmp_path / "mentions.txt"
    mentions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path / "docs", mentions, lines


def test_every_line_answered_in_order_with_valid_roles(corpus, tmp_path):
    docs, mentions, lines = corpus
    out = tmp_path / "pred.txt"
    assert export_st1(docs, mentions, out) == len(lines)
    got = out.read_text("utf-8").splitlines()
    assert len(got) == len(lines)
    for given, answer in zip(lines, got):
        assert answer.split("\t")[:4] == given.split("\t")
        validate_st1_line(answer)
    assert got[0] == got[4]   # same mention, same answer: the export is deterministic


def test_cli_st1_and_its_errors(corpus, tmp_path):
    docs, mentions, lines = corpus
    runner = CliRunner()
    out = tmp_path / "cli.txt"
    res = runner.invoke(app, ["semeval", "st1", str(docs), "--mentions", str(mentions), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert len(out.read_text("utf-8").splitlines()) == len(lines)
    bad = tmp_path / "bad.txt"
    bad.write_text("EN_UA_404.txt\tX\t0\t0\n", encoding="utf-8")
    from narrascope.cli import main
    with pytest.raises(SystemExit) as exc:
        main(["semeval", "st1", str(docs), "--mentions", str(bad), "-o", str(out)])
    assert exc.value.code == 1
    bad.write_text("EN_UA_900001.txt\tX\tzero\t0\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["semeval", "st1", str(docs), "--mentions", str(bad), "-o", str(out)])
    assert exc.value.code == 1


def test_eval_cli_errors_are_one_line(tmp_path, capsys):
    from narrascope.cli import main
    with pytest.raises(SystemExit) as exc:
        main(["eval", "framing", "--data", str(tmp_path / "nope")])
    assert exc.value.code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no such folder" in err[0]
    with pytest.raises(SystemExit) as exc:
        main(["eval", "framing", "--data", str(tmp_path), "--cv", "1"])
    assert exc.value.code == 2
