"""Graph Store Protocol reads (/graphs) and whole-graph export (/export), streamed."""
from __future__ import annotations

from enum import Enum
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

from newsgraph.api.conneg import DATASET_TYPES, choose
from newsgraph.api.http.deps import StoreDep
from newsgraph.api.http.errors import ProtocolError
from newsgraph.api.http.streaming import stream_dump
from newsgraph.graph.queries import EntityNotFound

router = APIRouter(tags=["graphs"])

MEDIA = {"turtle": "text/turtle", "trig": "application/trig", "nquads": "application/n-quads",
         "ntriples": "application/n-triples", "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml"}


class ExportFormat(str, Enum):
    turtle = "turtle"
    trig = "trig"
    nquads = "nquads"
    jsonld = "jsonld"
    ntriples = "ntriples"


@router.get("/graphs", summary="Graph Store Protocol: the union (?default) or one article graph (?graph=IRI)")
def get_graph(request: Request, store: StoreDep, graph: str | None = None) -> StreamingResponse:
    """`?default` gives the union of all article graphs; `?graph=<article IRI>` one article.
    Format by Accept: Turtle, N-Triples, RDF/XML, JSON-LD (TriG and N-Quads for `?default` too)."""
    params = request.query_params
    if ("default" in params) == (graph is not None):
        raise ProtocolError(400, "give exactly one of ?default or ?graph=<IRI>")
    offered = list(DATASET_TYPES) if graph is None else [m for m, f in DATASET_TYPES.items() if f not in {"trig", "nquads"}]
    media = choose(request.headers.get("accept"), ["text/turtle"] + [m for m in offered if m != "text/turtle"])
    fmt = DATASET_TYPES[media]
    if graph is not None and not store.has_article(graph):
        raise EntityNotFound(f"no graph {graph}")
    return StreamingResponse(stream_dump(lambda out: store.export(out, fmt, graph=graph)), media_type=media)


@router.get("/export", summary="The whole graph as a file, streamed")
def export(store: StoreDep, format: Annotated[ExportFormat, Query()] = ExportFormat.turtle) -> StreamingResponse:
    """Turtle, N-Triples and JSON-LD give the union; TriG and N-Quads keep one graph per article."""
    fmt = format.value
    return StreamingResponse(stream_dump(lambda out: store.export(out, fmt)), media_type=MEDIA[fmt],
                             headers={"Content-Disposition": f'attachment; filename="newsgraph.{_EXT[fmt]}"'})


_EXT = {"turtle": "ttl", "trig": "trig", "nquads": "nq", "jsonld": "jsonld", "ntriples": "nt"}
