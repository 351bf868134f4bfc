""""The" + the plural noun of a delegation's of-phrase ("a delegation of Latvian lawmakers ... the lawmakers")
is that delegation later in the text, and a lead phrase on it names its head (`_take_up_the_kind` in
extract/delegations.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, met_pairs, surnames


@pytest.mark.parametrize("text", [
    "Prime Minister Jonas Berg hosted a delegation of Latvian lawmakers in Oslo. The lawmakers, led by Ilze Ozola, "
    "also met Prime Minister Jonas Berg at his office.",
    "A delegation of Latvian senators arrived in Oslo on Monday. The senators, who are led by Ilze Ozola, met "
    "Prime Minister Jonas Berg.",
    "A delegation of Latvian parliamentarians visited Oslo this week. The parliamentarians, headed by Ilze Ozola, "
    "held talks with Prime Minister Jonas Berg.",
])
def test_the_kind_takes_up_the_delegation_and_its_head(extract, text):
    facts = extract(text)
    assert surnames(facts, [delegation_of(facts, "Latvia").head]) == {"Ozola"}
    assert frozenset(("Ozola", "Berg")) in met_pairs(facts)


def test_the_same_kind_of_another_country_is_another_group(extract):
    facts = extract("A delegation of Latvian senators arrived in Oslo on Monday. Estonian senators, led by Mart Kask, "
                    "met Prime Minister Jonas Berg.")
    assert not any(d.represents == "Latvia" and "Kask" in surnames(facts, d.members) for d in facts.delegations.values())
