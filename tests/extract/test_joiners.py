"""People who join the meeting told before (extract/joiners.py): "A and B also joined the meeting",
"C took part in the talks", "D sat in on the session" add them to that meeting, not to one of
their own; other things joined, and indefinite or owned meetings, do not."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs

_FIRST = "President Ola Nord met Prime Minister Kai Berg in Oslo on Friday. "


@pytest.mark.parametrize("second, joiners", [
    ("Foreign Minister Ines Faro and Defence Minister Tomas Leal also joined the meeting.", {"Faro", "Leal"}),
    ("Foreign Minister Ines Faro joined them later.", {"Faro"}),
    ("Foreign Minister Ines Faro also took part in the talks.", {"Faro"}),
    ("Foreign Minister Ines Faro, Defence Minister Tomas Leal and Trade Minister Eva Dahl also took part.", {"Faro", "Leal", "Dahl"}),
    ("Ministers Ines Faro and Tomas Leal sat in on the talks.", {"Faro", "Leal"}),
    ("Foreign Minister Ines Faro also attended.", {"Faro"}),
    ("Foreign Minister Ines Faro participated in the meeting as well.", {"Faro"}),
])
def test_joiners_join_the_meeting_told_before(extract, second, joiners):
    pairs = met_pairs(extract(_FIRST + second))
    for person in joiners:
        assert frozenset((person, "Nord")) in pairs and frozenset((person, "Berg")) in pairs, pairs
    assert frozenset(("Nord", "Berg")) in pairs


@pytest.mark.parametrize("second", [
    "Foreign Minister Ines Faro later joined the opposition party.",
    "Foreign Minister Ines Faro attended a meeting with union leaders the next day.",
    "Foreign Minister Ines Faro took part in a protest outside parliament.",
    "Foreign Minister Ines Faro joined the government in 2019.",
])
def test_other_things_joined_add_no_one(extract, second):
    pairs = met_pairs(extract(_FIRST + second))
    assert not any("Faro" in p and ("Nord" in p or "Berg" in p) for p in pairs), pairs


def test_a_call_told_before_is_not_joined(extract):
    facts = extract("President Ola Nord spoke by phone with Prime Minister Kai Berg on Friday. "
                    "Foreign Minister Ines Faro also joined the call.")
    assert not any("Faro" in p for p in met_pairs(facts))
