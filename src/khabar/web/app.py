"""``khabar serve``: the web pages and the REST API over one store.

Pages are Jinja2 templates with autoescaping on (article text is untrusted); every page has a ``.json`` twin
with the data it shows. The REST API lives under ``/api/`` with its OpenAPI schema at ``/openapi.json``.
Everything is read through ``khabar.store.read.Reader``; nothing here queries the store itself.
"""

from __future__ import annotations

import csv
import hmac
import io
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException

from khabar import __version__
from khabar.store.read import Ambiguous, Reader, open_store
from khabar.store.search import SearchError
from khabar.web import render, schemas

HERE = Path(__file__).resolve().parent
TOKEN_COOKIE = "khabar_token"
# No inline or foreign script may run, whatever an article contains; styles and SVG stay inline.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
MAX_LIMIT = 500


def _templates() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["number"] = render.number
    env.globals.update(version=__version__, bar_chart=render.bar_chart, graph_drawing=render.graph_drawing,
                       series_chart=render.series_chart,
                       urlencode=urlencode)
    return env


def token_ok(given: str | None, token: str) -> bool:
    """Constant-time comparison, so the time taken does not tell how much of a guess was right."""
    return given is not None and hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8"))


def create_app(db_path: str | Path | None = None, token: str | None = None) -> FastAPI:
    """The app over the store at ``db_path``; with ``token``, every request must carry it (``Authorization:
    Bearer T``, or ``?token=T`` once, which sets a cookie)."""
    app = FastAPI(title="khabar", version=__version__, docs_url="/api/docs", redoc_url=None,
                  description="Stories, entities, quotes, claims and search over a khabar store. "
                              "Records follow the export contract (docs/export.md).")
    env = _templates()
    local = threading.local()
    path = str(db_path) if db_path else None
    open_store(path).close()  # create or migrate the store once, up front (a bad path fails here)

    def reader() -> Reader:
        # sqlite3 connections belong to one thread; the server answers from a pool of threads
        if getattr(local, "reader", None) is None:
            local.reader = Reader(open_store(path))
        return local.reader

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable) -> Response:
        if token:
            auth = request.headers.get("authorization", "")
            given = auth[7:] if auth.lower().startswith("bearer ") else None
            from_query = request.query_params.get("token")
            if not any(token_ok(g, token) for g in (given, from_query, request.cookies.get(TOKEN_COOKIE))):
                return JSONResponse({"detail": "a token is needed: Authorization: Bearer TOKEN or ?token=TOKEN"},
                                    status_code=401)
        response = await (_head(request, call_next) if request.method == "HEAD" else call_next(request))
        if token and token_ok(request.query_params.get("token"), token):
            response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    async def _head(request: Request, call_next: Callable) -> Response:
        """HEAD is GET without the body (uptime checks, ``curl -I``): every page and API answers it."""
        request.scope["method"] = "GET"
        response = await call_next(request)
        request.scope["method"] = "HEAD"
        headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
        size = 0
        async for chunk in response.body_iterator:
            size += len(chunk)
        headers["content-length"] = str(size)
        return Response(status_code=response.status_code, headers=headers)

    @app.exception_handler(LookupError)
    async def not_found(request: Request, exc: LookupError) -> Response:
        status = 409 if isinstance(exc, Ambiguous) else 404
        return _error(request, status, str(exc))

    @app.exception_handler(SearchError)
    async def bad_query(request: Request, exc: SearchError) -> Response:
        return _error(request, 400, str(exc))

    def _error(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/") or request.url.path.endswith(".json"):
            return JSONResponse({"detail": message}, status_code=status)
        html = env.get_template("error.html").render(request=request, status=status, message=message)
        return HTMLResponse(html, status_code=status)

    def page(request: Request, template: str, data: dict[str, Any], as_json: bool, **context: Any) -> Response:
        if as_json:
            return JSONResponse(data)
        json_url = request.url.path + ".json" + (f"?{request.url.query}" if request.url.query else "")
        html = env.get_template(template).render(request=request, data=data, json_url=json_url, **context)
        return HTMLResponse(html)

    def twin(ref: str) -> tuple[str, bool]:
        return (ref[:-5], True) if ref.endswith(".json") else (ref, False)

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    # -- pages ------------------------------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def home() -> Response:
        return RedirectResponse("/stories")

    def stories_page(request: Request, as_json: bool, lang: str | None, source: str | None, entity: str | None,
                     date_from: str | None, date_to: str | None, offset: int) -> Response:
        data = reader().stories(lang=lang or None, source=source or None, entity=entity or None,
                                date_from=date_from or None, date_to=date_to or None, limit=50,
                                offset=offset).to_dict()
        filters = {"lang": lang or "", "source": source or "", "entity": entity or "", "from": date_from or "",
                   "to": date_to or ""}
        return page(request, "stories.html", data, as_json, filters=filters)

    @app.get("/stories", include_in_schema=False)
    def stories_html(request: Request, lang: str | None = None, source: str | None = None,
                     entity: str | None = None, date_from: str | None = Query(None, alias="from"),
                     date_to: str | None = Query(None, alias="to"), offset: int = Query(0, ge=0)) -> Response:
        return stories_page(request, False, lang, source, entity, date_from, date_to, offset)

    @app.get("/stories.json", include_in_schema=False)
    def stories_json(request: Request, lang: str | None = None, source: str | None = None,
                     entity: str | None = None, date_from: str | None = Query(None, alias="from"),
                     date_to: str | None = Query(None, alias="to"), offset: int = Query(0, ge=0)) -> Response:
        return stories_page(request, True, lang, source, entity, date_from, date_to, offset)

    @app.get("/stories/{ref}", include_in_schema=False)
    def story_html(request: Request, ref: str) -> Response:
        ref, as_json = twin(ref)
        return page(request, "story.html", reader().story(ref), as_json)

    def threads_page(request: Request, as_json: bool, offset: int) -> Response:
        return page(request, "threads.html", reader().thread_page(limit=50, offset=offset).to_dict(), as_json)

    @app.get("/threads", include_in_schema=False)
    def threads_html(request: Request, offset: int = Query(0, ge=0)) -> Response:
        return threads_page(request, False, offset)

    @app.get("/threads.json", include_in_schema=False)
    def threads_json(request: Request, offset: int = Query(0, ge=0)) -> Response:
        return threads_page(request, True, offset)

    @app.get("/threads/{ref}", include_in_schema=False)
    def thread_html(request: Request, ref: str) -> Response:
        ref, as_json = twin(ref)
        return page(request, "thread.html", reader().thread(ref), as_json)

    def entities_page(request: Request, as_json: bool, type_: str | None, q: str | None, include_weak: bool,
                      offset: int) -> Response:
        data = reader().entities(type_=type_ or None, q=q or None, limit=100, offset=offset,
                                 include_weak=include_weak).to_dict()
        filters = {"type": type_ or "", "q": q or "", **({"all": "1"} if include_weak else {})}
        return page(request, "entities.html", data, as_json, filters=filters)

    @app.get("/entities", include_in_schema=False)
    def entities_html(request: Request, type: str | None = None, q: str | None = None,
                      include_weak: bool = Query(False, alias="all"), offset: int = Query(0, ge=0)) -> Response:
        return entities_page(request, False, type, q, include_weak, offset)

    @app.get("/entities.json", include_in_schema=False)
    def entities_json(request: Request, type: str | None = None, q: str | None = None,
                      include_weak: bool = Query(False, alias="all"), offset: int = Query(0, ge=0)) -> Response:
        return entities_page(request, True, type, q, include_weak, offset)

    @app.get("/entities/{ref}", include_in_schema=False)
    def entity_html(request: Request, ref: str) -> Response:
        ref, as_json = twin(ref)
        return page(request, "entity.html", reader().entity(ref), as_json)

    def articles_page(request: Request, as_json: bool, lang: str | None, source: str | None, offset: int) -> Response:
        data = reader().articles(lang=lang or None, source=source or None, limit=100, offset=offset).to_dict()
        return page(request, "articles.html", data, as_json)

    @app.get("/articles", include_in_schema=False)
    def articles_html(request: Request, lang: str | None = None, source: str | None = None,
                      offset: int = Query(0, ge=0)) -> Response:
        return articles_page(request, False, lang, source, offset)

    @app.get("/articles.json", include_in_schema=False)
    def articles_json(request: Request, lang: str | None = None, source: str | None = None,
                      offset: int = Query(0, ge=0)) -> Response:
        return articles_page(request, True, lang, source, offset)

    @app.get("/articles/{ref}", include_in_schema=False)
    def article_html(request: Request, ref: str, start: int | None = None, end: int | None = None) -> Response:
        ref, as_json = twin(ref)
        data = reader().article(ref)
        if as_json:
            return JSONResponse(data)
        focus = (start, end) if start is not None and end is not None else None
        pieces = render.highlight(data["text"], {
            "boilerplate": data["boilerplate_spans"], "quote": data["quotes"], "mention": data["mentions"],
            "date": data["timexes"], "number": data["quantities"]}, focus)
        return page(request, "article.html", data, False, pieces=pieces, focus=focus)

    def search_page(request: Request, as_json: bool, q: str, syntax: str, lang: str | None, source: str | None,
                    entity: str | None, date_from: str | None, date_to: str | None, offset: int,
                    exact: bool = False, synonyms: bool = True) -> Response:
        data: dict[str, Any] = {"query": q, "items": [], "total": 0, "facets": {}, "entities": [], "suggestions": []}
        if q.strip():  # an empty form is the page itself; a bad date or range is a 400 (SearchError)
            data = reader().search(q, syntax=syntax, lang=lang or None, source=source or None,
                                   entity=entity or None, date_from=date_from or None, date_to=date_to or None,
                                   limit=20, offset=offset, exact=exact, synonyms=synonyms).to_dict()
        filters = {"q": q, "syntax": syntax, "lang": lang or "", "source": source or "", "entity": entity or "",
                   "from": date_from or "", "to": date_to or ""}
        filters.update({"exact": "1"} if exact else {})
        filters.update({} if synonyms else {"synonyms": "0"})
        return page(request, "search.html", data, as_json, filters=filters)

    @app.get("/search", include_in_schema=False)
    def search_html(request: Request, q: str = "", syntax: str = Query("plain", pattern="^(plain|fts)$"),
                    lang: str | None = None, source: str | None = None, entity: str | None = None,
                    date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
                    offset: int = Query(0, ge=0), exact: bool = False, synonyms: bool = True) -> Response:
        return search_page(request, False, q, syntax, lang, source, entity, date_from, date_to, offset, exact,
                           synonyms)

    @app.get("/search.json", include_in_schema=False)
    def search_json(request: Request, q: str = "", syntax: str = Query("plain", pattern="^(plain|fts)$"),
                    lang: str | None = None, source: str | None = None, entity: str | None = None,
                    date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
                    offset: int = Query(0, ge=0), exact: bool = False, synonyms: bool = True) -> Response:
        return search_page(request, True, q, syntax, lang, source, entity, date_from, date_to, offset, exact,
                           synonyms)

    # -- REST API ---------------------------------------------------------------------------------------
    limit_q = Query(50, ge=1, le=MAX_LIMIT)
    offset_q = Query(0, ge=0)

    @app.get("/api/stories", response_model=schemas.StoryPage, tags=["stories"])
    def api_stories(lang: str | None = None, source: str | None = None,
                    entity: str | None = Query(None, description="an entity id or any of its names"),
                    date_from: str | None = Query(None, alias="from", description="YYYY[-MM[-DD]]"),
                    date_to: str | None = Query(None, alias="to", description="YYYY[-MM[-DD]]"),
                    min_articles: int = Query(1, ge=1, description="carried by at least this many articles"),
                    limit: int = limit_q, offset: int = offset_q) -> dict[str, Any]:
        """Stories, newest first (stories.jsonl records plus languages and outlets)."""
        return reader().stories(lang=lang, source=source, entity=entity, date_from=date_from, date_to=date_to,
                                min_articles=min_articles, limit=limit, offset=offset).to_dict()

    @app.get("/api/stories/{story_id}", response_model=schemas.StoryDetail, tags=["stories"])
    def api_story(story_id: str) -> dict[str, Any]:
        """One story (id or unique prefix): extractive summary, sources grouped by syndication, timeline,
        quotes by speaker, claims, figure series, entities."""
        return reader().story(story_id)

    @app.get("/api/threads", response_model=schemas.ThreadPage, tags=["threads"])
    def api_threads(limit: int = limit_q, offset: int = offset_q) -> dict[str, Any]:
        """Threads (an ongoing affair: stories over days), the one with the latest story first."""
        return reader().thread_page(limit=limit, offset=offset).to_dict()

    @app.get("/api/threads/{thread_id}", response_model=schemas.ThreadDetail, tags=["threads"])
    def api_thread(thread_id: str) -> dict[str, Any]:
        """One thread (id or unique prefix): its stories day by day, and each figure stated on two dates or more
        as a dated series with its sources (a rising toll is a series, not a conflict)."""
        return reader().thread(thread_id)

    @app.get("/api/entities", response_model=schemas.EntityPage, tags=["entities"])
    def api_entities(type: str | None = Query(None, description="PER, LOC or ORG"),
                     q: str | None = Query(None, description="a name, alias or Latin name"),
                     story: str | None = None,
                     include_weak: bool = Query(False, alias="all", description=(
                         "also list weakly supported entities (a single tagged mention)")),
                     limit: int = limit_q, offset: int = offset_q) -> dict[str, Any]:
        """Entities, most mentioned first: those something supports (a known name, two articles, or two tagged
        mentions in one article), as `khabar entities` lists them; `all=true` adds the rest. `hidden` counts
        the entities left out."""
        return reader().entities(type_=type, q=q, story=story, limit=limit, offset=offset,
                                 include_weak=include_weak).to_dict()

    @app.get("/api/entities/{name}", response_model=schemas.EntityDetail, tags=["entities"])
    def api_entity(name: str) -> dict[str, Any]:
        """One entity by id or by any name in either script: aliases, stories over time, quotes, co-occurring."""
        return reader().entity(name)

    @app.get("/api/quotes", response_model=schemas.QuotePage, tags=["quotes"])
    def api_quotes(speaker: str | None = Query(None, description="any name of the speaker, either script"),
                   story: str | None = None, kind: Annotated[list[str] | None, Query()] = None, limit: int = limit_q,
                   offset: int = offset_q) -> dict[str, Any]:
        """Quotes, most quoted speaker first."""
        return reader().quotes(speaker=speaker, story=story, kinds=tuple(kind or ()), limit=limit,
                               offset=offset).to_dict()

    @app.get("/api/claims", response_model=schemas.ClaimPage, tags=["claims"])
    def api_claims(story: str | None = None, conflicts: bool = False,
                   min_independent: int = Query(1, ge=1, description="Only claims backed by at least this many "
                                                                     "independent sources."),
                   kind: Annotated[list[str] | None, Query(description="Only claims of these kinds: figure, "
                                                                       "ordinal, time, age, date.")] = None,
                   limit: int = limit_q, offset: int = offset_q) -> dict[str, Any]:
        """Claims (a fact with a number across a story's articles), most corroborated first within a story."""
        return reader().claim_page(story=story, conflicts_only=conflicts, min_independent=min_independent,
                                   kinds=tuple(kind) if kind else None, limit=limit, offset=offset).to_dict()

    @app.get("/api/articles", response_model=schemas.ArticlePage, tags=["articles"])
    def api_articles(lang: str | None = None, source: str | None = Query(None, description="an outlet, any case"),
                     story: str | None = None,
                     date_from: str | None = Query(None, alias="from", description="YYYY[-MM[-DD]]"),
                     date_to: str | None = Query(None, alias="to", description="YYYY[-MM[-DD]]"),
                     limit: int = limit_q, offset: int = offset_q) -> dict[str, Any]:
        """Articles by id (articles.jsonl records without text and body; see /api/articles/{id})."""
        return reader().articles(lang=lang, source=source, story=story, date_from=date_from, date_to=date_to,
                                 limit=limit, offset=offset).to_dict()

    @app.get("/api/articles/{article_id}", response_model=schemas.ArticleDetail, tags=["articles"])
    def api_article(article_id: str) -> dict[str, Any]:
        """One article with its text and every finding as a span into it."""
        return reader().article(article_id)

    @app.get("/api/search", response_model=schemas.SearchPage, tags=["search"])
    def api_search(q: str = Query(..., description="your words; every word must match"),
                   syntax: str = Query("plain", pattern="^(plain|fts)$",
                                       description="plain (words, quoted for you) or fts (SQLite FTS5 syntax)"),
                   lang: str | None = None, source: str | None = None, entity: str | None = None,
                   date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
                   limit: int = Query(20, ge=1, le=MAX_LIMIT), offset: int = offset_q,
                   exact: bool = Query(False, description="every word as written: no inflection, spelling or synonym"),
                   synonyms: bool = Query(True, description="false: no synonyms or other-script names")
                   ) -> dict[str, Any]:
        """Search titles and bodies, with facets by language, source, year, month, day and entity; the words
        as written rank first, and a query that finds little gets ``suggestions`` ("did you mean")."""
        return reader().search(q, syntax=syntax, lang=lang, source=source, entity=entity, date_from=date_from,
                               date_to=date_to, limit=limit, offset=offset, exact=exact,
                               synonyms=synonyms).to_dict()

    @app.get("/api/export/{table}.csv", tags=["export"], response_class=StreamingResponse,
             responses={200: {"content": {"text/csv": {}}}})
    def api_csv(table: str) -> StreamingResponse:
        """One table as CSV (articles, stories, entities, mentions, quotes, timexes, quantities, claims, threads)."""
        columns, rows = reader().table(table)
        body = csv_text(columns, rows)
        return StreamingResponse(iter([body]), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": f'attachment; filename="{table}.csv"'})

    @app.get("/api/graph.graphml", tags=["export"], responses={200: {"content": {"application/xml": {}}}})
    def api_graphml(story: str | None = None, entity: str | None = None, top: int = Query(100, ge=1, le=5000),
                    by: str = Query("sentence", pattern="^(sentence|article)$")) -> Response:
        """The entity co-occurrence graph as GraphML (networkx)."""
        from khabar.graphml import graphml

        graph = reader().graph(story=story, entity=entity, top=top, by=by)
        return Response(graphml(graph), media_type="application/xml",
                        headers={"Content-Disposition": 'attachment; filename="entities.graphml"'})

    @app.get("/api", include_in_schema=False)
    @app.get("/api/", tags=["meta"])
    def api_index() -> dict[str, Any]:
        """What the REST API offers: every endpoint with its one-line description, and where its OpenAPI schema
        and interactive documentation are."""
        endpoints = []
        for route in app.routes:
            path = getattr(route, "path", "")
            if path.startswith("/api/") and path != "/api/" and getattr(route, "include_in_schema", False):
                doc = " ".join((getattr(route, "description", "") or "").split())
                endpoints.append({"path": path, "methods": sorted(getattr(route, "methods", set()) - {"HEAD"}),
                                  "description": doc})
        return {"name": "khabar", "version": __version__, "openapi": "/openapi.json", "docs": "/api/docs",
                "endpoints": endpoints}

    @app.get("/api/health", tags=["meta"])
    def api_health() -> dict[str, Any]:
        r = reader()
        return {"version": __version__, "articles": r.count("articles"), "stories": r.count("stories")}

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    return app


def csv_text(columns: list[str], rows: Any) -> str:
    """CSV with a header row (UTF-8; list columns stay JSON text)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue()
