"""Which store, in which state: a stamp kept inside the store, so that anything derived from it and
saved elsewhere (the read-model snapshots, `read_model_snapshot.py`) can tell whether it still
reflects the store.

The stamp is two literals in the internal graph `urn:newsgraph:state`:

- the store's **id**, a UUID minted by the first stamped write and never changed (a snapshot of
  another store, or of a copy that has been written since, does not match);
- the **token**, a fresh UUID written *before* every write of `OxigraphStore` (SPARQL Update, an
  article replaced or removed, a load). A snapshot is tagged with the token it was taken at; any
  write since (by this process or another newsgraph process, at any time) changed the token, so
  the snapshot is not used. The token is changed first: a process killed between the token and the
  write leaves a token no snapshot has, never a write under an old token.

A store gets its stamp when something is first saved for it (`OxigraphStore.stamp`); a store never
stamped is left as it was. The two quads are in the union graph SPARQL queries see, like the name
index and the ingest ledger; exports leave them out (a store loaded from an export is another
store). Reading the stamp is two single-pattern lookups.

Not covered: a program other than newsgraph writing the store folder (pyoxigraph directly, an
Oxigraph server) does not change the token. The article count in the snapshot's header catches
articles added or removed that way, not an article replaced.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass

import pyoxigraph as ox

__all__ = ["STATE_GRAPH", "Stamp", "read_stamp", "touch_update"]

STATE_GRAPH = "urn:newsgraph:state"
_ID = "urn:newsgraph:state#store"
_TOKEN = "urn:newsgraph:state#token"


@dataclass(frozen=True)
class Stamp:
    store: str
    token: str


def touch_update() -> str:
    """SPARQL Update that gives the store a new token (and an id if it has none), one transaction."""
    g = f"<{STATE_GRAPH}>"
    return (f"DELETE WHERE {{ GRAPH {g} {{ {g} <{_TOKEN}> ?t }} }} ;\n"
            f"INSERT {{ GRAPH {g} {{ {g} <{_ID}> ?id }} }} WHERE {{ FILTER NOT EXISTS {{ GRAPH {g} {{ {g} <{_ID}> ?x }} }} "
            f"BIND(STRUUID() AS ?id) }} ;\n"
            f"INSERT DATA {{ GRAPH {g} {{ {g} <{_TOKEN}> \"{uuid.uuid4()}\" }} }}")


def read_stamp(raw: ox.Store) -> Stamp | None:
    """The store's stamp, or None when it has none (never written by a version that stamps)."""
    graph, subject = ox.NamedNode(STATE_GRAPH), ox.NamedNode(STATE_GRAPH)
    values = {}
    for name in (_ID, _TOKEN):
        found = [q.object.value for q in raw.quads_for_pattern(subject, ox.NamedNode(name), None, graph)]
        if len(found) != 1:
            return None
        values[name] = found[0]
    return Stamp(values[_ID], values[_TOKEN])
