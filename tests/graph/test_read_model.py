"""The read models follow article writes by the article's own change, not by rebuilding.

Checked: after every write, replace and delete through the service, each model equals a full build
from the store and is fresh at once (who-met reflects a write when the write returns); following
a write asks the store the same questions at two store sizes (no clock); a build reads one
snapshot and the writes that land while it reads are applied after it, once; a write the models
cannot follow (raw SPARQL Update) makes them stale, and stale who-met answers come from the store.
"""
from __future__ import annotations

import threading

import pytest

from newsgraph.extract.facts import Agent, ArticleFacts, ArticleMeta, Evidence, Meeting, MeetingStatus, Person
from newsgraph.graph import queries
from newsgraph.graph.met_index import MetIndex
from newsgraph.graph.people_index import PeopleIndex, build_entries
from newsgraph.graph.read_model import streamed, write_lock
from newsgraph.graph.service import NewsService
from newsgraph.graph.views import met_graph
from tests.graph.test_scale import CountingStore


def _article(n: int, *names: str, meet: bool = True, status: MeetingStatus = MeetingStatus.OCCURRED) -> ArticleFacts:
    """An article mentioning the hub and these people; with `meet`, the hub meets the first of them."""
    persons = {"hub": Person("hub", "Hilde Hollow", gender="female")}
    persons.update({f"k{i}": Person(f"k{i}", name) for i, name in enumerate(names)})
    ev = Evidence("They sat down together.", 0, 23)
    meetings = [Meeting([Agent("person", "hub"), Agent("person", "k0")], status, ev, "sat")] if meet and names else []
    return ArticleFacts(meta=ArticleMeta(id=f"r-{n}", title=f"Report {n}"), text="They sat down together.",
                        persons=persons, meetings=meetings)


def _service(store=None) -> NewsService:
    store = store if store is not None else CountingStore()
    service = NewsService(store, met_index=MetIndex(store), people_index=PeopleIndex(store))
    service.met_index.wait_built()
    service.people_index.wait_built()
    return service


def _graph_view(G) -> tuple:
    nodes = sorted((n, d.get("name"), d.get("country")) for n, d in G.nodes(data=True))
    edges = sorted((min(a, b), max(a, b), tuple(sorted(m["meeting"] for m in d["meetings"])), d["weight"])
                   for a, b, d in G.edges(data=True))
    return nodes, edges


def _assert_like_a_full_build(service: NewsService) -> None:
    assert service.met_index.is_fresh() and service.people_index.is_fresh()
    with service.met_index.reading() as state:
        assert _graph_view(state.graph) == _graph_view(met_graph(service.store))
        assert _graph_view(state.every) == _graph_view(met_graph(service.store, queries.ALL_STATUSES))
    with service.people_index.reading() as entries:
        assert entries == build_entries(service.store)


def test_models_follow_writes_replacements_and_deletes():
    service = _service()
    steps = [
        lambda: service.store_facts(_article(1, "Ivar Kettle", "Nina Pole")),
        lambda: service.store_facts(_article(2, "Nina Pole", "Otto Reed")),
        lambda: service.store_facts(_article(3, "Ivar Kettle", meet=False)),
        lambda: service.store_facts(_article(2, "Pia Stone")),  # replaced: Otto Reed is in no article now
        lambda: service.store_facts(_article(4, "Rune Vale", status=MeetingStatus.SCHEDULED)),
        lambda: service.store_facts(_article(5, "Sam Thorn", status=MeetingStatus.CANCELLED)),
        lambda: service.remove("r-1"),
        lambda: service.store_facts(_article(1, "Ivar Kettle")),  # back again
        lambda: service.remove("r-4"),
    ]
    for step in steps:
        step()
        _assert_like_a_full_build(service)
    assert [r["name"] for r in service.find_people("reed")] == []
    assert [(r["name"], r["articles"]) for r in service.find_people("hollow")] == [("Hilde Hollow", 4)]


def test_who_met_reflects_a_write_when_the_write_returns():
    service = _service()
    service.store_facts(_article(1, "Ivar Kettle"))
    hub = service.person_iri("Hilde Hollow")
    assert {r["other_name"] for r in service.met_index.who_met(hub)} == {"Ivar Kettle"}
    service.store_facts(_article(2, "Nina Pole"))
    rows = service.met_index.who_met(hub)  # no wait: the write applied its change before returning
    assert rows is not None and {r["other_name"] for r in rows} == {"Ivar Kettle", "Nina Pole"}
    assert sorted(r["meeting"] for r in rows) == sorted(r["meeting"] for r in queries.who_met(service.store, hub))
    service.remove("r-1")
    assert {r["other_name"] for r in service.met_index.who_met(hub)} == {"Nina Pole"}
    assert [r["name"] for r in service.find_people("kettle")] == []


def _follow_cost(size: int) -> tuple[int, int]:
    store = CountingStore()
    service = _service(store)
    for n in range(size):
        service.store_facts(_article(n, f"Per Number{n}", f"Quin Number{n}"))
    service.store_facts(_article(10_000, "Ivar Kettle", "Nina Pole"))  # the article replaced below
    base_store = CountingStore()  # the same write without read models: what the write itself asks
    base = NewsService(base_store)
    for n in range(size):
        base.store_facts(_article(n, f"Per Number{n}", f"Quin Number{n}"))
    base.store_facts(_article(10_000, "Ivar Kettle", "Nina Pole"))
    store.reset(), base_store.reset()
    service.store_facts(_article(10_000, "Ivar Kettle", "Otto Reed"))
    base.store_facts(_article(10_000, "Ivar Kettle", "Otto Reed"))
    assert service.met_index.is_fresh()
    return store.queries - base_store.queries, store.rows - base_store.rows


