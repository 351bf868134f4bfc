"""The network answer: counts per status and channel, the documented shape, the meetings on request."""
from __future__ import annotations

import json

import networkx as nx

from newsgraph.api.http.network_body import MEETING_FIELDS, network_body
from newsgraph.api.http.schemas import MeetingRef, Network


def _meeting(n: int, status: str = "Occurred", channel: str | None = None) -> dict:
    return {"meeting": f"m{n}", "status": status, "channel": channel, "date": "2024-03-0" + str(n % 9 + 1),
            "place": None, "sentence": "Two envoys shook hands.", "article": "a1"}


def _graph(meetings: list[dict]) -> nx.Graph:
    G = nx.Graph(truncated=False, edges_total=1)
    G.add_node("p:a", name="Ada Brisk", country="Norland", hops=0)
    G.add_node("p:b", name="Bo Crane", country=None, hops=1)
    G.add_edge("p:a", "p:b", weight=len(meetings), meetings=meetings)
    return G


def test_counts_per_status_and_channel_and_a_valid_network():
    meetings = [_meeting(1), _meeting(2, "Scheduled"), _meeting(3, "Occurred", "Phone")]
    body = json.loads(network_body("p:a", 1, _graph(meetings)))
    Network.model_validate(body)  # the documented shape
    (edge,) = body["edges"]
    assert edge["statuses"] == {"Occurred": 2, "Scheduled": 1}
    assert edge["channels"] == {"InPerson": 2, "Phone": 1}
    assert edge["meetings"] is None and body["edges_total"] == 1
    listed = json.loads(network_body("p:a", 1, _graph(meetings), with_meetings=True))["edges"][0]["meetings"]
    assert [m["meeting"] for m in listed] == ["m1", "m2", "m3"]


def test_counts_follow_the_list_a_line_holds_now():
    """A line's list changes with writes (appended in place, or replaced): each answer counts it afresh."""
    G = _graph([_meeting(1), _meeting(2)])
    assert json.loads(network_body("p:a", 1, G))["edges"][0]["statuses"] == {"Occurred": 2}
    G["p:a"]["p:b"]["meetings"].append(_meeting(3, "Declined"))
    G["p:a"]["p:b"]["weight"] = 3
    assert json.loads(network_body("p:a", 1, G))["edges"][0]["statuses"] == {"Occurred": 2, "Declined": 1}
    G["p:a"]["p:b"].update(meetings=[_meeting(1, "Declined")], weight=1)
    edge = json.loads(network_body("p:a", 1, G))["edges"][0]
    assert edge["statuses"] == {"Declined": 1} and edge["weight"] == 1


def test_the_meeting_fields_are_the_documented_ones():
    assert MEETING_FIELDS == tuple(MeetingRef.model_fields)
