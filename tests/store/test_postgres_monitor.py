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


_ASSIGNER = """
import sys, time
from pathlib import Path
from narrascope.monitor import update_stories
from narrascope.store import open_store
store = open_store(sys.argv[1])
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.01)
print(update_stories(store))
store.close()
"""


def test_concurrent_story_assignment_from_two_processes_equals_one(pg_url, tmp_path):
    """Issue 21: two processes assigning stories at once on one PostgreSQL (two API servers, a watch and an
    ingest) give exactly what one assigner gives; the advisory lock lets one in at a time."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from narrascope.monitor import rebuild_stories
    from tests.monitor.synthetic import Generator, light_analysis, to_article

    repo = Path(__file__).resolve().parents[2]
    s = open_store(pg_url)
    for it in Generator(seed=3).corpus(160):
        art = to_article(it)
        s.put(art, light_analysis(art, it.entities))
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(repo)}
    procs = [subprocess.Popen([sys.executable, "-c", _ASSIGNER, pg_url, str(go)], env=env, cwd=repo,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    go.touch()
    outs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), [e.decode()[-2000:] for _, e in outs]
    assert sorted(int(o) for o, _ in outs) == [0, 160]  # one did all the work; the other found none pending
    together = [(m.article_id, m.story_id, m.event_id) for m in s.story_members()]
    assert len(together) == 160
    assert rebuild_stories(s) == 160  # one assigner, from scratch
    assert [(m.article_id, m.story_id, m.event_id) for m in s.story_members()] == together
    s.close()
