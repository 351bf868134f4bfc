"""Two delegations of one country on opposite sides (the government's and the opposition's or the rebels')
stay two delegations with their own heads, so their meeting pairs the two heads (`_party_side`,
`_other_side` in extract/delegations.py; the non-state sides are `party_sides.txt`)."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs, surnames


def _head_groups(facts) -> list[set[str]]:
    return [surnames(facts, d.members) for d in facts.delegations.values() if d.members]


@pytest.mark.parametrize("text", [
    "The government delegation was led by Tomas Arriaga, while the opposition team was headed by Lucia Fenwick.",
    "Guatemala's government delegation, led by Tomas Arriaga, met the rebel delegation headed by Lucia Fenwick "
    "in Panama City on Tuesday.",
    "Government negotiators, led by Tomas Arriaga, met the indigenous delegation headed by Lucia Fenwick in Quito.",
    "The Venezuelan opposition delegation, led by Lucia Fenwick, met the government delegation headed by "
    "Tomas Arriaga in Bridgetown.",
    "The delegation of the Bolivian government was led by Tomas Arriaga. The opposition's negotiators were "
    "headed by Lucia Fenwick.",
])
def test_two_sides_of_one_country_stay_apart(extract, text):
    facts = extract(text)
    groups = _head_groups(facts)
    assert {"Arriaga"} in groups and {"Fenwick"} in groups
    if " met " in text:
        assert frozenset(("Arriaga", "Fenwick")) in met_pairs(facts)


def test_an_organisations_delegation_is_not_the_governments(extract):
    facts = extract("The Houthi delegation, headed by Omar Saleh, met the government delegation led by "
                    "Karim Nasser in Stockholm.")
    assert {"Saleh"} in _head_groups(facts) and {"Nasser"} in _head_groups(facts)


def test_the_same_side_told_again_is_one_delegation(extract):
    facts = extract("An opposition delegation led by Lucia Fenwick arrived in Caracas. The opposition delegation "
                    "also includes Marco Veloz.")
    assert {"Fenwick", "Veloz"} in _head_groups(facts)
