"""The people index: one description per person, kept once in a named graph of its own.

Every article graph repeats the type, name and aliases of the people it mentions, so a question
over the union of article graphs ("every person's name", "people named ...") costs the sum over
people of how many articles mention them, and a hub person in most articles makes it cost the
store. The index graph `PEOPLE_GRAPH` holds, once per person, under its own `idx:` predicates
(so that queries in the contract vocabulary never see it): name, aliases, gender, the names of
the countries served, search keys (`idx:surnameKey`, the lower-cased last word of a full
name; `idx:nameKey`, every prefix of every word of the name and aliases, accent-free) and one
`idx:mentionedIn <article>` triple per article that mentions the person. Looking up a key is one
index range of the store, so its cost depends on the answer, not on the store.

Insert-only per article: writing an article adds its mention triples and (re-)inserts descriptions
that are mostly there already (an existing quad is not written again); nothing is rewritten, so a
hub mentioned by thousands of articles costs each new article the same as anyone else. (Version 1
kept an `idx:mentionCount` literal rewritten by every article that mentions the person: a hub's
count rewritten n times left RocksDB tombstones that made each write slower with n.) How many
articles mention a person is counted when asked (`mention_counts`).

It is updated in the same SPARQL update (one transaction) as the article graph it follows: the
old graph's mentions go, and the people no other article mentions leave the index; the new
graph's people are described and their mentions added. Descriptions only grow while a person is
still mentioned (an alias from a deleted article stays until the person's last article goes).
Graphs written by raw SPARQL Update are not indexed; `rebuild` (`newsgraph reindex`) indexes a
store from its articles. The index graph carries its layout version (`idx:version` on the graph's
IRI); `ensure`, run when a writable store is opened by the service, migrates an older index.
"""
from __future__ import annotations

import unicodedata
from typing import Callable, Iterable

from rdflib import Literal, URIRef

from rdflib import RDF, Namespace

from newsgraph.graph.namespace import NG, ORG, SCHEMA, SKOS
from newsgraph.graph.store import INDEX_GRAPHS, OxigraphStore

PEOPLE_GRAPH = next(iter(INDEX_GRAPHS))
IDX = Namespace("https://w3id.org/newsgraph/index#")  # the index's own keys, not part of the vocabulary
_G = f"<{PEOPLE_GRAPH}>"
_MENTIONS = f"<{SCHEMA.mentions}>"
_MENTIONED = f"<{IDX.mentionedIn}>"
_VERSION = f"<{IDX.version}>"
_BUILDING = f"<{IDX.building}>"  # on the index graph's IRI while `rebuild` runs: a rebuild cut short is redone
VERSION = 2  # the index layout: 2 = one idx:mentionedIn triple per (person, article), no counts stored

__all__ = ["PEOPLE_GRAPH", "VERSION", "search_keys", "surname_key", "write_update", "remove_update", "rebuild",
           "is_index", "ensure", "pending", "mention_counts", "version_of"]


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


def _forget(article: str) -> str:
    """Take an article's mentions out of the index (before its graph is replaced or dropped): the
    people no other article mentions leave it whole. Bound lookups only: the article's mentions
    (one range of the graph-object index) and, per person, whether a second mention exists."""
    a = f"<{article}>"
    return f"""DELETE {{ GRAPH {_G} {{ ?p ?x ?y }} }}
WHERE {{ GRAPH {_G} {{ ?p {_MENTIONED} {a} }} FILTER NOT EXISTS {{ GRAPH {_G} {{ ?p {_MENTIONED} ?o FILTER(?o != {a}) }} }}
  GRAPH {_G} {{ ?p ?x ?y }} }} ;
DELETE WHERE {{ GRAPH {_G} {{ ?p {_MENTIONED} {a} }} }}"""


def _describe(triples: list[tuple]) -> tuple[list[str], list[str]]:
    """(index triples in N-Triples, person IRIs) for the people an article's triples describe."""
    people = {s for s, p, o in triples if p == RDF.type and o == SCHEMA.Person}
    countries = {s for s, p, o in triples if p == RDF.type and o == NG.Country}
    # a country served by its canonical name (the preferred label), however this article writes it,
    # so the people of articles that write "Türkiye" and "Turkey" share the country they serve
    country_names = {s: o for s, p, o in triples if p == SCHEMA.name and s in countries}
    country_names |= {s: o for s, p, o in triples if p == SKOS.prefLabel and s in countries}
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
    lines += [f"<{p}> {_MENTIONED} <{article}> ." for p in people]
    lines.append(f"<{PEOPLE_GRAPH}> {_VERSION} {VERSION} .")  # already there but in a new index
    return _forget(article), f"INSERT DATA {{ GRAPH {_G} {{\n" + "\n".join(lines) + "\n} }"


