"""One office whose of-complement is coordinated: "Minister of Culture and Information X"."""
import pytest

from tests.conftest import names, person_key


def titles_of(facts, surname):
    key = person_key(facts, surname)
    return {o.title for o in facts.offices if o.person == key}


@pytest.mark.parametrize("text, surname, title", [
    ("The king received Minister of Culture and Tourism Prof. Sami Haddad on Monday.",
     "Haddad", "Minister of Culture and Tourism"),
    ("Minister of Energy and Mines Tomas Berg said fuel prices would fall this winter.",
     "Berg", "Minister of Energy and Mines"),
    ("Secretary of Housing and Urban Development Maria Lopez toured the flooded district.",
     "Lopez", "Secretary of Housing and Urban Development"),
    ("Chile's Minister of Labour and Social Security, Rosa Vidal, resigned on Friday.",
     "Vidal", "Minister of Labour and Social Security"),
])
def test_a_coordinated_complement_is_one_office(extract, text, surname, title):
    facts = extract(text)
    assert title in titles_of(facts, surname)


def test_the_name_after_a_coordinated_complement_is_found_whole(extract):
    facts = extract("The envoy met Minister of Trade and Industry Lina Farouk and Minister of Energy and "
                    "Mines Tomas Berg in the capital.")
    assert {"Lina Farouk", "Tomas Berg"} <= names(facts)
    assert not any(n.startswith(("Industry", "Mines")) for n in names(facts))


@pytest.mark.parametrize("text, surname, title", [
    ("The Minister of Defence and Foreign Minister Ana Silva met on Monday.", "Silva", "Foreign Minister"),
    ("The Governor and the First Lady, Ann Cole, attended the dinner.", "Cole", "First Lady"),
])
def test_and_before_a_second_office_still_separates_two_offices(extract, text, surname, title):
    facts = extract(text)
    assert titles_of(facts, surname) == {title}


@pytest.mark.parametrize("text, name, title_words", [
    ("Deputy National Security Adviser for Homeland Security and Counterterrorism Mark Olsen said the threat "
     "was real.", "Mark Olsen", {"Adviser", "Homeland", "Counterterrorism"}),
    ("Assistant Secretary for Democracy and Human Rights Lena Dahl arrived in Accra.", "Lena Dahl",
     {"Secretary", "Democracy", "Rights"}),
    ("Special Envoy for Climate and Energy Tom Price opened the session.", "Tom Price", {"Envoy", "Climate", "Energy"}),
])
def test_a_for_complement_may_be_coordinated_too(extract, text, name, title_words):
    facts = extract(text)
    assert name in names(facts)
    surname = name.split()[-1]
    assert any(title_words <= set(t.split()) for t in titles_of(facts, surname)), titles_of(facts, surname)
