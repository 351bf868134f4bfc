"""A party named by a title with its own complement before the name ("Deputy Minister for Foreign
Affairs Omar Haidar", "Chairman of the Senate Committee on Agriculture Paul Dent"): the parser hangs the
name inside the complement, and the meeting must still find the person (extract/agents.py)."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Deputy Minister for Foreign Affairs Omar Haidar met Minister Ana Cruz on Monday.", ("Haidar", "Cruz")),
    ("Minister Ana Cruz was received by Deputy Minister for Foreign Affairs Omar Haidar.", ("Haidar", "Cruz")),
    ("Chairman of the Senate Committee on Agriculture Paul Dent received Minister Ana Cruz at the Senate.", ("Dent", "Cruz")),
    ("Minister Ana Cruz held talks with Secretary of State for Trade Jonah Dorne in London.", ("Dorne", "Cruz")),
    ("Ambassador to the United States Greta Lind met Senator Mark Hill on Tuesday.", ("Lind", "Hill")),
    ("Senator Mark Hill met Ambassador to the United Arab Emirates Omar Saif on Tuesday.", ("Saif", "Hill")),
    ("Senator Mark Hill was received by Ambassador to the Netherlands Greta Lind.", ("Lind", "Hill")),
    ("Minister Ana Cruz met Minister of State at the Ministry of Energy Sheikh Ali bin Omar Al Naimi in Doha.", ("Naimi", "Cruz")),
])
def test_name_after_a_title_complement_is_a_party(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


def test_coordinated_titles_with_complements(extract):
    pairs = met_pairs(extract("Minister Ana Cruz held talks with Secretary of State for Trade Jonah Dorne "
                              "and Chairman of the Senate Committee on Agriculture Paul Dent."))
    assert {frozenset(("Cruz", "Dorne")), frozenset(("Cruz", "Dent"))} <= pairs


@pytest.mark.parametrize("text", [
    "The Minister for Foreign Affairs received Minister Ana Cruz on Monday.",
    "The Chairman of the Senate Committee on Agriculture said Minister Ana Cruz had not met anyone.",
    "Spokesman for Governor Lena Park met Minister Ana Cruz on Monday.",
    "Minister Ana Cruz said the Ambassador to the United States would meet the press.",
    "Adviser to Lena Park Tom Ruiz said Minister Ana Cruz had not met anyone.",
])
def test_a_title_with_no_name_is_nobody(extract, text):
    assert not met_pairs(extract(text))
