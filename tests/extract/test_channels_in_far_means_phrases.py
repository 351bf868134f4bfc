"""A means phrase ("through a video link", "over the telephone", "by video") hung on the trigger's own phrases
gives the channel however many words come between: a briefing through a video link is no meeting in person.
Wordings of our own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Dr Peter Kimaro told reporters that he had also briefed the bloc's Executive Secretary, Dr Ruth Banda, on the "
    "outcome of the talks through a video link from his office in the capital.",
    "President Ana Soto discussed the border with Prime Minister Carlos Ruiz, the leader of the largest party in "
    "parliament, at some length over the telephone on Monday.",
    "Minister Ana Soto consulted with Governor Carlos Ruiz, who chairs the regional council of the north, on the new "
    "budget by video on Friday.",
])
def test_the_far_means_phrase_gives_the_channel(extract, text):
    facts = extract(text)
    assert facts.meetings and all(m.channel.value != "InPerson" for m in facts.meetings)
    assert not met_pairs(facts)


def test_a_means_phrase_in_a_clause_of_its_own_does_not(extract):
    facts = extract("President Ana Soto met Prime Minister Carlos Ruiz, who had spoken to the press by telephone "
                    "earlier, in Lima on Monday.")
    assert frozenset({"Soto", "Ruiz"}) in met_pairs(facts)
