"""newsgraph: news articles in, a knowledge graph of people, offices, meetings and statements out.

The project keeps the design card's folders at the top of the checkout (`extract/`, `graph/`,
`api/`, `ontologies/`); `pyproject.toml` installs them as `newsgraph.extract`, `newsgraph.graph`,
`newsgraph.api` and `newsgraph.ontologies`, so the distribution owns exactly one import name.

    from newsgraph import NewsGraph
    kg = NewsGraph.memory()
"""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsgraph")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0+unknown"

__all__ = ["NewsGraph", "__version__"]


def __getattr__(name: str):
    if name == "NewsGraph":  # imported lazily: `import newsgraph` must not load spaCy or pandas
        from newsgraph.graph.kg import NewsGraph
        return NewsGraph
    raise AttributeError(name)
