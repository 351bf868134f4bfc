"""A known meeting as what another clause is about, and "we" meeting someone named inside a quote.

- "should have been told about A's meeting with B", "could complain about the talks between A and B": the
  modal, question or offer belongs to the telling, not to the meeting; the meeting keeps its own status.
  An indefinite meeting as a topic ("talked about a possible meeting") is still only weighed.
- "We had a meeting with President B," said A: the speaker was at it. A spokesperson's "we" is their side's,
  not theirs, and "we" with nobody named met no one.
"""
import pytest

from tests.conftest import met_pairs, statuses_between


@pytest.mark.parametrize("text", [
    "Senator Ilse Marov said she should have been told about Governor Paulo Renk's meeting with Chancellor "
    "Ruth Abend.",
    "Senator Ilse Marov could complain about the talks between Governor Paulo Renk and Chancellor Ruth Abend.",
    "Mayor Ilse Marov may be asked regarding the visit of Governor Paulo Renk to Chancellor Ruth Abend.",
    "Senator Ilse Marov would have liked to know more about Governor Paulo Renk's talks with Chancellor Ruth "
    "Abend.",
])
def test_a_known_meeting_told_as_a_topic_keeps_its_own_status(extract, text):
    assert frozenset({"Renk", "Abend"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Senator Ilse Marov said Governor Paulo Renk should seek a meeting with Chancellor Ruth Abend.",
    "Governor Paulo Renk may hold talks with Chancellor Ruth Abend next month.",
])
def test_the_modal_of_the_meetings_own_clause_still_counts(extract, text):
    assert statuses_between(extract(text), "Renk", "Abend") <= {"Hypothetical", "Proposed"}


@pytest.mark.parametrize("text", [
    '"This morning we had a meeting with President Omar Kadri, and it went well," Foreign Minister Lena '
    'Sorvik said.',
    'Foreign Minister Lena Sorvik said: "We held talks with Chancellor Omar Kadri this morning."',
    '"We sat down with Premier Omar Kadri for two hours," said Prime Minister Lena Sorvik.',
    '"Yesterday we met Premier Omar Kadri in his office," Lena Sorvik, the trade minister, told reporters.',
])
def test_we_meeting_someone_named_in_a_quote_includes_the_speaker(extract, text):
    assert frozenset({"Sorvik", "Kadri"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    '"We held talks with President Omar Kadri on Monday," foreign ministry spokeswoman Lena Sorvik said.',
    '"We met President Omar Kadri last week," said Lena Sorvik, the press secretary of the ministry.',
])
def test_a_spokespersons_we_is_their_side_not_them(extract, text):
    assert frozenset({"Sorvik", "Kadri"}) not in met_pairs(extract(text))


def test_we_meeting_no_one_named_adds_no_one(extract):
    facts = extract('"We will never negotiate with terrorists," Foreign Minister Lena Sorvik said after meeting '
                    'Omar Kadri.')
    assert met_pairs(facts) == {frozenset({"Sorvik", "Kadri"})}
