"""Named questions over the store, as SPARQL in the contract vocabulary.

Each function returns plain rows (lists of dicts), which the CLI prints, the HTTP API returns as
JSON and the notebook API turns into DataFrames.
"""
from __future__ import annotations

from typing import Any, Iterable

from graph.store import OxigraphStore

MET_STATUSES = ("Occurred", "Scheduled")
ALL_STATUSES = ("Occurred", "Scheduled", "Proposed", "Declined", "Hypothetical", "Cancelled")


class EntityNotFound(LookupError):
    """No node matches the name or IRI asked for."""


class InvalidParameter(ValueError):
    """A filter value the question cannot take (an unknown status, say)."""


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _iri(value: str) -> str:
    if any(c in value for c in '<>" {}|\\^`'):
        raise EntityNotFound(f"not a valid IRI: {value!r}")
    return f"<{value}>"


def _status_filter(statuses: Iterable[str]) -> str:
    wanted = [s.capitalize() for s in statuses]
    unknown = [s for s in wanted if s not in ALL_STATUSES]
    if unknown:
        raise InvalidParameter(f"unknown status {unknown[0]!r}; choose from {', '.join(ALL_STATUSES)}")
    return "VALUES ?st { " + " ".join(f"ng:{s}" for s in wanted) + " }"


