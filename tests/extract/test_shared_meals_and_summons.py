"""More verbs and idioms of meeting in person: views exchanged and meals shared with a partner
(`meeting_idioms.txt`), "came together", "sat with" a person, and "summoned" someone (a meeting verb
that needs a person as its object: `meeting_verbs.txt`). Not: shared a meal with no named partner,
"sat with her arms folded", "summoned the courage", views exchanged by telephone."""
import pytest

from tests.conftest import met_pairs

PAIR = frozenset(("Mbeki", "Varga"))


@pytest.mark.parametrize("text", [
    "Senator Anna Mbeki exchanged views with Foreign Minister Peter Varga on the pipeline in Budapest.",
    "Senator Anna Mbeki shared a quiet dinner with Foreign Minister Peter Varga after the vote.",
    "Senator Anna Mbeki and Foreign Minister Peter Varga came together in Pecs for the first time in a year.",
    "Senator Anna Mbeki sat with Foreign Minister Peter Varga for most of the afternoon.",
    "Foreign Minister Peter Varga summoned Senator Anna Mbeki to the ministry on Friday.",
    "Senator Anna Mbeki was summoned to the ministry by Foreign Minister Peter Varga.",
])
def test_these_wordings_are_a_meeting_in_person(extract, text):
    assert PAIR in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Senator Anna Mbeki exchanged views by telephone with Foreign Minister Peter Varga.",
    "Senator Anna Mbeki shared a meal with her family before Foreign Minister Peter Varga spoke.",
    "Senator Anna Mbeki sat with her arms folded while Foreign Minister Peter Varga spoke on television.",
    "Foreign Minister Peter Varga summoned the courage to criticise Senator Anna Mbeki.",
    "Foreign Minister Peter Varga summoned a cabinet meeting after Senator Anna Mbeki resigned.",
])
def test_no_partner_met_in_person(extract, text):
    assert PAIR not in met_pairs(extract(text))
