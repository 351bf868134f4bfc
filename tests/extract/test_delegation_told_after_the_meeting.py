"""A delegation an attendee heads, described in the sentence right after the meeting: "A held talks with
B. The Kenyan delegation led by Mr B comprised C and D" -- its members met A (meeting_partners.py)."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Transport Minister Helen Garrick held talks with Samuel Okonjo on Monday. The Kenyan delegation led "
    "by Mr. Okonjo comprised the Deputy Minister, Ms. Ana Lopes, and the Ambassador, Mr. Tomas Ruiz.",
    "Helen Garrick received the Kenyan trade minister, Samuel Okonjo, at her office. The Kenyan "
    "delegation, headed by Okonjo, also included Ana Lopes and Tomas Ruiz.",
    "Samuel Okonjo will meet Governor Helen Garrick in Mombasa. Okonjo leads a Kenyan delegation that "
    "includes his deputy, Ana Lopes, and the ambassador, Tomas Ruiz.",
])
def test_the_members_of_the_delegation_told_next_met_the_other_side(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Garrick", "Okonjo"}) in pairs, pairs
    assert frozenset({"Garrick", "Lopes"}) in pairs and frozenset({"Garrick", "Ruiz"}) in pairs, pairs


@pytest.mark.parametrize("text", [
    # the delegation goes somewhere else, on a day of its own
    "Finance Minister Helen Garrick met Samuel Okonjo in Paris. On Tuesday, Okonjo led a delegation "
    "including Ana Lopes and Tomas Ruiz to Berlin.",
    # told two sentences later, after something else
    "Helen Garrick met Samuel Okonjo in Paris. The weather was poor. The Kenyan delegation led by Okonjo "
    "included Ana Lopes and Tomas Ruiz.",
    # a phone call is no meeting of the delegation
    "Helen Garrick spoke by phone with Samuel Okonjo. The Kenyan delegation led by Okonjo included Ana "
    "Lopes and Tomas Ruiz.",
])
def test_a_delegation_told_elsewhere_is_not_at_the_meeting(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Garrick", "Lopes"}) not in pairs, pairs


@pytest.mark.parametrize("text", [
    "Samuel Okonjo arrived on Sunday and was welcomed at the airport by Governor Helen Garrick. Okonjo is leading a "
    "Kenyan delegation that includes Ana Lopes and Tomas Ruiz.",
    "Governor Helen Garrick received Samuel Okonjo in Mombasa. The Kenyan delegation, headed by Okonjo, comprises "
    "Ana Lopes and Tomas Ruiz.",
    "Samuel Okonjo met Governor Helen Garrick yesterday. The minister heads a delegation including Ana Lopes and "
    "Tomas Ruiz, which stays until Friday.",
])
def test_a_delegation_told_in_the_present_after_a_past_meeting_is_the_trips(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Garrick", "Okonjo"}) in pairs, pairs
    assert frozenset({"Garrick", "Lopes"}) not in pairs, pairs
