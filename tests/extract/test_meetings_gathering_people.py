"""A participle on a meeting noun that says who takes part (`gathering_participles.txt`: "a meeting grouping
A and B", "talks involving A and B", "a summit gathering A and B", "a forum bringing together A and B") makes
those people the meeting's attendees; a plural title over countries there names the holders told before.
Wordings of our own."""
import pytest

from tests.conftest import met_pairs, statuses_between


@pytest.mark.parametrize("text, status", [
    ("Officials said a summit grouping Foreign Minister Ana Soto and Trade Minister Carlos Ruiz will be held in "
     "Lima.", "Scheduled"),
    ("A trilateral meeting gathering Foreign Minister Ana Soto and Trade Minister Carlos Ruiz took place in Lima.",
     "Occurred"),
    ("Talks involving Foreign Minister Ana Soto and Trade Minister Carlos Ruiz began in Lima on Monday.", "Occurred"),
    ("A forum bringing together Foreign Minister Ana Soto and Trade Minister Carlos Ruiz opened in Lima on Monday.",
     "Occurred"),
])
def test_the_participle_names_the_attendees(extract, text, status):
    assert statuses_between(extract(text), "Soto", "Ruiz") == {status}


def test_a_plural_title_over_countries(extract):
    facts = extract("Peruvian Foreign Minister Ana Soto met Chilean Foreign Minister Carlos Ruiz on Sunday. Soto had "
                    "spoken by telephone with the Bolivian Minister of Foreign Affairs, Tomas Quispe. Soto said a "
                    "meeting grouping the foreign ministers of Peru, Chile and Bolivia will be held in Lima next month.")
    assert {frozenset({"Soto", "Quispe"}), frozenset({"Ruiz", "Quispe"})} <= met_pairs(facts)


def test_a_scandal_involving_two_people_is_no_meeting(extract):
    assert not met_pairs(extract("A scandal involving Foreign Minister Ana Soto and Trade Minister Carlos Ruiz "
                                 "broke in Lima on Monday."))
