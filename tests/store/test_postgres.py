"""PostgreSQL-only parts of the store: migrations, connection errors, the GIN index, concurrent writers."""
from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from narrascope.errors import StoreError
from narrascope.store import Query, open_store
from narrascope.store.pg_migrations import PG_MIGRATIONS
from narrascope.store.postgres import redact
from tests.corpus.corpus_data import ARTICLES, article, fill, hand_analysis


def test_migrations_apply_once_and_refuse_a_newer_schema(pg_url):
    s = open_store(pg_url)
    fill(s)
    assert s.schema_version() == PG_MIGRATIONS[-1][0]
    s.close()
    again = open_store(pg_url)  # reopening applies nothing and keeps the data
    assert again.counts()["articles"] == 10
    with again._read() as c:
        assert [r["version"] for r in c.execute("SELECT version FROM schema_migrations ORDER BY 1")] == \
            [n for n, _, _ in PG_MIGRATIONS]
        # Full-text search is served by a GIN index over the generated tsvector column.
        index = c.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'articles_tsv'").fetchone()["indexdef"]
        assert "USING gin (tsv)" in index
        c.execute("INSERT INTO schema_migrations VALUES (99, 'from the future', 'x')")
    again.close()
    with pytest.raises(StoreError, match="newer narrascope"):
        open_store(pg_url)


def test_an_unreachable_server_is_a_one_line_error_without_the_password():
    with pytest.raises(StoreError, match="cannot connect") as err:
        open_store("postgresql://someone:secret@127.0.0.1:9/nowhere")
    assert "secret" not in str(err.value) and "\n" not in str(err.value)
    assert redact("postgresql://u:p@h/db") == "postgresql://u:***@h/db"


def _race(url: str, n: int, work) -> list:
    """Run ``work(store, i)`` in ``n`` threads at once, each with its own store (its own connections)."""
    stores = [open_store(url) for _ in range(n)]
    start = threading.Barrier(n)
    results: list = [None] * n
    errors: list = []

    def run(i: int) -> None:
        try:
            start.wait()
            results[i] = work(stores[i], i)
        except Exception as exc:  # surfaced below, so a failing writer fails the test
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for s in stores:
        s.close()
    assert not errors, errors
    return results


def test_concurrent_writers_never_duplicate_or_lose_an_article(pg_url):
    open_store(pg_url).close()  # migrate once, so the race is about articles
    arts = [article(row) for row in ARTICLES]

    def put_all(store, i):
        order = arts[i % len(arts):] + arts[:i % len(arts)]  # every writer starts somewhere else
        out = [store.put(a, hand_analysis(a)).status for a in order]
        mirror = replace(arts[0], id=f"mirror-{i}", path=f"mirror-{i}.txt")  # same text, another source
        out.append(store.put(mirror, hand_analysis(mirror)).status)
        return out

    results = _race(pg_url, 6, put_all)
    statuses = [s for r in results for s in r[:-1]]
    assert statuses.count("new") == len(arts)  # each article stored by exactly one writer
    s = open_store(pg_url)
    assert s.counts() == {"articles": 10, "versions": 10, "analyses": 10, "aliases": 16}
    with s._read() as c:
        assert c.execute("SELECT count(DISTINCT content_hash) AS n FROM articles").fetchone()["n"] == 10
    assert s.search(Query(text="NATO")).total == 4
    s.close()


def test_concurrent_new_versions_of_one_key_get_distinct_numbers(pg_url):
    open_store(pg_url).close()
    base = article(ARTICLES[0])

    def put_version(store, i):
        changed = replace(base, text=base.text + f"Update {i}.\n")
        return store.put(changed, hand_analysis(changed)).version

    versions = _race(pg_url, 5, put_version)
    assert sorted(versions) == [1, 2, 3, 4, 5]
    s = open_store(pg_url)
    assert s.counts()["versions"] == 5 and s.counts()["articles"] == 1  # exactly one latest
    s.close()
