"""The who-met read model also answers networks of every meeting status, as the store walk does."""
import pytest

from newsgraph.graph import views
from newsgraph.graph.met_index import MetIndex
from newsgraph.graph.queries import ALL_STATUSES
from newsgraph.graph.service import NewsService
from newsgraph.graph.store import OxigraphStore

TEXTS = [
    ("Minister Tomas Reiner met President Ana Kovel in Riga on Monday.", {"id": "a", "published": "2024-05-06"}),
    ("President Ana Kovel rejected an invitation to meet Senator Ilse Varn.", {"id": "b", "published": "2024-05-07"}),
    ("Senator Ilse Varn met Governor Paulo Mendt in Oslo on Friday.", {"id": "c", "published": "2024-05-10"}),
]


@pytest.fixture(scope="module")
def services(nlp):
    store = OxigraphStore()
    walking = NewsService(store, nlp=nlp)  # no read model: other statuses walk the store
    summary = walking.ingest(TEXTS)
    assert summary.articles == 3 and not summary.errors
    index = MetIndex(store)
    index.graph()
    return walking, NewsService(store, nlp=nlp, met_index=index)


def _shape(G):
    names = {n: d["name"] for n, d in G.nodes(data=True)}
    return ({names[n] for n in G},
            {(frozenset((names[a], names[b])), tuple(sorted(m["status"] for m in d["meetings"]))) for a, b, d in G.edges(data=True)})


def test_every_status_network_comes_from_the_read_model(services, monkeypatch):
    walking, indexed = services
    expected = _shape(walking.network("Ana Kovel", depth=1, statuses=ALL_STATUSES)[1])
    assert expected == ({"Ana Kovel", "Tomas Reiner", "Ilse Varn"},
                        {(frozenset({"Ana Kovel", "Tomas Reiner"}), ("Occurred",)),
                         (frozenset({"Ana Kovel", "Ilse Varn"}), ("Declined",))})

    def no_walk(*args, **kwargs):
        raise AssertionError("the store was walked although the read model is fresh")
    monkeypatch.setattr(views, "queried_met_graph", no_walk)
    assert _shape(indexed.network("Ana Kovel", depth=1, statuses=ALL_STATUSES)[1]) == expected
    nodes, _ = _shape(indexed.network("Tomas Reiner", depth=2, statuses=ALL_STATUSES)[1])
    assert nodes == {"Tomas Reiner", "Ana Kovel", "Ilse Varn"}  # Mendt is three meetings away
    nodes, _ = _shape(indexed.network("Ana Kovel", depth=2, statuses=ALL_STATUSES)[1])
    assert nodes == {"Ana Kovel", "Tomas Reiner", "Ilse Varn", "Paulo Mendt"}


def test_status_and_date_filters_apply_to_the_read_model(services):
    walking, indexed = services
    for service in (walking, indexed):
        nodes, edges = _shape(service.network("Ana Kovel", depth=1, statuses=("Declined",))[1])
        assert nodes == {"Ana Kovel", "Ilse Varn"} and edges == {(frozenset({"Ana Kovel", "Ilse Varn"}), ("Declined",))}
    nodes, _ = _shape(indexed.network("Ilse Varn", depth=1, statuses=ALL_STATUSES, since="2024-05-08")[1])
    assert nodes == {"Ilse Varn", "Paulo Mendt"}  # the declined invitation has no date: out of any range


def test_who_met_graph_keeps_only_meetings_that_happened(services):
    _, indexed = services
    G = indexed.met_graph()
    names = {d["name"] for n, d in G.nodes(data=True) if G.degree(n)}
    assert names == {"Ana Kovel", "Tomas Reiner", "Ilse Varn", "Paulo Mendt"}
    assert all(m["status"] in ("Occurred", "Scheduled") for _, _, d in G.edges(data=True) for m in d["meetings"])
    assert G.number_of_edges() == 2


def test_a_shared_delegation_elsewhere_does_not_hide_a_meeting():
    """Two people in one delegation in one article and on opposite sides of a table in another met
    in the second: the store's who-met and the read model both say so (the exclusion is per meeting)."""
    from newsgraph.extract.facts import (Agent, ArticleFacts, ArticleMeta, Delegation, Evidence, Meeting,
                                         MeetingStatus, Person)
    from newsgraph.graph import queries
    evidence = Evidence("They sat down together.", 0, 23)

    def article(n: int, together: bool) -> ArticleFacts:
        persons = {k: Person(k, name) for k, name in (("a", "Ada Brook"), ("b", "Ben Cliff"), ("c", "Cai Dune"))}
        if together:  # a heads a delegation with b in it, which meets c
            delegations = {"d1": Delegation("d1", "Norway", head="a", members={"b"})}
            attendees = [Agent("delegation", "d1"), Agent("person", "c")]
        else:  # a meets b
            delegations, attendees = {}, [Agent("person", "a"), Agent("person", "b")]
        return ArticleFacts(meta=ArticleMeta(id=f"d-{n}", title=f"Talks {n}"), text="They sat down together.",
                            persons=persons, delegations=delegations,
                            meetings=[Meeting(attendees, MeetingStatus.OCCURRED, evidence, "sat")])

    store = OxigraphStore()
    service = NewsService(store)
    service.store_facts(article(1, together=True))
    service.store_facts(article(2, together=False))
    ada = service.person_iri("Ada Brook")
    from_store = {(r["other_name"], r["meeting"].rsplit("/", 1)[-1]) for r in queries.who_met(store, ada)}
    index = MetIndex(store)
    index.graph()
    from_model = {(r["other_name"], r["meeting"].rsplit("/", 1)[-1]) for r in index.who_met(ada)}
    assert from_store == from_model
    assert {name for name, _ in from_store} == {"Cai Dune", "Ben Cliff"}


def test_every_status_network_follows_writes_and_deletes(nlp, monkeypatch):
    """A declined meeting written after the read model was built is in the every-status network at
    once (no store walk), and gone once its article is removed; the who-met graph never holds it."""
    store = OxigraphStore()
    service = NewsService(store, nlp=nlp, met_index=MetIndex(store))
    service.ingest(TEXTS[:1])
    service.met_index.wait_built()

    def no_walk(*args, **kwargs):
        raise AssertionError("the store was walked although the read model follows writes")
    monkeypatch.setattr(views, "queried_met_graph", no_walk)
    service.ingest(TEXTS[1:2])
    assert service.met_index.is_fresh()
    _, edges = _shape(service.network("Ana Kovel", depth=1, statuses=ALL_STATUSES)[1])
    assert edges == {(frozenset({"Ana Kovel", "Tomas Reiner"}), ("Occurred",)),
                     (frozenset({"Ana Kovel", "Ilse Varn"}), ("Declined",))}
    assert {d["name"] for n, d in service.met_graph().nodes(data=True) if service.met_graph().degree(n)} \
        == {"Ana Kovel", "Tomas Reiner"}
    assert service.remove("b")
    _, edges = _shape(service.network("Ana Kovel", depth=1, statuses=ALL_STATUSES)[1])
    assert edges == {(frozenset({"Ana Kovel", "Tomas Reiner"}), ("Occurred",))}
