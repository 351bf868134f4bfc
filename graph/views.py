"""networkx views of the store: who met whom, the typed graph, and the offices graph.

Plain functions over a store, like networkx's own: each returns a fresh graph that the usual
networkx algorithms (centrality, communities, paths) take as it is.
"""
from __future__ import annotations

import heapq
from itertools import repeat
from operator import itemgetter
from typing import Callable, Iterable

import networkx as nx

from newsgraph.graph.line_memo import LineMemo, counts
from newsgraph.graph.paths import shortest_paths
from newsgraph.graph.queries import MET_STATUSES, EntityNotFound, who_met
from newsgraph.graph.store import OxigraphStore

__all__ = ["met_graph", "typed_graph", "offices_graph", "connection_paths", "neighbourhood", "queried_met_graph",
           "MAX_EDGES"]

#: Lines a person's network keeps by default, in Python and over HTTP alike: 300 people around a
#: hub of a real-shaped store share ten thousand lines, more than a drawing or a reader can use.
MAX_EDGES = 1000


def met_graph(store: OxigraphStore, statuses: Iterable[str] = MET_STATUSES) -> nx.Graph:
    """People as nodes (name, country), an edge for each pair who met: `weight` is the number of
    meetings, `meetings` the list of them (meeting, status, channel, date, place, sentence, article).
    Built the way the who-met read model builds it (`met_index`), in one pass over the store."""
    from newsgraph.graph.met_index import build_met_graph
    return build_met_graph(store, statuses)


_KINDS = {
    "https://schema.org/Person": "person",
    "https://w3id.org/newsgraph/ontology#Country": "country",
    "http://www.w3.org/ns/org#Organization": "organization",
    "https://schema.org/Organization": "organization",
    "https://w3id.org/newsgraph/ontology#Meeting": "meeting",
    "https://w3id.org/newsgraph/ontology#Call": "call",
    "https://w3id.org/newsgraph/ontology#Statement": "statement",
    "https://w3id.org/newsgraph/ontology#Delegation": "delegation",
    "http://www.w3.org/ns/org#Post": "post",
    "https://schema.org/Place": "place",
    "https://schema.org/NewsArticle": "article",
}
_EDGES = ("schema:attendee", "ng:speaker", "org:holds", "ng:heldFormerly", "org:postIn", "org:headOf",
          "org:memberOf", "ng:represents", "schema:location", "prov:wasDerivedFrom", "org:subOrganizationOf",
          "ng:country")


def typed_graph(store: OxigraphStore, *, include_articles: bool = False) -> nx.MultiDiGraph:
    """Every entity (people, organisations, countries, meetings, statements, delegations, posts,
    places) as a node with `kind` and `label`; every relation between them as an edge with `predicate`."""
    G = nx.MultiDiGraph()
    rows = store.select("""SELECT ?s ?type (SAMPLE(?l) AS ?label) WHERE { ?s a ?type .
        OPTIONAL { { ?s schema:name ?l } UNION { ?s ng:title ?l } UNION { ?s schema:text ?l } UNION { ?s ng:trigger ?l } }
        } GROUP BY ?s ?type""")
    priority = list(_KINDS.values())
    for row in rows:
        kind = _KINDS.get(row["type"])
        if kind is None or (kind == "article" and not include_articles):
            continue
        current = G.nodes[row["s"]].get("kind") if row["s"] in G else None
        if current is None or priority.index(kind) < priority.index(current):
            G.add_node(row["s"], kind=kind, label=row["label"] or row["s"].rsplit("/", 1)[-1])
    values = " ".join(_EDGES)
    for row in store.select(f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} ?s ?p ?o }}"):
        if row["s"] in G and row["o"] in G:
            G.add_edge(row["s"], row["o"], key=row["p"], predicate=row["p"].rsplit("#", 1)[-1].rsplit("/", 1)[-1])
    return G


