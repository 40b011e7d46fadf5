"""Corpus commands: ``ingest``, ``search``, ``trends``, ``export`` and ``serve``, all over the store."""
from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import (
    Progress,
    ProgressColumn,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from ..errors import UsageError
from ..settings import load_settings, redact
from . import app

DB = typer.Option(None, "--db", help="The store: a SQLite file, or a postgresql://user:pass@host/db URL; default: "
                                     "the `store` setting.")


class By(str, Enum):
    day = "day"
    week = "week"
    month = "month"


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class _Rate(ProgressColumn):
    """Articles per second since analysis began (results arrive in bursts, so no short moving window)."""

    def render(self, task) -> Text:
        rate = task.completed / task.elapsed if task.elapsed and task.completed else None
        return Text(f"{rate:.2f} art/s" if rate else "– art/s", style="cyan")


def _open(db: Optional[str], must_exist: bool = True):
    from ..store import is_url, open_store

    settings = load_settings(store=db)
    if must_exist and not is_url(settings.store) and not Path(settings.store).exists():
        raise UsageError(f"no store at {settings.store}; create one with "
                         f"`narrascope ingest PATH --db {settings.store}`")
    return settings, open_store(settings.store)


def _query(**kw):
    from ..store import Query

    return Query(**kw)


def _local_runner(store, settings):
    """The pipeline and local runner of an ingest, made before the progress bar starts its refresh thread: a
    process with one thread forks its workers from its own loaded pipeline (see narrascope.batch.local)."""
    from ..batch import make_runner, pipeline_fingerprint
    from ..pipeline import load_pipeline

    pipeline = load_pipeline(settings=settings)
    return pipeline, make_runner("local", pipeline, settings, store, pipeline_fingerprint(pipeline))


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Article files, folders (recursively) or - for stdin (one article, "
                                            "or JSONL records streamed one per line when it starts with '{')."),
    db: Optional[str] = DB,
    processes: Optional[int] = typer.Option(None, "--processes", "-j", help="Worker processes."),
    runner: str = typer.Option("local", "--runner", help="local processes, or ray for a Ray cluster."),
    refresh: bool = typer.Option(False, "--refresh", help="Also re-analyse stored articles that another "
                                 "narrascope build (code, shipped models, display policies) or analyser list "
                                 "analysed (e.g. after new layers landed or a model was retrained)."),
    log_file: Optional[Path] = typer.Option(None, "--log", help="Append skipped items to this file as JSON lines."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar (on stderr)."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON on stdout."),
    models: Optional[Path] = typer.Option(None, "--models", help="Folder of adapted models (models_dir); with "
                                          "--refresh, stored articles analysed by other models are re-analysed."),
) -> None:
    """Analyse articles into the store as they are read; resumable, skips what is already stored."""
    from ..batch import ingest as run_ingest
    from .analyze import _models_dir

    settings, store = _open(db, must_exist=False)
    settings = settings.with_overrides(n_process=processes, models_dir=_models_dir(models))
    err = Console(stderr=True)
    # The total is unknown (a folder is read as it is walked; stdin may never end): show what is done and
    # the rate, not a bar that would need a total.
    bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("[bold]{task.completed}[/] stored"),
                   _Rate(), TimeElapsedColumn(), TextColumn("{task.fields[extra]}", style="dim"), console=err,
                   disable=not progress, transient=False)
    task = bar.add_task("analysing", total=None, extra="")
    seen = {"known": 0, "skip": 0}
    log_stream = open(log_file, "a", encoding="utf-8") if log_file else None  # noqa: SIM115

    def on_event(kind: str, payload) -> None:
        if kind == "done":
            bar.advance(task)
        elif kind in seen:
            seen[kind] += 1
            bar.update(task, extra=f"{seen['known']} already stored · {seen['skip']} skipped")
        if kind == "skip":
            bar.console.print(Text(redact(f"skipped ({payload.stage}): {payload.message}"), style="yellow"))
            if log_stream:
                log_stream.write(json.dumps(payload.__dict__, ensure_ascii=False) + "\n")
                log_stream.flush()

    try:
        pipeline, run = _local_runner(store, settings) if runner == "local" else (None, runner)
        with bar:
            report = run_ingest(paths, store, settings, pipeline=pipeline, on_event=on_event, runner=run,
                                refresh=refresh)
        # Articles join their stories when they are written, so that listing stories only reads.
        from ..monitor import update_stories

        update_stories(store)
    finally:
        if log_stream:
            log_stream.close()
    counts = store.counts()
    store.close()
    if as_json:
        typer.echo(json.dumps({**report.to_dict(), "store": counts}, indent=2))
        return
    err.print(f"read {report.read} · stored {report.stored} (new versions {report.new_versions}) · refreshed "
              f"{report.refreshed} · already stored {report.already_stored} · duplicates {report.duplicates} · "
              f"skipped {report.failed} · "
              f"{report.seconds:.1f}s ({report.rate:.2f} articles/s analysing)")
    err.print(f"store {redact(settings.store)}: {counts['articles']} articles, {counts['analyses']} analyses, "
              f"{counts['aliases']} documents seen")


