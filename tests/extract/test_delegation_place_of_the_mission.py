"""A delegation whose own phrase names no side stands for the one place the text's mission and delegation
nouns are said to be of elsewhere ("Ohio trade mission opens" in a headline, "the governor flew out at the head of a
delegation of agency chiefs"); a place written with full stops goes by the full name the text also writes
(delegations._place_of_the_mission, delegation_bodies.dotted_long_form)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, place, members", [
    ("Whitcombe opens Nebraska trade mission in Peru\n\n"
     "LINCOLN - Gov. Dana Whitcombe flew to Lima on Sunday at the head of a delegation of agency chiefs and "
     "grain exporters. It includes Agriculture Director Paul Sorensen and Hugo Baines, head of the Platte Valley "
     "Growers Cooperative.", "Nebraska", {"Whitcombe", "Sorensen", "Baines"}),
    ("Calloway takes N.S.W. trade mission to Seoul\n\nPremier Rhys Calloway is leading a 30-member delegation on a week "
     "in South Korea, the first by a premier of New South Wales since 2015. It includes Trade Minister Joanna "
     "Pike and the ports chief, Ben Harlow.", "New South Wales", {"Calloway", "Pike", "Harlow"}),
    ("Premier Odile Marchand heads a delegation to Mexico this week. The delegation includes "
     "Economy Minister Luc Fortier and Sylvie Bastien, head of the province's exporters' group.\n\n"
     "The Quebec mission is the premier's second trip abroad this year.", "Quebec",
     {"Marchand", "Fortier", "Bastien"}),
])
def test_the_one_place_a_mission_is_said_to_be_of_is_the_delegations_side(extract, text, place, members):
    facts = extract(text)
    delegation = delegation_of(facts, place)
    assert members <= surnames(facts, delegation.members), delegation


def test_two_places_of_missions_leave_the_side_open(extract):
    facts = extract("The Nebraska trade mission and the Iowa delegation both reached Lima on Monday. Gov. Dana "
                    "Whitcombe is leading a delegation of farm exporters that includes Paul Sorensen.")
    assert not [d for d in facts.delegations.values() if d.represents in {"Nebraska", "Iowa"} and d.members], \
        facts.delegations


def test_a_place_another_delegation_already_stands_for_is_not_taken_again(extract):
    facts = extract("A Nebraska delegation led by Senator Ann Loy reached Lima on Monday. Separately, Mayor Tom "
                    "Fiske is leading a delegation of business owners that includes Paul Sorensen.")
    nebraska = [d for d in facts.delegations.values() if d.represents == "Nebraska"]
    assert len(nebraska) == 1 and "Sorensen" not in surnames(facts, nebraska[0].members), facts.delegations


def test_a_dotted_short_form_without_the_full_name_in_the_text_stays_as_written(extract):
    facts = extract("Calloway takes N.S.W. trade mission to Seoul\n\nPremier Rhys Calloway is leading a 30-member "
                    "delegation on a week in South Korea. It includes Trade Minister Joanna Pike.")
    assert not [d for d in facts.delegations.values() if d.represents == "New South Wales"], facts.delegations
