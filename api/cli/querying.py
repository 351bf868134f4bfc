"""`newsgraph query`, `export`, `who-met`, `articles` and `remove`: reading the store, through the service."""
from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from newsgraph.api.cli.common import BaseOption, StoreOption, console, fail, service_for, settings
from newsgraph.graph.formats import RdfFormat


class TableFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def _print_rows(rows: list[dict], fmt: TableFormat, title: str | None = None) -> None:
    if fmt is TableFormat.json:
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False, default=str) + "\n")
        return
    columns = list(rows[0]) if rows else []
    if fmt is TableFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
        return
    table = Table(title=title, show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
    console.print(table)
    console.print(f"{len(rows)} rows", style="dim")


def query(
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or @FILE to read it from a file.")],
    fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    store: StoreOption = None,
) -> None:
    """Run a SPARQL query over all articles (common prefixes are predeclared)."""
    import pyoxigraph as ox

    from newsgraph.graph.store import QueryError, python_value

    if sparql.startswith("@"):
        try:
            sparql = Path(sparql[1:]).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise fail(f"cannot read query file {sparql[1:]}: {exc}")
    service = service_for(settings(store=store))
    try:
        results = service.query(sparql)
    except QueryError as exc:
        raise fail(str(exc))
    if isinstance(results, ox.QuerySolutions):
        names = [v.value for v in results.variables]
        _print_rows([{n: python_value(row[n]) for n in names} for row in results], fmt)
    elif isinstance(results, ox.QueryBoolean):
        _print_rows([{"result": bool(results)}], fmt)
    else:
        sys.stdout.buffer.write(ox.serialize(results, None, ox.RdfFormat.TURTLE) or b"")


def export(
    fmt: Annotated[RdfFormat, typer.Option("--format", "-f", help="trig/nquads: one graph per article; the others: the union.")] = RdfFormat.turtle,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default stdout).")] = None,
    store: StoreOption = None,
    internal: Annotated[bool, typer.Option("--include-internal", help="Also our internal graphs (the name index "
                                                                      "and the ingest ledger), left out by default.")] = False,
) -> None:
    """Export the whole graph, streaming it to a file (JSON-LD is compacted with our context)."""
    service = service_for(settings(store=store))
    service.export(str(output) if output else sys.stdout.buffer, fmt.value, compact_jsonld=True,
                   include_internal=internal)
    if output:
        console.print(f"wrote {output}", highlight=False)
    else:
        sys.stdout.flush()


def who_met(
    name: Annotated[str, typer.Argument(help="A person's name, surname or IRI.")],
    all_statuses: Annotated[bool, typer.Option("--all", help="Include proposed, declined, hypothetical and cancelled meetings.")] = False,
    calls: Annotated[bool, typer.Option("--calls", help="Include phone and video calls (not meetings in person).")] = False,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    store: StoreOption = None,
) -> None:
    """Who a person met: with whom, when, where, and the sentence that says so."""
    from newsgraph.graph.queries import ALL_STATUSES, MET_STATUSES, EntityNotFound

    service = service_for(settings(store=store))
    try:
        person = service.person(name, activity=False)
        rows = service.who_met(person["iri"], ALL_STATUSES if all_statuses else MET_STATUSES, calls=calls)
    except EntityNotFound as exc:
        raise fail(str(exc))
    display = [{"person": person["name"], "with": r["other_name"], "status": r["status"],
                **({"channel": r["channel"]} if calls else {}), "when": r["date"],
                "where": r["place"], "evidence": _shorten(r["sentence"])} for r in rows]
    if fmt is TableFormat.table and not display:
        console.print(f"no meetings found for {name}")
        return
    _print_rows(display if fmt is TableFormat.table else rows, fmt, title=f"who met {name}")


def _shorten(text: str | None, limit: int = 160) -> str | None:
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def articles(fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table, store: StoreOption = None) -> None:
    """List the stored articles."""
    _print_rows(service_for(settings(store=store)).articles(limit=100_000), fmt)


def remove(
    article_id: Annotated[str, typer.Argument(help="The article's id (file name without .txt) or IRI.")],
    store: StoreOption = None,
    base: BaseOption = None,
) -> None:
    """Remove one article's graph from the store."""
    service = service_for(settings(store=store, base=base), writable=True, must_exist=True)
    if not service.remove(article_id):
        raise fail(f"no article {article_id} in the store")
    console.print(f"removed {article_id}", highlight=False)


def reindex(store: StoreOption = None) -> None:
    """Rebuild the people index (search, surname joins) from the stored articles: after raw SPARQL
    writes, or for a server filled by another tool. Opening a store migrates an older index by itself."""
    service = service_for(settings(store=store), writable=True, must_exist=True)
    console.print(f"indexed {service.reindex()} articles", highlight=False)
