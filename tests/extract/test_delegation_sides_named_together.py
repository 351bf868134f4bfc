"""A plural group noun whose phrase names two or more countries stands for one delegation per country, so
that its meeting pairs their members (`_sides_named` in extract/delegations.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, met_pairs, surnames


@pytest.mark.parametrize("text", [
    "Delegations of Estonia and Latvia met in Riga on Thursday. The Estonian delegation was led by Mart Kask, "
    "while the Latvian side was headed by Ilze Ozola.",
    "The Estonian and Latvian delegations held talks in Riga on Monday. The Estonian delegation was led by Mart Kask "
    "and the Latvian delegation by Ilze Ozola.",
    "Talks between delegations from Estonia and Latvia took place in Riga on Monday. The Estonian delegation was led "
    "by Mart Kask and the Latvian delegation by Ilze Ozola.",
])
def test_delegations_of_two_countries_meet(extract, text):
    facts = extract(text)
    assert surnames(facts, [delegation_of(facts, "Estonia").head]) == {"Kask"}
    assert surnames(facts, [delegation_of(facts, "Latvia").head]) == {"Ozola"}
    assert frozenset(("Kask", "Ozola")) in met_pairs(facts)


def test_delegations_of_unnamed_countries_pair_no_one(extract):
    facts = extract("Delegations of several countries met in Riga on Thursday. The Estonian delegation was led by "
                    "Mart Kask. Ilze Ozola stayed in Vilnius.")
    assert not any("Ozola" in pair for pair in met_pairs(facts))
