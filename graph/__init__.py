"""Storage, queries and networkx views of the news knowledge graph; `NewsGraph` is the Python API."""
from __future__ import annotations

__all__ = ["NewsGraph"]


def __getattr__(name: str):
    if name == "NewsGraph":  # imported lazily: `import graph.store` stays light
        from graph.kg import NewsGraph
        return NewsGraph
    raise AttributeError(name)
