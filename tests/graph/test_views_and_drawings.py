"""networkx views and pictures, on sentences the team wrote."""
import networkx as nx
import pytest

from newsgraph.graph import NewsGraph
from newsgraph.graph.queries import EntityNotFound

TEXTS = [
    ("Chancellor Olaf Scholz met Prime Minister Rishi Sunak in London on Tuesday. "
     "“We agreed on a lot,” Scholz said.", {"id": "a", "published": "2024-03-08"}),
    ("Prime Minister Rishi Sunak met President Emmanuel Macron in Paris on Friday. "
     "Later that day Sunak met Macron again at a dinner in Paris.", {"id": "b", "published": "2024-03-09"}),
    ("President Emmanuel Macron rejected an invitation to meet Senator Paul Grant.", {"id": "c", "published": "2024-03-10"}),
]


@pytest.fixture(scope="module")
def kg(nlp):
    graph = NewsGraph.memory()
    graph._nlp = nlp
    summary = graph.ingest(*TEXTS)
    assert summary.articles == 3 and not summary.errors
    return graph


def test_met_graph_nodes_edges_weights(kg):
    G = kg.met_graph()
    names = {d["name"]: n for n, d in G.nodes(data=True)}
    sunak, macron, scholz, grant = (names[x] for x in ("Rishi Sunak", "Emmanuel Macron", "Olaf Scholz", "Paul Grant"))
    assert G.has_edge(sunak, scholz) and G[sunak][scholz]["weight"] == 1
    assert G[sunak][macron]["weight"] == 2  # two meetings in article b
    assert all(m["sentence"] for m in G[sunak][macron]["meetings"])
    assert not G.has_edge(macron, grant)  # declined: not a meeting
    assert not G.has_edge(scholz, macron)


def test_declined_edges_on_request(kg):
    G = kg.met_graph(statuses=["Declined"])
    assert G.number_of_edges() == 1


def test_shortest_path_with_evidence(kg):
    hops = kg.shortest_path("Scholz", "Macron")
    assert [(h["from_name"], h["to_name"]) for h in hops] == [("Olaf Scholz", "Rishi Sunak"), ("Rishi Sunak", "Emmanuel Macron")]
    assert hops[0]["meetings"][0]["place"] == "London"


def test_centrality_is_plain_networkx(kg):
    centrality = nx.degree_centrality(kg.met_graph())
    top = max(centrality, key=centrality.get)
    assert top.endswith("/rishi-sunak")


def test_typed_graph(kg):
    T = kg.typed_graph()
    kinds = {d["kind"] for _, d in T.nodes(data=True)}
    assert {"person", "meeting", "statement", "post"} <= kinds
    meeting = next(n for n, d in T.nodes(data=True) if d["kind"] == "meeting")
    assert {d["predicate"] for _, _, d in T.out_edges(meeting, data=True)} >= {"attendee"}


def test_offices_graph(kg):
    O = kg.offices_graph()
    titles = {d["title"] for _, _, d in O.edges(data=True)}
    assert {"Chancellor", "Prime Minister", "President", "Senator"} <= titles


def test_tables(kg):
    who = kg.who_met("Sunak")
    assert set(who["with"]) == {"Olaf Scholz", "Emmanuel Macron"}
    assert set(kg.people()["name"]) == {"Olaf Scholz", "Rishi Sunak", "Emmanuel Macron", "Paul Grant"}
    assert list(kg.statements(speaker="Scholz")["text"]) == ["We agreed on a lot"]
    assert len(kg.sparql("SELECT ?m WHERE { ?m a ng:Meeting }")) == 4
    with pytest.raises(EntityNotFound):
        kg.who_met("Nobody Here")


def test_bad_pairs_are_reported_not_raised(kg):
    summary = kg.ingest(("", {"id": "empty"}))
    assert summary.articles == 0 and "empty text" in summary.errors[0]


def test_drawings_are_written(kg, tmp_path):
    import matplotlib
    matplotlib.use("Agg")
    kg.draw_network("Sunak", path=tmp_path / "sunak.png")
    kg.draw_network(path=tmp_path / "all.png")
    kg.draw_timeline(path=tmp_path / "timeline.png")
    for name in ("sunak.png", "all.png", "timeline.png"):
        data = (tmp_path / name).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000


