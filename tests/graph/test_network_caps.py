"""A person's network from Python keeps at most `views.MAX_EDGES` lines by default, like the HTTP
route, and says how many it cut."""
from __future__ import annotations

import pytest

from newsgraph.extract.facts import Agent, ArticleFacts, ArticleMeta, Evidence, Meeting, MeetingStatus, Person
from newsgraph.graph import views
from tests.graph.test_read_model import _service

PEOPLE = 50  # one round table of 50: 1,225 lines, more than the default cap


def _round_table(n: int = PEOPLE) -> ArticleFacts:
    """One article where `n` people sat at one table: every pair of them met."""
    persons = {f"k{i}": Person(f"k{i}", f"Orla Venn{i:02d}") for i in range(n)}
    ev = Evidence("They all sat around one table.", 0, 30)
    meeting = Meeting([Agent("person", k) for k in persons], MeetingStatus.OCCURRED, ev, "sat")
    return ArticleFacts(meta=ArticleMeta(id="round-table", title="A round table"), text=ev.text,
                        persons=persons, meetings=[meeting])


@pytest.fixture(scope="module")
def service():
    service = _service()
    service.store_facts(_round_table())
    return service


def test_the_default_cap_is_the_routes():
    import inspect

    from newsgraph.api.http.routes.entities import network
    from newsgraph.graph.service import NewsService
    assert inspect.signature(NewsService.network).parameters["max_edges"].default == views.MAX_EDGES
    assert inspect.signature(network).parameters["max_edges"].default == views.MAX_EDGES


def test_a_network_keeps_at_most_the_default_lines_and_counts_the_rest(service):
    every_pair = PEOPLE * (PEOPLE - 1) // 2
    assert every_pair > views.MAX_EDGES
    centre, G = service.network("Orla Venn00")
    assert G.number_of_nodes() == PEOPLE  # people are never cut by the line cap
    assert G.number_of_edges() == views.MAX_EDGES
    assert G.graph["edges_total"] == every_pair
    assert all(G.degree(n) > 0 for n in G)  # each person keeps the line that reached them
    assert all(G.has_edge(centre, n) for n in G if n != centre)


def test_none_keeps_every_line_and_a_small_cap_cuts_more(service):
    _, G = service.network("Orla Venn00", max_edges=None)
    assert G.number_of_edges() == G.graph["edges_total"] == PEOPLE * (PEOPLE - 1) // 2
    _, small = service.network("Orla Venn00", max_edges=10)
    assert small.number_of_edges() == PEOPLE - 1  # never fewer than one line per person reached


def test_the_python_facade_has_the_same_cap_without_a_read_model(service):
    from newsgraph import NewsGraph
    kg = NewsGraph(service.store)  # no read model: the graph is built from the store
    G = kg.network("Orla Venn00")
    assert G.number_of_edges() == views.MAX_EDGES and G.graph["edges_total"] == PEOPLE * (PEOPLE - 1) // 2
    assert kg.network("Orla Venn00", max_edges=None).number_of_edges() == G.graph["edges_total"]
