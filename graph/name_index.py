"""The people index: one description per person, kept once in a named graph of its own.

Every article graph repeats the type, name and aliases of the people it mentions, so a question
over the union of article graphs ("every person's name", "people named ...") costs the sum over
people of how many articles mention them, and a hub person in most articles makes it cost the
store. The index graph `PEOPLE_GRAPH` holds, once per person, under its own `idx:` predicates
(so that queries in the contract vocabulary never see it): name, aliases, gender, the names of
the countries served, search keys (`idx:surnameKey`, the lower-cased last word of a full
name; `idx:nameKey`, every prefix of every word of the name and aliases, accent-free) and
`idx:mentionCount`, the number of article graphs that mention the person. Looking up a key is one
index range of the store, so its cost depends on the answer, not on the store.

It is updated in the same SPARQL update (one transaction) as the article graph it follows:
counts of the old graph's people go down, the new graph's people are described and counted, and
people no article mentions any more leave the index. Descriptions only grow while a person is
still mentioned (an alias from a deleted article stays until the person's last article goes).
Graphs written by raw SPARQL Update are not indexed; `rebuild` indexes a store from its articles.
"""
from __future__ import annotations

import unicodedata
from typing import Iterable

from rdflib import Literal, URIRef

from rdflib import RDF, Namespace

from newsgraph.graph.namespace import NG, ORG, SCHEMA
from newsgraph.graph.store import INDEX_GRAPHS, OxigraphStore

PEOPLE_GRAPH = next(iter(INDEX_GRAPHS))
IDX = Namespace("https://w3id.org/newsgraph/index#")  # the index's own keys, not part of the vocabulary
_G = f"<{PEOPLE_GRAPH}>"
_MENTIONS = f"<{SCHEMA.mentions}>"
_COUNT = f"<{IDX.mentionCount}>"

__all__ = ["PEOPLE_GRAPH", "search_keys", "surname_key", "write_update", "remove_update", "rebuild", "is_index"]


# the index's own predicates: its triples never repeat the vocabulary's, so SPARQL over the union of
# graphs (`?p a schema:Person ; schema:name ?n`) sees exactly what the article graphs say
_OWN = {SCHEMA.name: IDX.name, SCHEMA.alternateName: IDX.alias, SCHEMA.gender: IDX.gender}


def is_index(graph: str) -> bool:
    return graph == PEOPLE_GRAPH


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def words(text: str) -> list[str]:
    """Lower-case, accent-free words of a name (hyphens and apostrophes split words)."""
    cleaned = "".join(c if c.isalnum() else " " for c in _fold(text))
    return cleaned.split()


def search_keys(names: Iterable[str]) -> set[str]:
    """Every prefix of every word of the names: what `/people?q=` looks up."""
    return {w[:i] for name in names for w in words(name) for i in range(1, len(w) + 1)}


def surname_key(name: str) -> str | None:
    """The key a surname-only mention is joined by: the last word of a full name, else None."""
    parts = name.split()
    return parts[-1].lower() if len(parts) > 1 else None


def _nt(term) -> str:
    return term.n3()


def _decrement(article: str) -> str:
    """Count down the people an article graph mentions (before the graph is dropped)."""
    a = f"<{article}>"
    return f"""DELETE {{ GRAPH {_G} {{ ?p {_COUNT} ?c }} }} INSERT {{ GRAPH {_G} {{ ?p {_COUNT} ?c1 }} }}
WHERE {{ GRAPH {a} {{ {a} {_MENTIONS} ?p }} GRAPH {_G} {{ ?p {_COUNT} ?c }} BIND(?c - 1 AS ?c1) }}"""


_FORGET = f"""DELETE {{ GRAPH {_G} {{ ?p ?x ?y }} }} WHERE {{ GRAPH {_G} {{ ?p {_COUNT} 0 . ?p ?x ?y }} }}"""