def test_interactive_html_is_self_contained(kg, tmp_path):
    widget = kg.interactive(path=tmp_path / "net.html")
    text = (tmp_path / "net.html").read_text(encoding="utf-8")
    assert "<svg" in text and "<script>" in text
    assert "src=" not in text and "http://" not in text.replace("http://www.w3.org/2000/svg", "")
    assert "Rishi Sunak" in text and "Paris" in text
    assert "<svg" in widget._repr_html_()


def _readability(ax):
    """(overlapping label pairs, nodes under the legend, labels over a node's disc) of a drawn met-graph."""
    import math
    renderer = ax.figure.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts]
    overlaps = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1]
    legend = ax.get_legend().get_window_extent(renderer)
    points = ax.transData.transform(ax.collections[-1].get_offsets())
    covered = [p for p in points if legend.x0 <= p[0] <= legend.x1 and legend.y0 <= p[1] <= legend.y1]
    radii = [math.sqrt(size) / 2 * ax.figure.dpi / 72 for size in ax.collections[-1].get_sizes()]

    def over(box, p, r):
        x, y = min(max(p[0], box.x0), box.x1), min(max(p[1], box.y0), box.y1)
        return (x - p[0]) ** 2 + (y - p[1]) ** 2 < (0.9 * r) ** 2
    on_nodes = [(b, p) for b in boxes for p, r in zip(points, radii) if over(b, p, r)]
    return overlaps, covered, on_nodes


def test_network_drawing_labels_do_not_overlap_and_legend_covers_no_node():
    """A dense group (everyone met everyone, long names) stays readable."""
    import matplotlib
    matplotlib.use("Agg")
    import networkx as nx

    from newsgraph.graph.draw import draw_met_graph

    G = nx.complete_graph([f"p{i}" for i in range(20)])
    for i, node in enumerate(G):
        G.nodes[node].update(name=f"Firstname Longsurname-{i}", country=["Atlantis", "Borduria", None][i % 3])
    for a, b in G.edges:
        G[a][b].update(weight=1 + (hash((a, b)) % 3), meetings=[])
    overlaps, covered, on_nodes = _readability(draw_met_graph(G, center="p0"))
    assert overlaps == [] and covered == [] and on_nodes == []


def _dense(people: int = 12) -> nx.Graph:
    """Everyone met everyone; a pair's number of meetings grows with their numbers."""
    G = nx.Graph()
    for i in range(people):
        G.add_node(f"p{i:02}", name=f"P {i}")
    for i in range(people):
        for j in range(i + 1, people):
            meetings = [{"meeting": f"m{i}-{j}-{k}", "status": "Occurred" if k % 2 else "Proposed", "date": f"2025-01-{k + 1:02}"}
                        for k in range(1 + (i * j) % 5)]
            G.add_edge(f"p{i:02}", f"p{j:02}", weight=len(meetings), meetings=meetings)
    return G


def test_neighbourhood_keeps_the_heaviest_edges_and_a_way_to_everyone():
    from newsgraph.graph.views import neighbourhood
    G = _dense()
    full = neighbourhood(G, "p01", 2)
    assert full.number_of_edges() == G.number_of_edges() == full.graph["edges_total"]
    cut = neighbourhood(G, "p01", 2, max_edges=15)
    assert cut.number_of_nodes() == full.number_of_nodes() and cut.graph["edges_total"] == full.number_of_edges()
    assert cut.number_of_edges() == 15 and nx.is_connected(cut)  # each person keeps the line that reached them
    tree = {frozenset(e) for e in nx.bfs_edges(cut, "p01")}
    others = [d["weight"] for a, b, d in cut.edges(data=True) if frozenset((a, b)) not in tree]
    dropped = [d["weight"] for a, b, d in full.edges(data=True) if not cut.has_edge(a, b)]
    assert min(others, default=0) >= max(dropped, default=0) or len(tree) >= 15
    # a meeting filter counts only the kept meetings, as without a cap
    kept = neighbourhood(G, "p01", 1, keep=lambda m: m["status"] == "Occurred")
    assert all(d["weight"] == sum(m["status"] == "Occurred" for m in G[a][b]["meetings"]) for a, b, d in kept.edges(data=True))
    assert all(d["weight"] > 0 for _, _, d in kept.edges(data=True))
