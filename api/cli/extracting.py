"""`newsgraph extract` and `newsgraph ingest`: text in, RDF out (to stdout or to the store).

Arguments and inputs are read and checked before the spaCy model loads (seconds), so mistakes
show at once; then the service extracts (and stores) the good ones.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import ProgressColumn
from rich.text import Text

from newsgraph.api.cli.common import (BaseOption, IndirectOption, LexiconOption, ModelOption, StoreOption, console, err, fail,
                                      load_nlp, service_for, settings)
from newsgraph.graph.formats import RdfFormat

PublishedOption = Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD, for relative dates.")]


def _error_line(message: str) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False)


def _read(service, paths: list[Path], published: str | None) -> tuple[list, int]:
    """(the articles that could be read, how many inputs could not: one error line each), and a
    warning when articles have no publication date."""
    from newsgraph.extract.sources import ArticleError

    try:
        items = service.read(paths, published=published)
    except ValueError as exc:  # a bad --published
        raise fail(str(exc))
    good = [i for i in items if not isinstance(i, ArticleError)]
    for item in items:
        if isinstance(item, ArticleError):
            _error_line(str(item))
    undated = [i for i in good if i.meta.published is None]
    if undated:  # relative dates need the publication date
        err.print(f"[yellow]warning:[/yellow] {len(undated)} article(s) have no publication date (--published YYYY-MM-DD "
                  "or a 'published' field): relative dates such as 'on Tuesday' or 'yesterday' are dropped",
                  highlight=False)
    return good, len(items) - len(good)


def extract(
    files: Annotated[list[Path], typer.Argument(help="Article text files (.txt) or JSON Lines (.jsonl).")],
    published: PublishedOption = None,
    fmt: Annotated[RdfFormat, typer.Option("--format", "-f", help="Output RDF format.")] = RdfFormat.trig,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    model: ModelOption = None,
    base: BaseOption = None,
    indirect: IndirectOption = None,
    lexicon: LexiconOption = None,
) -> None:
    """Extract facts from articles and print them as RDF; nothing is stored."""
    from newsgraph.graph.store import OxigraphStore

    service = service_for(settings(model=model, base=base, indirect=indirect, lexicon=lexicon), OxigraphStore())
    items, failed = _read(service, files, published)
    if not items:
        raise typer.Exit(code=1)
    load_nlp(service)
    errors: list[str] = []
    data = service.extract_rdf(items, fmt.value, on_error=lambda m: (errors.append(m), _error_line(m)))
    if data is None:
        raise typer.Exit(code=1)
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    if failed or errors:
        raise typer.Exit(code=1)


def ingest(
    paths: Annotated[list[Path], typer.Argument(help=".txt files, folders of them, or .jsonl files.")],
    published: PublishedOption = None,
    store: StoreOption = None,
    model: ModelOption = None,
    base: BaseOption = None,
    processes: Annotated[int, typer.Option("--processes", "-j", min=1, help="Worker processes for extraction.")] = 1,
    indirect: IndirectOption = None,
    lexicon: LexiconOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary, no line per article.")] = False,
    cluster: Annotated[Optional[str], typer.Option(
        "--cluster", help="Extract on a Dask cluster: local:N (N local worker processes) or tcp://scheduler:8786. "
                          "Articles unchanged since they were stored are skipped.")] = None,
) -> None:
    """Extract articles and store them, one named graph per article: one line per article says
    whether it was created, replaced (re-ingested with other content) or unchanged."""
    from newsgraph.graph.store import StoreError

    cfg = settings(store=store, model=model, base=base, indirect=indirect, lexicon=lexicon)
    service = service_for(cfg, writable=True)
    items, failed = _read(service, paths, published)
    if not items:
        raise typer.Exit(code=1)
    load_nlp(service)

    def on_outcome(outcome) -> None:
        if not quiet or (outcome.note and outcome.status != "unchanged"):
            console.print(str(outcome), highlight=False, markup=False)

    try:
        if cluster:
            summary = _ingest_on_cluster(service, items, cluster, quiet)
        else:
            summary = service.ingest(items, n_process=processes, on_outcome=on_outcome, on_error=_error_line)
    except StoreError as exc:
        raise fail(str(exc))
    skipped = failed + len(summary.errors)
    console.print(
        f"ingested {summary.articles} articles ({summary.count('created')} created, {summary.count('replaced')} "
        f"replaced, {summary.count('unchanged')} unchanged): {summary.people} people, {summary.meetings} meetings, "
        f"{summary.statements} statements, {summary.triples} triples written in {summary.seconds:.1f} s"
        + (f"; {skipped} inputs skipped" if skipped else ""), highlight=False)
    if skipped and not summary.articles:
        raise typer.Exit(code=1)


def _ingest_on_cluster(service, items, cluster: str, quiet: bool):
    """`service.ingest_on_cluster` with a progress bar (articles/s); errors are printed, the run goes on."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from newsgraph.extract.cluster import ClusterUnavailable

    with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), _RateColumn(), TimeElapsedColumn(),
                  console=err, transient=quiet) as progress:
        task = progress.add_task("ingest", total=None)

        def on_outcome(outcome) -> None:
            progress.advance(task)
            if not quiet or (outcome.note and outcome.status != "unchanged"):
                progress.console.print(str(outcome), highlight=False, markup=False)

        def on_error(message: str) -> None:
            progress.advance(task)
            _error_line(message)

        try:
            return service.ingest_on_cluster(items, cluster=cluster, on_outcome=on_outcome, on_error=on_error)
        except ClusterUnavailable as exc:
            raise fail(str(exc))


class _RateColumn(ProgressColumn):
    """Articles per second so far."""

    def render(self, task) -> Text:
        rate = task.completed / task.elapsed if task.elapsed else 0.0
        return Text(f"{rate:.1f} articles/s")
