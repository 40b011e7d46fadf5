"""`narrascope analyze` reads title, date and author from an HTML page and from both plain-text headers."""
import json
import subprocess
import sys
from pathlib import Path

ARTICLES = Path(__file__).parent / "articles"


def test_analyze_html_oneline_and_twoline_headers():
    files = ["hegseth_page.html", "oneline_header_leading_space.txt", "twoline_header.txt"]
    proc = subprocess.run([sys.executable, "-m", "narrascope", "analyze", "--format", "jsonl",
                           *[str(ARTICLES / f) for f in files]], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    got = {Path(r["article"]["path"]).name: r["article"] for r in map(json.loads, proc.stdout.splitlines())}
    meta = {name: (a["title"], a["date"], a["author"]) for name, a in got.items()}
    assert meta == {
        "hegseth_page.html": ("Hegseth: Ukraine can forget NATO", "2025-02-13", "Ana Costa"),
        "oneline_header_leading_space.txt": (
            "Trump Shuts the Door on Ukraine’s NATO Hopes Amid Growing US-Russia Talks", "2025-02-27",
            "Staff, Agencies"),
        "twoline_header.txt": ("Minerals Deal Talks Stall in Riyadh", "2025-02-21", "Maria Silva"),
    }
    html = got["hegseth_page.html"]
    assert html["text"][html["body_start"]:].startswith("US Defense Secretary Pete Hegseth")
    assert "Home" not in html["text"] and "©" not in html["text"]


def test_text_report_shows_the_header():
    proc = subprocess.run([sys.executable, "-m", "narrascope", "analyze",
                           str(ARTICLES / "oneline_header_leading_space.txt")],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    box = proc.stdout.split("╰")[0]  # the report's header panel
    lines = [line.strip("│ ") for line in box.splitlines()[1:]]
    assert lines[0] == "Trump Shuts the Door on Ukraine’s NATO Hopes Amid Growing US-Russia Talks"
    assert lines[1].startswith("date 2025-02-27 · by Staff, Agencies")
