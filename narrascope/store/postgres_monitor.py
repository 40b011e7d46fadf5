"""The PostgreSQL side of the monitor methods of the Store (stories, spread, watch state): the SQLite mixin's
queries (``sqlite_monitor.py`` on the monitor branch) with ``%s`` placeholders, ``= ANY(%s)`` lists and
``ON CONFLICT`` upserts. Tables: PostgreSQL migration 2 in :mod:`.pg_migrations`.

The monitor's record types live in :mod:`.base`; they are looked up when a method runs, so this mixin can be
part of the PostgreSQL store before and after the monitor's Store methods are declared there.
"""
from __future__ import annotations

from typing import Any

from . import base
from .base import _now

_CAND_COLS = "s.article_id, m.story_id, m.event_id, s.signature, s.shingles, s.terms"


class PostgresMonitorMixin:
    """Monitor methods over the ``story_*`` and ``fetch_state`` tables."""

    _read: Any
    _write: Any
    _where: Any

    def monitor_rows(self, query: Any = None, ids: list[int] | None = None) -> list[Any]:
        """Latest articles matching ``query`` (or those of ``ids`` that are latest) with narrative labels and
        entity roles."""
        if ids is not None:
            if not ids:
                return []
            where, args = ["a.id = ANY(%s)", "a.latest = 1"], [list(ids)]
        else:
            where, args = self._where(query or base.Query(), text=True)
        cond = " AND ".join(where) or "TRUE"
        with self._read() as c:
            rows = {r["id"]: base.MonitorRow(id=r["id"], key=r["key"], title=r["title"], date=r["date"],
                                             day=r["day"], source=r["source"], url=r["url"],
                                             ingested_at=r["ingested_at"])
                    for r in c.execute(f"SELECT a.id, a.key, a.title, a.date, a.day, a.source, a.url, a.ingested_at "
                                       f"FROM articles a WHERE {cond} ORDER BY a.id", args)}
            if not rows:
                return []
            found = list(rows)
            for r in c.execute("SELECT article_id, level, label FROM narratives WHERE level IN ('coarse', 'fine') "
                               "AND article_id = ANY(%s) ORDER BY article_id, score DESC", (found,)):
                rows[r["article_id"]].narratives.append((r["level"], r["label"]))
            for r in c.execute("SELECT article_id, name, norm, main_role FROM entities WHERE article_id = ANY(%s) "
                               "ORDER BY article_id, mentions DESC", (found,)):
                rows[r["article_id"]].entities.append((r["name"], r["norm"], r["main_role"]))
        return list(rows.values())

    def story_pending(self, limit: int = 500) -> list[Any]:
        """Latest articles without a story, oldest id first."""
        with self._read() as c:
            found = [base.StoryInput(id=r["id"], title=r["title"], text=r["text"], body_start=r["body_start"],
                                     day=r["day"])
                     for r in c.execute("SELECT a.id, a.title, a.text, a.body_start, a.day FROM articles a "
                                        "WHERE a.latest = 1 AND NOT EXISTS (SELECT 1 FROM story_members m "
                                        "WHERE m.article_id = a.id) ORDER BY a.id LIMIT %s", (limit,))]
            if found:
                by_id = {f.id: f for f in found}
                for r in c.execute("SELECT DISTINCT article_id, norm FROM entities WHERE article_id = ANY(%s) "
                                   "ORDER BY article_id, norm", (list(by_id),)):
                    by_id[r["article_id"]].entities.append(r["norm"])
        return found

    def story_candidates(self, band_keys: list[int]) -> list[Any]:
        """Assigned articles sharing a band key with ``band_keys``."""
        if not band_keys:
            return []
        with self._read() as c:
            return [base.StoryCandidate(*r.values()) for r in c.execute(
                f"SELECT {_CAND_COLS} FROM story_signatures s JOIN story_members m ON m.article_id = s.article_id "
                "WHERE s.article_id IN (SELECT DISTINCT article_id FROM story_bands WHERE band_key = ANY(%s))",
                (list(band_keys),))]

    def event_candidates(self, day_from: str, day_to: str, entities: list[str], exclude: int,
                         limit: int = 50) -> list[Any]:
        """Assigned latest articles in the date window sharing entities, most shared entities first."""
        if not entities:
            return []
        with self._read() as c:
            out = []
            for r in c.execute(
                    f"SELECT {_CAND_COLS}, x.shared, (SELECT COUNT(DISTINCT e2.norm) FROM entities e2 "
                    "WHERE e2.article_id = x.article_id) AS n FROM (SELECT e.article_id, COUNT(DISTINCT e.norm) AS "
                    "shared FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.norm = ANY(%s) AND "
                    "a.latest = 1 AND a.day >= %s AND a.day <= %s AND a.id <> %s GROUP BY e.article_id) x "
                    "JOIN story_signatures s ON s.article_id = x.article_id "
                    "JOIN story_members m ON m.article_id = x.article_id ORDER BY x.shared DESC, s.article_id "
                    "LIMIT %s", (list(entities), day_from, day_to, exclude, limit)):
                v = list(r.values())
                out.append(base.StoryCandidate(*v[:6], shared_entities=int(v[6]), entity_count=int(v[7])))
            return out

    def save_story(self, assignment: Any) -> None:
        """Store the signature, bands and membership of one article and apply merges, in one transaction."""
        a = assignment
        with self._write() as c:
            with c.pipeline():
                c.execute("DELETE FROM story_bands WHERE article_id = %s", (a.article_id,))
                c.execute("DELETE FROM story_signatures WHERE article_id = %s", (a.article_id,))
                c.execute("DELETE FROM story_members WHERE article_id = %s", (a.article_id,))
                c.execute("INSERT INTO story_signatures VALUES (%s, %s, %s, %s)",
                          (a.article_id, a.signature, a.shingles, a.terms))
                keys = sorted(set(a.band_keys))
                if keys:
                    c.cursor().executemany("INSERT INTO story_bands VALUES (%s, %s)", [(k, a.article_id) for k in keys])
                c.execute("INSERT INTO story_members VALUES (%s, %s, %s, %s, %s)",
                          (a.article_id, a.story_id, a.event_id, a.similarity, _now()))
                for other in set(a.merge_stories) - {a.story_id}:
                    c.execute("UPDATE story_members SET story_id = %s WHERE story_id = %s", (a.story_id, other))
                for other in set(a.merge_events) - {a.event_id}:
                    c.execute("UPDATE story_members SET event_id = %s WHERE event_id = %s", (a.event_id, other))

    def story_members(self, story_id: int | None = None, event_id: int | None = None) -> list[Any]:
        """Membership rows, all or of one story / event."""
        where, args = [], []
        if story_id is not None:
            where.append("story_id = %s")
            args.append(story_id)
        if event_id is not None:
            where.append("event_id = %s")
            args.append(event_id)
        cond = " WHERE " + " AND ".join(where) if where else ""
        with self._read() as c:
            return [base.StoryMember(*r.values()) for r in c.execute(
                f"SELECT article_id, story_id, event_id, similarity FROM story_members{cond} ORDER BY article_id",
                args)]

    def reset_stories(self) -> None:
        """Forget every story assignment."""
        with self._write() as c:
            for table in ("story_bands", "story_signatures", "story_members"):
                c.execute(f"DELETE FROM {table}")

    def fetch_state(self, url: str) -> Any:
        """What ``watch`` remembers of ``url``."""
        with self._read() as c:
            r = c.execute("SELECT * FROM fetch_state WHERE url = %s", (url,)).fetchone()
        return base.FetchState(**r) if r is not None else None

    def save_fetch_state(self, state: Any) -> None:
        """Insert or replace the state of one URL (an upsert: concurrent watchers never collide)."""
        d = state.to_dict()
        cols = list(d)
        updates = ", ".join(f"{k} = EXCLUDED.{k}" for k in cols if k != "url")
        with self._write() as c:
            c.execute(f"INSERT INTO fetch_state ({', '.join(cols)}) VALUES ({', '.join(['%s'] * len(cols))}) "
                      f"ON CONFLICT (url) DO UPDATE SET {updates}", [d[k] for k in cols])

    def fetch_states(self) -> list[Any]:
        """Every remembered URL."""
        with self._read() as c:
            return [base.FetchState(**r) for r in c.execute("SELECT * FROM fetch_state ORDER BY url")]
