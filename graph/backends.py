"""Which store backend a `--store` value means: a folder is embedded Oxigraph, a URL a SPARQL server.

One place decides, so the CLI, `newsgraph serve`, `NewsGraph.open` and the service agree.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph.graph.remote_store import RemoteStore, is_url
from newsgraph.graph.store import OxigraphStore

if TYPE_CHECKING:
    from newsgraph.settings import Settings

__all__ = ["open_backend", "is_url", "is_shared"]


def open_backend(settings: "Settings", *, read_only: bool = False) -> OxigraphStore | RemoteStore:
    """The store the settings name. A server is checked at once (reachable, credentials, union default graph)."""
    if is_url(settings.store):
        return RemoteStore.from_settings(settings).check()
    return OxigraphStore(Path(settings.store), read_only=read_only)


def is_shared(store) -> bool:
    """Whether other processes write this store too (then in-memory read models of ours go stale unseen)."""
    return bool(getattr(store, "shared", False))
