"""The day someone arrived or began a visit dates their dateless meeting told just after, also in the
next paragraph; a companion participle after the meeting ("..., joined by C") puts C at it; "talks with her counterpart, Ms A" are talks with A even when the parser
does not hang the name on the description."""
import pytest

from tests.conftest import meetings_between, met_pairs


@pytest.mark.parametrize("text, day", [
    ("Foreign Minister Lena Borg arrived in Hanoi on Wednesday.\n\n"
     "Borg met Prime Minister Tran Quoc Viet and discussed rice exports.", "2025-05-14"),
    ("Foreign Minister Lena Borg began a visit to Hanoi on Tuesday.\n\n"
     "During the visit, Borg held talks with Prime Minister Tran Quoc Viet.", "2025-05-13"),
    ("Foreign Minister Lena Borg flew to Hanoi on Monday. Officials said the agenda was long.\n\n"
     "Prime Minister Tran Quoc Viet received Borg at the presidential palace.", "2025-05-12"),
])
def test_a_meeting_after_an_arrival_takes_its_day(extract, text, day):
    facts = extract(text, published="2025-05-15")
    assert {m.date.value if m.date else None for m in meetings_between(facts, "Borg", "Viet")} == {day}


@pytest.mark.parametrize("text", [
    # a meeting told as background (perfect) has no day of the story
    "Foreign Minister Lena Borg arrived in Hanoi on Wednesday.\n\nBorg has met Prime Minister Tran Quoc Viet many times.",
    # the arrival of someone else
    "Trade Minister Omar Haddad arrived in Hanoi on Wednesday.\n\nBorg met Prime Minister Tran Quoc Viet and "
    "discussed rice exports.",
])
def test_no_arrival_day_for_a_shifted_background_or_unrelated_meeting(extract, text):
    facts = extract(text, published="2025-05-15")
    assert {m.date.value if m.date else None for m in meetings_between(facts, "Borg", "Viet")} <= {None}


@pytest.mark.parametrize("text", [
    "Swiss President Beat Keller met Austrian Chancellor Johann Gruber in Vienna, joined by Swiss Economy "
    "Minister Nadia Frei.",
    "Swiss President Beat Keller held talks with Austrian Chancellor Johann Gruber on Monday, accompanied "
    "by Economy Minister Nadia Frei.",
    "Swiss President Beat Keller received Austrian Chancellor Johann Gruber in Bern, flanked by Economy "
    "Minister Nadia Frei.",
])
def test_a_companion_after_the_meeting_was_at_it(extract, text):
    facts = extract(text)
    pairs = met_pairs(facts)
    assert {frozenset({"Keller", "Gruber"}), frozenset({"Frei", "Gruber"}), frozenset({"Frei", "Keller"})} <= pairs
    assert len(facts.meetings) == 1  # the participle is no meeting of its own


def test_a_participle_that_is_no_companion_adds_no_one(extract):
    pairs = met_pairs(extract("Swiss President Beat Keller met Austrian Chancellor Johann Gruber in Vienna, "
                              "a city loved by Economy Minister Nadia Frei."))
    assert frozenset({"Frei", "Gruber"}) not in pairs


@pytest.mark.parametrize("text, pair", [
    ("The Foreign Secretary, Ms Anna Clarke, is due to travel to Vienna on Monday to hold talks with her "
     "Austrian opposite number, Ms Eva van der Horst, on the treaty.", {"Clarke", "Horst"}),
    ("Labour Minister Ana Roe held talks with her Chilean counterpart, Mr Luis van der Berg, in Santiago "
     "on Friday.", {"Roe", "Berg"}),
    ("Prime Minister Tom Wells held talks with the president, Mr Luis van der Berg, in Madrid.",
     {"Wells", "Berg"}),
])
def test_the_person_a_described_partner_stands_for_is_at_the_talks(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


def test_a_name_after_a_partner_that_is_no_person_is_not_the_partner(extract):
    facts = extract("Negotiators held talks with the unions, Labour Minister Ana Roe said.")
    assert not [m for m in facts.meetings if m.status.value in {"Occurred", "Scheduled"}
                and any(a.kind == "person" for a in m.attendees)]
