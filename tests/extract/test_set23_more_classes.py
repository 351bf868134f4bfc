"""More classes seen on analysis set 23, in wordings of our own:
- "The Foreign Secretary and Secretary B will meet": a bare title on the name repeating the head of a
  definite title before "and" addresses a second person, so the first title is not B's;
- "It followed A and B's meeting in Vancouver": both owners of a meeting noun met;
- a meeting's own vague time ("last week") gives it no day from the story around it."""
import pytest

from tests.conftest import met_pairs, offices_by_surname


@pytest.mark.parametrize("text, pair", [
    ("Boris Jensen, the Foreign Secretary, met Rex Tallis on Monday. The Foreign Secretary and Secretary "
     "Tallis will hold further talks in Rome on Friday.", {"Jensen", "Tallis"}),
    ("Ana Ruiz, the Foreign Minister, hosted Jon Berg on Monday. The Foreign Minister and Minister Berg will "
     "travel to Oslo together.", {"Ruiz", "Berg"}),
    ("Lena Holm, the Defence Secretary, met Omar Said on Monday. The Defence Secretary and Secretary Said spoke "
     "to reporters afterwards.", {"Holm", "Said"}),
])
def test_the_definite_title_is_another_person(extract, text, pair):  # pair: the two people told apart
    facts = extract(text)
    assert not any(s == "Tallis" and t == "foreign secretary" for s, t, _ in offices_by_surname(facts))
    assert not any(s == "Berg" and t == "foreign minister" for s, t, _ in offices_by_surname(facts))
    assert not any(s == "Said" and t == "defence secretary" for s, t, _ in offices_by_surname(facts))


def test_one_person_with_two_offices_keeps_both(extract):
    facts = extract("The Deputy Prime Minister and Foreign Minister Ana Ruiz met Jon Berg.")
    assert {("Ruiz", "deputy prime minister", None), ("Ruiz", "foreign minister", None)} <= offices_by_surname(facts)


@pytest.mark.parametrize("text, pair", [
    ("Boris Jensen met Rex Tallis on Monday. It followed Tallis and Jensen's meeting in Vancouver last week.",
     {"Jensen", "Tallis"}),
    ("The accord grew out of Lena Holm and Omar Said's talks in Geneva.", {"Holm", "Said"}),
    ("Aides still speak of Maria Costa and John Reed's dinner at the embassy.", {"Costa", "Reed"}),
])
def test_both_owners_of_a_meeting_met(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


def test_a_vague_time_gives_no_day(extract):
    facts = extract("Boris Jensen met Rex Tallis on Monday. It followed Jensen's meeting with Tallis in "
                    "Vancouver last week.")
    vancouver = [m for m in facts.meetings if m.place == "Vancouver"]
    assert vancouver and all(m.date is None for m in vancouver)
