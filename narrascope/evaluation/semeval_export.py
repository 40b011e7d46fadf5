"""SemEval-2025 Task 10 submission files for subtasks 2 (narratives) and 3 (explanations).

Exact formats (one line per ``*.txt`` document, tab-separated, sorted by file name):

- subtask 2: ``article_id<TAB>coarse1;coarse2<TAB>fine1;fine2`` (``Other`` alone when no narrative);
- subtask 3: ``article_id<TAB>explanation`` for each line of the ``--dominant`` file
  ``article_id<TAB>dominant_narrative<TAB>dominant_subnarrative``.

The language of a document comes from its file name (``EN_…``, ``A6_CC_BG_…``) or is detected from its text.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import DataError, UnreadableInputError
from ..language import detect_language, language_from_filename
from ..models.narrative_classifier import NarrativeClassifier

__all__ = ["EXPLANATION_LAYERS", "read_dominant", "write_st2", "write_st3"]

#: The analysers an explanation reads (run before the given narrative is explained).
EXPLANATION_LAYERS = ("spacy", "entities", "quotes", "claims", "framing", "persuasion")


def _documents(docs_dir: str | Path) -> list[Path]:
    root = Path(docs_dir)
    if not root.is_dir():
        raise UnreadableInputError(f"{root}: not a folder; give the folder holding the articles' *.txt files")
    files = sorted(root.glob("*.txt"))
    if not files:
        raise UnreadableInputError(f"{root}: no *.txt documents in it")
    return files


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError as exc:
        raise UnreadableInputError(f"{path}: cannot read it ({exc.strerror})") from None


def _language(path: Path, text: str) -> str | None:
    return language_from_filename(path.name) or detect_language(text)


def _clean(s: str) -> str:
    # A tab or newline inside a field would break the line format.
    return " ".join(s.split())


def write_st2(docs_dir: str | Path, out: str | Path, model: NarrativeClassifier | None = None,
              batch: int = 32) -> int:
    """Write the subtask-2 prediction file for every ``*.txt`` in ``docs_dir``; return the number of lines."""
    files = _documents(docs_dir)
    model = model or NarrativeClassifier.load()
    lines = []
    for i in range(0, len(files), batch):
        chunk = files[i:i + batch]
        texts = [_read(f) for f in chunk]
        preds = model.predict(texts, [_language(f, t) for f, t in zip(chunk, texts)])
        for f, p in zip(chunk, preds):
            lines.append(f"{f.name}\t{';'.join(p.coarse_labels)}\t{';'.join(p.fine_labels)}\n")
    Path(out).write_text("".join(lines), encoding="utf-8")
    return len(lines)


def read_dominant(path: str | Path) -> list[tuple[str, str, str]]:
    """Lines ``article_id<TAB>dominant_narrative<TAB>dominant_subnarrative`` of a subtask-3 input file."""
    p = Path(path)
    if not p.is_file():
        raise UnreadableInputError(f"{p}: no such file; --dominant needs the subtask-3 input file")
    rows = []
    for n, line in enumerate(p.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            raise DataError(f"{p}:{n}: expected article_id<TAB>dominant_narrative<TAB>dominant_subnarrative")
        rows.append((cols[0].strip(), cols[1].strip(), cols[2].strip()))
    return rows


def write_st3(docs_dir: str | Path, dominant: str | Path, out: str | Path, model: NarrativeClassifier | None = None,
              max_words: int = 80) -> int:
    """Write ``article_id<TAB>explanation`` for each line of ``dominant``; return the number of lines.

    Each article is analysed by the layers the explanation reads (sentences, entities, quotes, claims, roles,
    persuasion), then the given dominant narrative is explained (:func:`narrascope.analysers.explain.
    explain_document`). English articles get the full explanation; other languages get only their own
    sentences, so the explanation is in the article's language.
    """
    from ..analysers.explain import explain_document
    from ..pipeline import Pipeline
    from ..readers.text import parse_text

    root = Path(docs_dir)
    rows = read_dominant(dominant)
    _documents(root)
    model = model or NarrativeClassifier.load()
    pipeline = Pipeline(EXPLANATION_LAYERS)
    lines = []
    for article_id, narrative, sub in rows:
        f = root / article_id
        if not f.is_file():
            raise DataError(f"{f}: the --dominant file names {article_id} but the folder has no such document")
        text = _read(f)
        article = parse_text(text)
        article.language = _language(f, text) or article.language
        expl = explain_document(pipeline.run(article), narrative, None if sub in ("", "Other") else sub, model,
                                max_words)
        lines.append(f"{article_id}\t{_clean(expl.text)}\n")
    Path(out).write_text("".join(lines), encoding="utf-8")
    return len(lines)
