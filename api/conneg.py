"""Content negotiation: pick a response format from an Accept header (RFC 9110 q-values)."""
from __future__ import annotations

import pyoxigraph as ox

SOLUTION_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
BOOLEAN_TYPES = {k: v for k, v in SOLUTION_TYPES.items() if v in (ox.QueryResultsFormat.JSON, ox.QueryResultsFormat.XML)}
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
DATASET_TYPES: dict[str, str] = {
    "application/trig": "trig",
    "application/n-quads": "nquads",
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
}
_CANONICAL = {"application/json": "application/sparql-results+json", "application/xml": "application/sparql-results+xml",
              "text/xml": "application/sparql-results+xml", "application/x-turtle": "text/turtle",
              "text/plain": "application/n-triples"}


class NotAcceptable(ValueError):
    """No format we offer matches the Accept header."""


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges with their q-values, best first (stable for equal q)."""
    if not header:
        return [("*/*", 1.0)]
    ranges = []
    for index, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for param in fields[1:]:
            if param.lower().startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        ranges.append((fields[0].lower(), q, -index))
    ranges.sort(key=lambda r: (r[1], r[2]), reverse=True)
    return [(r[0], r[1]) for r in ranges if r[1] > 0]


def choose(header: str | None, offered: list[str]) -> str:
    """The offered media type the client prefers; the first offered when it accepts anything."""
    for media_range, _ in parse_accept(header):
        if media_range in ("*/*", "*"):
            return offered[0]
        if media_range.endswith("/*"):
            prefix = media_range[:-1]
            hit = next((o for o in offered if o.startswith(prefix)), None)
            if hit:
                return hit
        elif media_range in offered:
            return media_range
    raise NotAcceptable(f"none of the formats asked for ({header}) is offered; offered: {', '.join(offered)}")


def negotiate_result_format(accept: str | None, kind: str):
    """(media type, pyoxigraph format) for a query result of this kind: boolean, solutions or graph."""
    table = {"boolean": BOOLEAN_TYPES, "solutions": SOLUTION_TYPES, "graph": GRAPH_TYPES}[kind]
    media_type = choose(accept, list(table))
    return _CANONICAL.get(media_type, media_type), table[media_type]
