"""A delegation told with the one who travels with it ("The Danish prime minister arrived with a
delegation"), a country's team someone led ("A led a small Peruvian team"), "B, who headed it", and
the members named after "members of his delegation": wordings of the team's own."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


def _sides(facts) -> set:
    return {d.represents for d in facts.delegations.values() if d.members}


@pytest.mark.parametrize("text, country, members", [
    ("The Danish prime minister arrived in Oslo on Monday with a large delegation. It included her trade "
     "minister, Lars Holm, and her finance minister, Eva Berg.", "Denmark", {"Holm", "Berg"}),
    ("The Kenyan President, accompanied by a large delegation, landed in Lima. The delegation included Trade "
     "Minister Ruth Atieno and Energy Minister Sam Kibet.", "Kenya", {"Atieno", "Kibet"}),
    ("Ghana's foreign minister came to Rome with a delegation of officials. The delegation also included Kofi "
     "Mensah, the trade envoy.", "Ghana", {"Mensah"}),
])
def test_a_delegation_stands_for_the_country_of_the_one_it_travels_with(extract, text, country, members):
    facts = extract(text)
    assert members <= surnames(facts, delegation_of(facts, country).members)


def test_no_country_from_someone_the_delegation_does_not_travel_with(extract):
    facts = extract("The Danish prime minister said on Monday that a delegation that included Lars Holm and "
                    "Eva Berg would be welcome.")
    assert "Denmark" not in _sides(facts)


@pytest.mark.parametrize("text, country, head, members", [
    ("Rosa Soto headed a Peruvian mission that included Juan Vera.", "Peru", "Soto", {"Soto", "Vera"}),
    ("Dale Carter, then the envoy to the river board, headed an American team that also included Anne Ross, a "
     "water lawyer.", "United States", "Carter", {"Carter", "Ross"}),
    ("In March, Ines Duarte led a Portuguese team that comprised Rui Lopes and Ana Reis.",
     "Portugal", "Duarte", {"Duarte", "Lopes", "Reis"}),
])
def test_a_countrys_team_someone_led(extract, text, country, head, members):
    facts = extract(text)
    delegation = delegation_of(facts, country)
    assert surnames(facts, [delegation.head]) == {head}
    assert surnames(facts, delegation.members) == members


def test_leading_a_team_of_no_country_makes_no_delegation(extract):
    facts = extract("Rosa Soto led a small research team that included Juan Vera.")
    assert not _sides(facts) - {None}


@pytest.mark.parametrize("text, country, head", [
    ("Dale Carter headed an American team. Opposite them sat Canada's delegation: Marie Roy, who headed it, "
     "and Paul Tremblay.", "Canada", "Roy"),
    ("A Chilean delegation arrived in Lima on Friday. Its members were Juan Vera, who leads it, and Ana Pino.",
     "Chile", "Vera"),
    ("The Kenyan delegation reached Lusaka on Sunday night. It was made up of Ruth Atieno, who heads it, and "
     "two advisers, Sam Kibet and Ann Wairimu.", "Kenya", "Atieno"),
])
def test_who_heads_it_after_the_group(extract, text, country, head):
    facts = extract(text)
    assert surnames(facts, [delegation_of(facts, country).head]) == {head}


def test_who_heads_something_else_is_no_head(extract):
    facts = extract("A Chilean delegation led by Ana Pino arrived in Lima on Friday. It included Juan Vera. "
                    "Rosa Soto, who heads the port board, met them.")
    assert surnames(facts, [delegation_of(facts, "Chile").head]) == {"Pino"}


@pytest.mark.parametrize("text, country, members", [
    ("Premier Tom Harlan, who is leading a seven-member Ontario delegation to Korea, sat down for dinner with "
     "two members of his delegation, Energy Minister Paul Dyer and Alice Moreau.", "Ontario",
     {"Harlan", "Dyer", "Moreau"}),
    ("Foreign Minister Ruth Atieno led a Kenyan delegation to Lima. On Tuesday three members of her delegation, "
     "Paul Otieno, Sam Kibet and Ann Wairimu, toured the port.", "Kenya", {"Atieno", "Otieno", "Kibet", "Wairimu"}),
    ("A Chilean delegation led by Ana Pino reached Lima. The minister later received two members of the "
     "delegation, Juan Vera and Rosa Soto.", "Chile", {"Pino", "Vera", "Soto"}),
])
def test_members_named_after_members_of_the_group(extract, text, country, members):
    facts = extract(text)
    assert surnames(facts, delegation_of(facts, country).members) == members


def test_members_of_another_body_are_not_the_delegations(extract):
    facts = extract("A Chilean delegation led by Ana Pino reached Lima. It later met two members of the city "
                    "council, Juan Vera and Rosa Soto.")
    assert surnames(facts, delegation_of(facts, "Chile").members) == {"Pino"}
