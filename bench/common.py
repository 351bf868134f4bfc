"""What the benchmark scripts share: percentiles, and the test suite's server helpers (one copy of each)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.live_server import free_port, stop_process  # noqa: E402

__all__ = ["ROOT", "free_port", "pct", "stop_process"]


def pct(values: list[float], q: float) -> float:
    """The q-quantile (0.5 for p50, 0.99 for p99) of the measured values, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
