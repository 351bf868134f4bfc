"""A counted group set before names ("two other members of the guerrilla side, A and B", "three members of
the Kenyan team, A, B and C") is no office of the first name; a title
with a number inside a name of its own ("the G7 chair, A") or an ordinal ("First Deputy Prime Minister B") is."""
import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text", [
    "Beside Mr. Vela sat two other members of the guerrilla side, Rosa Ortiz and Fabian Lugo.",
    "The talks were attended by three members of the Kenyan team, Ana Wanjiru, Paul Otieno and Mary Achieng.",
    "She was joined by two other members of the union team, Rosa Ortiz and Fabian Lugo.",
])
def test_a_counted_group_gives_no_office(extract, text):
    assert not {o for o in offices_by_surname(extract(text)) if o[0] in {"Ortiz", "Wanjiru"}}


@pytest.mark.parametrize("text, office", [
    ("The G7 chair, Ana Wanjiru, spoke first.", ("Wanjiru", "g7 chair")),
    ("First Deputy Prime Minister Paul Otieno arrived in Nairobi.", ("Otieno", "first deputy prime minister")),
])
def test_numbered_and_ordinal_titles_stay(extract, text, office):
    assert office in {o[:2] for o in offices_by_surname(extract(text))}
