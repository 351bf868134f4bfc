"""A synthetic graph in the contract vocabulary, for benchmarks: people, offices, meetings with
attendees, status, place, date and evidence, statements; one named graph per article."""
from __future__ import annotations

import random
from pathlib import Path

BASE = "https://w3id.org/newsgraph/id/"
S = "https://schema.org/"
NG = "https://w3id.org/newsgraph/ontology#"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
STATUSES = ["Occurred"] * 6 + ["Scheduled"] * 2 + ["Proposed", "Declined", "Hypothetical"]


def person_iri(i: int) -> str:
    return f"{BASE}person/person-{i}"


def write_nquads(path: Path, *, people: int = 20_000, articles: int = 8_000, meetings_per_article: int = 12,
                 seed: int = 1) -> int:
    """Write the graph as N-Quads; returns the number of quads."""
    rng = random.Random(seed)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        def quad(s, p, o, g):
            nonlocal count
            out.write(f"<{s}> <{p}> {o} <{g}> .\n")
            count += 1

        for a in range(articles):
            g = f"{BASE}article/a{a}"
            quad(g, RDF_TYPE, f"<{S}NewsArticle>", g)
            quad(g, f"{S}identifier", f'"a{a}"', g)
            cast = rng.sample(range(people), 12)
            for p in cast:
                quad(person_iri(p), RDF_TYPE, f"<{S}Person>", g)
                quad(person_iri(p), f"{S}name", f'"Person Number {p}"', g)
                quad(g, f"{S}mentions", f"<{person_iri(p)}>", g)
            for m in range(meetings_per_article):
                mi = f"{BASE}meeting/a{a}-{m}"
                ev = f"{BASE}evidence/a{a}-{m}"
                quad(mi, RDF_TYPE, f"<{NG}Meeting>", g)
                for p in rng.sample(cast, rng.randint(2, 4)):
                    quad(mi, f"{S}attendee", f"<{person_iri(p)}>", g)
                quad(mi, f"{NG}status", f"<{NG}{rng.choice(STATUSES)}>", g)
                quad(mi, f"{S}startDate", f'"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"^^<{XSD}date>', g)
                quad(mi, f"{S}location", f"<{BASE}place/city-{rng.randint(0, 300)}>", g)
                quad(mi, f"{PROV}wasDerivedFrom", f"<{g}>", g)
                quad(mi, f"{NG}evidence", f"<{ev}>", g)
                quad(ev, f"{NG}sentence", f'"Person {cast[0]} met Person {cast[1]} in city number {m}."', g)
    return count
