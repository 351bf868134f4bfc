"""A short name given in brackets after a full one ("President Budi Santoso (Bubu)") is the same person when the
text goes on to use it; a party, a country or a body in brackets is no alias. A headline verb in title case after
one word ends a name NER ran on ("Haddad Meets Oman's Rashidi")."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, name, alias", [
    ("President Budi Santoso (Bubu) received the prime minister on Friday. Bubu later hosted a lunch.",
     "Budi Santoso", "Bubu"),
    ("Governor Maria Clara Reyes (Claring) opened the fair. Claring thanked the farmers.", "Maria Clara Reyes", "Claring"),
    ("The talks were chaired by Foreign Minister Arturo Mendez (Turo). Turo said they went well.",
     "Arturo Mendez", "Turo"),
])
def test_a_short_name_in_brackets_is_the_same_person(extract, text, name, alias):
    facts = extract(text)
    assert names(facts) == {name}, names(facts)
    assert alias in next(iter(facts.persons.values())).aliases


@pytest.mark.parametrize("text", [
    "Ana Ruiz (Chile) and Tom Hale (Labour) met.",
    "Sen. Tom Hale (Democrat) and Rep. Ana Ruiz (Republicans) spoke.",
    "The talks were led by Maria Lopez (Reuters) and Tom Hale (Liberal).",
])
def test_a_party_country_or_body_in_brackets_is_no_alias(extract, text):
    assert all(not p.aliases for p in extract(text).persons.values())


@pytest.mark.parametrize("text, expected", [
    ("Haddad Meets Oman's Rashidi in Muscat\n\nJordanian Foreign Minister Omar Haddad met former minister "
     "Salim Rashidi on Tuesday.", {"Omar Haddad", "Salim Rashidi"}),
    ("Kovacs Hosts Poland's Nowak in Budapest\n\nHungarian Prime Minister Peter Kovacs hosted Polish President Jan "
     "Nowak on Monday.", {"Peter Kovacs", "Jan Nowak"}),
])
def test_a_headline_verb_after_one_word_ends_the_name(extract, text, expected):
    assert names(extract(text)) == expected, names(extract(text))
