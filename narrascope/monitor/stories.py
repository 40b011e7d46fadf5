"""Stories: near-duplicate articles (syndicated copies, light rewrites) grouped, and stories of one event grouped.

Level 1, the **story**: an article joins the story of any stored article whose body is a near-duplicate of
its own. Bodies are compared as sets of word 3-shingles through MinHash signatures (``datasketch``, 128
permutations); candidates come from 64 LSH bands of 2 rows each, stored as band keys in the store, so a new
article is matched by one indexed lookup without recomputing the corpus. A candidate is a near-duplicate
when the estimated Jaccard similarity reaches ``jaccard`` (0.2), or when one body is mostly contained in
the other (estimated containment at least ``containment``, 0.5, with at least 30 shingles each: a trimmed
or padded copy). (Chosen on generated copies, ``benchmarks/stories.py`` seed 7: 3-shingles and these
thresholds keep reworded copies that 4-shingles lose, with no loss of precision there.) An article linking two stories
merges them (the smaller id is kept).

Level 2, the **event**: an article that starts a new story joins the event of stored articles dated within
``event_days`` (2) of it whose entity sets overlap by a Jaccard index of at least ``event_entities`` (0.5)
and whose title+body term vectors (top 30 content words) have a cosine of at least ``event_cosine`` (0.4);
of those, the best match (entity overlap + cosine) only, so unrelated events are not chained together. An
article joining stories of different events (as a near-duplicate) merges those events.

Story and event ids are the id of their first article. Assignment is incremental: :func:`update_stories`
handles only articles without a story yet (newly ingested ones), oldest first. It runs when articles are
written (``ingest``, ``watch``, ``POST /api/articles``) or when asked (``narrascope stories --assign``), one
assigner at a time (:meth:`~narrascope.store.Store.story_lock`); listing stories only reads.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

from ..store import MonitorRow, Store, StoryAssignment, StoryInput
from .common import article_ref, check_day, day_of, when

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class StoryParams:
    """The parameters of story and event grouping (see the module docstring)."""

    num_perm: int = 128
    bands: int = 64
    shingle: int = 3
    jaccard: float = 0.2
    containment: float = 0.5
    min_shingles_containment: int = 30
    event_days: int = 2
    event_entities: float = 0.5
    event_cosine: float = 0.4


DEFAULT = StoryParams()
_PERMS: dict[tuple[int, int], Any] = {}


# Function words dropped from event term vectors (English; other languages keep theirs, which only makes
# their vectors a little less selective).
_STOP = frozenset("""a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
nor not now of off on once only or other our ours ourselves out over own same she should so some such than that
the their theirs them themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves said says say told
new one two three year years week day monday tuesday wednesday thursday friday saturday sunday""".split())


def shingles(text: str, k: int = 4) -> set[bytes]:
    """Word k-shingles of lower-cased text (a text of fewer than k words gives its words)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < k:
        return {w.encode() for w in words}
    return {" ".join(words[i:i + k]).encode() for i in range(len(words) - k + 1)}


def signature(sh: set[bytes], params: StoryParams = DEFAULT) -> np.ndarray:
    """The MinHash signature (uint32 array) of a set of shingles."""
    from datasketch import MinHash

    key = (params.num_perm, 1)
    if key not in _PERMS:
        template = MinHash(num_perm=params.num_perm, seed=1)
        _PERMS[key] = (template.permutations, template.scheme)
    perms, scheme = _PERMS[key]
    m = MinHash(num_perm=params.num_perm, permutations=perms, scheme=scheme)
    m.update_batch(list(sh))
    return m.hashvalues.astype(np.uint32)


def band_keys(sig: np.ndarray, params: StoryParams = DEFAULT) -> list[int]:
    """One 63-bit key per LSH band (band number and its rows hashed together)."""
    rows = len(sig) // params.bands
    keys = []
    for b in range(params.bands):
        h = hashlib.blake2b(sig[b * rows:(b + 1) * rows].tobytes(), digest_size=8, person=b"band%04d" % b)
        keys.append(int.from_bytes(h.digest(), "little") & (2**63 - 1))
    return keys


def encode_signature(sig: np.ndarray) -> str:
    """Signature as base64 text (portable across store backends)."""
    return base64.b64encode(sig.astype("<u4").tobytes()).decode("ascii")


def decode_signature(text: str) -> np.ndarray:
    """The inverse of :func:`encode_signature`."""
    return np.frombuffer(base64.b64decode(text), dtype="<u4")


