"""A bare family name ("Kim") is the person told so far whose name it opens (family name first, "Kim Tae Ho"),
not someone whose name it closes who is named only later ("Andrew Kim"); and "B's team included C" makes C a
member of B's party. Wordings of our own."""
import pytest

from tests.conftest import surnames


def _head_of_delegation_with(facts, member):
    return next(d for d in facts.delegations.values() if any(facts.persons[m].name == member for m in d.members))


@pytest.mark.parametrize("text", [
    "Secretary of State Jon Carter received Kim Tae Ho, a senior party official, at the ministry on Wednesday.\n\n"
    "Kim headed a delegation which included Han Min Su and Ri Eun Ha. Carter's team included Andrew Kim, the head of "
    "the agency's Korea desk.",
    "Jon Carter met Park Ji Won on Monday. Park headed a delegation which included Han Min Su and Ri Eun Ha. "
    "Later the Carter team, which included Eric Park, flew home.",
])
def test_the_bare_family_name_is_the_one_told_before(extract, text):
    facts = extract(text)
    delegation = _head_of_delegation_with(facts, "Ri Eun Ha")
    assert facts.persons[delegation.head].name in {"Kim Tae Ho", "Park Ji Won"}


def test_the_owners_team_members(extract):
    facts = extract("Secretary of State Jon Carter hosted Kim Tae Ho for dinner on Wednesday. Carter's team "
                    "included Andrew Kim, a senior analyst, and Mary Lee.")
    delegation = _head_of_delegation_with(facts, "Andrew Kim")
    assert surnames(facts, delegation.members) == {"Carter", "Kim", "Lee"}
