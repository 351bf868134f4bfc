"""Two people at the same event who did not speak did not meet ("sat apart and did not speak"); a
meeting "pencilled in" for a day is a plan, not one that happened, and one put off in the next sentence
("officials decided to delay it") did not happen."""
import pytest

from tests.conftest import statuses_between


@pytest.mark.parametrize("text", [
    "At a regional summit in Oslo last year, President Ivan Petrov and Prime Minister Ana Lind sat at opposite "
    "ends of the hall and did not speak.",
    "At the gala in Vienna, President Ivan Petrov and Prime Minister Ana Lind stood a few metres apart and never "
    "talked.",
    "During the summit in Riga, President Ivan Petrov and Prime Minister Ana Lind shared a stage but did not greet "
    "each other.",
])
def test_together_at_an_event_without_speaking_is_no_meeting(extract, text):
    assert "Occurred" not in statuses_between(extract(text), "Petrov", "Lind")


def test_speaking_at_the_event_is_a_meeting(extract):
    facts = extract("At the summit in Oslo on Monday, President Ivan Petrov and Prime Minister Ana Lind sat "
                    "together and spoke for an hour.")
    assert "Occurred" in statuses_between(facts, "Petrov", "Lind")


@pytest.mark.parametrize("text", [
    "Talks of President Ivan Petrov with Prime Minister Ana Lind had been pencilled in for mid-June, "
    "officials said.",
    "A summit of President Ivan Petrov and Prime Minister Ana Lind was penciled in for next month.",
    "Talks between President Ivan Petrov and Prime Minister Ana Lind were pencilled in for Friday.",
])
def test_a_meeting_pencilled_in_is_a_plan(extract, text):
    statuses = statuses_between(extract(text), "Petrov", "Lind")
    assert "Scheduled" in statuses and "Occurred" not in statuses, statuses


@pytest.mark.parametrize("text", [
    "Talks of President Ivan Petrov with Prime Minister Ana Lind had been pencilled in for mid-June, aides said. "
    "Officials then decided to delay it.",
    "President Ivan Petrov and Prime Minister Ana Lind were to meet in Geneva on Monday. The hosts postponed it at "
    "the last minute.",
    "President Ivan Petrov and Prime Minister Ana Lind were due to meet in Geneva on Monday. They called it off on "
    "Sunday.",
])
def test_a_plan_put_off_in_the_next_sentence_did_not_happen(extract, text):
    statuses = statuses_between(extract(text), "Petrov", "Lind")
    assert statuses and not statuses & {"Occurred", "Scheduled"}, statuses


def test_a_meeting_that_happened_stays_so_whatever_was_delayed_after(extract):
    facts = extract("President Ivan Petrov and Prime Minister Ana Lind met in Geneva on Monday. They signed a deal "
                    "and delayed it until May.")
    assert "Occurred" in statuses_between(facts, "Petrov", "Lind")
