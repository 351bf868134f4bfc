"""Read models saved next to the store, so that a server starts with them ready in seconds instead
of rebuilding them from the whole store (minutes at 100k articles).

A snapshot is one file per model, `<store folder>.read-models/<model>.pickle`: a small header, then
the model's state. The header says what the state reflects: the store's id and state token
(`store_state.py`: the token changes before every write), the article count, and the format and
model version. A snapshot is used only when all of these match the store as it is when the model
is installed (under the store's write lock), so a snapshot of another store, of an older state of
this one (any write since, by any newsgraph process), or of an older layout is never served: the
model is built from the store instead.

Files are written whole to a temporary name in the same folder, synced, then renamed over the old
one: a process killed while saving leaves the previous snapshot (or none) and a stray temporary
file, never half a snapshot under the real name. A file that does not read back (truncated,
foreign, corrupt) counts as no snapshot.

The state is a pickle: whoever can write this folder can write the store beside it, so loading it
trusts nothing the store does not already trust.
"""
from __future__ import annotations

import os
import pickle
import threading
from pathlib import Path
from typing import Any

__all__ = ["FORMAT", "path_for", "write", "read_header", "read_state"]

FORMAT = 1


def path_for(store, model: str) -> Path | None:
    """Where a model's snapshot of this store lives; None for stores without a folder (in memory, remote)."""
    folder = getattr(store, "path", None)
    if folder is None or not hasattr(store, "stamp"):
        return None
    folder = Path(folder)
    return folder.parent / f"{folder.name}.read-models" / f"{model}.pickle"


def write(path: Path, header: dict[str, Any], state: bytes) -> None:
    """Replace the snapshot at `path` atomically (temporary file, fsync, rename, fsync of the folder)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(temporary, "wb") as out:
            pickle.dump(header, out, protocol=5)
            out.write(state)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def _remove_leftovers(path: Path) -> None:
    """Temporary files of saves whose process has gone (killed while saving)."""
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            pid = int(leftover.name.split(".")[-3])
            os.kill(pid, 0)
        except ProcessLookupError:
            leftover.unlink(missing_ok=True)
        except (ValueError, IndexError, PermissionError, OSError):
            continue


def read_header(path: Path | None) -> dict[str, Any] | None:
    """The header of the snapshot at `path`, or None (no file, or not a snapshot)."""
    if path is None:
        return None
    try:
        with open(path, "rb") as source:
            header = pickle.load(source)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, ImportError, IndexError):
        return None
    return header if isinstance(header, dict) and header.get("format") == FORMAT else None


def read_state(path: Path, header: dict[str, Any]) -> Any | None:
    """The state saved after `header` at `path`, or None when the file no longer has that header or
    does not read back whole."""
    try:
        with open(path, "rb") as source:
            if pickle.load(source) != header:
                return None  # replaced since the header was read
            state = pickle.load(source)
            if source.read(1):
                return None
            return state
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, ImportError, IndexError):
        return None
