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
from ..settings import load_settings, redact
from . import app
from .corpus import DB, TableFormat, _open, _print_rows


class StoryFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class Level(str, Enum):
    story = "story"
    event = "event"


class CountBy(str, Enum):
    stories = "stories"
    articles = "articles"


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
    count: CountBy = typer.Option(CountBy.stories, "--count", help=(
        "stories: copies of one story count once (default); articles: every copy counts.")),
    fmt: TableFormat = typer.Option(TableFormat.table, "--format", "-f", help="table, csv or json."),
) -> None:
    """Narratives and entity roles whose share of stories (or articles) jumps above their own recent baseline."""
    from ..monitor import AlertRule
    from ..monitor import alerts as run_alerts

    rule = AlertRule(by=by.value, baseline=baseline, min_count=min_count, k=k, ratio=ratio)
    _, store = _open(db)
    try:
        result = run_alerts(store, since=since, rule=rule, count=count.value)
    finally:
        store.close()
    if fmt is TableFormat.json:
        _dump(result)
        return
    rows = [{"period": a["period"], "kind": a["kind"], "signal": a["label"] + (f" as {a['role']}" if a["role"] else ""),
             "count": a["count"], "share": a["share"], "baseline": a["baseline"]["mean"], "z": a["z"],
             "evidence": "\n".join(f"{x['title']} ({', '.join(x['outlets'])})" for x in a["stories"])}
            for a in result["alerts"]]
    if fmt is TableFormat.table:
        typer.echo(f"{len(rows)} alerts from {result['since']}, counting {count.value} "
                   f"(rule: {json.dumps(result['rule'])})", err=True)
    _print_rows(rows, fmt, "alerts")


