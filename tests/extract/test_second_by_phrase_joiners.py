"""A second "by" phrase of a joining or accompanying verb names people at the meeting too: "She was
joined by C, and by D, who ...", "met B, accompanied by C and by D", "Their talks were joined by C and
by D" (meeting_clauses.agent_objects); "but not by D" leaves D out, and the talks joined are the
meeting told, not a meeting of C and D."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs

_FIRST = "Mayor Elsa Rand sat down with Transport Minister Oskar Hedin on Monday. "


@pytest.mark.parametrize("text", [
    _FIRST + "She was joined by the deputy mayor, Jonas Pihl, and by local MP Greta Sund, who set up the meeting.",
    _FIRST + "She was joined by deputy mayor Jonas Pihl and by MP Greta Sund.",
    "Mayor Elsa Rand sat down with Transport Minister Oskar Hedin on Monday, accompanied by Jonas Pihl and by "
    "Greta Sund.",
    _FIRST + "Their talks were joined by Jonas Pihl and by Greta Sund.",
])
def test_both_by_phrases_join_the_meeting(extract, text):
    pairs = met_pairs(extract(text))
    for person in ("Pihl", "Sund"):
        assert frozenset((person, "Hedin")) in pairs, pairs


def test_a_by_phrase_denied_adds_no_one(extract):
    pairs = met_pairs(extract(_FIRST + "She was joined by Jonas Pihl but not by Greta Sund."))
    assert frozenset(("Pihl", "Hedin")) in pairs, pairs
    assert not any("Sund" in p for p in pairs), pairs


def test_talks_joined_are_no_meeting_of_the_joiners(extract):
    facts = extract(_FIRST + "Their talks were joined by Jonas Pihl and by Greta Sund.")
    assert not any(m.trigger == "joined" for m in facts.meetings), [(m.trigger, m.attendees) for m in facts.meetings]
