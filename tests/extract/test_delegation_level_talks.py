"""Those who hold talks of a hyphenated level or kind ("delegation-level talks", "high-level talks",
"ministerial-level talks") run them, and head their own country's delegation when no head is named:
wordings of the team's own."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, country, head", [
    ("Foreign Minister Ruth Atieno of Kenya held delegation-level talks with Foreign Minister Rosa Soto. The "
     "Chilean side was led by Ms Soto and included Juan Vera, while the Kenyan delegation comprised Ms Atieno, "
     "Sam Kibet and Paul Otieno.", "Kenya", "Atieno"),
    ("Trade Minister Lars Holm of Denmark held ministerial-level talks with Trade Minister Ana Pino in Lima. The "
     "Danish delegation included Mr Holm, Eva Berg and Ole Dahl.", "Denmark", "Holm"),
    ("Deputy Foreign Minister Ines Duarte of Portugal held high-level talks with Foreign Minister Paul Otieno. "
     "The Portuguese delegation was made up of Ms Duarte, Rui Lopes and Ana Reis.", "Portugal", "Duarte"),
])
def test_who_holds_hyphen_level_talks_heads_their_side(extract, text, country, head):
    facts = extract(text)
    assert surnames(facts, [delegation_of(facts, country).head]) == {head}


def test_a_hyphenated_word_that_is_no_modifier_of_the_talks_stops_the_reading(extract):
    facts = extract("Trade Minister Lars Holm of Denmark held a long-awaited press conference on talks with "
                    "Ana Pino. The Danish delegation included Mr Holm, Eva Berg and Ole Dahl.")
    assert delegation_of(facts, "Denmark").head is None


def test_a_meeting_of_some_length_makes_no_principal_of_a_delegation(extract):
    facts = extract("A Danish delegation led by Lars Holm toured Lima. On Monday the delegation held a two-hour "
                    "meeting with Ana Pino. Ms Pino hopes a delegation of Peruvian MPs will visit Oslo.")
    assert all(d.head is None for d in facts.delegations.values() if d.represents == "Peru")


@pytest.mark.parametrize("text, country, head, members", [
    ("Foreign Minister Lars Holm held talks with his Chilean counterpart Rosa Soto in Oslo on Tuesday. The two "
     "ministers first talked alone, and their delegations came in later. On the Danish side, Eva Berg and Ole "
     "Dahl took part; Ms Soto was accompanied by her adviser, Juan Vera.", "Chile", "Soto",
     {"Soto", "Vera"}),
    ("Trade Minister Ana Pino of Peru held talks in Lima with her Danish counterpart Lars Holm, who led a "
     "Danish delegation. Later both delegations sat down together; Ms Pino was accompanied by her deputy, Juan Vera.",
     "Peru", "Pino", {"Pino", "Vera"}),
    ("Defence Minister Paul Otieno of Kenya held talks with his Ghanaian counterpart Kofi Mensah in Accra. "
     "The Kenyan delegation included Sam Kibet. The two delegations met for three hours, and Mr Mensah was "
     "joined by his chief of staff, Yaw Boateng.", "Ghana", "Mensah", {"Mensah", "Boateng"}),
])
def test_a_principal_heads_their_side_where_the_text_speaks_of_both_delegations(extract, text, country, head,
                                                                                members):
    facts = extract(text)
    delegation = delegation_of(facts, country)
    assert surnames(facts, [delegation.head]) == {head}
    assert surnames(facts, delegation.members) == members


def test_no_side_for_a_principal_where_the_text_speaks_of_one_delegation(extract):
    facts = extract("Foreign Minister Lars Holm held talks with his Chilean counterpart Rosa Soto in Oslo on "
                    "Tuesday. The Danish delegation included Eva Berg; Ms Soto was accompanied by Juan Vera.")
    assert "Chile" not in {d.represents for d in facts.delegations.values()}


def test_delegations_of_others_give_no_side_to_a_principal(extract):
    facts = extract("Foreign Minister Lars Holm held talks with his Chilean counterpart Rosa Soto in Oslo. The Danish "
                    "delegation included Eva Berg. Officials said two delegations they would not name had asked "
                    "for changes; Ms Soto was accompanied by her adviser, Juan Vera.")
    assert "Chile" not in {d.represents for d in facts.delegations.values()}
