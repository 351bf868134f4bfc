"""`/meetings` answered from the meeting read model: the same rows as the store query, for every
filter and page, after writes and removals too, and reading only the page's meetings."""
from __future__ import annotations

import itertools

import pytest

from newsgraph.graph import queries
from newsgraph.graph.meeting_index import MeetingIndex
from newsgraph.graph.service import NewsService
from newsgraph.graph.store import OxigraphStore

TEXTS = [
    ("Foreign Minister Nadia Korsak met Defence Minister Emil Brandt in Vilnius on 3 March 2024.",
     {"id": "m1", "published": "2024-03-05"}),
    ("Prime Minister Emil Brandt held talks with President Lina Moravec in Prague in April 2024. "
     "Brandt later spoke by phone with Nadia Korsak.", {"id": "m2", "published": "2024-04-20"}),
    ("President Lina Moravec declined to meet Nadia Korsak.", {"id": "m3", "published": "2024-05-01"}),
    ("Latvia sent a delegation headed by Oskar Veide to the talks in Riga. Joining Veide is Rita Sallo. "
     "Prime Minister Emil Brandt met with the delegation on Friday.",
     {"id": "m4", "published": "2024-06-07"}),
    ("Nadia Korsak will meet Lina Moravec in Vienna next year.", {"id": "m5", "published": "2024-06-10"}),
    ("Emil Brandt met Chancellor Tobias Fenn at the summit.", {"id": "m6", "published": "2024-07-01"}),
    ("Nadia Korsak met Emil Brandt and Tobias Fenn in Vilnius on 9 May 2024.", {"id": "m7", "published": "2024-05-10"}),
    ("Nadia Korsak met Lina Moravec at the Presidential Palace in Vilnius on 12 May 2024.",
     {"id": "m10", "published": "2024-05-13"}),
]
PEOPLE = ["Nadia Korsak", "Emil Brandt", "Lina Moravec", "Oskar Veide", "Rita Sallo", "Tobias Fenn"]
FILTERS = [{}, {"statuses": ("Declined",)}, {"statuses": ("Occurred", "Scheduled")}, {"calls": True},
           {"place": "vilnius"}, {"place": "presidential palace"}, {"since": "2024-04"}, {"until": "2024-05"}, {"since": "2024", "until": "2024-12-31"},
           {"limit": 1, "offset": 1}, {"limit": 2}, {"offset": 3}]


@pytest.fixture(scope="module")
def services(nlp):
    store = OxigraphStore()
    plain = NewsService(store, nlp=nlp)  # no read model: every answer is the store query
    index = MeetingIndex(store)
    indexed = NewsService(store, nlp=nlp, meeting_index=index)
    summary = indexed.ingest(TEXTS)
    assert summary.articles == len(TEXTS) and not summary.errors
    assert index.wait_fresh(60)
    return plain, indexed, index


def _answers(service: NewsService) -> dict:
    out = {}
    for who, wanted in itertools.product([(None, None), *((p, None) for p in PEOPLE),
                                          *itertools.combinations(PEOPLE[:3], 2)], FILTERS):
        out[who, tuple(wanted.items())] = service.meetings(person=who[0], with_person=who[1], **wanted)
    return out


def _same(plain: NewsService, indexed: NewsService, index: MeetingIndex, monkeypatch) -> None:
    expected = _answers(plain)
    with monkeypatch.context() as m:
        def no_scan(*args, **kwargs):
            raise AssertionError("the store query ran although the meeting index is fresh")
        m.setattr(queries, "meetings", no_scan)
        got = _answers(indexed)
    assert index.is_fresh()
    for key in expected:
        assert got[key] == expected[key], key


