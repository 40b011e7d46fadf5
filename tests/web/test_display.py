"""Precision at display on the dashboard's article page and in the text report: items below their layer's
display target are hidden by default, shown and marked with ``?all=1`` / ``--all``; the JSON keeps them."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from rich.console import Console

from narrascope.api import create_app
from narrascope.display import shown_only
from narrascope.report import render
from narrascope.settings import Settings
from narrascope.store import open_store

NATO = Path(__file__).resolve().parents[2] / "examples" / "nato_expansion.txt"


@pytest.fixture(scope="module")
def stored(pipeline):
    from narrascope import read_path

    art = read_path(NATO)
    a = pipeline(art)
    store = open_store(":memory:")
    store.put(art, a)
    return a, TestClient(create_app(Settings(), store, pipeline), raise_server_exceptions=False)


def _hidden_role(a):
    return next(e for e in a.entities if e.role is not None and not e.role.shown)


def test_the_analysis_keeps_every_item_with_its_flag(stored):
    a, _ = stored
    assert any(e.role is not None and not e.role.shown for e in a.entities)
    assert any(e.role is not None and e.role.shown for e in a.entities)
    members = a.cast.protagonists + a.cast.antagonists + a.cast.innocents
    assert any(not m.shown for m in members) and any(m.shown for m in members)
    assert '"shown": false' in a.model_dump_json(indent=1).replace('"shown":false', '"shown": false')


def test_shown_only_drops_what_is_below_target_and_leaves_the_analysis_alone(stored):
    a, _ = stored
    hidden = _hidden_role(a)
    view = shown_only(a)
    assert next(e for e in view.entities if e.id == hidden.id).role is None
    assert _hidden_role(a).id == hidden.id  # the original is unchanged
    members = view.cast.protagonists + view.cast.antagonists + view.cast.innocents
    assert members and all(m.shown for m in members)


def test_article_page_hides_low_confidence_items_unless_all_is_asked(stored):
    a, client = stored
    hidden = _hidden_role(a)
    page = client.get("/articles/1")
    assert page.status_code == 200, page.text
    assert 'href="?all=1"' in page.text and "low confidence" not in page.text.split("display-toggle")[-1]
    cast = page.text.split('id="cast"')[1].split("</section>")[0]
    assert hidden.name not in cast
    everything = client.get("/articles/1?all=1")
    assert everything.status_code == 200
    cast = everything.text.split('id="cast"')[1].split("</section>")[0]
    assert hidden.name in cast and "low confidence" in cast


def test_text_report_hides_unless_show_all(stored):
    a, _ = stored
    hidden = _hidden_role(a)

    def text(show_all):
        console = Console(record=True, width=200)
        console.print(render(a, show_all=show_all))
        return console.export_text()

    default, everything = text(False), text(True)
    cast = default.split("Cast")[1].split("Quotes")[0]
    assert hidden.name not in cast
    assert hidden.name in everything.split("Cast")[1] and "low confidence" in everything
