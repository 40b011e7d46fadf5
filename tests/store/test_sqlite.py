"""SQLite-only parts of the store: the WAL file, its migrations, and unusable locations."""
from __future__ import annotations

import sqlite3

import pytest

from narrascope.errors import StoreError
from narrascope.store import SQLiteStore, open_store
from narrascope.store.migrations import MIGRATIONS
from tests.corpus.corpus_data import fill, hand_analysis


def test_file_store_uses_wal_and_migrates_once(tmp_path):
    path = tmp_path / "c.db"
    s = open_store(path)
    fill(s)
    s.close()
    s = open_store(f"sqlite:///{path}")  # reopening applies nothing new and keeps the data
    assert s.counts()["articles"] == 10 and s.schema_version() == MIGRATIONS[-1][0]
    s.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    applied = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
    # Numbers increase; a gap is allowed (branches reserve numbers), each is applied once.
    assert applied == [n for n, _, _ in MIGRATIONS] == sorted({n for n, _, _ in MIGRATIONS})
    conn.execute("INSERT INTO schema_migrations VALUES (99, 'from the future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer narrascope"):
        open_store(path)


def test_unusable_locations_are_clear_errors(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "missing" / "x.db")
    with pytest.raises(StoreError, match="unsupported store"):
        open_store("mysql://localhost/x")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="narrascope database"):
        SQLiteStore(junk)


def test_an_older_store_is_migrated_forward_keeping_its_data(tmp_path):
    path = tmp_path / "old.db"
    s = open_store(path)
    arts = fill(s)
    s.close()
    conn = sqlite3.connect(path)  # turn it into a store written before migration 3
    conn.executescript("ALTER TABLE analyses DROP COLUMN pipeline; DELETE FROM schema_migrations WHERE version = 3;")
    conn.close()
    new = open_store(path)
    assert new.schema_version() == MIGRATIONS[-1][0] and new.counts()["analyses"] == 10
    assert set(new.pipelines().values()) == {None}
    new.put(arts[0], hand_analysis(arts[0]), pipeline="p2", replace=True)
    assert new.pipelines()[arts[0].content_hash] == "p2"
