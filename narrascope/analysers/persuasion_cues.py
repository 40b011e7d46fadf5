"""Why a span was flagged: the cue shown with each technique span (report, JSON, dashboard tooltip).

Repetition names the phrase that recurs and how often; Appeal_to_Authority names the authority the sentence
attributes its claim to; every other technique names the words of the span that the tagger scored highest
(the loaded word, the label, the doubt or fear cue).
"""
from __future__ import annotations

import re

import numpy as np

from ..models.span_tagger import stop_words

#: (the same names as ``\s+(?:of|…)?\s*[A-Z]``, whose two runs of spaces split a run of thousands of spaces in every
#: way: quadratic, 27 s for one 40,000-space article)
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:(?:of|for|the|de|von|van)\s*)?[A-Z][\w.'’-]*)*"
_AUTHORITY = [re.compile(p) for p in (
    rf"\baccording to (?:the )?({_NAME})",
    rf"\b({_NAME}),? (?:said|says|told|warned|stated|explained|noted|insisted|argued|wrote)\b",
    rf"\b(?:said|says|told|warned|stated|explained|noted|insisted|argued|wrote) ({_NAME})",
    r"\b((?:leading |top |many |most )?(?:experts?|scientists?|doctors?|researchers?|studies|a study|officials?))\b",
)]
#: What the cue words are called, per technique (default "cue").
CUE_NAMES = {
    "Loaded_Language": "loaded wording", "Name_Calling-Labeling": "label", "Exaggeration-Minimisation": "exaggeration",
    "Slogans": "slogan", "Flag_Waving": "appeal to a group", "Doubt": "doubt cue",
    "Appeal_to_Fear-Prejudice": "fear cue",
    "Causal_Oversimplification": "causal link", "False_Dilemma-No_Choice": "either/or cue",
    "Conversation_Killer": "thought-terminating phrase", "Whataboutism": "whataboutism cue",
    "Appeal_to_Hypocrisy": "hypocrisy cue", "Guilt_by_Association": "association cue",
}


def cue_words(table, probs_col: np.ndarray, a: int, z: int, k: int = 2) -> list[str]:
    """The ``k`` content words of tokens ``a..z`` with the highest token score, in text order."""
    stop = stop_words(getattr(table, "language", "en"))
    idx = [i for i in range(a, z + 1) if table.words[i][0].isalnum() and table.words[i] not in stop]
    if not idx:
        idx = list(range(a, z + 1))
    best = sorted(sorted(idx, key=lambda i: -float(probs_col[i]))[:k])
    return [table.words[i] for i in best]


def repetition_cue(table, a: int, z: int) -> str | None:
    """The longest 1-3-word phrase of tokens ``a..z`` that recurs elsewhere in the article, with its count."""
    words = table.words
    stop = stop_words(getattr(table, "language", "en"))
    joined = " ".join(words)
    for n in (3, 2, 1):
        for i in range(a, z - n + 2):
            gram = words[i:i + n]
            if not all(w[0].isalnum() for w in gram) or all(w in stop for w in gram):
                continue
            if n == 1 and (len(gram[0]) < 4 or gram[0] in stop):
                continue
            count = len(re.findall(r"(?<!\S)" + re.escape(" ".join(gram)) + r"(?!\S)", joined))
            if count >= 2:
                return f'repeated: "{" ".join(gram)}" ({count}x in the article)'
    return None


def authority_cue(text: str, start: int, end: int) -> str | None:
    """The authority a span appeals to: an attributed name, or experts/officials invoked."""
    chunk = text[start:end]
    for pat in _AUTHORITY:
        m = pat.search(chunk)
        if m:
            return f"authority: {m.group(1).strip()}"
    if any(q in chunk for q in "\"“”"):
        return "authority: quoted source"
    return None


def span_cue(tech: str, text: str, table, probs_col: np.ndarray, start: int, end: int, fallback: bool = False) -> str:
    """One short line saying why ``text[start:end]`` was tagged with ``tech`` (``fallback``: the span only
    supports a paragraph-level decision)."""
    a, z = int(np.searchsorted(table.starts, start)), int(np.searchsorted(table.starts, end)) - 1
    if z < a:
        return CUE_NAMES.get(tech, "cue")
    if tech == "Repetition":
        cue = repetition_cue(table, a, z)
        if cue:
            return cue
    if tech == "Appeal_to_Authority":
        cue = authority_cue(text, start, end)
        if cue:
            return cue
    words = cue_words(table, probs_col, a, z)
    cue = f"{CUE_NAMES.get(tech, 'cue')}: " + ", ".join(f'"{w}"' for w in words)
    return cue + " (paragraph-level decision)" if fallback else cue