def remove_update(article: str) -> str:
    """SPARQL that removes an article graph and keeps the index in step, as one request."""
    return f"{_forget(article)} ;\nDROP SILENT GRAPH <{article}>"


def mention_counts(store: OxigraphStore, people: Iterable[str] | None = None) -> dict[str, int]:
    """How many articles mention each person (of `people`, or everyone): counted from the mention
    triples, so the cost follows the mentions of the people asked about."""
    if people is None:
        where = f"GRAPH {_G} {{ ?p {_MENTIONED} ?a }}"
    else:
        values = " ".join(f"<{p}>" for p in people)
        if not values:
            return {}
        where = f"VALUES ?p {{ {values} }} GRAPH {_G} {{ ?p {_MENTIONED} ?a }}"
    return {str(r["p"]): int(r["c"]) for r in store.select(f"SELECT ?p (COUNT(?a) AS ?c) WHERE {{ {where} }} GROUP BY ?p")}


def version_of(store: OxigraphStore) -> int | None:
    """The layout version of a store's index graph (1 for an index written before versions), None
    when there is no index graph."""
    rows = store.select(f"SELECT ?v WHERE {{ GRAPH {_G} {{ <{PEOPLE_GRAPH}> {_VERSION} ?v }} }}")
    if rows:
        return max(int(r["v"]) for r in rows)
    if store.ask(f"ASK {{ GRAPH {_G} {{ ?s ?p ?o }} }}"):
        return 1
    return None


def rebuild(store: OxigraphStore, *, progress: Callable[[int], None] | None = None) -> int:
    """Index every article graph of a store (for stores written before the index existed, or by raw
    SPARQL Update); the number of articles indexed (`progress` is told it as it goes). Costs the store once."""
    store.update(f"DROP SILENT GRAPH {_G} ;\nINSERT DATA {{ GRAPH {_G} {{ <{PEOPLE_GRAPH}> {_BUILDING} true }} }}")
    count = 0
    for graph in store.articles():
        triples = [(URIRef(q.subject.value) if hasattr(q.subject, "value") else q.subject,
                    URIRef(q.predicate.value), _term(q.object))
                   for q in store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}",
                                        union=False)]
        _, after = write_update(graph, triples)
        store.update(after)
        count += 1
        if progress is not None:
            progress(count)
    store.update(f"DELETE DATA {{ GRAPH {_G} {{ <{PEOPLE_GRAPH}> {_BUILDING} true }} }} ;\n"
                 f"INSERT DATA {{ GRAPH {_G} {{ <{PEOPLE_GRAPH}> {_VERSION} {VERSION} }} }}")
    return count


def migrate(store: OxigraphStore) -> None:
    """Bring a version 1 index (stored counts) to version 2 in one update: the counts go, one
    mention triple per (person, article graph that mentions them) comes."""
    store.update(f"""DELETE WHERE {{ GRAPH {_G} {{ ?p <{IDX.mentionCount}> ?c }} }} ;
DELETE WHERE {{ GRAPH {_G} {{ <{PEOPLE_GRAPH}> {_VERSION} ?v }} }} ;
INSERT {{ GRAPH {_G} {{ ?p {_MENTIONED} ?g }} }}
WHERE {{ GRAPH {_G} {{ ?p <{IDX.name}> ?n }} GRAPH ?g {{ ?g <{SCHEMA.mentions}> ?p }} }} ;
INSERT DATA {{ GRAPH {_G} {{ <{PEOPLE_GRAPH}> {_VERSION} {VERSION} }} }}""")


def pending(store: OxigraphStore) -> str | None:
    """What a writable store's index needs, found from a few lookups (no rebuild): "build" when the
    store has articles but no index (written by an older version) or when a rebuild was cut short
    (killed: its flag is still there, and the articles it had not reached yet are missing),
    "migrate" for an index of an older layout, None when it is current (or the store is remote:
    its server's owner indexes it with `newsgraph reindex`)."""
    import pyoxigraph as ox
    if not hasattr(store, "raw"):
        return None
    if store.raw.contains_named_graph(ox.NamedNode(PEOPLE_GRAPH)):
        if store.ask(f"ASK {{ GRAPH {_G} {{ <{PEOPLE_GRAPH}> {_BUILDING} ?b }} }}"):
            return "build"
        return None if version_of(store) == VERSION else "migrate"
    if any(isinstance(g, ox.NamedNode) and not g.value.startswith("urn:newsgraph:") for g in store.raw.named_graphs()):
        return "build"
    return None


def ensure(store: OxigraphStore, *, progress: Callable[[int], None] | None = None) -> str | None:
    """Bring a writable store's index up to date (see `pending`): what was done ("built",
    "migrated") or None; `progress` is told the articles indexed so far while it builds."""
    need = pending(store)
    if need == "build":
        rebuild(store, progress=progress)
        return "built"
    if need == "migrate":
        migrate(store)
        return "migrated"
    return None


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
