"""Which date of the sentence is the meeting's: the phrase that modifies the meeting's own words
(through its preposition), not a date in a clause about a person ("who took office in January") nor
the time of the meeting's purpose ("to prepare a visit later this year")."""
import pytest

from tests.conftest import meetings_between

PUBLISHED = "2026-07-02"  # a Thursday


def _dates_between(facts, a: str, b: str) -> set:
    return {m.date.value if m.date else None for m in meetings_between(facts, a, b)}


@pytest.mark.parametrize("text, a, b, day", [
    ("Trade Minister Tomas Ruiz, who took office in January, sat down on Wednesday with Maria Lenz, the "
     "head of the Arbor mill.", "Lenz", "Ruiz", "2026-07-01"),
    ("Carla Mendes, appointed envoy in March, met Governor Omar Farah in Mombasa on Monday.",
     "Mendes", "Farah", "2026-06-29"),
    ("Governor Omar Farah hosted Carla Mendes, who had visited the city in 2019, for lunch on Monday.",
     "Farah", "Mendes", "2026-06-29"),
])
def test_a_date_in_a_description_of_a_person_is_not_the_meetings(extract, text, a, b, day):
    assert _dates_between(extract(text, published=PUBLISHED), a, b) == {day}


@pytest.mark.parametrize("text, a, b, day", [
    ("Dina Rahma will sail to Split on Saturday, where she will meet Prime Minister Ivo Maric to "
     "plan a state visit later this year.", "Rahma", "Maric", "2026-07-04"),
    ("Dina Rahma heads to Nairobi on Monday, where she is expected to sit down with President Ade Bello "
     "ahead of a summit planned for later this year.", "Rahma", "Bello", "2026-07-06"),
    ("Trade Minister Ana Lopes travels to Lima on Saturday, where she is due to meet Foreign Minister Jorge Costa to "
     "plan a forum for next year.", "Lopes", "Costa", "2026-07-04"),
])
def test_the_journeys_day_is_the_meetings_where_it_was_held(extract, text, a, b, day):
    assert _dates_between(extract(text, published=PUBLISHED), a, b) == {day}


def test_a_date_on_the_meeting_itself_still_wins(extract):
    facts = extract("Carla Mendes, who took office on Monday, will meet Governor Omar Farah on Friday.",
                    published=PUBLISHED)
    assert _dates_between(facts, "Mendes", "Farah") == {"2026-07-03"}
