"""`NewsGraph`: the Python API for notebooks and scripts.

Three lines from a folder of articles to a picture::

    from newsgraph.graph import NewsGraph
    kg = NewsGraph.open("newsgraph-store")      # or NewsGraph.memory()
    kg.ingest("articles/")
    kg.draw_network("Putin", path="putin.png")

Questions come back as pandas DataFrames, graphs as networkx graphs; every row keeps its
evidence sentence and article.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from newsgraph.graph import queries, views
from newsgraph.graph.iris import IriMinter
from newsgraph.graph.store import OxigraphStore

if TYPE_CHECKING:  # pandas and networkx load only when asked for
    import networkx as nx
    import pandas as pd

    from newsgraph.graph.ingest import IngestSummary


def _frame(rows: list[dict], columns: list[str] | None = None) -> "pd.DataFrame":
    import pandas as pd
    return pd.DataFrame(rows, columns=columns if not rows else None)


class NewsGraph:
    """A knowledge graph of news articles, on disk or in memory."""

    def __init__(self, store: OxigraphStore, *, base: str | None = None, model: str | None = None,
                 indirect: bool = False):
        self.store = store
        self.minter = IriMinter(base)
        self._model = model
        self._indirect = indirect
        self._nlp = None

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path = "newsgraph-store", **kwargs) -> "NewsGraph":
        """Open (or create) a graph in a store folder."""
        return cls(OxigraphStore(path), **kwargs)

    @classmethod
    def memory(cls, **kwargs) -> "NewsGraph":
        """A graph that lives in memory only."""
        return cls(OxigraphStore(), **kwargs)

    @classmethod
    def from_texts(cls, texts: Iterable[str | tuple[str, dict]], **kwargs) -> "NewsGraph":
        """An in-memory graph built from article texts or (text, metadata) pairs."""
        kg = cls.memory(**kwargs)
        kg.ingest(*[t if isinstance(t, tuple) else (t, {}) for t in texts])
        return kg

    @property
    def nlp(self):
        if self._nlp is None:
            from newsgraph.extract.pipeline import build_nlp
            self._nlp = build_nlp(self._model, indirect=self._indirect)
        return self._nlp

    # -- writing -------------------------------------------------------------------------------
    def ingest(self, *sources: str | Path | tuple[str, dict], published: str | date | None = None,
               raise_on_error: bool = False) -> "IngestSummary":
        """Add articles: .txt files, folders, .jsonl files, or (text, metadata) pairs, where
        metadata may hold id, title, published, url and source. Bad inputs are skipped and listed
        in the summary's `errors` (or raised with `raise_on_error=True`)."""
        from newsgraph.extract.pipeline import parse_published
        from newsgraph.extract.sources import ArticleError, article_from_text, read_articles
        from newsgraph.graph.ingest import ingest

        when = parse_published(published)
        items: list = []
        for n, source in enumerate(sources, start=1):
            if isinstance(source, tuple):
                text, meta = source
                try:
                    items.append(article_from_text(
                        text, article_id=str(meta.get("id") or meta.get("title") or f"article-{len(self.store.articles()) + n}"),
                        published=parse_published(meta.get("published")) or when, title=meta.get("title"),
                        url=meta.get("url"), source=meta.get("source")))
                except ValueError as exc:
                    items.append(ArticleError(str(meta.get("id") or f"pair {n}"), str(exc)))
            else:
                items.extend(read_articles([source], published=when))
        summary = ingest(items, self.store, nlp=self.nlp, minter=self.minter)
        self.store.flush()
        if raise_on_error and summary.errors:
            raise ValueError("; ".join(summary.errors))
        return summary

    def remove(self, article_id: str) -> bool:
        return self.store.remove_article(str(self.minter.article(article_id)))

    def export(self, path: str | Path, format: str | None = None) -> Path:
        """Write the graph to a file; the format comes from the extension unless given
        (.ttl turtle, .trig, .nq nquads, .jsonld)."""
        path = Path(path)
        fmt = format or {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".jsonld": "jsonld",
                         ".nt": "ntriples"}.get(path.suffix, "turtle")
        self.store.export(str(path), fmt)
        return path

    # -- questions as tables -------------------------------------------------------------------
    def person(self, name: str) -> str:
        """The IRI of the person a name, surname or IRI denotes (EntityNotFound otherwise)."""
        return queries.resolve_person(self.store, name)

    def people(self, q: str = "") -> "pd.DataFrame":
        """People with their names and offices."""
        rows = queries.find_people(self.store, q, limit=100_000)
        offices = self.store.select("""SELECT ?p (GROUP_CONCAT(DISTINCT ?label; separator="; ") AS ?offices) WHERE {
            { ?p org:holds ?post BIND("" AS ?pre) } UNION { ?p ng:heldFormerly ?post BIND("former " AS ?pre) }
            ?post ng:title ?t . OPTIONAL { ?post org:postIn ?o . ?o schema:name ?on }
            BIND(CONCAT(?pre, ?t, IF(BOUND(?on), CONCAT(" (", ?on, ")"), "")) AS ?label) } GROUP BY ?p""")
        by_person = {r["p"]: r["offices"] for r in offices}
        out = [{"name": r["name"], "aliases": [a for a in (r["aliases"] or "").split("|") if a],
                "offices": by_person.get(r["person"], ""), "articles": r["articles"], "iri": r["person"]} for r in rows]
        return _frame(out, ["name", "aliases", "offices", "articles", "iri"])

    def who_met(self, name: str, statuses: Iterable[str] = queries.MET_STATUSES, *, calls: bool = False) -> "pd.DataFrame":
        """Everyone a person met: with whom, when, where, status, evidence and article (`calls=True`
        adds phone and video calls)."""
        rows = queries.who_met(self.store, self.person(name), statuses, calls=calls)
        out = [{"with": r["other_name"], "date": r["date"], "place": r["place"], "status": r["status"],
                "evidence": r["sentence"], "article": r["article"], "meeting": r["meeting"], "with_iri": r["other"]}
               for r in rows]
        return _frame(out, ["with", "date", "place", "status", "evidence", "article", "meeting", "with_iri"])

    def meetings(self, *, person: str | None = None, with_person: str | None = None, place: str | None = None,
                 since: str | None = None, until: str | None = None,
                 statuses: Iterable[str] = queries.ALL_STATUSES) -> "pd.DataFrame":
        rows = queries.meetings(self.store, person=self.person(person) if person else None,
                                with_person=self.person(with_person) if with_person else None,
                                place=place, since=since, until=until, statuses=statuses, limit=1_000_000)
        return _frame(rows, ["meeting", "status", "date", "place", "attendees", "sentence", "article"])

    def statements(self, speaker: str | None = None, words: str | None = None) -> "pd.DataFrame":
        """Who said what; `speaker` is a person's name, `words` filters the text."""
        rows = queries.statements(self.store, speaker=self.person(speaker) if speaker else None, words=words,
                                  limit=1_000_000)
        return _frame(rows, ["statement", "speaker", "speaker_name", "text", "kind", "sentence", "article"])

    def delegations(self) -> "pd.DataFrame":
        return _frame(queries.delegations(self.store, limit=1_000_000),
                      ["delegation", "represents", "head_name", "members", "article"])

    def articles(self) -> "pd.DataFrame":
        return _frame(queries.articles(self.store, limit=1_000_000), ["article", "id", "title", "published", "url"])

    def sparql(self, query: str) -> "pd.DataFrame":
        """Any SPARQL SELECT over all articles, as a DataFrame (common prefixes predeclared)."""
        return _frame(self.store.select(query))

    # -- graphs --------------------------------------------------------------------------------
    def met_graph(self, statuses: Iterable[str] = queries.MET_STATUSES) -> "nx.Graph":
        """People; an edge per pair who met, `weight` = number of meetings, `meetings` = their details."""
        return views.met_graph(self.store, statuses)

    def typed_graph(self) -> "nx.MultiDiGraph":
        """People, organisations, countries, meetings, statements, delegations, posts and places."""
        return views.typed_graph(self.store)

    def offices_graph(self) -> "nx.DiGraph":
        return views.offices_graph(self.store)

    def shortest_path(self, source: str, target: str, max_hops: int = 6) -> list[dict[str, Any]]:
        """The shortest chain of meetings from one person to another, each hop with its evidence."""
        paths = views.connection_paths(self.met_graph(), self.person(source), self.person(target),
                                       max_hops=max_hops, limit=1)
        return paths[0] if paths else []

    # -- pictures ------------------------------------------------------------------------------
    def draw_network(self, person: str | None = None, *, depth: int = 1, path: str | Path | None = None, ax=None):
        """A matplotlib picture of a person's network (or of the whole met-graph): node colours by
        country, edge widths by number of meetings. Saved to `path` when given."""
        from newsgraph.graph.draw import draw_met_graph
        G = self.met_graph()
        center = None
        if person:
            center = self.person(person)
            G = views.neighbourhood(G, center, depth)
        else:
            G = G.subgraph([n for n in G if G.degree(n) > 0]).copy()
        return draw_met_graph(G, center=center, path=path, ax=ax)

    def draw_timeline(self, *, person: str | None = None, path: str | Path | None = None, ax=None):
        """Meetings over time, one row per meeting, coloured by status."""
        from newsgraph.graph.draw import draw_timeline
        return draw_timeline(self.meetings(person=person), path=path, ax=ax)

    def interactive(self, person: str | None = None, *, depth: int = 1, path: str | Path | None = None):
        """An interactive network (drag, zoom, hover for evidence) as self-contained HTML with no
        network access. In Jupyter the returned object displays itself; `path` writes a file."""
        from newsgraph.graph.draw import InteractiveNetwork
        G = self.met_graph()
        if person:
            G = views.neighbourhood(G, self.person(person), depth)
        else:
            G = G.subgraph([n for n in G if G.degree(n) > 0]).copy()
        widget = InteractiveNetwork(G)
        if path:
            widget.save(path)
        return widget
