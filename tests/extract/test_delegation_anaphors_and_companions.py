"""The one delegation of a text taken up as "the visitors", "the lawmakers", "the senators" (its members meet
whom they meet, but they never speak a quote reported about them); companions put after a fronted with-phrase
("With her came A and B", "Traveling with him are C and D"); a title's dot inside a list ("joined by Sens. A,
B and C"). extract/delegations.py, participants.py."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, met_pairs, surnames


@pytest.mark.parametrize("text, host", [
    ("A delegation from Altenkirchen arrived on Monday. It is led by Mayor Helga Brandt and includes Karl Weber. "
     "On Tuesday, Governor Anna Roth welcomed the visitors at the state house.", "Roth"),
    ("A Danish parliamentary delegation led by Lars Holm and including Mette Dahl reached Hanoi on Sunday. Later "
     "the lawmakers were hosted for lunch by Speaker Tran Van Minh.", "Minh"),
    ("A Chilean delegation headed by Rosa Vidal and including Pedro Soto is in Tokyo this week. On Thursday the "
     "senators are set to meet Prime Minister Kenji Sato.", "Sato"),
])
def test_the_visitors_are_the_one_delegation_told_before(extract, text, host):
    facts = extract(text)
    delegation = next(d for d in facts.delegations.values() if d.members)
    pairs = met_pairs(facts)
    assert all(frozenset((host, m)) in pairs for m in surnames(facts, delegation.members)), pairs


def test_a_reported_clause_about_the_senators_keeps_its_speaker(extract):
    facts = extract("A Chilean delegation headed by Rosa Vidal and including Pedro Soto is in Tokyo. Spokesman Li "
                    "Wei told reporters that the senators had given \"a very wrong signal\" to the island.")
    speakers = {s.speaker.kind for s in facts.statements}
    assert "delegation" not in speakers, [(s.speaker, s.text) for s in facts.statements]


@pytest.mark.parametrize("text", [
    # two delegations: "the visitors" could be either
    "A Danish delegation led by Lars Holm and a Chilean delegation led by Rosa Vidal reached Hanoi. On Tuesday "
    "Governor Anna Roth welcomed the visitors.",
    # "the Kenyan lawmakers" are somebody else
    "A Danish delegation led by Lars Holm and including Mette Dahl reached Nairobi. Later the Kenyan lawmakers "
    "were hosted at a lunch by Speaker Peter Kamau.",
])
def test_no_take_up_when_it_is_not_the_one_delegation(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset(("Roth", "Holm")) not in pairs and frozenset(("Kamau", "Holm")) not in pairs, pairs


@pytest.mark.parametrize("text, body, members", [
    ("A delegation of 30 guests from Altenkirchen arrived on Friday. It was led by Mayor Helga Brandt. With her "
     "came the chairman of the town council, Karl Weber, and the head of the school, Ute Kranz.", "Altenkirchen",
     {"Brandt", "Weber", "Kranz"}),
    ("A Danish delegation arrived in Hanoi on Monday. It is led by Lars Holm. Traveling with him are Mette Dahl "
     "and Jens Lund.", "Denmark", {"Holm", "Dahl", "Lund"}),
    ("A Peruvian delegation reached Seoul. It is headed by Rosa Vidal. Travelling with her are Senator Pedro Soto "
     "and Senator Ana Ruiz.", "Peru", {"Vidal", "Soto", "Ruiz"}),
])
def test_companions_after_a_fronted_with_phrase_join_the_delegation(extract, text, body, members):
    facts = extract(text)
    assert members <= surnames(facts, delegation_of(facts, body).members)


def test_a_fronted_with_phrase_of_someone_leading_nothing_adds_no_members(extract):
    facts = extract("Rosa Vidal arrived in Seoul on Monday. With her came Pedro Soto and Ana Ruiz.")
    assert not any(d.members for d in facts.delegations.values()), facts.delegations


@pytest.mark.parametrize("text, country, members", [
    ("A Chilean delegation arrived in Manila. It is led by Sen. Rosa Vidal. She is joined by Sens. Pedro Soto, "
     "Ana Ruiz and Luis Mora.", "Chile", {"Vidal", "Soto", "Ruiz", "Mora"}),
    ("A Danish delegation reached Hanoi. It is led by Lars Holm. He is accompanied by Drs. Mette Dahl and Jens "
     "Lund.", "Denmark", {"Holm", "Dahl", "Lund"}),
    ("A Peruvian delegation arrived in Seoul. It is led by Rosa Vidal, who is joined by Reps. Pedro Soto and "
     "Ana Ruiz.", "Peru", {"Vidal", "Soto", "Ruiz"}),
])
def test_a_title_dot_does_not_end_the_list(extract, text, country, members):
    facts = extract(text)
    assert members <= surnames(facts, delegation_of(facts, country).members)
