"""Facts -> RDF triples in the contract vocabulary (schema.org, W3C ORG, PROV-O, ng:).

Pure: the same facts always give the same triples, every IRI comes from `IriMinter`.
"""
from __future__ import annotations

import unicodedata
from typing import Iterator

from rdflib import RDF as _RDF, RDFS as _RDFS, XSD as _XSD, Dataset, Literal, URIRef

from newsgraph.extract.facts import Agent, ArticleFacts, Channel, Evidence, PartialDate
from newsgraph.graph.iris import IriMinter
from newsgraph.graph.namespace import NG as _NG, ORG as _ORG, PREFIXES, PROV as _PROV, SCHEMA as _SCHEMA, SKOS as _SKOS
from newsgraph.graph.namespace import CachedTerms

NG, ORG, PROV, SCHEMA, RDF, RDFS, XSD, SKOS = map(CachedTerms, (_NG, _ORG, _PROV, _SCHEMA, _RDF, _RDFS, _XSD, _SKOS))

Triple = tuple[URIRef, URIRef, URIRef | Literal]

_GENDERS = {"male": SCHEMA.Male, "female": SCHEMA.Female}
_DATE_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def organisation_label(key: str) -> tuple[str, str | None, str]:
    """(display name, country, bare name) for an organisation key "Country|Name" or "Name"."""
    if "|" in key:
        country, name = key.split("|", 1)
        possessive = f"{country}'" if country.endswith("s") else f"{country}'s"
        return f"{possessive} {name}", country, name
    return key, None, key


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _with_ascii_forms(name: str, aliases: set[str]) -> set[str]:
    """Aliases plus the accent-free spelling of each form ("Erdogan" for "Erdoğan"), which people type."""
    forms = set(aliases)
    for form in {name} | set(aliases):
        folded = _ascii(form)
        if folded != form:
            forms.add(folded)
    return forms - {name}


def date_literal(value: PartialDate) -> Literal:
    return Literal(value.value, datatype=_DATE_TYPES[value.precision])


