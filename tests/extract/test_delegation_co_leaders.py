"""Several leaders in one group's lead by-phrase (the first heads it, all are members) and a head given in a
fronted "under the leadership of" phrase (`_co_leaders`, `_heads_named` in extract/delegations.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text", [
    "The Omani delegation to the Muscat talks was led by Foreign Minister Salim al-Harthi and National Security "
    "Adviser Nasser al-Busaidi.",
    "The Omani delegation, led by Foreign Minister Salim al-Harthi and National Security Adviser Nasser al-Busaidi, "
    "arrived in Tehran.",
    "Oman sent a delegation headed by Foreign Minister Salim al-Harthi and National Security Adviser Nasser "
    "al-Busaidi to the talks in Tehran.",
])
def test_every_leader_is_a_member_and_the_first_heads(extract, text):
    facts = extract(text)
    delegation = delegation_of(facts, "Oman")
    assert {"al-Harthi", "al-Busaidi"} <= surnames(facts, delegation.members)
    assert surnames(facts, [delegation.head]) == {"al-Harthi"}


def test_a_name_opening_the_next_clause_is_no_co_leader(extract):
    facts = extract("The Omani delegation was led by Foreign Minister Salim al-Harthi, and President Reza Tavakoli "
                    "received it in Tehran.")
    assert "Tavakoli" not in surnames(facts, delegation_of(facts, "Oman").members)


@pytest.mark.parametrize("text", [
    "Under the leadership of Prime Minister Tran Quoc Hai, the Vietnamese delegation attended the summit in Kuala Lumpur.",
    "Under the direction of Prime Minister Tran Quoc Hai, the Vietnamese delegation held talks in Jakarta.",
    "Under the leadership of Prime Minister Tran Quoc Hai, the Vietnamese negotiating team signed the deal in Manila.",
])
def test_head_in_a_fronted_under_phrase(extract, text):
    facts = extract(text)
    assert surnames(facts, [delegation_of(facts, "Vietnam").head]) == {"Hai"}


def test_a_fronted_under_phrase_of_a_thing_names_no_head(extract):
    facts = extract("Under the agreement signed by Prime Minister Tran Quoc Hai, the Vietnamese delegation will return home.")
    assert all(d.head is None for d in facts.delegations.values())
