"""A call told with "in" or "during" far from the verb is still the channel: "briefed B on the Oslo talks in a
phone call", "updated B on the summit during a video call". The talks the briefing was about are another
meeting; the two who spoke on the phone did not meet in person. A call told as an earlier event ("met B,
days after a tense phone call") leaves the meeting in person."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Governor Lena Ortiz later briefed Canadian Premier Mark Doyle on the Oslo talks in a phone call, her office said.",
    "Governor Lena Ortiz updated Premier Mark Doyle on the outcome of the Lisbon summit during a video call on Monday.",
    "Governor Lena Ortiz briefed Premier Mark Doyle about the Vienna negotiations in a short phone call on Friday.",
])
def test_a_briefing_by_phone_is_no_meeting_in_person(extract, text):
    facts = extract(text)
    assert frozenset({"Ortiz", "Doyle"}) not in met_pairs(facts)
    assert any({"Phone", "Video"} & {m.channel.value} for m in facts.meetings)


@pytest.mark.parametrize("text", [
    "Governor Lena Ortiz met Premier Mark Doyle in Oslo on Monday, days after a tense phone call.",
    "Governor Lena Ortiz received Premier Mark Doyle in Lisbon, a week after the two spoke in a phone call.",
])
def test_a_call_told_as_another_event_leaves_the_meeting(extract, text):
    assert frozenset({"Ortiz", "Doyle"}) in met_pairs(extract(text))
