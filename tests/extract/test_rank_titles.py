"""A description without a rank word never refers to the holder of the ranked office: "the
president" is not the vice president, "the foreign minister" not the deputy foreign minister."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words", [
    ("Vice President Tom Hale toured the plant on Monday. \"Jobs are coming back,\" the president told workers.",
     "Jobs are coming back"),
    ("Deputy Foreign Minister Eva Lund arrived in Riga. \"We want calm,\" the foreign minister said in a statement.",
     "We want calm"),
    ("Assistant Secretary Joe Marsh briefed reporters. \"The deal holds,\" the secretary said later.",
     "The deal holds"),
])
def test_the_unranked_description_is_not_the_ranked_officer(extract, text, words):
    facts = extract(text)
    assert speaker_of(facts, words) not in {"Tom Hale", "Eva Lund", "Joe Marsh"}


@pytest.mark.parametrize("text, words, speaker", [
    ("Foreign Minister Eva Lund arrived in Riga. \"We want calm,\" the foreign minister said in a statement.",
     "We want calm", "Eva Lund"),
    ("Vice President Tom Hale toured the plant. \"Jobs are coming back,\" the vice president told workers.",
     "Jobs are coming back", "Tom Hale"),
    ("President Nora Quinn met Vice President Tom Hale on Monday. \"We are united,\" the president said.",
     "We are united", "Nora Quinn"),
])
def test_a_description_with_the_same_rank_still_refers_back(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker
