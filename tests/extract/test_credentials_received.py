"""An envoy's credentials received ("A received the credentials of the new ambassador, B", "A accepted the letters
of credence of B") bring the two together, as "B presented his credentials to A" does; a body that receives
them names no one who met."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("President Ana Torres received the credentials of the new ambassador of Peru, Luis Vargas, on Monday.",
     {"Torres", "Vargas"}),
    ("King Felipe accepted the credentials of Ambassador Luis Vargas of Peru at the Royal Palace.",
     {"Felipe", "Vargas"}),
    ("King Felipe received the letters of credence of Ambassador Luis Vargas at the palace.", {"Felipe", "Vargas"}),
    ("New Peruvian ambassador Luis Vargas presented his credentials to President Ana Torres on Monday.",
     {"Vargas", "Torres"}),
])
def test_the_receiver_and_the_envoy_met(extract, text, pair):
    assert met_pairs(extract(text)) == {frozenset(pair)}, met_pairs(extract(text))


def test_credentials_received_by_a_body_are_no_meeting(extract):
    assert met_pairs(extract("The ministry received the credentials of the new ambassador of Peru, Luis Vargas.")) == set()
