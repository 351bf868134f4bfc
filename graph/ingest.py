"""Put extracted articles into a store, joining people across articles.

The same full name is the same IRI in every article by construction. A person an article names
only by surname ("Zelensky") joins the person already stored with that surname when exactly one
stored person has it; otherwise it stays a node of its own.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterable

from spacy.language import Language

from newsgraph.extract.facts import ArticleFacts
from newsgraph.extract.pipeline import extract_many
from newsgraph.extract.sources import ArticleError, ArticleInput
from newsgraph.graph.iris import IriMinter
from newsgraph.graph.mapping import article_graph_iri, facts_to_triples
from newsgraph.graph.store import OxigraphStore


@dataclass
class IngestSummary:
    articles: int = 0
    triples: int = 0
    people: int = 0
    meetings: int = 0
    statements: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    article_ids: list[str] = field(default_factory=list)


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


def ingest(items: Iterable[ArticleInput | ArticleError], store: OxigraphStore, *, nlp: Language | None = None,
           minter: IriMinter | None = None, on_error: Callable[[str], None] | None = None,
           on_article: Callable[[ArticleFacts], None] | None = None, n_process: int = 1) -> IngestSummary:
    """Extract and store every article; a bad input is reported and skipped, never fatal."""
    summary = IngestSummary()
    started = time.perf_counter()

    def good_inputs():
        for item in items:
            if isinstance(item, ArticleError):
                summary.errors.append(str(item))
                if on_error:
                    on_error(str(item))
                continue
            yield item.text, item.meta

    for facts in extract_many(good_inputs(), nlp=nlp, n_process=n_process):
        summary.triples += store_facts(facts, store, minter)
        summary.articles += 1
        summary.people += len(facts.persons)
        summary.meetings += len(facts.meetings)
        summary.statements += len(facts.statements)
        summary.article_ids.append(facts.meta.id)
        if on_article:
            on_article(facts)
    summary.seconds = round(time.perf_counter() - started, 2)
    return summary