def find_people(store: OxigraphStore, query: str = "", limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """People whose name or any alias contains the query (case-insensitive), most mentioned first."""
    flt = ""
    if query:
        flt = f"FILTER(CONTAINS(LCASE(STR(?any)), LCASE({_literal(query)})))"
    return store.select(f"""
        SELECT ?person (SAMPLE(?n) AS ?name) (GROUP_CONCAT(DISTINCT ?alias; separator="|") AS ?aliases)
               (COUNT(DISTINCT ?article) AS ?articles)
        WHERE {{
          ?person a schema:Person ; schema:name ?n .
          OPTIONAL {{ ?person schema:alternateName ?alias }}
          OPTIONAL {{ ?article schema:mentions ?person }}
          {{ ?person schema:name ?any }} UNION {{ ?person schema:alternateName ?any }}
          {flt}
        }} GROUP BY ?person ORDER BY DESC(?articles) ?name LIMIT {int(limit)} OFFSET {int(offset)}""")


def resolve_person(store: OxigraphStore, name_or_iri: str) -> str:
    """The IRI of the person a name, alias or IRI denotes; EntityNotFound when none or several fit."""
    if name_or_iri.startswith(("http://", "https://")):
        if store.ask(f"ASK {{ {_iri(name_or_iri)} a schema:Person }}"):
            return name_or_iri
        raise EntityNotFound(f"no person {name_or_iri}")
    exact = store.select(f"""SELECT DISTINCT ?p WHERE {{ ?p a schema:Person .
        {{ ?p schema:name ?n }} UNION {{ ?p schema:alternateName ?n }}
        FILTER(LCASE(STR(?n)) = LCASE({_literal(name_or_iri)})) }}""")
    if len(exact) == 1:
        return exact[0]["p"]
    if not exact:
        rows = find_people(store, name_or_iri, limit=5)
        if len(rows) == 1:
            return rows[0]["person"]
        if not rows:
            raise EntityNotFound(f"no person named {name_or_iri!r}")
        names = ", ".join(sorted(str(r["name"]) for r in rows))
        raise EntityNotFound(f"{name_or_iri!r} is ambiguous: {names}")
    names = ", ".join(sorted(r["p"] for r in exact))
    raise EntityNotFound(f"{name_or_iri!r} is ambiguous: {names}")


def person_details(store: OxigraphStore, person: str) -> dict[str, Any]:
    """Names, offices and delegations of one person."""
    p = _iri(person)
    names = store.select(f"SELECT ?name ?alias WHERE {{ {p} schema:name ?name OPTIONAL {{ {p} schema:alternateName ?alias }} }}")
    if not names:
        raise EntityNotFound(f"no person {person}")
    offices = store.select(f"""SELECT DISTINCT ?title ?org ?former WHERE {{
        {{ {p} org:holds ?post BIND(false AS ?former) }} UNION {{ {p} ng:heldFormerly ?post BIND(true AS ?former) }}
        ?post ng:title ?title . OPTIONAL {{ ?post org:postIn ?o . ?o schema:name ?org }} }} ORDER BY ?title""")
    delegations = store.select(f"""SELECT DISTINCT ?delegation ?represents ?role WHERE {{
        {{ {p} org:headOf ?delegation BIND("head" AS ?role) }} UNION {{ {p} org:memberOf ?delegation BIND("member" AS ?role) }}
        OPTIONAL {{ ?delegation ng:represents ?c . ?c schema:name ?represents }} }}""")
    return {
        "iri": person,
        "name": names[0]["name"],
        "aliases": sorted({r["alias"] for r in names if r["alias"]}),
        "offices": offices,
        "delegations": delegations,
    }


_ATTENDS = """{{ ?m schema:attendee {who} }} UNION {{ ?m schema:attendee ?via_{v} . {{ {who} org:memberOf ?via_{v} }} UNION {{ {who} org:headOf ?via_{v} }} }}"""


def who_met(store: OxigraphStore, person: str, statuses: Iterable[str] = MET_STATUSES) -> list[dict[str, Any]]:
    """Everyone a person met (through any meeting, directly or in a delegation), with the meeting's details."""
    p = _iri(person)
    return store.select(f"""
        SELECT DISTINCT ?other ?other_name ?meeting ?status ?date ?place ?sentence ?article WHERE {{
          {_ATTENDS.format(who=p, v="a")}
          {_ATTENDS.format(who="?other", v="b")}
          ?other a schema:Person ; schema:name ?other_name .
          FILTER(?other != {p})
          FILTER NOT EXISTS {{ {p} org:memberOf|org:headOf ?same . ?other org:memberOf|org:headOf ?same }}
          ?m ng:status ?st . {_status_filter(statuses)}
          BIND(?m AS ?meeting) BIND(STRAFTER(STR(?st), "#") AS ?status)
          OPTIONAL {{ ?m schema:startDate ?date }}
          OPTIONAL {{ ?m schema:location ?l . ?l schema:name ?place }}
          OPTIONAL {{ ?m ng:evidence ?ev . ?ev ng:sentence ?sentence }}
          OPTIONAL {{ ?m prov:wasDerivedFrom ?article }}
        }} ORDER BY ?other_name ?date""")


def meetings(store: OxigraphStore, *, person: str | None = None, with_person: str | None = None,
             place: str | None = None, since: str | None = None, until: str | None = None,
             statuses: Iterable[str] = ALL_STATUSES, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Meetings with attendees (names joined by "; "), filtered by person, place, date and status."""
    filters = [_status_filter(statuses)]
    if person:
        filters.append(_ATTENDS.format(who=_iri(person), v="p"))
    if with_person:
        filters.append(_ATTENDS.format(who=_iri(with_person), v="w"))
    if place:
        filters.append(f"?m schema:location ?pl . ?pl schema:name ?pln FILTER(LCASE(STR(?pln)) = LCASE({_literal(place)}))")
    if since:
        filters.append(f"FILTER(STR(?date) >= {_literal(since)})")
    if until:
        filters.append(f"FILTER(STR(?date) <= {_literal(until)})")
    body = "\n".join(filters)
    return store.select(f"""
        SELECT ?meeting ?status ?date ?place (GROUP_CONCAT(DISTINCT ?an; separator="; ") AS ?attendees) ?sentence ?article
        WHERE {{
          ?m a ng:Meeting ; ng:status ?st . BIND(?m AS ?meeting) BIND(STRAFTER(STR(?st), "#") AS ?status)
          OPTIONAL {{ ?m schema:startDate ?date }}
          OPTIONAL {{ ?m schema:location ?l . ?l schema:name ?place }}
          OPTIONAL {{ ?m schema:attendee ?a . ?a schema:name ?an }}
          OPTIONAL {{ ?m ng:evidence ?ev . ?ev ng:sentence ?sentence }}
          OPTIONAL {{ ?m prov:wasDerivedFrom ?article }}
          {body}
        }} GROUP BY ?meeting ?status ?date ?place ?sentence ?article
        ORDER BY ?date ?meeting LIMIT {int(limit)} OFFSET {int(offset)}""")


def statements(store: OxigraphStore, *, speaker: str | None = None, words: str | None = None,
               limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Statements with speaker, words, kind and evidence; filter by speaker IRI and by words."""
    filters = []
    if speaker:
        filters.append(f"FILTER(?sp = {_iri(speaker)})")
    if words:
        filters.append(f"FILTER(CONTAINS(LCASE(?text), LCASE({_literal(words)})))")
    return store.select(f"""
        SELECT ?statement ?speaker ?speaker_name ?text ?kind ?sentence ?article WHERE {{
          ?s a ng:Statement ; ng:speaker ?sp ; schema:text ?text . BIND(?s AS ?statement) BIND(?sp AS ?speaker)
          OPTIONAL {{ ?sp schema:name ?speaker_name }}
          OPTIONAL {{ ?s ng:quoteKind ?kind }}
          OPTIONAL {{ ?s ng:evidence ?ev . ?ev ng:sentence ?sentence }}
          OPTIONAL {{ ?s prov:wasDerivedFrom ?article }}
          {" ".join(filters)}
        }} ORDER BY ?article ?statement LIMIT {int(limit)} OFFSET {int(offset)}""")


def delegations(store: OxigraphStore, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    return store.select(f"""
        SELECT ?delegation ?represents ?head_name (GROUP_CONCAT(DISTINCT ?mn; separator="; ") AS ?members) ?article
        WHERE {{
          ?delegation a ng:Delegation .
          OPTIONAL {{ ?delegation ng:represents ?c . ?c schema:name ?represents }}
          OPTIONAL {{ ?h org:headOf ?delegation . ?h schema:name ?head_name }}
          OPTIONAL {{ ?m org:memberOf ?delegation . ?m schema:name ?mn }}
          OPTIONAL {{ ?delegation prov:wasDerivedFrom ?article }}
        }} GROUP BY ?delegation ?represents ?head_name ?article ORDER BY ?represents LIMIT {int(limit)} OFFSET {int(offset)}""")


def articles(store: OxigraphStore, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    return store.select(f"""
        SELECT ?article ?id ?title ?published ?url WHERE {{
          ?article a schema:NewsArticle ; schema:identifier ?id .
          OPTIONAL {{ ?article schema:headline ?title }} OPTIONAL {{ ?article schema:datePublished ?published }}
          OPTIONAL {{ ?article schema:url ?url }}
        }} ORDER BY ?published ?id LIMIT {int(limit)} OFFSET {int(offset)}""")


def met_pairs(store: OxigraphStore, statuses: Iterable[str] = MET_STATUSES) -> list[dict[str, Any]]:
    """Every (person, person, meeting) triple of who met whom, both directions collapsed."""
    return store.select(f"""
        SELECT DISTINCT ?a ?a_name ?b ?b_name ?meeting ?status ?date ?place ?sentence ?article WHERE {{
          {_ATTENDS.format(who="?a", v="a")}
          {_ATTENDS.format(who="?b", v="b")}
          ?a a schema:Person ; schema:name ?a_name . ?b a schema:Person ; schema:name ?b_name .
          FILTER(STR(?a) < STR(?b))
          FILTER NOT EXISTS {{ ?a org:memberOf|org:headOf ?same . ?b org:memberOf|org:headOf ?same }}
          ?m ng:status ?st . {_status_filter(statuses)}
          BIND(?m AS ?meeting) BIND(STRAFTER(STR(?st), "#") AS ?status)
          OPTIONAL {{ ?m schema:startDate ?date }}
          OPTIONAL {{ ?m schema:location ?l . ?l schema:name ?place }}
          OPTIONAL {{ ?m ng:evidence ?ev . ?ev ng:sentence ?sentence }}
          OPTIONAL {{ ?m prov:wasDerivedFrom ?article }}
        }}""")
