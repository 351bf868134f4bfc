"""Members told after the delegation by a verb that fills it up ("A and B complete the Danish side", "C rounds
out the delegation", "D and E make up the rest of the team"), by "Among its members is F", and in a list whose
titles hold "on"/"for" inside a capitalised name ("Chairman of the Committee on Trade and Energy G")
(extract/delegation_members.py, participants.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, country, members", [
    ("The Danish delegation is headed by Lars Holm. Mette Dahl and Jens Lund complete the Danish side.", "Denmark",
     {"Holm", "Dahl", "Lund"}),
    ("The Chilean team is led by Rosa Vidal, a deputy minister. Pedro Soto, a lawyer, rounds out the delegation.",
     "Chile", {"Vidal", "Soto"}),
    ("The Peruvian delegation is headed by Ana Ruiz. Luis Mora and Carla Paz make up the rest of the delegation.",
     "Peru", {"Ruiz", "Mora", "Paz"}),
])
def test_a_verb_that_fills_up_the_group_gives_members(extract, text, country, members):
    facts = extract(text)
    assert members <= surnames(facts, delegation_of(facts, country).members)


def test_completing_something_else_adds_no_member(extract):
    facts = extract("A Danish delegation led by Lars Holm arrived in Hanoi. Peter Kamau completed the talks with "
                    "Holm on Friday.")
    assert "Kamau" not in surnames(facts, delegation_of(facts, "Denmark").members)


@pytest.mark.parametrize("text, country, member", [
    ("A Danish delegation led by Lars Holm arrived in Hanoi. Among its members is Mette Dahl, deputy secretary at "
     "the ministry.", "Denmark", "Dahl"),
    ("A Chilean delegation headed by Rosa Vidal reached Seoul. Among its members are Pedro Soto and Ana Ruiz.",
     "Chile", "Soto"),
    ("Peruvian negotiators led by Ana Ruiz flew to Quito. Among their members is Luis Mora, a former judge.", "Peru",
     "Mora"),
])
def test_among_its_members_takes_up_the_group_just_told(extract, text, country, member):
    facts = extract(text)
    assert member in surnames(facts, delegation_of(facts, country).members)


@pytest.mark.parametrize("text, country, members", [
    ("A Danish delegation led by Lars Holm arrived in Hanoi. It includes Chairwoman of the Committee on Trade and "
     "Energy Mette Dahl and Senator Anna Berg.", "Denmark", {"Dahl", "Berg"}),
    ("A Peruvian delegation headed by Ana Ruiz reached Seoul. It includes Chairman of the Senate Committee on "
     "Defence and Security Luis Mora and Senator Carla Paz.", "Peru", {"Mora", "Paz"}),
    ("The Chilean delegation, led by Rosa Vidal, also included President of the Council on Mining Pedro Soto "
     "and Ambassador Ana Ruiz.", "Chile", {"Soto", "Ruiz"}),
    # "for" was read before: the same list with it stays read
    ("A Peruvian delegation headed by Ana Ruiz reached Seoul. It includes Minister for Foreign Trade Luis Mora and "
     "Senator Carla Paz.", "Peru", {"Mora", "Paz"}),
])
def test_on_and_for_inside_a_capitalised_title_keep_the_list_going(extract, text, country, members):
    facts = extract(text)
    assert members <= surnames(facts, delegation_of(facts, country).members)
