"""A country's team or mission with a named leader is its delegation; lists of members go on past an
apposition and through occupations; hyphenated country names (extract/delegations.py, participants.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, country, head, members", [
    ("Egypt's team was led by its water minister, Laila Fahmy, and included the lawyer Omar Saleh.",
     "Egypt", "Laila Fahmy", {"Fahmy", "Saleh"}),
    ("A Kenyan mission headed by Trade Secretary Grace Wanjiru arrived in Tokyo.", "Kenya", "Grace Wanjiru",
     {"Wanjiru"}),
    ("In March, Ines Ruiz hosted a Pakistani team in Lahore. The team was led by Ali Shah and included two "
     "engineers, Sara Khan and Omar Butt.", "Pakistan", "Ali Shah", {"Shah", "Khan", "Butt"}),
])
def test_a_countrys_team_with_a_named_leader_is_its_delegation(extract, text, country, head, members):
    facts = extract(text)
    delegation = delegation_of(facts, country)
    assert facts.persons[delegation.head].name == head
    assert surnames(facts, delegation.members) == members


@pytest.mark.parametrize("text", [
    "The rescue team was led by Captain John Hale.",
    "Ines Ruiz praised the team. It worked hard, said Ali Shah.",
    "The Pakistani team arrived on Monday with Ali Shah.",
])
def test_a_team_without_country_or_leader_is_no_delegation(extract, text):
    assert not any(d.members or d.head for d in extract(text).delegations.values())


@pytest.mark.parametrize("text, country, members", [
    ("The Japanese delegation, led by Kenji Mori, included Aiko Hashimoto, a director at the Metals Agency, "
     "and Ryo Takeuchi of the embassy's economic section.", "Japan", {"Mori", "Hashimoto", "Takeuchi"}),
    ("The Libyan delegation also included Huda bin Amer, Libya's minister of state for migration, and "
     "Salem al-Werfalli, an adviser to the council.", "Libya", {"Amer", "al-Werfalli"}),
    ("The Korean delegation, led by Han Seung-woo, also includes Oh Ji-yeon, director-general for Southeast "
     "Asian and Pacific affairs, and Kang Dae-ho, Seoul's ambassador to Fiji.", "South Korea",
     {"Seung-woo", "Ji-yeon", "Dae-ho"}),
])
def test_a_member_list_goes_on_after_an_apposition(extract, text, country, members):
    facts = extract(text)
    assert surnames(facts, delegation_of(facts, country).members) == members


def test_a_clause_after_the_apposition_ends_the_list(extract):
    facts = extract("The Libyan delegation included Huda bin Amer, an adviser, and later talks with Salem "
                    "al-Werfalli failed.")
    assert surnames(facts, delegation_of(facts, "Libya").members) == {"Amer"}


@pytest.mark.parametrize("text, country", [
    ("A Timor-Leste delegation led by Jose Ramos arrived in Jakarta.", "Timor-Leste"),
    ("A Guinea-Bissau delegation led by Umaro Embalo arrived in Dakar.", "Guinea-Bissau"),
    ("A delegation from Timor-Leste, led by Jose Ramos, arrived in Jakarta on Monday.", "Timor-Leste"),
])
def test_a_hyphenated_country_name_is_the_one_represented(extract, text, country):
    facts = extract(text)
    assert delegation_of(facts, country).head is not None


@pytest.mark.parametrize("text", [
    "The minister then received a delegation from the west-based National Oil Council of Ruritania, headed by "
    "Deputy Chair Omar Haddad and including engineer Sami Nasr.",
    "He later received a delegation from the Tripoli-based National Oil Corporation of Libya, headed by its deputy "
    "chairman Omar Haddad and including Sami Nasr.",
    "The envoy also met a delegation from the Nairobi-based East African Business Council, headed by Omar Haddad "
    "and including its treasurer, Sami Nasr.",
])
def test_a_long_name_of_the_sending_body_keeps_its_head_and_members(extract, text):
    facts = extract(text)
    delegation = next(d for d in facts.delegations.values() if d.head)
    assert facts.persons[delegation.head].name == "Omar Haddad"
    assert surnames(facts, delegation.members) == {"Haddad", "Nasr"}
