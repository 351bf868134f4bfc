"""The read model's line memo (`graph/line_memo.py`): a network walked with it (heaviest first,
stopping at the people cap; counts kept between answers) is the same answer as one walked without
it, on any graph and after any write; and the memo is never saved in a snapshot."""
from __future__ import annotations

import json
import pickle
import random

import networkx as nx
import pytest

from newsgraph.api.http.network_body import network_body
from newsgraph.extract.facts import Agent, ArticleFacts, ArticleMeta, Evidence, Meeting, MeetingStatus, Person
from newsgraph.graph import views
from newsgraph.graph.line_memo import LineMemo, counts
from newsgraph.graph.queries import EntityNotFound
from tests.graph.test_read_model import _article, _service

STATUSES = ("Occurred", "Scheduled", "Proposed")


def _random_graph(seed: int, people: int = 120, lines: int = 900) -> nx.Graph:
    """Weights from a small range, so that the walk and the line cap meet many ties."""
    rng = random.Random(seed)
    G = nx.Graph()
    names = [f"https://example.org/p/{rng.randrange(10 ** 6):06d}-{i}" for i in range(people)]
    for n in names:
        G.add_node(n, name=n[-6:], country=rng.choice(["Norland", "Sudria", None]))
    hub = names[0]
    for i in range(lines):
        a = hub if i % 5 == 0 else rng.choice(names)
        b = rng.choice(names)
        if a == b or G.has_edge(a, b):
            continue
        meetings = [{"meeting": f"m{i}-{k}", "status": rng.choice(STATUSES), "channel": rng.choice([None, "Phone"]),
                     "date": None, "place": None, "sentence": None, "article": None} for k in range(rng.randint(1, 3))]
        G.add_edge(a, b, weight=len(meetings), meetings=meetings)
    return G


def _answer(H: nx.Graph) -> tuple:
    return (sorted(H.nodes(data="hops")),
            sorted((min(a, b), max(a, b), d["weight"]) for a, b, d in H.edges(data=True)),
            H.graph["truncated"], H.graph["edges_total"])


@pytest.mark.parametrize("seed", range(6))
def test_a_walk_with_the_memo_is_the_walk_without_it(seed):
    G = _random_graph(seed)
    memo = LineMemo(G._adj)
    for person in list(G)[:12]:
        for depth in (1, 2, 3):
            for max_nodes in (5, 20, 60, None):
                for max_edges in (10, 80, None):
                    kwargs = dict(max_nodes=max_nodes, max_edges=max_edges)
                    plain = views.neighbourhood(G, person, depth, **kwargs)
                    memoised = views.neighbourhood(G, person, depth, memo=memo, meetings=False, **kwargs)
                    assert _answer(memoised) == _answer(plain), (person, depth, max_nodes, max_edges)
                    assert json.loads(network_body(person, depth, memoised)) == json.loads(network_body(person, depth, plain))


def test_counts_are_of_the_lines_list_now():
    """Counted once, then handed out until the line's list grows or is replaced."""
    memo = LineMemo({})
    meetings = [{"status": "Occurred", "channel": None}]
    first = memo.counts("a", "b", meetings)
    assert first == ({"Occurred": 1}, {"InPerson": 1}) and memo.counts("b", "a", meetings) is first
    meetings.append({"status": "Proposed", "channel": "Phone"})  # appended in place, as the model does
    assert memo.counts("a", "b", meetings) == ({"Occurred": 1, "Proposed": 1}, {"InPerson": 1, "Phone": 1})
    replaced = [{"status": "Proposed", "channel": "Phone"}, {"status": "Proposed", "channel": None}]
    assert memo.counts("a", "b", replaced) == counts(replaced) == ({"Proposed": 2}, {"Phone": 1, "InPerson": 1})
    assert first == ({"Occurred": 1}, {"InPerson": 1})  # an answer holding the old counts keeps them


def _table(n: int, *names: str) -> ArticleFacts:
    """The hub and these people all at one table: new lines between them, heavier lines to the hub."""
    persons = {"hub": Person("hub", "Hilde Hollow")}
    persons.update({f"k{i}": Person(f"k{i}", name) for i, name in enumerate(names)})
    ev = Evidence("They all sat down at one table.", 0, 31)
    meeting = Meeting([Agent("person", k) for k in persons], MeetingStatus.OCCURRED, ev, "sat")
    return ArticleFacts(meta=ArticleMeta(id=f"t-{n}", title=f"Table {n}"), text=ev.text, persons=persons, meetings=[meeting])


def _three_people_met(n: int) -> ArticleFacts:
    return _table(n, "Ivar Kettle", f"Gus Marsh{n}")


def test_answers_from_the_memo_follow_writes_and_removals():
    service = _service()
    # the hub's lines outnumber what fits in a walk cut at two people: it is read heaviest first
    steps = [
        lambda: service.store_facts(_table(0, *(f"Lea Stroud{i}" for i in range(8)))),
        lambda: service.store_facts(_article(1, "Ivar Kettle", "Nina Pole")),
        lambda: service.store_facts(_article(2, "Nina Pole", "Otto Reed")),
        lambda: service.store_facts(_three_people_met(1)),
        lambda: service.store_facts(_three_people_met(2)),
        lambda: service.store_facts(_article(3, "Ivar Kettle", status=MeetingStatus.PROPOSED)),
        lambda: service.remove("t-1"),
        lambda: service.store_facts(_article(2, "Pia Stone")),  # replaced: Otto Reed met nobody now
        lambda: service.remove("r-1"),
        lambda: service.store_facts(_table(0, "Lea Stroud3", "Ivar Kettle")),  # replaced: seven lines fewer
    ]
    for step in steps:
        step()
        for person in ("Hilde Hollow", "Ivar Kettle"):
            for statuses in (("Occurred", "Scheduled"), STATUSES + ("Declined", "Hypothetical", "Cancelled")):
                for max_nodes in (2, None):
                    try:
                        centre, answered = service.network(person, depth=2, statuses=statuses, max_nodes=max_nodes,
                                                           meetings=False)
                    except EntityNotFound:  # not written yet
                        continue
                    with service.met_index.reading() as state:  # the same walk without the memo
                        G = state.graph if len(statuses) == 2 else state.every
                        plain = views.neighbourhood(G, centre, 2, max_nodes=max_nodes, max_edges=views.MAX_EDGES)
                    assert _answer(answered) == _answer(plain)
                    assert json.loads(network_body(centre, 2, answered)) == json.loads(network_body(centre, 2, plain))
    _, G = service.network("Hilde Hollow", depth=1, meetings=False)
    (line,) = [d for a, b, d in G.edges(data=True) if {G.nodes[a]["name"], G.nodes[b]["name"]} == {"Hilde Hollow", "Ivar Kettle"}]
    assert line["statuses"] == {"Occurred": 2} and line["weight"] == 2  # t-2 and t-0 are left, t-1 and r-1 went


def test_the_memo_is_not_saved_with_the_model():
    service = _service()
    service.store_facts(_three_people_met(1))
    service.network("Hilde Hollow", depth=2, meetings=False)
    with service.met_index.reading() as state:
        assert state.__dict__.get("_memos")  # filled by the answer
        copy = pickle.loads(pickle.dumps(state, protocol=5))
    assert "_memos" not in copy.__dict__ and copy.graph.number_of_edges() == 3
