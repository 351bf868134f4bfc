"""A delegation of no side yet stands for the country a form of "represent" names for it or for its
head (`_represented_sides` in extract/delegations.py): passive, active, a fronted participle and a
participle put before the copula."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text", [
    "Malawi was represented by Vice President Chikondi Banda, who led a delegation of ministers and governors.",
    "Vice President Chikondi Banda represented Malawi at the forum, leading a delegation of six officials.",
    "Representing Malawi, a delegation led by Vice President Chikondi Banda attended the inauguration in Lusaka.",
    "Representing the Malawian government was a delegation led by Vice President Chikondi Banda.",
])
def test_represented_country_is_the_delegations_side(extract, text):
    facts = extract(text)
    assert surnames(facts, [delegation_of(facts, "Malawi").head]) == {"Banda"}


def test_a_side_already_named_is_kept(extract):
    facts = extract("The Danish delegation, led by Ole Bergstrom, who also represented Norway at an earlier "
                    "forum, arrived in Riga on Monday.")
    assert surnames(facts, [delegation_of(facts, "Denmark").head]) == {"Bergstrom"}
    assert not any(d.represents == "Norway" for d in facts.delegations.values())


@pytest.mark.parametrize("text", [
    "Malawi was represented by Ambassador Chikondi Banda at the signing ceremony.",
    "A delegation led by lawyer Chikondi Banda, who represented the families in court, arrived on Monday.",
])
def test_representing_without_a_country_delegation_adds_none(extract, text):
    facts = extract(text)
    assert not any(d.represents == "Malawi" for d in facts.delegations.values())
