"""Monitoring over the store: stories (near-duplicates and same-event groups), narrative spread, role drift,
alerts and outlet profiles. Everything here reads the store through the :class:`~narrascope.store.Store` contract."""
from .alerts import AlertRule, alerts
from .outlets import merge_outlets, outlet_profile, outlet_profiles, rename_outlet
from .spread import narrative_spread, narratives_overview, role_drift
from .stories import DEFAULT, StoryParams, get_story, list_stories, rebuild_stories, update_stories

__all__ = ["DEFAULT", "AlertRule", "StoryParams", "alerts", "get_story", "list_stories", "merge_outlets",
           "narrative_spread", "narratives_overview", "outlet_profile", "outlet_profiles", "rebuild_stories",
           "rename_outlet", "role_drift", "update_stories"]
