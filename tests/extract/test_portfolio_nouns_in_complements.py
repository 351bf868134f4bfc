"""A plural portfolio noun closing an office's complement ("Commissioner for Global Partnerships",
"Minister of Public Works") belongs to the office, never a one-word name set off after it."""
import pytest

from tests.conftest import person_key


def names(facts):
    return {p.name for p in facts.persons.values()}


def titles_of(facts, surname):
    key = person_key(facts, surname)
    return {o.title for o in facts.offices if o.person == key and not o.former}


@pytest.mark.parametrize("text, surname, title", [
    ("The mission was headed by the Director-General for Regional Partnerships, Hanna Lindqvist, and two aides.",
     "Lindqvist", "Director-General for Regional Partnerships"),
    ("She met the Commissioner for Global Partnerships, Ana Roe, in Brussels.", "Roe",
     "Commissioner for Global Partnerships"),
    ("Deputy Minister for Maritime Works Paulo Serra toured the harbour.", "Serra", "Deputy Minister for Maritime Works"),
    ("Talks were held with Jonas Aho, the director for innovation partnerships, on Friday.", "Aho",
     "director for innovation partnerships"),
])
def test_portfolio_noun_stays_in_the_office(extract, text, surname, title):
    facts = extract(text)
    assert not names(facts) & {"Partnerships", "Works", "Innovation"}, names(facts)
    assert title in titles_of(facts, surname), titles_of(facts, surname)
