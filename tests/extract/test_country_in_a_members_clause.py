"""A country word inside the clause that lists a delegation's members says something about a member
("the first MP of Tongan descent"), not whose delegation it is: wordings of the team's own."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of


@pytest.mark.parametrize("text, stray", [
    ("Development Minister Claire Dunmore is leading a cross-party delegation that includes Senator Tom Reid and "
     "MP Ana Lealaiauloto, the first member of the chamber of Tongan descent.", "Tonga"),
    ("Trade Minister Lea Falk heads a delegation which comprises Liam Hart, a banker of Irish birth, and the "
     "economist Jo Quill.", "Ireland"),
    ("Port director Mark Olds led a delegation that included Rui Costa, a Brazilian-born engineer, and the "
     "surveyor Tim Ash.", "Brazil"),
])
def test_a_country_said_of_a_member_is_not_the_groups_side(extract, text, stray):
    facts = extract(text)
    assert stray not in {d.represents for d in facts.delegations.values()}


@pytest.mark.parametrize("text, country", [
    ("The Kenyan delegation, which includes Trade Minister Paul Otieno, arrived in Oslo on Monday.", "Kenya"),
    ("A delegation that included Ghanaian Trade Minister Kofi Boateng and Ghana's ambassador Ama Owusu arrived "
     "in Oslo on Monday.", "Ghana"),
    # a member's title says whom they serve
    ("The minister welcomed the delegation, which comprises Deputy Minister Aru Bekova and Ivo Dragan, "
     "Ambassador of Croatia to Chile.", "Croatia"),
])
def test_the_groups_own_country_and_its_members_one_country_still_count(extract, text, country):
    assert delegation_of(extract(text), country)
