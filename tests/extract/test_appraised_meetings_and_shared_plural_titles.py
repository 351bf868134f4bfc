"""A meeting summed up by one who was at it, and nationality words shared out over a plural title.

- "A described the meeting with B as productive", "called her talks with B frank", "termed the meeting with
  B a success": a verb of appraisal with a complement speaks of one's own meeting; A met B. Without a
  complement ("criticised the planned meeting with B") or of someone else's meeting by name ("B's talks with
  C"), the subject was not there. "Called the talks frank" is no call for talks.
- "Chilean and Peruvian Prime Ministers A and B", "Polish, Czech and Slovak prime ministers A, B and C": one
  country each, in order, and the title the words after the countries make.
"""
import pytest

from tests.conftest import met_pairs, offices_by_surname, statuses_between


@pytest.mark.parametrize("text", [
    "Foreign Minister Lena Sorvik described the meeting with Chancellor Omar Kadri as productive.",
    "Foreign Minister Lena Sorvik called her talks with Chancellor Omar Kadri frank and useful.",
    "Before the summit, Foreign Minister Lena Sorvik assessed the meeting with her counterpart Omar Kadri "
    "as significant.",
    "Speaking in Bern, Lena Sorvik characterised the talks with Omar Kadri as constructive.",
])
def test_one_who_sums_up_a_meeting_was_at_it(extract, text):
    facts = extract(text)
    assert frozenset({"Sorvik", "Kadri"}) in met_pairs(facts)
    assert statuses_between(facts, "Sorvik", "Kadri") == {"Occurred"}


@pytest.mark.parametrize("text", [
    "Senator Lena Sorvik criticised the planned meeting with Chancellor Omar Kadri.",
    "Senator Lena Sorvik described Governor Ruth Abend's talks with Chancellor Omar Kadri as a failure.",
    "Senator Lena Sorvik called for talks with Chancellor Omar Kadri.",
])
def test_one_who_judges_or_asks_for_a_meeting_was_not_at_it(extract, text):
    assert frozenset({"Sorvik", "Kadri"}) not in met_pairs(extract(text))


@pytest.mark.parametrize("text, expected", [
    ("Chilean and Peruvian Prime Ministers Ana Lopes and Rui Gama met in Lima.",
     {("Lopes", "prime minister", "Chile"), ("Gama", "prime minister", "Peru")}),
    ("Argentine and Uruguayan foreign ministers Santiago Cafardi and Francisco Bustos met in Colonia on Friday.",
     {("Cafardi", "foreign minister", "Argentina"), ("Bustos", "foreign minister", "Uruguay")}),
    ("The Egyptian and Jordanian Foreign Ministers, Samir Hafez and Ayman Rawabdeh, spoke to reporters.",
     {("Hafez", "foreign minister", "Egypt"), ("Rawabdeh", "foreign minister", "Jordan")}),
    ("Polish, Czech and Slovak prime ministers Jan Nowicki, Petr Dvorak and Igor Matus met in Prague.",
     {("Nowicki", "prime minister", "Poland"), ("Dvorak", "prime minister", "Czech Republic"),
      ("Matus", "prime minister", "Slovakia")}),
])
def test_nationalities_before_a_plural_title_are_shared_out_in_order(extract, text, expected):
    assert expected <= offices_by_surname(extract(text))


def test_portfolios_before_a_plural_title_are_still_the_titles(extract):
    facts = extract("The Defence and Interior Ministers, Ana Lopes and Rui Gama, resigned.")
    assert {("Lopes", "defence minister", None), ("Gama", "interior minister", None)} <= offices_by_surname(facts)
