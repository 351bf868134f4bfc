"""`newsgraph demo`: build the graph of the bundled sample article, show who met whom, then serve it."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.api.cli.common import ModelOption, StoreOption, console, fail, load_nlp

def sample_path() -> Path:
    from newsgraph.extract.sources import SAMPLE_ARTICLE
    if not SAMPLE_ARTICLE.exists():
        raise fail(f"the sample article is missing ({SAMPLE_ARTICLE}); install from a checkout (pip install -e .)")
    return SAMPLE_ARTICLE


def meetings_table(pairs: list[dict]) -> list[dict]:
    """One row per meeting (date, place, status, everyone in it) from who-met-whom pairs, by date."""
    meetings: dict[str, dict] = {}
    for row in pairs:
        entry = meetings.setdefault(row["meeting"], {"date": str(row["date"] or ""), "place": row["place"] or "",
                                                     "status": row["status"], "people": set()})
        entry["people"] |= {row["a_name"], row["b_name"]}
    rows = [{**m, "people": sorted(m["people"])} for m in meetings.values()]
    return sorted(rows, key=lambda r: (r["date"] or "9999", r["place"], r["people"]))


def demo(
    store: StoreOption = None,
    model: ModelOption = None,
    serve: Annotated[bool, typer.Option("--serve/--no-serve", help="Start the HTTP service afterwards.")] = True,
    host: Annotated[str, typer.Option(help="Interface to serve on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to serve on.")] = 8000,
) -> None:
    """Ingest the sample article, print who met whom, then serve the graph over HTTP."""
    from rich.table import Table

    from newsgraph.extract.sources import SAMPLE_PUBLISHED, read_articles
    from newsgraph.graph.ingest import ingest
    from newsgraph.graph.queries import met_pairs
    from newsgraph.graph.store import OxigraphStore, StoreError, default_store_path

    nlp = load_nlp(model)
    location = store or default_store_path()
    try:
        st = OxigraphStore(location)
        summary = ingest(read_articles([sample_path()], published=SAMPLE_PUBLISHED), st, nlp=nlp)
        st.flush()
        pairs = met_pairs(st)
    except StoreError as exc:
        raise fail(str(exc))
    console.print(f"Built the graph of the sample article in {location}: {summary.people} people, "
                  f"{summary.meetings} meetings, {summary.statements} statements, {summary.triples} triples.",
                  highlight=False)
    table = Table(title="Meetings that happened or are scheduled (one row per meeting)")
    for col in ("when", "where", "status", "who met"):
        table.add_column(col)
    for row in meetings_table(pairs):
        table.add_row(row["date"], row["place"], row["status"], ", ".join(row["people"]))
    console.print(table)
    if serve:
        from newsgraph.api.cli.serving import run_server
        run_server(location, host=host, port=port, opened=st)
