"""Offices whose title carries a second complement before the holder's name ("Secretary of State for
Trade X", "Minister of State at the Ministry of Foreign Affairs X"): the whole title is the office and
the name after it is the person, whatever NER ran together."""
import pytest

from tests.conftest import names


def _offices(facts) -> set[tuple[str, str]]:
    return {(facts.persons[o.person].name, o.title) for o in facts.offices}


@pytest.mark.parametrize("text, name, title", [
    ("Minister of State at the Ministry of Foreign Affairs Sheikh Khalid Al Marri received the envoys.",
     "Khalid Al Marri", "Minister of State at the Ministry of Foreign Affairs"),
    ("Qatar's Minister of State at the Ministry of Energy Sheikh Faisal Al Thani met the visitors.",
     "Faisal Al Thani", "Minister of State at the Ministry of Energy"),
    ("Under the plan, Deputy Minister for Political Affairs at the Foreign Office Tom Ware flew to Cairo.",
     "Tom Ware", "Deputy Minister for Political Affairs at the Foreign Office"),
])
def test_a_title_with_an_at_complement(extract, text, name, title):
    assert (name, title) in _offices(extract(text))


@pytest.mark.parametrize("text, name, title", [
    ("Secretary of State for Trade Jon Doe opened the fair in Leeds.", "Jon Doe", "Secretary of State for Trade"),
    ("Secretary of State for Northern Ireland Hilary Benn visited Belfast on Monday.", "Hilary Benn",
     "Secretary of State for Northern Ireland"),
    ("The talks with Secretary of State for Defence John Healey ended on Friday.", "John Healey",
     "Secretary of State for Defence"),
])
def test_a_second_for_complement_keeps_the_person(extract, text, name, title):
    facts = extract(text)
    assert name in names(facts)
    assert (name, title) in _offices(facts)


@pytest.mark.parametrize("text, name, title", [
    ("Ambassador to the United States Jane Roe attended the dinner.", "Jane Roe", "Ambassador to the United States"),
    ("Special Envoy for the Horn of Africa Peter Lund arrived in Nairobi.", "Peter Lund",
     "Special Envoy for the Horn of Africa"),
    ("Permanent Representative to the United Nations Ida Holm spoke first.", "Ida Holm",
     "Permanent Representative to the United Nations"),
])
def test_a_complement_with_its_own_article(extract, text, name, title):
    assert (name, title) in _offices(extract(text))


@pytest.mark.parametrize("text, name, title", [
    ("He met Minister Ana Lobo at the Foreign Ministry on Monday.", "Ana Lobo", "Minister"),
    ("Deputy Minister Ana Lobo at the time said nothing.", "Ana Lobo", "Deputy Minister"),
    ("Trade Minister Ana Lobo at the Foreign Ministry said nothing.", "Ana Lobo", "Trade Minister"),
])
def test_a_place_after_the_name_is_no_part_of_the_title(extract, text, name, title):
    offices = _offices(extract(text))
    assert not any("at the" in t for _, t in offices)
    assert (name, title) in offices
