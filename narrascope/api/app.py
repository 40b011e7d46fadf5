"""Routes of the REST API. Reads go to the store; writes (analyse-and-store) need the bearer token, and so
does ``/api/analyze`` whenever a token is set (unless ``api_analyze_open``). Analyses run in a bounded pool."""
from __future__ import annotations

import hmac
from datetime import date
from typing import Any, Literal

from fastapi import Depends, FastAPI, Path
from fastapi import Query as Q
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .._version import __version__
from ..batch import pipeline_fingerprint
from ..readers import article_from_record
from ..schema import SCHEMA_VERSION
from ..service import QUERY_LIMITS, ApiError
from ..settings import Settings
from ..store import HIT_END, HIT_START, Query, Store, open_store
from .corrections import corrected
from .errors import BodyLimit, ErrorBody, install_error_handlers
from .models import (
    AnalyzeOut,
    ArticleIn,
    ArticleItem,
    ArticleOut,
    ArticlePage,
    FramingOut,
    Health,
    Stored,
    TrendsOut,
)
from .pool import AnalysisPool, Busy

_ERRORS = {code: {"model": ErrorBody} for code in (400, 401, 403, 404, 413, 422, 500, 503)}
_ANALYSE_ERRORS = {code: {"model": ErrorBody} for code in (400, 401, 403, 404, 413, 422, 429, 500, 503)}
MAX_OFFSET = 1_000_000
_DAY = r"^\d{4}-\d{2}-\d{2}$"


def _text_filters(q: str | None = Q(None, max_length=QUERY_LIMITS["q"],
                                    description='Full-text query; "quoted phrases" allowed.'),
                  narrative: str | None = Q(None, max_length=QUERY_LIMITS["narrative"],
                                            description="Narrative label (any level)."),
                  entity: str | None = Q(None, max_length=QUERY_LIMITS["entity"], description="Entity name."),
                  role: Literal["Protagonist", "Antagonist", "Innocent"] | None = Q(
                      None, description="The entity's role (any entity with this role when no entity is given)."),
                  technique: str | None = Q(None, max_length=QUERY_LIMITS["technique"],
                                            description="Persuasion technique."),
                  source: str | None = Q(None, max_length=QUERY_LIMITS["source"]),
                  language: Literal["en", "bg", "hi", "pt", "ru"] | None = None,
                  date_from: str | None = Q(None, alias="from", pattern=_DAY, json_schema_extra={"format": "date"},
                                            description="From this day (YYYY-MM-DD), inclusive."),
                  date_to: str | None = Q(None, alias="to", pattern=_DAY, json_schema_extra={"format": "date"},
                                          description="Up to this day (YYYY-MM-DD), inclusive.")) -> Query:
    for name, value in (("from", date_from), ("to", date_to)):
        try:
            if value is not None:
                date.fromisoformat(value)
        except ValueError:
            raise ApiError(422, f"query.{name}: {value!r} is not a calendar date", "invalid_request") from None
    return Query(text=q, narrative=narrative, entity=entity, role=role, technique=technique, source=source,
                 language=language, date_from=date_from, date_to=date_to)


