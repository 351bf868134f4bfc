"""A team owned by a named person that meets or holds talks is that person's delegation, with them at its
head ("A's team met B's team"), so the meeting pairs the two heads (`_owners_team` in extract/delegations.py).
A coach's team that plays, or a leader's team that speaks, is no delegation."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs, surnames


def _heads(facts) -> set[str]:
    return surnames(facts, [d.head for d in facts.delegations.values() if d.head])


@pytest.mark.parametrize("text", [
    "Talks between Daniel Reyes's team and Sergei Volkov's team took place in Riyadh on Monday.",
    "Daniel Reyes's team met Sergei Volkov's team in Riyadh on Monday.",
    "Daniel Reyes's team held talks with Sergei Volkov's negotiating team in Riyadh.",
])
def test_owned_teams_at_talks(extract, text):
    facts = extract(text)
    assert {"Reyes", "Volkov"} <= _heads(facts)
    assert frozenset(("Reyes", "Volkov")) in met_pairs(facts)


@pytest.mark.parametrize("text", [
    "Coach Daniel Reyes's team beat Real Betis on Sunday.",
    "Prime Minister Daniel Reyes's team said the budget would be tabled in April.",
])
def test_other_teams_are_no_delegation(extract, text):
    assert not _heads(extract(text))
