"""The `ng:` vocabulary as an rdflib DefinedNamespace: a typo raises instead of minting a new term.

It mirrors `ontologies/newsgraph.ttl`; `tests/graph/test_namespace.py` checks that every term used
here is declared there.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

NG_IRI = "https://w3id.org/newsgraph/ontology#"
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")


class NG(DefinedNamespace):
    """newsgraph ontology terms."""

    _NS = Namespace(NG_IRI)
    _fail = True

    # classes
    Delegation: URIRef
    Meeting: URIRef
    Contact: URIRef
    Call: URIRef
    Channel: URIRef
    Statement: URIRef
    MeetingStatus: URIRef
    Evidence: URIRef
    Country: URIRef
    # meeting statuses (individuals of ng:MeetingStatus)
    Occurred: URIRef
    Scheduled: URIRef
    Proposed: URIRef
    Declined: URIRef
    Hypothetical: URIRef
    Cancelled: URIRef
    # channels (individuals of ng:Channel)
    InPerson: URIRef
    Phone: URIRef
    Video: URIRef
    # properties
    title: URIRef
    heldFormerly: URIRef
    represents: URIRef
    status: URIRef
    channel: URIRef
    speaker: URIRef
    quoteKind: URIRef
    evidence: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    confidence: URIRef
    trigger: URIRef
    country: URIRef
    datePrecision: URIRef


PREFIXES: dict[str, str] = {
    "ng": NG_IRI,
    "schema": str(SCHEMA),
    "org": str(ORG),
    "prov": str(PROV),
    "sem": str(SEM),
    "skos": str(SKOS),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}


class CachedTerms:
    """A namespace whose terms are built once: rdflib makes and validates a new URIRef on every
    attribute read (`SCHEMA.name`), which was a fifth of the facts -> triples mapping's time."""

    def __init__(self, namespace):
        self._namespace = namespace
        self._items: dict[str, URIRef] = {}

    def __getattr__(self, name: str) -> URIRef:  # only called for a term not yet cached as an attribute
        if name.startswith("__"):
            raise AttributeError(name)
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        term = self._items.get(name)
        if term is None:
            term = self._items[name] = self._namespace[name]
        return term


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace we use, to put in front of a query."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
