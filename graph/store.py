"""The triple store: embedded Oxigraph on disk, one named graph per article.

Writing an article is one SPARQL update (`DROP SILENT GRAPH <a>; INSERT DATA { GRAPH <a> {...} }`),
which Oxigraph runs as one transaction: re-ingesting replaces the article's graph, and a process
killed mid-write leaves the store as it was before that article. Queries see the union of all
article graphs.
"""
from __future__ import annotations

import bisect
import gc
import shutil
import tempfile
import threading
import time
import weakref
from functools import wraps
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Protocol, TypeVar

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from newsgraph.graph import cancel
from newsgraph.graph.formats import RdfFormat
from newsgraph.graph.namespace import PREFIXES, sparql_prefixes
from newsgraph.graph.store_state import STATE_GRAPH, Stamp, read_stamp, touch_update

EXPORT_FORMATS: dict[str, ox.RdfFormat] = {f.value: f.oxigraph for f in RdfFormat}
DATASET_FORMATS = {f.value for f in RdfFormat if f.keeps_graphs}
INDEX_GRAPHS = frozenset({"urn:newsgraph:index:people"})  # graph/name_index.py; derived, no article
# Graphs named urn:newsgraph:... are ours, not articles: the name index, the ingest ledger. Exports
# leave them out unless asked (`include_internal`); an import rebuilds the index, and a run without
# the ledger only extracts again.
INTERNAL_PREFIX = "urn:newsgraph:"
INTERNAL_FILTER = f'FILTER(!STRSTARTS(STR(?g), "{INTERNAL_PREFIX}"))'


def is_internal(graph: str) -> bool:
    return graph.startswith(INTERNAL_PREFIX)


class StoreError(RuntimeError):
    """The store cannot be opened or written (for example, another process holds its lock)."""


class QueryError(ValueError):
    """A SPARQL query or update that the store rejected (syntax or evaluation error)."""


class TripleStore(Protocol):
    """What every store backend offers (embedded Oxigraph now, a remote SPARQL endpoint later)."""

    supports_update: bool

    def replace_article(self, graph: str, triples: Iterable[tuple]) -> int: ...
    def same_article(self, graph: str, triples: Iterable[tuple]) -> bool: ...
    def remove_article(self, graph: str) -> bool: ...
    def select(self, sparql: str) -> list[dict[str, Any]]: ...
    def articles(self) -> list[str]: ...
    def article_count(self) -> int: ...


def _nt(term) -> str:
    """An rdflib term in N-Triples syntax, for INSERT DATA."""
    if isinstance(term, (URIRef, Literal)):
        return term.n3()
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not an RDF term: {term!r}")


def _statements(triples: Iterable[tuple]) -> list[str]:
    """One `s p o .` line per rdflib triple, for INSERT DATA (Turtle syntax: n3() may write long strings)."""
    return [f"{_nt(s)} {_nt(p)} {_nt(o)} ." for s, p, o in triples]


