"""A meeting a copula says is not planned ("a meeting of A and B is not on the agenda", "talks with B
are off the table", "a summit is out of the question") did not happen and is not planned; a relative
clause on a meeting noun ("a meeting with B, during which the two exchanged views") tells more of that
meeting and never takes people named in the next sentence. Wordings of our own."""
import pytest

from tests.conftest import met_pairs, statuses_between


@pytest.mark.parametrize("text", [
    'Kos met Brnabic in Geneva on Monday. Kos later said a meeting of Prime Minister Jonas Berg and President Milos Jankovic was "not on the agenda this year".',
    "A meeting between Prime Minister Jonas Berg and President Milos Jankovic is off the table for now, the ministry said on Friday.",
    "The ministry said on Friday that talks between Jonas Berg and Milos Jankovic were currently not planned.",
    "A summit of Jonas Berg and Milos Jankovic is out of the question before the vote, officials said on Tuesday.",
    "A meeting between Jonas Berg and Milos Jankovic was not possible this week.",
])
def test_a_meeting_said_not_to_be_planned(extract, text):
    facts = extract(text)
    assert frozenset({"Berg", "Jankovic"}) not in met_pairs(facts)
    assert statuses_between(facts, "Berg", "Jankovic") <= {"Declined"}


@pytest.mark.parametrize("text", [
    "A meeting between Jonas Berg and Milos Jankovic is on the agenda for next week.",
    "Talks between Jonas Berg and Milos Jankovic were not easy, but they ended with a deal on Friday.",
    "The meeting of Jonas Berg and Milos Jankovic in Oslo on Monday was not friendly, aides said.",
])
def test_other_copulas_leave_the_meeting(extract, text):
    assert frozenset({"Berg", "Jankovic"}) in met_pairs(extract(text))


@pytest.mark.parametrize("clause", [
    "during which the two envoys compared notes on the border",
    "at which the two ministers discussed the border",
    "in which the two men went over the border question",
])
def test_a_clause_on_the_meeting_noun_takes_no_one_named_next(extract, clause):
    text = (f"Later, Ivo Marin had a separate meeting with Petra Kos, {clause}.\n\n"
            "Asked whether Jonas Berg could meet his counterpart Ana Brnabic, Marin said no.")
    pairs = met_pairs(extract(text))
    assert frozenset({"Marin", "Kos"}) in pairs
    assert frozenset({"Berg", "Brnabic"}) not in pairs
