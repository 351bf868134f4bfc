"""Two small place-and-date classes: a day named inside a quotation is the speaker's and does not move
the day the story is telling ("'Today our children travel freely,' he said. In the afternoon, ...");
and a building told through its owner's possessive is the owner's site ("at the Ministry of Labour's
headquarters" is the ministry), without a trailing "'s" in the name."""
import pytest

from tests.conftest import meetings_between

PUBLISHED = "2026-06-16"  # a Tuesday; the Saturday before is 2026-06-13


@pytest.mark.parametrize("text", [
    'On Saturday morning, Mayor Jan Hole received Mayor Kasia Wrona at the town hall.\n'
    '"Today our children simply travel," Hole said.\n'
    'In the afternoon, Ewa Nowak sat down with headmaster Karl Weber.',
    'On Saturday, Mayor Jan Hole received Mayor Kasia Wrona. "Tomorrow we sign the charter," Hole said. '
    'In the evening, Ewa Nowak dined with Karl Weber.',
    'Mayor Jan Hole received Mayor Kasia Wrona on Saturday. Wrona recalled: "Yesterday I crossed the border '
    'for the first time." That night Ewa Nowak hosted Karl Weber for dinner.',
])
def test_a_day_in_a_quote_does_not_move_the_storys_day(extract, text):
    facts = extract(text, published=PUBLISHED)
    assert {m.date.value if m.date else None for m in meetings_between(facts, "Nowak", "Weber")} == {"2026-06-13"}


def test_a_day_outside_quotes_still_moves_it(extract):
    facts = extract("On Saturday, Mayor Jan Hole received Mayor Kasia Wrona. On Monday, Ewa Nowak dined with "
                    "Karl Weber.", published=PUBLISHED)
    assert {m.date.value for m in meetings_between(facts, "Nowak", "Weber")} == {"2026-06-15"}


@pytest.mark.parametrize("text, place", [
    ("Union leader Ana Lopes sat down with Minister Jorge Costa at the Ministry of Labour's headquarters.",
     "Ministry of Labour"),
    ("Ana Lopes met Jorge Costa at the Department for Transport\u2019s offices on Monday.", "Department for Transport"),
    ("Ana Lopes met Jorge Costa at the Foreign Office's guest house.", "Foreign Office"),
])
def test_a_building_told_through_its_owner_is_the_owners_site(extract, text, place):
    assert {m.place for m in meetings_between(extract(text, published=PUBLISHED), "Lopes", "Costa")} == {place}


def test_a_persons_residence_is_no_named_place(extract):
    facts = extract("Ana Lopes met Jorge Costa at the president's residence.", published=PUBLISHED)
    assert {m.place for m in meetings_between(facts, "Lopes", "Costa")} == {None}
