"""A counted group as the other party, after a meeting with a delegation (extract/meetings.py,
`_counted_group`, `_counted_sides`): "A delegation headed by A was received by B and C. Then D met
the two mediators": the two are B and C (the people of that meeting not of the delegation), also
when the one who meets them is a team led by D. A count that fits neither all the people nor the
hosts takes up no one."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs

_FIRST = ("A rebel delegation headed by Jamil Saadeh was received on Saturday by General Fares Nassar "
          "and Minister Hamdi Qasimi. ")


@pytest.mark.parametrize("second", [
    "On Sunday Minister Avner Golan met the two mediators.",
    "The next day a team led by Avner Golan, the government's coordinator, sat with those same two mediators for six hours.",
    "A day later, a team led by Avner Golan sat with both officials in the capital.",
])
def test_the_counted_hosts_are_met(extract, second):
    pairs = met_pairs(extract(_FIRST + second))
    assert frozenset(("Golan", "Nassar")) in pairs and frozenset(("Golan", "Qasimi")) in pairs, pairs
    assert frozenset(("Golan", "Saadeh")) not in pairs, pairs


@pytest.mark.parametrize("second", [
    "On Sunday Minister Avner Golan met the four mediators.",
    "On Sunday Minister Avner Golan met the five officials in the capital.",
])
def test_a_count_that_fits_no_side_takes_up_no_one(extract, second):
    pairs = met_pairs(extract(_FIRST + second))
    assert not any("Golan" in p for p in pairs), pairs
