"""The command line: extract, ingest, who-met, query, export, remove, and clear errors."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request

import pytest
from rdflib import Dataset, Graph
from typer.testing import CliRunner

from newsgraph.api.cli.main import app
from tests.live_server import free_port, get_json, newsgraph_process

from newsgraph.extract.sources import SAMPLE_ARTICLE as SAMPLE
runner = CliRunner()


def run(*args, store=None):
    env = {"NEWSGRAPH_STORE": str(store)} if store else {}
    return runner.invoke(app, [str(a) for a in args], env=env)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "store"
    result = run("ingest", SAMPLE, "--published", "2025-05-15", store=path)
    assert result.exit_code == 0, result.output
    return path


def test_extract_prints_trig():
    result = run("extract", SAMPLE, "--published", "2025-05-15")
    assert result.exit_code == 0
    ds = Dataset()
    ds.parse(data=result.stdout, format="trig")
    assert len(list(ds.quads())) > 400


def test_extract_turtle_to_file(tmp_path):
    out = tmp_path / "out.ttl"
    assert run("extract", SAMPLE, "--format", "turtle", "-o", out).exit_code == 0
    assert len(Graph().parse(out, format="turtle")) > 400


def test_ingest_summary_and_idempotence(store):
    again = run("ingest", SAMPLE, "--published", "2025-05-15", store=store)
    assert "unchanged istanbul-talks-2025" in again.output and "skipped: not changed since stored" in again.output
    assert "ingested 1 articles (0 created, 0 replaced, 1 unchanged)" in again.output  # not extracted again
    count = run("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "json", store=store)
    first = json.loads(count.stdout)[0]["n"]
    run("ingest", SAMPLE, "--published", "2025-05-15", store=store)
    count = run("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "json", store=store)
    assert json.loads(count.stdout)[0]["n"] == first


def test_who_met(store):
    result = run("who-met", "Zelensky", "--format", "json", store=store)
    rows = json.loads(result.stdout)
    assert {r["other_name"] for r in rows} == {"Recep Tayyip Erdoğan"}
    table = run("who-met", "Zelensky", store=store)
    assert "Ankara" in table.output and "2025-05-15" in table.output


def test_who_met_unknown_person(store):
    result = run("who-met", "Nobody Special", store=store)
    assert result.exit_code == 1 and "no person named" in result.output


def test_query_csv_and_file(store, tmp_path):
    query = tmp_path / "q.rq"
    query.write_text("SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n", encoding="utf-8")
    result = run("query", f"@{query}", "--format", "csv", store=store)
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "n" and len(lines) == 17


def test_bad_sparql_is_one_line(store):
    result = run("query", "SELECT WHERE {", store=store)
    assert result.exit_code == 1 and "syntax" in result.output.lower() and "Traceback" not in result.output


def test_export_formats(store, tmp_path):
    for fmt, parser in (("turtle", "turtle"), ("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")):
        out = tmp_path / f"kg.{fmt}"
        assert run("export", "--format", fmt, "-o", out, store=store).exit_code == 0
        target = Dataset() if fmt in {"trig", "nquads"} else Graph()
        target.parse(out, format=parser)
        assert len(list(target.quads())) > 400 if isinstance(target, Dataset) else len(target) > 400


def test_bad_inputs_do_not_stop_the_others(tmp_path):
    store = tmp_path / "store"
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\xff\x00")
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "ok", "text": "Mayor Tim Hale met Governor Ann Cole."}\n{broken\n', encoding="utf-8")
    result = run("ingest", tmp_path / "empty.txt", tmp_path / "bin.txt", feed, tmp_path / "missing.txt", store=store)
    assert result.exit_code == 0
    assert "empty.txt: empty text" in result.output
    assert "bin.txt: binary" in result.output
    assert "feed.jsonl:2: malformed JSON" in result.output
    assert "missing.txt: no such file" in result.output
    assert "ingested 1 articles" in result.output
    assert run("ingest", tmp_path / "bin.txt", store=store).exit_code == 1
    articles = run("articles", "--format", "json", store=store)
    assert articles.exit_code == 0, (articles.output, articles.exception)
    assert [a["id"] for a in json.loads(articles.stdout)] == ["ok"]


def test_bad_date_is_a_clear_error():
    result = run("extract", SAMPLE, "--published", "15/05/2025")
    assert result.exit_code == 1 and "YYYY-MM-DD" in result.output


def test_remove(tmp_path):
    store = tmp_path / "store"
    run("ingest", SAMPLE, store=store)
    assert run("remove", "istanbul_talks_2025", store=store).exit_code == 0
    assert run("remove", "istanbul_talks_2025", store=store).exit_code == 1


def test_reindex_rebuilds_the_people_index(tmp_path):
    from newsgraph.graph.name_index import PEOPLE_GRAPH
    from newsgraph.graph.store import OxigraphStore
    path = tmp_path / "store"
    run("ingest", SAMPLE, store=path)
    store = OxigraphStore(path)
    store.update(f"DROP GRAPH <{PEOPLE_GRAPH}>")  # as if written by raw SPARQL Update
    store.flush()
    del store  # releases the folder's lock
    result = run("reindex", store=path)
    assert result.exit_code == 0 and "indexed 1 articles" in result.output, result.output
    assert "Zelensky" in run("who-met", "Erdogan", store=path).output


def test_missing_store_is_a_clear_error(tmp_path):
    result = run("who-met", "Putin", store=tmp_path / "nothing-here")
    assert result.exit_code == 1 and "no store" in result.output


@pytest.mark.slow
def test_serve_smoke(store, tmp_path):
    """The real uvicorn server process answers SPARQL and REST, then stops on SIGTERM."""
    port = free_port()
    env = {**os.environ, "NEWSGRAPH_STORE": str(store)}
    env.pop("NEWSGRAPH_TOKEN", None)
    log = tmp_path / "serve.log"
    with newsgraph_process(["serve", "--port", str(port), "--log-level", "warning"], env, log) as proc:
        base = f"http://127.0.0.1:{port}"
        met = get_json(base + "/people/volodymyr-zelensky/met", proc, log)
        assert met["data"][0]["name"] == "Recep Tayyip Erdoğan"
        req = urllib.request.Request(base + "/sparql?query=ASK%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D",
                                     headers={"Accept": "application/sparql-results+json"})
        assert json.load(urllib.request.urlopen(req, timeout=30))["boolean"] is True


@pytest.mark.slow
def test_demo_builds_then_serves(tmp_path):
    """The README's first command: the sample graph, the who-met table, then the service on it."""
    port = free_port()
    env = {**os.environ, "NEWSGRAPH_STORE": str(tmp_path / "store")}
    log = tmp_path / "demo.log"
    with newsgraph_process(["demo", "--port", str(port)], env, log) as proc:
        body = get_json(f"http://127.0.0.1:{port}/people/volodymyr-zelensky/met", proc, log)
        assert body["data"][0]["name"] == "Recep Tayyip Erdoğan"
    output = log.read_text(encoding="utf-8", errors="replace")
    assert "one row per meeting" in output and "Ankara" in output


def test_a_store_held_by_another_process_is_one_error_line(tmp_path):
    """While a server (here: this test process) holds the store, `ingest` and `remove` say so in one line."""
    from newsgraph.graph.store import OxigraphStore

    path = tmp_path / "held"
    held = OxigraphStore(path)
    env = {**os.environ, "NEWSGRAPH_STORE": str(path)}
    for args in (["ingest", str(SAMPLE)], ["remove", "x"]):
        result = subprocess.run([sys.executable, "-m", "newsgraph.api.cli.main", *args], env=env,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("error:") and "another" in lines[0], result.stderr
    del held
