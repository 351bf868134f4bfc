"""The `newsgraph` command: extract, ingest, query, export, who-met, serve."""
from __future__ import annotations

import typer

from newsgraph.api.cli import demo, extracting, querying, serving

app = typer.Typer(
    name="newsgraph",
    help="Turn news articles into a knowledge graph of people, offices, delegations, meetings and statements.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command()(extracting.extract)
app.command()(extracting.ingest)
app.command()(querying.query)
app.command()(querying.export)
app.command("who-met")(querying.who_met)
app.command()(querying.articles)
app.command()(querying.remove)
app.command()(querying.reindex)
app.command()(serving.serve)
app.command()(demo.demo)

if __name__ == "__main__":  # pragma: no cover
    app()
