"""The monitor methods of :class:`~narrascope.store.Store` (stories, spread, watch state) for both SQL backends.

A mixin of the SQLite and PostgreSQL stores, kept apart so each module stays small. The SQL is written once
with ``?`` marks (:meth:`SQLQueries._sql` turns them into the driver's); lists are bound through
:meth:`SQLQueries._in` (``IN (?, ?, …)`` in SQLite, ``= ANY(%s)`` in PostgreSQL). Tables: SQLite migration 4,
PostgreSQL migration 2.
"""
from __future__ import annotations

import json
from typing import Any

from .base import (
    FetchState,
    MonitorRow,
    Query,
    StoryAssignment,
    StoryCandidate,
    StoryInput,
    StoryMember,
    _now,
)
from .sql import CHUNK as _CHUNK
from .sql import SQLQueries

_CAND_COLS = "s.article_id, m.story_id, m.event_id, s.signature, s.shingles, s.terms"


def _values(row: Any) -> tuple[Any, ...]:
    """The columns of a row in order (``sqlite3.Row`` and psycopg's dict rows alike)."""
    return tuple(dict(row).values())


class SQLMonitorMixin(SQLQueries):
    """Monitor methods over the ``story_*`` and ``fetch_state`` tables."""

    _write: Any

    def monitor_rows(self, query: Query | None = None, ids: list[int] | None = None) -> list[MonitorRow]:
        """Latest articles matching ``query`` (or those of ``ids`` that are latest) with narrative labels and
        entity roles."""
        if ids is not None:
            if len(ids) > _CHUNK:
                return [r for i in range(0, len(ids), _CHUNK) for r in self.monitor_rows(ids=ids[i:i + _CHUNK])]
            if not ids:
                return []
            in_sql, args = self._in("a.id", ids)
            where = [in_sql, "a.latest = 1"]
        else:
            where, args = self._where(query or Query(), text=True)
        cond = " AND ".join(where) or "1 = 1"
        with self._read() as c:
            rows = {r["id"]: MonitorRow(id=r["id"], key=r["key"], title=r["title"], date=r["date"], day=r["day"],
                                        source=r["source"], url=r["url"], ingested_at=r["ingested_at"])
                    for r in c.execute(f"SELECT a.id, a.key, a.title, a.date, a.day, a.source, a.url, a.ingested_at "
                                       f"FROM articles a WHERE {cond} ORDER BY a.id", args)}
            if not rows:
                return []
            # The same condition as a subquery, so a large corpus never binds one parameter per article.
            sub = f"SELECT a.id FROM articles a WHERE {cond}"
            for r in c.execute(f"SELECT article_id, level, label FROM narratives WHERE level IN ('coarse', 'fine') "
                               f"AND article_id IN ({sub}) ORDER BY article_id, score DESC", args):
                rows[r["article_id"]].narratives.append((r["level"], r["label"]))
            for r in c.execute(f"SELECT article_id, name, norm, main_role, type FROM entities WHERE article_id IN "
                               f"({sub}) ORDER BY article_id, mentions DESC", args):
                row = rows[r["article_id"]]
                row.entities.append((r["name"], r["norm"], r["main_role"]))
                row.types[r["norm"]] = r["type"]
        return list(rows.values())

    def story_pending(self, limit: int = 500) -> list[StoryInput]:
        """Latest articles without a story, oldest id first."""
        with self._read() as c:
            found = [StoryInput(id=r["id"], title=r["title"], text=r["text"], body_start=r["body_start"], day=r["day"])
                     for r in c.execute(self._sql("SELECT a.id, a.title, a.text, a.body_start, a.day FROM articles a "
                                                  "WHERE a.latest = 1 AND NOT EXISTS (SELECT 1 FROM story_members m "
                                                  "WHERE m.article_id = a.id) ORDER BY a.id LIMIT ?"), (limit,))]
            by_id = {f.id: f for f in found}
            for r in self._rows_of(c, "SELECT DISTINCT article_id, norm FROM entities WHERE {ids} "
                                      "ORDER BY article_id, norm", list(by_id)):
                by_id[r["article_id"]].entities.append(r["norm"])
        return found

    def story_candidates(self, band_keys: list[int]) -> list[StoryCandidate]:
        """Assigned articles sharing a band key with ``band_keys``."""
        if not band_keys:
            return []
        in_sql, args = self._in("band_key", list(band_keys))
        with self._read() as c:
            return [StoryCandidate(*_values(r)) for r in c.execute(
                f"SELECT {_CAND_COLS} FROM story_signatures s JOIN story_members m ON m.article_id = s.article_id "
                f"WHERE s.article_id IN (SELECT DISTINCT article_id FROM story_bands WHERE {in_sql})", args)]

    def event_candidates(self, day_from: str, day_to: str, entities: list[str], exclude: int,
                         limit: int = 50) -> list[StoryCandidate]:
        """Assigned latest articles in the date window sharing entities, most shared entities first."""
        if not entities:
            return []
        in_sql, args = self._in("e.norm", list(entities))
        out = []
        with self._read() as c:
            for r in c.execute(
                    f"SELECT {_CAND_COLS}, x.shared, (SELECT COUNT(DISTINCT e2.norm) FROM entities e2 "
                    "WHERE e2.article_id = x.article_id) AS n FROM (SELECT e.article_id, COUNT(DISTINCT e.norm) AS "
                    f"shared FROM entities e JOIN articles a ON a.id = e.article_id WHERE {in_sql} AND "
                    + self._sql("a.latest = 1 AND a.day >= ? AND a.day <= ? AND a.id <> ? GROUP BY e.article_id) x "
                                "JOIN story_signatures s ON s.article_id = x.article_id "
                                "JOIN story_members m ON m.article_id = x.article_id "
                                "ORDER BY x.shared DESC, s.article_id LIMIT ?"),
                    [*args, day_from, day_to, exclude, limit]):
                v = _values(r)
                out.append(StoryCandidate(*v[:6], shared_entities=int(v[6]), entity_count=int(v[7])))
        return out

    def save_story(self, assignment: StoryAssignment) -> None:
        """Store the signature, bands and membership of one article and apply merges, in one transaction."""
        a = assignment
        q = self._sql
        with self._write() as c, self._batch(c):
            for table in ("story_bands", "story_signatures", "story_members"):
                c.execute(q(f"DELETE FROM {table} WHERE article_id = ?"), (a.article_id,))
            c.execute(q("INSERT INTO story_signatures VALUES (?, ?, ?, ?)"),
                      (a.article_id, a.signature, a.shingles, a.terms))
            keys = sorted(set(a.band_keys))
            if keys:
                c.cursor().executemany(q("INSERT INTO story_bands VALUES (?, ?)"), [(k, a.article_id) for k in keys])
            c.execute(q("INSERT INTO story_members VALUES (?, ?, ?, ?, ?)"),
                      (a.article_id, a.story_id, a.event_id, a.similarity, _now()))
            for other in set(a.merge_stories) - {a.story_id}:
                c.execute(q("UPDATE story_members SET story_id = ? WHERE story_id = ?"), (a.story_id, other))
            for other in set(a.merge_events) - {a.event_id}:
                c.execute(q("UPDATE story_members SET event_id = ? WHERE event_id = ?"), (a.event_id, other))

    def story_members(self, story_id: int | None = None, event_id: int | None = None) -> list[StoryMember]:
        """Membership rows, all or of one story / event."""
        where, args = [], []
        if story_id is not None:
            where.append("story_id = ?")
            args.append(story_id)
        if event_id is not None:
            where.append("event_id = ?")
            args.append(event_id)
        cond = " WHERE " + " AND ".join(where) if where else ""
        with self._read() as c:
            return [StoryMember(*_values(r)) for r in c.execute(
                self._sql(f"SELECT article_id, story_id, event_id, similarity FROM story_members{cond} "
                          "ORDER BY article_id"), args)]

    def reset_stories(self) -> None:
        """Forget every story assignment."""
        with self._write() as c:
            for table in ("story_bands", "story_signatures", "story_members"):
                c.execute(f"DELETE FROM {table}")

    def fetch_state(self, url: str) -> FetchState | None:
        """What ``watch`` remembers of ``url``."""
        with self._read() as c:
            r = c.execute(self._sql("SELECT * FROM fetch_state WHERE url = ?"), (url,)).fetchone()
        return FetchState(**dict(r)) if r is not None else None

    def save_fetch_state(self, state: FetchState) -> None:
        """Insert or replace the state of one URL (an upsert: concurrent watchers never collide)."""
        d = state.to_dict()
        cols = list(d)
        updates = ", ".join(f"{k} = EXCLUDED.{k}" for k in cols if k != "url")
        with self._write() as c:
            c.execute(self._sql(f"INSERT INTO fetch_state ({', '.join(cols)}) VALUES ({', '.join(['?'] * len(cols))}) "
                                f"ON CONFLICT (url) DO UPDATE SET {updates}"), [d[k] for k in cols])

    def fetch_states(self) -> list[FetchState]:
        """Every remembered URL."""
        with self._read() as c:
            return [FetchState(**dict(r)) for r in c.execute("SELECT * FROM fetch_state ORDER BY url")]

    # -- outlets -------------------------------------------------------------------------------------------
    _OUTLET_LISTS = ("domains", "feeds", "lists")
    _OUTLET_TEXT = ("language", "country", "notes")

    def save_outlet(self, name: str, info: dict[str, Any]) -> None:
        """Insert or update one outlet's metadata (lists are JSON; a missing field keeps its stored value)."""
        cur = {o["name"]: o for o in self._outlet_rows()}.get(name, {})
        vals = [json.dumps(sorted(set(info.get(k) or cur.get(k) or [])), ensure_ascii=False)
                for k in self._OUTLET_LISTS]
        vals += [info.get(k) if info.get(k) is not None else cur.get(k) for k in self._OUTLET_TEXT]
        cols = ["name", *self._OUTLET_LISTS, *self._OUTLET_TEXT, "updated_at"]
        updates = ", ".join(f"{k} = EXCLUDED.{k}" for k in cols[1:])
        with self._write() as c:
            c.execute(self._sql(f"INSERT INTO outlets ({', '.join(cols)}) VALUES ({', '.join(['?'] * len(cols))}) "
                                f"ON CONFLICT (name) DO UPDATE SET {updates}"), [name, *vals, _now()])

    def _outlet_rows(self) -> list[dict[str, Any]]:
        with self._read() as c:
            rows = [dict(r) for r in c.execute("SELECT * FROM outlets ORDER BY name")]
        for r in rows:
            for k in self._OUTLET_LISTS:
                r[k] = json.loads(r[k] or "[]")
        return rows

    def outlets(self) -> list[dict[str, Any]]:
        """Every outlet (article source) with its latest articles, first and last day, and stored metadata."""
        meta = {r["name"]: r for r in self._outlet_rows()}
        out: dict[str, dict[str, Any]] = {}
        with self._read() as c:
            for r in c.execute("SELECT a.source AS name, COUNT(*) AS articles, MIN(a.day) AS first_day, "
                               "MAX(a.day) AS last_day, SUM(a.words) AS words FROM articles a WHERE a.latest = 1 "
                               "AND a.source IS NOT NULL GROUP BY a.source ORDER BY a.source"):
                out[r["name"]] = {"name": r["name"], "articles": int(r["articles"]), "first_day": r["first_day"],
                                  "last_day": r["last_day"], "words": int(r["words"] or 0), "techniques": 0}
            for r in c.execute("SELECT a.source AS name, COUNT(*) AS n FROM techniques t JOIN articles a ON "
                               "a.id = t.article_id WHERE a.latest = 1 AND a.source IS NOT NULL GROUP BY a.source"):
                out[r["name"]]["techniques"] = int(r["n"])
        for name, m in meta.items():
            entry = out.setdefault(name, {"name": name, "articles": 0, "first_day": None, "last_day": None,
                                          "words": 0, "techniques": 0})
            entry.update({k: m[k] for k in (*self._OUTLET_LISTS, *self._OUTLET_TEXT)})
        for entry in out.values():
            for k in self._OUTLET_LISTS:
                entry.setdefault(k, [])
            for k in self._OUTLET_TEXT:
                entry.setdefault(k, None)
        return sorted(out.values(), key=lambda o: (-o["articles"], o["name"].casefold()))

    def outlet_aliases(self) -> dict[str, str]:
        """Old outlet names (casefolded) to the names they became."""
        with self._read() as c:
            return {r["alias"]: r["outlet"] for r in c.execute("SELECT alias, outlet FROM outlet_aliases")}

    def relabel_outlets(self, names: list[str], into: str) -> int:
        """Relabel the articles of ``names`` as ``into``, merge their metadata, remember the aliases."""
        olds = [n for n in dict.fromkeys(n.strip() for n in names) if n and n.casefold() != into.casefold()]
        meta = {r["name"].casefold(): r for r in self._outlet_rows()}
        merged: dict[str, Any] = dict(meta.get(into.casefold(), {}))
        for n in olds:
            m = meta.get(n.casefold())
            if not m:
                continue
            for k in self._OUTLET_LISTS:
                merged[k] = sorted(set(merged.get(k) or []) | set(m[k]))
            for k in self._OUTLET_TEXT:
                merged[k] = merged.get(k) or m[k]
        q = self._sql
        changed = 0
        with self._write() as c:
            for n in [*olds, into]:
                # A differently-cased spelling of ``into`` is folded into it too.
                cur = c.execute(q(f"UPDATE articles SET source = ? WHERE {self._ci_eq('source')} AND source <> ?"),
                                (into, n, into))
                changed += max(cur.rowcount, 0)
            for n in olds:
                c.execute(q(f"DELETE FROM outlets WHERE {self._ci_eq('name')}"), (n,))
                c.execute(q("INSERT INTO outlet_aliases VALUES (?, ?, ?) ON CONFLICT (alias) DO UPDATE SET "
                            "outlet = EXCLUDED.outlet"), (n.casefold(), into, _now()))
                c.execute(q(f"UPDATE outlet_aliases SET outlet = ? WHERE {self._ci_eq('outlet')}"), (into, n))
            c.execute(q("DELETE FROM outlet_aliases WHERE alias = ?"), (into.casefold(),))
        if merged or any(n.casefold() in meta for n in olds):
            self.save_outlet(into, {k: merged.get(k) for k in (*self._OUTLET_LISTS, *self._OUTLET_TEXT)})
        return changed
