"""Meetings told in a relative clause's second verb ("A, who flew to X and met B, ..."), their own date
before the first verb's, and the person escorted to talks ("C accompanied A to X for talks with B")."""
import pytest

from tests.conftest import meetings_between, met_pairs, statuses_between


@pytest.mark.parametrize("text, pair, status", [
    ("General Tom Reyes, who visited Manila in May and held talks with Defence Secretary Joel Cruz, "
     "said he was ready.", {"Reyes", "Cruz"}, "Occurred"),
    ("The plan was backed by Senator Ruth Adams, who flew to Nairobi last week and met President "
     "William Kamau.", {"Adams", "Kamau"}, "Occurred"),
    ("Talks are led by envoy Sven Olsen, who arrived in Cairo on Sunday and will meet Foreign Minister "
     "Sameh Nabil on Tuesday.", {"Olsen", "Nabil"}, "Scheduled"),
])
def test_the_second_verb_of_a_relative_clause_has_its_antecedent_as_subject(extract, text, pair, status):
    facts = extract(text)
    assert frozenset(pair) in met_pairs(facts)
    assert statuses_between(facts, *sorted(pair)) == {status}


def test_a_relative_clause_without_a_meeting_gives_none(extract):
    facts = extract("General Tom Reyes, who visited Manila in May and toured the port, said he was ready.")
    assert not facts.meetings


def test_the_second_verb_takes_its_own_date(extract):
    facts = extract("Talks are led by envoy Sven Olsen, who arrived in Cairo on Sunday and will meet Foreign "
                    "Minister Sameh Nabil on Tuesday.", published="2025-06-01")
    assert {m.date.value for m in meetings_between(facts, "Olsen", "Nabil")} == {"2025-06-03"}


@pytest.mark.parametrize("text, trio", [
    ("In 1990 Deputy Secretary Ama Owusu accompanied Foreign Minister Kofi Mensah to Abuja for talks "
     "with his Nigerian counterpart, Musa Bello.", ("Owusu", "Mensah", "Bello")),
    ("Adviser Lena Fischer accompanied Chancellor Otto Brandt to Rome for a meeting with Prime Minister "
     "Marco Ricci.", ("Fischer", "Brandt", "Ricci")),
    ("Colonel Ivan Petrov escorted President Juan Alvarez to the talks with King Harald Olsen.",
     ("Petrov", "Alvarez", "Olsen")),
])
def test_the_person_escorted_to_talks_is_at_them(extract, text, trio):
    escort, principal, other = trio
    pairs = met_pairs(extract(text))
    assert frozenset({principal, other}) in pairs, pairs
    assert frozenset({escort, principal}) in pairs, pairs


def test_an_escort_to_an_event_is_no_meeting_with_anyone_else(extract):
    facts = extract("Adviser Lena Fischer accompanied Chancellor Otto Brandt to Rome for the opening of the "
                    "exhibition by Mayor Paola Conti.")
    pairs = met_pairs(facts)
    assert frozenset({"Brandt", "Conti"}) not in pairs
