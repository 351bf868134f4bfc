"""The query pool hands a query to a worker that has started before one still starting."""
from newsgraph.api.query_runner import QueryRunner
from newsgraph.graph.store import OxigraphStore


class FakeWorker:
    def __init__(self, name: str, ready: bool, alive: bool = True):
        self.name, self.ready, self._alive, self.snapshot = name, ready, alive, None

    def alive(self) -> bool:
        return self._alive

    def wait_ready(self, timeout: float) -> bool:
        return self.ready


def _runner(workers):
    runner = QueryRunner(OxigraphStore())
    runner._idle = list(workers)
    runner._all = set(workers)
    return runner


def test_a_started_worker_is_taken_before_a_starting_spare():
    started, starting = FakeWorker("started", True), FakeWorker("starting", False)
    runner = _runner([started, starting])  # the spare was appended last, as `_acquire` does
    assert runner._take_idle_locked() is started
    assert runner._take_idle_locked() is starting  # and a starting one when there is nothing else


def test_a_dead_worker_is_replaced_not_taken():
    dead, starting = FakeWorker("dead", True, alive=False), FakeWorker("starting", False)
    runner = _runner([starting, dead])
    runner._max = 0  # no new worker processes in this test
    assert runner._take_idle_locked() is starting
    assert runner._take_idle_locked() is None  # only the dead one was left: discarded, not handed out
    assert runner.replaced == 1 and dead not in runner._all
