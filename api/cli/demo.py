"""`newsgraph demo`: build the graph of the bundled sample article, show who met whom, then serve it."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from api.cli.common import ModelOption, StoreOption, console, fail, load_nlp

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "istanbul_talks_2025.txt"
SAMPLE_PUBLISHED = "2025-05-15"


def sample_path() -> Path:
    if not SAMPLE.exists():
        raise fail(f"the sample article is missing ({SAMPLE}); run from a checkout of the repository")
    return SAMPLE


def demo(
    store: StoreOption = None,
    model: ModelOption = None,
    serve: Annotated[bool, typer.Option("--serve/--no-serve", help="Start the HTTP service afterwards.")] = True,
    host: Annotated[str, typer.Option(help="Interface to serve on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to serve on.")] = 8000,
) -> None:
    """Ingest the sample article, print who met whom, then serve the graph over HTTP."""
    from rich.table import Table

    from extract.pipeline import parse_published
    from extract.sources import read_articles
    from graph.ingest import ingest
    from graph.queries import met_pairs
    from graph.store import StoreError, default_store_path, open_store

    nlp = load_nlp(model)
    location = store or default_store_path()
    try:
        with open_store(location) as st:
            summary = ingest(read_articles([sample_path()], published=parse_published(SAMPLE_PUBLISHED)), st, nlp=nlp)
            pairs = met_pairs(st)
    except StoreError as exc:
        raise fail(str(exc))
    console.print(f"Built the graph of the sample article in {location}: {summary.people} people, "
                  f"{summary.meetings} meetings, {summary.statements} statements, {summary.triples} triples.",
                  highlight=False)
    table = Table(title="Who met whom (meetings that happened or are scheduled)")
    for col in ("person", "met", "status", "when", "where"):
        table.add_column(col)
    seen = set()
    for row in sorted(pairs, key=lambda r: (r["a_name"], r["b_name"])):
        key = (row["a_name"], row["b_name"], row["meeting"])
        if key in seen:
            continue
        seen.add(key)
        table.add_row(row["a_name"], row["b_name"], row["status"], row["date"] or "", row["place"] or "")
    console.print(table)
    if serve:
        from api.cli.serving import run_server
        run_server(location, host=host, port=port)
