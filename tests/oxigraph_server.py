"""A real Oxigraph server for tests: `oxigraph serve` on a free 127.0.0.1 port, stopped afterwards.

The `oxigraph` command comes from the `oxigraph` package on PyPI (in the test extras). Every wait
is bounded: the server must answer within 20 s of starting; it is killed if it does not stop.
"""
from __future__ import annotations

import shutil
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx

from tests.live_server import free_port, server_process


def oxigraph_command() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        raise RuntimeError("the `oxigraph` server command is missing: pip install -e '.[test]' installs it")
    return found


@contextmanager
def oxigraph_server(location: Path, *, union_default_graph: bool = True, start_timeout: float = 20.0) -> Iterator[str]:
    """Start a server on a store folder; yield its base URL; stop it."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = ([oxigraph_command(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
               + (["--union-default-graph"] if union_default_graph else []))
    with server_process(command, location.parent / f"oxigraph-{port}.log") as process:
        deadline = time.monotonic() + start_timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited with {process.returncode}")
            try:
                if httpx.get(f"{url}/query", params={"query": "ASK {}"}, timeout=1.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"oxigraph serve did not answer within {start_timeout:g} s")
            time.sleep(0.1)
        yield url
