"""One list of RDF formats (`graph/formats.py`): every place that names, negotiates or writes a
format reads it, so a format's media type, extension or parser name is written once."""
from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from newsgraph.api.conneg import DATASET_TYPES, GRAPH_TYPES
from newsgraph.graph.formats import RdfFormat, format_for_path
from newsgraph.graph.serialize import serialize_dataset


@pytest.mark.parametrize("name, expected", [("turtle", RdfFormat.turtle), ("TTL", RdfFormat.turtle),
                                            ("nt", RdfFormat.ntriples), ("xml", RdfFormat.rdfxml),
                                            ("rdf", RdfFormat.rdfxml), ("json-ld", RdfFormat.jsonld),
                                            ("nq", RdfFormat.nquads), ("docx", None)])
def test_a_format_is_found_by_name_or_extension(name, expected):
    assert RdfFormat.named(name) is expected


def test_content_negotiation_offers_exactly_the_formats_of_the_one_list():
    assert set(DATASET_TYPES) == {f.media_type for f in RdfFormat}
    assert list(DATASET_TYPES.values())[:2] == ["trig", "nquads"]  # graph-keeping formats first
    canonical = {f.media_type: f.oxigraph for f in RdfFormat if not f.keeps_graphs}
    assert canonical.items() <= GRAPH_TYPES.items()
    assert set(GRAPH_TYPES) - set(canonical) == {"application/x-turtle", "text/plain"}


@pytest.mark.parametrize("fmt", list(RdfFormat))
def test_every_format_serialises_a_dataset_and_parses_back(fmt):
    ds = Dataset()
    ds.graph(URIRef("urn:g:1")).add((URIRef("urn:s"), URIRef("urn:p"), Literal("o")))
    data = serialize_dataset(ds, fmt.value)
    parsed = Dataset() if fmt.keeps_graphs else Graph()
    parsed.parse(data=data.decode("utf-8"), format=fmt.rdflib)
    assert (URIRef("urn:s"), URIRef("urn:p"), Literal("o")) in set(
        (s, p, o) for s, p, o, *_ in (parsed.quads() if fmt.keeps_graphs else parsed))
    assert format_for_path(f"out.{fmt.extension}") == fmt.value


def test_an_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown format"):
        serialize_dataset(Dataset(), "docx")
