"""Delegations told in one sentence and filled in the next or from a side ("It was led by A", "They were
B and C", "on the Hungarian side were D"), multi-word countries after "from", and lower-case titles
built of several nouns in member lists (extract/delegations.py, delegation_members.py, participants.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text", [
    "Russia sent a five-member delegation to Geneva. It was led by presidential aide Oleg Tarasov "
    "and included deputy energy minister Pavel Lukin.",
    "Moscow's answer came on Friday, when Russia dispatched a delegation to Geneva. It was headed by "
    "presidential aide Oleg Tarasov and included deputy energy minister Pavel Lukin.",
    "A Russian delegation reached Geneva on Tuesday evening. It was led by Oleg Tarasov, a presidential aide, "
    "and included Pavel Lukin.",
])
def test_a_pronoun_after_a_delegation_takes_up_its_head_and_members(extract, text):
    facts = extract(text)
    russia = delegation_of(facts, "Russia")
    assert facts.persons[russia.head].name == "Oleg Tarasov"
    assert surnames(facts, russia.members) == {"Tarasov", "Lukin"}


@pytest.mark.parametrize("text", [
    "Germany sent a delegation to Kyiv. They were Defence Minister Boris Haller and Economy Minister Katrin Roth.",
    "A German delegation flew to Kyiv on Sunday. They were defence minister Boris Haller and economy minister "
    "Katrin Roth.",
    "Berlin's delegation to Kyiv was small; they were Boris Haller, the defence minister, and Katrin Roth.",
])
def test_they_were_a_list_after_a_delegation_names_its_members(extract, text):
    facts = extract(text)
    assert surnames(facts, delegation_of(facts, "Germany").members) == {"Haller", "Roth"}


@pytest.mark.parametrize("text", [
    "A Danish delegation arrived in Nuuk. They were received by Premier Aqqaluk Lynge.",
    "The delegation arrived late. They were tired, said spokeswoman Anna Berg.",
    "Peter Olsen and Mette Holm met in Aarhus. They were old friends.",
])
def test_they_were_without_a_list_of_members_makes_no_member(extract, text):
    facts = extract(text)
    assert not any(d.members for d in facts.delegations.values())


@pytest.mark.parametrize("text", [
    "A delegation from South Korea, led by Foreign Minister Park Min-jun, met Japanese Foreign Minister "
    "Aiko Yamamoto in Tokyo.",
    "Prime Minister Aiko Yamamoto received a delegation from South Korea headed by Park Min-jun.",
    "The delegation of South Korea, under Park Min-jun, was led by Park Min-jun himself.",
])
def test_a_country_of_two_words_after_from_or_of_is_the_one_represented(extract, text):
    facts = extract(text)
    korea = delegation_of(facts, "South Korea")
    assert facts.persons[korea.head].name == "Park Min-jun"


@pytest.mark.parametrize("text, country, expected", [
    ("Sultan Qaboos Rashid received President Elena Varga in Muscat. Taking part in the wider session on the "
     "Hungarian side were Foreign Minister Peter Kovacs and Economy Minister Zsofia Nagy.",
     "Hungary", {"Kovacs", "Nagy"}),
    ("Present on the Norwegian side were State Secretary Ola Berg and Ambassador Kari Lunde.",
     "Norway", {"Berg", "Lunde"}),
    ("Also at the table on the Kenyan side were Trade Secretary Grace Wanjiru, Ambassador Peter Otieno and "
     "adviser Mary Atieno.", "Kenya", {"Wanjiru", "Otieno", "Atieno"}),
    ("The Brazilian side was represented by Finance Minister Joao Lima and Ambassador Carlos Prado.",
     "Brazil", {"Lima", "Prado"}),
])
def test_people_a_country_side_brought_are_its_delegation(extract, text, country, expected):
    facts = extract(text)
    assert surnames(facts, delegation_of(facts, country).members) == expected


def test_a_side_with_no_one_named_makes_no_delegation(extract):
    facts = extract("On the Irish side, the ministers were joined by two officials.")
    assert not any(d.members for d in facts.delegations.values())


@pytest.mark.parametrize("title", ["deputy defence minister", "army chief", "central bank governor"])
def test_a_lower_case_title_of_several_nouns_keeps_a_member_list_going(extract, title):
    facts = extract(f"The Polish delegation included foreign minister Adam Zielinski and {title} Marek Wrona.")
    assert surnames(facts, delegation_of(facts, "Poland").members) == {"Zielinski", "Wrona"}


def test_a_thing_named_by_nouns_still_ends_a_member_list(extract):
    facts = extract("The Polish delegation included Adam Zielinski and a trade policy paper by Marek Wrona.")
    assert surnames(facts, delegation_of(facts, "Poland").members) == {"Zielinski"}
