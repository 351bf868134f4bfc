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
