"""A meeting with "members of" a delegation (member_nouns.txt) is a meeting with that delegation, and
so with the people the text names in it; members of a body that is no delegation make no partner."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("President Halima Yusuf on Friday met members of a visiting IMF delegation led by Rosa Lindholm.",
     {"Yusuf", "Lindholm"}),
    ("President Halima Yusuf received members of a Chinese trade delegation headed by Vice Minister Zhao Peng "
     "on Friday.", {"Yusuf", "Peng"}),
    ("President Halima Yusuf met with members of the Dutch delegation led by Trade Minister Joost Bakker.",
     {"Yusuf", "Bakker"}),
])
def test_members_of_a_delegation_stand_for_it(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


def test_members_of_another_body_are_no_one_named(extract):
    facts = extract("President Halima Yusuf met members of parliament on Friday. Speaker Rosa Lindholm later "
                    "adjourned the session.")
    assert not met_pairs(facts)
