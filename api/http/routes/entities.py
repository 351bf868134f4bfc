"""The domain API: people, who met whom, meetings, statements, delegations, paths and networks,
each route a few lines over the service."""
from __future__ import annotations


from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Response

from newsgraph.api.http.deps import ServiceDep
from newsgraph.api.http.index_build import require_name_index
from newsgraph.api.http.network_body import dumps, network_body
from newsgraph.api.http.schemas import (Delegation, Meeting, MeetingRef, MetEntry, Network, NetworkEdge, NetworkNode, Page,
                              PathsResult, PersonDetail, PersonSummary, Statement)
from newsgraph.graph.queries import ALL_STATUSES, MET_STATUSES
from newsgraph.graph.views import MAX_EDGES

# every route here reads people's names: 503 with Retry-After while the name index is being built
router = APIRouter(tags=["people and meetings"], dependencies=[Depends(require_name_index)])

Limit = Annotated[int, Query(ge=1, le=1000, description="Page size.")]
Offset = Annotated[int, Query(ge=0, description="Rows to skip.")]
Statuses = Annotated[list[str] | None, Query(alias="status", description=f"Meeting statuses ({', '.join(ALL_STATUSES)}).")]
Calls = Annotated[bool, Query(description="Also phone and video calls (left out by default: not meetings in person).")]
DateBound = Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY, YYYY-MM or YYYY-MM-DD.")]


def _statuses(values: list[str] | None, default=MET_STATUSES) -> tuple[str, ...]:
    if not values:
        return tuple(default)
    out = []
    for value in values:
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return tuple(ALL_STATUSES) if any(v.lower() == "all" for v in out) else tuple(out)


@router.get("/people", response_model=Page[PersonSummary], summary="Search people by any name form")
def list_people(service: ServiceDep, q: str = "", limit: Limit = 50, offset: Offset = 0):
    data = [PersonSummary(id=service.person_id(r["person"]) or r["person"], iri=r["person"], name=r["name"],
                          aliases=r["aliases"], articles=r["articles"])
            for r in service.find_people(q, limit=limit, offset=offset)]
    return Page(data=data, count=len(data), limit=limit, offset=offset)


@router.get("/people/{person_id}", response_model=PersonDetail, summary="A person: names, offices, delegations, meetings, statements")
def get_person(person_id: str, service: ServiceDep, status: Statuses = None, since: DateBound = None,
               until: DateBound = None, calls: Calls = False):
    """`meetings` are those the filters keep, the same filters as `/people/{id}/network` (every status
    unless `status` says which; calls only with `calls=true`; `since`/`until` keep dated meetings in
    the range); `meetings_total` counts every meeting and call of the person, whatever the filters."""
    wanted = [s.capitalize() for s in _statuses(status, ALL_STATUSES)]
    if unknown := [s for s in wanted if s not in ALL_STATUSES]:
        raise HTTPException(400, f"unknown status {unknown[0]!r}; choose from {', '.join(ALL_STATUSES)}")
    # one query for every meeting and call (the total), filtered here: a second query for the
    # filtered ones cost about a second more on a person of a 10k-article store
    p = service.person(person_id, statuses=ALL_STATUSES, calls=True)
    kept = [m for m in p["meetings"] if _kept(m, frozenset(wanted), since, until, calls)]
    return PersonDetail(
        id=p["id"], iri=p["iri"], name=p["name"], aliases=p["aliases"],
        offices=[{"title": o["title"], "org": o["org"], "former": bool(o["former"])} for o in p["offices"]],
        delegations=p["delegations"], delegation_groups=p["delegation_groups"], meetings=kept, meetings_total=len(p["meetings"]), statements=p["statements"])


def _kept(meeting: dict, statuses: frozenset[str], since: str | None, until: str | None, calls: bool) -> bool:
    """The network's meeting filter (`NewsService.network`): one of the statuses; a call (by phone or
    video) only with `calls`; with a date range, dated and in it (dates compare as text, as in SPARQL)."""
    if meeting["status"] not in statuses or (not calls and meeting.get("channel") not in (None, "InPerson")):
        return False
    when = str(meeting.get("date") or "")
    return not (since or until) or (bool(when) and (not since or when >= since) and (not until or when <= until))


MET_LIMIT = 100  # people per page of /people/{id}/met: a hub met thousands


@router.get("/people/{person_id}/met", response_model=Page[MetEntry], summary="Everyone this person met, a page at a time",
            description=f"One entry per person met, in order of name (then IRI), {MET_LIMIT} people a page by "
                        "default (at most 1000). Follow `next` (a link with the `after=` cursor) for the next "
                        "page; it is absent on the last page. `offset` still works without `after`.")
