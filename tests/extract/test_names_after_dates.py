"""A name right after a date's day number ("On November 14 Igor Morozov, Minister of Defence, met ..."),
which NER runs into the date or leaves untagged, is a person and the subject of the clause."""
import pytest

from tests.conftest import met_pairs, names


@pytest.mark.parametrize("text, name, pair", [
    ("On November 14 Igor Morozov, Minister of Defence, met in Rome with the Minister of Defence of Italy, "
     "Marco Bianchi.", "Igor Morozov", {"Morozov", "Bianchi"}),
    ("On September 18 Pavel Orlov, taking part in the session, met in Vienna with Max Huber.", "Pavel Orlov",
     {"Orlov", "Huber"}),
    ("On November 14 Igor Morozov received the Ambassador of Chile, Pedro Soto.", "Igor Morozov",
     {"Morozov", "Soto"}),
])
def test_a_name_after_the_day_number_is_the_subject(extract, text, name, pair):
    facts = extract(text)
    assert name in names(facts), names(facts)
    assert met_pairs(facts) == {frozenset(pair)}, met_pairs(facts)


@pytest.mark.parametrize("text", [
    "On June 30 Parliament House will close for repairs, the speaker said.",
    "By March 2 Easter Monday had passed without a deal.",
])
def test_words_after_a_date_that_are_no_name_stay_no_person(extract, text):
    assert names(extract(text)) == set(), names(extract(text))
