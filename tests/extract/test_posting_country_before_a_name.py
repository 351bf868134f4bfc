"""The country a post is for, between the office and the name ("Ambassador to Chile Ola Berg"), is no part
of the name even where NER runs it in: a country of two words ("Mission Chief for Sri Lanka Ola Berg"), or a
name of one word right after an office ("Ambassador to Malaysia Hermanto"). A given name that is also a
country stays a given name when no office comes before the preposition ("spoke to Jordan Berg")."""
import pytest


def _names(facts):
    return {p.name for p in facts.persons.values()}


@pytest.mark.parametrize("text, name", [
    ("The team under World Bank Country Director for Sri Lanka Anna Kowal met the finance minister on Friday.",
     "Anna Kowal"),
    ("The Special Envoy for South Sudan Tom Reyes arrived in Juba on Monday.", "Tom Reyes"),
    ("Kenyan High Commissioner to Uganda Kiprono met the traders at the border.", "Kiprono"),
    ("Vietnamese Ambassador to Laos Nguyen spoke at the opening ceremony.", "Nguyen"),
    ("It was signed by the Deputy Head of Mission for Sri Lanka Rohan Perera.", "Rohan Perera"),
    ("The talks were opened by the High Commissioner to Fiji Hemanta and the mayor.", "Hemanta"),
    ("Ghana's Ambassador to Burkina Faso Kwame Ansah met the trade minister.", "Kwame Ansah"),
])
def test_the_posting_country_is_cut_from_the_name(extract, text, name):
    assert name in _names(extract(text))


def test_a_speaker_named_by_one_word_after_a_posting_keeps_the_quote(extract):
    facts = extract("Kenyan High Commissioner to Uganda Kiprono met the traders. \"We are close,\" Kiprono said.")
    assert {facts.persons[s.speaker.key].name for s in facts.statements} == {"Kiprono"}


@pytest.mark.parametrize("text, name", [
    ("She spoke to Jordan Peterson on Monday.", "Jordan Peterson"),
    ("The award went to Chad Whitman, a farmer from Iowa, and two others.", "Chad Whitman"),
])
def test_a_given_name_that_is_a_country_stays_when_no_office_precedes(extract, text, name):
    assert name in _names(extract(text))
