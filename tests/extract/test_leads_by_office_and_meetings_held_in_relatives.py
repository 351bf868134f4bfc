"""A person a lead names by office alone, and the one who held a meeting told in its relative clause.

- "The Prime Minister said on Tuesday ... Dr Okafor did not give details": the first person later written as an
  honorific and a surname only, with no office of their own, is the one the office was about; "he" after the
  description and "the PM said" later are theirs. People introduced in full in between are others.
- "the meeting she held on Monday with B", "the talks he had last week with B": the relative clause's subject
  held the meeting.
"""
import pytest

from tests.conftest import met_pairs, offices_by_surname, speaker_of


@pytest.mark.parametrize("text", [
    "The Prime Minister insisted on Tuesday that the budget would pass. Speaking at his office in Abuja, Dr Okafor "
    "declined to give details.",
    "The Prime Minister told reporters the strike was over. The leader of the opposition, Ada Nwosu, disagreed. "
    "Mr Okafor said talks would resume.",
    "The prime minister has promised new elections. Asked when, Mrs Okafor said only that a date would be set.",
])
def test_the_office_of_a_lead_is_the_first_one_written_as_known(extract, text):
    offices = offices_by_surname(extract(text))
    assert any(surname == "Okafor" and title == "prime minister" for surname, title, _ in offices)


def test_a_lead_office_and_the_abbreviation_later_speak_for_that_person(extract):
    facts = extract('The Prime Minister told reporters on Tuesday he had met Chile\'s envoy, Ana Lopes, in May. '
                    'Dr Okafor gave no details. "We spoke about trade and only trade," said the PM.')
    assert speaker_of(facts, "We spoke about trade") == "Okafor"
    assert frozenset({"Okafor", "Lopes"}) in met_pairs(facts)


@pytest.mark.parametrize("text", [
    "The Prime Minister said the budget would pass. John Okafor, a farmer, said he doubted it.",
    "The Prime Minister said the budget would pass. Dr Okafor, a surgeon at the clinic, said he doubted it. "
    "Prime Minister Ada Nwosu did not reply.",
])
def test_someone_introduced_in_full_or_the_named_holder_is_not_taken_for_the_office(extract, text):
    offices = offices_by_surname(extract(text))
    assert not any(surname == "Okafor" and title == "prime minister" for surname, title, _ in offices)


@pytest.mark.parametrize("text, pair", [
    ("Chancellor Ruth Abend said that in the meeting she held on Monday with Premier Doug Ferris, they did not "
     "discuss tariffs.", {"Abend", "Ferris"}),
    ("President Omar Kadri said the talks he had last week with Chancellor Ruth Abend were useful.",
     {"Kadri", "Abend"}),
    ("Asked about the dinner meeting he held with Governor Tom Reyes, Senator Omar Kadri smiled.",
     {"Kadri", "Reyes"}),
])
def test_the_subject_of_a_relative_clause_of_holding_held_the_meeting(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "The Prime Minister told parliament that at the meeting he held in May with the president of Peru, Rosa "
    "Quispe, mining was never raised. Dr Okafor gave no further details.",
    "The Prime Minister said that at the talks he had on Monday with the president of Peru, Rosa Quispe, trade "
    "came first. Speaking later, Dr Okafor added nothing.",
])
def test_a_lead_office_holder_held_the_meeting_told_after_it(extract, text):
    assert frozenset({"Okafor", "Quispe"}) in met_pairs(extract(text))
