"""Typed facts that extraction produces, each with the evidence it came from.

Nothing here knows about RDF: `graph/mapping.py` turns these into triples. Keeping the two apart
lets the rules be tested sentence by sentence on plain Python objects.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum


class MeetingStatus(str, Enum):
    """Whether a meeting happened. Only OCCURRED and SCHEDULED count as "who met whom"."""

    OCCURRED = "Occurred"
    SCHEDULED = "Scheduled"
    PROPOSED = "Proposed"
    DECLINED = "Declined"
    HYPOTHETICAL = "Hypothetical"
    CANCELLED = "Cancelled"


class Channel(str, Enum):
    """How the parties were in contact. Only IN_PERSON meetings are "who met whom"; calls are kept
    as contacts so that who-met can add them when asked."""

    IN_PERSON = "InPerson"
    PHONE = "Phone"
    VIDEO = "Video"


class QuoteKind(str, Enum):
    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence text and its character offsets in the article."""

    text: str
    start: int
    end: int

    @classmethod
    def of(cls, span) -> "Evidence":
        """The evidence of a spaCy span (usually a sentence): its text and character offsets."""
        return cls(span.text, span.start_char, span.end_char)


@dataclass(frozen=True)
class ArticleMeta:
    """What we know about an article besides its text."""

    id: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class PartialDate:
    """A date kept at the precision the text gives: a day, a month or a year."""

    value: str  # "2025-05-15", "2025-05" or "2025"
    precision: str  # "day", "month" or "year"


@dataclass
class Person:
    key: str  # article-local key: the slug of the fullest name
    name: str
    aliases: set[str] = field(default_factory=set)
    gender: str | None = None
    country: str | None = None
    mentions: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class Agent:
    """Who attends, speaks or is represented: a person (by key), an organisation or a country."""

    kind: str  # "person", "organization", "country", "delegation"
    key: str  # person key, organisation/country name, or delegation key

    @property
    def is_person(self) -> bool:
        return self.kind == "person"


@dataclass(frozen=True)
class Office:
    person: str  # person key
    title: str
    org: str | None  # organisation or country the post is in
    org_is_country: bool
    former: bool
    evidence: Evidence
    confidence: float = 0.8


@dataclass
class Delegation:
    key: str
    represents: str | None
    head: str | None = None  # person key
    members: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.7
    represents_organization: bool = False  # "a delegation from the House of Representatives"


@dataclass
class Meeting:
    attendees: list[Agent]
    status: MeetingStatus
    evidence: Evidence
    trigger: str
    place: str | None = None  # the finest place named: a venue ("State House") or else a town or country
    date: PartialDate | None = None
    confidence: float = 0.7
    channel: Channel = Channel.IN_PERSON
    locality: str | None = None  # the town (or country) a venue lies in: "at the State Palace in Tashkent"


@dataclass(frozen=True)
class Statement:
    speaker: Agent
    text: str
    kind: QuoteKind
    evidence: Evidence
    confidence: float = 0.8
    quote_start: int | None = None  # character offsets of the quoted words, for quotes
    quote_end: int | None = None


@dataclass
class ArticleFacts:
    """Everything extracted from one article."""

    meta: ArticleMeta
    text: str
    persons: dict[str, Person] = field(default_factory=dict)
    offices: list[Office] = field(default_factory=list)
    organizations: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    # country -> the name the text writes it by, where that is not the canonical name ("Türkiye")
    country_names: dict[str, str] = field(default_factory=dict)
    delegations: dict[str, Delegation] = field(default_factory=dict)
    meetings: list[Meeting] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
