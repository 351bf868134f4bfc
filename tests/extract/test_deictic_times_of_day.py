""""this morning", "this afternoon", "tonight" point at the day the story was written, whatever day the
narrative was on; "that morning" and "in the morning" stay on the narrative's day. Wordings of our own."""
import pytest

from newsgraph.extract.dates import resolve_date
from datetime import date

PUBLISHED = date(2016, 5, 26)
NARRATIVE = date(2016, 5, 20)


@pytest.mark.parametrize("text", ["this morning", "this afternoon", "early this morning", "tonight",
                                  "late tonight", "this evening"])
def test_deictic_parts_of_the_day_are_the_publication_day(text):
    assert resolve_date(text, PUBLISHED, reference=NARRATIVE).value == "2016-05-26"


@pytest.mark.parametrize("text", ["that morning", "in the morning", "that evening", "later that afternoon"])
def test_anaphoric_parts_of_the_day_stay_on_the_narrative_day(text):
    assert resolve_date(text, PUBLISHED, reference=NARRATIVE).value == "2016-05-20"


@pytest.mark.parametrize("text", [
    "Foreign Minister Ana Lopes met Governor Pablo Reyes yesterday. Lopes is due to call on President "
    "Marta Vidal this morning before flying home.",
    "Foreign Minister Ana Lopes met Governor Pablo Reyes on Tuesday. She will see President Marta Vidal "
    "this afternoon.",
    "Foreign Minister Ana Lopes held talks with Governor Pablo Reyes last night, the ministry said. Lopes "
    "meets President Marta Vidal tonight.",
])
def test_a_meeting_this_morning_is_dated_to_publication(extract, text):
    facts = extract(text, published="2016-05-26")
    vidal = next(m for m in facts.meetings if any(facts.persons[a.key].name == "Marta Vidal"
                                                  for a in m.attendees if a.kind == "person"))
    assert vidal.date.value == "2016-05-26"
