"""The service layer: the one path from text to store, and from store to answers.

Every front end (the CLI, the HTTP routes, the notebook API `NewsGraph`, the demo) calls a
`NewsService`; none extracts, writes or asks SPARQL on its own. The layers below it:
text -> facts (`newsgraph.extract`) -> RDF (`mapping`) -> store (`store`, `queries`, `views`) -> here.

Ingestion: inputs are read (`extract.sources`), given their ids by the one id policy
(`article_ids`), checked against the pipeline's length limit, extracted, and written one article
per transaction. Each article gets an outcome: created, replaced, unchanged, or an error line;
a bad input never stops the others.
"""
from __future__ import annotations

import contextlib
import dataclasses
import io
import itertools
import re
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, Iterable, Literal, Mapping, Sequence

from newsgraph.extract.facts import ArticleFacts, ArticleMeta
from newsgraph.extract.lexicon import overrides_digest, resolve_overrides
from newsgraph.extract.sources import (ArticleError, ArticleInput, ArticleTooLong, InvalidArticle, article_from_text,
                                       parse_published, read_articles)
from newsgraph.graph import ledger, met_pages, name_index, queries, views
from newsgraph.graph.meeting_index import MeetingFilter
from newsgraph.graph.met_pages import MetPage
from newsgraph.graph.read_model import ReadModels
from newsgraph.graph.article_ids import Assigned, assign_ids
from newsgraph.graph.identity import resolve_people
from newsgraph.graph.iris import IriMinter
from newsgraph.graph.mapping import article_graph_iri, facts_to_triples
from newsgraph.graph.queries import ALL_STATUSES, MET_STATUSES, EntityNotFound, InvalidParameter
from newsgraph.graph.store import OxigraphStore
from newsgraph.settings import MAX_ARTICLE_CHARS

if TYPE_CHECKING:
    import networkx as nx
    from spacy.language import Language

    from newsgraph.graph.line_memo import LineMemo
    from newsgraph.graph.meeting_index import MeetingIndex
    from newsgraph.graph.met_index import MetIndex
    from newsgraph.graph.people_index import PeopleIndex
    from newsgraph.settings import Settings

__all__ = ["NewsService", "ArticleOutcome", "IngestSummary", "ArticleConflict", "Source"]

Source = str | Path | tuple[str, dict] | ArticleInput
Status = Literal["created", "replaced", "unchanged"]
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


class ArticleConflict(LookupError):
    """An article with this id is stored with other content, and replacing it was not asked for."""


@dataclass(frozen=True)
class ArticleOutcome:
    """What happened to one article."""

    id: str
    iri: str
    status: Status
    source: str
    triples: int = 0
    people: tuple[str, ...] = ()
    offices: int = 0
    delegations: int = 0
    meetings: int = 0
    statements: int = 0
    note: str | None = None

    def __str__(self) -> str:
        return f"{self.status:9} {self.id}  ({self.source})" + (f"  note: {self.note}" if self.note else "")


@dataclass
class IngestSummary:
    """Every article's outcome and every input's error, from one ingest run."""

    outcomes: list[ArticleOutcome] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def articles(self) -> int:
        return len(self.outcomes)

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def triples(self) -> int:
        """Triples written (an unchanged article writes none)."""
        return sum(o.triples for o in self.outcomes if o.status != "unchanged")

    @property
    def people(self) -> int:
        return sum(len(o.people) for o in self.outcomes)

    @property
    def meetings(self) -> int:
        return sum(o.meetings for o in self.outcomes)

    @property
    def statements(self) -> int:
        return sum(o.statements for o in self.outcomes)

    @property
    def article_ids(self) -> list[str]:
        return [o.id for o in self.outcomes]


