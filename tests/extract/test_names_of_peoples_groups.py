"""A name NER ran on into a plural noun of people ("Senior Clinton Aides Meet ...", `non_person_heads.txt`) names
that person's people, not a person (extract/people.py)."""
from __future__ import annotations

import pytest

from tests.conftest import names


@pytest.mark.parametrize("text", [
    "Senior Clinton Aides Meet Mexican Officials\n\nThe two sides met in Mexico City on Monday.",
    "Senior Kenyatta Aides Meet Somali Leaders\n\nThe two sides met in Mogadishu on Monday.",
    "Four Obama Aides Arrive In Havana\n\nThe visitors met Cuban officials on Monday.",
])
def test_a_name_ending_in_a_plural_of_people_is_no_person(extract, text):
    assert not any(n.endswith(("Aides", "Officials")) for n in names(extract(text))), names(extract(text))


def test_the_person_named_in_full_elsewhere_stays(extract):
    facts = extract("Senior Kenyatta Aides Meet Somali Leaders\n\nPresident Uhuru Kenyatta sent four aides to "
                    "Mogadishu, where they met Prime Minister Hassan Ali.")
    assert "Uhuru Kenyatta" in names(facts), names(facts)