def terms(text: str, top: int = 30) -> dict[str, float]:
    """The top content words of a text as an L2-normalised vector of sublinear term frequencies."""
    counts = Counter(w for w in (t.lower() for t in _WORD.findall(text))
                     if len(w) > 2 and not w.isdigit() and w not in _STOP)
    weights = {w: 1 + math.log(n) for w, n in counts.most_common(top)}
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    return {w: round(v / norm, 4) for w, v in weights.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two normalised term vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def similarity(sig_a: np.ndarray, n_a: int, sig_b: np.ndarray, n_b: int) -> tuple[float, float]:
    """Estimated (Jaccard, containment of the smaller set) of two shingle sets from their signatures."""
    j = float(np.mean(sig_a == sig_b))
    inter = j * (n_a + n_b) / (1 + j)
    return j, (inter / min(n_a, n_b) if min(n_a, n_b) else 0.0)


def is_near_duplicate(j: float, c: float, n_a: int, n_b: int, params: StoryParams = DEFAULT) -> bool:
    """The level-1 rule: Jaccard at least ``jaccard``, or containment at least ``containment`` with enough
    shingles on both sides."""
    return j >= params.jaccard or (c >= params.containment and min(n_a, n_b) >= params.min_shingles_containment)


def assign(store: Store, item: StoryInput, params: StoryParams = DEFAULT) -> StoryAssignment:
    """Put one article into a story (and event), store it, and return the assignment."""
    body = item.text[item.body_start:] if item.body_start < len(item.text) else item.text
    sh = shingles(body, params.shingle)
    sig = signature(sh, params)
    keys = band_keys(sig, params) if sh else []
    vec = terms(f"{item.title or ''}\n{body}")
    stories: dict[int, float] = {}
    events: set[int] = set()
    for cand in store.story_candidates(keys):
        if cand.article_id == item.id:
            continue
        j, c = similarity(sig, len(sh), decode_signature(cand.signature), cand.shingles)
        if is_near_duplicate(j, c, len(sh), cand.shingles, params):
            stories[cand.story_id] = max(stories.get(cand.story_id, 0.0), min(1.0, max(j, c)))
            events.add(cand.event_id)
    if not stories and item.day and item.entities:
        d = date.fromisoformat(item.day)
        span = timedelta(days=params.event_days)
        best: tuple[float, int] | None = None
        for cand in store.event_candidates((d - span).isoformat(), (d + span).isoformat(), item.entities, item.id):
            union = len(item.entities) + cand.entity_count - cand.shared_entities
            ent = cand.shared_entities / max(union, 1)
            cos = cosine(vec, json.loads(cand.terms)) if ent >= params.event_entities else 0.0
            if ent >= params.event_entities and cos >= params.event_cosine and (
                    best is None or (ent + cos, -cand.event_id) > (best[0], -best[1])):
                best = (ent + cos, cand.event_id)
        if best is not None:
            # Only the best event: joining every matching one would chain unrelated events together.
            events.add(best[1])
    story_id = min([*stories, item.id])
    event_id = min([*events, story_id])
    result = StoryAssignment(article_id=item.id, story_id=story_id, event_id=event_id,
                             similarity=round(max(stories.values(), default=1.0), 4),
                             signature=encode_signature(sig), shingles=len(sh),
                             terms=json.dumps(vec, ensure_ascii=False), band_keys=keys,
                             merge_stories=sorted(stories), merge_events=sorted(events))
    store.save_story(result)
    return result


def update_stories(store: Store, params: StoryParams = DEFAULT, batch: int = 500) -> int:
    """Assign every article not yet in a story (incremental: stored assignments are kept); return how many.

    Called where articles are written (``ingest``, ``watch``, a posted article) and by ``narrascope stories
    --assign``; never by a read. It runs under :meth:`Store.story_lock`, so assigners in several processes (two
    API servers on one PostgreSQL) give the result one would."""
    with store.story_lock():
        return _assign_pending(store, params, batch)


def _assign_pending(store: Store, params: StoryParams, batch: int = 500) -> int:
    done = 0
    while True:
        pending = store.story_pending(batch)
        if not pending:
            return done
        for item in pending:
            assign(store, item, params)
            done += 1


def rebuild_stories(store: Store, params: StoryParams = DEFAULT) -> int:
    """Forget every assignment and assign the whole corpus again (after changing parameters)."""
    with store.story_lock():
        store.reset_stories()
        return _assign_pending(store, params)


def _summarise(group_id: int, rows: list[MonitorRow], sims: dict[int, float], event_of: dict[int, int],
               story_of: dict[int, int], level: str) -> dict[str, Any]:
    rows = sorted(rows, key=lambda r: (when(r), r.id))
    first = rows[0]
    sources: list[str] = []
    for r in rows:
        if r.source and r.source not in sources:
            sources.append(r.source)
    narr: Counter[str] = Counter()
    fine: Counter[str] = Counter()
    cast: dict[str, dict[str, Any]] = {}
    for r in rows:
        narr.update({label for lvl, label in r.narratives if lvl == "coarse"})
        fine.update({label for lvl, label in r.narratives if lvl == "fine"})
        for name, norm, role in r.entities:
            if role is None:
                continue
            entry = cast.setdefault(norm, {"name": name, "articles": 0, "roles": Counter()})
            entry["roles"][role] += 1
            entry["articles"] += 1
    n = len(rows)
    cast_list = [{"name": e["name"], "role": e["roles"].most_common(1)[0][0], "articles": e["articles"],
                  "roles": dict(e["roles"])} for e in cast.values()]
    cast_list.sort(key=lambda e: (-e["articles"], e["name"]))
    articles = []
    for r in rows:
        ref = article_ref(r)
        ref["similarity"] = sims.get(r.id, 1.0)
        ref["story_id"] = story_of.get(r.id)
        articles.append(ref)
    key = "story_id" if level == "story" else "event_id"
    out = {key: group_id}
    if level == "story":
        out["event_id"] = event_of.get(first.id, group_id)
    else:
        out["stories"] = sorted({story_of[r.id] for r in rows})
    out.update({
        "size": n, "title": first.title,
        "first_seen": {"article_id": first.id, "source": first.source, "when": when(first), "date": first.date},
        "last_seen": when(rows[-1]), "sources": sources, "articles": articles,
        "narratives": [{"label": k, "articles": v, "share": round(v / n, 3)} for k, v in narr.most_common()],
        "fine_narratives": [{"label": k, "articles": v, "share": round(v / n, 3)} for k, v in fine.most_common()],
        "cast": cast_list,
    })
    return out


def list_stories(store: Store, *, level: str = "story", min_articles: int = 1, since: str | None = None,
                 source: str | None = None, limit: int | None = None, update: bool = False,
                 params: StoryParams = DEFAULT) -> list[dict[str, Any]]:
    """Stories (or events) with their articles, sources, first seen, narratives and cast, newest first.

    ``since`` keeps groups with an article on or after that day; ``source`` groups with an article from that
    outlet. A read: articles not yet assigned are not shown, unless ``update`` assigns them first
    (:func:`update_stories`, a write).
    """
    from ..errors import UsageError

    if level not in ("story", "event"):
        raise UsageError(f"unknown level {level!r}; use story or event")
    since = check_day(since, "since")
    if update:
        update_stories(store, params)
    members = store.story_members()
    group_of = {m.article_id: (m.story_id if level == "story" else m.event_id) for m in members}
    sizes = Counter(group_of.values())
    keep_ids = [a for a, g in group_of.items() if sizes[g] >= min_articles]
    rows = store.monitor_rows(ids=keep_ids) if keep_ids else []
    sims = {m.article_id: m.similarity for m in members}
    event_of = {m.article_id: m.event_id for m in members}
    story_of = {m.article_id: m.story_id for m in members}
    groups: dict[int, list[MonitorRow]] = {}
    for r in rows:
        groups.setdefault(group_of[r.id], []).append(r)
    out = []
    for gid, grows in groups.items():
        if len(grows) < min_articles:  # older versions of an article are not counted
            continue
        if since and not any(day_of(r) >= since for r in grows):
            continue
        if source and not any((r.source or "").casefold() == source.casefold() for r in grows):
            continue
        out.append(_summarise(gid, grows, sims, event_of, story_of, level))
    out.sort(key=lambda s: (s["last_seen"], s["size"]), reverse=True)
    return out[:limit] if limit else out


def get_story(store: Store, story_id: int, level: str = "story", update: bool = False) -> dict[str, Any] | None:
    """One story (or event) by id, or None (a read; ``update`` assigns pending articles first)."""
    if update:
        update_stories(store)
    members = store.story_members(story_id=story_id) if level == "story" else store.story_members(event_id=story_id)
    if not members:
        return None
    rows = store.monitor_rows(ids=[m.article_id for m in members])
    if not rows:
        return None
    return _summarise(story_id, rows, {m.article_id: m.similarity for m in members},
                      {m.article_id: m.event_id for m in members}, {m.article_id: m.story_id for m in members},
                      level)

