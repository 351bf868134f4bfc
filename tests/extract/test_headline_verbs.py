"""A title-case headline's verb ends the name before it ("Chen Hao Holds Talks with ..."): the tagger
reads such a line as one long name."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, name, not_name", [
    ("Chen Hao Holds Talks with Kenyan Deputy President and Trade Minister Ruth Wanjiru", "Chen Hao",
     "Chen Hao Holds Talks"),
    ("Zhou Lan Meets Kenyan Vice President Ruth Wanjiru", "Zhou Lan", "Zhou Lan Meets Kenyan"),
])
def test_a_headline_verb_ends_the_name(extract, text, name, not_name):
    found = names(extract(text))
    assert name in found and not_name not in found, found


@pytest.mark.parametrize("text, name", [
    ("Mark Holds, the new coach, met the team on Monday.", "Mark Holds"),
    ("Jane Talks spoke to the board.", "Jane Talks"),
])
def test_a_surname_that_looks_like_a_verb_outside_a_headline_stays(extract, text, name):
    assert name in names(extract(text))
