"""A plural group with a led-by participle as the subject of a meeting ("Kazakh officials led by A held
talks with C", "diplomats headed by A met C"): the leader was at the meeting. Wordings of our own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Kazakh officials led by Deputy Foreign Minister Arman Nurlanov held talks with Chinese envoy Wang Ping in Astana.",
    "Brazilian diplomats headed by Ambassador Arman Nurlanov held talks with Wang Ping on trade.",
    "Officials led by Arman Nurlanov held a meeting with Wang Ping on Monday.",
    "Kazakh negotiators led by Arman Nurlanov met Chinese envoy Wang Ping in Astana.",
])
def test_the_leader_of_a_group_meets_the_other_side(extract, text):
    assert frozenset({"Nurlanov", "Ping"}) in met_pairs(extract(text))


def test_a_leader_of_something_else_is_not_at_the_meeting(extract):
    pairs = met_pairs(extract("Kazakh officials, whose ministry is led by Arman Nurlanov, held talks with Wang Ping."))
    assert frozenset({"Nurlanov", "Ping"}) not in pairs