def test_following_a_write_costs_the_article_not_the_store():
    assert _follow_cost(6) == _follow_cost(30)


def test_a_build_reads_one_snapshot_and_applies_the_writes_that_land_meanwhile():
    store = CountingStore()
    service = NewsService(store, met_index=MetIndex(store), people_index=PeopleIndex(store))
    service.store_facts(_article(1, "Ivar Kettle"))
    hub_rows = streamed(store, "SELECT ?m WHERE { ?m a ng:Meeting }")  # started before the write below
    service.store_facts(_article(2, "Nina Pole"))
    assert len(list(hub_rows())) == 1  # a started query reads the store as it was when it started

    for n, model in ((3, service.met_index), (4, service.people_index)):
        def start_then_write(start=model._start_build, n=n):
            read = start()

            def read_after_a_write():  # the build's queries have started; a write lands before they are read
                service.store_facts(_article(n, "Otto Reed"))
                return read()
            return read_after_a_write
        model._start_build = start_then_write
    service.met_index.wait_built()
    service.people_index.wait_built()
    _assert_like_a_full_build(service)
    assert [(r["name"], r["articles"]) for r in service.find_people("hollow")] == [("Hilde Hollow", 4)]


def test_a_write_the_models_cannot_follow_makes_them_stale_until_rebuilt():
    service = _service()
    service.store_facts(_article(1, "Ivar Kettle"))
    hub = service.person_iri("Hilde Hollow")
    service.store.update("DELETE WHERE { GRAPH ?g { ?m <https://schema.org/attendee> ?a } }")  # raw SPARQL Update
    assert not service.met_index.is_fresh()
    assert service.met_index.who_met(hub) is None  # stale: no answer from the model (a rebuild starts)
    assert service.who_met("Hilde Hollow") == []  # the service asks the store meanwhile
    assert service.met_index.wait_fresh(timeout=60)
    assert service.met_index.who_met(hub) == []


def test_walks_of_the_met_graph_and_writes_do_not_interleave():
    """Readers walking the graph while writes land see whole writes, and a reader that finds the
    store one write ahead of the model waits for that write's change: no full build is started."""
    service = _service()
    for n in range(5):
        service.store_facts(_article(n, f"Ivar Kettle{n}"))
    errors: list[BaseException] = []
    builds: list[str] = []
    for model in (service.met_index, service.people_index):
        model.refresh_in_background = lambda model=model: builds.append(model.name)

    def write():
        try:
            for n in range(5, 25):
                service.store_facts(_article(n, f"Nina Pole{n}"))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    writer = threading.Thread(target=write)
    writer.start()
    while writer.is_alive():
        centre, G = service.network("Hilde Hollow", depth=2)
        assert G.number_of_nodes() >= 6
        assert [r["name"] for r in service.find_people("hollow")] == ["Hilde Hollow"]
    writer.join(timeout=60)
    assert not errors and builds == []
    _assert_like_a_full_build(service)


@pytest.mark.parametrize("model", [MetIndex, PeopleIndex])
def test_one_lock_order(model):
    """Writers hold the store's write lock, then the model's; a reader holding the model's lock
    never waits for the store's (a write waiting for a reader is fine, the reverse would deadlock)."""
    service = _service()
    index = service.met_index if model is MetIndex else service.people_index
    with index.reading(stale_ok=True):
        acquired = write_lock(service.store).acquire(timeout=5)  # nothing in reading holds it
        assert acquired
        write_lock(service.store).release()


def test_a_shared_delegation_elsewhere_does_not_hide_a_meeting():
    """Two people in one delegation in one article, on opposite sides in another: they met there
    (the store's who-met, the full build and the followed model agree)."""
    from newsgraph.extract.facts import Delegation
    service = _service()
    ev = Evidence("They sat down together.", 0, 23)

    def article(n: int, together: bool) -> ArticleFacts:
        persons = {k: Person(k, name) for k, name in (("a", "Ada Brook"), ("b", "Ben Cliff"), ("c", "Cai Dune"))}
        if together:  # a and b in one delegation meeting c
            delegations = {"d1": Delegation("d1", "Norway", head="a", members={"b"})}
            attendees = [Agent("delegation", "d1"), Agent("person", "c")]
        else:  # a and b on opposite sides
            delegations = {}
            attendees = [Agent("person", "a"), Agent("person", "b")]
        return ArticleFacts(meta=ArticleMeta(id=f"d-{n}", title=f"Talks {n}"), text="They sat down together.",
                            persons=persons, delegations=delegations,
                            meetings=[Meeting(attendees, MeetingStatus.OCCURRED, ev, "sat")])

    service.store_facts(article(1, together=True))
    service.store_facts(article(2, together=False))
    ada = service.person_iri("Ada Brook")
    model = {(r["other_name"], r["meeting"].rsplit("/", 1)[-1]) for r in service.met_index.who_met(ada)}
    store = {(r["other_name"], r["meeting"].rsplit("/", 1)[-1]) for r in queries.who_met(service.store, ada)}
    assert model == store == {("Cai Dune", "d-1-1"), ("Ben Cliff", "d-2-1")}
    _assert_like_a_full_build(service)
