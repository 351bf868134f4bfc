"""Size independence: the routes that used to read the whole store ask it the same questions and get
the same rows back whether it holds few or many articles that repeat a hub person.

What is counted is the store's side of each answer (queries sent and rows returned, before any
DISTINCT), at two store sizes: a question whose work follows the answer gives equal counts; one that scans the union of
article graphs (every article repeats the hub's name) gives more rows at the bigger size. No clock.
Rows are a proxy: a scan that filters most of what it reads away is not seen (pyoxigraph shows no
query plans).
"""
from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.facts import Agent, ArticleFacts, ArticleMeta, Evidence, Meeting, MeetingStatus, Person
from newsgraph.graph.identity import resolve_people
from newsgraph.graph.service import NewsService
from newsgraph.graph.store import OxigraphStore


class CountingStore(OxigraphStore):
    """An in-memory store that counts the queries it answers and the rows it returns."""

    def __init__(self):
        super().__init__()
        self.queries = 0
        self.rows = 0

    def select(self, sparql: str) -> list[dict[str, Any]]:
        rows = super().select(sparql)
        self.queries += 1
        # rows before DISTINCT: a join over the union of article graphs repeats a person once per
        # article that mentions them, which DISTINCT hides from the row count but not from the work
        self.rows += len(super().select(sparql.replace("SELECT DISTINCT", "SELECT", 1))) if "SELECT DISTINCT" in sparql else len(rows)
        return rows

    def ask(self, sparql: str) -> bool:
        self.queries += 1
        return super().ask(sparql)

    def reset(self) -> None:
        self.queries = self.rows = 0


def _word(n: int) -> str:
    letters = "abcdefghij"
    return "".join(letters[int(d)] for d in str(n)).capitalize()


def _article(n: int, people: list[tuple[str, str]], meet: bool = True) -> ArticleFacts:
    """An article mentioning the hub and these people (key, name); the first two meet."""
    persons = {"hub": Person("hub", "Hana Hubova", gender="female")}
    persons.update({key: Person(key, name) for key, name in people})
    ev = Evidence("They met.", 0, 9)
    keys = [key for key, _ in people][:2]
    meetings = [Meeting([Agent("person", k) for k in keys], MeetingStatus.OCCURRED, ev, "met")] if meet and len(keys) == 2 else []
    return ArticleFacts(meta=ArticleMeta(id=f"a-{n}", title=f"Article {n}"), text="They met. " * 3,
                        persons=persons, meetings=meetings)


def _store(size: int) -> tuple[CountingStore, NewsService]:
    store = CountingStore()
    service = NewsService(store)
    service.store_facts(_article(0, [("ana", "Ana Fixedova"), ("bo", "Bo Fixedov")]))
    for n in range(1, size):
        service.store_facts(_article(n, [(f"p{n}", f"Per {_word(n)}"), (f"q{n}", f"Quin {_word(n)}")]))
    store.reset()
    return store, service


QUESTIONS = {
    "who_met": lambda s: s.who_met("Ana Fixedova"),
    "people_q": lambda s: s.find_people("fixed", limit=10),
    "person_by_name": lambda s: s.person_iri("Bo Fixedov"),
    "article_by_id": lambda s: s.article_details("a-0"),
    "articles_page": lambda s: s.articles(limit=5, offset=3),
    "articles_page_deep": lambda s: s.articles(limit=5, offset=7),
    "articles_after": lambda s: s.article_page(limit=5, after="a-1"),
    "meetings_of_person": lambda s: s.meetings(person="Ana Fixedova"),
    "article_count": lambda s: s.article_count(),
    "surname_join": lambda s: resolve_people(_article(10_000, [("x", "Fixedova"), ("y", "Hubova")], meet=False), s.store),
}


@pytest.fixture(scope="module")
def stores():
    return {size: _store(size) for size in (12, 48)}


@pytest.mark.parametrize("question", sorted(QUESTIONS))
def test_store_work_does_not_grow_with_the_store(stores, question):
    counts = {}
    for size, (store, service) in stores.items():
        store.reset()
        QUESTIONS[question](service)
        counts[size] = (store.queries, store.rows)
    assert counts[12] == counts[48], counts


def test_article_count_follows_writes_and_deletes(stores):
    store, service = _store(5)
    assert service.article_count() == 5
    service.store_facts(_article(77, [("z", "Zed Zeta")]))
    assert service.article_count() == 6
    assert service.remove("a-77") and service.article_count() == 5
    store.update("CLEAR GRAPH <https://w3id.org/newsgraph/id/article/a-1>")  # a raw update: counted again
    assert service.article_count() == len(store.articles())


def test_name_index_forgets_people_no_article_mentions(stores):
    store, service = _store(3)
    service.store_facts(_article(50, [("z", "Zed Zeta"), ("y", "Yan Ypsilon")]))
    assert [r["name"] for r in service.find_people("zed")] == ["Zed Zeta"]
    hub = service.find_people("hubova")[0]
    assert hub["articles"] == 4
    service.remove("a-50")
    assert service.find_people("zed") == []
    assert service.find_people("hubova")[0]["articles"] == 3
    # surname-only mentions join the one stored full name, through the index
    iris = resolve_people(_article(60, [("f", "Fixedova")], meet=False), store)
    assert iris["f"].endswith("/person/ana-fixedova")


def test_keyset_pages_walk_every_article_once_across_writes(stores):
    store, service = _store(9)
    seen, cursor = [], None
    while True:
        rows, cursor = service.article_page(limit=4, after=cursor)
        seen += [r["article"] for r in rows]
        if cursor is None:
            break
        if len(seen) == 4:  # a write and a delete between pages: the walk goes on from its cursor
            service.store_facts(_article(99, [("z", "Zed Zeta")]))
            service.remove("a-0")
    assert seen == sorted(seen) and len(seen) == len(set(seen))
    assert set(seen) >= set(store.articles()) - {seen[0]}
    assert service.article_page(limit=3, offset=3)[0] == service.article_page(limit=3, after=sorted(store.articles())[2])[0]
