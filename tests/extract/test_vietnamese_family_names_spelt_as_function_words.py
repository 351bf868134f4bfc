"""Vietnamese family names spelt like English function words ("To", "Do": function_word_family_names.txt),
capitalised mid-sentence right after a capitalised office word and before a capitalised name word, open the
holder's name ("General Secretary To Lam", "Minister Do Duc Duy"); elsewhere they stay function words."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs, names, offices_by_surname


@pytest.mark.parametrize("text, name", [
    ("General Secretary To Lam received the visiting delegation in Hanoi.", "To Lam"),
    ("The delegation was received by Party General Secretary To Lam on Tuesday.", "To Lam"),
    ("Deputy Minister Do Thanh Binh signed the memorandum.", "Do Thanh Binh"),
])
def test_the_family_name_opens_the_holders_name(extract, text, name):
    facts = extract(text)
    assert name in names(facts)
    assert any(s == name.split()[-1] for s, _, _ in offices_by_surname(facts))


def test_the_holder_meets(extract):
    facts = extract("Prime Minister Pham Van Hung met General Secretary To Lam in Hanoi on Tuesday.")
    assert frozenset({"Hung", "Lam"}) in met_pairs(facts)


@pytest.mark.parametrize("text", [
    "He moved To Lam Dong province last year.",
    "The Secretary To the Board read the minutes.",
    "To Lam Dong province the road is closed.",
])
def test_elsewhere_the_word_is_a_function_word(extract, text):
    assert not names(extract(text))
