"""``narrascope analyze``, ``narrascope schema``, ``narrascope settings`` and ``--version``."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .._version import __version__
from ..errors import UsageError
from ..pipeline import Failure, load_pipeline
from ..readers import RECORD_EXT, ReadFailure, iter_articles
from ..report import print_report
from ..schema import json_schema
from ..settings import describe_settings, load_settings, redact, user_settings_file
from . import app


class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"narrascope {__version__}")
        raise typer.Exit()


@app.callback()
def root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    """Read news like a disinformation analyst."""


def _models_dir(path: Optional[Path]) -> Optional[str]:
    """``--models DIR`` as the models_dir setting: the folder must hold at least one adapted model."""
    if path is None:
        return None
    if not any((path / name / "model.npz").is_file() for name in ("narratives", "framing", "persuasion", "evidence")):
        raise UsageError(f"--models {path}: no adapted model in it (expected {path}/framing/model.npz, "
                         "…/narratives/…, …/persuasion/… or …/evidence/…); train one with "
                         f"`narrascope train framing --data … --corrections DB --out {path}`")
    return str(path.resolve())


def _is_batch(paths: list[str]) -> bool:
    if len(paths) != 1:
        return True
    if paths[0] == "-":
        from ..readers import stdin_is_jsonl

        return stdin_is_jsonl()  # JSONL records streamed on stdin are a batch; anything else is one article
    p = Path(paths[0])
    return p.is_dir() or p.suffix.lower() in RECORD_EXT


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help="Article file(s), folder(s), or - for stdin."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text report, one JSON document, or JSON lines."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file instead of stdout."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="Refuse inputs bigger than this many bytes."),
    processes: Optional[int] = typer.Option(None, "--processes", "-j",
                                            help="Worker processes for folders and batches."),
    analysers: Optional[str] = typer.Option(None, "--analysers", help="Comma-separated analysers to run."),
    show_all: bool = typer.Option(False, "--all", help=(
        "Text report: also show the items below their layer's display-precision target, marked low "
        "confidence (JSON always keeps every item with its 'shown' flag).")),
    models: Optional[Path] = typer.Option(None, "--models", help="Folder of adapted models (train … --corrections "
                                          "--out DIR); the models_dir setting."),
) -> None:
    """Analyse articles and print their structured reading."""
    settings = load_settings(max_input_bytes=max_bytes, n_process=processes, analysers=analysers,
                             models_dir=_models_dir(models))
    batch = _is_batch(paths)
    pipeline = load_pipeline(settings=settings)
    items = iter_articles(paths, settings)
    results = pipeline.pipe(items, n_process=settings.n_process if batch else 1)
    try:
        stream = open(out, "w", encoding="utf-8") if out else sys.stdout  # noqa: SIM115
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror}") from None
    console = Console(file=stream, width=120 if out else None)
    ok, bad = 0, []
    collected: list[dict] = []
    try:
        for res in results:
            if isinstance(res, (ReadFailure, Failure)):
                bad.append(res)
                typer.echo(f"{'skipped' if batch else 'error'}: {res.message}", err=True)
                continue
            ok += 1
            if format is Format.text:
                print_report(res, console, show_all=show_all)
            elif format is Format.jsonl:
                stream.write(res.model_dump_json() + "\n")
                stream.flush()  # a reader at the other end of a pipe gets each record as it is done
            else:
                collected.append(res.model_dump(mode="json"))
        if format is Format.json and ok:
            json.dump(collected[0] if not batch else collected, stream, ensure_ascii=False, indent=2)
            stream.write("\n")
    finally:
        if out:
            stream.close()
    if batch:
        typer.echo(f"analysed {ok}, skipped {len(bad)}", err=True)
    if ok == 0 and bad:
        raise typer.Exit(1)


@app.command()
def schema(out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the schema to this file.")) -> None:
    """Print the JSON Schema of the Analysis record."""
    text = json.dumps(json_schema(), indent=2)
    if out:
        out.write_text(text + "\n", encoding="utf-8")
    else:
        typer.echo(text)


@app.command("settings")
def show_settings() -> None:
    """List every setting: current value, type and range, shipped default and help line.

    Values come from the shipped defaults < the user file < NARRASCOPE_* environment; secrets (the token,
    the store's password) show as ***. Each model setting also names the folder its model is read from.
    """
    from ..models import MODEL_SETTINGS, model_path

    current = load_settings()
    model_of = {setting: name for name, setting in MODEL_SETTINGS.items()}
    typer.echo(f"# user file: {user_settings_file()}"
               f"{'' if user_settings_file().is_file() else ' (none)'}; environment: NARRASCOPE_<NAME>")
    for name, spec in describe_settings().items():
        value = current.shown(name)
        kind = spec["type"] + (f" in {spec['range']}" if spec["range"] else "")
        default = "" if spec["secret"] == "value" else spec["default"]
        shown = redact(f"{value!r}  ({kind}; default {default!r})", current)  # belt and braces over shown()
        if name in model_of:
            shown += f" [reads {model_path(current, model_of[name], check=False)}]"
        typer.echo(f"{name} = {shown} — {spec['help']}")