class FactMapper:
    """Turns one article's facts into triples."""

    def __init__(self, facts: ArticleFacts, minter: IriMinter | None = None,
                 person_iris: dict[str, URIRef] | None = None):
        self.facts = facts
        self.iris = minter or IriMinter()
        self.article = self.iris.article(facts.meta.id)
        # person IRIs decided against the store (graph/identity.py), else minted from the name
        self._person_iris = {key: (person_iris or {}).get(key) or self.iris.person(p.name)
                             for key, p in facts.persons.items()}

    # -- nodes -------------------------------------------------------------------------------
    def person_iri(self, key: str) -> URIRef:
        return self._person_iris[key]

    def country_iri(self, name: str) -> URIRef:
        return self.iris.country(name)

    def org_iri(self, key: str) -> URIRef:
        _, country, name = organisation_label(key)
        return self.iris.organization(name, country)

    def delegation_iri(self, key: str) -> URIRef:
        return self.iris.in_article("delegation", self.facts.meta.id, key)

    def agent_iri(self, agent: Agent) -> URIRef:
        if agent.kind == "person":
            return self.person_iri(agent.key)
        if agent.kind == "delegation":
            return self.delegation_iri(agent.key)
        if agent.kind == "organization":
            return self.org_iri(agent.key)
        return self.country_iri(agent.key)

    # -- triples -----------------------------------------------------------------------------
    def triples(self) -> Iterator[Triple]:
        yield from self._article()
        yield from self._countries()
        yield from self._organisations()
        yield from self._persons()
        yield from self._offices()
        yield from self._delegations()
        yield from self._meetings()
        yield from self._statements()

    def _article(self) -> Iterator[Triple]:
        meta, a = self.facts.meta, self.article
        yield a, RDF.type, SCHEMA.NewsArticle
        yield a, SCHEMA.identifier, Literal(meta.id)
        if meta.title:
            yield a, SCHEMA.headline, Literal(meta.title)
        if meta.published:
            yield a, SCHEMA.datePublished, Literal(meta.published.isoformat(), datatype=XSD.date)
        if meta.url:
            yield a, SCHEMA.url, Literal(meta.url, datatype=XSD.anyURI)
        if meta.source:
            publisher = self.iris.organization(meta.source)
            yield a, SCHEMA.publisher, publisher
            yield publisher, RDF.type, SCHEMA.Organization
            yield publisher, SCHEMA.name, Literal(meta.source)
        yield a, SCHEMA.wordCount, Literal(len(self.facts.text.split()))
        # the text that evidence offsets (ng:startOffset, ng:endOffset) count in: a sentence can be
        # checked, and shown highlighted in its article
        yield a, SCHEMA.articleBody, Literal(self.facts.text)

    def _evidence(self, ev: Evidence, subject: URIRef, confidence: float) -> Iterator[Triple]:
        node = self.iris.in_article("evidence", self.facts.meta.id, f"{ev.start}-{ev.end}")
        yield subject, NG.evidence, node
        yield subject, NG.confidence, Literal(round(confidence, 3), datatype=XSD.decimal)
        yield node, RDF.type, NG.Evidence
        yield node, NG.sentence, Literal(ev.text)
        yield node, NG.startOffset, Literal(ev.start)
        yield node, NG.endOffset, Literal(ev.end)
        yield node, PROV.wasDerivedFrom, self.article

    def _countries(self) -> Iterator[Triple]:
        """A country's node: its IRI and preferred label from the canonical name ("Turkey"), its
        schema:name as this article writes it ("Türkiye"), so each article's graph names it one way
        and a merged store holds every spelling as a name of the one node."""
        for name in sorted(self.facts.countries):
            c = self.country_iri(name)
            yield c, RDF.type, SCHEMA.Country
            yield c, RDF.type, ORG.Organization
            yield from self._country_names(name)

    def country_name(self, name: str) -> str:
        """The name this article writes a country by (`name` is the canonical one)."""
        return self.facts.country_names.get(name, name)

    def _country_names(self, name: str) -> Iterator[Triple]:
        c = self.country_iri(name)
        yield c, RDF.type, NG.Country
        yield c, SCHEMA.name, Literal(self.country_name(name))
        yield c, SKOS.prefLabel, Literal(name)

    def _organisations(self) -> Iterator[Triple]:
        for key in sorted(self.facts.organizations):
            label, country, _ = organisation_label(key)
            o = self.org_iri(key)
            yield o, RDF.type, ORG.Organization
            yield o, RDF.type, SCHEMA.Organization
            yield o, SCHEMA.name, Literal(label)
            if country:
                c = self.country_iri(country)
                yield o, ORG.subOrganizationOf, c
                yield from self._country_names(country)

    def _persons(self) -> Iterator[Triple]:
        for key, person in sorted(self.facts.persons.items()):
            p = self.person_iri(key)
            yield p, RDF.type, SCHEMA.Person
            yield p, SCHEMA.name, Literal(person.name)
            yield p, RDFS.label, Literal(person.name)
            for alias in sorted(_with_ascii_forms(person.name, person.aliases)):
                yield p, SCHEMA.alternateName, Literal(alias)
            if person.country:
                yield p, NG.country, self.country_iri(person.country)
            if person.gender in _GENDERS:
                yield p, SCHEMA.gender, _GENDERS[person.gender]
            yield self.article, SCHEMA.mentions, p

    def _offices(self) -> Iterator[Triple]:
        for office in self.facts.offices:
            holder = self.facts.persons[office.person].name
            post = self.iris.post(office.title, office.org, holder)
            yield self.person_iri(office.person), NG.heldFormerly if office.former else ORG.holds, post
            yield post, RDF.type, ORG.Post
            yield post, NG.title, Literal(office.title)
            yield post, RDFS.label, Literal(f"{office.title} ({office.org})" if office.org else office.title)
            if office.org:
                org = self.country_iri(office.org) if office.org_is_country else self.iris.organization(office.org)
                yield post, ORG.postIn, org
                if office.org_is_country:
                    yield from self._country_names(office.org)
                else:
                    yield org, SCHEMA.name, Literal(office.org)
                    yield org, RDF.type, ORG.Organization
            yield from self._evidence(office.evidence, post, office.confidence)

    def _delegations(self) -> Iterator[Triple]:
        for key, delegation in self.facts.delegations.items():
            d = self.delegation_iri(key)
            yield d, RDF.type, NG.Delegation
            side = delegation.represents and (delegation.represents if delegation.represents_organization
                                              else self.country_name(delegation.represents))
            label = f"{side} delegation" if side else "delegation"
            yield d, SCHEMA.name, Literal(label)
            yield d, PROV.wasDerivedFrom, self.article
            if delegation.represents:
                c = (self.org_iri(delegation.represents) if delegation.represents_organization
                     else self.country_iri(delegation.represents))
                yield d, NG.represents, c
            if delegation.head:
                yield self.person_iri(delegation.head), ORG.headOf, d
            for member in sorted(delegation.members):
                yield self.person_iri(member), ORG.memberOf, d
            for ev in delegation.evidence[:3]:
                yield from self._evidence(ev, d, delegation.confidence)

    def _located(self, event: URIRef, name: str) -> Iterator[Triple]:
        """`event` took place at the place named `name` (one IRI per name, shared by every article)."""
        place = self.iris.iri_for("place", name)
        yield event, SCHEMA.location, place
        yield place, RDF.type, SCHEMA.Place
        yield place, SCHEMA.name, Literal(name)

    def _meetings(self) -> Iterator[Triple]:
        for n, meeting in enumerate(self.facts.meetings, start=1):
            m = self.iris.in_article("meeting", self.facts.meta.id, str(n))
            in_person = meeting.channel is Channel.IN_PERSON
            yield m, RDF.type, NG.Meeting if in_person else NG.Call  # a call is a contact, not a meeting
            yield m, NG.channel, NG[meeting.channel.value]
            yield m, NG.status, NG[meeting.status.value]
            yield m, NG.trigger, Literal(meeting.trigger)
            yield m, PROV.wasDerivedFrom, self.article
            for agent in meeting.attendees:
                yield m, SCHEMA.attendee, self.agent_iri(agent)
            if meeting.place:
                yield from self._located(m, meeting.place)
                if meeting.locality:  # a venue and the town it is in are both where the meeting was
                    yield from self._located(m, meeting.locality)
                    yield (self.iris.iri_for("place", meeting.place), SCHEMA.containedInPlace,
                           self.iris.iri_for("place", meeting.locality))
            if meeting.date:
                yield m, SCHEMA.startDate, date_literal(meeting.date)
                yield m, NG.datePrecision, Literal(meeting.date.precision)
            yield from self._evidence(meeting.evidence, m, meeting.confidence)

    def _statements(self) -> Iterator[Triple]:
        for n, statement in enumerate(self.facts.statements, start=1):
            s = self.iris.in_article("statement", self.facts.meta.id, str(n))
            yield s, RDF.type, NG.Statement
            yield s, NG.speaker, self.agent_iri(statement.speaker)
            yield s, SCHEMA.text, Literal(statement.text)
            yield s, NG.quoteKind, Literal(statement.kind.value)
            yield s, PROV.wasDerivedFrom, self.article
            yield from self._evidence(statement.evidence, s, statement.confidence)


def facts_to_triples(facts: ArticleFacts, minter: IriMinter | None = None,
                     person_iris: dict[str, URIRef] | None = None) -> list[Triple]:
    """All triples for one article, without duplicates, in a stable order."""
    seen: set[Triple] = set()
    out: list[Triple] = []
    for triple in FactMapper(facts, minter, person_iris).triples():
        if triple not in seen:
            seen.add(triple)
            out.append(triple)
    return out


def article_graph_iri(facts: ArticleFacts, minter: IriMinter | None = None) -> URIRef:
    """The named graph that holds an article's triples: the article's own IRI."""
    return (minter or IriMinter()).article(facts.meta.id)


def facts_to_dataset(facts_list: list[ArticleFacts], minter: IriMinter | None = None) -> Dataset:
    """An rdflib Dataset with one named graph per article (for serialising small results)."""
    ds = Dataset()
    for prefix, iri in PREFIXES.items():
        ds.bind(prefix, iri)
    for facts in facts_list:
        graph = ds.graph(article_graph_iri(facts, minter))
        for triple in facts_to_triples(facts, minter):
            graph.add(triple)
    return ds
