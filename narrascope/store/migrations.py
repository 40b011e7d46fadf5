"""Numbered schema migrations of the SQLite store.

Each migration is ``(number, description, sql)``; they run in order, each in its own transaction, and the
applied numbers are recorded in ``schema_migrations``. Never edit a shipped migration: add the next number.
The SQL keeps to what PostgreSQL also understands where it can (plain tables, integer keys, text JSON), so a
PostgreSQL backend can follow with its own list; the FTS5 parts are SQLite-only.
"""
from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "articles, analyses and the denormalised layer tables", """
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,
    key           TEXT NOT NULL,            -- logical identity: article id, else path, else the hash
    version       INTEGER NOT NULL,         -- 1, 2, ... for changed content under the same key
    latest        INTEGER NOT NULL DEFAULT 1,
    ext_id        TEXT,
    title         TEXT,
    text          TEXT NOT NULL,
    body_start    INTEGER NOT NULL DEFAULT 0,
    date          TEXT,                     -- as read
    day           TEXT,                     -- normalised YYYY-MM-DD, or NULL when unknown
    source        TEXT,
    url           TEXT,
    author        TEXT,
    language      TEXT,
    path          TEXT,
    words         INTEGER NOT NULL DEFAULT 0,
    ingested_at   TEXT NOT NULL
);
CREATE INDEX articles_key ON articles(key, version);
CREATE INDEX articles_day ON articles(day);
CREATE INDEX articles_source ON articles(source);

-- Every (key, path) an identical text was seen under: duplicates cost no second analysis but are not lost.
CREATE TABLE aliases (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    path        TEXT NOT NULL,              -- '' when unknown (NULLs would defeat the UNIQUE below)
    seen_at     TEXT NOT NULL,
    UNIQUE (article_id, key, path)
);
CREATE INDEX aliases_article ON aliases(article_id);

CREATE TABLE analyses (
    article_id          INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    schema_version      TEXT NOT NULL,
    narrascope_version  TEXT NOT NULL,
    models              TEXT NOT NULL,      -- JSON object: analyser -> model version
    analysis            TEXT NOT NULL,      -- the Analysis record as JSON
    created_at          TEXT NOT NULL
);

CREATE TABLE narratives (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    level       TEXT NOT NULL,              -- domain | coarse | fine
    label       TEXT NOT NULL,
    score       REAL NOT NULL
);
CREATE INDEX narratives_label ON narratives(label, level);
CREATE INDEX narratives_article ON narratives(article_id);

CREATE TABLE entities (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity      TEXT NOT NULL,              -- entity id inside the analysis
    name        TEXT NOT NULL,
    norm        TEXT NOT NULL,              -- lower-cased name, for matching
    type        TEXT NOT NULL,
    main_role   TEXT,
    role_score  REAL,
    fine_roles  TEXT,                       -- JSON list of labels
    mentions    INTEGER NOT NULL
);
CREATE INDEX entities_norm ON entities(norm, main_role);
CREATE INDEX entities_article ON entities(article_id);

CREATE TABLE mentions (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity      TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    main_role   TEXT
);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE techniques (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    technique   TEXT NOT NULL,
    category    TEXT NOT NULL,
    score       REAL NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL
);
CREATE INDEX techniques_name ON techniques(technique);
CREATE INDEX techniques_article ON techniques(article_id);
"""),
    (2, "full-text index over title and text (SQLite FTS5, kept in sync by triggers)", """
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
END;
"""),
    (3, "remember which pipeline made each analysis, so a refresh can resume", """
ALTER TABLE analyses ADD COLUMN pipeline TEXT;   -- narrascope version + analyser names; NULL before v3
"""),
    (4, "monitor: story signatures and LSH bands, story/event membership, fetch state of watched URLs", """
CREATE TABLE story_signatures (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    signature   TEXT NOT NULL,              -- MinHash values, base64 of little-endian uint32
    shingles    INTEGER NOT NULL,           -- distinct word shingles (to estimate containment)
    terms       TEXT NOT NULL               -- JSON {term: weight}: the article's top terms (event matching)
);
CREATE TABLE story_bands (
    band_key    BIGINT NOT NULL,            -- hash of (band number, the band's MinHash rows)
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX story_bands_key ON story_bands(band_key);
CREATE INDEX story_bands_article ON story_bands(article_id);
CREATE TABLE story_members (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id    INTEGER NOT NULL,           -- near-duplicate group: the id of its first article
    event_id    INTEGER NOT NULL,           -- same-event group of stories: the id of its first article
    similarity  REAL NOT NULL,              -- best MinHash similarity to the story when it joined (1 if it started it)
    assigned_at TEXT NOT NULL
);
CREATE INDEX story_members_story ON story_members(story_id);
CREATE INDEX story_members_event ON story_members(event_id);
CREATE TABLE fetch_state (
    url           TEXT PRIMARY KEY,
    status        TEXT NOT NULL,            -- ok | not_modified | failed | blocked | bad
    http_status   INTEGER,
    etag          TEXT,
    last_modified TEXT,
    failures      INTEGER NOT NULL DEFAULT 0,
    next_try      TEXT,                     -- ISO time before which a failed URL is not retried
    fetched_at    TEXT,
    article_id    INTEGER,
    message       TEXT
);
"""),
    (5, "outlets as first-class: outlet metadata, aliases left by rename/merge, the entry of a watched page", """
CREATE TABLE outlets (
    name        TEXT PRIMARY KEY,
    domains     TEXT NOT NULL DEFAULT '[]', -- JSON list of registrable domains
    feeds       TEXT NOT NULL DEFAULT '[]', -- JSON list of feed URLs
    lists       TEXT NOT NULL DEFAULT '[]', -- JSON list of URL-list files
    language    TEXT,
    country     TEXT,
    notes       TEXT,
    updated_at  TEXT NOT NULL
);
-- An old outlet name (casefolded) -> the name it was renamed or merged into, so later watch runs follow.
CREATE TABLE outlet_aliases (
    alias       TEXT PRIMARY KEY,
    outlet      TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
ALTER TABLE fetch_state ADD COLUMN entry TEXT;  -- JSON of the feed entry (title, date, outlet) to retry a page
"""),
    (6, "analyst corrections: kept beside the model's value, never touched by re-analysis", """
CREATE TABLE corrections (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    content_hash   TEXT NOT NULL,            -- the text the analyst read (offsets point into it)
    layer          TEXT NOT NULL,            -- narratives | cast | persuasion | quotes
    target         TEXT NOT NULL,            -- 'article' | entity name | 'START-END TECHNIQUE' | quote id
    model_value    TEXT,                     -- JSON: what the model said when the correction was made
    analyst_value  TEXT NOT NULL,            -- JSON: the analyst's answer for the whole target
    who            TEXT NOT NULL,            -- the token's name
    created_at     TEXT NOT NULL
);
CREATE INDEX corrections_article ON corrections(article_id, layer);
CREATE INDEX corrections_layer ON corrections(layer);
"""),
]
