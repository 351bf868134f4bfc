"""Meetings taken up later by the word they were told with, and lone surnames NER took for places.

- "C and D also participated in the talks": they join the last meeting told as "talks", not "consultations" or a
  "visit" told after it.
- "A and B agreed on Monday that '...'" and then "after the talks": the pair of the sentence before holds the
  talks, also when the parser split the closing quotation mark into a sentence of its own.
- "resume consultations with A" is holding them; "with Virtanen and Holm": a lone word tagged a place, listed
  with a lone surname, is a surname too (not a country or city we know, not after "in" or "to").
"""
import pytest

from tests.conftest import met_pairs, names


@pytest.mark.parametrize("text", [
    "Chancellor Ruth Abend and President Omar Kadri agreed on Monday to reopen the border. In a statement after "
    "the negotiations, both sides said trade would resume. Kadri is to hold consultations in Paris with Anne Roux. "
    "Foreign Minister Lars Holm and Ambassador Tomas Ruiz also took part in the negotiations.",
    "Chancellor Ruth Abend held talks with President Omar Kadri in Vienna on Monday. Kadri will pay a visit to "
    "Governor Anne Roux on Friday. Lars Holm and Tomas Ruiz also participated in the talks.",
])
def test_those_who_also_took_part_join_the_meeting_told_by_that_word(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Abend", "Holm"}) in pairs and frozenset({"Kadri", "Ruiz"}) in pairs, pairs
    assert frozenset({"Roux", "Holm"}) not in pairs, pairs


@pytest.mark.parametrize("text", [
    'Chancellor Ruth Abend and President Omar Kadri agreed on Monday that the dispute "can only be settled by '
    'negotiation."\n\nIn a statement following the talks, both sides called for calm.',
    "Chancellor Ruth Abend and President Omar Kadri agreed on Monday to reopen the border. The talks were the "
    "first in a year.",
])
def test_the_talks_after_a_pair_who_agreed_are_theirs(extract, text):
    assert frozenset({"Abend", "Kadri"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text, pair", [
    ("Meanwhile, Minister Ivo Lindqvist is to resume consultations in Oslo with Virtanen and Holm.", {"Lindqvist", "Holm"}),
    ("Chancellor Omar Kadri will resume talks with President Ruth Abend in June.", {"Kadri", "Abend"}),
])
def test_resuming_talks_is_holding_them(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


@pytest.mark.parametrize("text, surname", [
    ("Meanwhile, the envoy is to hold consultations in Vienna with Haavikko and Brandt.", "Brandt"),
    ("Minister Omar Kadri met Haavikko and Brandt in Geneva.", "Brandt"),
])
def test_a_lone_word_listed_with_a_lone_surname_is_a_surname(extract, text, surname):
    assert surname in names(extract(text))


@pytest.mark.parametrize("text, place", [
    ("Omar Kadri flew to Oslo and Holm stayed in Paris.", "Oslo"),
    ("Talks between Kadri and Finland ended on Monday.", "Finland"),
])
def test_a_known_place_or_one_after_a_preposition_stays_a_place(extract, text, place):
    assert place not in names(extract(text))
