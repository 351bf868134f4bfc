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
    for model in ("met_index", "people_index", "meeting_index"):  # a server process: its read models live as long as it does
        if hasattr(app.state, model):
            getattr(app.state, model).freeze_after_build = True
    mode = "read-write (token set)" if cfg.token else "read-only (set NEWSGRAPH_TOKEN to allow writes)"
    console.print(f"serving {cfg.store} on http://{host}:{port}  {mode}\n"
                  f"  explorer: http://{host}:{port}/   docs: http://{host}:{port}/docs   SPARQL: http://{host}:{port}/sparql", highlight=False)
    if cfg.token and hasattr(app.state, "service"):  # writes enabled: load spaCy now, not on the first POST
        import threading
        threading.Thread(target=lambda: app.state.service.nlp, daemon=True, name="load-nlp").start()
    import faulthandler
    import signal
    faulthandler.register(signal.SIGUSR1, all_threads=True)  # `kill -USR1 PID` prints every thread's stack
    # SIGTERM/Ctrl-C: stop accepting, give requests 2 s, then cancel them (every request's deadline
    # fires at shutdown and query workers are killed), so the server is gone within a few seconds
    server = uvicorn.Server(server_config(app, host=host, port=port, log_level=log_level))
    on_signal = server.handle_exit

    def handle_exit(sig, frame) -> None:
        app.state.stopping.set()  # at once, not after uvicorn has waited for the requests it stops
        on_signal(sig, frame)

    server.handle_exit = handle_exit
    server.run()


def server_config(app, *, host: str, port: int, log_level: str):
    """uvicorn's settings for `newsgraph serve`: the C HTTP parser (httptools) and event loop (uvloop).

    Why: with uvicorn's pure-Python parser (h11) and asyncio's loop, the HTTP side alone cost about
    1 ms per request; `/sparql` who-met answered in 1.86 ms where Oxigraph's own server took 0.54
    (1k store). With both it is 1.31 ms. Both are dependencies; the fallback is for a platform
    without wheels."""
    import importlib.util

    import uvicorn

    http = "httptools" if importlib.util.find_spec("httptools") else "h11"
    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"
    return uvicorn.Config(app, host=host, port=port, log_level=log_level, timeout_graceful_shutdown=2,
                          http=http, loop=loop)


def serve(
    store: StoreOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve the graph over HTTP: SPARQL endpoint, REST API, exports (docs at /docs)."""
    run_server(settings(store=store), host=host, port=port, log_level=log_level)
