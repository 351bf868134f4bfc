"""Handing something over to a person ("A handed B a letter", "A handed over a message to B", "A delivered the
invitation to B") brings the two together; handing it to a body or a public does not."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Foreign Minister Lena Berg handed President Kofi Mensah a letter from the Swedish king.", {"Berg", "Mensah"}),
    ("Foreign Minister Lena Berg handed over a letter from the king to President Kofi Mensah.", {"Berg", "Mensah"}),
    ("Special Envoy Tom Hale delivered a message from the emir to President Ana Torres on Monday.",
     {"Hale", "Torres"}),
])
def test_giver_and_receiver_met(extract, text, pair):
    assert met_pairs(extract(text)) == {frozenset(pair)}, met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "President Ana Torres delivered a speech to parliament on Monday.",
    "The army delivered aid to the flooded towns, Minister Tom Hale said.",
    "Minister Tom Hale handed the report to parliament.",
])
def test_nothing_handed_to_a_person_is_no_meeting(extract, text):
    assert met_pairs(extract(text)) == set(), met_pairs(extract(text))
