"""One who joins a meeting by video or phone ("joined the talks by video link", "took part virtually")
was not there in person; and a plural taken up by the people the next sentence names must hold the office
it names ("The two visiting ministers were hosted by A. ... B had been due to meet the ambassador, C":
C is no minister). Wordings of our own."""
import pytest

from tests.conftest import met_pairs

_TALKS = "Ana Ruiz and Pablo Soto held talks in Lima on Monday. "


@pytest.mark.parametrize("follow", [
    "Trade Minister Tomas Berg joined the talks by video link from Quito.",
    "Tomas Berg joined the talks by phone from Quito.",
    "Tomas Berg took part in the meeting virtually.",
])
def test_a_remote_joiner_is_not_at_the_meeting(extract, follow):
    pairs = met_pairs(extract(_TALKS + follow))
    assert frozenset({"Ruiz", "Soto"}) in pairs
    assert not any("Berg" in pair for pair in pairs)


def test_a_joiner_in_person_is_at_the_meeting(extract):
    assert frozenset({"Ruiz", "Berg"}) in met_pairs(extract(_TALKS + "Trade Minister Tomas Berg joined the talks later."))


def test_people_named_next_must_hold_the_office_of_the_plural(extract):
    text = ("The two visiting ministers were hosted by Prime Minister Lina Aufai at her residence on Tuesday.\n\n"
            "Minister Sione Fale was supposed to see the Chinese ambassador, Wu Jian, on Wednesday, but the meeting "
            "was called off.")
    pairs = met_pairs(extract(text))
    assert frozenset({"Aufai", "Jian"}) not in pairs


def test_people_named_next_who_hold_the_office_are_taken(extract):
    text = ("The two ministers met for an hour in Apia on Tuesday. Foreign Minister Sione Fale told Foreign Minister "
            "Lina Aufai that the pact was ready.")
    assert frozenset({"Fale", "Aufai"}) in met_pairs(extract(text))
