"""Dashboard side of analyst corrections: the forms on the article page post here (no JavaScript: plain HTML
forms with the bearer token in a password field), and ``/corrections`` lists every correction with links."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ..settings import Settings
from ..store import Store


def correction_choices() -> dict[str, Any]:
    """What the correction forms offer: narrative labels, main and fine roles, techniques."""
    from ..taxonomy.narratives import load_taxonomy
    from ..taxonomy.roles import fine_roles

    tax = load_taxonomy()
    return {"narratives": [x for x in tax.coarse if x != "Other"] + [x for x in tax.fine if x != "Other"] + ["Other"],
            "main_roles": ["Protagonist", "Antagonist", "Innocent"], "fine_roles": list(fine_roles())}


def form_body(form: dict[str, list[str]]) -> dict[str, Any]:
    """The API body of a correction from the article page's form fields (see ``corrections_forms.html``)."""
    from ..taxonomy.narratives import load_taxonomy

    one = {k: v[-1] for k, v in form.items() if v}
    layer = one.get("layer", "")
    if layer == "narratives":
        tax = load_taxonomy()
        labels = [x for x in form.get("label", []) + form.get("add", []) if x]
        # Unknown labels go to `coarse`, so the check names them (422) instead of dropping them.
        return {"layer": layer, "coarse": [x for x in labels if x not in tax.parent or x in tax.gist],
                "fine": [x for x in labels if x in tax.parent and x not in tax.gist]}
    if layer == "cast":
        return {"layer": layer, "entity": one.get("entity", ""), "main_role": one.get("main_role") or None,
                "fine_roles": [x for x in form.get("fine_roles", []) if x]}
    if layer == "persuasion":
        def num(key: str) -> Any:
            value = one.get(key, "")
            return int(value) if value.lstrip("-").isdigit() else value
        return {"layer": layer, "start": num("start"), "end": num("end"), "technique": one.get("technique", ""),
                "verdict": one.get("verdict", "")}
    return {"layer": layer, "quote": one.get("quote", ""), "speaker": one.get("speaker", "")}


def mount_correction_pages(app: FastAPI, store: Store, settings: Settings, page: Callable[..., HTMLResponse],
                           read: list[Any]) -> None:
    """``POST /articles/{id}/corrections`` (form, token in the form) and ``GET /corrections``."""
    from ..errors import InputError
    from ..service import ApiError, check_token, post_correction

    token = settings.token()

    @app.post("/articles/{article_id}/corrections", response_class=HTMLResponse, include_in_schema=False)
    async def submit(request: Request, article_id: int = Path(ge=1, le=2**62)):
        form = parse_qs((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)
        try:
            who = check_token(token, (form.get("token") or [""])[-1])
            post_correction(store, article_id, form_body(form), who)
        except ApiError as exc:
            return page("correction_error.html", status_code=exc.status, message=exc.message, article_id=article_id)
        except InputError as exc:
            return page("correction_error.html", status_code=422, message=str(exc), article_id=article_id)
        return RedirectResponse(f"/articles/{article_id}#corrections", status_code=303)

    @app.get("/corrections", response_class=HTMLResponse, include_in_schema=False, dependencies=read)
    def corrections_page(layer: str | None = None) -> HTMLResponse:
        items = store.corrections(layer=layer if layer in ("narratives", "cast", "persuasion", "quotes") else None)
        return page("corrections.html", items=list(reversed(items)), layer=layer)
