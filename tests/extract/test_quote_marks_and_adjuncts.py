"""A follow-on quote that opens its sentence with any opening mark (guillemet, single, curly,
straight) goes on the current speaker's words; and a publishing verb's quote must be what is put
out, not an adjunct ("would publish the list 'after the holiday'")."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("The chancellor Luis Alberto Mendoza Vidal met his colleague in Tumbes.\n\n"
     "\u00abNobody gave us this bridge for free\u00bb, said Mendoza. "
     "\u00abOur grandparents paid for it with their harvests.\u00bb",
     "Our grandparents paid for it", "Luis Alberto Mendoza Vidal"),
    ("Governor Ruth Sande visited the dam on Monday.\n\n"
     "\u2018The water is back,\u2019 Sande said. \u2018And this time it will stay.\u2019",
     "And this time it will stay", "Ruth Sande"),
    ("Mayor Tom Reyes opened the bridge.\n\n"
     "\u00abIt took us ten years\u00bb, admitted Reyes. \u00abNobody thought we would finish it.\u00bb",
     "Nobody thought we would finish it", "Tom Reyes"),
])
def test_a_follow_on_quote_after_any_opening_mark_is_the_speakers(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Spokesperson Aiko Tanaka told reporters the agency would publish the agenda "
     "\"after the holiday\".", "after the holiday", "Aiko Tanaka"),
    ("Senator Lia Marsh said the committee would release its findings \"within a fortnight\".",
     "within a fortnight", "Lia Marsh"),
])
def test_a_publishing_verbs_adjunct_is_not_its_text(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_publishing_verbs_object_still_is(extract):
    facts = extract("Senator Ann Moss released a letter saying \u201cthe vote was a sham\u201d on Friday.")
    assert speaker_of(facts, "the vote was a sham") == "Ann Moss"


def test_a_quoted_adjunct_of_a_release_is_not_the_bodys(extract):
    facts = extract("In Lima, foreign ministry spokesperson Rosa Quispe said the ministry would release the "
                    "programme \"before the summit\", declining to say more.")
    assert speaker_of(facts, "before the summit") == "Rosa Quispe"
