"""`/people/{id}/met` in pages: a hub met thousands of people, and one answer with every row cost
seconds. Pages follow `next` (a keyset cursor) and concatenate to the whole answer, from the
read model and from the store fallback alike; a page from the read model asks the store nothing
but who the person is."""
from __future__ import annotations

import pytest

from newsgraph.extract.facts import Agent, ArticleFacts, ArticleMeta, Evidence, Meeting, MeetingStatus, Person
from newsgraph.graph.met_index import MetIndex
from newsgraph.graph.met_pages import encode_cursor
from newsgraph.graph.queries import ALL_STATUSES
from newsgraph.graph.service import NewsService
from tests.api.conftest import make_client
from tests.graph.test_scale import CountingStore

NAMES = ["Ivar Kettle", "Nina Pole", "Otto Reed", "Pia Stone", "Rune Vale", "Sam Thorn", "Tove Unger"]


def _article(n: int, other: str, status: MeetingStatus = MeetingStatus.OCCURRED) -> ArticleFacts:
    persons = {"hub": Person("hub", "Hilde Hollow", gender="female"), "k": Person("k", other)}
    ev = Evidence("They sat down together.", 0, 23)
    return ArticleFacts(meta=ArticleMeta(id=f"m-{n}", title=f"Report {n}"), text="They sat down together.",
                        persons=persons, meetings=[Meeting([Agent("person", "hub"), Agent("person", "k")], status, ev, "sat")])


def _facts() -> list[ArticleFacts]:
    facts = [_article(n, name) for n, name in enumerate(NAMES)]
    facts.append(_article(20, "Nina Pole"))  # a second meeting with the same person: one entry, two meetings
    facts.append(_article(21, "Vera Wolk", MeetingStatus.DECLINED))  # only with status=all
    return facts


@pytest.fixture()
def client(tmp_path):
    with make_client(tmp_path, _facts()) as c:
        assert c.app.state.met_index.wait_fresh(60)
        yield c


def _walk(client, first: str, params: dict) -> tuple[list[dict], list[dict]]:
    """(entries of every page, the pages) following `next` links from the first page."""
    pages = [client.get(first, params=params).json()]
    while pages[-1]["next"]:
        assert len(pages) < 50
        pages.append(client.get(pages[-1]["next"]).json())
    return [e for p in pages for e in p["data"]], pages


def test_pages_concatenate_to_the_whole_answer(client):
    whole = client.get("/people/hilde-hollow/met", params={"limit": 1000}).json()
    assert whole["next"] is None
    assert [e["name"] for e in whole["data"]] == sorted(NAMES)
    assert [len(e["meetings"]) for e in whole["data"] if e["name"] == "Nina Pole"] == [2]
    entries, pages = _walk(client, "/people/hilde-hollow/met", {"limit": 3})
    assert entries == whole["data"]
    assert [p["count"] for p in pages] == [3, 3, 1] and all(p["limit"] == 3 for p in pages)
    assert "after=" in pages[0]["next"] and "limit=3" in pages[0]["next"]


def test_status_filter_is_carried_by_the_next_link(client):
    entries, pages = _walk(client, "/people/hilde-hollow/met", {"limit": 2, "status": "all"})
    assert [e["name"] for e in entries] == sorted(NAMES + ["Vera Wolk"])
    assert all("status=all" in p["next"] for p in pages[:-1])
    assert [m["status"] for e in entries if e["name"] == "Vera Wolk" for m in e["meetings"]] == ["Declined"]


def test_offset_still_pages(client):
    whole = client.get("/people/hilde-hollow/met", params={"limit": 1000}).json()["data"]
    page = client.get("/people/hilde-hollow/met", params={"limit": 2, "offset": 2}).json()
    assert page["data"] == whole[2:4] and page["offset"] == 2


def test_a_cursor_past_the_end_gives_an_empty_last_page(client):
    whole = client.get("/people/hilde-hollow/met", params={"limit": 1000}).json()["data"]
    last = whole[-1]
    page = client.get("/people/hilde-hollow/met", params={"after": encode_cursor((last["name"], last["person"]))}).json()
    assert page["data"] == [] and page["count"] == 0 and page["next"] is None
    beyond = client.get("/people/hilde-hollow/met", params={"after": encode_cursor(("\uffff", ""))}).json()
    assert beyond["data"] == [] and beyond["next"] is None


