"""A party only described ("her Czech counterpart", "a visiting Japanese leader") who is named as
the subject of the next sentence, for the first time and in words that fit the description
(extract/meetings.py `_described_then_named`)."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Foreign Minister Elena Ibarra met her Czech counterpart on Monday. Tomas Novak, the Czech foreign minister, "
     "said the talks were useful.", ("Ibarra", "Novak")),
    ("Foreign Minister Elena Ibarra met her counterpart in Prague on Monday. Foreign Minister Tomas Novak called "
     "the talks useful.", ("Ibarra", "Novak")),
    ("President Jan Ostrowski held talks with a visiting Japanese leader on Tuesday. Prime Minister Hiro Tanaka, "
     "on his first trip to Europe, also laid a wreath.", ("Ostrowski", "Tanaka")),
    ("Governor Lily Grant met with a Danish minister in Aarhus. Erik Holm, the Danish trade minister, "
     "showed her the port.", ("Grant", "Holm")),
])
def test_described_party_named_next(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


@pytest.mark.parametrize("text, other", [
    # another office than the counterpart's
    ("Foreign Minister Elena Ibarra met her Czech counterpart on Monday. Prime Minister Jan Dvorak later told "
     "parliament the talks were useful.", "Dvorak"),
    # named before: not the one newly described
    ("Tomas Novak chaired the cabinet. Foreign Minister Elena Ibarra met her counterpart on Monday. Tomas Novak "
     "said little.", "Novak"),
    # a description that the next person does not fit
    ("Governor Lily Grant received a senior minister on Friday. Mayor Tom Ruiz said the city would host the fair.", "Ruiz"),
])
def test_someone_else_named_next_is_not_the_party(extract, text, other):
    assert not any(other in pair for pair in met_pairs(extract(text)))
