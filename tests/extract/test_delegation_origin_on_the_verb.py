"""Where a delegation comes from, when the parser hangs its from-phrase on the verb ("met a delegation
from Kenya on Monday": "from Kenya" under "met"): a from-phrase right after the group's own phrase
still names its sender."""
import pytest

from tests.conftest import delegation_of


@pytest.mark.parametrize("text, sender", [
    ("President Ana Vidal met a delegation from Kenya on Monday.", "Kenya"),
    ("Speaker Anita Okello received a delegation from Kenya at the State House.", "Kenya"),
    ("Governor Ana Vidal hosted a delegation from the African Union at her office on Friday.", "African Union"),
    ("On Tuesday Prime Minister Lars Holm met a delegation from South Korea in Oslo.", "South Korea"),
])
def test_the_sender_of_a_delegation_met(extract, text, sender):
    delegation_of(extract(text), sender)


def test_a_from_phrase_further_on_names_no_sender(extract):
    facts = extract("President Ana Vidal met a delegation of farmers on Monday after returning from Kenya.")
    assert not any(d.represents == "Kenya" for d in facts.delegations.values())