@pytest.mark.parametrize("cursor", ["not a cursor!", "bm90IGpzb24", encode_cursor(("only-one",)), "WzEsMl0"])
def test_a_bad_cursor_is_400_and_says_what_to_send(client, cursor):
    response = client.get("/people/hilde-hollow/met", params={"after": cursor})
    assert response.status_code == 400
    assert "cursor" in response.json()["detail"] and "next" in response.json()["detail"]


def test_the_store_fallback_gives_the_same_pages():
    store = CountingStore()
    indexed = NewsService(store, met_index=MetIndex(store))
    for facts in _facts():
        indexed.store_facts(facts)
    assert indexed.met_index.is_fresh() or indexed.met_index.wait_fresh(60)
    walking = NewsService(store)  # no read model: every who-met row from the store, paged in Python
    hub = indexed.person_iri("Hilde Hollow")
    for statuses in (("Occurred", "Scheduled"), ALL_STATUSES, ("Declined",)):
        for service in (indexed, walking):
            pages, after = [], None
            while True:
                page = service.met_page(hub, statuses, after=after, limit=2)
                pages.append(page.entries)
                if page.next is None:
                    break
                after = page.next
            if service is indexed:
                expected = pages
            else:
                assert pages == expected
    store.reset()
    indexed.met_page(hub, limit=2)
    assert store.queries <= 2  # who the person is; the page itself comes from the read model


def test_openapi_documents_the_page_size_and_cursor(client):
    operation = client.get("/openapi.json").json()["paths"]["/people/{person_id}/met"]["get"]
    params = {p["name"]: p for p in operation["parameters"]}
    assert params["limit"]["schema"]["default"] == 100 and params["limit"]["schema"]["maximum"] == 1000
    assert "next" in params["after"]["description"] and "100 people a page" in operation["description"]


def _dated(n: int, other: str, day: int) -> ArticleFacts:
    from newsgraph.extract.facts import PartialDate
    facts = _article(n, other)
    facts.meetings[0].date = PartialDate(f"2024-03-{day:02d}", "day")
    return facts


def test_filtered_pages_come_from_the_read_model_by_index(monkeypatch):
    """`with`, `since` and `until` page from the read model like the store fallback pages its rows,
    and a page walks only the entries it needs, not every meeting of the person."""
    from newsgraph.graph import service as service_module
    store = CountingStore()
    indexed = NewsService(store, met_index=MetIndex(store))
    for n, name in enumerate(NAMES):
        indexed.store_facts(_dated(n, name, 1 + n))
        indexed.store_facts(_dated(100 + n, name, 20 + n))
    indexed.store_facts(_article(200, "Nina Pole"))  # undated: out of any date range
    assert indexed.met_index.is_fresh() or indexed.met_index.wait_fresh(60)
    walking = NewsService(store)
    hub = indexed.person_iri("Hilde Hollow")
    filters = [{"since": "2024-03-05"}, {"until": "2024-03-03"}, {"since": "2024-03-03", "until": "2024-03-21"},
               {"with_person": "Nina Pole"}, {"with_person": "Otto Reed", "since": "2024-03-10"},
               {"with_person": "Nobody Known"}]
    for kwargs in filters:
        answers = []
        for service in (indexed, walking):
            pages, after = [], None
            while True:
                try:
                    page = service.met_page(hub, after=after, limit=2, **kwargs)
                except Exception as exc:  # noqa: BLE001 - both must fail alike
                    pages.append(type(exc).__name__)
                    break
                pages.append(page.entries)
                if page.next is None:
                    break
                after = page.next
            answers.append(pages)
        assert answers[0] == answers[1], kwargs
    assert [e["other_name"] for e in indexed.met_page(hub, since="2024-03-05", limit=100).entries] == sorted(NAMES)
    assert [len(e["meetings"]) for e in indexed.met_page(hub, until="2024-03-02", limit=100).entries] == [1, 1]

    calls, in_range = [], service_module._in_range

    def counted(since, until):
        keep = in_range(since, until)
        return lambda m: calls.append(m) or keep(m)
    monkeypatch.setattr(service_module, "_in_range", counted)
    monkeypatch.setattr(indexed, "who_met", lambda *a, **k: pytest.fail("every row of the person was read"))
    store.reset()
    page = indexed.met_page(hub, since="2024-03-01", limit=2)
    assert len(page.entries) == 2 and page.next is not None
    assert len(calls) == 7  # the meetings of the 2 entries (Ivar Kettle 2, Nina Pole 3) and of the one that shows a next page (2)
    assert store.queries <= 2  # who the two people are; no who-met query


