"""A store where one person is a hub: the depth-2 network that used to draw as a hairball.

Facts are written directly (no spaCy): `hub` met 40 people (the first ring), each of them met 4
people nobody else met (the second ring, 160) and a few others of the first ring; the hub also
travelled with the same delegation in 12 articles (the person page's repeated lines).
"""
from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from newsgraph.extract.facts import (Agent, ArticleFacts, ArticleMeta, Delegation, Evidence, Meeting, MeetingStatus,
                                     Person)
from newsgraph.graph.service import NewsService
from newsgraph.graph.store import OxigraphStore

HUB = "Ada Hubbard"
FIRST = [f"Ring One {chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(40)]
SECOND = [f"Ring Two {chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(160)]
COUNTRIES = ["Norland", "Sudria", "Ostmark", "Westhaven", "Eastport"]
SENTENCE = "The two of them sat down for talks."


def _article(n: int, pairs: list[tuple[str, str]], countries: dict[str, str], delegation: bool = False) -> ArticleFacts:
    names = sorted({p for pair in pairs for p in pair} | ({HUB} if delegation else set()))
    keys = {name: f"k{i}" for i, name in enumerate(names)}
    persons = {keys[name]: Person(keys[name], name, country=countries.get(name)) for name in names}
    ev = Evidence(SENTENCE, 0, len(SENTENCE))
    meetings = [Meeting([Agent("person", keys[a]), Agent("person", keys[b])], MeetingStatus.OCCURRED, ev, "sat")
                for a, b in pairs]
    delegations = {"d1": Delegation("d1", "Norland", head=keys[HUB], evidence=[ev])} if delegation else {}
    return ArticleFacts(meta=ArticleMeta(id=f"dense-{n}", title=f"Talks, day {n}", published=date(2024, 1 + n % 12, 1 + n % 28)),
                        text=SENTENCE, persons=persons, countries=set(COUNTRIES), meetings=meetings, delegations=delegations)


def articles() -> list[ArticleFacts]:
    rng = random.Random(7)
    countries = {name: rng.choice(COUNTRIES) for name in [HUB, *FIRST, *SECOND]}
    pairs = [(HUB, p) for p in FIRST for _ in range(1 + rng.randrange(3))]  # 1-3 meetings each
    pairs += [(FIRST[i // 4], s) for i, s in enumerate(SECOND)]  # each first-ring person met 4 of the second
    pairs += [(s, FIRST[rng.randrange(40)]) for s in SECOND if rng.random() < .3]  # some met a second one
    pairs += [(a, b) for a in FIRST for b in FIRST if a < b and rng.random() < .15]  # the first ring among itself
    out = [_article(n, pairs[n::30], countries) for n in range(30)]
    out += [_article(30 + n, [], countries, delegation=True) for n in range(12)]
    return out


def build(folder: Path) -> Path:
    store = OxigraphStore(folder)
    service = NewsService(store)
    for facts in articles():
        service.store_facts(facts)
    store.flush()
    store.close()
    return folder