def _print_rows(rows: list[dict], fmt: TableFormat, title: str) -> None:
    if fmt is TableFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        if fmt is TableFormat.table:
            typer.echo("no results", err=True)
        return
    cols = list(dict.fromkeys(k for r in rows for k in r))
    if fmt is TableFormat.csv:
        w = csv.DictWriter(sys.stdout, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
        return
    table = Table(title=title, title_justify="left")
    for c in cols:
        table.add_column(c, justify="right" if isinstance(rows[0].get(c), (int, float)) else "left")
    for r in rows:
        table.add_row(*[Text("" if r.get(c) is None else str(r.get(c))) for c in cols])
    Console().print(table)


@app.command()
def search(
    text: Optional[str] = typer.Argument(None, help='Full-text query: words must all occur; "quoted phrases" too.'),
    db: Optional[str] = DB,
    narrative: Optional[str] = typer.Option(None, "--narrative", help="A narrative label (domain, coarse or fine)."),
    entity: Optional[str] = typer.Option(None, "--entity", help="An entity name, e.g. 'NATO'."),
    role: Optional[str] = typer.Option(None, "--role", help="Protagonist, Antagonist or Innocent (of --entity, "
                                                        "else of any entity)."),
    technique: Optional[str] = typer.Option(None, "--technique", help="A persuasion technique."),
    source: Optional[str] = typer.Option(None, "--source", help="Only this source."),
    language: Optional[str] = typer.Option(None, "--language", help="Only this language (en, bg, hi, pt, ru)."),
    date_from: Optional[str] = typer.Option(None, "--from", help="From this date (YYYY-MM-DD), inclusive."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Up to this date (YYYY-MM-DD), inclusive."),
    limit: int = typer.Option(20, "--limit", min=1, max=10_000, help="At most this many results."),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many results first."),
    fmt: TableFormat = typer.Option(TableFormat.table, "--format", "-f", help="table, csv or json."),
) -> None:
    """Search the store by text, narrative, entity, technique, source and date."""
    from ..store import HIT_END, HIT_START

    q = _query(text=text, narrative=narrative, entity=entity, role=role, technique=technique, source=source,
               language=language, date_from=date_from, date_to=date_to)
    _, store = _open(db)
    result = store.search(q, limit=limit, offset=offset)
    store.close()
    if fmt is not TableFormat.table:
        rows = []
        for i in result.items:
            d = i.to_dict()
            d["snippet"] = (d["snippet"] or "").replace(HIT_START, "").replace(HIT_END, "")
            d["narratives"] = "; ".join(d["narratives"]) if fmt is TableFormat.csv else d["narratives"]
            rows.append(d)
        if fmt is TableFormat.json:
            typer.echo(json.dumps({"total": result.total, "items": rows}, ensure_ascii=False, indent=2))
        else:
            _print_rows(rows, fmt, "")
        return
    table = Table(title=f"{result.total} articles" + (f" (showing {offset + 1}–{offset + len(result.items)})"
                                                     if result.items else ""), title_justify="left", expand=True)
    for c, kw in (("id", {"justify": "right"}), ("date", {}), ("source", {}), ("title / snippet", {"ratio": 3}),
                  ("narratives", {"ratio": 1})):
        table.add_column(c, **kw)
    for i in result.items:
        cell = Text(i.title or "(untitled)", style="bold")
        if i.snippet:
            cell.append("\n")
            for n, part in enumerate(i.snippet.replace(HIT_END, HIT_START).split(HIT_START)):
                cell.append(part, style="reverse" if n % 2 else "dim")
        table.add_row(str(i.id), i.date or "", i.source or i.language or "", cell, Text("\n".join(i.narratives)))
    Console().print(table)


@app.command()
def trends(
    by: By = typer.Option(By.month, "--by", help="Period: day, week (starting Monday) or month."),
    db: Optional[str] = DB,
    narrative: Optional[str] = typer.Option(None, "--narrative", help="Count articles with this narrative."),
    technique: Optional[str] = typer.Option(None, "--technique", help="Count articles using this technique."),
    entity: Optional[str] = typer.Option(None, "--entity", help="Count articles mentioning this entity."),
    role: Optional[str] = typer.Option(None, "--role", help="With --entity: only where it has this role; alone: "
                                                        "articles with any entity in this role."),
    per_source: bool = typer.Option(False, "--per-source", help="One row per period and source."),
    text: Optional[str] = typer.Option(None, "--query", help="Only articles matching this full-text query."),
    source: Optional[str] = typer.Option(None, "--source", help="Only this source."),
    language: Optional[str] = typer.Option(None, "--language", help="Only this language."),
    date_from: Optional[str] = typer.Option(None, "--from", help="From this date (YYYY-MM-DD)."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Up to this date (YYYY-MM-DD)."),
    fmt: TableFormat = typer.Option(TableFormat.table, "--format", "-f", help="table, csv or json."),
) -> None:
    """Counts and shares of articles per period: all, or those with a narrative, technique or entity role
    (several together mean all of them)."""
    q = _query(text=text, narrative=narrative, entity=entity, role=role, technique=technique, source=source,
               language=language, date_from=date_from, date_to=date_to)
    _, store = _open(db)
    rows = [r.to_dict() for r in store.trends(by.value, q, per_source=per_source)]
    store.close()
    for r in rows:
        r["period"] = r["period"] or "undated"
    who = f"{entity or 'any entity'} as {role}" if role else entity
    what = " & ".join(x for x in (narrative, technique, who) if x) or "all articles"
    _print_rows(rows, fmt, f"{what} per {by.value}")


@app.command()
def export(
    db: Optional[str] = DB,
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f",
                                     help="jsonl (full records), csv or parquet."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file (required for parquet)."),
    narrative: Optional[str] = typer.Option(None, "--narrative", help="Only articles with this narrative."),
    source: Optional[str] = typer.Option(None, "--source", help="Only this source."),
    date_from: Optional[str] = typer.Option(None, "--from", help="From this date (YYYY-MM-DD)."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Up to this date (YYYY-MM-DD)."),
) -> None:
    """Export stored analyses as JSON lines, CSV or Parquet."""
    from ..store.export import export as run_export

    q = _query(narrative=narrative, source=source, date_from=date_from, date_to=date_to)
    _, store = _open(db)
    try:
        if fmt is ExportFormat.parquet and out is None:
            raise UsageError("parquet is binary: give a file with --out FILE.parquet")
        n = run_export(store, fmt.value, out if out else sys.stdout, q)
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        store.close()
    typer.echo(f"exported {n} analyses", err=True)


@app.command()
def reindex(db: Optional[str] = DB) -> None:
    """Rebuild the store's query tables (search, charts, trends, alerts) from the stored analyses, with the
    analysts' corrections applied: for stores written before the tables held only what the reading shows."""
    _, store = _open(db)
    try:
        n = store.reindex()
    finally:
        store.close()
    typer.echo(f"reindexed {n} analyses", err=True)


@app.command()
def serve(
    db: Optional[str] = DB,
    host: Optional[str] = typer.Option(None, "--host", help="Listen address (default: the api_host setting)."),
    port: Optional[int] = typer.Option(None, "--port", help="Port (default: the api_port setting)."),
    token_file: Optional[Path] = typer.Option(
        None, "--token-file", help="File whose first line is the bearer token for writes (api_token_file). "
        "Or set NARRASCOPE_API_TOKEN; a token is never given on the command line, where `ps` would show it."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Worker processes (api_workers)."),
    models: Optional[Path] = typer.Option(None, "--models", help="Folder of adapted models for /api/analyze and "
                                          "POST /api/articles (models_dir)."),
) -> None:
    """Serve the REST API (OpenAPI at /openapi.json) and the dashboard over the store."""
    from ..api import serve as run_serve
    from .analyze import _models_dir

    settings, store = _open(db, must_exist=False)
    settings = settings.with_overrides(api_host=host, api_port=port, api_workers=workers,
                                       models_dir=_models_dir(models),
                                       api_token_file=str(token_file) if token_file else None)
    if settings.api_workers > 1:
        store.close()  # each worker opens its own
        store = None
    run_serve(settings, store)
