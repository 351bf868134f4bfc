"""Members of a country's side named in a "represented by" phrase on the side's noun, and members a
membership predicate lists after a colon that closes its unnamed object (extract/delegations.py,
extract/delegation_members.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text", [
    "The Estonian side, represented by Foreign Minister Mart Kask and adviser Liis Tamm, met the Latvian delegation.",
    "The Estonian side, represented at the talks by Foreign Minister Mart Kask and adviser Liis Tamm, rejected the offer.",
    "On Monday the Estonian side, represented by Mart Kask and Liis Tamm, signed the text in Riga.",
])
def test_side_represented_by_people(extract, text):
    facts = extract(text)
    assert {"Kask", "Tamm"} <= surnames(facts, delegation_of(facts, "Estonia").members)


@pytest.mark.parametrize("text", [
    "The Estonian delegation also included officials from the presidential office: deputy head Mart Kask and adviser Liis Tamm.",
    "The Estonian delegation comprised three diplomats from the foreign ministry: Ambassador Mart Kask, envoy Liis Tamm "
    "and counsellor Peeter Saar.",
    "The Estonian negotiating team is made up of senior officials: Deputy Minister Mart Kask and Ambassador Liis Tamm.",
])
def test_members_after_a_colon(extract, text):
    facts = extract(text)
    assert {"Kask", "Tamm"} <= surnames(facts, delegation_of(facts, "Estonia").members)


@pytest.mark.parametrize("text", [
    "The Estonian delegation included a surprise: it said Mart Kask would not come.",
    "The Estonian side, which Mart Kask criticised, met the Latvian delegation.",
])
def test_no_members_from_other_clauses(extract, text):
    facts = extract(text)
    members = set().union(*[d.members for d in facts.delegations.values()]) if facts.delegations else set()
    assert "Kask" not in surnames(facts, members)
