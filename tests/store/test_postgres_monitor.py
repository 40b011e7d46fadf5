"""The monitor's Store methods (stories, spread, watch state) on PostgreSQL (``pg_url`` starts a throwaway
cluster; under CI=true a missing server fails the run rather than skipping)."""
from __future__ import annotations

import narrascope.store.base as base
from narrascope.store import open_store
from tests.corpus.corpus_data import fill


def test_stories_spread_and_watch_state_on_postgresql(pg_url):
    s = open_store(pg_url)
    fill(s)
    rows = s.monitor_rows()
    assert len(rows) == 10 and rows[0].entities and rows[0].narratives
    assert [r.id for r in s.monitor_rows(ids=[2, 3, 99])] == [2, 3]
    assert len(s.monitor_rows(base.Query(text="NATO"))) == 4
    pending = s.story_pending(5)
    assert [p.id for p in pending] == [1, 2, 3, 4, 5] and "nato" in pending[0].entities
    story = base.StoryAssignment
    s.save_story(story(1, 1, 1, 1.0, "sig1", 10, "{}", [11, 12]))
    s.save_story(story(3, 3, 3, 1.0, "sig3", 10, "{}", [12, 13]))
    s.save_story(story(6, 1, 1, 0.8, "sig6", 10, "{}", [11], merge_stories=[3], merge_events=[3]))
    assert [(m.article_id, m.story_id, m.event_id) for m in s.story_members()] == [(1, 1, 1), (3, 1, 1), (6, 1, 1)]
    assert {c.article_id for c in s.story_candidates([12])} == {1, 3}
    near = s.event_candidates("2025-01-01", "2025-12-31", ["nato"], exclude=1)
    assert {c.article_id for c in near} == {3, 6} and all(c.shared_entities == 1 for c in near)
    assert [p.id for p in s.story_pending(3)] == [2, 4, 5]
    s.save_fetch_state(base.FetchState("http://x", "ok", 200, etag="e1"))
    s.save_fetch_state(base.FetchState("http://x", "failed", 500, failures=1))  # an upsert, not a second row
    state = s.fetch_state("http://x")
    assert (state.status, state.failures, state.etag) == ("failed", 1, None)
    assert len(s.fetch_states()) == 1 and s.fetch_state("http://nowhere") is None
    s.reset_stories()
    assert s.story_members() == []
    s.close()
