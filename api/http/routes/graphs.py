"""Graph Store Protocol reads (/graphs) and whole-graph export (/export), streamed."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

from newsgraph.api.conneg import DATASET_TYPES, choose
from newsgraph.api.http.deps import ServiceDep
from newsgraph.api.http.errors import ProtocolError
from newsgraph.api.http.streaming import stream_dump
from newsgraph.graph.formats import RdfFormat
from newsgraph.graph.queries import EntityNotFound

router = APIRouter(tags=["graphs"])


def _rdf_responses() -> dict:
    types = sorted({f.media_type for f in RdfFormat})
    return {200: {"description": "RDF, streamed", "content": {t: {} for t in types}},
            400: {"description": "Neither or both of ?default and ?graph"}, 404: {"description": "No such graph"},
            406: {"description": "No acceptable format"}}


@router.get("/graphs", response_class=StreamingResponse, responses=_rdf_responses(),
            summary="Graph Store Protocol: the union (?default) or one article graph (?graph=IRI)")
def get_graph(request: Request, service: ServiceDep, graph: str | None = None) -> StreamingResponse:
    """`?default` gives the union of all article graphs; `?graph=<article IRI>` one article.
    Format by Accept: Turtle, N-Triples, RDF/XML, JSON-LD (TriG and N-Quads for `?default` too)."""
    params = request.query_params
    if ("default" in params) == (graph is not None):
        raise ProtocolError(400, "give exactly one of ?default or ?graph=<IRI>")
    offered = list(DATASET_TYPES) if graph is None else [m for m, f in DATASET_TYPES.items()
                                                         if not RdfFormat(f).keeps_graphs]
    media = choose(request.headers.get("accept"), ["text/turtle"] + [m for m in offered if m != "text/turtle"])
    fmt = DATASET_TYPES[media]
    if graph is not None and not service.has_graph(graph):
        raise EntityNotFound(f"no graph {graph}")
    return StreamingResponse(stream_dump(lambda out: service.store.export(out, fmt, graph=graph)), media_type=media)


@router.get("/export", response_class=StreamingResponse, responses=_rdf_responses(), summary="The whole graph as a file, streamed")
def export(service: ServiceDep, format: Annotated[RdfFormat, Query()] = RdfFormat.turtle,
           internal: Annotated[bool, Query(description="Also the internal graphs (name index, ingest ledger).")] = False
           ) -> StreamingResponse:
    """TriG and N-Quads keep one graph per article; the other formats give the union. Our internal
    graphs (urn:newsgraph:...) are left out unless `internal=true`."""
    return StreamingResponse(stream_dump(lambda out: service.export(out, format.value, include_internal=internal)),
                             media_type=format.media_type,
                             headers={"Content-Disposition": f'attachment; filename="newsgraph.{format.extension}"'})
