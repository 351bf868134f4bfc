"""People across articles: one node per name unless the articles contradict each other (homonyms)."""
import pytest

from newsgraph.graph.identity import Profile, contradicts
from newsgraph.graph.ingest import store_facts
from newsgraph.graph.store import OxigraphStore


def people_named(store: OxigraphStore, name: str) -> set[str]:
    rows = store.select(f'SELECT DISTINCT ?p WHERE {{ ?p a schema:Person ; schema:name "{name}" }}')
    return {str(r["p"]) for r in rows}


@pytest.fixture()
def store():
    return OxigraphStore()


@pytest.mark.parametrize("a, b, expected", [
    (Profile("male", frozenset({"Canada"})), Profile("male", frozenset({"Canada"})), False),
    (Profile("male", frozenset({"Canada"})), Profile(None, frozenset()), False),
    (Profile("male"), Profile("female"), True),
    (Profile(None, frozenset({"Canada"})), Profile(None, frozenset({"Australia"})), True),
    (Profile(None, frozenset({"Canada", "France"})), Profile(None, frozenset({"France"})), False),
])
def test_what_contradicts(a, b, expected):
    assert contradicts(a, b) is expected


def test_same_name_and_nothing_contradicting_is_one_node(store, extract):
    store_facts(extract("Canadian Trade Minister Paul Ferris arrived in Ottawa.", article_id="a1"), store)
    store_facts(extract("Paul Ferris said the deal was close.", article_id="a2"), store)
    store_facts(extract("Canada's Trade Minister Paul Ferris met reporters.", article_id="a3"), store)
    assert len(people_named(store, "Paul Ferris")) == 1


def test_namesakes_serving_different_countries_are_two_nodes(store, extract):
    store_facts(extract("Canadian Trade Minister Paul Ferris arrived in Ottawa.", article_id="b1"), store)
    store_facts(extract("Australian Foreign Minister Paul Ferris flew to Canberra.", article_id="b2"), store)
    iris = people_named(store, "Paul Ferris")
    assert len(iris) == 2
    assert any(iri.endswith("paul-ferris-australia") for iri in iris)
    # a third article about the Australian joins the Australian, not the Canadian
    store_facts(extract("Australia's Foreign Minister Paul Ferris met envoys.", article_id="b3"), store)
    assert people_named(store, "Paul Ferris") == iris
    rows = store.select('SELECT ?g WHERE { GRAPH ?g { ?p schema:name "Paul Ferris" } '
                        'FILTER(STRENDS(STR(?p), "paul-ferris-australia")) '
                        'FILTER(?g != <urn:newsgraph:index:people>) }')  # article graphs only
    assert {str(r["g"]).rsplit("/", 1)[-1] for r in rows} == {"b2", "b3"}


def test_namesakes_of_different_gender_are_two_nodes(store, extract):
    store_facts(extract("Mr Robin Hale opened the bakery. He thanked his staff.", article_id="c1"), store)
    store_facts(extract("Mrs Robin Hale chaired the board. She thanked the donors.", article_id="c2"), store)
    assert len(people_named(store, "Robin Hale")) == 2


def test_reingesting_an_article_does_not_split_its_people(store, extract):
    facts = extract("Canadian Trade Minister Paul Ferris arrived in Ottawa.", article_id="d1")
    store_facts(facts, store)
    store_facts(extract("Australian Trade Minister Paul Ferris arrived.", article_id="d1"), store)
    assert len(people_named(store, "Paul Ferris")) == 1  # the article's own old graph is not a namesake


def test_surname_joins_only_a_namesake_it_does_not_contradict(store, extract):
    store_facts(extract("Mr Dan Morrow spoke in Dublin. He was brief.", article_id="e1"), store)
    store_facts(extract("Ms Morrow said she would run. Ms Morrow is a lawyer.", article_id="e2"), store)
    assert len(people_named(store, "Dan Morrow")) == 1
    assert people_named(store, "Morrow")  # she is not Dan Morrow


def test_surname_with_two_stored_namesakes_stays_apart(store, extract):
    store_facts(extract("Canadian Trade Minister Paul Ferris arrived in Ottawa.", article_id="f1"), store)
    store_facts(extract("Senator Anna Ferris spoke in Washington. She was brief.", article_id="f2"), store)
    store_facts(extract("Ferris said the vote was close.", article_id="f3"), store)
    assert people_named(store, "Ferris")
