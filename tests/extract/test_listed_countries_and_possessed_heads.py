"""A plural title over names each with its own "of <country>" ("Prime Ministers A of Sweden and B of
Denmark"), a title after a list comma that belongs to the name after it however long its complement
("A, Deputy Head of the Federal Tax Service B and C"), and "Its head, X" right after a delegation
(extract/paired_titles.py, offices.py, delegation_members.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, offices_by_surname, surnames


@pytest.mark.parametrize("text, expected", [
    ("Prime Ministers Maja Strand of Norway and Peter Nilsson of Finland opened the bridge.",
     {("Strand", "prime minister", "Norway"), ("Nilsson", "prime minister", "Finland")}),
    ("Defence ministers Kees Bakker of the Netherlands and Luc Peeters of Belgium inspected the troops.",
     {("Bakker", "defence minister", "Netherlands"), ("Peeters", "defence minister", "Belgium")}),
    ("Foreign Ministers Ana Costa of Portugal, Luis Vidal of Spain and Marc Roux of France met in Lisbon.",
     {("Costa", "foreign minister", "Portugal"), ("Vidal", "foreign minister", "Spain"), ("Roux", "foreign minister", "France")}),
])
def test_each_listed_name_takes_its_own_country(extract, text, expected):
    assert expected <= offices_by_surname(extract(text))


def test_a_list_of_names_and_an_unrelated_of_phrase(extract):
    offices = offices_by_surname(extract("Ministers Maja Strand and Olli Niemi of the coalition spoke."))
    assert not any(o[2] for o in offices if o[0] in {"Strand", "Niemi"})


@pytest.mark.parametrize("text", [
    "The delegation comprised Anwar Salleh, Deputy Director-General of the Federal Tax Service Boris Volkov and Ida Sten.",
    "The panel heard Anwar Salleh, Deputy Head of the National Customs Authority of Malaysia Boris Volkov and Ida Sten.",
    "Present were Anwar Salleh, Secretary-General of the Ministry of Foreign Affairs Boris Volkov, and Ida Sten.",
])
def test_a_long_title_after_a_list_comma_is_the_next_names(extract, text):
    offices = offices_by_surname(extract(text))
    assert not any(s == "Salleh" for s, _, _ in offices), offices
    assert any(s == "Volkov" for s, _, _ in offices), offices


@pytest.mark.parametrize("text", [
    "A Bolivian delegation arrived in Lima on Monday. Its head, Vice-President Laura Mendez, said the talks went well.",
    "A Bolivian delegation arrived in Lima on Monday. Its leader, Laura Mendez, said the talks went well.",
    "Bolivia sent a delegation to Lima. Its chief, Mining Minister Laura Mendez, praised the hosts.",
])
def test_its_head_after_a_delegation(extract, text):
    facts = extract(text)
    assert surnames(facts, [delegation_of(facts, "Bolivia").head]) == {"Mendez"}


@pytest.mark.parametrize("text", [
    "A Bolivian delegation arrived in Lima on Monday. Its head of state, Laura Mendez, stayed home.",
    "A Bolivian delegation arrived. The company and its chief, Laura Mendez, were not part of it.",
])
def test_other_owned_heads_do_not_lead_it(extract, text):
    facts = extract(text)
    assert not any(d.head and facts.persons[d.head].name.endswith("Mendez") for d in facts.delegations.values())
