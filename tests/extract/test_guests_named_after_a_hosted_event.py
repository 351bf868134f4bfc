"""Guests named in the sentence after an event whose host was told with an unnamed group: "A hosted the
governors for lunch. Among those arriving were B and C", "Among the guests were D and E" -- the
host and each guest met (`guest_arrival_words.txt`; the host is kept when the meal is a trigger of its own)."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Mayor Anna Keller hosted the visiting governors for dinner at the city hall. Among those arriving "
    "were Ohio's governor, David Marsh, and Iowa's governor, Peter Holm.",
    "Mayor Anna Keller hosted the governors for dinner. Among the guests were David Marsh and Peter Holm.",
    "Mayor Anna Keller hosted the visiting governors for dinner at the city hall. Among those present were "
    "David Marsh and Peter Holm.",
    "Anna Keller received the regional mayors at her residence on Friday. Among the invitees were David "
    "Marsh and Peter Holm.",
])
def test_the_host_met_each_guest_named_after(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Keller", "Marsh"}) in pairs, pairs
    assert frozenset({"Keller", "Holm"}) in pairs, pairs


@pytest.mark.parametrize("text", [
    "Mayor Anna Keller hosted the governors for dinner. Also arriving in town on Monday was David Marsh.",
    "Mayor Anna Keller hosted the governors for dinner. David Marsh and Peter Holm were seen arriving at "
    "the airport the next morning.",
    "Mayor Anna Keller spoke about the governors on the radio. Among the guests on the show were David "
    "Marsh and Peter Holm.",
])
def test_arrivals_elsewhere_or_after_no_meeting_are_not_guests(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Keller", "Marsh"}) not in pairs, pairs
