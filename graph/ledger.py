"""What each stored article was made from: a hash of its text, metadata and pipeline, so a re-run
skips articles that have not changed before spending any extraction on them.

The ledger is one named graph (`LEDGER`) beside the article graphs, one triple per article:
`<article graph> ngi:sourceHash "sha256..."`. Every ingest path (serial, `-j N`, `--cluster`, and
`POST`/`PUT /articles`) writes it in the same transaction as the article, so a crash never leaves a
hash without its article or an article with the hash of an older text; plain SPARQL Update, so it
works on the embedded store and on any SPARQL server alike. A graph changed by a SPARQL Update of
its own is not seen here: re-ingesting such an article with its old text skips it.

It is internal, like the name index: exports leave it out unless asked (`store.INTERNAL_PREFIX`).
"""
from __future__ import annotations

import hashlib
from typing import Iterable

from newsgraph.extract.facts import ArticleMeta

__all__ = ["LEDGER", "source_hash", "stored_hashes", "record", "record_update", "forget", "forget_update"]

LEDGER = "urn:newsgraph:ingest-ledger"
SOURCE_HASH = "https://w3id.org/newsgraph/ingest#sourceHash"


def source_hash(text: str, meta: ArticleMeta, pipeline: str) -> str:
    """The hash of everything an article's graph is made from (text, metadata, pipeline and options)."""
    h = hashlib.sha256()
    for part in (text, meta.id, meta.title, meta.published, meta.url, meta.source, pipeline):
        h.update(str(part if part is not None else "").encode("utf-8") + b"\x00")
    return h.hexdigest()


def stored_hashes(store, graphs: Iterable[str]) -> dict[str, str]:
    """graph IRI -> its recorded hash, for those of `graphs` the ledger has (one query per call)."""
    values = " ".join(f"<{g}>" for g in graphs)
    if not values:
        return {}
    rows = store.select(f"SELECT ?g ?h WHERE {{ VALUES ?g {{ {values} }} GRAPH <{LEDGER}> {{ ?g <{SOURCE_HASH}> ?h }} }}")
    return {r["g"]: r["h"] for r in rows}


def record_update(graph: str, digest: str) -> str:
    """The SPARQL Update that records the hash an article graph was made from (replacing any earlier
    one); the service runs it in the same transaction as the article write."""
    return (f"DELETE WHERE {{ GRAPH <{LEDGER}> {{ <{graph}> <{SOURCE_HASH}> ?h }} }} ;\n"
            f"INSERT DATA {{ GRAPH <{LEDGER}> {{ <{graph}> <{SOURCE_HASH}> \"{digest}\" }} }}")


def forget_update(graph: str) -> str:
    """The SPARQL Update that drops an article's entry (its graph was written from facts of unknown origin)."""
    return f"DELETE WHERE {{ GRAPH <{LEDGER}> {{ <{graph}> <{SOURCE_HASH}> ?h }} }}"


def record(store, graph: str, digest: str) -> None:
    """Record the hash an article graph was made from (replacing any earlier one)."""
    store.update(record_update(graph, digest))


def forget(store, graph: str) -> None:
    """Drop an article's ledger entry (when the article is removed)."""
    store.update(forget_update(graph))
