"""CPU seconds of the full default pipeline on hostile article shapes, per language.

Each shape is built from an article we wrote (``examples/nato_expansion.txt`` for English, the first article of
``tests/analysers/articles/<lang>/`` otherwise), in one process per (shape, language) so a shape that runs away
is cut by ``--timeout`` and reported as such instead of stopping the run:

- ``flood``: one name repeated ("Russia Russia ..."), one sentence, every word the same entity;
- ``nopunct``: the article's body repeated with its sentence ends removed (one huge paragraph and sentence);
- ``quotes``: the body repeated, each copy inside quotation marks;
- ``nospace``: one "word" of ``--chars`` letters;
- ``titled``: one paragraph of a sentence with a title, a country and a name, then one with a bare back-reference to
  a title of another country ("Президент Франции Эмманюэль Макрон заявил, что … Российский президент сообщил, что …");
- ``relclause``: one paragraph of a sentence with a relative clause, a verb after it and a bare title at the end
  ("A Ucrânia, que enfrenta a invasão, contabiliza mais de mil mortos, disse o ministro.").

The last two are written sentences, generated per language (no data file), after the reviews of stop 38 (one
paragraph of 200,000 characters: Russian 75-89 s, Portuguese 9.5 s); branch perf43 made them linear in RU and PT
(figures in ``benchmarks/README.md``; the Hindi ``titled`` shape still grows faster than the text).

The figure to watch is how a shape's seconds grow with ``--chars`` (linear is the goal): run it at two sizes.
Stop 34 (``results/hostile-{30k,100k}-stop34.json``, figures in ``benchmarks/README.md``): every shape and language
at most 10.2 s at 100,000 characters (Hindi flood; before: 71 s, and 45.5 s for one Russian 100,000-letter word).

    .venv/bin/python benchmarks/hostile_input.py --chars 30000 --langs en,ru --out benchmarks/results/hostile.json
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ("flood", "nopunct", "quotes", "nospace", "titled", "relclause")
FLOOD_NAME = {"en": "Russia", "ru": "Россия", "bg": "Русия", "pt": "Rússia", "hi": "रूस"}
# the repeated sentences of the "titled" and "relclause" shapes (written for this benchmark)
UNITS = {
    "titled": {
        "en": "French President Emmanuel Macron said that the talks will go on. The Russian president said that an "
              "answer will come. ",
        "ru": "Президент Франции Эмманюэль Макрон заявил, что переговоры продолжатся. Российский президент сообщил, "
              "что ответ будет. ",
        "bg": "Президентът на Франция Еманюел Макрон заяви, че преговорите ще продължат. Руският президент съобщи, че "
              "отговор ще има. ",
        "pt": "O presidente de França, Emmanuel Macron, disse que as negociações continuam. O presidente russo afirmou "
              "que haverá resposta. ",
        "hi": "फ्रांस के राष्ट्रपति इमैनुएल मैक्रों ने कहा कि बातचीत जारी रहेगी। रूसी राष्ट्रपति ने कहा कि जवाब दिया जाएगा। ",
    },
    "relclause": {
        "en": "Ukraine, which faces the invasion, counts more than a thousand dead, the minister said. ",
        "ru": "Украина, которая противостоит вторжению, насчитывает более тысячи погибших, сказал министр. ",
        "bg": "Украйна, която се изправя срещу нахлуването, отчита над хиляда загинали, каза министърът. ",
        "pt": "A Ucrânia, que enfrenta a invasão, contabiliza mais de mil mortos, disse o ministro. ",
        "hi": "यूक्रेन, जो आक्रमण का सामना कर रहा है, एक हजार से अधिक मौतें गिनता है, मंत्री ने कहा। ",
    },
}

_CHILD = r"""
import re, sys, time, glob
from pathlib import Path
from narrascope import Pipeline
from narrascope.article import Article
shape, lang, n, name = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
src = "examples/nato_expansion.txt" if lang == "en" else sorted(glob.glob(f"tests/analysers/articles/{lang}/*.txt"))[0]
body = " ".join(Path(src).read_text(encoding="utf-8").split("\n")[3:])
if shape == "flood":
    text = ((name + " ") * n)[:n]
elif shape == "nopunct":
    text = re.sub(r"[.!?;।]", "", " ".join([body] * (n // max(1, len(body)) + 1)))[:n]
elif shape == "quotes":
    text = " ".join(['"' + body + '"'] * (n // max(1, len(body)) + 1))[:n]
elif shape in ("titled", "relclause"):
    text = (name * (n // len(name) + 1))[:n]
else:
    text = "x" * n
pipe = Pipeline(None)
pipe.run(Article(text="Title\n\nWarm up.", language=lang))
t = time.process_time()
pipe.run(Article(text="Title\n\n" + text, language=lang))
print(round(time.process_time() - t, 2))
"""


def run_one(shape: str, lang: str, chars: int, timeout: float) -> dict:
    start = time.monotonic()
    try:
        arg = UNITS[shape][lang] if shape in UNITS else FLOOD_NAME[lang]
        out = subprocess.run([sys.executable, "-c", _CHILD, shape, lang, str(chars), arg],
                             cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"shape": shape, "lang": lang, "chars": chars, "cpu_s": None, "status": f"over {timeout:.0f} s"}
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or ["?"])[-1]
        return {"shape": shape, "lang": lang, "chars": chars, "cpu_s": None, "status": f"error: {last}"}
    return {"shape": shape, "lang": lang, "chars": chars, "cpu_s": float(out.stdout.strip().splitlines()[-1]),
            "wall_s": round(time.monotonic() - start, 1), "status": "ok"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=30000, help="size of the article body (characters)")
    ap.add_argument("--langs", default="en,ru,bg,pt,hi")
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--timeout", type=float, default=600, help="seconds before a shape is reported as running away")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    rows = []
    for shape in args.shapes.split(","):
        for lang in args.langs.split(","):
            row = run_one(shape, lang, args.chars, args.timeout)
            rows.append(row)
            cpu = f"{row['cpu_s']:.1f} s" if row["cpu_s"] is not None else row["status"]
            print(f"{shape:8} {lang}  {args.chars:>8} chars  {cpu}", flush=True)
    if args.out:
        args.out.write_text(json.dumps({"chars": args.chars, "rows": rows}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
