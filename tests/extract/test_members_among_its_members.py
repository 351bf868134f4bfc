""""with B and C among its members" after a delegation is told names its members. Wordings of our own."""
import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text", [
    "The Chilean delegation is headed by Ivan Koval, with Olga Marchenko and Jon Carter among its members.",
    "Chile sent a delegation headed by Ivan Koval, with Olga Marchenko and Jon Carter among its members.",
    "The talks open on Tuesday; the Chilean delegation will be led by Ivan Koval, with Olga Marchenko and Jon Carter "
    "among its members.",
])
def test_the_names_are_members(extract, text):
    facts = extract(text)
    assert surnames(facts, delegation_of(facts, "Chile").members) == {"Koval", "Marchenko", "Carter"}
