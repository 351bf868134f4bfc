"""A read model of who met whom: the met-graph kept in memory, following article writes.

"Who met X" is the question the service answers most. From the store it takes a few SPARQL
queries (about 5 ms at 1.2M triples); from this model it is a dictionary lookup. How it stays in
step with the store (a full build at start, then each article's own change) is `read_model.py`;
while it is stale (a write it could not follow, until a rebuild ends) callers fall back to the
store, so answers are never out of date.

The met-graph is built from four streamed queries, each a single pass over the store (people of
the name index; attendees, delegation members and details of meetings, per article graph): an
article's contribution is the same four queries inside its own graph, so following a write costs
that article, and the full build is linear in the store.

It holds meetings of every status (`MetState.every`, for the explorer's "proposed, declined,
hypothetical" networks, which otherwise walk the store person by person) beside the who-met graph
(`MetState.graph`: the meetings that happened or are scheduled). An article's change is added to
and removed from both; other statuses are about an eighth of the meetings in real-shaped stores,
so one build of every status costs little more than the met-only one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

import networkx as nx

from newsgraph.graph.line_memo import LineMemo
from newsgraph.graph.met_pages import Key, MetPage, page_graph
from newsgraph.graph.name_index import IDX, PEOPLE_GRAPH
from newsgraph.graph.queries import ALL_STATUSES, MET_STATUSES, _channel_filter, _status_filter, place_pattern
from newsgraph.graph.read_model import ArticleChange, ReadModel, streamed

__all__ = ["MetIndex", "MetState", "build_met_graph", "only_statuses"]

_DETAILS = ("meeting", "status", "channel", "date", "place", "sentence", "article")


@dataclass
class MetState:
    """The who-met graph (meetings that happened or are scheduled), the graph of meetings of every
    status, and, per article graph, the (person, person, meeting) edges it contributed to them."""

    graph: nx.Graph = field(default_factory=nx.Graph)
    every: nx.Graph = field(default_factory=nx.Graph)
    by_article: dict[str, set[tuple[str, str, str]]] = field(default_factory=dict)
    # (a, b, meeting) already on an edge, per graph: adding a meeting checks this set instead of
    # scanning the pair's list (a pair of hubs has over a thousand meetings)
    held: dict[str, set[tuple[str, str, str]]] = field(default_factory=lambda: {"graph": set(), "every": set()})

    def graphs(self) -> tuple[nx.Graph, nx.Graph]:
        return self.graph, self.every

    def memo(self, G: nx.Graph) -> LineMemo:
        """What answers derive from the lines of `G` (`self.graph` or `self.every`), kept until a
        write changes those lines (`line_memo.py`); made on first use, never saved in a snapshot."""
        memos = self.__dict__.setdefault("_memos", {})
        key = "graph" if G is self.graph else "every"
        if key not in memos:
            memos[key] = LineMemo(G._adj)
        return memos[key]

    def changed(self, key: str, a: str, b: str) -> None:
        """The line a-b of graph `key` ("graph" or "every") changed: its memo forgets it."""
        memo = self.__dict__.get("_memos", {}).get(key)
        if memo is not None:
            memo.changed(a, b)

    def __getstate__(self) -> dict[str, Any]:  # snapshots hold the graphs, not the memos
        state = dict(self.__dict__)
        state.pop("_memos", None)
        return state

    def set_person(self, person: str, name: str, country: str | None) -> None:
        """Add a person to both graphs, or update their name and country."""
        for key, G in (("graph", self.graph), ("every", self.every)):
            if person in G:
                if G.nodes[person].get("name") != name:
                    memo = self.__dict__.get("_memos", {}).get(key)
                    if memo is not None:
                        memo.renamed(person)
                G.nodes[person].update(name=name, country=country)
            else:
                G.add_node(person, name=name, country=country, kind="person")

    def drop_person(self, person: str) -> None:
        for key, G in (("graph", self.graph), ("every", self.every)):
            if person in G:
                for other, edge in G[person].items():  # usually none left: their articles' edges went first
                    a, b = sorted((person, other))
                    self.held[key].difference_update((a, b, m["meeting"]) for m in edge["meetings"])
                    self.changed(key, a, b)
                G.remove_node(person)


def _frozen_copy(G: nx.Graph) -> nx.Graph:
    """A structural copy with its own node attributes and meeting lists (the meeting dicts are never
    changed in place, so they are shared), frozen against changes."""
    H = nx.Graph()
    H.add_nodes_from((n, dict(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((a, b, {"weight": d["weight"], "meetings": list(d["meetings"])}) for a, b, d in G.edges(data=True))
    return nx.freeze(H)


def only_statuses(G: nx.Graph, statuses: tuple[str, ...]) -> nx.Graph:
    """A copy of the graph with only meetings of these statuses (edges left without one are dropped)."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    for a, b, data in G.edges(data=True):
        meetings = [m for m in data["meetings"] if m["status"] in statuses]
        if meetings:
            H.add_edge(a, b, weight=len(meetings), meetings=meetings)
    return H