@app.command()
def watch(
    targets: Optional[list[str]] = typer.Argument(None, help="RSS/Atom feed URLs, page URLs, or files listing such "
                                                             "URLs (one a line, # comments)."),
    db: Optional[str] = DB,
    outlets_file: Optional[str] = typer.Option(None, "--outlets", help=(
        "A TOML outlets file: [[outlet]] tables with name, feeds, lists (URL-list files), domains, language, "
        "country, notes. Its feeds and lists are watched, and their pages stored under the outlet's name.")),
    source: Optional[str] = typer.Option(None, "--source", help=(
        "The outlet of the pages of these targets that no outlets file claims (default: the site's domain).")),
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
    from ..batch.watch import parse_every
    from ..batch.watch import watch as run_watch
    from ..monitor import update_stories
    from ..readers.feeds import read_targets
    from ..readers.fetch import FetchPolicy
    from ..readers.outlets import read_outlets_file

    # Flags win over the settings (file, environment), which win over the shipped defaults.
    settings = load_settings(store=db).with_overrides(
        n_process=processes, watch_every=every, fetch_rate_limit=rate_limit, fetch_timeout=timeout,
        fetch_retries=retries, fetch_user_agent=user_agent)
    period = parse_every(settings.watch_every)
    outlets = read_outlets_file(outlets_file) if outlets_file else []
    targets = list(targets or [])
    if not targets and not outlets:
        raise UsageError("give feed or page URLs, files listing them, or --outlets FILE")
    # Nothing usable at all fails before anything starts; a bad line among good ones is reported and skipped.
    read_targets([*targets, *(f for o in outlets for f in o.feeds + o.lists)])
    _, store = _open(db, must_exist=False)
    policy = FetchPolicy.from_settings(settings)
    console = Console(stderr=True)

    class _Redacted:  # progress lines name URLs, which may carry a password (https://user:pw@host/feed)
        def print(self, line) -> None:
            console.print(Text(redact(line.plain), style=line.style) if isinstance(line, Text) else redact(line))

    err = _Redacted()

    def on_event(kind: str, payload) -> None:
        if kind == "stored":
            err.print(Text(f"stored  {payload['url']}  [{payload.get('outlet') or ''}]  {payload['title'] or ''}",
                           style="green"))
        elif kind == "problem":
            err.print(Text(f"skipped {payload}", style="yellow"))
        elif kind == "failed":
            err.print(Text(f"failed  {payload['url']}: {payload['message']} (retry after {payload['retry_after']})",
                           style="red"))
        elif kind == "bad":
            word = "refused" if str(payload["message"]).startswith("refused:") else "skipped"
            err.print(Text(f"{word} {payload['url']}: {str(payload['message']).removeprefix('refused: ')}",
                           style="yellow"))
        elif kind == "blocked":
            err.print(Text(f"blocked {payload} (robots.txt)", style="yellow"))
        elif kind == "deferred":
            err.print(Text(f"waiting {payload['url']}: failed before ({payload['message']}); retry after "
                           f"{payload['retry_after']}", style="dim"))
        elif kind == "run":
            r = payload
            if as_json:
                typer.echo(redact(json.dumps(r.to_dict(), ensure_ascii=False)))
            err.print(f"sources {r.sources} (not modified {r.not_modified}) · feed entries {r.entries} · already "
                      f"stored {r.known} · fetched {r.fetched} · stored {r.stored} · duplicates {r.duplicates} · "
                      f"failed {len(r.failed)} · not articles {len(r.bad)} · blocked {len(r.blocked)} · waiting "
                      f"{r.deferred} · bad inputs {len(r.problems)} · {r.requests} requests in {r.seconds:.1f}s · "
                      f"{r.stories_assigned} assigned to stories")

    def assign_stories(report) -> None:
        report.stories_assigned = update_stories(store)

    try:
        run_watch(targets, store, period, settings, policy=policy, on_event=on_event, runs=1 if once else None,
                  after_run=assign_stories, outlets=outlets, source=source)
    finally:
        store.close()


outlets_app = typer.Typer(help="Outlets (sites): profiles, and renaming or merging them (stored articles are "
                               "relabelled).", invoke_without_command=True)
app.add_typer(outlets_app, name="outlets")


class OutletFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


@outlets_app.callback()
def outlets(
    ctx: typer.Context,
    db: Optional[str] = DB,
    name: Optional[str] = typer.Option(None, "--name", help="Only this outlet's profile."),
    by: SpreadBy = typer.Option(SpreadBy.week, "--by", help="Period of the articles-over-time counts."),
    fmt: OutletFormat = typer.Option(OutletFormat.table, "--format", "-f", help=(
        "table, json, or jsonl (one outlet a line: outlet, articles, first_carrier, narratives, copies_from, "
        "copied_by ...).")),
) -> None:
    """Outlet profiles: articles over time, narrative mix against the corpus, first carriers, persuasion
    density, how each casts the frequent entities, and who copies whom (from shared stories)."""
    if ctx.invoked_subcommand is not None:
        return
    from ..monitor import outlet_profile, outlet_profiles

    _, store = _open(db)
    try:
        if name:
            one = outlet_profile(store, name, by=by.value)
            if one is None:
                raise UsageError(f"no outlet {name!r} in the store; `narrascope outlets` lists them")
            found = [one]
        else:
            found = outlet_profiles(store, by=by.value)
    finally:
        store.close()
    if fmt is OutletFormat.jsonl:
        for o in found:
            typer.echo(json.dumps(o, ensure_ascii=False))
        return
    if fmt is OutletFormat.json:
        _dump(found[0] if name else found)
        return

    def links(items) -> str:
        return ", ".join(f"{x['outlet']} ({x['stories']}, {x['median_lag_hours']} h)" for x in items[:4])

    table = Table(title=f"{len(found)} outlets", title_justify="left", expand=True)
    for c, kw in (("outlet", {"ratio": 2, "min_width": 16}), ("articles", {"justify": "right"}),
                  ("first carrier", {"justify": "right"}), ("techniques /1k words", {"justify": "right"}),
                  ("top narratives", {"ratio": 2}), ("copies from", {"ratio": 2}), ("copied by", {"ratio": 2})):
        table.add_column(c, **kw)
    for o in found:
        density = o["persuasion"]["per_1000_words"]
        table.add_row(Text(o["outlet"]), f"{o['articles']}\n({o['stories']} stories)", str(o["first_carrier"]),
                      "–" if density is None else str(density),
                      Text("\n".join(f"{x['label']} ({x['articles']}, x{x['ratio']})" for x in o["narrative_mix"][:3])),
                      Text(links(o["copies_from"])), Text(links(o["copied_by"])))
    Console().print(table)


@outlets_app.command("rename")
def outlets_rename(
    ctx: typer.Context,
    old: str = typer.Argument(..., help="The outlet's current name."),
    new: str = typer.Argument(..., help="Its new name (an existing outlet's name merges the two)."),
    db: Optional[str] = DB,
) -> None:
    """Rename an outlet: its stored articles are relabelled, and later watch runs use the new name."""
    from ..monitor import rename_outlet

    _, store = _open(db or ctx.parent.params.get("db"))  # `outlets --db X rename ...` works too
    try:
        n = rename_outlet(store, old, new)
    finally:
        store.close()
    typer.echo(f"renamed {old!r} to {new!r}: {n} articles relabelled", err=True)


@outlets_app.command("merge")
def outlets_merge(
    ctx: typer.Context,
    names: list[str] = typer.Argument(..., help="The outlets to merge."),
    into: str = typer.Option(..., "--into", help="The outlet they become (new, or one of them)."),
    db: Optional[str] = DB,
) -> None:
    """Merge outlets into one (e.g. a desk's feed title into its site): articles relabelled, names kept as
    aliases for later watch runs."""
    from ..monitor import merge_outlets

    _, store = _open(db or ctx.parent.params.get("db"))
    try:
        n = merge_outlets(store, names, into)
    finally:
        store.close()
    typer.echo(f"merged {', '.join(repr(x) for x in names)} into {into!r}: {n} articles relabelled", err=True)
