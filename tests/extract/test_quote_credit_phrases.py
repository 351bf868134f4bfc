"""Quotes credited by a phrase instead of a verb of saying ("in the words of A", "as A put it", "to
quote A", "to borrow A's phrase"), before, inside or after the sentence's quote. Wordings of our own."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words", [
    ('In the words of Health Minister Irene Kovac, the reform "came ten years too late."', "ten years too late"),
    ('The reform, in the words of Irene Kovac, "came ten years too late."', "ten years too late"),
    ('"It came ten years too late," as Health Minister Irene Kovac put it on Monday.', "ten years too late"),
    ('As Irene Kovac once put it, "reform is a marathon."', "reform is a marathon"),
    ('To quote Irene Kovac, "nobody wins a trade war."', "nobody wins a trade war"),
    ('The summit was, to borrow Irene Kovac\'s phrase, "a wedding without a bride."', "a wedding without a bride"),
    ('The plan is, as Irene Kovac likes to say, "all roof and no walls."', "all roof and no walls"),
])
def test_the_named_person_in_a_credit_phrase_speaks(extract, text, words):
    assert speaker_of(extract(text), words) == "Irene Kovac"


@pytest.mark.parametrize("text, words", [
    # the credit phrase names someone else's words that are not quoted; the verb of saying credits the quote
    ('In the words of the old song, the mayor said, "we shall overcome."', "we shall overcome"),
    ('Petra Lind said the budget was, in her view, "a disaster in slow motion."', "a disaster in slow motion"),
])
def test_a_verb_of_saying_still_credits_the_quote(extract, text, words):
    expected = "Petra Lind" if "Lind" in text else None
    assert speaker_of(extract(text), words) == expected
