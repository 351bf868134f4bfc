"""`newsgraph query`, `export`, `who-met`, `articles` and `remove`: reading the store."""
from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from newsgraph.api.cli.common import BaseOption, StoreOption, console, fail


class TableFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(str, Enum):
    turtle = "turtle"
    trig = "trig"
    nquads = "nquads"
    jsonld = "jsonld"


def _open(store: Path | None, read_only: bool = True):
    from newsgraph.graph.store import StoreError, default_store_path, open_store
    path = store if store is not None else default_store_path()
    if read_only and not path.exists():
        raise fail(f"no store at {path}: run `newsgraph ingest` first or pass --store")
    try:
        return open_store(path, read_only=read_only)
    except StoreError as exc:
        raise fail(str(exc))


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
    with _open(store) as st:
        try:
            results = st.query(sparql)
        except QueryError as exc:
            raise fail(str(exc))
        if isinstance(results, ox.QuerySolutions):
            names = [v.value for v in results.variables]
            rows = [{n: python_value(row[n]) for n in names} for row in results]
            _print_rows(rows, fmt)
        elif isinstance(results, ox.QueryBoolean):
            _print_rows([{"result": bool(results)}], fmt)
        else:
            sys.stdout.buffer.write(ox.serialize(results, None, ox.RdfFormat.TURTLE) or b"")


def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="turtle/jsonld: union; trig/nquads: one graph per article.")] = ExportFormat.turtle,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default stdout).")] = None,
    store: StoreOption = None,
) -> None:
    """Export the whole graph, streaming it to a file."""
    with _open(store) as st:
        if fmt is ExportFormat.jsonld:
            _export_jsonld(st, output)
        elif output:
            st.export(str(output), fmt.value)
        else:
            st.export(sys.stdout.buffer, fmt.value)
            sys.stdout.flush()
    if output:
        console.print(f"wrote {output}", highlight=False)


def _export_jsonld(st, output: Path | None) -> None:
    """JSON-LD compacted with our context, so keys read as names rather than IRIs."""
    import io

    from rdflib import Graph

    from newsgraph.ontologies import context_document

    buffer = io.BytesIO()
    st.export(buffer, "ntriples")  # compaction needs the whole graph in memory
    graph = Graph()
    graph.parse(data=buffer.getvalue().decode("utf-8"), format="nt")
    data = graph.serialize(format="json-ld", context=context_document()["@context"], auto_compact=True)
    if output:
        output.write_text(data, encoding="utf-8")
    else:
        sys.stdout.write(data + "\n")


def who_met(
    name: Annotated[str, typer.Argument(help="A person's name, surname or IRI.")],
    all_statuses: Annotated[bool, typer.Option("--all", help="Include proposed, declined, hypothetical and cancelled meetings.")] = False,
    calls: Annotated[bool, typer.Option("--calls", help="Include phone and video calls (not meetings in person).")] = False,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    store: StoreOption = None,
) -> None:
    """Who a person met: with whom, when, where, and the sentence that says so."""
    from newsgraph.graph.queries import ALL_STATUSES, MET_STATUSES, EntityNotFound, person_details, resolve_person
    from newsgraph.graph.queries import who_met as who_met_query

    with _open(store) as st:
        try:
            person = resolve_person(st, name)
        except EntityNotFound as exc:
            raise fail(str(exc))
        rows = who_met_query(st, person, ALL_STATUSES if all_statuses else MET_STATUSES, calls=calls)
        full_name = person_details(st, person)["name"]
        display = [{"person": full_name, "with": r["other_name"], "status": r["status"],
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
    from newsgraph.graph.queries import articles as articles_query
    with _open(store) as st:
        _print_rows(articles_query(st, limit=100_000), fmt)


def remove(
    article_id: Annotated[str, typer.Argument(help="The article's id (file name without .txt) or IRI.")],
    store: StoreOption = None,
    base: BaseOption = None,
) -> None:
    """Remove one article's graph from the store."""
    from newsgraph.graph.iris import IriMinter
    with _open(store, read_only=False) as st:
        graph = article_id if article_id.startswith(("http://", "https://")) else str(IriMinter(base).article(article_id))
        if not st.remove_article(graph):
            raise fail(f"no article {article_id} in the store")
    console.print(f"removed {article_id}", highlight=False)
