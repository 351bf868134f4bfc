"""Content negotiation: pick a response format from an Accept header (RFC 9110 q-values)."""
from __future__ import annotations

import pyoxigraph as ox

from newsgraph.graph.formats import RdfFormat

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
# Media types of RDF answers, from the one format list (`graph/formats.py`), plus the older names
# clients still send. A graph (one resource, one named graph) in any triple format; the whole
# dataset also in TriG and N-Quads, which come first because they keep the article graphs.
_MEDIA_ALIASES = {"application/x-turtle": RdfFormat.turtle, "text/plain": RdfFormat.ntriples}
GRAPH_TYPES: dict[str, ox.RdfFormat] = {}
for _format in RdfFormat:
    if not _format.keeps_graphs:
        GRAPH_TYPES[_format.media_type] = _format.oxigraph
        GRAPH_TYPES.update({media: f.oxigraph for media, f in _MEDIA_ALIASES.items() if f is _format})
DATASET_TYPES: dict[str, str] = {f.media_type: f.value for f in sorted(RdfFormat, key=lambda f: not f.keeps_graphs)}
_CANONICAL = {"application/json": "application/sparql-results+json", "application/xml": "application/sparql-results+xml",
              "text/xml": "application/sparql-results+xml"} | {m: f.media_type for m, f in _MEDIA_ALIASES.items()}


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
