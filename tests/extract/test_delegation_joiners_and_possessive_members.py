"""Members told by joining the group ("A joined the Danish delegation", "B will join the delegation led
by C", "D, who joined the delegation on Monday, ...") and by the group's possessive ("the delegation's
members were E and F"). Joining a person is company, not membership. Wordings of our own."""
import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text", [
    "Deputy Minister Lars Holm joined the Danish delegation in Geneva on Tuesday.",
    "Lars Holm will join the Danish delegation led by Minister Karen Dahl next week.",
    "Lars Holm, who joined the Danish delegation on Monday, met Swiss officials.",
    "A Danish delegation arrived in Bern. Trade envoy Lars Holm joined the delegation a day later.",
])
def test_the_one_who_joins_a_delegation_is_its_member(extract, text):
    facts = extract(text)
    assert "Holm" in surnames(facts, delegation_of(facts, "Denmark").members)


def test_joining_a_person_makes_no_member(extract):
    facts = extract("Minister Ole Berg led the Danish delegation. In Geneva Lars Holm joined Karen Dahl for dinner.")
    assert "Holm" not in surnames(facts, delegation_of(facts, "Denmark").members)


@pytest.mark.parametrize("text", [
    "The Ghanaian delegation's members were Kwame Asante, Efua Mensah and Yaw Darko.",
    "Ghana's delegation arrived on Sunday. The delegation's members included Kwame Asante and Efua Mensah.",
    "The Ghanaian delegation\u2019s members are Kwame Asante and Efua Mensah.",
])
def test_the_delegations_possessive_members(extract, text):
    facts = extract(text)
    assert surnames(facts, delegation_of(facts, "Ghana").members) >= {"Asante", "Mensah"}
