"""Calls that official usage makes visits in person: "a courtesy call", "a farewell call", "an
introductory call" (visit_call_modifiers.txt), whatever verb or phrase tells them; a call with a
phone word, or one of another kind ("a congratulatory call"), stays a call at a distance."""
from __future__ import annotations

import pytest

from tests.conftest import meetings_between, met_pairs


@pytest.mark.parametrize("text, pair", [
    # the one called on as the subject, the caller after "from"
    ("President Adjoa Kuffour received a courtesy call from the outgoing Korean Ambassador, Park Seo-jun, "
     "on Monday.", {"Kuffour", "Seo-jun"}),
    # the call told in a time phrase, its caller the clause's subject
    ("During a farewell call on Prime Minister Ilir Kadare, Ambassador Marta Lindqvist thanked Albania for its "
     "support.", {"Kadare", "Lindqvist"}),
    # a possessive caller, the call as the subject
    ("Ambassador Tobias Mayer's introductory call on Foreign Minister Nadia Rahimi lasted an hour.",
     {"Mayer", "Rahimi"}),
    # an introductory courtesy call received, with its place
    ("Governor Chidi Okafor received an introductory courtesy call from the new Dutch Consul-General, Eva Smits, "
     "in Lagos.", {"Okafor", "Smits"}),
])
def test_a_courtesy_call_is_a_meeting_in_person(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "President Adjoa Kuffour received a congratulatory call from Ambassador Tobias Mayer on Monday.",
    "President Adjoa Kuffour took a courtesy phone call from Ambassador Tobias Mayer on Monday.",
])
def test_other_calls_stay_at_a_distance(extract, text):
    facts = extract(text)
    assert frozenset({"Kuffour", "Mayer"}) not in met_pairs(facts)
    assert {m.channel.value for m in meetings_between(facts, "Kuffour", "Mayer")} == {"Phone"}
