"""Members said to be "one of" or "among" a plural group noun that is itself a delegation ("A, one of the
Qatari negotiators"), a country's team whose membership predicate names people at talks ("Rwanda's team
comprised A and B"), and sports sides (`sports_team_words.txt`) that are no delegation
(extract/delegation_members.py, extract/delegations.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, country, members", [
    ("Mohammed Al-Khulaifi, one of the Qatari negotiators, said a deal was close.", "Qatar", {"Al-Khulaifi"}),
    ("Ana Soto, one of Chile's delegates, said a deal was close.", "Chile", {"Soto"}),
    ("Ana Soto was one of Chile's delegates at the talks.", "Chile", {"Soto"}),
    ("Ana Soto and Luis Vera were among the Chilean negotiators.", "Chile", {"Soto", "Vera"}),
])
def test_one_of_a_countrys_negotiators_is_a_member(extract, text, country, members):
    facts = extract(text)
    assert surnames(facts, delegation_of(facts, country).members) == members


def test_meeting_one_of_the_negotiators_makes_no_member(extract):
    facts = extract("Ana Soto met one of the Chilean negotiators on Monday.")
    assert not any(d.members for d in facts.delegations.values())


@pytest.mark.parametrize("text", [
    "Talks resumed in Doha. Rwanda's team comprised Olivier Nduhungirehe and James Kabarebe.",
    "A Rwandan team that included Olivier Nduhungirehe and James Kabarebe met Congolese officials.",
    "At the negotiations, the Rwandan team consisted of Olivier Nduhungirehe and James Kabarebe.",
])
def test_a_countrys_team_at_talks_with_a_roster(extract, text):
    facts = extract(text)
    assert surnames(facts, delegation_of(facts, "Rwanda").members) == {"Nduhungirehe", "Kabarebe"}


@pytest.mark.parametrize("text", [
    "Kenya's team, which included striker Michael Olunga, won the cup.",
    "The Kenyan football team, led by captain Victor Wanyama, beat Uganda 2-0 on Saturday.",
    "Kenya's national team, led by Victor Wanyama, met the president after the final.",
    "The Kenyan rugby team, which included Collins Injera, met fans in Nairobi.",
])
def test_sports_sides_are_no_delegations(extract, text):
    facts = extract(text)
    assert not any(d.represents and (d.members or d.head) for d in facts.delegations.values())
