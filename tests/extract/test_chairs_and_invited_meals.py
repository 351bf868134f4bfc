"""Those who chair a body that meets were at its meeting ("The commission, which A co-chairs with B,
met in Minsk"; "The council, chaired by A, met C"); a guest "invited to lunch at the residence, where
the two agreed ..." was there (a clause of place in the past tells what happened at it). An invitation
with nothing told of the meal itself stays an offer."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("The joint commission, which Deputy Premier Arvid Kallas co-chairs with Minister Rein Saar, met in Tartu on Monday.",
     {"Kallas", "Saar"}),
    ("The border commission, co-chaired by Arvid Kallas and Rein Saar, met in Narva on Friday.",
     {"Kallas", "Saar"}),
    ("The standing committee, chaired by Arvid Kallas, met Ambassador Rein Saar in Tallinn.",
     {"Kallas", "Saar"}),
    ("Premier Arvid Kallas invited Governor Rein Saar to lunch at his residence, where the two agreed on a new rail line.",
     {"Kallas", "Saar"}),
    ("On Sunday Arvid Kallas invited Rein Saar to dinner at the embassy, where they discussed the border.",
     {"Kallas", "Saar"}),
])
def test_chairs_and_hosted_guests_were_there(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Premier Arvid Kallas invited Governor Rein Saar to lunch next week.",
    "Premier Arvid Kallas invited Governor Rein Saar to a summit in Tartu, where the leaders will sign a treaty.",
    "The commission, which Arvid Kallas chaired until 2019, met in Tartu; Rein Saar, a critic, said it was useless.",
])
def test_an_invitation_or_a_past_chair_is_no_meeting(extract, text):
    assert frozenset(("Kallas", "Saar")) not in met_pairs(extract(text))
