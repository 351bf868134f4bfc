"""Offices told in a fronted "as"-phrase ("As finance minister of Peru, A ..."), a lower-case title
closed by its complement before the name ("her chief of staff B"), a demonym NER took for an
organisation ("Kazakh President C"), and trades with a place after them that are no office ("a
political analyst in Lagos") (extract/offices.py)."""
from __future__ import annotations

import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, title", [
    ("As finance minister of Peru, Julia Torres has cut spending twice.", "finance minister"),
    ("In his capacity as chairman of the Andean Community, Julio Torres opened the forum.", "chairman"),
    ("Speaking as interior minister, Julia Torres promised more police.", "interior minister"),
    ("In her capacity as head of the electoral commission, Julia Torres announced the results.", "head"),
])
def test_fronted_capacity_is_the_subjects_office(extract, text, title):
    offices = offices_by_surname(extract(text))
    assert any(s == "Torres" and title in t for s, t, _ in offices), offices


@pytest.mark.parametrize("text", [
    "As a child, Julia Torres lived in Cusco.",
    "As the minister said, Julia Torres will travel on Monday.",
    "As protesters gathered, Julia Torres left the building.",
])
def test_other_fronted_as_phrases_are_no_office(extract, text):
    assert not [o for o in offices_by_surname(extract(text)) if o[0] == "Torres"]


@pytest.mark.parametrize("text, title", [
    ("The premier arrived with her chief of staff Lena Brandt.", "chief of staff"),
    ("Flanked by his head of mission Lena Brandt, the envoy spoke to the press.", "head of mission"),
    ("The senator and her chief of staff Lena Brandt left early.", "chief of staff"),
])
def test_lower_case_title_with_complement_before_a_name(extract, text, title):
    offices = offices_by_surname(extract(text))
    assert any(s == "Brandt" and t == title for s, t, _ in offices), offices


@pytest.mark.parametrize("text, country", [
    ("Kazakh President Nurlan Temirov flew to Seoul.", "Kazakhstan"),
    ("Kyrgyz Foreign Minister Aibek Sadyrov flew to Seoul.", "Kyrgyzstan"),
    ("Tajik Prime Minister Rustam Nazarov flew to Seoul.", "Tajikistan"),
])
def test_a_demonym_tagged_as_an_organisation_is_the_country(extract, text, country):
    offices = extract(text).offices
    assert offices and offices[0].org == country and country.split()[0] not in offices[0].title


@pytest.mark.parametrize("text", [
    "Bola Adeyemi, a political analyst in Lagos, said the vote was close.",
    "Bola Adeyemi, a novelist from Lagos, said the vote was close.",
    "Bola Adeyemi, a lawyer in Abuja, said the vote was unfair.",
])
def test_trades_with_a_place_after_them_are_no_office(extract, text):
    # (a trade placed in a named organisation is a post there: test_affiliated_posts.py)
    assert not offices_by_surname(extract(text))
