"""People who gather together met ("A, B and C gathered in Rome", "Leaders, including A and B, assembled at
the palace"); a meeting noun that draws or attracts people as its object had them there ("The summit drew A,
B and C"), though "drew criticism from A" does not; "A and B spoke on the sidelines of the summit" is
talk in person between the two, as "spoke with B on the sidelines" already was."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Chancellor Ida Lund, President Omar Saleh and Premier Kofi Boateng gathered in Rome on Friday.",
    "Leaders of the bloc, including Chancellor Ida Lund, President Omar Saleh and Premier Kofi Boateng, assembled "
    "at the palace on Monday.",
    "The summit in Rome drew Chancellor Ida Lund, President Omar Saleh and Premier Kofi Boateng.",
    "The conference attracted Chancellor Ida Lund, President Omar Saleh and Premier Kofi Boateng to Vienna.",
    "The meeting gathered Chancellor Ida Lund, President Omar Saleh and Premier Kofi Boateng in Oslo on Monday.",
])
def test_the_gathered_people_met(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Lund", "Saleh"}), frozenset({"Saleh", "Boateng"})} <= pairs, pairs


@pytest.mark.parametrize("text", [
    "The talks drew criticism from Chancellor Ida Lund and President Omar Saleh.",
    "Chancellor Ida Lund gathered evidence against President Omar Saleh.",
    "The summit attracted protests; Chancellor Ida Lund and President Omar Saleh condemned them from afar.",
])
def test_drawing_a_thing_is_no_meeting(extract, text):
    assert frozenset({"Lund", "Saleh"}) not in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "President Omar Saleh and Chancellor Ida Lund spoke on the sidelines of the summit.",
    "On Tuesday, Chancellor Ida Lund and President Omar Saleh talked briefly on the sidelines of the forum in Davos.",
    "Chancellor Ida Lund and President Omar Saleh chatted face to face before the dinner.",
])
def test_joint_talk_with_an_in_person_cue(extract, text):
    assert frozenset({"Lund", "Saleh"}) in met_pairs(extract(text))
