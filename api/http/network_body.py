"""The JSON body of `/people/{id}/network`, built as plain data and encoded in one call.

A network of 300 people and 1,000 lines is the explorer's most frequent large answer: validating it
as pydantic models cost more than the walk, so it is plain data, encoded by orjson (246 kB in about
a millisecond). Each line's meetings per status and channel come counted with the graph (the walk
takes them from the read model's memo, `graph/line_memo.py`), else are counted here.
"""
from __future__ import annotations

from typing import Any

import networkx as nx

from newsgraph.graph.line_memo import counts

try:  # several times faster on these answers; plain json where it is missing (an old virtualenv)
    import orjson

    def dumps(body: Any) -> bytes:
        return orjson.dumps(body)
except ImportError:  # pragma: no cover - orjson is a dependency
    import json

    def dumps(body: Any) -> bytes:
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()

MEETING_FIELDS = ("meeting", "status", "channel", "date", "place", "sentence", "article")


def network_body(center: str, depth: int, G: nx.Graph, *, with_meetings: bool = False) -> bytes:
    """The `Network` answer (see `schemas.Network`) for the graph `NewsService.network` returned."""
    edges = []
    for a, b, data in G.edges(data=True):
        # counted by the walk (`neighbourhood(meetings=False)`, from the read model's memo), else here
        statuses, channels = (data["statuses"], data["channels"]) if "statuses" in data else counts(data["meetings"])
        listed = [{k: m.get(k) for k in MEETING_FIELDS} for m in data["meetings"]] if with_meetings else None
        edges.append({"source": a, "target": b, "weight": data["weight"], "statuses": statuses,
                      "channels": channels, "meetings": listed})
    return dumps({"center": center, "depth": depth, "truncated": G.graph.get("truncated", False),
                  "edges_total": G.graph.get("edges_total", G.number_of_edges()),
                  "nodes": [{"id": n, "name": d.get("name"), "country": d.get("country"), "hops": d.get("hops")}
                            for n, d in G.nodes(data=True)],
                  "edges": edges})
