"""A list of people whose items open with lower-case words saying whose office it is ("the host country
President A", "the ruling party Chairman B") is read to its end: the words belong to the title after them."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Dr Mehta is set to meet separately with the host nation President Ana Ruiz, German Chancellor Eva "
    "Lind and French President Luc Morel.",
    "Premier Li met the ruling party Chairman Ana Ruiz, Senate President Eva Lind and Mayor Luc Morel on Monday.",
    "Envoy Tom Hale held talks with the opposition alliance Leader Ana Ruiz, Senator Eva Lind and Governor Luc Morel.",
])
def test_the_list_is_read_past_an_owner_before_a_title(extract, text):
    pairs = met_pairs(extract(text))
    host = text.split(" is ")[0].split(" met ")[0].split(" held ")[0].split()[-1]
    assert {frozenset({host, guest}) for guest in ("Ruiz", "Lind", "Morel")} <= pairs, pairs


def test_bilateral_meetings_with_a_listed_guest_each(extract):
    pairs = met_pairs(extract("Dr Mehta is set to meet separately with the host nation President Ana Ruiz, "
                              "German Chancellor Eva Lind and French President Luc Morel."))
    assert frozenset({"Ruiz", "Lind"}) not in pairs, pairs


def test_a_thing_before_a_title_still_ends_the_list(extract):
    pairs = met_pairs(extract("Premier Li met Ana Ruiz and the tomb of President Luc Morel in Hue on Monday."))
    assert not any("Morel" in p for p in pairs), pairs