def offices_graph(store: OxigraphStore) -> nx.DiGraph:
    """People -> the organisation or country of each office they hold (`title`, `former` on the edge)."""
    G = nx.DiGraph()
    rows = store.select("""SELECT DISTINCT ?p ?pn ?title ?o ?on ?former WHERE {
        { ?p org:holds ?post BIND(false AS ?former) } UNION { ?p ng:heldFormerly ?post BIND(true AS ?former) }
        ?p schema:name ?pn . ?post ng:title ?title .
        OPTIONAL { ?post org:postIn ?o . OPTIONAL { ?o skos:prefLabel ?pl } ?o schema:name ?n BIND(COALESCE(?pl, ?n) AS ?on) } }""")
    for row in rows:
        G.add_node(row["p"], kind="person", label=row["pn"])
        target = row["o"] or f"post:{row['title']}"
        G.add_node(target, kind="organization" if row["o"] else "post", label=row["on"] or row["title"])
        G.add_edge(row["p"], target, title=row["title"], former=bool(row["former"]))
    return G


def connection_paths(G: nx.Graph, source: str, target: str, max_hops: int = 4, limit: int = 10, *,
                     memo: LineMemo | None = None, evidence: int | None = None) -> tuple[list[list[dict]], bool]:
    """How two people are connected through meetings, shortest first: (paths, complete). Each path
    is a list of hops (from, to, `meetings` with their evidence, `meetings_total`); at most
    `evidence` meetings per hop (None: all; a hub's line holds thousands), in the line's own order.
    `complete` is false when the search stopped at its work budget (`paths.BUDGET`) before finding
    `limit` paths or trying every length up to `max_hops`. The search reads the lines near the two
    people only (`paths.shortest_paths`); `memo` (the read model's `LineMemo` of G) orders lines.

    Raises
    ------
    EntityNotFound
        When either person is not in the graph.
    """
    for node in (source, target):
        if node not in G:
            raise EntityNotFound(f"no person {node} in the meetings graph")
    adj, nodes = G._adj, G._node
    found = shortest_paths(adj, source, target, max_hops=max_hops, limit=limit,
                           ranked=memo.heaviest_first if memo is not None else None)

    def hop(a: str, b: str) -> dict:
        meetings = adj[a][b]["meetings"]
        return {"from": a, "from_name": nodes[a].get("name"), "to": b, "to_name": nodes[b].get("name"),
                "meetings": list(meetings if evidence is None else meetings[:evidence]),
                "meetings_total": len(meetings)}
    return [[hop(a, b) for a, b in zip(path, path[1:])] for path in found.paths], found.complete


