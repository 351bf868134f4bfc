"""Delegation heads in three more wordings: a passive "chaired by" or "spearheaded by" on the group
(`led_by_verbs.txt`), a head noun's phrase used as a title before the name with no comma ("Head of the
Uzbek delegation A said"), and a with-phrase that puts someone at the group's head or helm
(`head_position_nouns.txt`) (extract/delegations.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


def _head(facts, country: str) -> str | None:
    delegation = delegation_of(facts, country)
    return facts.persons[delegation.head].name.split()[-1] if delegation.head else None


@pytest.mark.parametrize("text", [
    "The Sri Lankan delegation, chaired by Foreign Secretary Nimal Perera, met Indian officials in Delhi.",
    "A Sri Lankan delegation chaired by Nimal Perera arrived in Delhi on Monday.",
    "Colombo sent a Sri Lankan delegation spearheaded by Foreign Secretary Nimal Perera.",
    "The Sri Lankan delegation was chaired by Nimal Perera.",
])
def test_chaired_and_spearheaded_by_name_the_head(extract, text):
    assert _head(extract(text), "Sri Lanka") == "Perera"


def test_chairing_talks_heads_no_delegation(extract):
    facts = extract("Foreign Secretary Nimal Perera chaired the talks with the Indian delegation.")
    assert not any(d.head for d in facts.delegations.values())


@pytest.mark.parametrize("text", [
    "Head of the Uzbek delegation Rustam Karimov told reporters the accord was nearly ready.",
    "\"We are close,\" said head of the Uzbek delegation Rustam Karimov.",
    "Leader of the Uzbek delegation Rustam Karimov arrived in Almaty on Sunday.",
])
def test_a_head_noun_phrase_as_a_title(extract, text):
    assert _head(extract(text), "Uzbekistan") == "Karimov"


def test_the_head_of_a_delegation_meeting_someone_is_not_them(extract):
    facts = extract("The head of the Uzbek delegation met Rustam Karimov on Monday.")
    assert not any(d.head for d in facts.delegations.values())


@pytest.mark.parametrize("text", [
    "The Serbian delegation, with Foreign Minister Milan Jovic at its head, arrived in Budapest on Thursday.",
    "Serbia sent a delegation with Milan Jovic at the helm.",
    "A Serbian delegation arrived in Budapest with Foreign Minister Milan Jovic at its head.",
])
def test_with_someone_at_its_head(extract, text):
    facts = extract(text)
    assert _head(facts, "Serbia") == "Jovic"
    assert surnames(facts, delegation_of(facts, "Serbia").members) == {"Jovic"}


def test_with_someone_at_the_head_of_a_table_heads_nothing(extract):
    facts = extract("The Serbian delegation sat with Milan Jovic at the head of the table.")
    assert not any(d.head for d in facts.delegations.values())
