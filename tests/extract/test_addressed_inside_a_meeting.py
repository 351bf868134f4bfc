"""Someone addressed inside a meeting the text points back to ("During the talks, A told B ...", "At the meeting,
A assured B ...") was at it with the speaker; someone addressed before it, or only criticised in it, was not."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "During the talks, President Ana Torres told Prime Minister Omar Haddad that Chile valued the partnership.",
    "At the meeting, President Ana Torres assured Prime Minister Omar Haddad of Chile's support.",
    "During the meeting, President Ana Torres thanked Prime Minister Omar Haddad for his support.",
    "In the session that followed, President Ana Torres urged Prime Minister Omar Haddad to reopen the border.",
])
def test_the_one_addressed_was_there(extract, text):
    assert met_pairs(extract(text)) == {frozenset({"Torres", "Haddad"})}, met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Before the meeting, President Ana Torres told Prime Minister Omar Haddad by letter that she would attend.",
    "During the talks, President Ana Torres criticised Senator Tom Hale.",
    "During the summit, President Ana Torres told reporters that the talks went well.",
])
def test_no_meeting_with_one_not_addressed_there(extract, text):
    assert met_pairs(extract(text)) == set(), met_pairs(extract(text))
