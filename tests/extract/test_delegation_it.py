""""it" as the subject of a later clause in the sentence whose subject is a delegation ("The delegation travels on
to Kampala, where it is due to meet A"): the delegation meets A (extract/delegations.py)."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, host", [
    ("A Danish delegation led by Lars Holm and including Mette Dahl is in Nairobi. The delegation travels on to "
     "Gulu on Thursday, where it is expected to meet Minister Grace Namata.", "Namata"),
    ("A Chilean team led by Rosa Vidal and including Pedro Soto reached Lima on Monday, and it met President Ana "
     "Ruiz the same day.", "Ruiz"),
    ("A Peruvian delegation headed by Ana Ruiz and including Luis Mora arrived on Monday. The delegation said it "
     "would meet Minister Carla Paz on Friday.", "Paz"),
])
def test_it_takes_up_the_delegation_that_is_the_subject(extract, text, host):
    pairs = met_pairs(extract(text))
    members = {"Holm", "Dahl"} if host == "Namata" else {"Vidal", "Soto"} if host == "Ruiz" else {"Ruiz", "Mora"}
    assert all(frozenset((host, m)) in pairs for m in members), pairs


def test_it_after_another_subject_is_not_the_delegation(extract):
    facts = extract("A Danish delegation led by Lars Holm and including Mette Dahl is in Nairobi. The delegation met "
                    "Peter Kamau, but the ministry said it would not receive Anna Berg.")
    assert frozenset(("Berg", "Holm")) not in met_pairs(facts, statuses=("Occurred", "Scheduled", "Declined"))
