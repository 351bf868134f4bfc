"""A verb left out before a second object with its own place or day: "met A in Tokyo on Monday and B
in Beijing on Tuesday" tells two meetings, each where and when its own phrases say.

Published on Thursday 2025-05-15: "Monday" is 2025-05-12 as past news, 2025-05-19 as a plan.
"""
from __future__ import annotations

import pytest

from tests.conftest import meetings_between, met_pairs


def _places_and_dates(facts, a: str, b: str) -> set[tuple[str | None, str | None]]:
    return {(m.place, m.date.value if m.date else None) for m in meetings_between(facts, a, b)}


@pytest.mark.parametrize("text, host, first, second", [
    # place and day after each object, titles before the second name
    ("Foreign Minister Kenji Arakawa met Indian Foreign Minister Meera Pillai in Delhi on Monday and Bangladeshi "
     "Foreign Minister Rafiq Chowdhury in Dhaka on Tuesday.",
     "Arakawa", ("Pillai", ("Delhi", "2025-05-12")), ("Chowdhury", ("Dhaka", "2025-05-13"))),
    # a plan: the days read forward
    ("Senator Paul Whitaker will meet Prime Minister Hana Novak in Prague on Monday and President Jan Sykora "
     "in Bratislava on Tuesday.",
     "Whitaker", ("Novak", ("Prague", "2025-05-19")), ("Sykora", ("Bratislava", "2025-05-20"))),
    # days alone, a host named in apposition
    ("The minister, Aiko Tanaka, received Ambassador Luis Ortega on Monday and Ambassador Chloe Martin on Wednesday.",
     "Tanaka", ("Ortega", (None, "2025-05-12")), ("Martin", (None, "2025-05-14"))),
    # places alone
    ("Envoy Sofia Lindgren met President Ahmed Warsame in Mogadishu and President Ismail Guelleh Omar in Djibouti "
     "last week.",
     "Lindgren", ("Warsame", ("Mogadishu", None)), ("Omar", ("Djibouti", None))),
])
def test_each_gapped_meeting_keeps_its_own_place_and_day(extract, text, host, first, second):
    facts = extract(text)
    for guest, told in (first, second):
        assert _places_and_dates(facts, host, guest) == {told}
    assert frozenset({first[0], second[0]}) not in {frozenset(p) for p in met_pairs(facts)}


def test_a_second_clause_is_no_gapped_meeting(extract):
    facts = extract("President Ana Lima met Prime Minister Joao Neto in Luanda on Monday and Neto praised the deal.")
    assert _places_and_dates(facts, "Lima", "Neto") == {("Luanda", "2025-05-12")}


def test_coordinated_objects_before_the_phrases_share_them(extract):
    facts = extract("Minister Aiko Tanaka met Ambassador Luis Ortega and Ambassador Chloe Martin in Lima on Monday.")
    assert _places_and_dates(facts, "Tanaka", "Ortega") == {("Lima", "2025-05-12")}
    assert _places_and_dates(facts, "Tanaka", "Martin") == {("Lima", "2025-05-12")}
