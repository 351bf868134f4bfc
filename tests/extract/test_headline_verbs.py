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


@pytest.mark.parametrize("text, name, not_name", [
    ("Foreign Minister Anna Berg Confers with Danish Counterpart Lars Holm", "Anna Berg", "Anna Berg Confers"),
    ("Carlos Mendez Plans to Visit Japan This Year", "Carlos Mendez", "Carlos Mendez Plans"),
    ("Rival Leader Paul Mbeki Buries Hatchet with President Kamau", "Paul Mbeki", "Paul Mbeki Buries"),
    ("Premier Li Wen Congratulates New Thai Leader", "Li Wen", "Li Wen Congratulates"),
])
def test_more_headline_verbs_end_the_name(extract, text, name, not_name):
    found = names(extract(text + "\n\nThe story follows on Monday."))
    assert name in found and not_name not in found, found
