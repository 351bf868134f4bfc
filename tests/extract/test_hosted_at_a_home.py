"""Hospitality at someone's home with no host named by the verb (extract/copresence.py, `_at_home_of`):
"B was hosted at a dinner at the residence of Y", "B was entertained at the home of Y", "B dined at
Y's residence": Y, whose home it was, met B. A host the verb names ("by Z"), a home whose owner is
only a pronoun, or a stay without hospitality gives no meeting with the owner."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Premier Gita Sandu arrived in Ottawa on Monday and was hosted that evening at a dinner at the official "
    "residence of Britain's high commissioner, Paul Lavin.",
    "Premier Gita Sandu was entertained on Tuesday at the home of Senator Paul Lavin.",
    "Premier Gita Sandu dined at Senator Paul Lavin's residence on Tuesday.",
])
def test_the_owner_of_the_home_is_the_host(extract, text):
    assert frozenset(("Sandu", "Lavin")) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Premier Gita Sandu stayed at the residence of Senator Paul Lavin while he was abroad.",
    "Premier Gita Sandu was hosted at a dinner at the home of Senator Paul Lavin by Minister Rob Sam.",
    "Premier Gita Sandu was fined for a party at the residence of Senator Paul Lavin.",
])
def test_no_meeting_with_the_owner(extract, text):
    assert frozenset(("Sandu", "Lavin")) not in met_pairs(extract(text))
