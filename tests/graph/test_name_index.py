"""The people index graph is insert-only per article write and keeps old stores working.

A triple rewritten on every article that mentions a hub person made each write slower as the store
grew (RocksDB tombstones); these tests check the layout that avoids it: writing an article never
deletes an index triple another article put there, and counts are derived from mention triples.
"""
from __future__ import annotations

import pyoxigraph as ox

from newsgraph.extract.facts import ArticleFacts, ArticleMeta, Person
from newsgraph.graph import name_index
from newsgraph.graph.name_index import IDX, PEOPLE_GRAPH
from newsgraph.graph.service import NewsService
from newsgraph.graph.store import OxigraphStore


def _article(n: int, *names: str) -> ArticleFacts:
    persons = {"hub": Person("hub", "Hedda Hubbel", gender="female")}
    persons.update({f"k{i}": Person(f"k{i}", name) for i, name in enumerate(names)})
    return ArticleFacts(meta=ArticleMeta(id=f"n-{n}", title=f"Item {n}"), text="Nothing happened today.", persons=persons)


def _index(store: OxigraphStore) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in store.raw.quads_for_pattern(None, None, None, ox.NamedNode(PEOPLE_GRAPH))}


def _stored(*articles: ArticleFacts) -> tuple[OxigraphStore, NewsService]:
    """An in-memory store with these articles written through the service (the ingest path)."""
    store = OxigraphStore()
    service = NewsService(store)
    for facts in articles:
        service.store_facts(facts)
    return store, service


def test_writing_an_article_only_adds_to_the_index():
    store = OxigraphStore()
    service = NewsService(store)
    for n in range(5):
        service.store_facts(_article(n, f"Pim Walker{n}"))
    before = _index(store)
    service.store_facts(_article(5, "Pim Walker1", "Rosa Newby"))
    after = _index(store)
    assert before <= after  # nothing the other articles put there was deleted or rewritten
    added = {(s.value, p.value) for s, p, o in after - before if p.value == str(IDX.mentionedIn)}
    assert {s for s, _ in added} == {"https://w3id.org/newsgraph/id/person/hedda-hubbel",
                                     "https://w3id.org/newsgraph/id/person/pim-walker1",
                                     "https://w3id.org/newsgraph/id/person/rosa-newby"}
    assert name_index.mention_counts(store)["https://w3id.org/newsgraph/id/person/hedda-hubbel"] == 6


def test_replacing_and_removing_an_article_takes_its_mentions_away():
    store = OxigraphStore()
    service = NewsService(store)
    service.store_facts(_article(1, "Olga Tamm"))
    service.store_facts(_article(2, "Olga Tamm", "Ivo Sepp"))
    service.store_facts(_article(2, "Ants Kask"))  # replaced: Ivo Sepp is mentioned nowhere now
    assert [r["name"] for r in service.find_people("sepp")] == []
    assert [(r["name"], r["articles"]) for r in service.find_people("tamm")] == [("Olga Tamm", 1)]
    assert service.find_people("hubbel")[0]["articles"] == 2
    assert service.remove("n-1")
    assert service.find_people("tamm") == []
    assert [(r["name"], r["articles"]) for r in service.find_people("hubbel")] == [("Hedda Hubbel", 1)]
    service.remove("n-2")
    assert {p.value for _, p, _ in _index(store)} == {str(IDX.version)}  # nobody is left in the index


def _to_version_1(store: OxigraphStore) -> None:
    """Rewrite a store's index the way version 1 kept it: a stored count per person, no version."""
    g = f"<{PEOPLE_GRAPH}>"
    counts = name_index.mention_counts(store)
    store.update(f"DELETE WHERE {{ GRAPH {g} {{ ?p <{IDX.mentionedIn}> ?a }} }} ; "
                 f"DELETE WHERE {{ GRAPH {g} {{ ?s <{IDX.version}> ?v }} }}")
    store.update(f"INSERT DATA {{ GRAPH {g} {{ " + " ".join(f"<{p}> <{IDX.mentionCount}> {c} ." for p, c in counts.items()) + " } }")


def test_an_index_of_the_old_layout_is_migrated_when_the_store_is_opened(tmp_path):
    with_v2, _ = _stored(*(_article(n, f"Lena Oja{n % 2}") for n in range(4)))
    expected = _index(with_v2)
    _to_version_1(with_v2)
    assert name_index.version_of(with_v2) == 1
    NewsService(with_v2)  # opening a writable store brings the index up to date
    assert name_index.version_of(with_v2) == name_index.VERSION
    assert _index(with_v2) == expected
    assert NewsService(with_v2).find_people("oja0")[0]["articles"] == 2


def test_rebuild_gives_the_index_the_writes_gave():
    store, service = _stored(*(_article(n, f"Lena Oja{n % 2}", "Mart Mets") for n in range(4)))
    service.remove("n-3")
    expected = _index(store)
    assert name_index.rebuild(store) == 3
    assert _index(store) == expected


def test_a_rebuild_cut_short_is_redone_when_the_store_is_opened(monkeypatch):
    store, _ = _stored(*(_article(n, f"Lena Oja{n}") for n in range(4)))
    expected = _index(store)
    real_write_update, written = name_index.write_update, []

    def killed_after_two(article, triples):  # the process dies after indexing two articles
        if len(written) == 2:
            raise KeyboardInterrupt
        written.append(article)
        return real_write_update(article, triples)

    monkeypatch.setattr(name_index, "write_update", killed_after_two)
    try:
        name_index.rebuild(store)
    except KeyboardInterrupt:
        pass
    monkeypatch.setattr(name_index, "write_update", real_write_update)
    assert _index(store) != expected  # half an index, and it already carries the version marker
    assert name_index.ensure(store) == "built"
    assert _index(store) == expected
    assert name_index.ensure(store) is None  # once finished, opening again does nothing
