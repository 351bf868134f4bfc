"""A group object listed after a colon or a dash ("saw each minister separately: A in the morning
and B in the afternoon", "met both envoys - A and B"): each named person was met; with "separately"
they did not meet each other."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, together", [
    ("Mediator Hanne Skov saw each party leader separately: Omar Zaki in the morning and Lucia Berti after lunch.", False),
    ("Mediator Hanne Skov met the two governors separately: Omar Zaki and Lucia Berti.", False),
    ("Mediator Hanne Skov met both envoys: Omar Zaki and Lucia Berti.", True),
])
def test_each_listed_person_was_met(extract, text, together):
    pairs = met_pairs(extract(text))
    assert {frozenset(("Skov", "Zaki")), frozenset(("Skov", "Berti"))} <= pairs, pairs
    assert (frozenset(("Zaki", "Berti")) in pairs) is together, pairs


@pytest.mark.parametrize("text", [
    "Mediator Hanne Skov saw the report: Omar Zaki and Lucia Berti wrote it.",
    "Mediator Hanne Skov praised both envoys: Omar Zaki and Lucia Berti.",
])
def test_no_meeting_with_a_thing_or_without_a_meeting_verb(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset(("Skov", "Zaki")) not in pairs and frozenset(("Skov", "Berti")) not in pairs, pairs
