"""A real `newsgraph` server process for tests: a free port, output to a file (a pipe nobody
drains can block the server, and reading a live process's pipe never returns), waiting bounded
by a deadline (never a timing assertion), and a stop that kills when terminating is not enough."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server_process(command: list[str], log: Path, env: dict | None = None):
    """Any server command, its output to `log`, stopped (or killed) on exit."""
    with log.open("wb") as out:
        proc = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        try:
            yield proc
        finally:
            stop_process(proc)


def stop_process(proc: subprocess.Popen, timeout: float = 15) -> None:
    """Terminate, and kill when terminating is not enough within `timeout` seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=timeout)


@contextmanager
def newsgraph_process(args: list[str], env: dict, log: Path):
    """`python -m newsgraph.api.cli.main ARGS`, stopped (or killed) on exit."""
    with server_process([sys.executable, "-m", "newsgraph.api.cli.main", *args], log, env) as proc:
        yield proc


def get_json(url: str, proc, log: Path, deadline_s: float = 120.0):
    """The JSON at `url` once the server answers; fails with the server's output when it exits or
    the deadline passes."""
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        try:
            return json.load(urllib.request.urlopen(url, timeout=5))
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.2)
    pytest.fail(f"no answer from {url}; server output:\n{log.read_text(errors='replace')[-3000:]}")
