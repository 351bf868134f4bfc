"""A delegation owned by "whose" ("talks with B, whose delegation included C and D") is the delegation of the
person the relative clause is about: of that person's country, with that person at its head and the people
listed as its members. Wordings of our own."""
import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text", [
    "Foreign Minister Ana Soto held talks with China's Foreign Minister Zhao Wen, whose delegation included "
    "Vice Foreign Minister Liu Qiang and Assistant Foreign Minister Tang Bo.",
    "Foreign Minister Ana Soto received Foreign Minister Zhao Wen of China, whose delegation included Vice "
    "Foreign Minister Liu Qiang and Tang Bo, a senior adviser.",
    "Chinese Foreign Minister Zhao Wen, whose delegation comprised Vice Foreign Minister Liu Qiang and Tang Bo, "
    "met Foreign Minister Ana Soto in Lima.",
])
def test_the_relative_clause_person_heads_the_delegation(extract, text):
    facts = extract(text)
    delegation = delegation_of(facts, "China")
    assert surnames(facts, [delegation.head]) == {"Wen"}
    assert surnames(facts, delegation.members) == {"Wen", "Qiang", "Bo"}
