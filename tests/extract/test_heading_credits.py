"""Releases print quotes under a heading that credits them ("Quotes attributable to Mayor A:"): every
quotation paragraph under the heading is that person's, until a paragraph of the writer's
(extract/statements.py, _heading_credit)."""
import pytest

from tests.conftest import speaker_of

_RELEASE = ("Premier Tom Berg met investors in Perth on Monday.\n\n"
            "\u201cThis is a great day for the state,\u201d Mr Berg said.\n\n"
            "{heading}\n\n"
            "\u201cOur harbour is ready for the new ships and the jobs they bring.\u201d\n\n"
            "\u201cWe will keep working with every partner who wants to build here.\u201d\n")


@pytest.mark.parametrize("heading, speaker", [
    ("Quotes attributable to Harbour Mayor Lisa Crane:", "Lisa Crane"),
    ("Comments attributed to the Minister for Ports, Ana Duarte:", "Ana Duarte"),
    ("Quote attributable to Council chair Omar Haddad:", "Omar Haddad"),
])
def test_quotes_under_a_credit_heading_are_the_named_persons(extract, heading, speaker):
    facts = extract(_RELEASE.format(heading=heading))
    assert speaker_of(facts, "Our harbour is ready") == speaker
    assert speaker_of(facts, "We will keep working") == speaker
    assert speaker_of(facts, "a great day for the state") == "Tom Berg"


def test_a_paragraph_of_the_writers_ends_the_credited_block(extract):
    facts = extract("Premier Tom Berg met investors in Perth on Monday.\n\n"
                    "Quotes attributable to Harbour Mayor Lisa Crane:\n\n"
                    "\u201cOur harbour is ready for the new ships.\u201d\n\n"
                    "Mr Berg later toured the port with the investors.\n\n"
                    "\u201cThis is only the beginning,\u201d Mr Berg said.\n")
    assert speaker_of(facts, "Our harbour is ready") == "Lisa Crane"
    assert speaker_of(facts, "only the beginning") == "Tom Berg"
