"""A delegation whose own phrase names no sender stands for the body of its head's office, when the
same sentence tells that office ("a delegation of mayors led by Lakeland League chair A"): wordings of
the team's own."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, body, head", [
    ("A delegation of mayors led by Lakeland League chair Petra Olsen met Transport Minister Karl Weiss on "
     "Monday. The delegation included Mayor Tomas Brandt and Mayor Ilse Varga.", "Lakeland League", "Olsen"),
    ("A delegation of fruit growers headed by Orchard Growers Association president Hanne Lind called on "
     "Farm Minister Ola Dahl on Tuesday.", "Orchard Growers Association", "Lind"),
    ("On Thursday a delegation of harbour pilots, led by Pilots Guild chairwoman Sara Quist, met port "
     "director Jon Vik in Bergen.", "Pilots Guild", "Quist"),
])
def test_the_body_of_the_heads_office_told_with_the_group(extract, text, body, head):
    facts = extract(text)
    delegation = delegation_of(facts, body)
    assert delegation.represents_organization
    assert surnames(facts, [delegation.head]) == {head}


def _sides(facts) -> set:
    return {d.represents for d in facts.delegations.values()}


@pytest.mark.parametrize("text, body", [
    # the office is told in another sentence: not the group's own words
    ("Petra Olsen chairs the Lakeland League. On Monday a delegation of mayors led by Olsen met Transport "
     "Minister Karl Weiss.", "Lakeland League"),
    # a past office is not what the head leads now
    ("A delegation of mayors led by former Lakeland League chair Petra Olsen met Transport Minister Karl "
     "Weiss on Monday.", "Lakeland League"),
])
def test_no_body_from_an_office_told_elsewhere_or_past(extract, text, body):
    assert body not in _sides(extract(text))


def test_a_country_named_for_the_group_stays_its_side(extract):
    facts = extract("A Norwegian delegation led by Pilots Guild chairwoman Sara Quist met port director Jon Vik "
                    "in Gdansk on Thursday.")
    assert "Norway" in _sides(facts) and "Pilots Guild" not in _sides(facts)