def build_app(settings: Settings | None, store: Store | None, pipeline: Any) -> FastAPI:
    """Assemble the app: error handlers, body limit, auth, API routes and the dashboard."""
    settings = settings or Settings()
    store = store or open_store(settings.store)
    token = settings.token()  # read once (api_token, else api_token_file): a bad token file fails at start
    app = FastAPI(title="narrascope", version=__version__,
                  description="Narratives, entity roles, persuasion, quotes and claims of news articles, with "
                              "evidence; search and trends over a stored corpus. Every error has the shape "
                              '`{"error": {"status", "code", "message", "details"}}`.')
    app.state.settings, app.state.store = settings, store
    install_error_handlers(app)
    app.add_middleware(BodyLimit, limit=settings.api_max_body_bytes)
    bearer = HTTPBearer(auto_error=False, description="The api_token setting.")

    def load():
        from ..pipeline import load_pipeline

        return load_pipeline(settings=settings)

    # A pipeline given by the caller is shared by the workers; otherwise each worker loads its own.
    pool = AnalysisPool(settings.api_analyze_workers, settings.api_analyze_queue, load, shared=pipeline)
    app.state.analysis_pool = pool

    def check_token(creds: HTTPAuthorizationCredentials | None, why: str) -> None:
        if not token:
            raise ApiError(403, f"{why} are disabled on this server: set the api_token setting "
                                "(NARRASCOPE_API_TOKEN or api_token_file) to enable them", "forbidden")
        if creds is None or not hmac.compare_digest(creds.credentials.encode(), token.encode()):
            raise ApiError(401, "missing or wrong bearer token (Authorization: Bearer <api_token>)",
                           "unauthorized", headers={"WWW-Authenticate": "Bearer"})

    def can_read(creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
        check_token(creds, "reads")

    # Open reads declare no security in the OpenAPI document, so clients (and schemathesis) see the truth.
    read = [Depends(can_read)] if settings.api_protect_reads else []

    def can_write(creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
        check_token(creds, "writes")

    def can_analyse(creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
        check_token(creds, "analyses")

    # /api/analyze runs the models: CPU for whoever calls it. With a token set it needs the token, unless the
    # operator opens it on purpose (api_analyze_open); then, or without a token, it is guarded like the reads.
    analyse_guard = [Depends(can_analyse)] if token and not settings.api_analyze_open else read

    def analyse(body: ArticleIn):
        if len(body.text) > settings.api_max_text_chars:
            raise ApiError(413, f"body.text: {len(body.text)} characters, over the limit of "
                                f"{settings.api_max_text_chars} (api_max_text_chars)", "text_too_large")
        # The same record -> Article function as JSON/JSONL/CSV ingest: same checks, same article, same analysis.
        article = article_from_record(body.model_dump(exclude_none=True), settings, where="body")
        try:
            return pool.run(lambda p: (article, p(article), pipeline_fingerprint(p)))
        except Busy as busy:
            raise ApiError(429, f"every analysis worker is busy and {settings.api_analyze_queue} analyses are "
                                f"waiting (api_analyze_workers, api_analyze_queue); retry after "
                                f"{busy.retry_after} s", "too_many_requests",
                           headers={"Retry-After": str(busy.retry_after)}) from None

    def marks(snippet: str | None) -> str | None:
        return snippet.replace(HIT_START, "«").replace(HIT_END, "»") if snippet else snippet

    @app.get("/api/health", response_model=Health, tags=["meta"], responses=_ERRORS)
    def health() -> dict:
        """Liveness and store counts."""
        return {"status": "ok", "version": __version__, "schema_version": SCHEMA_VERSION, "store": store.counts()}

    @app.post("/api/analyze", response_model=AnalyzeOut, response_model_exclude_none=True, tags=["analyse"],
              responses=_ANALYSE_ERRORS, dependencies=analyse_guard)
    def analyze(body: ArticleIn) -> dict:
        """Analyse a posted article and return its Analysis; nothing is stored. Needs the bearer token when
        one is set (unless api_analyze_open); 429 with Retry-After when the analysis queue is full."""
        _, analysis, _ = analyse(body)
        return {"analysis": analysis}

    @app.post("/api/articles", response_model=AnalyzeOut, response_model_exclude_none=True, status_code=201,
              tags=["analyse"], responses=_ANALYSE_ERRORS, dependencies=[Depends(can_write)])
    def analyze_and_store(body: ArticleIn) -> dict:
        """Analyse a posted article and store it (needs the bearer token); identical content is stored once."""
        article, analysis, fingerprint = analyse(body)
        # Stored with the pipeline's fingerprint, so `ingest --refresh` knows it is current; content stored
        # by another pipeline gets this fresh analysis (as a refresh would).
        known = store.pipelines([article.content_hash])  # this article's only, not the whole store's
        stale = article.content_hash in known and known[article.content_hash] != fingerprint
        put = store.put(article, analysis, pipeline=fingerprint, replace=stale)
        # The new article joins its story now (a write), so that GETs only read.
        from ..monitor import update_stories

        update_stories(store)
        return {"analysis": analysis, "stored": Stored(id=put.article_id, status=put.status, version=put.version)}

    @app.get("/api/articles", response_model=ArticlePage, tags=["corpus"], responses=_ERRORS,
             dependencies=read)
    def list_articles(query: Query = Depends(_text_filters),
                      limit: int = Q(settings.api_page_size, ge=1, le=100),
                      offset: int = Q(0, ge=0, le=MAX_OFFSET)) -> dict:
        """Search and list articles with filters and pagination (best text match first, else newest first)."""
        result = store.search(query, limit=limit, offset=offset)
        items = [ArticleItem(**{**i.to_dict(), "snippet": marks(i.snippet)}) for i in result.items]
        return {"total": result.total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/articles/{article_id}", response_model=ArticleOut, response_model_exclude_none=True,
             tags=["corpus"], responses=_ERRORS, dependencies=read)
    def get_article(article_id: int = Path(ge=1, le=2**62)) -> dict:
        """One stored article: raw text, its analysis, aliases and versions."""
        found = store.get(article_id)
        if found is None:
            raise ApiError(404, f"no article {article_id} in the store", "not_found")
        return corrected(store, found)  # the reading with analysts' corrections applied and listed

    @app.get("/api/trends", response_model=TrendsOut, tags=["corpus"], responses=_ERRORS,
             dependencies=read)
    def trends(by: Literal["day", "week", "month"] = "month", per_source: bool = False,
               query: Query = Depends(_text_filters)) -> dict:
        """Per period: articles with the narrative, technique and entity/role asked for (all of them, when
        several are given), among all articles matching the other filters (count, total and share)."""
        metric = {k: v for k, v in (("narrative", query.narrative), ("technique", query.technique),
                                    ("entity", query.entity), ("role", query.role)) if v}
        rows = [r.to_dict() for r in store.trends(by, query, per_source=per_source)]
        return {"by": by, "metric": metric, "rows": rows}

    @app.get("/api/entities/{name}/framing", response_model=FramingOut, tags=["corpus"], responses=_ERRORS,
             dependencies=read)
    def framing(name: str = Path(min_length=1, max_length=300),
                by: Literal["day", "week", "month"] = "month") -> dict:
        """How the corpus casts one entity over time: articles per period and main role."""
        return {"entity": name, "by": by, "rows": store.framing(name, by)}

    @app.get("/api/overview", tags=["corpus"], responses=_ERRORS, dependencies=read)
    def overview() -> dict[str, Any]:
        """Corpus numbers behind the dashboard: counts, articles per day, top narratives, heat map."""
        return store.overview()

    from ..web import mount_dashboard
    from .corrections import add_correction_routes
    from .monitor import add_monitor_routes

    add_monitor_routes(app, store, read)
    add_correction_routes(app, store, settings, read)
    mount_dashboard(app, store, settings, read)
    return app
