"""Put extracted facts into a store, joining people across articles (no extraction here: the
service, `newsgraph.graph.service`, runs the pipeline and decides ids and outcomes).

People are joined across articles by `graph/identity.py`: the same full name is one node unless
the articles contradict each other (gender, countries served); a person named by surname alone
("Zelensky") joins the one stored, non-contradicting person with that surname.
"""
from __future__ import annotations

from newsgraph.extract.facts import ArticleFacts
from newsgraph.graph import name_index
from newsgraph.graph.identity import resolve_people
from newsgraph.graph.iris import IriMinter
from newsgraph.graph.mapping import article_graph_iri, facts_to_triples
from newsgraph.graph.store import OxigraphStore


def store_facts(facts: ArticleFacts, store: OxigraphStore, minter: IriMinter | None = None) -> int:
    """Replace the article's graph with its facts; the number of triples written."""
    person_iris = resolve_people(facts, store, minter)
    graph = str(article_graph_iri(facts, minter))
    triples = facts_to_triples(facts, minter, person_iris)
    before, after = name_index.write_update(graph, triples)
    return store.replace_article(graph, triples, before=before, after=after)
