"""A delegation's country, named in the article's graph as the article writes it (the canonical name
stays the node's IRI and preferred label): wordings of the team's own."""
from __future__ import annotations

import pytest

from newsgraph.graph.mapping import facts_to_triples
from newsgraph.graph.namespace import NG, SCHEMA, SKOS


def _represented(facts) -> set[tuple[str, str]]:
    """(schema:name, skos:prefLabel) of every node a delegation represents."""
    triples = set(facts_to_triples(facts))
    sides = {o for s, p, o in triples if p == NG.represents}
    name = {s: str(o) for s, p, o in triples if p == SCHEMA.name and s in sides}
    label = {s: str(o) for s, p, o in triples if p == SKOS.prefLabel and s in sides}
    return {(name[c], label.get(c)) for c in sides}


@pytest.mark.parametrize("text, expected", [
    ("A delegation from Türkiye led by Deputy Trade Minister Selim Aktaşlı arrived in Vienna on Monday. "
     "Türkiye hopes to sign a customs protocol.", ("Türkiye", "Turkey")),
    ("The Republic of Korea delegation, headed by Vice Minister Bae Jun-ho, met port officials on Tuesday.",
     ("Republic of Korea", "South Korea")),
    ("The Kingdom of Saudi Arabia sent a delegation led by Deputy Minister Fahad Al-Qarni to tour the plant. "
     "The Saudi visitors left on Friday.", ("Kingdom of Saudi Arabia", "Saudi Arabia")),
])
def test_the_delegation_side_is_named_as_the_article_writes_it(extract, text, expected):
    assert expected in _represented(extract(text))


@pytest.mark.parametrize("text, expected", [
    ("A delegation from Turkey led by Deputy Trade Minister Selim Aktaşlı arrived in Vienna; officials in "
     "Türkiye said little.", ("Turkey", "Turkey")),
    ("A Turkish delegation led by Deputy Trade Minister Selim Aktaşlı arrived in Vienna on Monday.", ("Turkey", "Turkey")),
])
def test_the_canonical_name_where_the_article_writes_it_or_no_name(extract, text, expected):
    assert _represented(extract(text)) == {expected}
