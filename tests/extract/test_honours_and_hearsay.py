"""Two classes of what a sentence says about a meeting without a meeting verb of its own.

- A meal or reception given in someone's honour puts its host and the one honoured together, in the
  giver's voice or the passive, with "in A's honour" or "in honour of A" (meal_nouns.txt); offering a
  meal is hosting it, not proposing a meeting.
- A meeting told inside a noun of unvouched talk ("reports that", "speculation that": hearsay_nouns.txt)
  is not said to happen or to be arranged, unless a confirming verb takes the noun.
"""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs, statuses_between

HOST_AND_HONOURED = frozenset({"Quarles", "Mendez"})


@pytest.mark.parametrize("text", [
    "Governor Ivy Quarles hosted a dinner in honour of President Paul Mendez on Friday.",
    "Governor Ivy Quarles gave a state banquet in President Paul Mendez's honour.",
    "Governor Ivy Quarles offered a lunch in honour of President Paul Mendez at her residence.",
    "The tour ended with a dinner offered in President Paul Mendez's honour by Governor Ivy Quarles.",
    "A reception was held in honour of President Paul Mendez by Governor Ivy Quarles on Friday.",
    "President Paul Mendez arrived on Friday.\n\nThat evening Governor Ivy Quarles hosted a dinner in his honour.",
])
def test_a_meal_in_someones_honour_puts_host_and_guest_together(extract, text):
    facts = extract(text)
    assert HOST_AND_HONOURED in met_pairs(facts)
    assert statuses_between(facts, "Quarles", "Mendez") == {"Occurred"}


def test_a_meal_in_someones_honour_still_to_come_is_arranged(extract):
    facts = extract("Governor Ivy Quarles will host a dinner in honour of President Paul Mendez on Friday.")
    assert statuses_between(facts, "Quarles", "Mendez") == {"Scheduled"}


@pytest.mark.parametrize("text", [
    # honours that are no meal: a statue, a silence, a prize
    "Governor Ivy Quarles unveiled a statue in honour of President Paul Mendez.",
    "Governor Ivy Quarles held a minute's silence in honour of President Paul Mendez.",
    "Governor Ivy Quarles named a prize in President Paul Mendez's honour.",
])
def test_other_honours_are_no_meeting(extract, text):
    assert HOST_AND_HONOURED not in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Asked about reports that Governor Ivy Quarles would meet President Paul Mendez next week, her spokesman "
    "said no such meeting was planned.",
    "There were rumours that Governor Ivy Quarles had met President Paul Mendez in secret.",
    "The ministry dismissed speculation that Governor Ivy Quarles will hold talks with President Paul Mendez.",
    "Claims that Governor Ivy Quarles met President Paul Mendez last week were denied.",
])
def test_a_meeting_only_reported_by_hearsay_is_not_met(extract, text):
    facts = extract(text)
    assert HOST_AND_HONOURED not in met_pairs(facts)


def test_hearsay_a_speaker_confirms_is_a_meeting(extract):
    facts = extract("Governor Ivy Quarles confirmed reports that she had met President Paul Mendez in Lagos.")
    assert HOST_AND_HONOURED in met_pairs(facts)
