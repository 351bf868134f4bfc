"""The SPARQL 1.1 Protocol endpoint at /sparql: query by GET, form POST or direct POST; update by
POST with a bearer token; a service description for GET without a query."""
from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from newsgraph.api.http.deps import require_writer
from newsgraph.api.http.errors import ProtocolError
from newsgraph.api.query_runner import QueryAnswer, QueryJob
from newsgraph.api.sparql_prefixes import UnknownPrefix, with_prefixes
from newsgraph.api.sparql_safety import check_depth
from newsgraph.api.sparql_text import add_using, has_dataset_clause
from newsgraph.graph.store import QueryError

router = APIRouter(tags=["SPARQL"])

FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"


def _media_type(request: Request) -> tuple[str | None, str | None]:
    header = request.headers.get("content-type")
    if not header:
        return None, None
    parts = [p.strip() for p in header.split(";")]
    charset = next((p.split("=", 1)[1].strip().strip('"').lower() for p in parts[1:] if p.lower().startswith("charset=")), None)
    return parts[0].lower(), charset


def _decode(body: bytes, charset: str | None) -> str:
    if charset not in (None, "utf-8", "utf8"):
        raise ProtocolError(415, f"the body must be UTF-8, not {charset}")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(400, f"the body is not valid UTF-8 (byte {exc.start})") from exc


