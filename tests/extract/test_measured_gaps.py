"""Meetings a measured gap apart: "met B on Friday, two days after A held talks with C in X".

The meeting told in the measured phrase took place on the other clause's day moved by the gap, and
each meeting keeps the place said on its own side. Published on Thursday 2025-05-15: "Monday" is
2025-05-12 as past news, 2025-05-19 as a plan.
"""
from __future__ import annotations

import pytest

from tests.conftest import meetings_between


def _places_and_dates(facts, a: str, b: str) -> set[tuple[str | None, str | None]]:
    return {(m.place, m.date.value if m.date else None) for m in meetings_between(facts, a, b)}


@pytest.mark.parametrize("text, pair, other, when, where", [
    # a finite clause after "a day after", the gapped meeting's partner named in a "with" phrase
    ("Premier Ilse Varga met Chancellor Otto Brenner on Wednesday, a day after Brenner held talks with "
     "President Luis Pardo in Lisbon.", ("Varga", "Brenner"), ("Brenner", "Pardo"), "2025-05-13", "Lisbon"),
    # a gerund after "two days after", sharing the main clause's subject
    ("Minister Anouk Claes received Minister Petr Dvorak in Brussels on Tuesday, two days after meeting "
     "Senator Ruth Ohene in Accra.", ("Claes", "Dvorak"), ("Claes", "Ohene"), "2025-05-11", "Accra"),
    # the measured phrase put first, a meeting noun as its object
    ("Three days after talks with King Harald Voss in Oslo, President Mirela Stan hosted Prime Minister "
     "Jonas Berg at the Cotroceni Palace on Monday.", ("Stan", "Berg"), ("Stan", "Voss"), "2025-05-09", "Oslo"),
    # a week: seven days
    ("President Lea Moser received Prime Minister Arno Kask at the Bellevue Palace on Friday, a week after "
     "Kask held talks with President Raimo Lepp in Tallinn.", ("Moser", "Kask"), ("Kask", "Lepp"), "2025-05-02",
     "Tallinn"),
])
def test_the_meeting_of_a_measured_phrase_is_dated_from_the_clause(extract, text, pair, other, when, where):
    facts = extract(text)
    assert {d for _, d in _places_and_dates(facts, *other)} == {when}
    assert where in {p for p, _ in _places_and_dates(facts, *other)}
    assert where not in {p for p, _ in _places_and_dates(facts, *pair)}  # not where the other meeting was


def test_hours_apart_keep_the_places_apart_but_date_nothing(extract):
    facts = extract("Minister Laila Haddad hosted Minister Tomas Berger in Amman on Tuesday, hours after Berger met "
                    "King Faris Nabulsi in Aqaba.")
    assert _places_and_dates(facts, "Haddad", "Berger") == {("Amman", "2025-05-13")}
    assert _places_and_dates(facts, "Berger", "Nabulsi") == {("Aqaba", None)}


def test_a_meeting_planned_a_week_before_another(extract):
    facts = extract("Envoy Rafael Duarte met Minister Kemi Adeyinka on Monday, a week before he is due to meet "
                    "President Omar Haidari in Kabul.")
    assert _places_and_dates(facts, "Duarte", "Adeyinka") == {(None, "2025-05-12")}
    assert _places_and_dates(facts, "Duarte", "Haidari") == {("Kabul", "2025-05-19")}


def test_the_measure_is_no_day_of_the_main_meeting(extract):
    facts = extract("Two days after talks with King Harald Voss in Oslo, President Mirela Stan hosted Prime Minister "
                    "Jonas Berg at the Cotroceni Palace on Monday.")
    assert _places_and_dates(facts, "Stan", "Berg") == {("Cotroceni Palace", "2025-05-12")}


@pytest.mark.parametrize("text, where, when", [
    # no measure: an arrival right before the meeting is where it was, on its day
    ("Senator Ruth Ohene met Minister Petr Dvorak on Tuesday after arriving in Accra.", "Accra", "2025-05-13"),
    # a gap no count measures dates nothing
    ("Days after the vote, Minister Anouk Claes met Minister Petr Dvorak in Brussels on Tuesday.", "Brussels", "2025-05-13"),
])
def test_unmeasured_after_phrases_keep_the_meeting_where_and_when_it_was(extract, text, where, when):
    assert _places_and_dates(extract(text), "Ohene" if "Ohene" in text else "Claes", "Dvorak") == {(where, when)}


def test_no_day_is_guessed_when_the_clause_names_none(extract):
    facts = extract("Minister Anouk Claes met Minister Petr Dvorak in Rome, two days after meeting Senator Ruth Ohene "
                    "in Paris.")
    assert _places_and_dates(facts, "Claes", "Ohene") == {("Paris", None)}
    assert _places_and_dates(facts, "Claes", "Dvorak") == {("Rome", None)}


@pytest.mark.parametrize("text", [
    # the measure on the clause's own verb, the marker on the meeting's
    "The border closed on Sunday. The closure came a day after General Omar Farah met President Ali Warsame in Berbera.",
    # the meeting's verb read as coordinated with the clause
    "The border reopened on Sunday, a day after General Omar Farah met President Ali Warsame in Berbera.",
])
def test_a_gap_counted_from_a_clause_without_a_meeting(extract, text):
    assert _places_and_dates(extract(text), "Farah", "Warsame") == {("Berbera", "2025-05-10")}
