"""A group noun owned by "his/her" and coordinated with someone holding a post of a known country is that
country's delegation, with them at its head (`_companions_team` in extract/delegations.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, head", [
    ("Slovak Foreign Minister Pavol Hrasko and his team met Czech officials in Prague on Monday.", "Hrasko"),
    ("Pavol Hrasko, the Slovak foreign minister, and his team met Czech President Jan Dvorsky.", "Hrasko"),
    ("Slovak Economy Minister Petra Hraskova and her team held talks with Czech officials in Brno.", "Hraskova"),
])
def test_a_post_holder_and_his_team(extract, text, head):
    facts = extract(text)
    assert surnames(facts, [delegation_of(facts, "Slovakia").head]) == {head}


def test_a_coach_and_his_team_make_no_delegation(extract):
    facts = extract("Slovak coach Pavol Hrasko and his team won the match in Prague on Monday.")
    assert not any(d.head and surnames(facts, [d.head]) == {"Hrasko"} for d in facts.delegations.values())