def neighbourhood(G: nx.Graph, node: str, depth: int = 1, *, keep: Callable[[dict], bool] | None = None,
                  max_nodes: int | None = None, max_edges: int | None = None, memo: LineMemo | None = None,
                  meetings: bool = True) -> nx.Graph:
    """The people within `depth` meetings of a person, with the edges between them, in a met-graph
    as `met_graph` builds it (each edge with its `weight` and `meetings`).

    `keep` selects meetings (a date range, say): an edge with no kept meeting is not followed and
    is left out, its `weight` counts the kept ones. `max_nodes` stops the walk on a big hub, closest
    and most-met people first (ties by IRI); the result's `truncated` graph attribute says whether
    it stopped. `max_edges` keeps at most that many edges (never fewer than one per person): the
    edge through which each person was reached (the heaviest; ties by the IRI of its nearer end),
    then the heaviest others, ties by IRI; the graph's `edges_total` attribute counts them all (300
    people around a hub of a real-shaped store share ten thousand edges).
    Edges carry `weight` and `meetings` (a list of the answer's own); with `meetings=False` they
    carry their meetings' counts instead, `statuses` and `channels` (`line_memo.counts`).

    `memo` is the read model's `LineMemo` of `G` (unused with `keep`): the walk then reads each
    frontier person's lines heaviest first and stops once `max_nodes` people are found, instead of
    reading every line of the frontier, and counts come from it. The answer is the same.

    Raises
    ------
    EntityNotFound
        When the person is not in the graph.
    """
    if node not in G:
        raise EntityNotFound(f"no person {node} in the meetings graph")
    # networkx's own dict of dicts, as its algorithms read it: the public views wrap every lookup
    # (a hub has thousands of neighbours, and the walk at depth 2 reads about a hundred thousand)
    adj = G._adj
    if keep is not None:
        memo = None  # the memo's weights and counts are of whole lines
    filtered: dict[tuple[str, str], dict] = {}

    def kept(u: str, v: str, data: dict) -> dict:
        """The line as `keep` leaves it: {"weight", "meetings"} of the kept meetings."""
        pair = (u, v) if u < v else (v, u)
        if pair not in filtered:  # each pair filtered once, though met while walking and again below
            chosen = [m for m in data.get("meetings", ()) if keep(m)]
            filtered[pair] = {"weight": len(chosen), "meetings": chosen}
        return filtered[pair]

    seen, frontier, truncated = {node: 0}, [node], False
    reached_by: dict[str, str] = {}  # each person's heaviest edge from the level before
    for level in range(1, depth + 1):
        if max_nodes is not None and len(seen) >= max_nodes:  # full already (a hub's first ring)
            truncated = truncated or any(v not in seen for u in frontier for v in adj[u])
            break
        room = None if max_nodes is None else max_nodes - len(seen)
        # heaviest first pays when the frontier's lines are many more than the people who fit
        if memo is not None and room is not None and sum(len(adj[u]) for u in frontier) > 4 * room:
            found = _reached_heaviest_first(memo, frontier, seen, reached_by, room)
        else:
            found = _reached(adj, frontier, seen, reached_by, None if keep is None else kept)
        ranked = sorted(found)  # ties by IRI (C-level sorts: thousands of candidates around a hub)
        ranked.sort(key=found.__getitem__, reverse=True)  # most meetings first; stable, ties stay in IRI order
        if room is not None and len(ranked) > room:
            ranked, truncated = ranked[:room], True
        seen.update(dict.fromkeys(ranked, level))
        frontier = ranked
    H = nx.Graph(truncated=truncated)
    nodes = G._node
    H.add_nodes_from((v, {**nodes[v], "hops": hops}) for v, hops in seen.items())
    edges = _lines_among(adj, seen.keys(), None if keep is None else kept)
    H.graph["edges_total"] = len(edges)
    if max_edges is not None and len(edges) > max_edges:
        edges = _heaviest(edges, {(v, u) if v < u else (u, v) for v, u in reached_by.items() if v in seen}, max_edges)
    lines = H._adj  # filled directly, as add_edges_from would (its checks cost more than the walk here)
    for u, v, _, data in edges:
        listed = data.get("meetings", [])
        line: dict = {"weight": len(listed)}
        if meetings:  # the read model's own list is appended in place by writes: the answer keeps a copy
            line["meetings"] = list(listed) if keep is None else listed
        else:
            line["statuses"], line["channels"] = memo.counts(u, v, listed) if memo is not None else counts(listed)
        lines[u][v] = lines[v][u] = line
    return H


def _reached(adj: dict, frontier: list[str], seen: dict[str, int], reached_by: dict[str, str],
             kept: Callable[[str, str, dict], dict] | None) -> dict[str, int]:
    """The people one step beyond `frontier` not yet seen, each with the most meetings (kept ones
    with `kept`) of a line reaching them; `reached_by` records that line's other end (ties: the
    first by IRI, as `_reached_heaviest_first` finds it)."""
    found: dict[str, int] = {}
    get = found.get
    for u in frontier:
        # the hot loop of a depth-2 walk (tens of thousands of lines): the edge's own weight, no call
        for v, data in adj[u].items():
            if v not in seen:
                n = data["weight"] if kept is None else kept(u, v, data)["weight"]
                best = get(v, 0)
                if n > best or (n == best and n and u < reached_by[v]):
                    found[v] = n
                    reached_by[v] = u
    return found


def _reached_heaviest_first(memo: LineMemo, frontier: list[str], seen: dict[str, int], reached_by: dict[str, str],
                            room: int) -> dict[str, int]:
    """What `_reached` finds, read from the frontier's lines heaviest first (`LineMemo`), merged:
    each person's first line is their heaviest (ties by the nearer end's IRI), and the reading
    stops after `room` + 1 people (one more than fit says the walk is cut): the first `room` are
    those `_reached` would keep, and the rest of the frontier's lines are never read."""
    found: dict[str, int] = {}
    for weight, v, u in heapq.merge(*map(memo.heaviest_first, frontier)):
        if v in seen or v in found:
            continue
        found[v] = -weight
        reached_by[v] = u
        if len(found) > room:
            break
    return found


