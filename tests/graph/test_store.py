"""The embedded store: named graphs per article, idempotent re-ingest, removal, export."""
import io

import pytest
from rdflib import Dataset, Graph

from newsgraph.extract.sources import article_from_text
from newsgraph.graph.ingest import store_facts
from newsgraph.graph.service import NewsService
from newsgraph.graph.queries import EntityNotFound, find_people, meetings, resolve_person, statements, who_met
from newsgraph.graph.store import OxigraphStore, QueryError, StoreError

TEXT_A = ("Chancellor Olaf Scholz met Prime Minister Rishi Sunak in London on Tuesday. "
          "“We agreed on a lot,” Scholz said.")
TEXT_B = "Prime Minister Rishi Sunak met President Emmanuel Macron in Paris on Friday. Sunak called it “useful.”"


def ingest(items, store, *, nlp):
    return NewsService(store, nlp=nlp).ingest(items)


@pytest.fixture()
def store(nlp):
    st = OxigraphStore()
    ingest([article_from_text(TEXT_A, article_id="a"), article_from_text(TEXT_B, article_id="b")], st, nlp=nlp)
    return st


def test_one_named_graph_per_article(store):
    assert [g.rsplit("/", 1)[-1] for g in store.articles()] == ["a", "b"]


def test_reingest_replaces(store, nlp):
    before = len(store)
    ingest([article_from_text(TEXT_A, article_id="a")], store, nlp=nlp)
    assert len(store) == before


def test_reingest_with_new_metadata_replaces_old_triples(store, extract):
    store_facts(extract(TEXT_A, published="2025-05-15", article_id="a"), store)
    dates = store.select("SELECT ?d WHERE { ?a schema:identifier \"a\" ; schema:datePublished ?d }")
    assert [r["d"] for r in dates] == ["2025-05-15"]


def test_remove_article(store):
    graph = [g for g in store.articles() if g.endswith("/a")][0]
    assert store.remove_article(graph)
    assert not store.remove_article(graph)
    assert [g.rsplit("/", 1)[-1] for g in store.articles()] == ["b"]
    rows = who_met(store, resolve_person(store, "Rishi Sunak"))
    assert {r["other_name"] for r in rows} == {"Emmanuel Macron"}


def test_who_met_union_of_articles(store):
    rows = who_met(store, resolve_person(store, "Sunak"))
    assert {r["other_name"] for r in rows} == {"Olaf Scholz", "Emmanuel Macron"}
    assert all(r["sentence"] and r["article"] for r in rows)


def test_people_search_and_resolution(store):
    assert {r["name"] for r in find_people(store, "sunak")} == {"Rishi Sunak"}
    with pytest.raises(EntityNotFound):
        resolve_person(store, "Nobody At All")


def test_meeting_filters(store):
    assert {r["place"] for r in meetings(store, place="paris")} == {"Paris"}
    assert meetings(store, since="2099-01-01") == []


def test_statements_by_speaker(store):
    scholz = resolve_person(store, "Olaf Scholz")
    assert [r["text"] for r in statements(store, speaker=scholz)] == ["We agreed on a lot"]


def test_bad_sparql_is_a_clear_error(store):
    with pytest.raises(QueryError, match="syntax"):
        store.select("SELECT WHERE {")


@pytest.mark.parametrize("fmt, parser", [("turtle", "turtle"), ("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_export_formats(store, fmt, parser):
    out = io.BytesIO()
    store.export(out, fmt)
    target = Dataset() if fmt in {"trig", "nquads"} else Graph()
    target.parse(data=out.getvalue().decode("utf-8"), format=parser)
    article_quads = len(store.select('SELECT * WHERE { GRAPH ?g { ?s ?p ?o } FILTER(!STRSTARTS(STR(?g), "urn:newsgraph:")) }'))
    assert len(target) > 0 if fmt not in {"trig", "nquads"} else len(list(target.quads())) == article_quads  # not the name index or ledger


def test_store_on_disk_survives_reopen(tmp_path, nlp):
    path = tmp_path / "kg"
    st = OxigraphStore(path)
    ingest([article_from_text(TEXT_A, article_id="a")], st, nlp=nlp)
    count = len(st)
    del st
    again = OxigraphStore(path)
    assert len(again) == count


def test_surname_joins_known_person(store, extract):
    store_facts(extract("Macron told reporters he was pleased.", article_id="c"), store)
    assert len(find_people(store, "macron")) == 1


def test_met_index_follows_writes(store, nlp):
    from newsgraph.graph.met_index import MetIndex
    index = MetIndex(store)
    sunak = resolve_person(store, "Rishi Sunak")
    index.graph()
    assert {r["other_name"] for r in index.who_met(sunak)} == {"Olaf Scholz", "Emmanuel Macron"}
    ingest([article_from_text("Prime Minister Rishi Sunak met King Charles in London.", article_id="c")], store, nlp=nlp)
    assert index.who_met(sunak) is None  # stale: the caller falls back to the store
    index.graph()  # rebuilds now when stale (no waiting on the background thread)
    rows = index.who_met(sunak)
    assert {r["other_name"] for r in rows} == {"Olaf Scholz", "Emmanuel Macron", "Charles"}
    assert sorted(r["meeting"] for r in rows) == sorted(r["meeting"] for r in who_met(store, sunak))


def test_a_closed_store_lets_its_folder_go_at_once(tmp_path):
    """A command that stops early closes its store, so the next opener in the same process (a test
    runner, a notebook) gets the folder rather than a lock error or a half-replaced manifest."""
    first = OxigraphStore(tmp_path / "s")
    first.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
    with pytest.raises(StoreError, match="another newsgraph process"):
        OxigraphStore(tmp_path / "s")
    first.close()
    first.close()  # twice is harmless
    again = OxigraphStore(tmp_path / "s", read_only=True)
    assert again.ask("ASK { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")


def test_a_result_caught_in_a_reference_cycle_does_not_keep_a_closed_store_open(tmp_path):
    """An exception's frames can hold a query result in a reference cycle; the result keeps RocksDB
    open until the cycle collector runs. `close()` runs it, so the folder is free at once (without
    that, the next opener in the process got a lock error or read a manifest being replaced)."""
    import gc

    store = OxigraphStore(tmp_path / "s")
    store.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
    was_enabled = gc.isenabled()
    gc.disable()  # the collector must not run by chance: only close() may run it
    try:
        results = store.query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")
        cycle: list = [results]
        cycle.append(cycle)
        del results, cycle  # unreachable now, but alive until the collector runs
        store.close()
        again = OxigraphStore(tmp_path / "s")
        assert again.ask("ASK { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
        again.close()
    finally:
        if was_enabled:
            gc.enable()
