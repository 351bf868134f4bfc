"""Shared fixtures: one English pipeline per test session, and a helper to extract a snippet."""
from __future__ import annotations

from datetime import date

import pytest

from newsgraph.extract.facts import ArticleFacts, ArticleMeta
from newsgraph.extract.pipeline import build_nlp, extract_article


@pytest.fixture(scope="session")
def nlp():
    return build_nlp()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text, published="2025-05-15") -> ArticleFacts for a snippet the team wrote."""

    def run(text: str, published: str | None = "2025-05-15", article_id: str = "snippet") -> ArticleFacts:
        meta = ArticleMeta(id=article_id, published=date.fromisoformat(published) if published else None)
        return extract_article(text, meta, nlp=nlp)

    return run


def names(facts: ArticleFacts) -> set[str]:
    return {p.name for p in facts.persons.values()}


def person_key(facts: ArticleFacts, surname: str) -> str:
    hits = [k for k, p in facts.persons.items() if p.name.split()[-1] == surname]
    assert len(hits) == 1, f"expected one person named {surname}, got {hits} from {names(facts)}"
    return hits[0]


def offices_by_surname(facts: ArticleFacts) -> set[tuple[str, str, str | None]]:
    """(surname, title in lower case, organisation or country) of every office."""
    return {(facts.persons[o.person].name.split()[-1], o.title.lower(), o.org) for o in facts.offices}


def delegation_of(facts: ArticleFacts, country: str):
    """The (first) delegation that represents `country`; fails listing every delegation when none does."""
    found = [d for d in facts.delegations.values() if d.represents == country]
    assert found, {k: (d.represents, d.members) for k, d in facts.delegations.items()}
    return found[0]


def surnames(facts: ArticleFacts, keys) -> set[str]:
    """The last name word of each person key."""
    return {facts.persons[k].name.split()[-1] for k in keys}


def met_pairs(facts: ArticleFacts, statuses=("Occurred", "Scheduled")) -> set[frozenset[str]]:
    """Pairs of surnames who met, with delegations standing for their members."""
    out: set[frozenset[str]] = set()
    for meeting in facts.meetings:
        if meeting.status.value not in statuses or meeting.channel.value != "InPerson":
            continue  # calls are contacts, not meetings in person
        people: set[str] = set()
        for agent in meeting.attendees:
            if agent.kind == "person":
                people.add(facts.persons[agent.key].name.split()[-1])
            elif agent.kind == "delegation" and agent.key in facts.delegations:
                d = facts.delegations[agent.key]
                people |= {facts.persons[m].name.split()[-1] for m in d.members}
        out |= {frozenset((a, b)) for a in people for b in people if a < b}
    return out


def meetings_between(facts: ArticleFacts, a: str, b: str) -> list:
    """The meetings two people (by surname) both attend."""
    return [meeting for meeting in facts.meetings
            if {a, b} <= {facts.persons[x.key].name.split()[-1] for x in meeting.attendees if x.kind == "person"}]


def statuses_between(facts: ArticleFacts, a: str, b: str) -> set[str]:
    return {meeting.status.value for meeting in meetings_between(facts, a, b)}


def speaker_of(facts: ArticleFacts, words: str) -> str | None:
    for s in facts.statements:
        if words in s.text:
            if s.speaker.kind == "person":
                return facts.persons[s.speaker.key].name
            return s.speaker.key
    return None
