"""The people of a country with "the" ("The Japanese officials included A", "The Chinese delegates were B and C",
"The Americans also met D") take up that country's delegation told before, or a delegation of no country told just
before, which then takes the country (extract/delegations.py `_country_people_take_up`)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, met_pairs, surnames


@pytest.mark.parametrize("text, country, members", [
    ("A delegation of senior Japanese trade officials arrived in Hanoi on Monday and met with Prime Minister Pham "
     "Van Duc. The Japanese officials included Kenji Sato, the deputy trade minister, and Yuki Tanaka, an adviser.",
     "Japan", {"Sato", "Tanaka"}),
    ("A delegation of high-ranking envoys arrived in Bogota on Tuesday. The American delegates comprised Mark Dunn, "
     "a deputy adviser, and Lisa Grant, the trade envoy.",
     "United States", {"Dunn", "Grant"}),
    ("A Chinese delegation held talks with Kenyan officials in Nairobi. The Chinese delegates were Li Wei and Zhang "
     "Min.", "China", {"Wei", "Min"}),
])
def test_the_people_of_a_country_list_its_delegation(extract, text, country, members):
    facts = extract(text)
    assert members <= surnames(facts, delegation_of(facts, country).members)


def test_the_plural_demonym_meets_as_the_delegation(extract):
    facts = extract("A delegation of high-ranking envoys arrived in Bogota on Tuesday. The American delegates "
                    "comprised Mark Dunn and Lisa Grant. Later the Americans held talks with Foreign Minister Ana "
                    "Rojas.")
    assert {frozenset({"Dunn", "Rojas"}), frozenset({"Grant", "Rojas"})} <= met_pairs(facts), met_pairs(facts)


@pytest.mark.parametrize("text", [
    "The Japanese officials said on Monday that exports had grown. Kenji Sato, a trade official, gave figures.",
    "A Peruvian delegation arrived in Quito. The American diplomats comprised Mark Dunn and Lisa Grant, who were "
    "in Lima.",
])
def test_no_delegation_of_that_country_is_told(extract, text):
    facts = extract(text)
    assert all(d.represents != "Japan" and d.represents != "United States" for d in facts.delegations.values()), \
        {k: d.represents for k, d in facts.delegations.items()}
