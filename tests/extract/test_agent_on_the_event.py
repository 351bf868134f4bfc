"""A passive meeting verb whose agent the parser hangs on the meal or meeting noun (extract/meetings.py,
`_agents_on_the_event`): "A was hosted at a working breakfast by B", "... by the agency's
vice-president, B, and its head of research, C": B (and C) are the hosts A met. An invitation is no
meeting, a "by" inside another participle ("paid for by") is not the host, and a verb that is no
meeting ("was praised at a lunch by B") stays none."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs

_ARRIVED = "Chief executive Farida Osei arrived in Santiago on Monday. "


@pytest.mark.parametrize("text, hosts", [
    (_ARRIVED + "On Tuesday she was hosted at a working breakfast by vice-president Ana Ruiz.", ("Ruiz",)),
    (_ARRIVED + "There she was hosted at a working breakfast by the agency's vice-president, Ana Ruiz, "
                "and its head of research, Tomas Vidal.", ("Ruiz", "Vidal")),
    ("Later that day trade envoy Farida Osei was hosted at an informal lunch by the bank's governor, Ana Ruiz.", ("Ruiz",)),
])
def test_the_agent_on_the_meal_is_the_host(extract, text, hosts):
    pairs = met_pairs(extract(text))
    for host in hosts:
        assert frozenset(("Osei", host)) in pairs, pairs


@pytest.mark.parametrize("text", [
    "On Wednesday chief executive Farida Osei was invited to a working lunch by vice-president Ana Ruiz.",
    "On Wednesday chief executive Farida Osei was hosted at a working lunch paid for by vice-president Ana Ruiz's foundation.",
    "On Wednesday chief executive Farida Osei was praised at a working lunch by vice-president Ana Ruiz.",
])
def test_no_host_met(extract, text):
    assert frozenset(("Osei", "Ruiz")) not in met_pairs(extract(text))
