""""On her return from talks in Lisbon with B": the one returning held the talks with B (`return_nouns.txt`);
the talks are not a subject she speaks about."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Foreign Minister Ana Ruiz spoke to reporters on her return from talks in Lisbon with her Portuguese "
     "counterpart Joao Matos.", {"Ruiz", "Matos"}),
    ("Interior Minister Karl Bauer made the remarks after his return from talks in Vienna with Austrian "
     "Chancellor Max Huber.", {"Bauer", "Huber"}),
    ("On his return from a meeting in Nairobi with President Ruth Njeri, Senator Tom Kibet briefed the press.",
     {"Kibet", "Njeri"}),
])
def test_the_one_returning_held_the_talks(extract, text, pair):
    assert met_pairs(extract(text)) == {frozenset(pair)}, met_pairs(extract(text))


def test_a_return_from_talks_with_no_one_named_pairs_no_one(extract):
    text = "On her return from talks in Lisbon, Foreign Minister Ana Ruiz praised Joao Matos for his patience."
    assert met_pairs(extract(text)) == set(), met_pairs(extract(text))
