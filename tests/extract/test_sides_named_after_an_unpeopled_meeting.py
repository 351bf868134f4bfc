"""A meeting told without its people ("Negotiators met in Doha", "Talks opened in Geneva") and the very
next sentence telling the delegations of two or more sides with someone in each ("The Israeli delegation
was led by A and the Qatari team by B"): those delegations met there (extract/meeting_partners.py:
`sides_told_next`; extract/meetings.py: `_meeting_of_anchor`)."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Negotiators met in Doha on Monday. The Norwegian delegation was led by Erik Solberg and the Chilean team by Rosa Pinto.",
    "Officials from the two countries met in Geneva. The Norwegian side was led by Erik Solberg, and the Chilean side by Rosa Pinto.",
    "Representatives of both governments met in Geneva. Leading the Norwegian side was Erik Solberg, while the Chilean side was headed by Rosa Pinto.",
])
def test_the_sides_named_next_met(extract, text):
    assert frozenset(("Solberg", "Pinto")) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Negotiators spoke by video link on Monday. The Norwegian delegation was led by Erik Solberg and the Chilean team by Rosa Pinto.",
    "Talks planned for Monday in Doha were called off. The Norwegian delegation was led by Erik Solberg and the Chilean team by Rosa Pinto.",
    "Negotiators met in Doha on Monday. Prices rose sharply. The Norwegian delegation was led by Erik Solberg and the Chilean team by Rosa Pinto.",
])
def test_no_meeting_of_the_sides_after_a_call_a_cancelled_one_or_a_gap(extract, text):
    assert frozenset(("Solberg", "Pinto")) not in met_pairs(extract(text))
