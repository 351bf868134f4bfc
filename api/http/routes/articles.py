"""Articles: list, read, and (with the token) ingest, replace and delete, through the service.

`POST /articles` never replaces another article: without an id the id comes from the text (the
same text gets the same id, answered `unchanged`), and an id that holds other content is 409.
`PUT /articles/{id}` is the way to replace.
"""
from __future__ import annotations

import json
from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request, Response, status
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from newsgraph.api.http.deps import ServiceDep, require_writer
from newsgraph.api.http.errors import ProtocolError
from newsgraph.api.http.index_build import require_name_index
from newsgraph.api.http.schemas import Article, ArticleIn, IngestResult, Page
from newsgraph.extract.sources import InvalidArticle, decode
from newsgraph.graph.service import ArticleOutcome, NewsService

router = APIRouter(prefix="/articles", tags=["articles"])


def _article_out(row: dict) -> Article:
    return Article(id=row["id"], iri=row["article"], title=row["title"],
                   published=str(row["published"]) if row["published"] else None, url=row["url"])


@router.get("", response_model=Page[Article], summary="Stored articles",
            description="Articles in IRI order. Page with `after` (the cursor in `next`): each page costs the "
                        "same however deep; `offset` still works.")
def list_articles(service: ServiceDep, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                  offset: Annotated[int, Query(ge=0)] = 0,
                  after: Annotated[str | None, Query(description="Start after this article (IRI or id): "
                                                     "the cursor of the previous page's `next`.")] = None):
    rows, last = service.article_page(limit=limit, offset=offset, after=after)
    data = [_article_out(r) for r in rows]
    following = f"/articles?{urlencode({'limit': limit, 'after': last})}" if last is not None else None
    return Page(data=data, count=len(data), limit=limit, offset=offset if after is None else 0, next=following)


@router.get("/{article_id}", summary="One article with what was extracted from it")
def get_article(article_id: str, service: ServiceDep) -> dict:
    row = service.article_details(article_id)
    return {**_article_out(row).model_dump(), "people": row["people"], "meetings": row["meetings"],
            "statements": row["statements"], "graph": f"/graphs?graph={row['article']}"}


async def _read_article(request: Request, service: NewsService, article_id: str | None, published: date | None,
                        title: str | None):
    """The article in the body (JSON or plain text); an empty or malformed body is a 4xx."""
    media = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    body = await request.body()
    if not body.strip():
        raise ProtocolError(422, "empty body: send the article as application/json ({\"text\": ...}) or text/plain")
    try:
        if media == "application/json":
            payload = ArticleIn.model_validate(json.loads(body))
        elif media in ("text/plain", ""):
            payload = ArticleIn(text=decode(body), id=article_id, published=published, title=title)
        else:
            raise ProtocolError(415, "send the article as application/json ({\"text\": ...}) or text/plain")
    except (ValueError, RecursionError, ValidationError) as exc:
        if isinstance(exc, InvalidArticle):
            raise
        raise ProtocolError(422, f"invalid article: {exc}") from exc
    return service.article(payload.text, article_id=article_id or payload.id, published=payload.published,
                           title=payload.title, url=payload.url, source=payload.source)


def _result(outcome: ArticleOutcome) -> IngestResult:
    return IngestResult(id=outcome.id, iri=outcome.iri, triples=outcome.triples, people=list(outcome.people),
                        offices=outcome.offices, delegations=outcome.delegations, meetings=outcome.meetings,
                        statements=outcome.statements, outcome=outcome.status,
                        replaced=outcome.status == "replaced", note=outcome.note)


# a 422 here is either FastAPI's list of parameter errors or our one-line reason about the body
_WRITE_RESPONSES = {422: {"description": "Invalid parameters or article body", "content": {"application/json": {
    "schema": {"type": "object", "properties": {"detail": {}}}}}}}

_TEXT_BODY = {"requestBody": {"content": {
    "application/json": {"schema": ArticleIn.model_json_schema()},
    "text/plain": {"schema": {"type": "string"}}}}}


@router.post("", response_model=IngestResult, status_code=status.HTTP_201_CREATED, dependencies=[Depends(require_writer), Depends(require_name_index)],
             openapi_extra=_TEXT_BODY, summary="Ingest a new article (JSON or plain text)",
             responses={200: {"description": "The same article was stored already (unchanged)"},
                        409: {"description": "The id holds another article; PUT replaces it"},
                        413: {"description": "Text too long"}, 422: {"description": "Not an article"}})
async def post_article(request: Request, response: Response, service: ServiceDep,
                       id: str | None = None, published: date | None = None, title: str | None = None):
    item = await _read_article(request, service, id, published, title)
    outcome = await run_in_threadpool(service.ingest_one, item, replace=False)
    response.headers["Location"] = f"/articles/{outcome.id}"
    if outcome.status == "unchanged":
        response.status_code = status.HTTP_200_OK
    return _result(outcome)


@router.put("/{article_id}", response_model=IngestResult, dependencies=[Depends(require_writer), Depends(require_name_index)],
            openapi_extra=_TEXT_BODY, summary="Create or replace an article",
            responses={413: {"description": "Text too long"}, 422: {"description": "Not an article"}})
async def put_article(article_id: str, request: Request, service: ServiceDep,
                      published: date | None = None, title: str | None = None):
    item = await _read_article(request, service, article_id, published, title)
    return _result(await run_in_threadpool(service.ingest_one, item, replace=True))


@router.delete("/{article_id}", status_code=status.HTTP_204_NO_CONTENT, dependencies=[Depends(require_writer), Depends(require_name_index)],
               summary="Remove an article's graph")
def delete_article(article_id: str, service: ServiceDep) -> Response:
    from newsgraph.graph.queries import EntityNotFound

    if not service.remove(article_id):
        raise EntityNotFound(f"no article {article_id}")
    return Response(status_code=204)
