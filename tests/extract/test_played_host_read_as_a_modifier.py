""""Y played host to X" when the parser, after a long name, makes "host" the root and "played" its
modifier, the name hung on "played" (extract/copresence.py: `_played_read_as_modifier`)."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Egyptian President Abdel Fattah al-Sisi played host to Jordanian King Abdullah II in Cairo.", ("al-Sisi", "II")),
    ("Egyptian President Abdel Fattah al-Sisi played host to King Abdullah II of Jordan in Cairo.", ("al-Sisi", "II")),
    ("Kenyan President William Ruto played host to Somali President Hassan Sheikh Mohamud at State House.", ("Ruto", "Mohamud")),
    ("Prime Minister Mette Frederiksen played host to Chancellor Friedrich Merz at Marienborg.", ("Frederiksen", "Merz")),
])
def test_played_host_to_a_named_guest(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


def test_a_city_playing_host_is_no_meeting(extract):
    assert not met_pairs(extract("The city played host to the Olympic Games in 2012, when Mayor Boris Johnson greeted athletes."))
