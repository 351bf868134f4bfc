"""A place the meeting's own sentence tells after the meeting's word, of a move made later ("met B and
then returned to Tokyo", "before flying to Paris", "B, who will travel to Washington") or of other
people ("as thousands protested in Berlin"), is not where the meeting took place; a place told before
it in the sentence or in the one before still is."""
import pytest

from tests.conftest import meetings_between


@pytest.mark.parametrize("text", [
    "Premier Tomas Halvik met President Irena Voss and then returned to Tokyo.",
    "Premier Tomas Halvik met President Irena Voss before flying to Paris.",
    "Premier Tomas Halvik met President Irena Voss, who will travel to Washington next month.",
    "Premier Tomas Halvik held talks with President Irena Voss, who then flew to Madrid.",
    "Premier Tomas Halvik met President Irena Voss and later left for Rome.",
    "Premier Tomas Halvik met President Irena Voss as thousands protested in Berlin.",
])
def test_a_place_of_later_or_of_others_is_not_the_meetings(extract, text):
    found = meetings_between(extract(text), "Halvik", "Voss")
    assert found and all(m.place is None for m in found)


@pytest.mark.parametrize("text, place", [
    ("Premier Tomas Halvik arrived in Hanoi and met President Irena Voss.", "Hanoi"),
    ("Premier Tomas Halvik, who arrived in Oslo on Monday, met President Irena Voss.", "Oslo"),
    ("Premier Tomas Halvik travelled to Rome and held talks with President Irena Voss.", "Rome"),
    ("Premier Tomas Halvik arrived in Hanoi on Monday. He met President Irena Voss and then flew to Tokyo.", "Hanoi"),
    ("While he was in Lima, Premier Tomas Halvik met President Irena Voss.", "Lima"),
    ("Premier Tomas Halvik met President Irena Voss after flying to Rome.", "Rome"),
    ("Premier Tomas Halvik welcomed President Irena Voss to Hanoi on Monday.", "Hanoi"),
])
def test_a_place_told_before_the_meeting_is_kept(extract, text, place):
    found = meetings_between(extract(text), "Halvik", "Voss")
    assert found and {m.place for m in found} == {place}
