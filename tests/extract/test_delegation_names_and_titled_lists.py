"""Who a delegation stands for when its name runs over several words the tagger split or left alone,
the full name of a short-named body the text also writes, and member lists whose titles have an
owner ("the union's treasurer, A"): wordings of the team's own."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


def _sides(facts) -> set:
    return {d.represents for d in facts.delegations.values()}


@pytest.mark.parametrize("text, country, head", [
    ("Cardinal Marco Bellini arrived in Juba on Friday at the head of a Holy See delegation that included "
     "Bishop Tomas Weller and Father Luca Brandt.", "Vatican", "Bellini"),
    ("The Holy See's delegation was led by Archbishop Paul Gallagher, who met the foreign minister in Kyiv.",
     "Vatican", "Gallagher"),
    ("A Burkina Faso delegation led by Energy Minister Ibrahim Ouedraogo arrived in Accra on Monday.",
     "Burkina Faso", "Ouedraogo"),
    ("A Sierra Leone team headed by Trade Minister Julius Kamara met Kenyan officials in Nairobi.",
     "Sierra Leone", "Kamara"),
])
def test_a_country_named_by_several_words_the_tagger_left_alone(extract, text, country, head):
    facts = extract(text)
    assert surnames(facts, [delegation_of(facts, country).head]) == {head}


@pytest.mark.parametrize("text, body", [
    ("The European Union and Albania held their council in Tirana, where the EU delegation under Commissioner "
     "Anna Berg met Prime Minister Edi Rama.", "European Union"),
    ("Officials of the European Union said the visit was useful. An EU delegation led by Commissioner Anna "
     "Berg met Prime Minister Edi Rama in Tirana.", "European Union"),
    ("The United Nations sent a team to Juba. A UN delegation led by Kofi Mensah arrived on Monday.",
     "United Nations"),
])
def test_a_short_named_body_takes_the_full_name_the_text_writes(extract, text, body):
    assert body in _sides(extract(text))


def test_the_short_name_stays_where_the_text_writes_no_other(extract):
    sides = _sides(extract("An EU delegation led by Commissioner Anna Berg met Prime Minister Edi Rama in Tirana."))
    assert sides == {"EU"}


@pytest.mark.parametrize("text, body", [
    ("A European Parliament delegation led by Irish MEP Sean Kelly arrived in Tbilisi on Monday.",
     "European Parliament"),
])
def test_a_body_name_opened_by_a_regional_adjective_the_tagger_split_off(extract, text, body):
    assert _sides(extract(text)) == {body}


def test_a_country_adjective_is_no_part_of_a_body_name(extract):
    sides = _sides(extract("A Kenyan Senate delegation led by Senator Amos Wako arrived in Kampala on Monday."))
    assert not any(s and s.startswith("Kenyan") for s in sides)


@pytest.mark.parametrize("text, members", [
    ("A Kenyan delegation led by Peter Otieno arrived in Lusaka. Among its members were the union's "
     "treasurer, Mary Wanjiku, and its youth leader, John Kamau.", {"Otieno", "Wanjiku", "Kamau"}),
    ("A Kenyan delegation led by Peter Otieno arrived in Lusaka. The delegation included the ministry's trade "
     "secretary, Mary Wanjiku, and the head of the exporters' guild, John Kamau.", {"Otieno", "Wanjiku", "Kamau"}),
    ("A Chilean delegation led by Ana Soto reached Lima on Friday. It included the council's chief executive, "
     "Pablo Vidal, and the port authority's legal adviser, Rosa Mena.", {"Soto", "Vidal", "Mena"}),
])
def test_members_whose_titles_have_an_owner(extract, text, members):
    facts = extract(text)
    country = "Kenya" if "Kenyan" in text else "Chile"
    assert surnames(facts, delegation_of(facts, country).members) == members


def test_an_owned_thing_still_ends_a_list(extract):
    facts = extract("A Kenyan delegation led by Peter Otieno arrived in Lusaka. The delegation included Mary "
                    "Wanjiku and the ministry's car, which John Kamau drove.")
    assert "Kamau" not in surnames(facts, delegation_of(facts, "Kenya").members)


def _names_of_sides(facts) -> set[str]:
    from newsgraph.graph.mapping import facts_to_triples
    from newsgraph.graph.namespace import NG, SCHEMA
    triples = set(facts_to_triples(facts))
    sides = {o for s, p, o in triples if p == NG.represents}
    return {str(o) for s, p, o in triples if p == SCHEMA.name and s in sides}


@pytest.mark.parametrize("text, name", [
    ("A Holy See delegation under Archbishop Paul Gallagher reached Kyiv on Monday. He later spoke to Vatican "
     "Radio about the visit.", "Holy See"),
    ("Trade Minister Selim Aktas led a delegation from Türkiye to Vienna. He flew in on a Turkey Express jet.",
     "Türkiye"),
    ("A Holy See delegation under Archbishop Paul Gallagher reached Kyiv on Monday. The Vatican said the talks "
     "went well.", "Vatican"),
])
def test_a_country_name_inside_a_longer_proper_name_is_no_writing_of_it(extract, text, name):
    assert _names_of_sides(extract(text)) == {name}
