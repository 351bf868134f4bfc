"""A counterpart holds the same office as the subject, which makes a later "the minister" fit both; the
story goes on about the subject, so a description after a sentence about "A met her counterpart B" is A."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Foreign Minister Sari Dewi is touring Europe this week.\n\nDewi first sat down with her Irish "
     "counterpart Niamh Walsh in Dublin on Tuesday.\n\nOn Wednesday the minister flew to Lisbon to see her "
     "Portuguese counterpart Rui Tavares.", {"Dewi", "Tavares"}),
    ("Defence Minister Kwame Boateng began a tour on Monday.\n\nBoateng first held talks with his Togolese "
     "counterpart Yao Agbeko in Lome.\n\nThe minister then drove to Cotonou to meet Benin's defence minister, "
     "Paul Hounsou.", {"Boateng", "Hounsou"}),
    ("Trade Secretary Aoife Byrne arrived in Ottawa on Sunday.\n\nByrne sat down with her Canadian counterpart "
     "Mark Leduc on Monday.\n\nOn Tuesday the secretary went on to Toronto to see Mayor Olivia Chow Lam.",
     {"Byrne", "Lam"}),
])
def test_the_description_stays_with_the_subject(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


def test_two_named_alike_and_neither_a_counterpart_stay_open(extract):
    facts = extract("Mayor Ana Ruiz spoke after Mayor Lena Berg.\n\n\"We agree,\" the mayor said.")
    assert not any(s.speaker.kind == "person" for s in facts.statements)
