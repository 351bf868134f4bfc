"""A session told in one sentence and said in the next to be run jointly by a pronoun ("The session was
held at the ministry. It was co-chaired by A and B"): A and B met, and one who "also took part in the
session" was there too. And a delegation's guests named with its nationality ("the Chilean guests will meet
C") are that delegation. Wordings of our own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "The session of the joint commission was held the same day at the Foreign Ministry. It was co-chaired by Deputy "
    "Prime Minister Rosa Vidal and Minister Tomas Riquelme.",
    "The third round of talks opened in Lima on Monday. It was co-hosted by Rosa Vidal and Tomas Riquelme.",
    "The forum took place in Lima on Monday.\n\nIt was co-chaired by Rosa Vidal and Tomas Riquelme.",
])
def test_a_session_taken_up_by_a_pronoun_and_co_chaired(extract, text):
    assert frozenset({"Vidal", "Riquelme"}) in met_pairs(extract(text))


def test_one_who_also_took_part_joins_the_co_chaired_session(extract):
    text = ("The session of the joint commission was held the same day at the Foreign Ministry. It was co-chaired by "
            "Deputy Prime Minister Rosa Vidal and Minister Tomas Riquelme. Foreign Minister Ana Ruiz also took part in "
            "the session.")
    assert {frozenset({"Vidal", "Ruiz"}), frozenset({"Riquelme", "Ruiz"})} <= met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "The report was published on Monday. It was co-authored by Rosa Vidal and Tomas Riquelme.",
    "The plan was debated in parliament. It was co-chaired by Rosa Vidal and Tomas Riquelme since 2019.",
])
def test_other_pronoun_passives_tell_no_meeting(extract, text):
    assert frozenset({"Vidal", "Riquelme"}) not in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "A Chilean delegation headed by Minister Tomas Riquelme arrived on Monday. Tomorrow the Chilean guests will "
    "visit the port and meet with Foreign Minister Ana Ruiz.",
    "A Chilean delegation led by Tomas Riquelme landed in Lima on Monday. On Tuesday the Chilean guests held talks "
    "with Ana Ruiz.",
])
def test_the_national_guests_are_the_delegation(extract, text):
    assert frozenset({"Riquelme", "Ruiz"}) in met_pairs(extract(text))


def test_guests_of_another_nation_are_not_the_delegation(extract):
    text = ("A Chilean delegation headed by Minister Tomas Riquelme arrived on Monday. On Tuesday the Peruvian guests "
            "met Foreign Minister Ana Ruiz.")
    assert frozenset({"Riquelme", "Ruiz"}) not in met_pairs(extract(text))
