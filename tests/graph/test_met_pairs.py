"""A pair's meetings in the who-met read model: adding one costs O(1) whatever the pair already
holds (counted, not timed), and what the model hands out does not change under later writes.

The met-graph snapshot (`MetIndex.frozen_graph`, what `service.met_graph()` returns) is one
immutable copy per store state: the same object for every call until a write, then a new one; the
old one keeps its meetings.
"""
from __future__ import annotations

import networkx as nx
import pytest

from newsgraph.graph import met_index
from newsgraph.graph.met_index import MetState
from tests.graph.test_read_model import _article, _service


class CountingMeeting(dict):
    """A meeting row that counts how often its fields are read."""

    reads = 0

    def __getitem__(self, key):
        CountingMeeting.reads += 1
        return super().__getitem__(key)


def _meeting(n: int, status: str = "Occurred", cls=dict) -> dict:
    return cls(meeting=f"urn:m:{n}", status=status, channel=None, date=None, place=None, sentence=None,
               article=f"urn:a:{n}")


def test_adding_a_meeting_to_a_pair_does_not_read_its_other_meetings():
    state, held = nx.Graph(), set()
    for n in range(200):  # the pair's meetings so far, each counting the reads of its fields
        met_index._add_to(state, held, "urn:p:a", "urn:p:b", _meeting(n, cls=CountingMeeting))
    meetings = state["urn:p:a"]["urn:p:b"]["meetings"]
    CountingMeeting.reads = 0
    for n in range(200, 1200):
        met_index._add_to(state, held, "urn:p:b", "urn:p:a", _meeting(n))
    assert CountingMeeting.reads == 0  # the old code read every earlier meeting's IRI on each add
    assert state["urn:p:a"]["urn:p:b"]["meetings"] is meetings  # appended in place, not copied
    assert state["urn:p:a"]["urn:p:b"]["weight"] == 1200
    met_index._add_to(state, held, "urn:p:a", "urn:p:b", _meeting(5))  # the same meeting again: kept once
    assert state["urn:p:a"]["urn:p:b"]["weight"] == 1200


def test_removing_and_re_adding_a_meeting_and_dropping_a_person():
    state = MetState()
    people = {p: (p, None) for p in ("urn:p:a", "urn:p:b")}
    for p in people:
        state.set_person(p, p, None)
    for n in range(3):
        met_index._add(state, people, "urn:p:a", "urn:p:b", _meeting(n, "Declined" if n == 2 else "Occurred"), f"urn:a:{n}")
    assert state.graph["urn:p:a"]["urn:p:b"]["weight"] == 2 and state.every["urn:p:a"]["urn:p:b"]["weight"] == 3
    met_index._remove_from(state.graph, state.held["graph"], "urn:p:b", "urn:p:a", "urn:m:0")
    met_index._remove_from(state.every, state.held["every"], "urn:p:a", "urn:p:b", "urn:m:0")
    met_index._add(state, people, "urn:p:a", "urn:p:b", _meeting(0), "urn:a:0")  # back again: not taken for a duplicate
    assert state.graph["urn:p:a"]["urn:p:b"]["weight"] == 2
    state.drop_person("urn:p:b")
    assert state.held == {"graph": set(), "every": set()}
    state.set_person("urn:p:b", "urn:p:b", None)
    met_index._add(state, people, "urn:p:a", "urn:p:b", _meeting(1), "urn:a:1")
    assert state.graph["urn:p:a"]["urn:p:b"]["weight"] == 1


def test_answers_given_keep_their_meetings_when_writes_append():
    service = _service()
    service.store_facts(_article(1, "Ivar Kettle"))
    hub, other = service.person_iri("Hilde Hollow"), service.person_iri("Ivar Kettle")
    _, _, paths, _ = service.paths(hub, other)
    _, around = service.network(hub, depth=1)
    _, everyone = service.network()
    page = service.met_page(hub)
    given = (list(paths[0][0]["meetings"]), list(around[hub][other]["meetings"]), list(page.entries[0]["meetings"]),
             list(everyone[hub][other]["meetings"]))
    service.store_facts(_article(2, "Ivar Kettle"))  # a second meeting of the same pair
    assert service.met_page(hub).entries[0]["meetings"].__len__() == 2
    assert (paths[0][0]["meetings"], around[hub][other]["meetings"], page.entries[0]["meetings"],
            everyone[hub][other]["meetings"]) == given


def test_the_met_graph_is_one_frozen_snapshot_per_store_state():
    service = _service()
    service.store_facts(_article(1, "Ivar Kettle"))
    first = service.met_graph()
    assert service.met_graph() is first  # no copy per call
    assert nx.is_frozen(first)
    with pytest.raises(nx.NetworkXError):
        first.add_edge("urn:x", "urn:y")
    hub, other = service.person_iri("Hilde Hollow"), service.person_iri("Ivar Kettle")
    service.store_facts(_article(2, "Ivar Kettle"))
    second = service.met_graph()
    assert second is not first
    assert first[hub][other]["weight"] == len(first[hub][other]["meetings"]) == 1  # the old state, unchanged
    assert second[hub][other]["weight"] == len(second[hub][other]["meetings"]) == 2
