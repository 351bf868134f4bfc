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