def _lines_among(adj: dict, people: Iterable[str],
                 kept: Callable[[str, str, dict], dict] | None) -> list[tuple[str, str, int, dict]]:
    """Every line between two of `people` as (u, v, weight, line data), u < v, in order of (u, v).

    Each person in IRI order takes their lines to the people after them (`keys() & rest`, C-level,
    over the smaller side: a hub has thousands of lines), so each line is met once; the line data
    are fetched with one `itemgetter` call per person. At depth 2 there are about 9,000 such lines
    among 300 people, read per answer."""
    edges: list[tuple[str, str, int, dict]] = []
    rest = set(people)
    weight = itemgetter("weight")
    for u in sorted(rest):
        rest.discard(u)
        around = adj[u]
        others = sorted(around.keys() & rest)
        if not others:
            continue
        if kept is None:
            data = itemgetter(*others)(around) if len(others) > 1 else (around[others[0]],)
        else:
            data = [kept(u, v, around[v]) for v in others]
        edges += zip(repeat(u), others, map(weight, data), data)
    if kept is not None:  # lines left with no kept meeting are no lines
        edges = [e for e in edges if e[2]]
    return edges


def _heaviest(edges: list[tuple[str, str, int, dict]], tree: set[tuple[str, str]],
              max_edges: int) -> list[tuple[str, str, int, dict]]:
    """The edges of `tree` (how each person was reached), then the heaviest others up to
    `max_edges`, ties by IRI: `edges` come in (u, v) order, and the sort by weight is stable, so
    the same people give the same lines whatever order the graph was built in."""
    by_pair = dict(zip(zip(map(itemgetter(0), edges), map(itemgetter(1), edges)), edges))  # C-level
    first = [by_pair[pair] for pair in sorted(tree) if pair in by_pair]
    room = max_edges - len(first)
    if room <= 0:
        return first
    ordered = sorted(edges, key=itemgetter(2), reverse=True)  # C-level and stable (reverse keeps ties in order)
    chosen = []
    for e in ordered:
        if (e[0], e[1]) not in tree:
            chosen.append(e)
            if len(chosen) == room:
                break
    return first + chosen


def queried_met_graph(store: OxigraphStore, node: str, depth: int, statuses: Iterable[str],
                      max_nodes: int | None = None, *, calls: bool = False) -> nx.Graph:
    """The met-graph around one person for any statuses, walked with `who_met` queries (the in-memory
    read model holds only meetings in person that happened or are scheduled); phone and video calls
    too with `calls`."""
    statuses = tuple(statuses)
    G = nx.Graph()
    frontier, seen = [node], {node}
    for _ in range(depth):
        following = []
        for u in frontier:
            for row in who_met(store, u, statuses, calls=calls):
                v = row["other"]
                if not G.has_edge(u, v):
                    G.add_edge(u, v, meetings=[])
                meetings = G[u][v]["meetings"]
                if not any(m["meeting"] == row["meeting"] for m in meetings):
                    meetings.append({k: row.get(k) for k in ("meeting", "status", "channel", "date", "place", "sentence",
                                                                "article")})
                if v not in seen:
                    seen.add(v)
                    following.append(v)
            if max_nodes is not None and len(seen) >= max_nodes:
                break
        frontier = following
    G.add_node(node)
    for row in _people_rows(store, list(G.nodes)):
        G.nodes[row["p"]].update(name=row["name"], country=row["country"], kind="person")
    for u, v, d in G.edges(data=True):
        d["weight"] = len(d["meetings"])
    return G


def _people_rows(store: OxigraphStore, people: list[str]) -> list[dict]:
    rows = []
    for start in range(0, len(people), 500):
        values = " ".join(f"<{p}>" for p in people[start:start + 500])
        rows += store.select(f"""SELECT ?p (SAMPLE(?n) AS ?name) (SAMPLE(?cn) AS ?country) WHERE {{ VALUES ?p {{ {values} }}
            ?p schema:name ?n . OPTIONAL {{ ?p ng:country ?c . OPTIONAL {{ ?c skos:prefLabel ?pl }} ?c schema:name ?cname
              BIND(COALESCE(?pl, ?cname) AS ?cn) }} }} GROUP BY ?p""")
    return rows
