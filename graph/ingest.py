"""Put extracted facts into a store, joining people across articles (no extraction here: the
service, `newsgraph.graph.service`, runs the pipeline and decides ids and outcomes).

The same full name is the same IRI in every article by construction. A person an article names
only by surname ("Zelensky") joins the person already stored with that surname when exactly one
stored person has it; otherwise it stays a node of its own.
"""
from __future__ import annotations

from newsgraph.extract.facts import ArticleFacts
from newsgraph.graph.iris import IriMinter
from newsgraph.graph.mapping import article_graph_iri, facts_to_triples
from newsgraph.graph.store import OxigraphStore


def _surname_index(store: OxigraphStore) -> dict[str, set[str]]:
    rows = store.select("SELECT DISTINCT ?n WHERE { ?p a schema:Person ; schema:name ?n }")
    index: dict[str, set[str]] = {}
    for row in rows:
        parts = str(row["n"]).split()
        if len(parts) > 1:
            index.setdefault(parts[-1].lower(), set()).add(str(row["n"]))
    return index


def join_known_people(facts: ArticleFacts, store: OxigraphStore) -> None:
    """Give surname-only people the full name of the one stored person with that surname."""
    lonely = [p for p in facts.persons.values() if len(p.name.split()) == 1]
    if not lonely:
        return
    index = _surname_index(store)
    for person in lonely:
        names = index.get(person.name.lower(), set())
        if len(names) == 1:
            full = next(iter(names))
            person.aliases.add(person.name)
            person.name = full


def store_facts(facts: ArticleFacts, store: OxigraphStore, minter: IriMinter | None = None) -> int:
    """Replace the article's graph with its facts; the number of triples written."""
    join_known_people(facts, store)
    graph = article_graph_iri(facts, minter)
    return store.replace_article(str(graph), facts_to_triples(facts, minter))
