"""`NewsGraph`: the Python API for notebooks and scripts.

Three lines from a folder of articles to a picture::

    from newsgraph import NewsGraph
    kg = NewsGraph.open("newsgraph-store")      # or NewsGraph.memory(), or .open(path, read_only=True)
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
from newsgraph.graph.service import IngestSummary, NewsService
from newsgraph.graph.formats import format_for_path
from newsgraph.graph.store import OxigraphStore
from newsgraph.settings import Settings, get_settings

if TYPE_CHECKING:  # pandas and networkx load only when asked for
    import networkx as nx
    import pandas as pd


def _frame(rows: list[dict], columns: list[str] | None = None) -> "pd.DataFrame":
    import pandas as pd
    return pd.DataFrame(rows, columns=columns if not rows else None)


class NewsGraph:
    """A knowledge graph of news articles, on disk or in memory: a thin adapter over `NewsService`
    that turns its rows into DataFrames and its graphs into pictures.

    Defaults (base IRI, spaCy model, indirect speech, replaced word lists, length limit) come from
    `newsgraph.settings` (`NEWSGRAPH_*`); keyword arguments override them. `lexicons` replaces
    packaged word lists in every extraction component: list name -> a file or the entries."""

    def __init__(self, store: OxigraphStore, *, base: str | None = None, model: str | None = None,
                 indirect: bool | None = None, lexicons: "dict[str, str | list[str]] | None" = None,
                 settings: "Settings | None" = None):
        settings = settings or get_settings(base=base, model=model, indirect=indirect)
        if lexicons is not None:
            settings = settings.model_copy(update={"lexicons": {**settings.lexicons, **lexicons}})
        self.service = NewsService.from_settings(settings, store)
        self.store = store
        self.minter = self.service.minter

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | None = None, *, read_only: bool = False, **kwargs) -> "NewsGraph":
        """Open (or create) a graph in a store folder (default: the `NEWSGRAPH_STORE` setting).

        `read_only=True` reads a consistent snapshot of the store as it is now and holds no lock,
        so a server may open (and write) the folder afterwards; the snapshot does not see later
        writes. While another process (a running `newsgraph serve`) holds the folder, no snapshot
        can be taken safely: StoreError says so (read through that server's `/sparql` instead)."""
        settings = get_settings(store=str(path) if path is not None else None)
        if settings.remote_store:  # a SPARQL server: nothing to snapshot, it serves readers and writers
            from newsgraph.graph.backends import open_backend
            return cls(open_backend(settings), **kwargs)
        location = Path(settings.store)
        return cls(OxigraphStore.snapshot(location) if read_only else OxigraphStore(location), **kwargs)

    @classmethod
    def connect(cls, url: str, **kwargs) -> "NewsGraph":
        """Read the graph a running `newsgraph serve` holds, over HTTP (`url` is the server, e.g.
        `http://127.0.0.1:8000`): every question goes to its `/sparql` (`RemoteStore`). Only the server
        opens the folder, so this is safe while it writes; ingesting is refused (write through the
        server's `POST /articles`). For any other SPARQL server use `open(url)`."""
        from newsgraph.graph.remote_store import RemoteStore
        root = url.rstrip("/").removesuffix("/sparql")
        store = RemoteStore(root, query_url=f"{root}/sparql", update_url=f"{root}/sparql", graph_store_url=f"{root}/graphs")
        return cls(store.check(), **kwargs)

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
        return self.service.nlp

    # -- writing -------------------------------------------------------------------------------
    def ingest(self, *sources: str | Path | tuple[str, dict], published: str | date | None = None,
               raise_on_error: bool = False) -> "IngestSummary":
        """Add articles: .txt files, folders, .jsonl files, or (text, metadata) pairs, where
        metadata may hold id, title, published, url and source. Ids follow the one policy
        (`newsgraph.graph.article_ids`); each article's outcome (created, replaced, unchanged) is in
        the summary's `outcomes`. Bad inputs are skipped and listed in `errors` (or raised with
        `raise_on_error=True`)."""
        summary = self.service.ingest(sources, published=published)
        if raise_on_error and summary.errors:
            raise ValueError("; ".join(summary.errors))
        return summary

    def remove(self, article_id: str) -> bool:
        return self.service.remove(article_id)

    def export(self, path: str | Path, format: str | None = None) -> Path:
        """Write the graph to a file; the format comes from the extension unless given
        (.ttl turtle, .trig, .nq nquads, .jsonld)."""
        path = Path(path)
        self.service.export(str(path), format or format_for_path(path))
        return path

    # -- questions as tables -------------------------------------------------------------------
    def person(self, name: str) -> str:
        """The IRI of the person a name, surname or IRI denotes (EntityNotFound otherwise)."""
        return self.service.person_iri(name)

    def people(self, q: str = "") -> "pd.DataFrame":
        """People with their names and offices."""
        rows = self.service.people_with_offices() if not q else [
            {**r, "offices": "", "iri": r["person"]} for r in self.service.find_people(q, limit=100_000)]
        return _frame([{k: r[k] for k in ("name", "aliases", "offices", "articles", "iri")} for r in rows],
                      ["name", "aliases", "offices", "articles", "iri"])

    def who_met(self, name: str, statuses: Iterable[str] = queries.MET_STATUSES, *, calls: bool = False) -> "pd.DataFrame":
        """Everyone a person met: with whom, when, where, status, evidence and article (`calls=True`
        adds phone and video calls)."""
        rows = self.service.who_met(name, statuses, calls=calls)
        out = [{"with": r["other_name"], "date": r["date"], "place": r["place"], "status": r["status"],
                "evidence": r["sentence"], "article": r["article"], "meeting": r["meeting"], "with_iri": r["other"]}
               for r in rows]
        return _frame(out, ["with", "date", "place", "status", "evidence", "article", "meeting", "with_iri"])

    def meetings(self, *, person: str | None = None, with_person: str | None = None, place: str | None = None,
                 since: str | None = None, until: str | None = None,
                 statuses: Iterable[str] = queries.ALL_STATUSES, calls: bool = False) -> "pd.DataFrame":
        rows = self.service.meetings(person=person, with_person=with_person, place=place, since=since, until=until,
                                     statuses=statuses, calls=calls, limit=1_000_000)
        rows = [{**r, "attendees": "; ".join(r["attendees"])} for r in rows]
        return _frame(rows, ["meeting", "status", "date", "place", "attendees", "sentence", "article"])

    def statements(self, speaker: str | None = None, words: str | None = None) -> "pd.DataFrame":
        """Who said what; `speaker` is a person's name, `words` filters the text."""
        rows = self.service.statements(speaker=self.person(speaker) if speaker else None, words=words,
                                       limit=1_000_000)
        return _frame(rows, ["statement", "speaker", "speaker_name", "text", "kind", "sentence", "article"])

    def delegations(self) -> "pd.DataFrame":
        rows = [{**r, "members": "; ".join(r["members"])} for r in self.service.delegations(limit=1_000_000)]
        return _frame(rows, ["delegation", "represents", "head_name", "members", "article"])

    def articles(self) -> "pd.DataFrame":
        return _frame(self.service.articles(limit=1_000_000), ["article", "id", "title", "published", "url"])

    def sparql(self, query: str) -> "pd.DataFrame":
        """Any SPARQL SELECT over all articles, as a DataFrame (common prefixes predeclared)."""
        return _frame(self.service.sparql_rows(query))

    # -- graphs --------------------------------------------------------------------------------
    def met_graph(self, statuses: Iterable[str] = queries.MET_STATUSES) -> "nx.Graph":
        """People; an edge per pair who met, `weight` = number of meetings, `meetings` = their details."""
        return self.service.met_graph(statuses)

    def network(self, person: str, *, depth: int = 1, statuses: Iterable[str] = queries.MET_STATUSES,
                since: str | None = None, until: str | None = None, max_nodes: int | None = None,
                max_edges: int | None = views.MAX_EDGES, calls: bool = False) -> "nx.Graph":
        """The people within `depth` meetings of a person and the lines between them, as the explorer
        draws it: at most `max_edges` lines (1000, as over HTTP; None keeps all), and
        `G.graph["edges_total"]` counts every line between the people kept."""
        return self.service.network(person, depth=depth, statuses=statuses, since=since, until=until,
                                    max_nodes=max_nodes, max_edges=max_edges, calls=calls)[1]

    def typed_graph(self) -> "nx.MultiDiGraph":
        """People, organisations, countries, meetings, statements, delegations, posts and places."""
        return self.service.typed_graph()

    def offices_graph(self) -> "nx.DiGraph":
        return self.service.offices_graph()

    def shortest_path(self, source: str, target: str, max_hops: int = 6) -> list[dict[str, Any]]:
        """The shortest chain of meetings from one person to another, each hop with its evidence."""
        _, _, paths, _ = self.service.paths(source, target, max_hops=max_hops, limit=1)
        return paths[0] if paths else []

    # -- pictures ------------------------------------------------------------------------------
    def draw_network(self, person: str | None = None, *, depth: int = 1, path: str | Path | None = None, ax=None):
        """A matplotlib picture of a person's network (or of the whole met-graph): node colours by
        country, edge widths by number of meetings. Saved to `path` when given."""
        from newsgraph.graph.draw import draw_met_graph
        center, G = self.service.network(person, depth=depth)
        return draw_met_graph(G, center=center, path=path, ax=ax)

    def draw_timeline(self, *, person: str | None = None, path: str | Path | None = None, ax=None):
        """Meetings over time, one row per meeting, coloured by status."""
        from newsgraph.graph.draw import draw_timeline
        return draw_timeline(self.meetings(person=person), path=path, ax=ax)

    def interactive(self, person: str | None = None, *, depth: int = 1, path: str | Path | None = None):
        """An interactive network (drag, zoom, hover for evidence) as self-contained HTML with no
        network access. In Jupyter the returned object displays itself; `path` writes a file."""
        from newsgraph.graph.draw import InteractiveNetwork
        _, G = self.service.network(person, depth=depth)
        widget = InteractiveNetwork(G)
        if path:
            widget.save(path)
        return widget
