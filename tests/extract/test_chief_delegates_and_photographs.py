"""A chief delegate heads their side's delegation, and people who pose for a photograph together met.

- "North Korean chief delegate A", "Chief Ukrainian delegate B", "Peru's head delegate C": the delegation of the
  country named, with them at its head (as "chief negotiator"). The country is the whole demonym ("North
  Korean", not the "Korean" of it).
- "posed for photographs with A and B", "posed for a picture with C": one picture, one meeting of all of them.
  "posed for pictures in Paris" with nobody is none.
"""
import pytest

from tests.conftest import delegation_of, met_pairs, surnames


@pytest.mark.parametrize("text, country, head", [
    ("On Monday the minister greeted North Korean chief delegate Ri Chol-su at the border.", "North Korea", "Ri Chol-su"),
    ("Chief Ukrainian delegate Olena Marchuk met the Russian side in Istanbul.", "Ukraine", "Olena Marchuk"),
    ("Peru's head delegate, Rosa Quispe, arrived in Geneva for the talks on Monday.", "Peru", "Rosa Quispe"),
])
def test_a_chief_delegate_heads_the_delegation_of_their_country(extract, text, country, head):
    facts = extract(text)
    assert facts.persons[delegation_of(facts, country).head].name == head


def test_a_former_chief_delegate_heads_nothing(extract):
    facts = extract("Ukraine's former chief delegate Olena Marchuk wrote a book about the talks.")
    assert not any(d.head for d in facts.delegations.values())


@pytest.mark.parametrize("text", [
    "President Ana Lopes posed for photographs with Lars Holm and Anne Roux before the talks.",
    "Before the dinner, Ana Lopes posed for a picture with Governor Lars Holm and Mayor Anne Roux.",
    "At the summit, Ana Lopes posed for a photo with Lars Holm and Anne Roux on the palace steps.",
])
def test_those_who_pose_for_a_photograph_together_met(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Lopes", "Holm"}), frozenset({"Lopes", "Roux"}), frozenset({"Holm", "Roux"})} <= pairs, pairs


def test_posing_for_pictures_with_no_one_named_is_no_meeting(extract):
    assert not extract("The model Ana Lopes posed for pictures in Paris.").meetings


@pytest.mark.parametrize("text, head", [
    ("Chancellor Ana Lopes welcomed Lars Holm and his delegation on Monday.", "Lars Holm"),
    ("Party leader Wen Hao received Lin Mei, Chairwoman of the Green Alliance, and her delegation in Shanghai.",
     "Lin Mei"),
    ("Premier Wen Hao greeted Mayor Lin Mei and her delegation at the airport.", "Lin Mei"),
])
def test_his_delegation_after_a_name_is_that_persons_even_with_no_country(extract, text, head):
    facts = extract(text)
    heads = {facts.persons[d.head].name for d in facts.delegations.values() if d.head}
    assert heads == {head}, heads
