"""`newsgraph demo`: build the graph of the bundled sample article, show who met whom, then serve it."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.api.cli.common import ModelOption, StoreOption, console, fail, load_nlp, service_for, settings

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

    from newsgraph.extract.sources import SAMPLE_PUBLISHED
    from newsgraph.graph.store import StoreError

    cfg = settings(store=store, model=model)
    service = service_for(cfg, writable=True)
    load_nlp(service)
    try:
        summary = service.ingest([sample_path()], published=SAMPLE_PUBLISHED)
        pairs = service.met_pairs()
    except StoreError as exc:
        raise fail(str(exc))
    console.print(f"Built the graph of the sample article in {cfg.store}: {summary.people} people, "
                  f"{summary.meetings} meetings, {summary.statements} statements, "
                  f"{sum(o.triples for o in summary.outcomes)} triples "
                  f"({summary.outcomes[0].status if summary.outcomes else 'not stored'}).", highlight=False)
    table = Table(title="Meetings that happened or are scheduled (one row per meeting)")
    for col in ("when", "where", "status", "who met"):
        table.add_column(col)
    for row in meetings_table(pairs):
        table.add_row(row["date"], row["place"], row["status"], ", ".join(row["people"]))
    console.print(table)
    if serve:
        from newsgraph.api.cli.serving import run_server
        run_server(cfg, host=host, port=port, opened=service.store)
