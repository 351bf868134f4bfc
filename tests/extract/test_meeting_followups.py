"""A place or date told in the sentence after a meeting ("The meeting took place in Doha.")."""
import pytest

from tests.conftest import person_key


def _only_meeting(facts, a, b):
    keys = {person_key(facts, a), person_key(facts, b)}
    found = [m for m in facts.meetings if keys <= {x.key for x in m.attendees}]
    assert len(found) == 1, facts.meetings
    return found[0]


@pytest.mark.parametrize("text, a, b, place, day", [
    ("Deputy Secretary Ana Ruiz held talks yesterday with Kuwaiti minister Fahad Al-Sabah. "
     "The meeting took place in Kuwait City, on the second day of her tour.", "Ruiz", "Al-Sabah", "Kuwait City", "2025-05-14"),
    ("Foreign Minister Ida Berg sat down with Premier Wang Lei. The meeting, held in Shanghai on Tuesday, lasted two hours.",
     "Berg", "Lei", "Shanghai", "2025-05-13"),
    ("President Ola Nwosu received Prime Minister Kim Tae-ho. Their talks were held in Abuja on Monday.",
     "Nwosu", "Tae-ho", "Abuja", "2025-05-12"),
])
def test_the_sentence_after_a_meeting_gives_its_place_and_day(extract, text, a, b, place, day):
    meeting = _only_meeting(extract(text), a, b)
    assert meeting.place == place
    assert meeting.date is not None and meeting.date.value == day


@pytest.mark.parametrize("text, a, b", [
    ("Minister Ida Berg spoke by phone with Premier Wang Lei. The meeting took place in Shanghai last year.", "Berg", "Lei"),
    ("Minister Ida Berg met Premier Wang Lei on Monday. The next meeting will take place in Shanghai in June.", "Berg", "Lei"),
    ("Minister Ida Berg met Premier Wang Lei on Monday. A summit took place in Shanghai in June.", "Berg", "Lei"),
])
def test_another_meeting_or_a_call_takes_no_place(extract, text, a, b):
    facts = extract(text)
    keys = {person_key(facts, a), person_key(facts, b)}
    assert all(m.place != "Shanghai" for m in facts.meetings if keys <= {x.key for x in m.attendees})
