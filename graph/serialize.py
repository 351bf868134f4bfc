"""Serialise rdflib datasets in the formats the CLI and API offer."""
from __future__ import annotations

import json

from rdflib import Dataset, Graph

from newsgraph.graph.formats import RdfFormat
from newsgraph.ontologies import context_document


def union_graph(ds: Dataset) -> Graph:
    graph = Graph()
    for prefix, ns in ds.namespaces():
        graph.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def serialize_dataset(ds: Dataset, fmt: str) -> bytes:
    """Any `RdfFormat`: TriG and N-Quads keep the article graphs, the others give the union."""
    try:
        rdf_format = RdfFormat(fmt)
    except ValueError:
        raise ValueError(f"unknown format {fmt!r}") from None
    if rdf_format.keeps_graphs:
        return ds.serialize(format=rdf_format.rdflib, encoding="utf-8")
    if rdf_format is RdfFormat.jsonld:
        context = context_document()["@context"]
        text = union_graph(ds).serialize(format=rdf_format.rdflib, context=context, auto_compact=True)
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False).encode("utf-8")
    return union_graph(ds).serialize(format=rdf_format.rdflib, encoding="utf-8")


def compact_jsonld(ntriples: bytes) -> str:
    """JSON-LD compacted with our context, from N-Triples (keys read as names rather than IRIs)."""
    graph = Graph()
    graph.parse(data=ntriples.decode("utf-8"), format="nt")
    return graph.serialize(format="json-ld", context=context_document()["@context"], auto_compact=True) + "\n"
