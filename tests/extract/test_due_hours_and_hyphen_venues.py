"""Three small classes of when, where and whether:

- "is due in Vienna on Friday for talks with B": a plan (Scheduled, the coming Friday), since the copula's
  complement is a word of scheduling, as "is expected in Oslo for a meeting" already was;
- an hour with no day ("at 19:00", "at 7 p.m.", "at ten o'clock") is on the day the story is telling;
- a venue whose name has a hyphen-joined word ("the Self-Rule building") keeps the whole name.
"""
import pytest

from tests.conftest import meetings_between, statuses_between

PUBLISHED = "2026-03-02"  # a Monday


def _dates(facts, a, b):
    return {m.date.value if m.date else None for m in meetings_between(facts, a, b)}


@pytest.mark.parametrize("text, a, b, day", [
    ("Chancellor Erik Stahl reached a deal with the states on Tuesday. Italian Prime Minister Carla Venti is "
     "due in Vienna on Friday for talks with Stahl on energy.", "Venti", "Stahl", "2026-03-06"),
    ("Foreign Minister Ines Moreira is due back in Rabat on Thursday for a meeting with King Malik Bennis.",
     "Moreira", "Bennis", "2026-03-05"),
    ("The trade envoy, Paul Meyer, is due at the palace on Wednesday for an audience with Sultan Omar Halim.",
     "Meyer", "Halim", "2026-03-04"),
])
def test_due_somewhere_for_talks_is_a_plan(extract, text, a, b, day):
    facts = extract(text, published=PUBLISHED)
    assert statuses_between(facts, a, b) == {"Scheduled"}
    assert _dates(facts, a, b) == {day}


@pytest.mark.parametrize("text, a, b", [
    ("Carla Venti was in Vienna on Friday for talks with Erik Stahl.", "Venti", "Stahl"),
    ("The first payment is due in March, and Carla Venti held talks with Erik Stahl on Friday.", "Venti", "Stahl"),
])
def test_being_somewhere_for_talks_or_a_due_payment_is_no_plan(extract, text, a, b):
    facts = extract(text, published=PUBLISHED)
    assert statuses_between(facts, a, b) == {"Occurred"}
    assert _dates(facts, a, b) == {"2026-02-27"}


@pytest.mark.parametrize("text, a, b", [
    ("Mark Brannigan is scheduled to meet Anna Lund at the Town Hall at 19:00, an official said.", "Brannigan", "Lund"),
    ("Mark Brannigan will meet Anna Lund at 7 p.m. in Nuuk, an official said.", "Brannigan", "Lund"),
    ("Governor Ruth Wambui met Senator Ali Sudi at the county offices at 10:30 and again after lunch.",
     "Wambui", "Sudi"),
])
def test_an_hour_without_a_day_is_the_storys_day(extract, text, a, b):
    assert _dates(extract(text, published=PUBLISHED), a, b) == {PUBLISHED}


def test_an_hour_on_a_named_day_keeps_that_day(extract):
    facts = extract("Mark Brannigan arrived on Tuesday. He met Anna Lund at the Town Hall at 10:30, an aide said.",
                    published=PUBLISHED)
    assert _dates(facts, "Brannigan", "Lund") == {"2026-02-24"}


@pytest.mark.parametrize("text, place", [
    ("Mark Brannigan met Anna Lund at the Self-Rule building in Nuuk on Monday.", "Self-Rule building"),
    ("The two ministers, Mark Brannigan and Anna Lund, met at the Anglo-Irish Secretariat building on Monday.",
     "Anglo-Irish Secretariat building"),
    ("Mark Brannigan will meet Anna Lund at the Inter-Faith Council building on Friday.", "Inter-Faith Council building"),
])
def test_a_hyphen_joined_word_stays_in_the_venues_name(extract, text, place):
    assert {m.place for m in meetings_between(extract(text, published=PUBLISHED), "Brannigan", "Lund")} == {place}


def test_a_venue_without_a_hyphen_is_unchanged(extract):
    facts = extract("Mark Brannigan met Anna Lund at the Government building in Nuuk on Monday.", published=PUBLISHED)
    assert {m.place for m in meetings_between(facts, "Brannigan", "Lund")} == {"Government building"}
