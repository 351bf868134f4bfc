"""Who is who across articles: the same name is one node only where nothing contradicts it.

A person's full name gives the IRI (`IriMinter.person`), so "John Smith" in two articles is one
node, unless what the two articles say about him cannot both be true: a different gender, or
countries served that have nothing in common (from `ng:country` and the countries of the offices
held). Then the newcomer gets an IRI of his own, qualified by what tells him apart ("John Smith"
of Canada and of Australia are `person/john-smith` and `person/john-smith-australia`). A person
an article names by surname alone joins the one stored person with that surname who does not
contradict them, and stays a node of their own when there are none or several.
"""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from newsgraph.extract.facts import ArticleFacts, Person
from newsgraph.graph.iris import IriMinter
from newsgraph.graph.name_index import IDX, PEOPLE_GRAPH
from newsgraph.graph.store import OxigraphStore

__all__ = ["Profile", "contradicts", "profile_of", "resolve_people"]


@dataclass(frozen=True)
class Profile:
    """What an article says about a person that another article could contradict."""

    gender: str | None = None
    countries: frozenset[str] = frozenset()


def contradicts(a: Profile, b: Profile) -> bool:
    """Two descriptions that cannot be one person: different genders, or disjoint countries served."""
    if a.gender and b.gender and a.gender != b.gender:
        return True
    return bool(a.countries and b.countries and not a.countries & b.countries)


def profile_of(person: Person, facts: ArticleFacts) -> Profile:
    countries = {person.country} if person.country else set()
    countries |= {o.org for o in facts.offices if o.person == person.key and o.org_is_country and o.org and not o.former}
    return Profile(person.gender, frozenset(countries))


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _stored(store: OxigraphStore, names: set[str], article: URIRef) -> dict[str, tuple[str, Profile]]:
    """Stored people (other than those only this article mentions) with one of these names:
    IRI -> (name, profile). Read from the people index: one row per person and country served."""
    if not names:
        return {}
    values = " ".join(_literal(n) for n in sorted(names))
    # VALUES inside GRAPH: outside it the lookup grew with the people in the index (0.37 -> 0.77 ms
    # from 2k to 9k people; 0.29 -> 0.44 ms inside, same rows)
    rows = store.select(f"""SELECT ?p ?name ?gender ?country ?elsewhere WHERE {{
        GRAPH <{PEOPLE_GRAPH}> {{ VALUES ?name {{ {values} }} ?p <{IDX.name}> ?name
          OPTIONAL {{ ?p <{IDX.gender}> ?gender }} OPTIONAL {{ ?p <{IDX.countryServed}> ?country }} }}
        BIND(EXISTS {{ GRAPH <{PEOPLE_GRAPH}> {{ ?p <{IDX.mentionedIn}> ?other FILTER(?other != <{article}>) }} }} AS ?elsewhere) }}""")
    found: dict[str, tuple[str, set[str], str | None]] = {}
    for row in rows:
        iri = str(row["p"])
        if not row["elsewhere"]:
            continue  # only the article being replaced mentions them
        name, countries, gender = found.get(iri, (str(row["name"]), set(), None))
        if row.get("country"):
            countries.add(str(row["country"]))
        gender = gender or _gender_of(row.get("gender"))
        found[iri] = (name, countries, gender)
    return {iri: (name, Profile(gender, frozenset(countries))) for iri, (name, countries, gender) in found.items()}


def _gender_of(value) -> str | None:
    if not value:
        return None
    text = str(value).rsplit("/", 1)[-1].lower()
    return text if text in {"male", "female"} else None


def _qualifier(profile: Profile, facts: ArticleFacts) -> str:
    if profile.countries:
        return sorted(profile.countries)[0]
    return profile.gender or facts.meta.id


def resolve_people(facts: ArticleFacts, store: OxigraphStore, minter: IriMinter | None = None) -> dict[str, URIRef]:
    """Person key -> IRI for one article, given what the store already holds. Surname-only people
    that join a stored person take that person's full name (the short form becomes an alias)."""
    minter = minter or IriMinter()
    article = minter.article(facts.meta.id)
    persons = list(facts.persons.values())
    full = [p for p in persons if len(p.name.split()) > 1]
    lonely = [p for p in persons if len(p.name.split()) == 1]
    out: dict[str, URIRef] = {}

    stored = _stored(store, {p.name for p in full}, article)
    for person in full:
        profile = profile_of(person, facts)
        namesakes = {iri: prof for iri, (name, prof) in stored.items() if name == person.name}
        fitting = [iri for iri, prof in namesakes.items() if not contradicts(profile, prof)]
        if fitting:  # the plain IRI first, then one that shares a country
            plain = str(minter.person(person.name))
            fitting.sort(key=lambda iri: (iri != plain, not (profile.countries & namesakes[iri].countries)))
            out[person.key] = URIRef(fitting[0])
        elif namesakes:
            out[person.key] = minter.person(person.name, _qualifier(profile, facts))
        else:
            out[person.key] = minter.person(person.name)

    if lonely:
        by_surname = _stored_by_surname(store, {p.name for p in lonely}, article)
        for person in lonely:
            profile = profile_of(person, facts)
            fitting = [(iri, name) for iri, (name, prof) in by_surname.get(person.name.lower(), {}).items()
                       if not contradicts(profile, prof)]
            if len(fitting) == 1:
                iri, name = fitting[0]
                person.aliases.add(person.name)
                person.name = name
                out[person.key] = URIRef(iri)
            else:
                out[person.key] = minter.person(person.name)
    return out


def _stored_by_surname(store: OxigraphStore, surnames: set[str], article: URIRef) -> dict[str, dict[str, tuple[str, Profile]]]:
    """surname (lower case) -> stored people whose full name ends in it (the index's surname keys)."""
    values = " ".join(_literal(s.lower()) for s in sorted(surnames))
    rows = store.select(f"""SELECT DISTINCT ?n WHERE {{ VALUES ?k {{ {values} }}
        GRAPH <{PEOPLE_GRAPH}> {{ ?p <{IDX.surnameKey}> ?k ; <{IDX.name}> ?n }} }}""")
    names = {str(r["n"]) for r in rows}
    out: dict[str, dict[str, tuple[str, Profile]]] = {}
    for iri, (name, profile) in _stored(store, names, article).items():
        out.setdefault(name.split()[-1].lower(), {})[iri] = (name, profile)
    return out
