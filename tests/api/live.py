"""A real `newsgraph serve` process on 127.0.0.1 for the tests that need one (signals, kill -9,
worker processes, concurrency), always stopped, bounded in time; and synthetic stores built
without spaCy."""
from __future__ import annotations

import gc
import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import httpx
import pyoxigraph as ox

TOKEN = "live-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SCHEMA = "https://schema.org/"
BASE = "https://w3id.org/newsgraph/id/"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    store: Path

    def client(self, timeout: float = 30.0, **kwargs) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=timeout, **kwargs)


def start_server(store: Path, **env: str) -> Server:
    port = free_port()
    environment = {**os.environ, "NEWSGRAPH_TOKEN": TOKEN, "NEWSGRAPH_STORE": str(store),
                   **{f"NEWSGRAPH_{k.upper()}": str(v) for k, v in env.items()}}
    log = open(store.parent / f"server-{port}.log", "wb")  # a file, not a pipe nobody reads (it would fill and block)
    process = subprocess.Popen(
        [sys.executable, "-m", "newsgraph.api.cli.main", "serve", "--store", str(store), "--port", str(port),
         "--log-level", "warning"],
        env=environment, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    log.close()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited: {server_log(store, port)[-2000:]}")
        try:  # answering, and its name index built (a synthetic store has none: it is built at start)
            health = httpx.get(f"{url}/health", timeout=2)
            if health.status_code == 200 and health.json().get("name_index") == "ready":
                return Server(url, process, store)
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    stop_server(process)
    raise RuntimeError("the server did not start within 90 s")


def server_log(store: Path, port: int) -> str:
    path = store.parent / f"server-{port}.log"
    return path.read_text(errors="replace") if path.exists() else ""


def stop_server(process: subprocess.Popen, *, timeout: float = 10.0) -> float:
    """SIGTERM, then SIGKILL after `timeout`; the seconds the process took to exit after SIGTERM."""
    if process.poll() is not None:
        return 0.0
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # its own session: the server and its query workers
        process.wait(timeout=10)
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)  # query workers left behind, if any
        except (ProcessLookupError, PermissionError):
            pass
    return time.monotonic() - started


@contextmanager
def live_server(store: Path, **env: str) -> Iterator[Server]:
    server = start_server(store, **env)
    try:
        yield server
    finally:
        stop_server(server.process)


def synthetic_store(path: Path, people: int = 200, articles: int = 20) -> None:
    """A store of `people` persons spread over `articles` article graphs, with meetings between
    neighbours (enough for searches and joins to cost something, built in a second)."""
    store = ox.Store(str(path))
    quads = []
    person_type = ox.NamedNode(f"{SCHEMA}Person")
    name = ox.NamedNode(f"{SCHEMA}name")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    for i in range(people):
        graph = ox.NamedNode(f"{BASE}article/synthetic-{i % articles}")
        person = ox.NamedNode(f"{BASE}person/person-{i}")
        quads.append(ox.Quad(person, rdf_type, person_type, graph))
        quads.append(ox.Quad(person, name, ox.Literal(f"Person Number{i} Example"), graph))
    store.bulk_extend(quads)
    store.flush()
    del store
    gc.collect()
