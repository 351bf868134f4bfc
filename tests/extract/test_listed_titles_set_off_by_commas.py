"""Titles with a complement set off by commas from the name, listed after "led by" or "chaired by": "the
Undersecretary for Trade, Rosa Diaz, and the Ambassador to Peru, Pablo Soto". Each name is a person with its
own title, also where the tagger took its surname for a common noun; "undersecretary" is a title head."""
import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, expected", [
    ("The talks were led by the Undersecretary for Trade, Rosa Diaz, and the Ambassador to Peru, Pablo Soto.",
     {("Diaz", "undersecretary for trade"), ("Soto", "ambassador to peru")}),
    ("The talks were led by the Ambassador to Peru, Pablo Soto.", {("Soto", "ambassador to peru")}),
    ("The session was chaired by the Undersecretary for Multilateral Affairs, Marta Ruiz.",
     {("Ruiz", "undersecretary for multilateral affairs")}),
    ("The Chilean side was headed by the Deputy Minister for Trade, Rosa Diaz, and the Consul in Lima, Pablo Soto.",
     {("Diaz", "deputy minister for trade"), ("Soto", "consul in lima")}),
])
def test_each_listed_name_takes_its_title(extract, text, expected):
    found = {(surname, title) for surname, title, _ in offices_by_surname(extract(text))}
    assert expected <= found, found


@pytest.mark.parametrize("text, expected", [
    ("The talks were led by the Minister of Trade, Industry and Tourism.", set()),
    ("The talks were led by the Ambassador to Peru, Pablo Soto.", {"Pablo Soto"}),
])
def test_only_names_become_persons(extract, text, expected):
    assert names(extract(text)) == expected, names(extract(text))
