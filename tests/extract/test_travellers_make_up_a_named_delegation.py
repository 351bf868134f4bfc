"""A country's delegation told only after its people's journey is made of those travellers ("A, along with B,
arrived in X. Later the US delegation held talks with C"): the one who travelled heads it, those who came
with them are members; coordinated travellers are members with no head. Travellers of another known
country are not taken. A group noun given an audience or a visit ("granted an audience to a trade
delegation led by B") is met as a delegation, and "the visiting minister" is the minister told as arriving."""
import pytest

from tests.conftest import delegation_of, met_pairs, surnames


@pytest.mark.parametrize("text, head, members", [
    ("US Trade Secretary Mara Voss, along with General Tom Hale, arrived in Dhaka on Monday. On Tuesday the US "
     "delegation held talks with Prime Minister Farid Rahman.", "Voss", {"Voss", "Hale"}),
    ("US Trade Secretary Mara Voss landed in Dhaka late on Sunday, accompanied by Senator Tom Hale.\n\n"
     "The talks focused on garments.\n\nThe American delegation later called on Prime Minister Farid Rahman.",
     "Voss", {"Voss", "Hale"}),
    ("US Trade Secretary Mara Voss flew into Dhaka with Senator Tom Hale. The US delegation met business leaders.",
     "Voss", {"Voss", "Hale"}),
    ("US Trade Secretary Mara Voss and Senator Tom Hale travelled to Dhaka on Sunday. The US delegation met "
     "Prime Minister Farid Rahman.", None, {"Voss", "Hale"}),
])
def test_the_travellers_are_the_delegation(extract, text, head, members):
    facts = extract(text)
    delegation = delegation_of(facts, "United States")
    assert surnames(facts, delegation.members) == members
    assert (surnames(facts, [delegation.head]) if delegation.head else None) == ({head} if head else None)


def test_travellers_of_another_country_are_not_taken(extract):
    facts = extract("Bangladeshi Foreign Minister Farid Rahman arrived in Boston on Monday. Later the US delegation "
                    "held talks with Governor Ana Ruiz.")
    assert delegation_of(facts, "United States").members == set()


@pytest.mark.parametrize("text", [
    "Vice President Grace Akiki granted an audience to a trade delegation from Hanoi led by Deputy Minister Le Van Tam.",
    "President Grace Akiki paid a visit to the Vietnamese delegation led by Minister Le Van Tam at its hotel.",
    "King Harald granted an audience to a delegation of Vietnamese lawmakers headed by Senator Le Van Tam.",
])
def test_a_delegation_given_an_audience_or_a_visit_is_met(extract, text):
    pairs = met_pairs(extract(text))
    assert any("Tam" in pair and len(pair) == 2 for pair in pairs), pairs


@pytest.mark.parametrize("text", [
    "Deputy Minister Le Van Tam flew into Kampala late on Sunday. Next day the visiting deputy minister called on "
    "Speaker Ruth Okello at her office.",
    "Deputy Minister Le Van Tam arrived in Kampala on Tuesday. Later the visiting deputy minister met Speaker Ruth Okello.",
    "Le Van Tam, a deputy minister, flew in on Tuesday. The guest deputy minister then called on Speaker Ruth Okello.",
])
def test_the_visiting_minister_is_the_one_who_arrived(extract, text):
    assert frozenset({"Tam", "Okello"}) in met_pairs(extract(text))
