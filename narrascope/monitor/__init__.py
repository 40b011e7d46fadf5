"""Monitoring over the store: stories (near-duplicates and same-event groups), narrative spread, role drift
and alerts. Everything here reads the store through the :class:`~narrascope.store.Store` contract."""
from .alerts import AlertRule, alerts
from .spread import narrative_spread, narratives_overview, role_drift
from .stories import DEFAULT, StoryParams, get_story, list_stories, rebuild_stories, update_stories

__all__ = ["DEFAULT", "AlertRule", "StoryParams", "alerts", "get_story", "list_stories", "narrative_spread",
           "narratives_overview", "rebuild_stories", "role_drift", "update_stories"]
