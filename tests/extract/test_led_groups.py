"""A group no delegation stands for ("a team led by A", "a mission headed by A", "a group led by A") is at
a meeting in the person of its leader."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "A team led by Yara Dahan met General Karim Aziz on Sunday.",
    "A mission headed by Ambassador Yara Dahan held talks with General Karim Aziz in Amman.",
    "A group led by Senator Yara Dahan called on General Karim Aziz in Amman.",
    "General Karim Aziz received a team led by Yara Dahan on Sunday.",
])
def test_a_led_group_meets_in_the_person_of_its_leader(extract, text):
    assert frozenset({"Dahan", "Aziz"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "A team led by Yara Dahan found the missing files, General Karim Aziz said.",
    "A team once led by Yara Dahan won the cup. General Karim Aziz met the coach.",
    "General Karim Aziz met a team of engineers. Yara Dahan leads a rival group.",
])
def test_a_led_group_that_meets_no_one_is_no_meeting(extract, text):
    assert frozenset({"Dahan", "Aziz"}) not in met_pairs(extract(text))
