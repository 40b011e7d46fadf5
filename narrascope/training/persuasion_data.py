"""Readers for the persuasion-technique data: SemEval-2023 Task 3 (English) and the PTC corpus (SemEval-2020 T11).

In both corpora an article is a text file whose lines are paragraphs (the first line is the title); the
official paragraph number is the 1-based *line* number, blank lines included, and only non-blank lines are
paragraphs. Span offsets are character offsets into the raw file, ``end`` exclusive. The PTC articles are
the same texts as the 2023 training articles (one sentence per line instead of one paragraph, same
offsets), so PTC spans can be projected onto 2023 paragraphs.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError
from ..models.technique_model import Paragraph, split_paragraphs


@dataclass
class TechniqueArticle:
    """An article with its paragraphs and (for training data) paragraph labels and technique spans."""

    id: str
    text: str
    paragraphs: list[Paragraph]
    labels: dict[int, list[str]] = field(default_factory=dict)
    spans: list[tuple[str, int, int]] = field(default_factory=list)


def read_text(path: Path) -> str:
    """The raw text of ``path`` (UTF-8, newlines untouched so offsets stay valid)."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read article {path}: {exc}") from None


def _article_files(folder: Path) -> dict[str, Path]:
    files = {p.stem[len("article"):]: p for p in folder.glob("article*.txt")}
    if not files:
        raise DataError(f"no article<ID>.txt files in {folder}")
    return files


def read_articles_dir(folder: str | Path) -> dict[str, TechniqueArticle]:
    """Every ``article<ID>.txt`` in ``folder`` as an unlabelled :class:`TechniqueArticle`, keyed by id."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DataError(f"{folder} is not a folder of article<ID>.txt files")
    out = {}
    for aid, path in sorted(_article_files(folder).items()):
        text = read_text(path)
        out[aid] = TechniqueArticle(aid, text, split_paragraphs(text))
    return out


def _split_labels(field_: str) -> list[str]:
    return [t.strip() for t in field_.split(",") if t.strip()]


def read_semeval2023(root: str | Path, split: str = "train") -> list[TechniqueArticle]:
    """Read ``<root>`` = ``semeval2023-task3/en`` (or a folder shaped like it) with paragraph labels and spans.

    Expects ``<split>-articles-subtask-3/``, ``<split>-labels-subtask-3.txt`` and, when present,
    ``<split>-labels-subtask-3-spans/``. Raises :class:`DataError` naming what is missing.
    """
    root = Path(root)
    adir, lfile = root / f"{split}-articles-subtask-3", root / f"{split}-labels-subtask-3.txt"
    if not adir.is_dir() or not lfile.is_file():
        raise DataError(f"{root} does not look like semeval2023-task3/en: need {adir.name}/ and {lfile.name} "
                        "(pass --data pointing at the language folder)")
    arts = read_articles_dir(adir)
    labels: dict[str, dict[int, list[str]]] = defaultdict(dict)
    for n, line in enumerate(lfile.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 2 or not parts[1].strip().isdigit():
            raise DataError(f"{lfile}:{n}: expected 'article_id<TAB>paragraph_no<TAB>techniques'")
        labels[parts[0]][int(parts[1])] = _split_labels(parts[2]) if len(parts) > 2 else []
    sdir = root / f"{split}-labels-subtask-3-spans"
    spans: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    if sdir.is_dir():
        for path in sorted(sdir.glob("*.txt")):
            for line in path.read_text("utf-8").splitlines():
                parts = line.split("\t")
                if len(parts) == 4 and parts[2].isdigit() and parts[3].isdigit():
                    spans[parts[0]].append((parts[1], int(parts[2]), int(parts[3])))
    out = []
    for aid in sorted(labels):
        if aid not in arts:
            raise DataError(f"{lfile}: labels for article {aid} but no article{aid}.txt in {adir}")
        a = arts[aid]
        known = {p.no for p in a.paragraphs}
        a.labels = {no: labs for no, labs in labels[aid].items() if no in known}
        a.spans = sorted(spans.get(aid, []), key=lambda s: (s[1], s[2], s[0]))
        out.append(a)
    return out


def read_ptc_spans(root: str | Path, mapping: dict[str, tuple[str, ...]]) -> dict[str, list[tuple[str, int, int]]]:
    """PTC technique spans (``train-labels-task2-technique-classification/``) mapped onto our technique ids.

    A PTC label that merges several of our techniques (e.g. ``Whataboutism,Straw_Men,Red_Herring``) is
    ambiguous and dropped; unknown labels raise :class:`DataError`.
    """
    folder = Path(root) / "train-labels-task2-technique-classification"
    if not folder.is_dir():
        raise DataError(f"{root} does not look like the PTC corpus: {folder.name}/ is missing")
    out: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for path in sorted(folder.glob("*.labels")) + sorted(folder.glob("*.txt")):
        for line in path.read_text("utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) != 4:
                continue
            if parts[1] not in mapping:
                raise DataError(f"{path}: unknown PTC technique {parts[1]!r}")
            targets = mapping[parts[1]]
            if len(targets) == 1:
                out[parts[0]].append((targets[0], int(parts[2]), int(parts[3])))
    return dict(out)


def read_template(path: str | Path) -> list[tuple[str, int]]:
    """``(article_id, paragraph_no)`` for every line of a ``*-labels-subtask-3.template`` file, in order."""
    path = Path(path)
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read template {path}: {exc}") from None
    rows = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 2 or not parts[1].strip().isdigit():
            raise DataError(f"{path}:{n}: expected 'article_id<TAB>paragraph_no<TAB>paragraph_text'")
        rows.append((parts[0].strip(), int(parts[1])))
    return rows


# A sentence ends at . ! or ? (plus closing quotes/brackets) followed by space and a capital (Latin or
# Cyrillic) or opening quote.
_SENT_END = re.compile(r"(?<=[.!?])[\"”’')\]»]*\s+(?=[\"“‘(\[«„]?[A-Z0-9А-ЯЁ])")


def sentence_line_copy(article: TechniqueArticle) -> TechniqueArticle:
    """A copy of ``article`` with one sentence per line, as in the official dev template (short lines).

    Each paragraph is split into sentences; a sentence line's labels are the techniques of the annotated
    spans that overlap it, and spans are clipped to the sentences and moved to the new offsets. Training-data
    only: it lets cross-validation measure (and threshold tuning target) sentence-length lines.
    """
    pieces: list[tuple[int, int]] = []
    for p in article.paragraphs:
        pos = p.start
        for m in _SENT_END.finditer(article.text, p.start, p.end):
            end = m.start() + len(m.group(0).rstrip())
            pieces.append((pos, end))
            pos = m.end()
        pieces.append((pos, p.end))
    lines, paragraphs, labels, spans, offset = [], [], {}, [], 0
    for no, (s, e) in enumerate(pieces, start=1):
        line = article.text[s:e].replace("\n", " ").replace("\r", " ")
        paragraphs.append(Paragraph(no, offset, offset + len(line)))
        for tech, a, b in article.spans:
            if a < e and s < b:
                spans.append((tech, offset + max(a, s) - s, offset + min(b, e) - s))
                labels.setdefault(no, [])
                if tech not in labels[no]:
                    labels[no].append(tech)
        lines.append(line)
        offset += len(line) + 1
    return TechniqueArticle(article.id, "\n".join(lines), paragraphs, labels, spans)
