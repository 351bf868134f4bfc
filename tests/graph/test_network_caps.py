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


def test_the_lines_kept_do_not_depend_on_the_order_the_graph_was_built_in():
    """Ties at the cut go by IRI: the same people give the same lines, however the graph was built."""
    import random

    import networkx as nx
    pairs = [(f"p{i:02d}", f"p{j:02d}") for i in range(30) for j in range(i + 1, 30)]
    answers = set()
    for seed in range(4):
        random.Random(seed).shuffle(pairs)
        G = nx.Graph()
        for a, b in pairs:
            weight = 2 if "p00" in (a, b) else 1  # the centre's lines are the heaviest, the rest all tie
            G.add_edge(a, b, weight=weight, meetings=[{"meeting": f"{a}-{b}-{k}"} for k in range(weight)])
        H = views.neighbourhood(G, "p00", 1, max_edges=60)
        assert H.number_of_edges() == 60 and H.graph["edges_total"] == len(pairs)
        answers.add(frozenset(frozenset(e) for e in H.edges))
    assert len(answers) == 1


def test_a_servers_read_model_is_out_of_the_cycle_collectors_reach_after_a_build(service):
    """`newsgraph serve` sets `freeze_after_build`: a full collection then skips the read model
    (it walked all of it, the p99 of network answers); tests and notebooks keep the default."""
    import gc

    from newsgraph.graph.met_index import MetIndex
    assert MetIndex.freeze_after_build is False
    index = MetIndex(service.store)
    index.freeze_after_build = True
    gc.unfreeze()
    try:
        graph = index.build_now().graph
        assert gc.get_freeze_count() > graph.number_of_edges()
    finally:
        gc.unfreeze()


def test_serve_freezes_its_read_model(monkeypatch, tmp_path):
    import uvicorn

    from newsgraph.api.cli import serving
    from newsgraph.api.config import Settings
    seen = {}

    class Stop(Exception):
        pass

    def fake_server(config):
        state = config.app.state
        seen["freeze"] = [m.freeze_after_build for m in (state.met_index, state.people_index, state.meeting_index)]
        raise Stop

    monkeypatch.setattr(uvicorn, "Server", fake_server)
    with pytest.raises(Stop):
        serving.run_server(Settings(store=tmp_path / "store"), port=1)
    assert seen["freeze"] == [True, True, True]  # every model: one left in reach is walked by every full collection


def test_the_meeting_index_is_frozen_after_its_build_too(service):
    """Not only the who-met model: a model that finishes after it (the meeting index's first build
    at 100k took minutes) was left in the collector's reach, 350 ms a full collection."""
    import gc

    from newsgraph.graph.meeting_index import MeetingIndex
    index = MeetingIndex(service.store)
    index.freeze_after_build = True
    gc.unfreeze()
    try:
        state = index.build_now()
        assert state.every and gc.get_freeze_count() > len(state.by_attendee)
    finally:
        gc.unfreeze()


def test_serve_uses_the_c_http_parser_and_event_loop(monkeypatch, tmp_path):
    """`newsgraph serve` runs uvicorn on httptools and uvloop (both dependencies): with h11 and
    asyncio's loop the HTTP side cost ~0.5 ms more per request (bench/README.md, issue 9)."""
    import uvicorn

    from newsgraph.api.cli import serving
    from newsgraph.api.config import Settings
    seen = {}

    class Stop(Exception):
        pass

    def fake_server(config):
        config.load()
        seen["http"], seen["loop"] = config.http_protocol_class.__module__, config.loop
        raise Stop

    monkeypatch.setattr(uvicorn, "Server", fake_server)
    with pytest.raises(Stop):
        serving.run_server(Settings(store=tmp_path / "store"), port=1)
    assert seen["http"].endswith("httptools_impl")
    assert seen["loop"] == "uvloop"
