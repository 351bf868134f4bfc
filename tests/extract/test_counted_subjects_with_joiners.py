"""A counted group as subject, with others named in the clause (extract/meetings.py,
`_counted_subject`): "The two leaders were joined by C and D", "Both were later joined by C and D"
take up the pair of the meeting just told, so C and D met them; a count that does not fit that
meeting ("the three leaders" after a meeting of two), a group of things ("the two companies") or a
group that names its own people ("the two ministers, C and D") takes up no one."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs

_FIRST = "President Ivo Marek and Chancellor Ute Brenner met for two hours on Monday in Prague. "


@pytest.mark.parametrize("second", [
    "The two leaders were joined in the afternoon by Finance Minister Pia Kranz and Interior Minister Olga Sand.",
    "Both were later joined by Finance Minister Pia Kranz and Interior Minister Olga Sand.",
    "That evening both leaders were joined for dinner by Finance Minister Pia Kranz and Interior Minister Olga Sand.",
])
def test_the_counted_pair_meets_those_who_joined(extract, second):
    pairs = met_pairs(extract(_FIRST + second))
    for joiner in ("Kranz", "Sand"):
        for leader in ("Marek", "Brenner"):
            assert frozenset((joiner, leader)) in pairs, pairs


@pytest.mark.parametrize("second", [
    "The three leaders were joined in the afternoon by Finance Minister Pia Kranz and Interior Minister Olga Sand.",
    "The two companies were joined in the afternoon by Finance Minister Pia Kranz and Interior Minister Olga Sand.",
    "On Tuesday the two ministers, Pia Kranz and Olga Sand, met in Brno.",
])
def test_other_groups_take_up_no_one(extract, second):
    pairs = met_pairs(extract(_FIRST + second))
    assert not any(j in p and l in p for p in pairs for j in ("Kranz", "Sand") for l in ("Marek", "Brenner")), pairs
