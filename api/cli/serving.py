"""`newsgraph serve`: the HTTP service (uvicorn) on the store."""
from __future__ import annotations

from typing import Annotated

import typer

from newsgraph.api.cli.common import StoreOption, console, fail, settings
from newsgraph.settings import Settings


def run_server(cfg: Settings, *, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info",
               opened=None) -> None:
    """Serve the settings' store folder; `opened` is an OxigraphStore already open on it (the folder has one lock)."""
    import uvicorn

    from newsgraph.api.http.app import create_app
    from newsgraph.graph.store import StoreError

    try:
        app = create_app(cfg, store=opened)
    except StoreError as exc:
        raise fail(str(exc))
    mode = "read-write (token set)" if cfg.token else "read-only (set NEWSGRAPH_TOKEN to allow writes)"
    console.print(f"serving {cfg.store} on http://{host}:{port}  {mode}\n"
                  f"  explorer: http://{host}:{port}/   docs: http://{host}:{port}/docs   SPARQL: http://{host}:{port}/sparql", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level=log_level)


def serve(
    store: StoreOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve the graph over HTTP: SPARQL endpoint, REST API, exports (docs at /docs)."""
    run_server(settings(store=store), host=host, port=port, log_level=log_level)
