"""A plural title with its portfolio word ("the defence ministers", "the health ministers") as the subject
of a meeting: the two people named before whose offices carry that portfolio, whatever each title's head
("defence minister", "defence secretary"), when exactly two do."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Ohio's energy minister, David Marsh, and his defence minister, Peter Holm, flew in on Monday. Iowa's "
     "defence secretary, Simon Baker, joined them. Afterwards the defence ministers agreed to meet in May.",
     {"Holm", "Baker"}),
    ("The farm secretary, Ana Lopes, spoke at the fair. Her Chilean opposite number, farm minister Tomas Ruiz, "
     "toured the stands. Aides said the farm ministers will sit down in Santiago next month.", {"Lopes", "Ruiz"}),
    ("The transport minister of Chile, Ana Lopes, arrived on Sunday. Mayor Helen Garrick greeted her. Peru's "
     "transport secretary, Tomas Ruiz, came a day later. Diplomats said the transport ministers would meet "
     "again on Tuesday.", {"Lopes", "Ruiz"}),
])
def test_the_two_holders_of_the_portfolio_meet(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    # one holder only
    "Defence Minister Peter Holm spoke on Monday and Mayor Simon Baker listened. The defence ministers will "
    "meet again in May.",
])
def test_one_holder_gives_no_pair_by_portfolio(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Holm", "Baker"}) not in pairs, pairs
