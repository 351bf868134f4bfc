"""Request and response models of the REST API (they also document it in OpenAPI)."""
from __future__ import annotations

from datetime import date
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    data: list[T]
    count: int = Field(description="Rows in this page.")
    limit: int
    offset: int
    next: str | None = Field(None, description="The next page (a link with `after=`), when there may be one.")


class PersonSummary(BaseModel):
    id: str
    iri: str
    name: str
    aliases: list[str] = []
    articles: int = 0


class Office(BaseModel):
    title: str
    org: str | None = None
    former: bool = False


class DelegationSource(BaseModel):
    delegation: str
    article: str | None = None
    article_id: str | None = None
    title: str | None = None
    published: str | None = None


class DelegationGroup(BaseModel):
    role: str = Field(description="head or member")
    represents: str | None = Field(None, description="The country or organisation the delegations represent.")
    count: int = Field(description="How many delegations (one per article that names it).")
    articles: list[DelegationSource] = Field(description="Where each was read, newest first.")


class PersonDetail(BaseModel):
    id: str
    iri: str
    name: str
    aliases: list[str]
    offices: list[Office]
    delegations: list[dict[str, Any]] = Field(description="One row per delegation (each article mints its own).")
    delegation_groups: list[DelegationGroup] = Field(default_factory=list, description="The delegations grouped by "
                                                     "role and side, with a count and the articles behind them.")
    meetings: list[dict[str, Any]]
    meetings_total: int = Field(0, description="Every meeting and call of the person, whatever the filters (at most 1000).")
    statements: list[dict[str, Any]]


class MeetingRef(BaseModel):
    meeting: str
    status: str
    channel: str | None = None
    date: str | None = None
    place: str | None = None
    sentence: str | None = None
    article: str | None = None


class MetEntry(BaseModel):
    person: str
    id: str | None
    name: str
    meetings: list[MeetingRef]


class Meeting(BaseModel):
    meeting: str
    status: str
    channel: str | None = None
    date: str | None = None
    place: str | None = None
    attendees: list[str]
    sentence: str | None = None
    article: str | None = None


class Statement(BaseModel):
    statement: str
    speaker: str
    speaker_name: str | None = None
    text: str
    kind: str | None = None
    sentence: str | None = None
    article: str | None = None


class Delegation(BaseModel):
    delegation: str
    represents: str | None = None
    head: str | None = None
    members: list[str]
    article: str | None = None


class Article(BaseModel):
    id: str
    iri: str
    title: str | None = None
    published: str | None = None
    url: str | None = None


class Hop(BaseModel):
    from_: str = Field(alias="from")
    from_name: str | None
    to: str
    to_name: str | None
    meetings: list[MeetingRef] = Field(description="The first `evidence` of the pair's meetings "
                                       "(`/people/{id}/met?with=` pages them all).")
    meetings_total: int = Field(description="How many meetings the pair has.")

    model_config = {"populate_by_name": True}


class PathsResult(BaseModel):
    source: str
    target: str
    paths: list[list[Hop]]
    complete: bool = Field(True, description="False when the search stopped at its work budget before "
                                             "finding `limit` paths or trying every length up to `max_hops`.")


class NetworkNode(BaseModel):
    id: str
    name: str | None
    country: str | None = None
    hops: int | None = None


class NetworkEdge(BaseModel):
    source: str
    target: str
    weight: int = Field(description="Meetings of the pair that the filters keep.")
    statuses: dict[str, int] = Field(default_factory=dict, description="Those meetings per status.")
    channels: dict[str, int] = Field(default_factory=dict, description="Those meetings per channel (InPerson, Phone, Video).")
    meetings: list[MeetingRef] | None = Field(None, description="The meetings themselves, only with `meetings=true` "
                                              "(a hub's network holds tens of thousands; `/people/{id}/met?with=` gives one pair's).")


class Network(BaseModel):
    center: str
    depth: int
    truncated: bool = Field(False, description="The walk stopped at `max_nodes` people.")
    edges_total: int = Field(0, description="Lines between the people shown; `edges` keeps at most `max_edges` of them.")
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class ArticleIn(BaseModel):
    """An article to ingest: its text and what we know about it."""

    text: str = Field(min_length=1)
    id: str | None = Field(None, description="Identifier; when missing, the title (or first words) and a hash of the text.")
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None


class IngestResult(BaseModel):
    id: str
    iri: str
    triples: int
    people: list[str]
    offices: int
    delegations: int
    meetings: int
    statements: int
    outcome: Literal["created", "replaced", "unchanged"] = Field(
        description="created: a new article; replaced: the id held other content (PUT); unchanged: the same content was stored already.")
    replaced: bool
    note: str | None = None
