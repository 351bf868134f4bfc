"""A reception verb left without an object because the parser ran its place phrase on into the guest's title
and name ("received Sunday in Lima Chilean Minister A") still has that guest, and the town opening the phrase
is the meeting's place. Wordings of our own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Interior Minister Rachid Amrani welcomed on Sunday in Algiers the Malian Interior Minister Oumar Traore, "
    "who is on a working visit.",
    "Foreign Minister Rachid Amrani received on Monday in Algiers Malian Foreign Minister Oumar Traore.",
    "Prime Minister Rachid Amrani hosted Tuesday in Algiers Tunisian Minister of Trade Oumar Traore.",
])
def test_the_guest_and_the_town(extract, text):
    facts = extract(text)
    assert frozenset({"Amrani", "Traore"}) in met_pairs(facts)
    assert {m.place for m in facts.meetings} == {"Algiers"}