def python_value(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> Any:
    """A SPARQL result term as a plain Python value (IRIs and literals as strings, numbers as numbers)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith(("#integer", "#int", "#long")):
            return int(term.value)
        if dt.endswith(("#decimal", "#double", "#float")):
            return float(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return term.value


class SparqlReads:
    """`select` and `ask` over a store's `query` (pyoxigraph results), shared by every backend."""

    def query(self, sparql: str, **kwargs):
        raise NotImplementedError

    def select(self, sparql: str) -> list[dict[str, Any]]:
        """Rows of a SELECT query as dicts of plain Python values."""
        results = self.query(sparql)
        if not isinstance(results, ox.QuerySolutions):
            raise QueryError("select() takes a SELECT query")
        names = [v.value for v in results.variables]
        rows, row = [], None
        try:
            for i, row in enumerate(results):
                if i % 256 == 255:
                    cancel.check()  # rows are computed lazily: a long read stops at the request's deadline
                rows.append({n: python_value(row[n]) for n in names})
        except OSError as exc:
            raise StoreError(f"the store could not be read: {exc}") from exc
        finally:  # pyoxigraph results may only be dropped on their own thread; an exception (a
            del results, row  # cancelled read) keeps this frame alive, maybe until another thread lets it go
        return rows

    def ask(self, sparql: str) -> bool:
        return bool(self.query(sparql))


READ_ONLY_ATTEMPTS = 10  # a read-only open or read that lost a race with the folder's writer, tried again


def changed_underfoot(exc: BaseException) -> bool:
    """Whether a read-only view of a live folder failed because the folder's writer had just replaced a
    file it was about to read: RocksDB writes a new MANIFEST every time a writer opens the folder and
    deletes compacted tables ("No such file or directory ... MANIFEST-000029 may be corrupted"). Seen
    in about 2 of 100 opens or reads while another process wrote and flushed the folder in a loop;
    opening again finds the new files."""
    while exc is not None:  # ours (StoreError) wrap pyoxigraph's
        if isinstance(exc, (OSError, RuntimeError)) and any(
                sign in str(exc) for sign in ("No such file or directory", "may be corrupted")):
            return True
        exc = exc.__cause__
    return False


def open_read_only(path: Path, attempts: int = READ_ONLY_ATTEMPTS) -> ox.Store:
    """`ox.Store.read_only`, opened again (after 10, 20, 40 ... 200 ms) when it lost a race with a writer."""
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
            if attempt == attempts - 1 or not changed_underfoot(exc):
                raise
            time.sleep(_pause(attempt))
    raise AssertionError("unreachable")


def _pause(attempt: int) -> float:
    return min(0.01 * 2 ** attempt, 0.2)


Read = TypeVar("Read", bound=Callable[..., Any])


def _rereading(method: Read) -> Read:
    """A read of a read-only view of a live folder, run again on a fresh view when the writer replaced
    a file under it (`changed_underfoot`). Only for reads that return whole answers (never a lazy
    result another caller is iterating); a writable or in-memory store is never retried."""
    @wraps(method)
    def read(self: "OxigraphStore", *args, **kwargs):
        for attempt in range(READ_ONLY_ATTEMPTS):
            try:
                return method(self, *args, **kwargs)
            except (OSError, RuntimeError) as exc:
                if not (self.read_only and self._live) or attempt == READ_ONLY_ATTEMPTS - 1 or not changed_underfoot(exc):
                    raise
                time.sleep(_pause(attempt))
                self._store = open_read_only(self.path)
                self._listing = None
    return read  # type: ignore[return-value]


class OxigraphStore(SparqlReads):
    """Embedded Oxigraph. `path=None` keeps everything in memory (tests, notebooks).

    `read_only=True` never writes through this object. It takes the folder's lock while it is free
    (nothing then changes under the reads), else reads beside the process that holds it (a CLI query
    while `newsgraph serve` runs). RocksDB leaves reading beside a writer undefined; in practice such
    a view fails now and then when the writer has just replaced a file, so its opens and whole-answer
    reads are tried again on a fresh view (`_rereading`). `snapshot()` is the consistent alternative,
    and the running server's own `/sparql` the safe one."""

    supports_update = True

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.generation = 0  # bumped by every write before it is acknowledged, so readers know when to refresh
        self.write_lock = threading.RLock()  # one writer at a time; also makes the generation count exact
        self.read_only = read_only
        self._live = False  # a view of a folder another process may be writing (see the class docstring)
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = self._open_for_reading(self.path)
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}. Is another newsgraph process "
                             "(for example `newsgraph serve`) using it?") from exc

    def _open_for_reading(self, path: Path) -> ox.Store:
        """The folder with its lock when nobody holds it, so nothing can change under our reads;
        else (a server writes it, or the file system is read-only) a read-only view beside its owner."""
        if (path / "CURRENT").exists():
            try:
                return ox.Store(str(path))
            except OSError:
                pass
        self._live = True
        return open_read_only(path)

    @classmethod
    def snapshot(cls, path: str | Path) -> "OxigraphStore":
        """A read-only, consistent snapshot of the store folder as it is now, holding no lock.

        pyoxigraph (0.5) offers `Store.read_only`, whose behaviour is undefined while another
        process writes the folder, and `Store.backup`, a RocksDB checkpoint that only the process
        holding the folder can make. So: take the folder's lock for an instant, make a checkpoint
        in a temporary folder (hard links, about 0.1 s), let the lock go, and read the checkpoint,
        which nobody ever writes. A server started afterwards is not disturbed; the snapshot does
        not see its writes. While another process holds the folder this is StoreError."""
        source = Path(path)
        if not source.exists():
            raise StoreError(f"no store at {source}")
        try:
            live = ox.Store(str(source))
        except OSError as exc:
            raise StoreError(f"the store at {source} is in use by another process (a running `newsgraph serve`?), "
                             "so no consistent snapshot can be taken; query that server's /sparql instead, or "
                             f"stop it ({exc})") from exc
        workdir = Path(tempfile.mkdtemp(prefix="newsgraph-snapshot-"))
        try:
            live.backup(str(workdir / "store"))
        except OSError as exc:
            shutil.rmtree(workdir, ignore_errors=True)
            raise StoreError(f"cannot snapshot the store at {source}: {exc}") from exc
        finally:
            del live  # releases the folder's lock
        snapshot = cls(workdir / "store", read_only=True)
        snapshot.path = source
        weakref.finalize(snapshot, shutil.rmtree, workdir, True)
        return snapshot

    @property
    def raw(self) -> ox.Store:
        """The pyoxigraph store, for callers that need its full API."""
        return self._store

    # -- writing -----------------------------------------------------------------------------
    def replace_article(self, graph: str, triples: Iterable[tuple], *, before: str = "", after: str = "") -> int:
        """Replace one article's named graph with these triples, atomically, with the SPARQL updates
        `before` and `after` (the people index's) in the same transaction. Returns the count."""
        lines = _statements(triples)
        update = f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n" + "\n".join(lines) + "\n} }"
        with self.write_lock:  # the count and the write together: concurrent writers cannot interleave
            counted = self._counted()
            existed = self.has_article(graph)
            self.update(" ;\n".join(part for part in (before, update, after) if part))
            self._recount(counted, graph, None if existed else True)
        return len(lines)

    def same_article(self, graph: str, triples: Iterable[tuple]) -> bool:
        """Whether the stored graph holds exactly these triples (then re-writing it changes nothing)."""
        node = ox.NamedNode(graph)
        data = "\n".join(_statements(triples)).encode("utf-8")
        new = {(t.subject, t.predicate, t.object) for t in ox.parse(data, ox.RdfFormat.TURTLE)}  # n3() may write """long""" strings
        stored = {(q.subject, q.predicate, q.object) for q in self._store.quads_for_pattern(None, None, None, node)}
        return new == stored

    def remove_article(self, graph: str, *, update: str | None = None) -> bool:
        """Remove an article's graph (by the SPARQL `update`, when given, which also keeps the people
        index in step); False when there was none."""
        node = ox.NamedNode(graph)
        with self.write_lock:
            cancel.check()  # past the request's deadline nothing is written (its 503 is then true)
            if not self._store.contains_named_graph(node):
                return False
            counted = self._counted()
            if update:
                self.update(update)  # re-enters the write lock
            else:
                try:
                    self._touch()
                    self._store.remove_graph(node)
                finally:
                    self.generation += 1
            self._recount(counted, graph, False)
        return True

    # -- the article list, sorted, kept by this process's writes (a raw SPARQL update lists them again)
    def _counted(self) -> bool:
        return getattr(self, "_listing", None) is not None and self._listing_generation == self.generation

    def _recount(self, was_counted: bool, graph: str, added: bool | None) -> None:
        """Keep the list in step with one article written (`added`: new, False: removed, None: replaced)."""
        if was_counted:
            if added:
                bisect.insort(self._listing, graph)
            elif added is False:
                i = bisect.bisect_left(self._listing, graph)
                if i < len(self._listing) and self._listing[i] == graph:
                    del self._listing[i]
            self._listing_generation = self.generation

    @_rereading
    def _article_list(self) -> list[str]:
        """Every article graph IRI, sorted: listed once, then kept up to date by `replace_article` and
        `remove_article`, so counting and paging do not walk the store."""
        if not self._counted():
            self._listing = sorted(g.value for g in self._store.named_graphs()
                                   if isinstance(g, ox.NamedNode) and not g.value.startswith("urn:newsgraph:"))
            self._listing_generation = self.generation
        return self._listing

    def article_count(self) -> int:
        """How many article graphs (O(1) for `/health`)."""
        return len(self._article_list())

    def article_page(self, *, after: str | None = None, limit: int = 100, offset: int = 0) -> list[str]:
        """Article graph IRIs in IRI order: those after `after` (keyset paging, a bisection), else
        from position `offset`; the cost follows the page, not the store."""
        listing = self._article_list()
        start = bisect.bisect_right(listing, after) if after is not None else offset
        return listing[start:start + limit]

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        with self.write_lock:
            cancel.check()  # past the request's deadline nothing is written (its 503 is then true)
            try:
                self._touch()
                self._store.update(sparql, base_iri=base_iri)
            except SyntaxError as exc:
                raise QueryError(f"SPARQL syntax error: {exc}") from exc
            except OSError as exc:
                raise StoreError(f"write failed: {exc}") from exc
            finally:
                self.generation += 1  # also after a failure: readers must not trust what they cached

    def load(self, data: bytes | str | IO, fmt: str, graph: str | None = None) -> None:
        kwargs = {"to_graph": ox.NamedNode(graph)} if graph else {}
        with self.write_lock:
            try:
                self._touch()
                self._store.load(data, EXPORT_FORMATS[fmt], **kwargs)
            finally:
                self.generation += 1

    def _touch(self) -> None:
        """A new state token before a write (`store_state`): snapshots tagged with the old one are
        refused from now on, even if the write below fails or the process dies during it. Only in a
        stamped store (one something was saved for): others stay as they were, without the two
        quads of the stamp in their union graph."""
        if self._stamped():
            self._store.update(touch_update())

    def _stamped(self) -> bool:
        if getattr(self, "_has_stamp", None) is None:  # looked up once: only this process writes the folder
            self._has_stamp = self._store.contains_named_graph(ox.NamedNode(STATE_GRAPH))
        return self._has_stamp

    def stamp(self) -> Stamp | None:
        """(store id, state token) as of now: callers that must match it to what they read hold the
        write lock. A writable store never stamped gets its stamp here (the state graph only: no
        article, index or generation changes); a read-only one without a stamp gives None."""
        with self.write_lock:
            found = read_stamp(self._store)
            if found is None and not self.read_only and self.path is not None:
                self._store.update(touch_update())
                self._has_stamp = True
                found = read_stamp(self._store)
            return found

    def flush(self) -> None:
        """Write the memtables to disk. Under the write lock: a flush running at the same time as a
        backup (the query runner's snapshots) hung both in the soak test."""
        with self.write_lock:
            self._store.flush()

    def close(self) -> None:
        """Let the folder go now (its lock and open files) rather than whenever the object is
        collected: a command that opened a store and then stopped early must not leave a live
        writer behind for the next opener in the same process (seen: a read-only open beside such a
        leftover read a manifest RocksDB had just replaced, "Corruption ... MANIFEST"). The store
        cannot be used afterwards."""
        with self.write_lock:
            store = self.__dict__.pop("_store", None)
            if store is not None and self.path is not None and not self.read_only:
                store.flush()
            del store
        # a result iterator of this store caught in a reference cycle (an exception's frames) keeps
        # RocksDB open until the cycle collector runs; run it now, not when the next opener is there
        gc.collect()

    def backup(self, target: str | Path) -> None:
        """A RocksDB checkpoint (hard links, about 0.1 s), under the write lock: a write or flush
        during it made it fail ("File smaller than expected for copy") or hang."""
        with self.write_lock:
            self._store.backup(str(target))

    # -- reading -----------------------------------------------------------------------------
    def query(self, sparql: str, *, union: bool = True, prefixes: bool = True, **kwargs):
        """Run a SPARQL query over the union of article graphs; raw pyoxigraph results."""
        text = (sparql_prefixes() + sparql) if prefixes and "PREFIX" not in sparql.upper()[:2000] else sparql
        cancel.check()
        try:
            if union and "default_graph" not in kwargs:
                kwargs["use_default_graph_as_union"] = True
            return self._store.query(text, **kwargs)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"the store could not be read: {exc}") from exc

    select = _rereading(SparqlReads.select)  # ask() is a select()

    def articles(self) -> list[str]:
        return list(self._article_list())  # not the ingest ledger nor the people index

    @_rereading
    def has_article(self, graph: str) -> bool:
        try:
            node = ox.NamedNode(graph)
        except ValueError:  # not an IRI: no such article
            return False
        return self._store.contains_named_graph(node)

    @_rereading
    def __len__(self) -> int:
        """Quads, not counting the state stamp (`store_state`: bookkeeping, not data)."""
        return len(self._store) - sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(STATE_GRAPH)))

    # -- export ------------------------------------------------------------------------------
    def export(self, output: IO[bytes] | str | Path, fmt: str = "turtle", *, graph: str | None = None,
               include_internal: bool = False) -> None:
        """Stream the store to a file: TriG/N-Quads keep article graphs, the other formats the union;
        our internal graphs (name index, ingest ledger) only with `include_internal`, the state stamp
        never (a store loaded from the export is another store)."""
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
        rdf_format = EXPORT_FORMATS[fmt]
        prefixes = dict(PREFIXES)
        if graph is not None:
            self._store.dump(output, rdf_format, from_graph=ox.NamedNode(graph), **_prefix_kwargs(rdf_format, prefixes))
        elif fmt in DATASET_FORMATS:
            quads = (q for q in self._store if not (isinstance(q.graph_name, ox.NamedNode) and (
                     q.graph_name.value == STATE_GRAPH or not include_internal and is_internal(q.graph_name.value))))
            ox.serialize(quads, output, rdf_format, **_prefix_kwargs(rdf_format, prefixes))
        else:
            keep = f"FILTER(?g != <{STATE_GRAPH}>)" if include_internal else INTERNAL_FILTER  # a stamp is never copied
            triples = self._store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {keep} }}")
            ox.serialize(triples, output, rdf_format, **_prefix_kwargs(rdf_format, prefixes))


def _prefix_kwargs(rdf_format: ox.RdfFormat, prefixes: dict[str, str]) -> dict:
    if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML):
        return {"prefixes": prefixes}
    return {}


@contextmanager
def open_store(location: str | Path, *, read_only: bool = False) -> Iterator[OxigraphStore]:
    """Open the store at a folder and flush on exit."""
    store = OxigraphStore(location, read_only=read_only)
    try:
        yield store
    finally:
        if not read_only:
            try:
                store.flush()
            except OSError:
                pass