def _one(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise ProtocolError(400, f"exactly one '{name}' parameter is allowed, got {len(values)}")
    return values[0] if values else None


def _parameters(request: Request, body: bytes) -> tuple[dict[str, list[str]], str | None, str | None]:
    """All protocol parameters (URL and form body), the direct query and the direct update."""
    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    if request.method == "GET":
        if body:
            raise ProtocolError(400, "a GET request carries no body")
        return params, None, None
    media, charset = _media_type(request)
    if media is None:
        raise ProtocolError(415, f"a POST needs a Content-Type: {FORM}, {QUERY} or {UPDATE}")
    if media == FORM:
        for key, values in parse_qs(_decode(body, charset), keep_blank_values=True).items():
            params.setdefault(key, []).extend(values)
        return params, None, None
    if media == QUERY:
        return params, _decode(body, charset), None
    if media == UPDATE:
        return params, None, _decode(body, charset)
    raise ProtocolError(415, f"unsupported Content-Type {media}: use {FORM}, {QUERY} or {UPDATE}")


def service_description(request: Request, writable: bool) -> str:
    endpoint = str(request.url).split("?")[0]
    update = "sd:supportedLanguage sd:SPARQL11Update ;" if writable else ""
    return f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix fmt: <http://www.w3.org/ns/formats/> .
<{endpoint}> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    {update}
    sd:feature sd:UnionDefaultGraph , sd:BasicFederatedQuery ;
    sd:resultFormat fmt:SPARQL_Results_JSON , fmt:SPARQL_Results_XML , fmt:SPARQL_Results_CSV , fmt:SPARQL_Results_TSV ,
        fmt:Turtle , fmt:N-Triples , fmt:RDF_XML , fmt:JSON-LD ;
    sd:defaultDataset [ a sd:Dataset ;
        <http://www.w3.org/2000/01/rdf-schema#comment> "The default graph is the union of all article graphs; each article is a named graph." ] .
"""


_RESULT_TYPES = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                 "text/tab-separated-values", "text/turtle", "application/n-triples", "application/rdf+xml",
                 "application/ld+json"]
_ERROR = {"content": {"application/json": {"schema": {"type": "object", "properties": {"detail": {"type": "string"}}}}}}
_RESPONSES = {
    200: {"description": "Query results in the negotiated format, or the service description (Turtle) for a GET "
                         "without a query", "content": {t: {} for t in _RESULT_TYPES}},
    204: {"description": "The update was applied"},
    400: {"description": "A malformed query or request", **_ERROR},
    401: {"description": "An update without the bearer token", **_ERROR},
    403: {"description": "SERVICE or LOAD refused, or the server is read-only", **_ERROR},
    406: {"description": "No acceptable result format", **_ERROR},
    413: {"description": "The body is over the limit", **_ERROR},
    415: {"description": "Unsupported Content-Type", **_ERROR},
    422: {"description": "The result is over the size limit", **_ERROR},
    503: {"description": "Timed out, overloaded or the store is unavailable; see Retry-After", **_ERROR},
}


@router.api_route("/sparql", methods=["GET", "POST"], summary="SPARQL 1.1 query and update",
                  response_description="Query results in the negotiated format", responses=_RESPONSES)
@router.api_route("/sparql/", methods=["GET", "POST"], include_in_schema=False)
async def sparql(request: Request) -> Response:
    """The W3C SPARQL 1.1 Protocol. Queries: `query` (GET or form POST) or an `application/sparql-query`
    body, with optional `default-graph-uri` / `named-graph-uri`. Results follow the Accept header:
    SPARQL JSON, XML, CSV or TSV for SELECT/ASK; Turtle, N-Triples, RDF/XML or JSON-LD for
    CONSTRUCT/DESCRIBE. Updates (`update` or `application/sparql-update`) need the bearer token."""
    body = await request.body()
    job = await query_job(request, body)
    if job is None:
        return await _other(request, body)
    answer = await request.app.state.runner.run_async(job)
    return answer_response(answer)


async def query_job(request: Request, body: bytes) -> QueryJob | None:
    """The query a request asks, checked for nesting and with the predeclared prefixes; None for
    an update or a GET without a query (`_other` answers those). Raises ProtocolError or Refused."""
    params, direct_query, direct_update = _parameters(request, body)
    queries = params.get("query", []) + ([direct_query] if direct_query is not None else [])
    updates = params.get("update", []) + ([direct_update] if direct_update is not None else [])
    if queries and updates:
        raise ProtocolError(400, "a request carries either a query or an update, not both")
    if updates:
        return None
    query = _one(queries, "query")
    if query is None:
        if request.method == "GET":
            return None
        raise ProtocolError(400, "no query or update was given")
    await _check_depth(query)  # before any parser; SERVICE is refused on the parsed query, in the worker
    query = _predeclared(query)
    settings = request.app.state.settings
    return QueryJob(query=query, accept=request.headers.get("accept", "*/*"),
                    default_graphs=params.get("default-graph-uri", []), named_graphs=params.get("named-graph-uri", []),
                    base_iri=str(request.url).split("?")[0], max_bytes=settings.max_result_bytes,
                    allow_service=settings.allow_service, client=_client(request))


def answer_response(answer: QueryAnswer) -> Response:
    return Response(answer.body, media_type=answer.media_type,
                    headers={"X-Query-Seconds": f"{answer.seconds:.4f}", "Vary": "Accept"})


async def _other(request: Request, body: bytes) -> Response:
    """An update, or the service description (a GET without a query)."""
    params, direct_query, direct_update = _parameters(request, body)
    updates = params.get("update", []) + ([direct_update] if direct_update is not None else [])
    if not updates:
        return Response(service_description(request, bool(request.app.state.settings.token)), media_type="text/turtle")
    if request.method == "GET":
        raise ProtocolError(400, "updates must be sent with POST")
    require_writer(request)
    return await _update(request, _predeclared(_one(updates, "update")), params)


def _predeclared(text: str) -> str:
    """The text with the CLI's prefixes (schema:, org:, prov:, ng:, xsd:, rdf:, rdfs: ...) declared
    where it uses them without declaring them; a short 400 naming an unknown prefix."""
    try:
        return with_prefixes(text)
    except UnknownPrefix as exc:
        raise ProtocolError(400, str(exc)) from exc


async def _check_depth(text: str) -> None:
    """The nesting check (linear in the text); big texts are scanned off the event loop."""
    if len(text) > 50_000:
        await run_in_threadpool(check_depth, text)
    else:
        check_depth(text)


def _client(request: Request) -> str:
    """Who gets a fair share of the query workers: the peer address."""
    return request.client.host if request.client else "-"


async def _update(request: Request, update: str, params: dict[str, list[str]]) -> Response:
    using = params.get("using-graph-uri", [])
    using_named = params.get("using-named-graph-uri", [])
    if using or using_named:
        if has_dataset_clause(update):
            raise ProtocolError(400, "using-graph-uri/using-named-graph-uri cannot be combined with USING or WITH in the update")
        update = add_using(update, using, using_named)
    await _check_depth(update)  # before anything parses it: deep nesting crashes Oxigraph's parser
    runner = request.app.state.runner
    try:
        await run_in_threadpool(lambda: runner.update(update, base_iri=str(request.url).split("?")[0],
                                                      allow_service=request.app.state.settings.allow_service,
                                                      client=_client(request)))
    except QueryError as exc:
        raise ProtocolError(400, str(exc)) from exc
    return Response(status_code=204)
