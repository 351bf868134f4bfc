"""Regenerate explore.ipynb (saved without outputs): `python notebooks/make_notebook.py`."""
from pathlib import Path

import nbformat as nbf

cells = [
    nbf.v4.new_markdown_cell("""# Exploring a news knowledge graph

From articles to who met whom, a network picture, a timeline, statements by speaker, a SPARQL
query and an export. Set the environment variable `NEWSGRAPH_ARTICLES` to a folder of your own
`.txt` or `.jsonl` articles to add them to the bundled sample."""),
    nbf.v4.new_code_cell("""import os

import networkx as nx
from newsgraph.extract.sources import SAMPLE_ARTICLE
from newsgraph import NewsGraph

kg = NewsGraph.memory()                     # NewsGraph.open("newsgraph-store") keeps it on disk
summary = kg.ingest(SAMPLE_ARTICLE, published="2025-05-15")
if os.environ.get("NEWSGRAPH_ARTICLES"):
    kg.ingest(os.environ["NEWSGRAPH_ARTICLES"])
print(f"{summary.articles} article(s): {summary.people} people, {summary.meetings} meetings, {summary.statements} statements")"""),
    nbf.v4.new_markdown_cell("## Who met whom\nEvery meeting that happened or is scheduled, with the sentence that says so."),
    nbf.v4.new_code_cell("""kg.who_met("Zelensky")[["with", "date", "place", "status", "evidence"]]"""),
    nbf.v4.new_code_cell("""kg.meetings(statuses=["Occurred", "Scheduled"])[["date", "place", "status", "attendees"]]"""),
    nbf.v4.new_markdown_cell("Offers that were turned down and wishes are kept apart: they are not meetings."),
    nbf.v4.new_code_cell("""kg.meetings(statuses=["Proposed", "Declined", "Hypothetical"])[["status", "attendees", "sentence"]]"""),
    nbf.v4.new_markdown_cell("## The network\nColours are countries, edge widths the number of meetings."),
    nbf.v4.new_code_cell("""kg.draw_network("Putin");"""),
    nbf.v4.new_code_cell("""kg.draw_network();"""),
    nbf.v4.new_markdown_cell("## Timeline"),
    nbf.v4.new_code_cell("""kg.draw_timeline();"""),
    nbf.v4.new_markdown_cell("## Who said what"),
    nbf.v4.new_code_cell("""statements = kg.statements()
statements.groupby("speaker_name")["text"].count().sort_values(ascending=False)"""),
    nbf.v4.new_code_cell("""kg.statements(speaker="Rubio")[["kind", "text"]]"""),
    nbf.v4.new_markdown_cell("## networkx\nThe met-graph is a plain networkx graph: use any algorithm on it."),
    nbf.v4.new_code_cell("""G = kg.met_graph()
centrality = nx.degree_centrality(G)
sorted(((round(c, 2), G.nodes[n]["name"]) for n, c in centrality.items()), reverse=True)[:5]"""),
    nbf.v4.new_code_cell("""[(hop["from_name"], hop["to_name"], hop["meetings"][0]["date"]) for hop in kg.shortest_path("Umerov", "Putin")]"""),
    nbf.v4.new_markdown_cell("## SPARQL\nAny SELECT query; the prefixes `schema:`, `org:`, `prov:` and `ng:` are predeclared."),
    nbf.v4.new_code_cell('''kg.sparql("""
SELECT ?name ?title ?country WHERE {
  ?p a schema:Person ; schema:name ?name ; org:holds ?post .
  ?post ng:title ?title . OPTIONAL { ?post org:postIn ?c . ?c schema:name ?country }
} ORDER BY ?country ?name""")'''),
    nbf.v4.new_markdown_cell("## Interactive view\nDrag nodes, scroll to zoom, hover an edge for the evidence. Works offline; `path=` saves it as a file."),
    nbf.v4.new_code_cell("""kg.interactive("Putin")"""),
    nbf.v4.new_markdown_cell("## Export"),
    nbf.v4.new_code_cell("""from rdflib import Graph
out = kg.export("newsgraph-sample.ttl")
print(out, len(Graph().parse(out)), "triples")"""),
]
notebook = nbf.v4.new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
nbf.write(notebook, Path(__file__).with_name("explore.ipynb"))