def person_met(person_id: str, service: ServiceDep, status: Statuses = None, calls: Calls = False,
               with_: Annotated[str | None, Query(alias="with", description="Only meetings with this person (id, IRI or name).")] = None,
               since: DateBound = None, until: DateBound = None,
               limit: Annotated[int, Query(ge=1, le=1000, description="People per page.")] = MET_LIMIT,
               offset: Offset = 0,
               after: Annotated[str | None, Query(description="The cursor from the previous page's `next` link: "
                                                  "the page starts after that person.")] = None):
    """Each person met, with the meetings (date, place, status, evidence sentence and article).
    By default only meetings in person that happened or are scheduled; `?status=Proposed` (or `all`)
    adds others, `?calls=true` adds phone and video calls; `with` keeps one other person (a line of
    the network), `since`/`until` a date range (undated meetings are then left out, as in the network)."""
    page = service.met_page(person_id, _statuses(status), calls=calls, with_person=with_, since=since, until=until,
                            after=after, offset=offset, limit=limit)
    # plain JSON, as the network's: a hub's page of 1,000 people holds thousands of meetings, and
    # building models of them, validated again as the response model, cost most of the answer
    data = [{"person": e["other"], "id": service.person_id(e["other"]), "name": e["other_name"] or "",
             "meetings": [m if m.keys() == MEETING_REF_KEYS else {k: m.get(k) for k in MEETING_REF_FIELDS}
                          for m in e["meetings"]]}
            for e in page.entries]
    following = None
    if page.next is not None:
        params = [("limit", limit), ("after", page.next), *(("status", s) for s in status or ()),
                  *([("calls", "true")] if calls else []),
                  *((name, value) for name, value in (("with", with_), ("since", since), ("until", until)) if value)]
        following = f"/people/{quote(person_id, safe='')}/met?{urlencode(params)}"
    return Response(dumps({"data": data, "count": len(data), "limit": limit, "offset": offset if after is None else 0,
                           "next": following}), media_type="application/json")


MEETING_REF_FIELDS = tuple(MeetingRef.model_fields)
MEETING_REF_KEYS = set(MEETING_REF_FIELDS)  # the read model's meeting dicts have exactly these: sent as they are


@router.get("/meetings", response_model=Page[Meeting], summary="Meetings, filtered")
def list_meetings(service: ServiceDep, person: str | None = None,
                  with_: Annotated[str | None, Query(alias="with")] = None, place: str | None = None,
                  since: DateBound = None, until: DateBound = None, status: Statuses = None,
                  calls: Calls = False, limit: Limit = 100, offset: Offset = 0):
    rows = service.meetings(person=person, with_person=with_, place=place, since=since, until=until,
                            statuses=_statuses(status, ALL_STATUSES), calls=calls, limit=limit, offset=offset)
    data = [Meeting(**r) for r in rows]
    return Page(data=data, count=len(data), limit=limit, offset=offset)


@router.get("/statements", response_model=Page[Statement], summary="Who said what")
def list_statements(service: ServiceDep, speaker: str | None = None,
                    q: Annotated[str | None, Query(description="Words the statement contains.")] = None,
                    limit: Limit = 100, offset: Offset = 0):
    data = [Statement(**r) for r in service.statements(speaker=speaker, words=q, limit=limit, offset=offset)]
    return Page(data=data, count=len(data), limit=limit, offset=offset)


@router.get("/delegations", response_model=Page[Delegation], summary="Delegations with head and members")
def list_delegations(service: ServiceDep, limit: Limit = 100, offset: Offset = 0):
    data = [Delegation(delegation=r["delegation"], represents=r["represents"], head=r["head_name"],
                       members=r["members"], article=r["article"]) for r in service.delegations(limit=limit, offset=offset)]
    return Page(data=data, count=len(data), limit=limit, offset=offset)


@router.get("/paths", response_model=PathsResult, summary="How two people are connected through meetings")
def paths(service: ServiceDep,
          from_: Annotated[str, Query(alias="from", description="Person id, IRI or name.")],
          to: Annotated[str, Query(description="Person id, IRI or name.")],
          max_hops: Annotated[int, Query(ge=1, le=6)] = 4,
          limit: Annotated[int, Query(ge=1, le=50)] = 10,
          evidence: Annotated[int, Query(ge=0, le=1000, description="Meetings listed per hop "
                                         "(`meetings_total` counts them all).")] = 5):
    """The shortest chains of meetings, shortest first; each path reads only the lines near the two
    people, so a hub's thousands of lines cost little."""
    source, target, found, complete = service.paths(from_, to, max_hops=max_hops, limit=limit, evidence=evidence)
    return PathsResult(source=source, target=target, paths=found, complete=complete)


@router.get("/people/{person_id}/network", response_model=Network, summary="Nodes and edges around a person, for drawing")
def network(person_id: str, service: ServiceDep, depth: Annotated[int, Query(ge=1, le=3)] = 1, status: Statuses = None,
            since: Annotated[str | None, Query(description="Only meetings on or after this date (YYYY-MM-DD).")] = None,
            until: Annotated[str | None, Query(description="Only meetings on or before this date (YYYY-MM-DD).")] = None,
            max_nodes: Annotated[int, Query(ge=2, le=2000, description="Stop the walk at this many people.")] = 300,
            max_edges: Annotated[int, Query(ge=1, le=1_000_000, description="Keep at most this many lines: the one "
                                            "that reached each person, then the heaviest (`edges_total` counts all).")] = MAX_EDGES,
            calls: Calls = False,
            meetings: Annotated[bool, Query(description="Each edge's meetings too (by default counts per status and channel).")] = False):
    """By default meetings that happened or are scheduled; `status=Proposed,Declined` (or `all`) for others;
    `calls=true` adds phone and video calls (contacts, not meetings in person). Each edge counts the
    pair's meetings per status and channel; `meetings=true` lists them (on a hub's network, tens of
    thousands: `/people/{id}/met?with=` gives one pair's)."""
    iri, sub = service.network(person_id, depth=depth, statuses=_statuses(status), since=since, until=until,
                               max_nodes=max_nodes, max_edges=max_edges, calls=calls, meetings=meetings)
    # plain JSON, not validated models: a hub's network has ten thousand lines, and validating them
    # (twice: FastAPI validates a returned model again) cost more than the walk; `Network` documents it
    return Response(network_body(iri, depth, sub, with_meetings=meetings), media_type="application/json")
