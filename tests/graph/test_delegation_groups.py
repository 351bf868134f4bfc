"""A person page groups the delegations a person travelled with: one line per role and side, with
how many and the articles behind them, instead of one line per article's delegation."""
from __future__ import annotations

from datetime import date

import pytest

from newsgraph.extract.facts import ArticleFacts, ArticleMeta, Delegation, Evidence, Person
from newsgraph.graph.service import group_delegations
from tests.graph.test_read_model import _service

TEXT = "The envoy came with the trade delegation."


def _trip(n: int, role: str, side: str | None) -> ArticleFacts:
    """Article n: Petra Lune in the delegation of `side`, as its head or a member."""
    persons = {"p": Person("p", "Petra Lune"), "h": Person("h", "Hal Morrow")}
    head, members = ("p", set()) if role == "head" else ("h", {"p"})
    delegation = Delegation("d1", side, head=head, members=members, evidence=[Evidence(TEXT, 0, len(TEXT))])
    return ArticleFacts(meta=ArticleMeta(id=f"trip-{n}", title=f"Trip number {n}", published=date(2024, 1, n + 1)),
                        text=TEXT, persons=persons, countries={side} if side else set(), delegations={"d1": delegation})


@pytest.fixture(scope="module")
def service():
    service = _service()
    for n in range(6):  # six trips as a member of the Norland delegation
        service.store_facts(_trip(n, "member", "Norland"))
    for n in range(6, 8):  # two as head of the Sudria one
        service.store_facts(_trip(n, "head", "Sudria"))
    service.store_facts(_trip(8, "member", None))  # one of no known side
    return service


def test_one_line_per_role_and_side_with_its_count_and_articles(service):
    p = service.person("Petra Lune")
    assert len(p["delegations"]) == 9  # one per article, as stored
    groups = [(g["role"], g["represents"], g["count"]) for g in p["delegation_groups"]]
    assert groups == [("member", "Norland", 6), ("head", "Sudria", 2), ("member", None, 1)]
    norland = p["delegation_groups"][0]
    assert [a["title"] for a in norland["articles"]] == [f"Trip number {n}" for n in range(5, -1, -1)]  # newest first
    assert [a["article_id"] for a in norland["articles"]][:2] == ["trip-5", "trip-4"]
    assert norland["articles"][0]["published"] == "2024-01-06"


def test_the_person_route_returns_the_groups(service):
    from fastapi.testclient import TestClient

    from newsgraph.api.http.app import create_app
    from newsgraph.api.http.deps import get_service
    app = create_app(store=service.store)
    app.dependency_overrides[get_service] = lambda: service
    body = TestClient(app).get("/people/petra-lune").json()
    assert [(g["role"], g["count"]) for g in body["delegation_groups"]] == [("member", 6), ("head", 2), ("member", 1)]
    assert body["delegation_groups"][1]["articles"][0]["article_id"] == "trip-7"


def test_a_delegation_named_twice_counts_once():
    rows = [{"delegation": "d", "role": "member", "represents": "Norland", "article": "a"}] * 2
    (group,) = group_delegations(rows)
    assert group["count"] == 1 and len(group["articles"]) == 1
