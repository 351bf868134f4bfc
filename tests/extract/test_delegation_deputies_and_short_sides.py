"""Delegation heads told apart from deputies, a second side told in a short clause, and companions of a
led delegation (extract/delegations.py, extract/delegation_ellipsis.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text", [
    "Ambassador Ngozi Eze, deputy head of the Nigerian delegation, said the draft was close to agreement.",
    "Nigerian deputy delegation chief Ngozi Eze told reporters the talks would resume.",
    "Ngozi Eze, the Nigerian delegation's deputy leader, said the text was acceptable.",
    "Ngozi Eze, the vice-chair of the Nigerian delegation, met Ghanaian Foreign Minister Kofi Boateng in Accra.",
])
def test_a_deputy_is_a_member_not_the_head(extract, text):
    facts = extract(text)
    delegation = delegation_of(facts, "Nigeria")
    assert "Eze" in surnames(facts, delegation.members)
    assert delegation.head is None


@pytest.mark.parametrize("text", [
    "Ngozi Eze, head of the Nigerian delegation, said the draft was close to agreement.",
    "Nigerian delegation chief Ngozi Eze said the draft was close to agreement.",
])
def test_a_head_or_co_head_still_heads(extract, text):
    facts = extract(text)
    assert surnames(facts, [delegation_of(facts, "Nigeria").head]) == {"Eze"}


@pytest.mark.parametrize("text, first, second", [
    ("Talks resumed in Vienna on Monday. Montenegro's team was led by chief negotiator Luka Vukovic "
     "and Albania's by Deputy Prime Minister Arta Hoxha.", ("Montenegro", "Vukovic"), ("Albania", "Hoxha")),
    ("The Nepalese team was led by Home Secretary Ramesh Adhikari; the Bhutanese team by Home Secretary Karma Dorji.",
     ("Nepal", "Adhikari"), ("Bhutan", "Dorji")),
    ("The two sides met in Geneva. Somalia's team was led by Foreign Minister Abdi Warsame; "
     "Kenya's was headed by Foreign Minister Grace Njoroge.", ("Somalia", "Warsame"), ("Kenya", "Njoroge")),
    ("The Chilean side was headed by Foreign Minister Ana Reyes, while the Argentine side by Ambassador Juan Lopez.",
     ("Chile", "Reyes"), ("Argentina", "Lopez")),
])
def test_second_side_in_a_short_clause(extract, text, first, second):
    facts = extract(text)
    for country, head in (first, second):
        assert surnames(facts, [delegation_of(facts, country).head]) == {head}


@pytest.mark.parametrize("text", [
    "The Chilean team was led by Ana Reyes, and Peru's economy is driven by copper, said Juan Lopez.",
    "The Chilean delegation was led by Foreign Minister Ana Reyes and Peru by then had no envoy, said Juan Lopez.",
])
def test_other_by_phrases_after_a_lead_clause_make_no_side(extract, text):
    facts = extract(text)
    assert not any(d.represents == "Peru" for d in facts.delegations.values())


@pytest.mark.parametrize("text", [
    "The Chilean delegation, led by Foreign Minister Ana Reyes and accompanied by Trade Minister Juan Lopez, arrived in Lima.",
    "The Chilean delegation was led by Foreign Minister Ana Reyes and accompanied by Trade Minister Juan Lopez.",
    "A Chilean negotiating team headed by Foreign Minister Ana Reyes and joined by Trade Minister Juan Lopez met Peruvian officials.",
])
def test_companions_of_a_led_delegation_are_members(extract, text):
    facts = extract(text)
    delegation = delegation_of(facts, "Chile")
    assert surnames(facts, delegation.members) >= {"Reyes", "Lopez"}
    assert surnames(facts, [delegation.head]) == {"Reyes"}


def test_whoever_receives_a_led_delegation_is_no_member(extract):
    facts = extract("The Chilean delegation was led by Foreign Minister Ana Reyes and received by Peruvian President Juan Lopez.")
    assert "Lopez" not in surnames(facts, delegation_of(facts, "Chile").members)
