"""A speaking organisation named in apposition after its class noun ("the newspaper Haaretz noted",
"the British broadcaster BBC reported") is that organisation, not an unnamed source."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("The Danish newspaper Politiken noted that the minister had been “warned twice about the leak.”",
     "warned twice", "Politiken"),
    ("The British broadcaster BBC reported that the negotiations had “stalled again over fishing rights.”",
     "stalled again", "BBC"),
    ("The business magazine Forbes wrote that the merger was “a gift to the banks.”", "gift to the banks", "Forbes"),
])
def test_the_organisation_after_its_class_noun_speaks(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    # no name after the class noun: nobody the article identifies
    ("A regional newspaper noted that the minister had been “warned twice about the leak.”", "warned twice"),
    # a person named after the noun is not an organisation the noun names
    ("The newspaper's editor Ana Roe wrote that the budget was “a gift to the banks.”", "gift to the banks"),
])
def test_no_organisation_without_its_name(extract, text, words):
    speaker = speaker_of(extract(text), words)
    assert speaker is None or speaker == "Ana Roe"
