"""A place that is no country written right before an office ("Jalisco Governor X", "Buenos Aires Mayor Y",
"Sabah Chief Minister Z", "the Kyiv mayor, W") names where the post is, not a word of the title, also when
NER tagged no place there; a capital before a title heading a place ("Tokyo Governor") is the city's post,
not the country's (before a minister's title it still stands for the country)."""
from __future__ import annotations

import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, expected", [
    ("Jalisco Governor Pablo Lemus Navarro said the state would cooperate.", ("Navarro", "governor", "Jalisco")),
    ("Buenos Aires Mayor Jorge Macri Vidal said the subway would reopen.", ("Vidal", "mayor", "Buenos Aires")),
    ("Sabah Chief Minister Hajiji Noor met the delegation.", ("Noor", "chief minister", "Sabah")),
    ("The delegation met Sarawak Premier Abang Johari Openg on Monday.", ("Openg", "premier", "Sarawak")),
    ("The Kyiv mayor, Vitali Brenko, spoke first.", ("Brenko", "mayor", "Kyiv")),
])
def test_a_place_before_an_office_is_where_the_post_is(extract, text, expected):
    assert expected in offices_by_surname(extract(text))


@pytest.mark.parametrize("text, expected", [
    ("The minister met Tokyo Governor Yuriko Sato in the capital.", ("Sato", "governor", "Tokyo")),
    ("Chinese Foreign Minister Wang Lei met Beijing Mayor Yin Dong.", ("Dong", "mayor", "Beijing")),
])
def test_a_capital_before_a_seat_title_is_the_citys_post(extract, text, expected):
    assert expected in offices_by_surname(extract(text))


@pytest.mark.parametrize("text, expected", [
    ("Chinese Foreign Minister Wang Lei met Beijing Mayor Yin Dong.", ("Lei", "foreign minister", "China")),
    ("Republican Governor Ana Ruiz vetoed the bill.", ("Ruiz", "governor", None)),
])
def test_countries_and_parties_before_an_office_keep_their_reading(extract, text, expected):
    assert expected in offices_by_surname(extract(text))
