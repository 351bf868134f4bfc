"""Meetings said to be one by one ("bilateral meetings with A, B and C", "separate talks with D and E") stay one
by one where the sentence also names a summit or a group: each guest met the host, not the other guests."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, host, guests", [
    ("On the sidelines of the summit, Chancellor Greta Lind held bilateral meetings with President Kofi Mensah, "
     "Prime Minister Omar Haddad and President Ana Torres.", "Lind", {"Mensah", "Haddad", "Torres"}),
    ("At the group's annual summit in Rome, Prime Minister Ken Ito held separate talks with President Ana Torres "
     "and Chancellor Greta Lind.", "Ito", {"Torres", "Lind"}),
    ("President Kofi Mensah had bilateral meetings with Prime Minister Omar Haddad and President Luis Vargas "
     "during the multilateral forum in Accra.", "Mensah", {"Haddad", "Vargas"}),
])
def test_each_guest_met_the_host_alone(extract, text, host, guests):
    assert met_pairs(extract(text)) == {frozenset({host, g}) for g in guests}, met_pairs(extract(text))


def test_a_joint_meeting_at_a_summit_is_one_meeting(extract):
    facts = extract("At the summit, Chancellor Greta Lind held a trilateral meeting with President Kofi Mensah "
                    "and Prime Minister Omar Haddad.")
    assert frozenset({"Mensah", "Haddad"}) in met_pairs(facts), met_pairs(facts)


@pytest.mark.parametrize("text, expected", [
    ("President Jan Nowak held telephone talks on the crisis. These included conversations with: US President "
     "Tom Hale, President of Chile Ana Torres and Dutch Prime Minister Karel Visser.", set()),
    ("During the week Foreign Minister Lena Berg had conversations with Prime Minister Omar Haddad and President "
     "Kofi Mensah.", {frozenset({"Berg", "Haddad"}), frozenset({"Berg", "Mensah"})}),
    ("The envoy's encounters with President Ana Torres and Chancellor Greta Lind were brief.", set()),
])
def test_plural_conversations_are_one_by_one(extract, text, expected):
    assert met_pairs(extract(text)) == expected, met_pairs(extract(text))
