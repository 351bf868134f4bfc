"""A country is one node (its IRI and skos:prefLabel from the canonical name), named in each article's
graph as that article writes it: "Türkiye", "the Republic of Korea", "the Kingdom of Saudi Arabia"
where the article never writes the canonical name on its own."""
from __future__ import annotations

from datetime import date

import pytest
from rdflib import Literal

from newsgraph.extract.country_names import written_country_names
from newsgraph.extract.facts import ArticleFacts, ArticleMeta, Delegation, Evidence, Office, Person
from newsgraph.graph.mapping import facts_to_triples
from newsgraph.graph.namespace import NG, SCHEMA, SKOS
from tests.graph.test_read_model import _service


@pytest.mark.parametrize("text, country, written", [
    ("A trade mission from Türkiye reached the port on Monday; Turkish exporters came too.", "Turkey", "Türkiye"),
    ("Envoys of the Republic of Korea signed the accord, a Korean official said.", "South Korea", "Republic of Korea"),
    ("The Kingdom of Saudi Arabia sent its water minister; the Saudi side asked for a second round.",
     "Saudi Arabia", "Kingdom of Saudi Arabia"),
    ("Officials of the Russian Federation left early. The Russian Federation said nothing.", "Russia", "Russian Federation"),
])
def test_a_country_written_only_by_another_name_is_named_so(text, country, written):
    assert written_country_names(text, [country]) == {country: written}


@pytest.mark.parametrize("text, country", [
    ("Turkey and Türkiye are both heard in the hall; the Turkish team stayed.", "Turkey"),  # canonical written too
    ("The Turkish minister spoke in Ankara.", "Turkey"),  # no name at all, only a demonym and a capital
    ("Farmers sold a turkey at the fair, while Turkey sent a note.", "Turkey"),
    ("South Korean firms and South Korea's ministry both welcomed it.", "South Korea"),
    ("The Republic of Kazakhstan hosted it; Kazakhstan's president opened the session.", "Kazakhstan"),
])
def test_the_canonical_name_stays_where_the_article_writes_it_or_no_other_name(text, country):
    assert written_country_names(text, [country]) == {}


def test_a_long_form_opening_does_not_swallow_another_countrys_name():
    text = "Talks between the Democratic People's Republic of Korea and the Republic of Korea resumed."
    assert written_country_names(text, ["North Korea", "South Korea"]) == {
        "North Korea": "Democratic People's Republic of Korea", "South Korea": "Republic of Korea"}


def _article(n: int, text: str, written: dict[str, str]) -> ArticleFacts:
    """Article n: Orhan Vale heads a delegation of Turkey and holds an office in it."""
    ev = Evidence(text, 0, len(text))
    persons = {"v": Person("v", "Orhan Vale")}
    return ArticleFacts(meta=ArticleMeta(id=f"mission-{n}", title=f"Mission {n}", published=date(2024, 3, n + 1)),
                        text=text, persons=persons, countries={"Turkey"}, country_names=written,
                        offices=[Office("v", "Trade Minister", "Turkey", True, False, evidence=ev)],
                        delegations={"d1": Delegation("d1", "Turkey", head="v", evidence=[ev])})


def test_the_article_graph_names_the_node_as_written_and_keeps_the_canonical_label():
    triples = set(facts_to_triples(_article(1, "A Türkiye delegation led by Orhan Vale arrived.", {"Turkey": "Türkiye"})))
    country = next(s for s, p, o in triples if p == SKOS.prefLabel)
    assert {o for s, p, o in triples if s == country and p == SCHEMA.name} == {Literal("Türkiye")}
    assert (country, SKOS.prefLabel, Literal("Turkey")) in triples
    assert any(p == NG.represents and o == country for s, p, o in triples)


def test_two_articles_with_two_spellings_meet_on_one_node():
    service = _service()
    service.store_facts(_article(1, "A Türkiye delegation led by Orhan Vale arrived.", {"Turkey": "Türkiye"}))
    service.store_facts(_article(2, "Turkey sent Orhan Vale to lead its delegation.", {}))
    rows = service.store.select("SELECT DISTINCT ?c ?n ?l WHERE { ?c a ng:Country ; schema:name ?n ; skos:prefLabel ?l }")
    assert {r["c"] for r in rows} == {rows[0]["c"]}  # one node
    assert {r["n"] for r in rows} == {"Türkiye", "Turkey"} and {r["l"] for r in rows} == {"Turkey"}
    # each article's own graph names it one way
    own = service.store.select("""SELECT ?g ?n WHERE { GRAPH ?g { ?c a ng:Country ; schema:name ?n } }""")
    assert sorted(r["n"] for r in own) == ["Turkey", "Türkiye"]
    # the person page reads the canonical name once: one office, one group of delegations
    page = service.person("Orhan Vale")
    assert [(o["org"] if isinstance(o, dict) else o[1]) for o in page["offices"]] == ["Turkey"]
    assert [(g["role"], g["represents"], g["count"]) for g in page["delegation_groups"]] == [("head", "Turkey", 2)]
