"""Serialise rdflib datasets in the formats the CLI and API offer."""
from __future__ import annotations

import json

from rdflib import Dataset, Graph

from newsgraph.ontologies import context_document


def union_graph(ds: Dataset) -> Graph:
    graph = Graph()
    for prefix, ns in ds.namespaces():
        graph.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def serialize_dataset(ds: Dataset, fmt: str) -> bytes:
    """TriG and N-Quads keep the article graphs; Turtle and JSON-LD give the union."""
    if fmt == "trig":
        return ds.serialize(format="trig", encoding="utf-8")
    if fmt == "nquads":
        return ds.serialize(format="nquads", encoding="utf-8")
    if fmt == "turtle":
        return union_graph(ds).serialize(format="turtle", encoding="utf-8")
    if fmt == "jsonld":
        context = context_document()["@context"]
        text = union_graph(ds).serialize(format="json-ld", context=context, auto_compact=True)
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False).encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}")
