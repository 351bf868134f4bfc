"""'The statement quoted X as telling the governors: "..."': the parser hangs the quote on "quoted"
itself; the as-phrase with a reporting verb still makes the words the cited person's, not the
statement's nor its author's (extract/statements.py, _quoted_as_telling)."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("President Ada Obi met the governors on Friday. In a statement, her spokesman Chief Tunde Bello said "
     "the talks went well.\n\nThe statement quoted Obi as telling the governors: \"The nurses must be paid. "
     "We will look for the funds as one.\"", "The nurses must be paid", "Ada Obi"),
    ("President Ada Obi met the governors on Friday. Her spokesman Tunde Bello said the talks went well.\n\n"
     "The agency quoted Obi as telling the governors: \"The nurses must be paid.\"", "The nurses must be paid", "Ada Obi"),
    ("Premier Lin Wei received the envoy. A ministry spokesman, Hu Bo, briefed reporters.\n\n"
     "The readout quoted Lin as assuring the envoy: \"Our door stays open.\"", "Our door stays open", "Lin Wei"),
])
def test_the_one_quoted_as_telling_is_the_speaker(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_quote_without_the_as_phrase_stays_with_its_frame(extract):
    facts = extract("Premier Lin Wei received the envoy on Monday.\n\n"
                    "\"Nobody shouted,\" said the spokesman, Hu Bo, who quoted Lin at length.")
    assert speaker_of(facts, "Nobody shouted") == "Hu Bo"
