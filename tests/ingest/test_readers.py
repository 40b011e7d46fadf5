"""Readers: plain text layout, HTML, JSON/JSONL/CSV records, folders; offsets into the raw text."""
import json

import pytest

from narrascope import read_path, read_text
from narrascope.errors import EmptyInputError, InputTooLargeError, MalformedInputError
from narrascope.readers import ReadFailure, iter_articles
from narrascope.settings import Settings

TEXT = "date 2025-02-21\r\nTalks collapse in Riyadh\r\n\r\nBy Maria Silva\r\n\r\nThe delegations left early.\r\n"


def test_plain_text_layout_keeps_raw_text():
    a = read_text(TEXT)
    assert a.text == TEXT
    assert a.date == "2025-02-21"
    assert a.title == "Talks collapse in Riyadh"
    assert a.author == "Maria Silva"
    assert a.body.startswith("The delegations left early.")
    assert a.language == "en"


def test_semeval_layout_title_blank_body(tmp_path):
    f = tmp_path / "EN_UA_999999.txt"
    raw = "Title line here\r\n\r\nBody starts here and goes on.\r\nSecond line.\r\n"
    f.write_bytes(raw.encode())
    a = read_path(f)
    assert (a.id, a.language, a.title, a.text) == ("EN_UA_999999", "en", "Title line here", raw)
    assert a.text[a.body_start:].startswith("Body starts")


def test_bom_is_kept_but_not_in_title(tmp_path):
    f = tmp_path / "x.txt"
    f.write_bytes(b"\xef\xbb\xbfHeadline\n\nBody text of the article.")
    a = read_path(f)
    assert a.text.startswith("\ufeff") and a.title == "Headline"


def test_html_extracts_title_and_body(tmp_path):
    f = tmp_path / "page.html"
    body = " ".join(["The European Commission proposed new sanctions against Russia on Wednesday."] * 4)
    f.write_text(f"""<html><head><title>Sanctions package | Example News</title>
<meta name="author" content="Ana Costa"><meta property="article:published_time" content="2025-03-04"></head>
<body><nav>Home | World</nav><article><h1>New sanctions package</h1><p>{body}</p>
<p>Officials said the measures target energy exports and shipping.</p></article>
<footer>© Example News</footer></body></html>""", encoding="utf-8")
    a = read_path(f)
    assert "European Commission" in a.text and "Home | World" not in a.text
    assert a.title and "anctions" in a.title
    assert a.date == "2025-03-04"


def test_json_jsonl_csv_records(tmp_path):
    rec = {"id": "r1", "title": "A", "text": "Russia and Ukraine met in Istanbul.", "date": "2025-05-16",
           "source": "example.org", "url": "https://example.org/a"}
    (tmp_path / "one.json").write_text(json.dumps(rec))
    (tmp_path / "many.json").write_text(json.dumps([rec, {**rec, "id": "r2"}]))
    (tmp_path / "feed.jsonl").write_text(json.dumps(rec) + "\n" + "[1, 2]\n")
    (tmp_path / "table.csv").write_text('id,title,text\nc1,T,"Kyiv, Ukraine: talks resumed."\nc2,U,\n')
    items = list(iter_articles([tmp_path], Settings()))
    ok = [i for i in items if not isinstance(i, ReadFailure)]
    bad = [i for i in items if isinstance(i, ReadFailure)]
    assert sorted(a.id for a in ok) == ["c1", "r1", "r1", "r1", "r2"]
    assert {a.source for a in ok if a.id.startswith("r")} == {"example.org"}
    assert len(bad) == 2 and {type(b.error) for b in bad} == {MalformedInputError, EmptyInputError}


def test_malformed_json_file_is_one_failure(tmp_path):
    f = tmp_path / "broken.json"
    f.write_text("{oops")
    (item,) = list(iter_articles([f]))
    assert isinstance(item, ReadFailure) and "broken.json" in item.message and "not valid JSON" in item.message


def test_size_limit_from_settings(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("x " * 600)
    with pytest.raises(InputTooLargeError, match="big.txt"):
        read_path(f, Settings(max_input_bytes=500))


def test_language_comes_from_the_text_before_the_file_name(tmp_path):
    # In the SemEval test folders RU_TEST_* files are English articles about Russia and Ukraine.
    f = tmp_path / "RU_TEST_00001.txt"
    f.write_text("Kremlin denies\n\nThe Kremlin denied on Monday that its troops had crossed the border.")
    assert read_path(f).language == "en"
    g = tmp_path / "HI_7.txt"
    g.write_text("…")
    assert read_path(g).language == "hi"
