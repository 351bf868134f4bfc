"""The day of a meeting is not lost where the parser hangs it on a description of a party ("a
delegation led by B ... on Monday") or where a duration stands nearer the verb ("met for two hours
on Friday"): a group's head and a length of time tell no time of their own."""
import pytest


def _days(facts):
    return {m.date.value for m in facts.meetings if m.date is not None}


@pytest.mark.parametrize("text, day", [
    ("Vice Premier Liu Guohua met with a delegation of U.S. senators led by Senator Mark Dolan in Beijing on Monday.",
     "2025-05-12"),
    ("Governor Amaka Eze received a trade mission headed by Deputy Minister Anika Rao in Enugu on Tuesday.",
     "2025-05-13"),
    ("President Ilse Varga hosted a team of negotiators chaired by Envoy Pieter Kamp at the palace on Friday.",
     "2025-05-09"),
])
def test_a_day_hung_on_a_groups_head_is_the_meetings(extract, text, day):
    assert day in _days(extract(text))


@pytest.mark.parametrize("text, day", [
    ("Kofi Mensah and John Traore met behind closed doors for two hours on Friday.", "2025-05-09"),
    ("Prime Minister Aroha Ngata held talks with Premier Jin Wei for 90 minutes on Tuesday in Auckland.", "2025-05-13"),
    ("Chancellor Greta Holm and President Daniel Kiprop talked for over an hour at the chancellery on Wednesday.",
     "2025-05-14"),
])
def test_a_duration_does_not_hide_the_day(extract, text, day):
    assert _days(extract(text)) == {day}


def test_a_day_in_a_clause_about_something_else_stays_out(extract):
    facts = extract("Foreign Minister Ana Ruiz met Premier Jon Berg to discuss the accord signed on Monday.")
    assert _days(facts) == set()
