"""Is a SPARQL query light: cheap whatever the store's size, so it may use the reserved worker?

The query runner keeps one query worker for light queries only (`query_runner`), so that `ASK {}`
or a lookup of one person's name is answered at once even while runaway queries hold every other
worker. Judged on rdflib's algebra of the parsed query, never on keywords: a query is light when

- its text is short (at most `MAX_TEXT` characters: parsing costs the server's own CPU), and
- it has at most `MAX_PATTERNS` triple patterns, each with its subject or its object given (an
  IRI or a literal), so every pattern is one index lookup, and no property path (`*`, `+`, `/`...).

A query with no triple pattern at all (`ASK {}`, `SELECT (1 AS ?x) {}`) is light. Everything else,
and anything rdflib cannot parse, is not: it waits its turn among the ordinary workers. This is an
estimate, not a promise: a light query that still runs long is lowered in priority like any other,
and its worker is replaced afterwards.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

from newsgraph.api.sparql_safety import algebra_nodes

__all__ = ["is_light", "warm_up", "MAX_TEXT", "MAX_PATTERNS"]

MAX_TEXT = 1000
MAX_PATTERNS = 8
_PATTERNS = {"BGP", "TriplesBlock"}  # translated patterns, and those left untranslated inside EXISTS
_PARSING = threading.Lock()  # rdflib's pyparsing grammar is one shared object: one parse at a time


def warm_up() -> None:
    """Import rdflib's SPARQL parser (about a second) before the first query needs it."""
    is_light("ASK {}")


def is_light(text: str, prefixes: dict[str, str] | None = None) -> bool:
    """Whether the query is light (see the module docstring); False when it cannot be parsed."""
    if len(text) > MAX_TEXT:
        return False
    return _is_light(text, tuple(sorted((prefixes or {}).items())))


@lru_cache(maxsize=512)
def _is_light(text: str, prefixes: tuple[tuple[str, str], ...]) -> bool:
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        with _PARSING:
            algebra = translateQuery(parseQuery(text), initNs=dict(prefixes)).algebra
    except Exception:  # noqa: BLE001 - not parseable here: not judged light (Oxigraph decides the rest)
        return False
    triples = [t for node in algebra_nodes(algebra) if getattr(node, "name", None) in _PATTERNS
               for t in node.get("triples", ())]
    return len(triples) <= MAX_PATTERNS and all(_lookup(t) for t in triples)


def _lookup(triple: tuple) -> bool:
    """One index lookup: the subject or the object given, and a plain predicate (no path)."""
    from rdflib.term import Literal, URIRef, Variable

    subject, predicate, obj = triple
    return isinstance(predicate, (URIRef, Variable)) and (isinstance(subject, URIRef) or isinstance(obj, (URIRef, Literal)))


