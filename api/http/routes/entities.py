"""The domain API: people, who met whom, meetings, statements, delegations, paths and networks."""
from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Query, Request

from newsgraph.api.http.deps import SettingsDep, StoreDep
from newsgraph.api.http.schemas import (Delegation, Meeting, MeetingRef, MetEntry, Network, NetworkEdge, NetworkNode, Page,
                              PathsResult, PersonDetail, PersonSummary, Statement)
from newsgraph.graph import queries
from newsgraph.graph.queries import ALL_STATUSES, MET_STATUSES, EntityNotFound
from newsgraph.graph.views import connection_paths, neighbourhood, queried_met_graph

router = APIRouter(tags=["people and meetings"])

Limit = Annotated[int, Query(ge=1, le=1000, description="Page size.")]
Offset = Annotated[int, Query(ge=0, description="Rows to skip.")]
Statuses = Annotated[list[str] | None, Query(alias="status", description=f"Meeting statuses ({', '.join(ALL_STATUSES)}).")]


def _id(iri: str, base: str, kind: str) -> str | None:
    prefix = f"{base}{kind}/"
    return iri[len(prefix):] if iri and iri.startswith(prefix) else None


def person_iri(store, settings, ident: str) -> str:
    """A person from an id (slug), an IRI or a name; 404 when none matches."""
    if re.fullmatch(r"[a-z0-9-]+", ident):
        candidate = f"{settings.base}person/{ident}"
        if store.ask(f"ASK {{ <{candidate}> a schema:Person }}"):
            return candidate
    return queries.resolve_person(store, ident)


def _statuses(values: list[str] | None, default=MET_STATUSES) -> tuple[str, ...]:
    if not values:
        return tuple(default)
    out = []
    for value in values:
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return tuple(ALL_STATUSES) if any(v.lower() == "all" for v in out) else tuple(out)


@router.get("/people", response_model=Page[PersonSummary], summary="Search people by any name form")
def list_people(store: StoreDep, settings: SettingsDep, q: str = "", limit: Limit = 50, offset: Offset = 0):
    rows = queries.find_people(store, q, limit=limit, offset=offset)
    data = [PersonSummary(id=_id(r["person"], settings.base, "person") or r["person"], iri=r["person"], name=r["name"],
                          aliases=[a for a in (r["aliases"] or "").split("|") if a], articles=r["articles"] or 0)
            for r in rows]
    return Page(data=data, count=len(data), limit=limit, offset=offset)


@router.get("/people/{person_id}", response_model=PersonDetail, summary="A person: names, offices, delegations, meetings, statements")
def get_person(person_id: str, store: StoreDep, settings: SettingsDep):
    iri = person_iri(store, settings, person_id)
    details = queries.person_details(store, iri)
    meetings = queries.meetings(store, person=iri, statuses=ALL_STATUSES, limit=1000)
    said = queries.statements(store, speaker=iri, limit=1000)
    return PersonDetail(
        id=_id(iri, settings.base, "person") or iri, iri=iri, name=details["name"], aliases=details["aliases"],
        offices=[{"title": o["title"], "org": o["org"], "former": bool(o["former"])} for o in details["offices"]],
        delegations=details["delegations"], meetings=meetings, statements=said)


@router.get("/people/{person_id}/met", response_model=Page[MetEntry], summary="Everyone this person met")
def person_met(person_id: str, request: Request, store: StoreDep, settings: SettingsDep, status: Statuses = None,
               calls: Annotated[bool, Query(description="Also phone and video calls (left out by default: not meetings in person).")] = False,
               limit: Limit = 100, offset: Offset = 0):
    """Each person met, with the meetings (date, place, status, evidence sentence and article).
    By default only meetings in person that happened or are scheduled; `?status=Proposed` (or `all`)
    adds others, `?calls=true` adds phone and video calls."""
    iri = person_iri(store, settings, person_id)
    statuses = _statuses(status)
    rows = request.app.state.met_index.who_met(iri) if set(statuses) == set(MET_STATUSES) and not calls else None
    if rows is None:  # other statuses, calls, or the read model is catching up with a write
        rows = queries.who_met(store, iri, statuses, calls=calls)
    grouped: dict[str, MetEntry] = {}
    for r in rows:
        entry = grouped.setdefault(r["other"], MetEntry(person=r["other"], id=_id(r["other"], settings.base, "person"),
                                                        name=r["other_name"], meetings=[]))
        if not any(m.meeting == r["meeting"] for m in entry.meetings):
            entry.meetings.append(MeetingRef(**{k: r[k] for k in MeetingRef.model_fields}))
    data = list(grouped.values())[offset:offset + limit]
    return Page(data=data, count=len(data), limit=limit, offset=offset)