def test_the_index_answers_every_filter_as_the_store_does(services, monkeypatch):
    plain, indexed, index = services
    _same(plain, indexed, index, monkeypatch)
    answers = _answers(plain)  # the comparison is not between empty answers
    assert len(answers[(None, None), ()]) >= 6
    assert answers[("Nadia Korsak", None), (("statuses", ("Declined",)),)]
    assert len(answers[("Nadia Korsak", None), (("calls", True),)]) > len(answers[("Nadia Korsak", None), ()])
    assert answers[("Rita Sallo", None), ()], "a delegation member attends its meetings"
    assert answers[("Nadia Korsak", "Emil Brandt"), ()]
    dates = [r["date"] for r in answers[(None, None), ()]]
    assert dates[0] is None and dates[-1] is not None, "undated meetings first, as the store orders them"


def test_a_meeting_at_a_venue_is_found_by_its_town_and_shown_at_the_venue(services):
    plain, indexed, _ = services
    for service in (plain, indexed):
        in_town = service.meetings(person="Lina Moravec", place="Vilnius")
        at_venue = service.meetings(person="Lina Moravec", place="Presidential Palace")
        assert [r["place"] for r in in_town] == [r["place"] for r in at_venue] == ["Presidential Palace"]


def test_the_index_follows_writes_and_removals(services, monkeypatch, nlp):
    plain, indexed, index = services
    indexed.ingest([("Rita Sallo met Lina Moravec in Tallinn on 2 June 2024.", {"id": "m8", "published": "2024-06-03"})])
    assert index.is_fresh()
    assert any(r["place"] == "Tallinn" for r in indexed.meetings(person="Rita Sallo"))
    _same(plain, indexed, index, monkeypatch)
    indexed.remove("m8")
    indexed.remove("m2")
    assert index.is_fresh()
    assert not any(r["place"] in ("Tallinn", "Prague") for r in indexed.meetings(limit=1000))
    _same(plain, indexed, index, monkeypatch)


def test_a_page_reads_nothing_from_the_store(services, monkeypatch):
    """Size independence: a page is a walk of one person's list in memory, and its rows are kept
    there too; the store is not asked at all (reading a page's 100 meetings from it took 200 ms at
    100k articles under load, and the person's whole list was filtered and sorted in SPARQL before)."""
    plain, indexed, index = services
    expected = plain.meetings(person="Emil Brandt", limit=2, offset=1)
    everything = plain.meetings(person="Emil Brandt", limit=1000)
    pair = plain.meetings(person="Emil Brandt", with_person="Nadia Korsak")
    assert len(everything) >= 4 and pair

    people = {n: indexed.person_iri(n) for n in ("Emil Brandt", "Nadia Korsak")}
    monkeypatch.setattr(indexed, "person_iri", people.__getitem__)  # names resolved once, before

    def no_store(*args, **kwargs):
        raise AssertionError("a page read the store")
    monkeypatch.setattr(indexed.store, "select", no_store)
    monkeypatch.setattr(indexed.store, "query", no_store)
    assert indexed.meetings(person="Emil Brandt", limit=2, offset=1) == expected == everything[1:3]
    assert indexed.meetings(person="Emil Brandt", with_person="Nadia Korsak") == pair


def test_the_page_rows_follow_a_rewrite_of_the_article(services, nlp):
    """The rows kept in the model are an article's own: rewriting it replaces them."""
    plain, indexed, index = services
    indexed.ingest([("Tobias Fenn met Rita Sallo in Lisbon on 4 August 2024.", {"id": "m9", "published": "2024-08-05"})])
    assert [r["place"] for r in indexed.meetings(person="Tobias Fenn", with_person="Rita Sallo")] == ["Lisbon"]
    indexed.ingest([("Tobias Fenn met Rita Sallo in Porto on 4 August 2024.", {"id": "m9", "published": "2024-08-05"})],
                   replace=True)
    rows = indexed.meetings(person="Tobias Fenn", with_person="Rita Sallo")
    assert [r["place"] for r in rows] == ["Porto"] and rows == plain.meetings(person="Tobias Fenn", with_person="Rita Sallo")
    assert sorted(rows[0]["attendees"]) == rows[0]["attendees"] == ["Rita Sallo", "Tobias Fenn"]
    indexed.remove("m9")