def _queries(graph: str | None, people: Iterable[str] | None, statuses: Iterable[str], calls: bool) -> dict[str, str]:
    """The SPARQL of the four parts: over every article graph (`graph` None) or inside one."""
    g = f"<{graph}>" if graph else "?g"
    values = "" if people is None else "VALUES ?p { " + " ".join(f"<{p}>" for p in sorted(people)) + " }"
    meeting = f"?m ng:status ?st . {_status_filter(statuses)} {_channel_filter(calls)}"
    return {
        # VALUES inside GRAPH: outside it, Oxigraph evaluated the OPTIONAL for every person first
        "people": f"""SELECT ?p ?name ?cn WHERE {{ GRAPH <{PEOPLE_GRAPH}> {{ {values}
            ?p <{IDX.name}> ?name OPTIONAL {{ ?p <{IDX.countryServed}> ?cn }} }} }}""",
        "attendees": f"""SELECT ?g ?m ?a ?person WHERE {{ GRAPH {g} {{ {meeting} ?m schema:attendee ?a .
            OPTIONAL {{ ?a a schema:Person BIND(?a AS ?person) }} }} }}""",
        "members": f"""SELECT ?d ?p WHERE {{ GRAPH {g} {{ {{ ?p org:memberOf ?d }} UNION {{ ?p org:headOf ?d }} }} }}""",
        "details": f"""SELECT ?m ?status ?channel ?date ?place ?sentence ?article WHERE {{ GRAPH {g} {{ {meeting}
            BIND(STRAFTER(STR(?st), "#") AS ?status)
            OPTIONAL {{ ?m ng:channel ?ch . BIND(STRAFTER(STR(?ch), "#") AS ?channel) }}
            OPTIONAL {{ ?m schema:startDate ?date }}
            {place_pattern('?m')}
            OPTIONAL {{ ?m ng:evidence ?ev . ?ev ng:sentence ?sentence }}
            OPTIONAL {{ ?m prov:wasDerivedFrom ?article }} }} }}""",
    }


def _people(rows: Iterable[dict]) -> dict[str, tuple[str, str | None]]:
    """person -> (name, a country served: the first in order, so every build picks the same one)."""
    out: dict[str, tuple[str, str | None]] = {}
    for r in rows:
        name, country = out.get(r["p"], (str(r["name"]), None))
        if r["cn"] is not None and (country is None or str(r["cn"]) < country):
            country = str(r["cn"])
        out[r["p"]] = (name, country)
    return out