def _describe(triples: list[tuple]) -> tuple[list[str], list[str]]:
    """(index triples in N-Triples, person IRIs) for the people an article's triples describe."""
    people = {s for s, p, o in triples if p == RDF.type and o == SCHEMA.Person}
    countries = {s for s, p, o in triples if p == RDF.type and o == NG.Country}
    country_names = {s: o for s, p, o in triples if p == SCHEMA.name and s in countries}
    kept = {SCHEMA.name, SCHEMA.alternateName, SCHEMA.gender}
    out: list[tuple] = []
    names: dict[URIRef, set[str]] = {p: set() for p in people}
    posts: dict[URIRef, set] = {}
    for s, p, o in triples:
        if p == ORG.postIn and o in country_names:
            posts.setdefault(s, set()).add(country_names[o])
    for s, p, o in triples:
        if s not in people:
            continue
        if p in kept:
            out.append((s, _OWN[p], o))
            if p in (SCHEMA.name, SCHEMA.alternateName):
                names[s].add(str(o))
                if p == SCHEMA.name and surname_key(str(o)):
                    out.append((s, IDX.surnameKey, Literal(surname_key(str(o)))))
        elif p == NG.country and o in country_names:
            out.append((s, IDX.countryServed, country_names[o]))
        elif p == ORG.holds:
            out.extend((s, IDX.countryServed, c) for c in posts.get(o, ()))
    for person, forms in names.items():
        out.extend((person, IDX.nameKey, Literal(k)) for k in sorted(search_keys(forms)))
    lines = sorted({f"{_nt(s)} {_nt(p)} {_nt(o)} ." for s, p, o in out})
    return lines, sorted(str(p) for p in people)


def write_update(article: str, triples: list[tuple]) -> tuple[str, str]:
    """(SPARQL run before the article graph is replaced, SPARQL run after it) that keep the index
    in step with the new graph; both go into the article's own update request."""
    lines, people = _describe(triples)
    after = []
    if lines:
        after.append(f"INSERT DATA {{ GRAPH {_G} {{\n" + "\n".join(lines) + "\n} }")
    if people:
        values = " ".join(f"<{p}>" for p in people)
        after.append(f"""DELETE {{ GRAPH {_G} {{ ?p {_COUNT} ?c }} }} INSERT {{ GRAPH {_G} {{ ?p {_COUNT} ?c1 }} }}
WHERE {{ VALUES ?p {{ {values} }} OPTIONAL {{ GRAPH {_G} {{ ?p {_COUNT} ?c }} }} BIND(COALESCE(?c, 0) + 1 AS ?c1) }}""")
    after.append(_FORGET)
    return _decrement(article), " ;\n".join(after)


def remove_update(article: str) -> str:
    """SPARQL that removes an article graph and keeps the index in step, as one request."""
    return f"{_decrement(article)} ;\nDROP SILENT GRAPH <{article}> ;\n{_FORGET}"


def rebuild(store: OxigraphStore) -> int:
    """Index every article graph of a store (for stores written before the index existed); the
    number of articles indexed. Costs the store once."""
    store.update(f"DROP SILENT GRAPH {_G}")
    count = 0
    for graph in store.articles():
        triples = [(URIRef(q.subject.value) if hasattr(q.subject, "value") else q.subject,
                    URIRef(q.predicate.value), _term(q.object))
                   for q in store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}",
                                        union=False)]
        _, after = write_update(graph, triples)
        store.update(after)
        count += 1
    return count


def ensure(store: OxigraphStore) -> None:
    """Build the index of a writable store that has articles but no index yet (written by an older
    version); a no-op otherwise."""
    import pyoxigraph as ox
    if not hasattr(store, "raw"):
        return  # a remote store: its server's owner indexes it (`rebuild`)
    if store.raw.contains_named_graph(ox.NamedNode(PEOPLE_GRAPH)):
        return
    if any(isinstance(g, ox.NamedNode) and not g.value.startswith("urn:newsgraph:") for g in store.raw.named_graphs()):
        rebuild(store)


def _named(graph: str):
    import pyoxigraph as ox
    return ox.NamedNode(graph)


def _term(term):
    import pyoxigraph as ox
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value) if term.datatype else None)
    return URIRef(str(term))
