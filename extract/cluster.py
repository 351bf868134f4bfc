"""Extraction on a Dask cluster: chunks of articles go to workers, facts come back in input order.

Each worker process loads the spaCy pipeline once, the first time a chunk reaches it (a cached
module-level loader: the pipeline is never pickled, only the model's name, the options and any
replaced word lists travel, the lists as their entries, since the user's files are not on the
workers' machines), and runs
`nlp.pipe` over the chunk. Facts are plain frozen dataclasses, so they travel back by pickle.
A chunk that fails is retried article by article, so one bad article costs only itself.

`--cluster local:N` starts a `LocalCluster` of N single-threaded worker processes here;
`--cluster tcp://host:8786` joins a running `dask scheduler` (its `dask worker`s need newsgraph
and the spaCy model installed). Dask is an optional extra: `pip install 'newsgraph[cluster]'`.
"""
from __future__ import annotations

import functools
import itertools
from collections import deque
from contextlib import contextmanager
from typing import Iterable, Iterator

from newsgraph.extract.facts import ArticleFacts, ArticleMeta
from newsgraph.extract.lexicon import LexiconOverrides

__all__ = ["ClusterUnavailable", "open_cluster", "extract_on_cluster", "extract_chunk"]

Item = tuple[str, ArticleMeta]
Result = tuple[ArticleMeta, "ArticleFacts | str"]  # facts, or the error message


class ClusterUnavailable(RuntimeError):
    """Dask is not installed, the spec is not understood, or the scheduler cannot be reached."""


@contextmanager
def open_cluster(spec: str, *, timeout: float = 30.0):
    """A Dask `Client` for `local:N` (a local cluster of N processes, closed afterwards) or a scheduler address."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ClusterUnavailable("--cluster needs Dask: pip install 'newsgraph[cluster]'") from exc
    if spec.startswith("local:"):
        try:
            workers = int(spec.split(":", 1)[1])
        except ValueError:
            raise ClusterUnavailable(f"--cluster {spec!r}: expected local:N with N a number") from None
        if workers < 1:
            raise ClusterUnavailable("--cluster local:N needs N >= 1")
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                          silence_logs=40) as cluster, Client(cluster, timeout=timeout) as client:
            yield client
        return
    if not spec.startswith(("tcp://", "tls://", "ws://", "wss://")):
        raise ClusterUnavailable(f"--cluster {spec!r}: expected local:N or a scheduler address like tcp://host:8786")
    try:
        client = Client(spec, timeout=timeout)
    except OSError as exc:
        raise ClusterUnavailable(f"cannot reach the Dask scheduler at {spec}: {exc}") from exc
    try:
        yield client
    finally:
        client.close()


@functools.lru_cache(maxsize=2)
def _pipeline(model: str | None, indirect: bool, lexicons: LexiconOverrides):
    """The worker's spaCy pipeline: loaded once per process, then reused by every chunk."""
    from newsgraph.extract.pipeline import build_nlp
    return build_nlp(model, indirect=indirect, lexicons=lexicons)


def extract_chunk(chunk: list[Item], model: str | None, indirect: bool,
                  lexicons: LexiconOverrides = ()) -> list[Result]:
    """Facts for a chunk (runs on a worker); an article that fails becomes its error message."""
    from newsgraph.extract.pipeline import extract_many

    nlp = _pipeline(model, indirect, lexicons)
    try:
        return list(zip((meta for _, meta in chunk), extract_many(chunk, nlp=nlp)))
    except Exception:  # noqa: BLE001 - find the article at fault, keep the others
        out: list[Result] = []
        for text, meta in chunk:
            try:
                out.extend(zip([meta], extract_many([(text, meta)], nlp=nlp)))
            except Exception as exc:  # noqa: BLE001 - reported per article, the run goes on
                out.append((meta, f"extraction failed: {type(exc).__name__}: {exc}"))
        return out


def extract_on_cluster(items: Iterable[Item], client, *, model: str | None, indirect: bool = False,
                       lexicons: LexiconOverrides = (), chunk_size: int = 16,
                       in_flight: int | None = None) -> Iterator[Result]:
    """(meta, facts or error) for every article, in input order, extracted by the cluster's workers
    with `model`, `indirect` and the replaced word lists `lexicons` (see `lexicon.resolve_overrides`).

    At most `in_flight` chunks (default: two per worker) are submitted at once, so a long input
    is streamed rather than held in the scheduler's memory."""
    iterator = iter(items)
    chunks = iter(lambda: list(itertools.islice(iterator, chunk_size)), [])
    limit = in_flight or max(2, 2 * len(client.scheduler_info().get("workers", {})))
    pending: deque = deque()
    for chunk in chunks:
        pending.append(client.submit(extract_chunk, chunk, model, indirect, lexicons, pure=False))
        while len(pending) >= limit:
            yield from _result(pending.popleft(), chunk_size)
    while pending:
        yield from _result(pending.popleft(), chunk_size)


def _result(future, chunk_size: int) -> list[Result]:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - a lost worker: the chunk's articles are reported, not the run
        raise ClusterUnavailable(f"a chunk of {chunk_size} articles failed on the cluster: {exc}") from exc