def _meetings(parts: dict[str, Callable[[], Iterator[dict]]]) -> Iterator[tuple[str, str, str, dict, str | None]]:
    """(a, b, meeting, details, article graph) for each pair who met, a < b, not inside one delegation
    of that meeting (a pair who share a delegation elsewhere still met here)."""
    members: dict[str, set[str]] = {}
    for r in parts["members"]():
        members.setdefault(r["d"], set()).add(r["p"])
    direct: dict[str, set[str]] = {}
    groups: dict[str, set[str]] = {}
    graph_of: dict[str, str | None] = {}
    for r in parts["attendees"]():
        (direct if r["person"] else groups).setdefault(r["m"], set()).add(r["a"])
        direct.setdefault(r["m"], set())
        graph_of[r["m"]] = r.get("g")
    details: dict[str, dict] = {}
    for r in parts["details"]():
        details.setdefault(r["m"], {**{k: r.get(k) for k in _DETAILS}, "meeting": r["m"]})
    for m, people in direct.items():
        sides: dict[str, set[str]] = {}  # person -> the delegations of this meeting they belong to
        for g in groups.get(m, ()):
            for p in members.get(g, ()):
                sides.setdefault(p, set()).add(g)
        ordered = sorted(people | set(sides))
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if not sides.get(a, set()) & sides.get(b, set()):
                    yield a, b, m, details[m], graph_of[m]


def _add_to(G: nx.Graph, held: set[tuple[str, str, str]], a: str, b: str, meeting: dict) -> None:
    """Append one meeting to a pair's list in place: O(1), whatever the pair's count. Answers that
    leave the model's lock copy the lists they hand out (`views`, `met_pages`, `MetIndex.snapshot`)."""
    key = (a, b, meeting["meeting"]) if a < b else (b, a, meeting["meeting"])
    if key in held:
        return
    held.add(key)
    edge = G.get_edge_data(a, b)
    if edge is None:
        G.add_edge(a, b, weight=1, meetings=[meeting])
    else:
        edge["meetings"].append(meeting)
        edge["weight"] = len(edge["meetings"])


def _remove_from(G: nx.Graph, held: set[tuple[str, str, str]], a: str, b: str, meeting: str) -> None:
    key = (a, b, meeting) if a < b else (b, a, meeting)
    if key not in held:
        return
    held.discard(key)
    kept = [x for x in G[a][b]["meetings"] if x["meeting"] != meeting]
    if kept:
        G[a][b].update(meetings=kept, weight=len(kept))
    else:
        G.remove_edge(a, b)


def _add(state: MetState, people: dict[str, tuple[str, str | None]], a: str, b: str, meeting: dict, graph: str | None) -> None:
    """One meeting of a pair: in the graph of every status, and in the who-met graph if it happened
    or is scheduled."""
    if a not in people or b not in people:
        return  # someone the index does not name (a graph written by raw SPARQL): as the store query does
    meeting = dict(meeting)  # one dict shared by both graphs; never changed in place
    _add_to(state.every, state.held["every"], a, b, meeting)
    state.changed("every", a, b)
    if meeting["status"] in MET_STATUSES:
        _add_to(state.graph, state.held["graph"], a, b, meeting)
        state.changed("graph", a, b)
    state.by_article.setdefault(graph or meeting.get("article") or "", set()).add((a, b, meeting["meeting"]))


def _start(store, graph: str | None, people: Iterable[str] | None, statuses: Iterable[str], calls: bool):
    """Start the four queries now (one snapshot when the caller holds the write lock)."""
    return {name: streamed(store, sparql) for name, sparql in _queries(graph, people, statuses, calls).items()}


def _assemble(parts) -> MetState:
    state = MetState()
    people = _people(parts["people"]())
    for p, (name, country) in people.items():
        state.set_person(p, name, country)
    for a, b, m, details, graph in _meetings(parts):
        _add(state, people, a, b, details, graph)
    return state


def build_met_graph(store, statuses: Iterable[str] = MET_STATUSES, *, calls: bool = False) -> nx.Graph:
    """People as nodes (name, country), an edge for each pair who met: `weight` is the number of
    meetings, `meetings` the list of them (meeting, status, channel, date, place, sentence, article)."""
    return _assemble(_start(store, None, None, tuple(statuses), calls)).every


