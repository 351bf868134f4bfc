"""A membership copula said with a negation ("A, who was not part of the delegation", "B is no longer a member
of the team") makes no one a member (`_denied` in extract/delegation_members.py)."""
from __future__ import annotations

import pytest

from tests.conftest import surnames


def _members(facts) -> set[str]:
    return {s for d in facts.delegations.values() for s in surnames(facts, d.members)}


@pytest.mark.parametrize("text", [
    "Karin Holm, who was not part of the delegation, criticised the talks.",
    "Karin Holm, who is not a member of the Danish delegation, met the minister.",
    "A Danish delegation led by Jens Vig arrived in Oslo. Karin Holm is no longer a member of the delegation.",
    "A Danish delegation led by Jens Vig arrived in Oslo. Karin Holm and Ole Berg were not part of the team.",
])
def test_denied_membership(extract, text):
    assert not _members(extract(text)) & {"Holm", "Berg"}


def test_stated_membership_still_counts(extract):
    facts = extract("A Danish delegation led by Jens Vig arrived in Oslo. Karin Holm and Ole Berg were part of "
                    "the delegation.")
    assert {"Holm", "Berg"} <= _members(facts)
