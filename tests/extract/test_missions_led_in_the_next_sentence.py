"""A team or mission of an organisation or country that met someone, whose leader and members the next
sentence names ("An IMF mission met A. The mission was headed by B and included C"): the bare "the" +
the same noun is that group, a delegation of the body told before, and the group in the meeting
sentence is it, so its people met A (extract/delegations.py: `_earlier_team`, `_earlier_team_body`)."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "An IMF mission met Finance Minister Kofi Mensah in Accra on Monday. The mission was headed by Ana Duarte.",
    "A World Bank team held talks with Finance Minister Kofi Mensah in Accra. The team was led by Ana Duarte.",
    "A team from the African Union met Finance Minister Kofi Mensah. The team was led by Ana Duarte.",
    "A Brazilian mission visited Accra, where it met Finance Minister Kofi Mensah. The mission was headed by Ana Duarte.",
    "An EU mission met Finance Minister Kofi Mensah on Monday. The mission, led by Ana Duarte, also met trade officials.",
])
def test_the_leader_named_next_met_whom_the_mission_met(extract, text):
    assert frozenset(("Duarte", "Mensah")) in met_pairs(extract(text))


def test_members_named_next_met_them_too(extract):
    pairs = met_pairs(extract("An IMF team met Finance Minister Kofi Mensah in Accra. The team was led by Ana Duarte "
                              "and included Tomas Ferreira."))
    assert {frozenset(("Duarte", "Mensah")), frozenset(("Ferreira", "Mensah"))} <= pairs


@pytest.mark.parametrize("text", [
    "An IMF mission met Finance Minister Kofi Mensah in Accra. The football team was led by Ana Duarte.",
    "A Brazilian team met Finance Minister Kofi Mensah in Accra. The rescue team was led by Ana Duarte.",
])
def test_another_team_is_not_the_mission(extract, text):
    assert frozenset(("Duarte", "Mensah")) not in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "A US team held talks with Finance Minister Kofi Mensah in Accra on Sunday. It was led by Ana Duarte.",
    "A Kenyan mission met Finance Minister Kofi Mensah in Accra. It was headed by police chief Ana Duarte.",
    "An IMF team met Finance Minister Kofi Mensah in Accra. It was led by Ana Duarte.",
])
def test_it_led_by_takes_up_the_team_that_met(extract, text):
    assert frozenset(("Duarte", "Mensah")) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "A US team won the cup in Accra on Sunday. It was led by captain Ana Duarte.",
    "An IMF team inspected the books in Accra. The team was led by Ana Duarte.",
])
def test_a_team_that_met_no_one_is_no_delegation(extract, text):
    assert not any(d.members for d in extract(text).delegations.values())