class MetIndex(ReadModel[MetState]):
    """Who met whom in memory (no calls): meetings that happened or are scheduled (`graph`), and
    meetings of every status (`every`)."""

    name = "met-index"

    def _start_build(self) -> Callable[[], MetState]:
        parts = _start(self.store, None, None, ALL_STATUSES, False)
        return lambda: _assemble(parts)

    def _change_data(self, change: ArticleChange) -> Any:
        parts = {k: list(v()) for k, v in _start(self.store, change.article, change.people, ALL_STATUSES, False).items()}
        return _people(parts["people"]), list(_meetings({k: (lambda rows=rows: iter(rows)) for k, rows in parts.items()}))

    def _apply(self, state: MetState, change: ArticleChange, data: Any) -> None:
        """Remove what the article contributed to both graphs, then add what it contributes now."""
        people, meetings = data
        for a, b, m in state.by_article.pop(change.article, set()):
            _remove_from(state.every, state.held["every"], a, b, m)
            _remove_from(state.graph, state.held["graph"], a, b, m)
            state.changed("every", a, b)
            state.changed("graph", a, b)
        for p in change.people:
            if p in people:
                state.set_person(p, *people[p])
            else:
                state.drop_person(p)  # no article mentions them any more
        G = state.every
        everyone = {p: (G.nodes[p]["name"], None) for a, b, *_ in meetings for p in (a, b) if p in G}
        for a, b, m, details, _ in meetings:
            _add(state, everyone, a, b, details, change.article)

    # -- answers -------------------------------------------------------------------------------------
    _frozen: tuple[int, nx.Graph] | None = None

    def frozen_graph(self) -> nx.Graph | None:
        """The met-graph as an immutable snapshot of the model's current generation (`nx.freeze`,
        with its own meeting lists), or None when stale. One copy per generation, shared by every
        caller of that generation: readers get a graph no later write changes, without a copy per
        call and without holding the model's lock while they walk it."""
        with self.reading() as state:
            if state is None:
                return None
            frozen = self._frozen
            if frozen is None or frozen[0] != self._generation:
                frozen = self._frozen = (self._generation, _frozen_copy(state.graph))
            return frozen[1]

    def fresh_graph(self) -> nx.Graph | None:
        """The met-graph if it reflects the store as it is now, else None (and a rebuild starts).
        Callers that walk it while writes may land use `reading()` instead."""
        with self.reading() as state:
            return state.graph if state is not None else None

    def every_status_graph(self) -> nx.Graph | None:
        """Meetings of every status (calls left out), if fresh, else None (and a rebuild starts).
        Callers that walk it while writes may land use `reading()` (and `state.every`) instead."""
        with self.reading() as state:
            return state.every if state is not None else None

    def graph(self) -> nx.Graph:
        """The met-graph of the store as it is now, built here if the model is stale."""
        fresh = self.fresh_graph()
        return fresh if fresh is not None else self.build_now().graph

    def who_met(self, person: str) -> list[dict[str, Any]] | None:
        """Rows like `queries.who_met` for meetings that happened or are scheduled, or None when stale."""
        with self.reading() as state:
            if state is None:
                return None
            graph = state.graph
            if person not in graph:
                return []
            rows = [{"other": other, "other_name": graph.nodes[other].get("name"), **meeting}
                    for other in graph[person] for meeting in graph[person][other]["meetings"]]
        return sorted(rows, key=lambda r: (r["other_name"] or "", str(r["date"] or ""), r["meeting"]))

    def met_page(self, person: str, statuses: Iterable[str], *, after: Key | None = None,
                 offset: int = 0, limit: int = 100, only: str | None = None,
                 keep: Callable[[dict[str, Any]], bool] | None = None) -> MetPage | None:
        """One page of the people `person` met (meetings of these statuses, no calls; with `only`,
        that one person; with `keep`, the meetings it keeps), or None when stale: costs sorting the
        person's neighbours and the entries walked to fill the page, not every meeting row."""
        statuses = tuple(statuses)
        with self.reading() as state:
            if state is None:
                return None
            if set(statuses) == set(MET_STATUSES):
                return page_graph(state.graph, person, None, after, offset, limit, only=only, keep=keep,
                                  memo=state.memo(state.graph))
            return page_graph(state.every, person, statuses, after, offset, limit, only=only, keep=keep,
                              memo=state.memo(state.every))
