"""Storage, queries and networkx views of the news knowledge graph; `NewsGraph` is the Python API."""
from __future__ import annotations

__all__ = ["NewsGraph"]


def __getattr__(name: str):
    if name == "NewsGraph":  # imported lazily: `import newsgraph.graph.store` stays light
        from newsgraph.graph.kg import NewsGraph
        return NewsGraph
    raise AttributeError(name)
