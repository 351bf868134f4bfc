"""Articles: list, read, and (with the token) ingest, replace and delete."""
from __future__ import annotations

import json
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response, status
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from newsgraph.api.http.deps import MinterDep, StoreDep, get_nlp, require_writer
from newsgraph.api.http.errors import ProtocolError
from newsgraph.api.http.schemas import Article, ArticleIn, IngestResult, Page
from newsgraph.extract.people import slugify
from newsgraph.extract.pipeline import extract_article
from newsgraph.extract.sources import article_from_text, decode
from newsgraph.graph import queries
from newsgraph.graph.ingest import store_facts
from newsgraph.graph.queries import EntityNotFound

router = APIRouter(prefix="/articles", tags=["articles"])


def _article_out(row: dict) -> Article:
    return Article(id=row["id"], iri=row["article"], title=row["title"],
                   published=str(row["published"]) if row["published"] else None, url=row["url"])


@router.get("", response_model=Page[Article], summary="Stored articles")
def list_articles(store: StoreDep, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                  offset: Annotated[int, Query(ge=0)] = 0):
    data = [_article_out(r) for r in queries.articles(store, limit=limit, offset=offset)]
    return Page(data=data, count=len(data), limit=limit, offset=offset)


@router.get("/{article_id}", summary="One article with what was extracted from it")
def get_article(article_id: str, store: StoreDep, minter: MinterDep) -> dict:
    iri = str(minter.article(article_id))
    if not store.has_article(iri):
        raise EntityNotFound(f"no article {article_id}")
    row = next(r for r in queries.articles(store, limit=100_000) if r["article"] == iri)
    counts = store.select(f"""SELECT
        (COUNT(DISTINCT ?p) AS ?people) (COUNT(DISTINCT ?m) AS ?meetings) (COUNT(DISTINCT ?s) AS ?statements)
        WHERE {{ GRAPH <{iri}> {{ {{ ?p a schema:Person }} UNION {{ ?m a ng:Meeting }} UNION {{ ?s a ng:Statement }} }} }}""")[0]
    return {**_article_out(row).model_dump(), **counts,
            "graph": f"/graphs?graph={iri}"}


async def _read_article(request: Request, article_id: str | None, published: date | None, title: str | None):
    media = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    body = await request.body()
    if media == "application/json":
        try:
            payload = ArticleIn.model_validate(json.loads(body))
        except (ValueError, ValidationError) as exc:
            raise ProtocolError(422, f"invalid article JSON: {exc}") from exc
    elif media in ("text/plain", ""):
        payload = ArticleIn(text=decode(body), id=article_id, published=published, title=title)
    else:
        raise ProtocolError(415, "send the article as application/json ({\"text\": ...}) or text/plain")
    if article_id:
        payload.id = article_id
    ident = payload.id or payload.title or payload.text[:60]
    return article_from_text(payload.text, article_id=ident, published=payload.published, title=payload.title,
                             url=payload.url, source=payload.source)


async def _ingest(request: Request, store, minter, article_id=None, published=None, title=None) -> IngestResult:
    item = await _read_article(request, article_id, published, title)
    nlp = await run_in_threadpool(get_nlp, request)
    facts = await run_in_threadpool(extract_article, item.text, item.meta, nlp=nlp)
    iri = str(minter.article(item.meta.id))
    replaced = store.has_article(iri)
    triples = await run_in_threadpool(store_facts, facts, store, minter)
    store.flush()
    return IngestResult(id=item.meta.id, iri=iri, triples=triples, people=sorted(p.name for p in facts.persons.values()),
                        offices=len(facts.offices), delegations=len(facts.delegations), meetings=len(facts.meetings),
                        statements=len(facts.statements), replaced=replaced)


_TEXT_BODY = {"requestBody": {"content": {
    "application/json": {"schema": ArticleIn.model_json_schema()},
    "text/plain": {"schema": {"type": "string"}}}}}


@router.post("", response_model=IngestResult, status_code=status.HTTP_201_CREATED, dependencies=[Depends(require_writer)],
             openapi_extra=_TEXT_BODY, summary="Ingest an article (JSON or plain text)")
async def post_article(request: Request, response: Response, store: StoreDep, minter: MinterDep,
                       id: str | None = None, published: date | None = None, title: str | None = None):
    result = await _ingest(request, store, minter, id, published, title)
    response.headers["Location"] = f"/articles/{result.id}"
    return result


@router.put("/{article_id}", response_model=IngestResult, dependencies=[Depends(require_writer)],
            openapi_extra=_TEXT_BODY, summary="Replace an article's graph")
async def put_article(article_id: str, request: Request, store: StoreDep, minter: MinterDep,
                      published: date | None = None, title: str | None = None):
    return await _ingest(request, store, minter, slugify(article_id), published, title)


@router.delete("/{article_id}", status_code=status.HTTP_204_NO_CONTENT, dependencies=[Depends(require_writer)],
               summary="Remove an article's graph")
def delete_article(article_id: str, request: Request, store: StoreDep, minter: MinterDep) -> Response:
    if not store.remove_article(str(minter.article(article_id))):
        raise EntityNotFound(f"no article {article_id}")
    store.flush()
    return Response(status_code=204)
