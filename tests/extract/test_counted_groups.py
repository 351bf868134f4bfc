"""A counted group as the other party ("received the three ministers", "hosted all three", "welcomed
both leaders") is the people of the last real meeting told before with that many people; and a day
counted on from the story ("two days later", "the next day") in the simple past is a meeting that
happened, not one planned."""
import pytest

from tests.conftest import meetings_between, met_pairs, statuses_between


@pytest.mark.parametrize("text", [
    # object with a number word
    "Foreign Minister Maria Lopez of Peru, Foreign Minister Luis Vidal of Chile and Foreign Minister "
    "David Quispe of Bolivia met in Lima on Friday. Later, President Rosa Campos received the three "
    "ministers at the palace.",
    # a bare number after "all"
    "John Miller, David Brown and Luis Vidal held talks in Lima on Friday about water rights. "
    "On Saturday President Rosa Campos hosted all three at a lunch.",
    # the group met with
    "John Miller, David Brown and Luis Vidal met in Lima on Friday. "
    "In the evening Governor Rosa Campos sat down with the three envoys.",
])
def test_a_counted_group_of_three_is_the_three_who_met_before(extract, text):
    pairs = met_pairs(extract(text))
    others = {"Lopez", "Quispe", "Vidal"} if "Lopez" in text else {"Miller", "Brown", "Vidal"}
    for name in others:
        assert frozenset({"Campos", name}) in pairs, pairs


@pytest.mark.parametrize("text", [
    "Premier Maria Lopez met Chancellor Luis Vidal in Vienna on Monday. Mayor Karl Huber later welcomed "
    "both leaders at City Hall.",
    "Premier Maria Lopez held talks with Chancellor Luis Vidal in Vienna on Monday. "
    "Two days later Mayor Karl Huber met the two at City Hall.",
    "Premier Maria Lopez held talks with Chancellor Luis Vidal in Vienna on Monday. "
    "The next day Mayor Karl Huber received the two leaders at City Hall.",
])
def test_a_counted_pair_is_the_pair_who_met_before(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Huber", "Lopez"}) in pairs and frozenset({"Huber", "Vidal"}) in pairs, pairs


@pytest.mark.parametrize("text", [
    # the count does not fit the meeting told before
    "Premier Maria Lopez met Chancellor Luis Vidal in Vienna on Monday. Mayor Karl Huber later welcomed "
    "the three ministers at City Hall.",
    # no count: any ministers, maybe others
    "Premier Maria Lopez met Chancellor Luis Vidal in Vienna on Monday. Mayor Karl Huber later welcomed "
    "the ministers at City Hall.",
    # the meeting before did not happen
    "Premier Maria Lopez refused to meet Chancellor Luis Vidal in Vienna on Monday. "
    "Mayor Karl Huber later welcomed the two leaders at City Hall.",
])
def test_no_group_taken_up_when_the_count_or_the_meeting_does_not_fit(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Huber", "Lopez"}) not in pairs and frozenset({"Huber", "Vidal"}) not in pairs, pairs


@pytest.mark.parametrize("text, day", [
    ("Foreign Minister Ines Duarte landed in Hanoi on Monday. Later that day, she held talks with her "
     "counterpart Nguyen Van Long.", "2025-05-12"),
    ("Foreign Minister Ines Duarte landed in Hanoi on Monday. The next day she was received by President "
     "Nguyen Van Long.", "2025-05-13"),
    ("Foreign Minister Ines Duarte arrived in Hanoi on Monday. Two days later she met Prime Minister "
     "Nguyen Van Long.", "2025-05-14"),
])
def test_a_day_counted_on_in_the_simple_past_is_a_meeting_that_happened(extract, text, day):
    facts = extract(text)
    assert statuses_between(facts, "Duarte", "Long") == {"Occurred"}
    dates = {m.date.value if m.date else None for m in meetings_between(facts, "Duarte", "Long")}
    assert dates == {day}  # "the next day" is not Monday; nothing rather than a wrong day


@pytest.mark.parametrize("text", [
    "Foreign Minister Ines Duarte will land in Hanoi on Monday. Later that day, she will hold talks with "
    "her counterpart Nguyen Van Long.",
    "Foreign Minister Ines Duarte meets her counterpart Nguyen Van Long later this month.",
    "Foreign Minister Ines Duarte said that she would meet her counterpart Nguyen Van Long next week.",
])
def test_later_and_next_in_the_present_or_future_stay_scheduled(extract, text):
    assert statuses_between(extract(text), "Duarte", "Long") == {"Scheduled"}
