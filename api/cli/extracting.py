"""`newsgraph extract` and `newsgraph ingest`: text in, RDF out (to stdout or to the store)."""
from __future__ import annotations

import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from newsgraph.api.cli.common import BaseOption, IndirectOption, ModelOption, StoreOption, console, err, fail, load_nlp


class RdfFormat(str, Enum):
    trig = "trig"
    turtle = "turtle"
    nquads = "nquads"
    jsonld = "jsonld"


def _published(value: str | None) -> date | None:
    from newsgraph.extract.pipeline import parse_published
    try:
        return parse_published(value)
    except ValueError as exc:
        raise fail(str(exc))


def _warn_undated(items) -> None:
    """Relative dates ("on Tuesday", "yesterday") need the publication date; say so once when it is missing."""
    from newsgraph.extract.sources import ArticleError
    undated = [i for i in items if not isinstance(i, ArticleError) and i.meta.published is None]
    if undated:
        err.print(f"[yellow]warning:[/yellow] {len(undated)} article(s) have no publication date (--published YYYY-MM-DD "
                  "or a 'published' field): relative dates such as 'on Tuesday' or 'yesterday' are dropped",
                  highlight=False)


def extract(
    files: Annotated[list[Path], typer.Argument(help="Article text files (.txt) or JSON Lines (.jsonl).")],
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD, for relative dates.")] = None,
    fmt: Annotated[RdfFormat, typer.Option("--format", "-f", help="Output RDF format.")] = RdfFormat.trig,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    model: ModelOption = None,
    base: BaseOption = None,
    indirect: IndirectOption = False,
) -> None:
    """Extract facts from articles and print them as RDF; nothing is stored."""
    from newsgraph.extract.pipeline import extract_many
    from newsgraph.extract.sources import ArticleError, read_articles
    from newsgraph.graph.iris import IriMinter
    from newsgraph.graph.mapping import facts_to_dataset
    from newsgraph.graph.serialize import serialize_dataset

    # arguments and inputs are checked before the spaCy model loads (seconds), so mistakes show at once
    items = list(read_articles(files, published=_published(published)))
    inputs, failed = [], 0
    for item in items:
        if isinstance(item, ArticleError):
            err.print(f"[red]error:[/red] {item}", highlight=False)
            failed += 1
        else:
            inputs.append((item.text, item.meta))
    if not inputs:
        raise typer.Exit(code=1)
    _warn_undated(items)
    nlp = load_nlp(model, indirect)
    facts = list(extract_many(inputs, nlp=nlp))
    data = serialize_dataset(facts_to_dataset(facts, IriMinter(base)), fmt.value)
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    if failed:
        raise typer.Exit(code=1)


def ingest(
    paths: Annotated[list[Path], typer.Argument(help=".txt files, folders of them, or .jsonl files.")],
    published: Annotated[Optional[str], typer.Option(help="Publication date for .txt files (YYYY-MM-DD).")] = None,
    store: StoreOption = None,
    model: ModelOption = None,
    base: BaseOption = None,
    processes: Annotated[int, typer.Option("--processes", "-j", min=1, help="Worker processes for extraction.")] = 1,
    indirect: IndirectOption = False,
) -> None:
    """Extract articles and store them, one named graph per article (re-ingesting replaces it)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from newsgraph.extract.sources import ArticleError, read_articles
    from newsgraph.graph.ingest import ingest as run_ingest
    from newsgraph.graph.iris import IriMinter
    from newsgraph.graph.store import StoreError, open_store

    items = list(read_articles(paths, published=_published(published)))  # before the model loads
    if items and all(isinstance(i, ArticleError) for i in items):
        for item in items:
            err.print(f"[red]error:[/red] {item}", highlight=False)
        raise typer.Exit(code=1)
    _warn_undated(items)
    nlp = load_nlp(model, indirect)
    try:
        with open_store(store) as st, Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=err, transient=True, disable=len(items) < 5 or not err.is_terminal,
        ) as progress:
            task = progress.add_task("extracting", total=len(items))

            def on_error(message: str) -> None:
                err.print(f"[red]error:[/red] {message}", highlight=False)
                progress.advance(task)

            summary = run_ingest(items, st, nlp=nlp, minter=IriMinter(base), on_error=on_error,
                                 on_article=lambda _: progress.advance(task), n_process=processes)
    except StoreError as exc:
        raise fail(str(exc))
    console.print(
        f"ingested {summary.articles} articles: {summary.people} people, {summary.meetings} meetings, "
        f"{summary.statements} statements, {summary.triples} triples in {summary.seconds:.1f} s"
        + (f"; {len(summary.errors)} inputs skipped" if summary.errors else ""), highlight=False)
    if summary.errors and not summary.articles:
        raise typer.Exit(code=1)
