"""Junk persuasion spans per language, before and after the span rules (issue 19).

    python research/persuasion_junk.py ../shared/data/semeval2025-task10/test/raw-documents 25

For each language, the first N unlabelled SemEval-2025 test articles (sorted by file name; never tuned on):
"before" = the English model on every language as it shipped (old tokenizer that splits Devanagari words at
their vowel signs, no span rules); "after" = the analyser as it ships now (English model for EN, Russian model
for RU, nothing for BG/PT/HI). A span is junk when :func:`narrascope.models.span_rules.junk_reason` says so
(1-3 characters, cut inside a word, function words only, a number alone, a bare capitalised name); names from
the entities layer are not used here, so Hindi bare names are not counted. Sentences are lines (no spaCy), for
speed. What it showed is in ``narrascope/models/persuasion/MODEL_CARD.md`` ("Junk spans").
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path


def main(root: str, n: int, langs: tuple[str, ...] = ("EN", "RU", "BG", "PT", "HI")) -> None:
    import narrascope.models.persuasion_model as pm
    import narrascope.models.span_tagger as st
    from narrascope.analysers.persuasion import has_model, load_tagger
    from narrascope.models.span_rules import junk_reason
    from narrascope.models.technique_model import split_paragraphs

    old_token = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
    new_token, new_clean = st.TOKEN, pm.clean_span
    for lang in langs:
        files = sorted(Path(root, lang).glob("*.txt"))[:n]
        texts = [f.read_text("utf-8") for f in files]
        code = lang.lower()
        out = {}
        for phase in ("before", "after"):
            if phase == "before":
                st.TOKEN, pm.clean_span = old_token, lambda text, s, e, *a, **k: (s, e)
                tagger = load_tagger(language="en")
            else:
                st.TOKEN, pm.clean_span = new_token, new_clean
                tagger = load_tagger(language=code) if has_model(code) else None
            reasons: Counter = Counter()
            total = shown = 0
            examples = []
            for text in texts:
                if tagger is None:
                    continue
                pred = tagger.model.predict_article(text, split_paragraphs(text), None)
                for h in pred.spans:
                    total += 1
                    shown += h.shown
                    why = junk_reason(text, h.start, h.end, code)
                    if why:
                        reasons[why] += 1
                        if len(examples) < 4:
                            examples.append(text[h.start:h.end][:30])
            junk = sum(reasons.values())
            out[phase] = (total, junk, shown, dict(reasons), examples)
            print(f"{lang} {phase}: {len(texts)} articles, {total} spans, junk {junk} "
                  f"({junk / max(1, total):.1%}) {dict(reasons)} shown {shown} e.g. {examples}", flush=True)
    st.TOKEN, pm.clean_span = new_token, new_clean


if __name__ == "__main__":
    langs = tuple(sys.argv[3:]) or ("EN", "RU", "BG", "PT", "HI")
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25, langs)