class NewsService:
    """Ingest, remove and the named questions over one store.

    Parameters are plain values (front ends take them from `Settings`, see `from_settings`):
    `base` for minted IRIs, `model`/`indirect`/`lexicons` (replaced word lists) for the spaCy
    pipeline (loaded on first ingest, or given as `nlp`), `max_article_chars` for the longest text accepted, and an optional in-memory
    `met_index` that answers who-met questions while it is fresh, and `people_index` that answers
    name searches while it is fresh, and `meeting_index` that pages `meetings` while it is fresh. A writable store's name index is brought up to date here unless
    `ensure_index` is False (the HTTP server does it in the background so that it answers at once)."""

    def __init__(self, store: OxigraphStore, *, base: str | None = None, model: str | None = None,
                 indirect: bool = False, lexicons: "Mapping[str, str | Sequence[str]] | None" = None,
                 max_article_chars: int = MAX_ARTICLE_CHARS, nlp: "Language | None" = None, met_index: "MetIndex | None" = None,
                 people_index: "PeopleIndex | None" = None, meeting_index: "MeetingIndex | None" = None,
                 ensure_index: bool = True):
        self.store = store
        self.minter = IriMinter(base)
        self.model = model
        self.indirect = indirect
        self.lexicons = resolve_overrides(lexicons)  # files read now: a bad one fails before any work
        self.max_article_chars = max_article_chars
        self.met_index = met_index
        self.people_index = people_index
        self.meeting_index = meeting_index
        self._nlp = nlp
        self._models = ReadModels(store, [met_index, people_index, meeting_index])  # follow our article writes
        if ensure_index and store.supports_update and not getattr(store, "read_only", False):
            name_index.ensure(store)  # a server passes ensure_index=False and builds it in the background

    @classmethod
    def from_settings(cls, settings: "Settings", store: OxigraphStore | None = None, **kwargs) -> "NewsService":
        """A service on `store` (default: the settings' store folder) with the settings' values."""
        if store is None:
            from newsgraph.graph.backends import open_backend
            store = open_backend(settings)
        return cls(store, base=settings.base,
                   model=settings.model, indirect=settings.indirect, lexicons=settings.lexicons,
                   max_article_chars=settings.max_article_chars,
                   **kwargs)

    @property
    def nlp(self) -> "Language":
        """The spaCy pipeline, loaded on first use (reading never needs it)."""
        if self._nlp is None:
            from newsgraph.extract.pipeline import build_nlp
            self._nlp = build_nlp(self.model, indirect=self.indirect, lexicons=self.lexicons)
        return self._nlp

    # -- reading inputs ------------------------------------------------------------------------
    def read(self, sources: Iterable[Source], *, published: str | date | None = None) -> list[ArticleInput | ArticleError]:
        """Articles from files, folders, JSON Lines, `(text, metadata)` pairs or `ArticleInput`s;
        a bad input becomes an `ArticleError` in the list."""
        when = parse_published(published)
        items: list[ArticleInput | ArticleError] = []
        for n, source in enumerate(sources, start=1):
            if isinstance(source, ArticleInput):
                items.append(source)
            elif isinstance(source, tuple):
                text, meta = source
                try:
                    item = self.article(text, article_id=meta.get("id"), title=meta.get("title"),
                                        published=parse_published(meta.get("published")) or when,
                                        url=meta.get("url"), source=meta.get("source"))
                    items.append(dataclasses.replace(item, source=f"item {n} ({item.meta.id})"))
                except InvalidArticle as exc:
                    items.append(ArticleError(str(meta.get("id") or f"pair {n}"), str(exc)))
            else:
                items.extend(read_articles([source], published=when))
        return items

    def article(self, text: str, *, article_id: str | None = None, **meta: Any) -> ArticleInput:
        """One article from its text (InvalidArticle when it cannot be one); see `article_ids` for the id."""
        return article_from_text(text, article_id=article_id, **meta)

    def _checked(self, items: Iterable[Assigned | ArticleError]) -> Iterable[Assigned | ArticleError]:
        """Texts over our limit become one error line each (texts over the pipeline's `max_length`
        but under ours are extracted in pieces, `extract.long_texts`)."""
        limit = self.max_article_chars
        for item in items:
            if isinstance(item, Assigned) and len(item.item.text) > limit:
                yield ArticleError(item.item.source, f"text too long ({len(item.item.text)} characters, limit {limit})")
            else:
                yield item

    # -- writing -------------------------------------------------------------------------------
    def ingest(self, sources: Iterable[Source], *, published: str | date | None = None, replace: bool = True,
               n_process: int = 1, on_outcome: Callable[[ArticleOutcome], None] | None = None,
               on_error: Callable[[str], None] | None = None) -> IngestSummary:
        """Extract and store articles. An id already stored is replaced when `replace` (re-ingesting a
        file), else refused as an error line (`POST /articles`); identical content is `unchanged`.

        Resumable, like `ingest_on_cluster`: an article whose text, metadata and pipeline are those
        recorded when it was stored (`ledger`) is reported `unchanged` without being extracted again."""
        from newsgraph.extract.pipeline import extract_many

        run = _Run(self, on_outcome, on_error)
        for facts in extract_many(run.to_extract(sources, published), nlp=self.nlp, n_process=n_process):
            run.store(facts.meta, facts, replace=replace)
        return run.finish()

    def ingest_on_cluster(self, sources: Iterable[Source], *, cluster: str, published: str | date | None = None,
                          replace: bool = True, chunk_size: int = 16,
                          on_outcome: Callable[[ArticleOutcome], None] | None = None,
                          on_error: Callable[[str], None] | None = None) -> IngestSummary:
        """`ingest` with extraction on a Dask cluster (`local:N` or `tcp://scheduler:8786`, see
        `extract.cluster`), storing the same quads as a serial run: articles are written here, in
        input order, one named graph each (identity resolution reads what earlier articles stored).
        Skips unchanged articles as `ingest` does; no cluster is started when nothing is new."""
        from newsgraph.extract.cluster import extract_on_cluster, open_cluster

        run = _Run(self, on_outcome, on_error)
        todo = run.to_extract(sources, published)
        first = next(todo, None)  # nothing new: no cluster is started at all
        with open_cluster(cluster) if first is not None else contextlib.nullcontext() as client:
            results = extract_on_cluster(itertools.chain([first], todo), client, model=self.model,
                                         indirect=self.indirect, lexicons=self.lexicons,
                                         chunk_size=chunk_size) if first is not None else ()
            for meta, facts in results:
                run.store(meta, facts, replace=replace)
        return run.finish()

    def _pipeline_id(self) -> str:
        """What the extraction depends on besides the text: the pipeline, its version and our options."""
        from importlib.metadata import PackageNotFoundError, version
        try:
            ours = version("newsgraph")
        except PackageNotFoundError:
            ours = "?"
        from newsgraph.extract.components import lexicon_overrides
        meta = self.nlp.meta
        lists = overrides_digest(tuple(sorted(lexicon_overrides(self.nlp).items())))
        return (f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}|indirect={self.indirect}"
                + (f"|lexicons={lists}" if lists else "") + f"|newsgraph-{ours}")

    def ingest_one(self, item: ArticleInput, *, replace: bool) -> ArticleOutcome:
        """One article (from `article()`): its outcome, or InvalidArticle / ArticleTooLong /
        ArticleConflict."""
        entry = next(iter(self._checked([Assigned(item)])))
        if isinstance(entry, ArticleError):
            raise ArticleTooLong(entry.message)
        from newsgraph.extract.pipeline import extract_article

        facts = extract_article(item.text, item.meta, nlp=self.nlp)
        outcome = self._store_facts(facts, entry, replace=replace,
                                    digest=ledger.source_hash(item.text, item.meta, self._pipeline_id()))
        self.store.flush()
        return outcome

    def store_facts(self, facts: ArticleFacts, *, source: str = "facts", replace: bool = True) -> ArticleOutcome:
        """Write facts extracted elsewhere (benchmarks, replays) by the same path as `ingest`."""
        return self._store_facts(facts, Assigned(ArticleInput(facts.text, facts.meta, source)), replace=replace)

    def _store_facts(self, facts: ArticleFacts, entry: Assigned, *, replace: bool,
                     digest: str | None = None) -> ArticleOutcome:
        """Write one article's graph (with the name index and the ledger entry, in one transaction).
        `digest` is the ledger hash of what the facts were extracted from; None forgets any entry."""
        person_iris = resolve_people(facts, self.store, self.minter)  # one node per person across articles
        graph = str(article_graph_iri(facts, self.minter))
        triples = list(facts_to_triples(facts, self.minter, person_iris))
        exists = self.store.has_article(graph)
        entry_update = ledger.record_update(graph, digest) if digest else ledger.forget_update(graph)
        if exists and self.store.same_article(graph, triples):
            status: Status = "unchanged"
            if digest and ledger.stored_hashes(self.store, [graph]).get(graph) != digest:
                with self._models.writing(graph):  # a write the read models follow (nothing changes for them)
                    self.store.update(entry_update)  # the same graph from another text: skip that text next time
        elif exists and not replace:
            raise ArticleConflict(f"article {facts.meta.id!r} exists with other content; "
                                  f"PUT /articles/{facts.meta.id} replaces it")
        else:
            before, after = name_index.write_update(graph, triples)
            after = " ;\n".join(part for part in (after, entry_update) if part)
            with self._models.writing(graph):  # the read models follow the write before it returns
                self.store.replace_article(graph, triples, before=before, after=after)
            status = "replaced" if exists else "created"
        return ArticleOutcome(id=facts.meta.id, iri=graph, status=status, source=entry.item.source,
                              triples=len(triples), people=tuple(sorted(p.name for p in facts.persons.values())),
                              offices=len(facts.offices), delegations=len(facts.delegations),
                              meetings=len(facts.meetings), statements=len(facts.statements), note=entry.note)

    def extract(self, sources: Iterable[Source], *, published: str | date | None = None,
                on_error: Callable[[str], None] | None = None) -> list[ArticleFacts]:
        """Facts of articles without storing them (`newsgraph extract`), ids as `ingest` gives them."""
        from newsgraph.extract.pipeline import extract_many

        good = []
        for entry in self._checked(assign_ids(self.read(sources, published=published))):
            if isinstance(entry, ArticleError):
                if on_error:
                    on_error(str(entry))
            else:
                good.append((entry.item.text, entry.item.meta))
        return list(extract_many(good, nlp=self.nlp)) if good else []

    def extract_rdf(self, sources: Iterable[Source], fmt: str = "trig", *, published: str | date | None = None,
                    on_error: Callable[[str], None] | None = None) -> bytes | None:
        """The RDF of articles in a format of `RdfFormat` without storing them; None when none could be read."""
        from newsgraph.graph.mapping import facts_to_dataset
        from newsgraph.graph.serialize import serialize_dataset

        facts = self.extract(sources, published=published, on_error=on_error)
        return serialize_dataset(facts_to_dataset(facts, self.minter), fmt) if facts else None

    def remove(self, article_id: str) -> bool:
        """Remove an article (by id or IRI); False when there is none."""
        graph = article_id if article_id.startswith(("http://", "https://")) else str(self.minter.article(article_id))
        with self._models.writing(graph):
            removed = self.store.remove_article(graph, update=name_index.remove_update(graph))
            if removed:
                ledger.forget(self.store, graph)
        if removed:
            self.store.flush()
        return removed

    def reindex(self) -> int:
        """Rebuild the people index graph from the stored articles (after raw SPARQL writes, or on a
        server another tool filled); the number of articles indexed."""
        count = name_index.rebuild(self.store)
        self.store.flush()
        return count

    def export(self, output: IO[bytes] | str | Path, fmt: str = "turtle", *, compact_jsonld: bool = False,
               include_internal: bool = False) -> None:
        """Stream the whole graph; JSON-LD compacted with our context when `compact_jsonld` (keys read as
        names, not IRIs; that needs the graph in memory). The internal graphs (name index, ingest
        ledger) only with `include_internal`."""
        if fmt == "jsonld" and compact_jsonld:
            from newsgraph.graph.serialize import compact_jsonld as compact
            buffer = io.BytesIO()
            self.store.export(buffer, "ntriples", include_internal=include_internal)
            data = compact(buffer.getvalue()).encode("utf-8")
            if isinstance(output, (str, Path)):
                Path(output).write_bytes(data)
            else:
                output.write(data)
            return
        self.store.export(output, fmt, include_internal=include_internal)

    def sparql_rows(self, sparql: str) -> list[dict[str, Any]]:
        """The rows of any SPARQL SELECT over all articles, as dicts of plain values."""
        return self.store.select(sparql)

    def query(self, sparql: str):
        """Any SPARQL query over all articles (common prefixes predeclared): pyoxigraph's results."""
        return self.store.query(sparql)

    # -- people --------------------------------------------------------------------------------
    def person_iri(self, ident: str) -> str:
        """The person an id (slug), IRI, name or alias denotes; EntityNotFound when none or several."""
        if re.fullmatch(r"[a-z0-9-]+", ident):
            candidate = str(self.minter.iri_for("person", ident))
            if queries.person_by_slug(self.store, candidate):
                return candidate
        return queries.resolve_person(self.store, ident)

    def person_id(self, iri: str) -> str | None:
        """The id (slug) of a person IRI minted under our base, else None."""
        local = self.minter.local_id(iri) if iri else None
        return local[1] if local and local[0] == "person" else None

    def find_people(self, q: str = "", *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """People whose name or alias contains `q`, with aliases as a list (from the in-memory index
        while it is fresh: names that start with `q` first, then the most mentioned)."""
        rows = self.people_index.search(q, limit=limit, offset=offset) if self.people_index is not None else None
        if rows is None:
            rows = queries.find_people(self.store, q, limit=limit, offset=offset)
        return [{**r, "aliases": [a for a in (r["aliases"] or "").split("|") if a], "articles": r["articles"] or 0}
                for r in rows]

    def people_with_offices(self) -> list[dict[str, Any]]:
        offices = queries.offices_by_person(self.store)
        return [{"name": r["name"], "aliases": r["aliases"], "offices": offices.get(r["person"], ""),
                 "articles": r["articles"], "iri": r["person"]} for r in self.find_people(limit=100_000)]

    def person(self, ident: str, *, activity: bool = True, statuses: Iterable[str] = ALL_STATUSES,
               since: str | None = None, until: str | None = None, calls: bool = False) -> dict[str, Any]:
        """A person's names, offices and delegations, and (with `activity`) statements and the meetings
        that the filters keep (the network's filters: statuses, a date range, calls)."""
        iri = self.person_iri(ident)
        details = queries.person_details(self.store, iri)
        details = {**details, "id": self.person_id(iri) or iri, "delegation_groups": group_delegations(details["delegations"])}
        if not activity:
            return details
        return {**details, "meetings": self.meetings(person=iri, statuses=statuses, since=since, until=until,
                                                     calls=calls, limit=1000),
                "statements": queries.statements(self.store, speaker=iri, limit=1000)}

    def who_met(self, ident: str, statuses: Iterable[str] = MET_STATUSES, *, calls: bool = False,
                with_person: str | None = None, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
        """Everyone a person met, one row per (other person, meeting); phone and video calls only
        with `calls`; only meetings with `with_person`, and in a date range, when given (the
        network's filters, so one of its lines can be listed). From the in-memory index when it is fresh."""
        iri = self.person_iri(ident)
        other = self.person_iri(with_person) if with_person else None
        statuses = tuple(statuses)
        keep = _in_range(since, until)
        rows = None
        if other is not None and self.met_index is not None and not calls:
            queries.check_statuses(statuses)
            with self.met_index.reading() as state:  # one edge of the read model's graph of every status
                if state is not None:
                    G, wanted = state.every, frozenset(statuses)
                    meetings = G[iri][other]["meetings"] if iri in G and other in G[iri] else []
                    rows = [{"other": other, "other_name": G.nodes[other].get("name"), **m}
                            for m in meetings if m["status"] in wanted]
                    rows.sort(key=lambda r: (str(r["date"] or ""), r["meeting"]))
        elif self.met_index is not None and set(statuses) == set(MET_STATUSES) and not calls:
            rows = self.met_index.who_met(iri)
        if rows is None:
            rows = queries.who_met(self.store, iri, statuses, calls=calls)
        if other is not None:
            rows = [r for r in rows if r["other"] == other]
        return rows if keep is None else [r for r in rows if keep(r)]

    def met_page(self, ident: str, statuses: Iterable[str] = MET_STATUSES, *, calls: bool = False,
                 with_person: str | None = None, since: str | None = None, until: str | None = None,
                 after: str | None = None, offset: int = 0, limit: int = 100) -> MetPage:
        """One page of everyone a person met, one entry per person (name, IRI order) with their
        meetings; `after` is the `next` cursor of the previous page (InvalidParameter if it is not
        one), else the page starts at `offset`; `with_person`, `since`, `until` are the network's
        filters (one line of it, a date range). From the read model while it is fresh (the cost of
        the person's neighbours and the entries of the page), else every who-met row from the store
        (filtered by `who_met`), paged here."""
        iri = self.person_iri(ident)
        other = self.person_iri(with_person) if with_person else None
        statuses = tuple(statuses)
        queries.check_statuses(statuses)
        key = met_pages.decode_cursor(after) if after is not None else None
        if self.met_index is not None and not calls:
            page = self.met_index.met_page(iri, statuses, after=key, offset=offset, limit=limit, only=other,
                                           keep=_in_range(since, until))
            if page is not None:
                return page
        rows = self.who_met(iri, statuses, calls=calls, with_person=other, since=since, until=until)
        return met_pages.page_rows(rows, key, offset, limit)

    def met_pairs(self, statuses: Iterable[str] = MET_STATUSES, *, calls: bool = False) -> list[dict[str, Any]]:
        return queries.met_pairs(self.store, statuses, calls=calls)

    # -- meetings, statements, delegations, articles -------------------------------------------
    def meetings(self, *, person: str | None = None, with_person: str | None = None, place: str | None = None,
                 since: str | None = None, until: str | None = None, statuses: Iterable[str] = ALL_STATUSES,
                 calls: bool = False, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Meetings with attendees as a list; dates as YYYY, YYYY-MM or YYYY-MM-DD (InvalidParameter else)."""
        for name, value in (("since", since), ("until", until)):
            if value is not None and not _DATE.fullmatch(value):
                raise InvalidParameter(f"{name}={value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
        statuses = tuple(s.capitalize() for s in statuses)
        queries.check_statuses(statuses)
        people = [self.person_iri(who) for who in (person, with_person) if who]
        rows = None
        if self.meeting_index is not None:  # the page and its rows from memory while the model is fresh
            wanted = MeetingFilter(frozenset(statuses), calls, place.lower() if place else None, since, until)
            rows = self.meeting_index.page_rows(people, wanted, limit=limit, offset=offset)
        if rows is None:
            rows = queries.meetings(self.store, person=people[0] if person else None,
                                    with_person=people[-1] if with_person else None,
                                    place=place, since=since, until=until, statuses=statuses, calls=calls,
                                    limit=limit, offset=offset)
        # attendees by name, and a meeting's rows (one per sentence and place) in one order, whichever
        # answered: the store's GROUP_CONCAT and row order within a meeting are its own
        rows = sorted(rows, key=lambda r: (str(r["date"] or ""), r["meeting"], str(r["sentence"] or ""),
                                           str(r["place"] or ""), str(r["article"] or "")))
        return [{**r, "attendees": sorted(a for a in (r["attendees"] or "").split("; ") if a)} for r in rows]

    def statements(self, *, speaker: str | None = None, words: str | None = None,
                   limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Who said what; `speaker` is a person (id, IRI, name) or the exact name of any other speaker."""
        speaker_iri = None
        if speaker:
            try:
                speaker_iri = self.person_iri(speaker)
            except EntityNotFound:
                others = queries.speakers_named(self.store, speaker)
                if not others:
                    raise
                speaker_iri = others[0]
        return queries.statements(self.store, speaker=speaker_iri, words=words, limit=limit, offset=offset)

    def delegations(self, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        rows = queries.delegations(self.store, limit=limit, offset=offset)
        return [{**r, "members": [m for m in (r["members"] or "").split("; ") if m]} for r in rows]

    def articles(self, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        return queries.articles(self.store, limit=limit, offset=offset)

    def article_page(self, *, limit: int = 100, offset: int = 0,
                     after: str | None = None) -> tuple[list[dict[str, Any]], str | None]:
        """(a page of articles in IRI order, the cursor of the next page or None); `after` is a
        cursor given before, or an article id or IRI: the page starts after that article."""
        if after is not None and not after.startswith(("http://", "https://")):
            after = str(self.minter.article(after))
        return queries.article_page(self.store, limit=limit, offset=offset, after=after)

    def article_details(self, article_id: str) -> dict[str, Any]:
        """One stored article: metadata and counts; EntityNotFound when there is none."""
        graph = article_id if article_id.startswith(("http://", "https://")) else str(self.minter.article(article_id))
        if not queries.is_iri(graph) or not self.store.has_article(graph):
            raise EntityNotFound(f"no article {article_id}")
        row = queries.article(self.store, graph)
        return {**row, "id": row["id"] or article_id}

    def article_count(self) -> int:
        count = getattr(self.store, "article_count", None)
        return count() if count else len(self.store.articles())

    def describe(self, iri: str) -> list:
        """The triples about a resource (as subject or object); EntityNotFound when there are none."""
        triples = queries.describe(self.store, iri) if queries.is_iri(iri) else []
        if not triples:
            raise EntityNotFound(f"no resource {iri}")
        return triples

    def meeting_evidence(self, meeting_id: str) -> dict[str, Any]:
        """A meeting (by id) with its attendees and evidence sentences; EntityNotFound when none."""
        iri = str(self.minter.iri_for("meeting", meeting_id)) if not meeting_id.startswith("http") else meeting_id
        if not queries.is_iri(iri):
            raise EntityNotFound(f"no meeting {meeting_id}")
        return {"meeting": iri, **queries.meeting_evidence(self.store, iri)}

    def article_evidence(self, article_id: str) -> dict[str, Any]:
        """An article's evidence sentences in reading order; EntityNotFound when there is no article."""
        graph = str(self.minter.article(article_id))
        if not self.store.has_article(graph):
            raise EntityNotFound(f"no article {article_id}")
        return {"article": graph, **queries.article_evidence(self.store, graph)}

    def labels(self, iris: Iterable[str]) -> dict[str, str]:
        """A readable label (name, title, headline, ...) for each IRI that has one."""
        return queries.labels(self.store, iris)

    def has_graph(self, graph: str) -> bool:
        """Whether a named graph is stored; InvalidParameter when `graph` is not an IRI."""
        if not queries.is_iri(graph):
            raise InvalidParameter(f"not an IRI: {graph!r}")
        return self.store.has_article(graph)

    # -- graphs --------------------------------------------------------------------------------
    def typed_graph(self) -> "nx.MultiDiGraph":
        return views.typed_graph(self.store)

    def offices_graph(self) -> "nx.DiGraph":
        return views.offices_graph(self.store)

    def met_graph(self, statuses: Iterable[str] = MET_STATUSES) -> "nx.Graph":
        """People and who met whom; from the in-memory index for the default statuses when there is one
        (then a frozen graph: `nx.freeze`, shared by the callers of one store state; `G.copy()` to change it)."""
        if self.met_index is not None and set(statuses) == set(MET_STATUSES):
            frozen = self.met_index.frozen_graph()  # one immutable copy per generation, not one per call
            if frozen is None:
                self.met_index.build_now()
                frozen = self.met_index.frozen_graph()  # None only if a write it cannot follow landed meanwhile
            return frozen if frozen is not None else views.met_graph(self.store, statuses)
        return views.met_graph(self.store, statuses)

    def _on_met_graph(self, walk: Callable[..., Any], *, memo: bool = False) -> Any:
        """`walk` over the met-graph of meetings that happened or are scheduled: the read model's,
        under its lock (a write waits until the walk ends), else one built from the store. With
        `memo`, `walk(G, memo)` also gets the read model's line memo of G (`line_memo.py`; None
        for a graph built here)."""
        if self.met_index is None:
            G = views.met_graph(self.store)
            return walk(G, None) if memo else walk(G)
        with self.met_index.reading() as state:
            if state is not None:
                return walk(state.graph, state.memo(state.graph)) if memo else walk(state.graph)
        G = self.met_index.build_now().graph
        return walk(G, None) if memo else walk(G)

    def paths(self, source: str, target: str, *, max_hops: int = 4, limit: int = 10,
              evidence: int | None = None) -> tuple[str, str, list, bool]:
        """(source IRI, target IRI, the shortest chains of meetings between them, whether the search
        was complete); at most `evidence` meetings per hop (None: all). See `views.connection_paths`."""
        a, b = self.person_iri(source), self.person_iri(target)
        found, complete = self._on_met_graph(
            lambda G, memo: views.connection_paths(G, a, b, max_hops=max_hops, limit=limit, memo=memo, evidence=evidence),
            memo=True)
        return a, b, found, complete

    def network(self, ident: str | None = None, *, depth: int = 1, statuses: Iterable[str] = MET_STATUSES,
                since: str | None = None, until: str | None = None,
                max_nodes: int | None = None, max_edges: int | None = views.MAX_EDGES,
                calls: bool = False, meetings: bool = True) -> tuple[str | None, "nx.Graph"]:
        """(centre IRI, the met-graph around a person), or the whole graph of people who met someone.

        Meetings in person of any `statuses` come from the in-memory read model while it is fresh (it
        holds them with every status); phone and video calls (`calls`), and any status while the read
        model is stale, are walked with queries; `since`/`until` keep meetings in a date range;
        `max_nodes` stops the walk on a big hub (the graph's `truncated` attribute says so).

        Around a person at most `max_edges` lines are kept (1000 by default, as over HTTP; None keeps
        all): the line through which each person was reached, then the heaviest others. The graph's
        `edges_total` attribute counts every line between the people kept, so
        `G.graph["edges_total"] - G.number_of_edges()` lines were cut. The whole graph (no person)
        is never cut. With `meetings=False` the lines around a person carry their meetings' counts
        (`statuses`, `channels`) instead of the meetings (what the HTTP answer sends by default)."""
        statuses = tuple(statuses)

        def met_people(G: "nx.Graph") -> "nx.Graph":
            H = G.subgraph([n for n in G if G.degree(n) > 0]).copy()
            for _, _, data in H.edges(data=True):
                data["meetings"] = list(data["meetings"])  # the read model appends to its own lists
            return H

        if ident is None:
            if set(statuses) == set(MET_STATUSES):
                return None, self._on_met_graph(met_people)
            return None, met_people(self.met_graph(statuses))
        iri = self.person_iri(ident)

        def around(G: "nx.Graph", memo: LineMemo | None = None,
                   keep: Callable[[dict], bool] | None = _in_range(since, until)) -> "nx.Graph":
            return views.neighbourhood(G, iri, depth, keep=keep, max_nodes=max_nodes, max_edges=max_edges,
                                       memo=memo, meetings=meetings)

        if set(statuses) == set(MET_STATUSES) and not calls:
            return iri, self._on_met_graph(around, memo=True)
        queries.check_statuses(statuses)
        if self.met_index is not None and not calls:
            with self.met_index.reading() as state:
                if state is not None:  # the read model's graph of every status, meetings filtered here
                    return iri, around(state.every, state.memo(state.every),
                                       _with_status(statuses, _in_range(since, until)))
        return iri, around(views.queried_met_graph(self.store, iri, depth, statuses, max_nodes=max_nodes, calls=calls))


def group_delegations(delegations: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per role and side (head of the Norland delegation, member of a delegation of no
    known side) with how many delegations and the articles they were read in, newest first; the
    most frequent first. Each article mints its own delegation, so a person who travels with the
    same delegation in 55 articles has 55 of them: a page lists one line with 55 sources."""
    groups: dict[tuple[str, str | None], dict[str, Any]] = {}
    for d in delegations:
        group = groups.setdefault((d["role"], d.get("represents")), {"role": d["role"], "represents": d.get("represents"),
                                                                      "count": 0, "articles": [], "_seen": set()})
        if d["delegation"] in group["_seen"]:
            continue
        group["_seen"].add(d["delegation"])
        group["count"] += 1
        group["articles"].append({k: d.get(k) for k in ("delegation", "article", "article_id", "title", "published")})
    out = []
    for group in groups.values():
        del group["_seen"]
        group["articles"].sort(key=lambda a: (str(a["published"] or ""), str(a["article"] or "")), reverse=True)
        out.append(group)
    out.sort(key=lambda g: (-g["count"], g["role"] != "head", g["represents"] or "\uffff", g["role"]))
    return out


def _with_status(statuses: Iterable[str], keep: Callable[[dict], bool] | None) -> Callable[[dict], bool] | None:
    """A meeting filter: one of these statuses, and kept by `keep` (if any); None (no filter, the
    edges' own counts) when every status is asked and no `keep`."""
    wanted = frozenset(statuses)
    if wanted >= set(ALL_STATUSES):
        return keep
    return lambda meeting: meeting["status"] in wanted and (keep is None or keep(meeting))


def _in_range(since: str | None, until: str | None) -> Callable[[dict], bool] | None:
    """A meeting filter for a date range; meetings without a date are kept only when no range is asked."""
    if not since and not until:
        return None

    def keep(meeting: dict) -> bool:
        when = str(meeting.get("date") or "")
        return bool(when) and (not since or when >= since) and (not until or when <= until)
    return keep


class _Run:
    """One ingest run's bookkeeping, the same for serial, `-j N` and cluster extraction: which
    articles need extracting (the ledger skips unchanged ones), and the outcome of each write."""

    def __init__(self, service: NewsService, on_outcome: Callable[[ArticleOutcome], None] | None,
                 on_error: Callable[[str], None] | None):
        self.service = service
        self.summary = IngestSummary()
        self.started = time.perf_counter()
        self.pending: dict[str, tuple[Assigned, str]] = {}  # ids are unique within a run (`assign_ids`)
        self.on_outcome = on_outcome
        self.on_error = on_error

    def error(self, message: str) -> None:
        self.summary.errors.append(message)
        if self.on_error:
            self.on_error(message)

    def outcome(self, outcome: ArticleOutcome) -> None:
        self.summary.outcomes.append(outcome)
        if self.on_outcome:
            self.on_outcome(outcome)

    def to_extract(self, sources: Iterable[Source], published: str | date | None):
        """(text, meta) of every article to extract; unchanged ones and bad inputs are reported here."""
        service = self.service
        pipeline = service._pipeline_id()
        entries = service._checked(assign_ids(service.read(sources, published=published)))
        while batch := list(itertools.islice(entries, 256)):
            good = [e for e in batch if isinstance(e, Assigned)]
            known = ledger.stored_hashes(service.store, [str(service.minter.article(e.item.meta.id)) for e in good])
            for entry in batch:
                if isinstance(entry, ArticleError):
                    self.error(str(entry))
                    continue
                graph = str(service.minter.article(entry.item.meta.id))
                digest = ledger.source_hash(entry.item.text, entry.item.meta, pipeline)
                if known.get(graph) == digest and service.store.has_article(graph):
                    note = "; ".join(n for n in (entry.note, "skipped: not changed since stored") if n)
                    self.outcome(ArticleOutcome(id=entry.item.meta.id, iri=graph, status="unchanged",
                                                source=entry.item.source, note=note))
                    continue
                self.pending[entry.item.meta.id] = (entry, digest)
                yield entry.item.text, entry.item.meta

    def store(self, meta: ArticleMeta, facts: "ArticleFacts | str", *, replace: bool) -> None:
        """Write one extracted article (or report its extraction error)."""
        entry, digest = self.pending.pop(meta.id)
        if isinstance(facts, str):
            self.error(f"{entry.item.source}: {facts}")
            return
        try:
            outcome = self.service._store_facts(facts, entry, replace=replace, digest=digest)
        except ArticleConflict as exc:
            self.error(f"{entry.item.source}: {exc}")
            return
        self.outcome(outcome)

    def finish(self) -> IngestSummary:
        self.service.store.flush()
        self.summary.seconds = round(time.perf_counter() - self.started, 2)
        return self.summary
