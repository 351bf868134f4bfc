"""A chief, top or lead negotiator (`lead_negotiator_words.txt`) of a named country or organisation heads that
side's delegation, in any wording of the title (`_lead_negotiator` in extract/delegations.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, side, head", [
    ("Norway's chief negotiator, Erik Solheim, arrived in Colombo on Thursday.", "Norway", "Solheim"),
    ("Chile's top negotiator Ana Morales met Bolivian officials in La Paz.", "Chile", "Morales"),
    ("Ana Morales, Santiago's lead negotiator, said the talks had stalled.", "Chile", "Morales"),
    ("The chief Peruvian negotiator, Luis Quispe, met Ecuadorian envoys in Quito.", "Peru", "Quispe"),
])
def test_lead_negotiator_heads_the_delegation(extract, text, side, head):
    facts = extract(text)
    assert surnames(facts, [delegation_of(facts, side).head]) == {head}


@pytest.mark.parametrize("text", [
    "Norway's former chief negotiator, Erik Solheim, said the talks were stuck.",
    "Erik Solheim, a chief negotiator in the 1990s, wrote a book.",
    "Norway's negotiator Erik Solheim said the talks would resume.",
])
def test_no_delegation_without_a_side_or_now(extract, text):
    facts = extract(text)
    assert not any(d.head for d in facts.delegations.values())
