"""``narrascope corrections list|export``: the analysts' corrections kept in a store."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from ..errors import UsageError
from . import app
from .corpus import DB, _open

corrections_app = typer.Typer(help="Analysts' corrections in the store (posted through the API or dashboard).",
                              no_args_is_help=True)
app.add_typer(corrections_app, name="corrections")

_LAYER = typer.Option(None, "--layer", help="Only this layer: narratives, cast, persuasion or quotes.")
_ARTICLE = typer.Option(None, "--article", min=1, help="Only corrections of this stored article id.")


def _rows(db: Optional[str], article: Optional[int], layer: Optional[str]) -> list:
    from ..store.corrections import LAYERS

    if layer is not None and layer not in LAYERS:
        raise UsageError(f"--layer {layer!r}: use one of {', '.join(LAYERS)}")
    _, store = _open(db)
    try:
        return store.corrections(article=article, layer=layer)
    finally:
        store.close()


@corrections_app.command("list")
def list_cmd(db: Optional[str] = DB, article: Optional[int] = _ARTICLE, layer: Optional[str] = _LAYER) -> None:
    """One line per correction: id, article, layer, target, the model's value -> the analyst's, who, when."""
    rows = _rows(db, article, layer)
    for c in rows:
        typer.echo(f"{c.id}\tarticle {c.article_id}\t{c.layer}\t{c.target}\t"
                   f"{json.dumps(c.model_value, ensure_ascii=False)} -> "
                   f"{json.dumps(c.analyst_value, ensure_ascii=False)}\t{c.who}\t{c.created_at}")
    typer.echo(f"{len(rows)} corrections", err=True)


@corrections_app.command("export")
def export_cmd(db: Optional[str] = DB, article: Optional[int] = _ARTICLE, layer: Optional[str] = _LAYER,
               out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file.")) -> None:
    """Every correction as JSON lines (oldest first), with the model's value beside the analyst's."""
    rows = _rows(db, article, layer)
    try:
        stream = open(out, "w", encoding="utf-8") if out else sys.stdout  # noqa: SIM115
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror}") from None
    try:
        for c in rows:
            stream.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
    finally:
        if out:
            stream.close()
    typer.echo(f"exported {len(rows)} corrections", err=True)
