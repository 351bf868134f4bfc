"""A piece of a text ("says an excerpt", "reads a passage") speaks for whoever issued the last
document the article mentioned."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Maria Lopes, the leader of the Green Party, released a note condemning the visit. \"The party rejects "
     "the presence of the minister on our soil. He is not welcome here\", says an excerpt.",
     "The party rejects the presence", "Maria Lopes"),
    ("Senator Dana Cole sent a letter to the governor on Monday. \"The dam must be inspected before the rains,\" "
     "reads a passage.", "The dam must be inspected", "Dana Cole"),
    ("The Red Cross issued a statement on Friday. \"Our teams cannot reach the valley,\" one section says.",
     "Our teams cannot reach the valley", "Red Cross"),
])
def test_a_piece_speaks_for_the_issuer_of_the_document(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_piece_with_no_document_before_names_nobody(extract):
    facts = extract("Senator Dana Cole spoke for an hour. \"The dam must be inspected,\" reads a passage on the wall.")
    assert speaker_of(facts, "The dam must be inspected") != "Dana Cole"
