"""Malay styles opened by a word that is otherwise a surname ("Tan Sri", "Yang Berhormat", "Yang Amat
Berhormat", "Toh Puan": opening_styles.txt) are styles only with their partner word: then they are no
person of their own and no part of the name; alone, Tan, Yang and Toh are surnames."""
from __future__ import annotations

import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, name", [
    ("Tan Sri Dato' Seri Lim Ah Kow, the former minister, opened the hall.", "Lim Ah Kow"),
    ("Yang Berhormat Datuk Aminah Osman, the deputy speaker, chaired the sitting.", "Aminah Osman"),
    ("The sitting was chaired by Yang Berhormat Datuk Aminah Osman.", "Aminah Osman"),
    ("Yang Amat Berhormat Tan Sri Ismail Rahim Yaakob spoke first.", "Ismail Rahim Yaakob"),
    ("The hall was opened by Toh Puan Rahmah Hassan.", "Rahmah Hassan"),
])
def test_a_style_opened_by_a_surname_word_is_no_person(extract, text, name):
    assert names(extract(text)) == {name}


@pytest.mark.parametrize("text, expected", [
    ("Tan Kok Seng met Yang Wei and Toh Chin Chye.", {"Tan Kok Seng", "Yang Wei", "Toh Chin Chye"}),
    ("Minister Tan See Leng met Mayor Yang Mei in Taipei.", {"Tan See Leng", "Yang Mei"}),
])
def test_the_same_words_alone_are_surnames(extract, text, expected):
    assert names(extract(text)) == expected
