"""The type-ahead read model answers like the store, ranks name starts first, and is never stale."""
from __future__ import annotations

import time

from newsgraph.graph.ingest import store_facts
from newsgraph.graph.people_index import PeopleIndex
from newsgraph.graph.queries import find_people
from newsgraph.graph.store import OxigraphStore


def _ready(index: PeopleIndex, query: str):
    """The answer once the index reflects the store (bounded wait, not a timing assertion)."""
    for _ in range(400):
        index.search(query)  # asking a stale index starts its refresh
        if index.is_fresh():
            return index.search(query)
        time.sleep(0.05)
    raise AssertionError("the people index never caught up with the store")


def test_same_people_as_the_store_query_and_name_starts_first(extract):
    store = OxigraphStore(None)
    store_facts(extract("President Volodymyr Zelensky met Turkish President Recep Tayyip Erdogan in Ankara. "
                        "Zelensky thanked Erdogan.", article_id="a1"), store)
    index = PeopleIndex(store)
    for query in ("zel", "ERDO", "", "nobody"):
        mine = _ready(index, query)
        theirs = find_people(store, query)
        assert {r["person"] for r in mine} == {r["person"] for r in theirs}, query
    (row,) = _ready(index, "zelensky")
    assert row["name"] == "Volodymyr Zelensky" and row["articles"] == 1 and "Zelensky" in row["aliases"].split("|")
    ranked = [r["name"] for r in _ready(index, "er")]
    assert ranked[0] == "Recep Tayyip Erdogan"  # a word starts with "er"; "Zelensky" only contains it


def test_a_write_is_searchable_once_rebuilt_and_the_old_index_answers_meanwhile(extract):
    store = OxigraphStore(None)
    store_facts(extract("Chancellor Olaf Scholz spoke in Berlin.", article_id="a1"), store)
    index = PeopleIndex(store)
    assert _ready(index, "macron") == []
    store_facts(extract("French President Emmanuel Macron met Olaf Scholz in Paris.", article_id="a2"), store)
    assert not index.is_fresh()
    assert [r["name"] for r in index.search("scholz")] == ["Olaf Scholz"]  # the last index, not a store scan
    assert [r["name"] for r in _ready(index, "macron")] == ["Emmanuel Macron"]


def test_the_first_search_builds_the_index(extract):
    store = OxigraphStore(None)
    store_facts(extract("Chancellor Olaf Scholz spoke in Berlin.", article_id="a1"), store)
    assert [r["name"] for r in PeopleIndex(store).search("olaf")] == ["Olaf Scholz"]
