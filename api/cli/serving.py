"""`newsgraph serve`: the HTTP service (uvicorn) on the store."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.api.cli.common import StoreOption, console, fail


def run_server(store: Path, *, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info",
               opened=None) -> None:
    """Serve the store folder; `opened` is an OxigraphStore already open on it (the folder has one lock)."""
    import uvicorn

    from newsgraph.api.config import Settings
    from newsgraph.api.http.app import create_app
    from newsgraph.graph.store import StoreError

    settings = Settings(store=store)
    try:
        app = create_app(settings, store=opened)
    except StoreError as exc:
        raise fail(str(exc))
    mode = "read-write (token set)" if settings.token else "read-only (set NEWSGRAPH_TOKEN to allow writes)"
    console.print(f"serving {store} on http://{host}:{port}  {mode}\n"
                  f"  explorer: http://{host}:{port}/   docs: http://{host}:{port}/docs   SPARQL: http://{host}:{port}/sparql", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level=log_level)


def serve(
    store: StoreOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve the graph over HTTP: SPARQL endpoint, REST API, exports (docs at /docs)."""
    from newsgraph.graph.store import default_store_path
    run_server(store or default_store_path(), host=host, port=port, log_level=log_level)
