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


@pytest.mark.parametrize("text", [
    "Finance Minister Lina Berg told her Chilean counterpart Pablo Ruiz at a meeting in Oslo that the loan was safe.",
    "Foreign Minister Lina Berg informed King Pablo Ruiz during an audience at the palace that troops would leave.",
    "Foreign Minister Lina Berg told Interior Minister Pablo Ruiz during four hours of talks in Madrid that relief "
    "convoys must pass.",
    "Trade Minister Lina Berg urged Vice President Pablo Ruiz during two days of meetings in Quito to cut tariffs.",
    "Lina Berg, the foreign minister, assured Pablo Ruiz in talks on Friday that the embassy would reopen.",
])
def test_the_one_addressed_at_a_meeting_told_for_the_first_time_was_there(extract, text):
    """The meeting need not be told before: "told B at a meeting", "during three hours of talks" (a measure of the
    talks stands where the meeting noun would)."""
    assert met_pairs(extract(text)) == {frozenset({"Berg", "Ruiz"})}, met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Finance Minister Lina Berg told Senator Pablo Ruiz at a news conference in Oslo that the loan was safe.",
    "Finance Minister Lina Berg told Senator Pablo Ruiz at a meeting of the central bank's board that rates would rise.",
    "Finance Minister Lina Berg told Senator Pablo Ruiz during talks between the unions and the employers that "
    "a deal was near.",
])
def test_no_meeting_with_one_addressed_at_a_press_event_or_at_others_talks(extract, text):
    assert met_pairs(extract(text)) == set(), met_pairs(extract(text))