def test_a_persons_pages_sort_their_neighbours_once():
    """Every page of a hub's list used to sort all its neighbours (15,000 at 100k articles); the
    read model's line memo keeps them sorted until a write changes one of the hub's lines."""
    store = CountingStore()
    service = NewsService(store, met_index=MetIndex(store))
    for facts in _facts():
        service.store_facts(facts)
    assert service.met_index.is_fresh() or service.met_index.wait_fresh(60)
    hub = service.person_iri("Hilde Hollow")

    def walk() -> list[str]:
        names, after = [], None
        while True:
            page = service.met_page(hub, after=after, limit=2)
            names += [e["other_name"] for e in page.entries]
            if page.next is None:
                return names
            after = page.next

    def memo():
        with service.met_index.reading() as state:
            return state.memo(state.graph)
    walk()
    kept = memo()
    before = kept.name_sorts
    assert walk() == sorted(NAMES)
    assert memo() is kept and kept.name_sorts == before  # four pages, no sort
    service.store_facts(_article(30, "Aino Brook"))  # a new line of the hub's
    assert service.met_index.is_fresh() or service.met_index.wait_fresh(60)
    kept = memo()
    before = kept.name_sorts
    assert walk() == sorted(NAMES + ["Aino Brook"])
    assert memo() is kept and kept.name_sorts == before + 1  # sorted again after the write, once


def test_a_renamed_neighbour_moves_in_the_sorted_list():
    from newsgraph.graph.met_index import MetState, _add
    from newsgraph.graph.met_pages import page_graph
    state = MetState()
    people = {"urn:h": ("Hub", None), "urn:a": ("Anna", None), "urn:b": ("Berit", None)}
    for p, (name, country) in people.items():
        state.set_person(p, name, country)
    for n, other in enumerate(("urn:a", "urn:b")):
        _add(state, people, "urn:h", other, {"meeting": f"urn:m{n}", "status": "Occurred", "article": "urn:g"}, "urn:g")
    memo = state.memo(state.graph)

    def names() -> list[str]:
        return [e["other_name"] for e in page_graph(state.graph, "urn:h", None, None, 0, 10, memo=memo).entries]
    assert names() == ["Anna", "Berit"]
    state.set_person("urn:a", "Cecilie", None)
    assert names() == ["Berit", "Cecilie"]
    state.set_person("urn:a", "Cecilie", "NO")  # the same name: the sorted list is kept
    sorts = memo.name_sorts
    assert names() == ["Berit", "Cecilie"] and memo.name_sorts == sorts


def test_a_lines_meetings_are_sorted_once_until_the_line_changes():
    """A page of 1,000 people of a hub sorted 23,000 meetings by date per answer; the line memo
    keeps each line's meetings in page order, and a write to the line sorts it again."""
    from newsgraph.graph.met_index import MetState, _add
    from newsgraph.graph.met_pages import page_graph
    state = MetState()
    people = {"urn:h": ("Hub", None), "urn:a": ("Anna", None)}
    for p, (name, country) in people.items():
        state.set_person(p, name, country)

    def meet(n: int, date: str | None) -> None:
        _add(state, people, "urn:h", "urn:a", {"meeting": f"urn:m{n}", "status": "Occurred", "date": date,
                                                 "article": f"urn:g{n}"}, f"urn:g{n}")
        state.changed("graph", "urn:a", "urn:h")
    for n, date in enumerate(["2024-05-01", None, "2023-01-09"]):
        meet(n, date)
    memo = state.memo(state.graph)

    def dates() -> list[str | None]:
        [entry] = page_graph(state.graph, "urn:h", None, None, 0, 10, memo=memo).entries
        return [m["date"] for m in entry["meetings"]]
    assert dates() == [None, "2023-01-09", "2024-05-01"]
    line = state.graph["urn:h"]["urn:a"]["meetings"]
    assert memo.by_date("urn:h", "urn:a", line) is memo.by_date("urn:a", "urn:h", line)  # kept, either way round
    meet(3, "2023-06-30")
    assert dates() == [None, "2023-01-09", "2023-06-30", "2024-05-01"]
