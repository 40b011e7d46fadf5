"""Every bad-input case through the real CLI process: one-line error naming the file, exit code, no traceback."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = 'NATO summit\n\n"We stand with Ukraine for as long as it takes," Jens Stoltenberg said in Brussels.\n'


def run(*args, stdin: bytes | None = None, env: dict | None = None):
    proc = subprocess.run([sys.executable, "-m", "narrascope", *map(str, args)], input=stdin,
                          capture_output=True, env={**os.environ, **(env or {})}, timeout=300)
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


def assert_one_line_error(err: str, *needles: str):
    lines = [l for l in err.splitlines() if l.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for n in needles:
        assert n in lines[0], lines[0]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "latin1.txt").write_bytes("Café crème\n\nLe président a parlé à Paris du café.".encode("cp1252"))
    return tmp_path


def test_empty_file(folder):
    code, out, err = run("analyze", folder / "empty.txt")
    assert code == 1
    assert_one_line_error(err, "empty.txt", "empty")


def test_binary_file(folder):
    code, out, err = run("analyze", folder / "blob.txt")
    assert code == 1
    assert_one_line_error(err, "blob.txt", "binary")


def test_non_utf8_is_decoded_and_says_so(tmp_path):
    f = tmp_path / "old.txt"
    f.write_bytes("Tensions rise\n\nThe minister’s statement — “we will not back down” — was read in Kyiv. "
                  "Prices rose by 12 percent in 2023, according to the bank.".encode("cp1252"))
    code, out, err = run("analyze", f, "--format", "json")
    assert code == 0, err
    a = json.loads(out)
    assert "“we will not back down”" in a["article"]["text"]
    notes = a["article"]["notes"]
    assert any("not UTF-8" in n and "cp1252" in n.lower().replace("windows-1252", "cp1252") for n in notes)


def test_file_over_size_limit(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_text("Big\n\n" + "A sentence about the war. " * 200, encoding="utf-8")
    code, out, err = run("analyze", f, "--max-bytes", "1000")
    assert code == 1
    assert_one_line_error(err, "huge.txt", "limit")
    code, _, err = run("analyze", f, env={"NARRASCOPE_MAX_INPUT_BYTES": "1000"})
    assert code == 1 and "limit" in err


def test_unreadable_paths(tmp_path):
    code, out, err = run("analyze", tmp_path / "missing.txt")
    assert code == 1
    assert_one_line_error(err, "missing.txt", "no such file")
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD)
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root can read anything: use an unsupported type instead
        odd = tmp_path / "photo.png"
        odd.write_bytes(b"\x89PNG\r\n")
        code, out, err = run("analyze", odd)
        assert_one_line_error(err, "photo.png", "unsupported")
    else:
        code, out, err = run("analyze", locked)
        assert_one_line_error(err, "locked.txt", "permission")
    assert code == 1


def test_malformed_jsonl_lines_are_skipped_and_counted(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "a1", "title": "One", "text": GOOD, "source": "example.org"}),
        "{not json",
        json.dumps({"id": "a2", "title": "No text"}),
        json.dumps({"id": "a3", "text": "Second article\n\nRussia said the talks had failed on Monday."}),
    ]) + "\n", encoding="utf-8")
    code, out, err = run("analyze", f, "--format", "jsonl", "--processes", "1")
    assert code == 0, err
    ids = [json.loads(l)["article"]["id"] for l in out.splitlines()]
    assert ids == ["a1", "a3"]
    assert "feed.jsonl:2" in err and "feed.jsonl:3" in err
    assert "analysed 2, skipped 2" in err
    assert "Traceback" not in err


def test_directory_batch_skips_bad_files(folder):
    code, out, err = run("analyze", folder, "--format", "jsonl")
    assert code == 0, err
    titles = sorted(json.loads(l)["article"]["title"] for l in out.splitlines())
    assert titles == ["Café crème", "NATO summit"]
    assert "analysed 2, skipped 2" in err
    assert "empty.txt" in err and "blob.txt" in err
    assert "Traceback" not in err


def test_stdin_and_empty_stdin():
    code, out, err = run("analyze", "-", "--format", "json", stdin=GOOD.encode())
    assert code == 0, err
    a = json.loads(out)
    assert a["quotes"][0]["speaker"] == "Jens Stoltenberg"
    code, out, err = run("analyze", "-", stdin=b"   \n")
    assert code == 1
    assert_one_line_error(err, "<stdin>", "empty")


def test_usage_errors_exit_2():
    code, out, err = run("analyze", "x.txt", "--format", "yaml")
    assert code == 2 and "Traceback" not in err
    code, out, err = run("analyze", "x.txt", "--analysers", "spacy,nonsense")
    assert code == 1 and "unknown analyser" in err and "Traceback" not in err


def test_eval_explanations_bad_data_and_folds(tmp_path):
    code, out, err = run("eval", "explanations", "--data", tmp_path / "nowhere")
    assert code != 0
    assert_one_line_error(err, "nowhere")
    code, out, err = run("eval", "explanations", "--data", tmp_path, "--cv", "5", "--fold", "7")
    assert code != 0
    assert_one_line_error(err, "--fold")


def test_eval_persuasion_topic_folds_needs_cv():
    code, out, err = run("eval", "persuasion", "--topic-folds")
    assert code != 0
    assert_one_line_error(err, "--topic-folds", "--cv")
