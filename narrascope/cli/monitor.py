"""Monitor commands: ``stories``, ``spread``, ``alerts`` (over the store) and ``watch`` (feeds and URLs in)."""
from __future__ import annotations

import json
from enum import Enum
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import UsageError
from ..settings import load_settings
from . import app
from .corpus import DB, TableFormat, _open, _print_rows


class StoryFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class Level(str, Enum):
    story = "story"
    event = "event"


class SpreadBy(str, Enum):
    day = "day"
    week = "week"


def _dump(obj) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False, indent=2))


@app.command()
def stories(
    db: Optional[str] = DB,
    level: Level = typer.Option(Level.story, "--level", help="story: near-duplicate copies and rewrites; event: "
                                                           "stories on the same event within a few days."),
    min_articles: int = typer.Option(1, "--min-articles", min=1, help="Only stories with at least this many articles."),
    since: Optional[str] = typer.Option(None, "--since", help="Only stories with an article on or after this day."),
    source: Optional[str] = typer.Option(None, "--source", help="Only stories carried by this outlet."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="At most this many stories (newest first)."),
    assign: bool = typer.Option(False, "--assign", help="First assign stored articles not yet in a story (ingest, "
                                "watch and posted articles are assigned when written; this catches up after "
                                "an interrupted run or articles stored by other means)."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Forget stored assignments and group the corpus again."),
    fmt: StoryFormat = typer.Option(StoryFormat.table, "--format", "-f",
                                    help="table, json or jsonl (one story a line)."),
) -> None:
    """Stories (copies, rewrites) and events of the stored articles; articles join them when they are stored."""
    from ..monitor import list_stories, rebuild_stories, update_stories

    _, store = _open(db)
    try:
        if rebuild:
            rebuild_stories(store)
        elif assign:
            update_stories(store)
        found = list_stories(store, level=level.value, min_articles=min_articles, since=since, source=source,
                             limit=limit)
    finally:
        store.close()
    if fmt is StoryFormat.jsonl:
        for s in found:
            typer.echo(json.dumps(s, ensure_ascii=False))
        return
    if fmt is StoryFormat.json:
        _dump(found)
        return
    key = "story_id" if level is Level.story else "event_id"
    noun = {"story": "stories", "event": "events"}[level.value] if len(found) != 1 else level.value
    table = Table(title=f"{len(found)} {noun}", title_justify="left", expand=True)
    for c, kw in ((key.split("_")[0], {"justify": "right"}), ("articles", {"justify": "right"}),
                  ("first seen", {}), ("outlets", {"ratio": 1}), ("title", {"ratio": 2}), ("narratives", {"ratio": 2})):
        table.add_column(c, **kw)
    for s in found:
        fs = s["first_seen"]
        table.add_row(str(s[key]), str(s["size"]), Text(f"{fs['when']}\n{fs['source'] or ''}"),
                      Text(", ".join(s["sources"])), Text(s["title"] or "(untitled)"),
                      Text("\n".join(n["label"] for n in s["narratives"][:3])))
    Console().print(table)


@app.command()
def spread(
    db: Optional[str] = DB,
    narrative: Optional[str] = typer.Option(None, "--narrative", help="How this narrative spread: first carriers, "
                                                                      "outlets per period, lags."),
    entity: Optional[str] = typer.Option(None, "--entity", help="Role drift of this entity per source over time."),
    by: SpreadBy = typer.Option(SpreadBy.day, "--by", help="Period: day or week (starting Monday)."),
    since: Optional[str] = typer.Option(None, "--since", help="From this day (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Up to this day (YYYY-MM-DD)."),
    fmt: TableFormat = typer.Option(TableFormat.table, "--format", "-f", help="table, csv or json."),
) -> None:
    """Narrative spread (with --narrative), entity role drift (with --entity), or every narrative's reach."""
    from ..monitor import narrative_spread, narratives_overview, role_drift

    if narrative and entity:
        raise UsageError("give --narrative or --entity, not both")
    _, store = _open(db)
    try:
        if narrative:
            result = narrative_spread(store, narrative, by=by.value, since=since, until=until)
        elif entity:
            result = role_drift(store, entity, by=by.value, since=since, until=until)
        else:
            result = narratives_overview(store, since=since, until=until)
    finally:
        store.close()
    if fmt is TableFormat.json:
        _dump(result)
        return
    if narrative:
        if fmt is TableFormat.table:
            lag = result["lag_days"]
            typer.echo(f"{result['narrative']}: {result['articles']} articles, {result['outlets']} outlets; lag "
                       f"after the first carrier: median {lag['median']} days, max {lag['max']} days", err=True)
            _print_rows([{"outlet": c["source"], "first seen": c["first_seen"], "lag days": c["lag_days"],
                          "articles": c["articles"], "first article": c["first_article"]["id"],
                          "title": c["first_article"]["title"]} for c in result["carriers"]], fmt, "first carriers")
        _print_rows(result["per_period"], fmt, f"articles and outlets per {by.value}")
    elif entity:
        rows = [{"source": s["source"], **p} for s in result["sources"] for p in s["periods"]]
        _print_rows(rows, fmt, f"roles of {result['entity']} per source and {by.value} ({result['shifts']} shifts)")
    else:
        _print_rows(result, fmt, "narratives: reach and first carrier")


@app.command()
def alerts(
    db: Optional[str] = DB,
    since: Optional[str] = typer.Option(None, "--since", help="Check periods from this day (default: the last 7 "
                                                             "days, or 4 weeks, of the corpus)."),
    by: SpreadBy = typer.Option(SpreadBy.day, "--by", help="Period: day or week."),
    baseline: Optional[int] = typer.Option(None, "--baseline", help="Periods of baseline before each (default 14 "
                                                                    "days / 8 weeks)."),
    min_count: int = typer.Option(3, "--min-count", help="Articles a signal needs in the period."),
    k: float = typer.Option(3.0, "--k", help="Share must reach baseline mean + k x max(sd, 0.05)."),
    ratio: float = typer.Option(2.0, "--ratio", help="... and ratio x the baseline mean."),
    fmt: TableFormat = typer.Option(TableFormat.table, "--format", "-f", help="table, csv or json."),
) -> None:
    """Narratives and entity roles whose share of articles jumps above their own recent baseline."""
    from ..monitor import AlertRule
    from ..monitor import alerts as run_alerts

    rule = AlertRule(by=by.value, baseline=baseline, min_count=min_count, k=k, ratio=ratio)
    _, store = _open(db)
    try:
        result = run_alerts(store, since=since, rule=rule)
    finally:
        store.close()
    if fmt is TableFormat.json:
        _dump(result)
        return
    rows = [{"period": a["period"], "kind": a["kind"], "signal": a["label"] + (f" as {a['role']}" if a["role"] else ""),
             "count": a["count"], "share": a["share"], "baseline": a["baseline"]["mean"], "z": a["z"],
             "articles": " ".join(str(x["id"]) for x in a["articles"])} for a in result["alerts"]]
    if fmt is TableFormat.table:
        typer.echo(f"{len(rows)} alerts from {result['since']} (rule: {json.dumps(result['rule'])})", err=True)
    _print_rows(rows, fmt, "alerts")


@app.command()
def watch(
    targets: list[str] = typer.Argument(..., help="RSS/Atom feed URLs, page URLs, or files listing such URLs "
                                                  "(one a line, # comments)."),
    db: Optional[str] = DB,
    every: Optional[str] = typer.Option(None, "--every", help="Run again after this period (e.g. 15m, 1h, 90s; "
                                                              "default: setting watch_every, 15m)."),
    once: bool = typer.Option(False, "--once", help="One run, then exit."),
    rate_limit: Optional[float] = typer.Option(None, "--rate-limit", min=0.0, help=(
        "Least seconds between two requests to one host (0: off; robots.txt Crawl-delay wins when longer; "
        "default: setting fetch_rate_limit, 1).")),
    timeout: Optional[float] = typer.Option(None, "--timeout", min=0.1, help=(
        "Seconds to wait for a host (default: setting fetch_timeout, 15).")),
    retries: Optional[int] = typer.Option(None, "--retries", min=0, help=(
        "Retries of a timeout, 5xx or 429 within a run (default: setting fetch_retries, 2).")),
    user_agent: Optional[str] = typer.Option(None, "--user-agent", help=(
        "Sent with every request (default: setting fetch_user_agent, else one naming narrascope).")),
    processes: Optional[int] = typer.Option(None, "--processes", "-j", help="Analysis worker processes."),
    as_json: bool = typer.Option(False, "--json", help="Print each run's report as JSON on stdout."),
) -> None:
    """Follow feeds and URL lists: fetch new pages politely, analyse and store them, group them into stories."""
    from ..batch.watch import parse_every, read_targets
    from ..batch.watch import watch as run_watch
    from ..ingest.fetch import FetchPolicy
    from ..monitor import update_stories

    # Flags win over the settings (file, environment), which win over the shipped defaults.
    settings = load_settings(store=db).with_overrides(
        n_process=processes, watch_every=every, fetch_rate_limit=rate_limit, fetch_timeout=timeout,
        fetch_retries=retries, fetch_user_agent=user_agent)
    period = parse_every(settings.watch_every)
    read_targets(targets)  # bad arguments fail before anything starts
    _, store = _open(db, must_exist=False)
    policy = FetchPolicy(rate_limit=settings.fetch_rate_limit, timeout=settings.fetch_timeout,
                         retries=settings.fetch_retries,
                         **({"user_agent": settings.fetch_user_agent} if settings.fetch_user_agent else {}))
    err = Console(stderr=True)

    def on_event(kind: str, payload) -> None:
        if kind == "stored":
            err.print(Text(f"stored  {payload['url']}  {payload['title'] or ''}", style="green"))
        elif kind == "failed":
            err.print(Text(f"failed  {payload['url']}: {payload['message']} (retry after {payload['retry_after']})",
                           style="red"))
        elif kind == "bad":
            err.print(Text(f"skipped {payload['url']}: {payload['message']}", style="yellow"))
        elif kind == "blocked":
            err.print(Text(f"blocked {payload} (robots.txt)", style="yellow"))
        elif kind == "deferred":
            err.print(Text(f"waiting {payload['url']}: failed before ({payload['message']}); retry after "
                           f"{payload['retry_after']}", style="dim"))
        elif kind == "run":
            r = payload
            if as_json:
                typer.echo(json.dumps(r.to_dict(), ensure_ascii=False))
            err.print(f"sources {r.sources} (not modified {r.not_modified}) · feed entries {r.entries} · already "
                      f"stored {r.known} · fetched {r.fetched} · stored {r.stored} · duplicates {r.duplicates} · "
                      f"failed {len(r.failed)} · not articles {len(r.bad)} · blocked {len(r.blocked)} · waiting "
                      f"{r.deferred} · {r.requests} requests in {r.seconds:.1f}s · "
                      f"{r.stories_assigned} assigned to stories")

    def assign_stories(report) -> None:
        report.stories_assigned = update_stories(store)

    try:
        run_watch(targets, store, period, settings, policy=policy, on_event=on_event, runs=1 if once else None,
                  after_run=assign_stories)
    finally:
        store.close()
