"""Something handed over at a ceremony puts giver and receiver together (extract/copresence.py,
`_presented`, `presentation_verbs.txt`): "A presented B with a proclamation", "A ..., presenting a
gift to B", "B was presented with the keys of the city by A". A plan presented to a body, or someone
presented as something, is no meeting."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, giver, receiver", [
    ("At the dinner, Representative Linda Vos presented Mayor Park Jin with a framed proclamation.", "Vos", "Jin"),
    ("Prime Minister Seru Navosa welcomed the visiting squad, presenting a carved paddle to team manager Nika Berid.",
     "Navosa", "Berid"),
    ("Mayor Park Jin was presented with the keys of the city by Governor Linda Vos.", "Vos", "Jin"),
])
def test_giver_and_receiver_met(extract, text, giver, receiver):
    assert frozenset((giver, receiver)) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Minister Linda Vos presented her budget plan to parliament on Tuesday, and Governor Park Jin criticised it.",
    "Minister Linda Vos presented Governor Park Jin as a reformer in her speech.",
    "Minister Linda Vos said Governor Park Jin had presented no plan to the council.",
])
def test_no_meeting(extract, text):
    assert frozenset(("Vos", "Jin")) not in met_pairs(extract(text))
