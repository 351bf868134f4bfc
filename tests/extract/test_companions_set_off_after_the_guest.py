"""A companion set off after a named guest ("hosted B, along with C, at the palace", "received B,
together with his deputy C") was at the meeting; a title with a participle in it ("managing director")
does not end the list. "welcomed the plan, along with B" names no guest. Wordings of our own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Governor Tobias Kwalam on Tuesday hosted Ambassador Zhang Wei, along with Ramu Nickel Company managing director "
    "Liang Qiming, at the provincial headquarters.",
    "President Tobias Kwalam received Zhang Wei, together with his deputy Liang Qiming, at the palace.",
    "Tobias Kwalam met Zhang Wei, accompanied by Liang Qiming, in Madang on Monday.",
])
def test_the_companion_of_the_guest_was_there(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Kwalam", "Wei"}), frozenset({"Kwalam", "Qiming"})} <= pairs


def test_a_plan_has_no_companions(extract):
    assert met_pairs(extract("Tobias Kwalam welcomed the plan, along with Liang Qiming.")) == set()


@pytest.mark.parametrize("text", [
    "Minister Pablo Soto will meet village elders and youth leaders along with the area's MP, Rosa Vidal, on Saturday.",
    "On Friday Minister Pablo Soto met farmers together with the district governor, Rosa Vidal, in Cusco.",
])
def test_the_ones_met_along_with_a_named_person(extract, text):
    assert frozenset({"Soto", "Vidal"}) in met_pairs(extract(text))
