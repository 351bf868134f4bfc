"""Cooperative deadlines for work done on behalf of one HTTP request.

pyoxigraph cannot interrupt a query it is evaluating, but most of our reads are lazy: rows are
produced while they are iterated. So the HTTP layer puts a `Deadline` in a context variable for
each request (copied into the thread that runs the route), and the store checks it before every
query and every few hundred rows. A deadline fires when its time is up, when the client has gone
away, or when the server is shutting down; the check then raises `Cancelled`.
"""
from __future__ import annotations

import threading
import time
from contextvars import ContextVar
from dataclasses import dataclass, field

class Cancelled(RuntimeError):
    """The request's time is up, its client went away, or the server is stopping."""


@dataclass
class Deadline:
    seconds: float
    started: float = field(default_factory=time.monotonic)
    gone: threading.Event = field(default_factory=threading.Event)
    stopping: threading.Event | None = None  # the server's: set when it shuts down

    @property
    def expires(self) -> float:
        return self.started + self.seconds

    def remaining(self) -> float:
        return max(0.0, self.expires - time.monotonic())

    def cancel(self) -> None:
        """The client went away."""
        self.gone.set()

    def reason(self) -> str | None:
        if self.stopping is not None and self.stopping.is_set():
            return "the server is shutting down"
        if self.gone.is_set():
            return "the client went away"
        if time.monotonic() >= self.expires:
            return f"the request ran longer than the {self.seconds:g} s limit"
        return None

    def check(self) -> None:
        reason = self.reason()
        if reason:
            raise Cancelled(reason)


_current: ContextVar[Deadline | None] = ContextVar("newsgraph_deadline", default=None)


def current() -> Deadline | None:
    return _current.get()


def set_current(deadline: Deadline | None):
    return _current.set(deadline)


def check() -> None:
    """Raise Cancelled if the current request's deadline has fired (no-op outside requests)."""
    deadline = _current.get()
    if deadline is not None:
        deadline.check()