@router.get("/meetings", response_model=Page[Meeting], summary="Meetings, filtered")
def list_meetings(store: StoreDep, settings: SettingsDep, person: str | None = None,
                  with_: Annotated[str | None, Query(alias="with")] = None, place: str | None = None,
                  since: str | None = None, until: str | None = None, status: Statuses = None,
                  limit: Limit = 100, offset: Offset = 0):
    rows = queries.meetings(
        store, person=person_iri(store, settings, person) if person else None,
        with_person=person_iri(store, settings, with_) if with_ else None, place=place, since=since, until=until,
        statuses=_statuses(status, ALL_STATUSES), limit=limit, offset=offset)
    data = [Meeting(**{**r, "attendees": [a for a in (r["attendees"] or "").split("; ") if a]}) for r in rows]
    return Page(data=data, count=len(data), limit=limit, offset=offset)


@router.get("/statements", response_model=Page[Statement], summary="Who said what")
def list_statements(store: StoreDep, settings: SettingsDep, speaker: str | None = None,
                    q: Annotated[str | None, Query(description="Words the statement contains.")] = None,
                    limit: Limit = 100, offset: Offset = 0):
    speaker_iri = None
    if speaker:
        try:
            speaker_iri = person_iri(store, settings, speaker)
        except EntityNotFound:
            rows = store.select(f"""SELECT DISTINCT ?o WHERE {{ ?s ng:speaker ?o . ?o schema:name ?n
                FILTER(LCASE(STR(?n)) = LCASE({queries._literal(speaker)})) }}""")
            if not rows:
                raise
            speaker_iri = rows[0]["o"]
    rows = queries.statements(store, speaker=speaker_iri, words=q, limit=limit, offset=offset)
    data = [Statement(**r) for r in rows]
    return Page(data=data, count=len(data), limit=limit, offset=offset)


@router.get("/delegations", response_model=Page[Delegation], summary="Delegations with head and members")
def list_delegations(store: StoreDep, limit: Limit = 100, offset: Offset = 0):
    rows = queries.delegations(store, limit=limit, offset=offset)
    data = [Delegation(delegation=r["delegation"], represents=r["represents"], head=r["head_name"],
                       members=[m for m in (r["members"] or "").split("; ") if m], article=r["article"]) for r in rows]
    return Page(data=data, count=len(data), limit=limit, offset=offset)


def _met_graph(request: Request):
    """The who-met-whom graph from the in-memory read model (built now if stale)."""
    return request.app.state.met_index.graph()


@router.get("/paths", response_model=PathsResult, summary="How two people are connected through meetings")
def paths(request: Request, store: StoreDep, settings: SettingsDep,
          from_: Annotated[str, Query(alias="from", description="Person id, IRI or name.")],
          to: Annotated[str, Query(description="Person id, IRI or name.")],
          max_hops: Annotated[int, Query(ge=1, le=6)] = 4,
          limit: Annotated[int, Query(ge=1, le=50)] = 10):
    source, target = person_iri(store, settings, from_), person_iri(store, settings, to)
    found = connection_paths(_met_graph(request), source, target, max_hops=max_hops, limit=limit)
    return PathsResult(source=source, target=target, paths=found)


def _in_range(since: str | None, until: str | None):
    """A meeting filter for a date range; meetings without a date are kept only when no range is asked."""
    if not since and not until:
        return None

    def keep(meeting: dict) -> bool:
        date = str(meeting.get("date") or "")
        return bool(date) and (not since or date >= since) and (not until or date <= until)
    return keep


@router.get("/people/{person_id}/network", response_model=Network, summary="Nodes and edges around a person, for drawing")
def network(person_id: str, request: Request, store: StoreDep, settings: SettingsDep,
            depth: Annotated[int, Query(ge=1, le=3)] = 1, status: Statuses = None,
            since: Annotated[str | None, Query(description="Only meetings on or after this date (YYYY-MM-DD).")] = None,
            until: Annotated[str | None, Query(description="Only meetings on or before this date (YYYY-MM-DD).")] = None,
            max_nodes: Annotated[int, Query(ge=2, le=2000, description="Stop the walk at this many people.")] = 300):
    """By default meetings that happened or are scheduled; `status=Proposed,Declined` (or `all`) for others."""
    iri = person_iri(store, settings, person_id)
    statuses = _statuses(status)
    if set(statuses) == set(MET_STATUSES):
        graph = _met_graph(request)
    else:
        queries._status_filter(statuses)
        graph = queried_met_graph(store, iri, depth, statuses, max_nodes=max_nodes)
    sub = neighbourhood(graph, iri, depth, keep=_in_range(since, until), max_nodes=max_nodes)
    return Network(
        center=iri, depth=depth, truncated=sub.graph.get("truncated", False),
        nodes=[NetworkNode(id=n, name=d.get("name"), country=d.get("country"), hops=d.get("hops")) for n, d in sub.nodes(data=True)],
        edges=[NetworkEdge(source=a, target=b, weight=d["weight"], meetings=d["meetings"]) for a, b, d in sub.edges(data=True)])
