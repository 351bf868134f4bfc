"""`NewsGraph.connect`: the questions answered over HTTP by a running server, the same as locally."""
from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from newsgraph import NewsGraph
from newsgraph.api.cli.main import app
from newsgraph.extract.sources import SAMPLE_ARTICLE
from newsgraph.graph.store import StoreError
from tests.live_server import free_port, get_json, newsgraph_process


@pytest.mark.slow
def test_a_notebook_reads_what_a_running_server_holds(tmp_path):
    store = tmp_path / "store"
    built = CliRunner().invoke(app, ["ingest", str(SAMPLE_ARTICLE), "--published", "2025-05-15", "--store", str(store)])
    assert built.exit_code == 0, built.output
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_TOKEN"}
    log = tmp_path / "serve.log"
    with newsgraph_process(["serve", "--store", str(store), "--port", str(port), "--log-level", "warning"], env, log) as proc:
        get_json(f"http://127.0.0.1:{port}/health", proc, log)
        with pytest.raises(StoreError, match="in use by another process"):
            NewsGraph.open(store, read_only=True)  # the server holds the folder: no snapshot
        kg = NewsGraph.connect(f"http://127.0.0.1:{port}")
        met = kg.who_met("Zelensky")
        assert list(met["with"]) == ["Recep Tayyip Erdoğan"] and list(met["place"]) == ["Ankara"]
        assert list(kg.articles()["id"]) == ["istanbul-talks-2025"]
        assert "Rustem Umerov" in set(kg.people()["name"])
        assert kg.met_graph().number_of_edges() > 0
        out = tmp_path / "all.nq"
        kg.export(out)
        assert out.stat().st_size > 1000
        with pytest.raises(StoreError, match="40[35]"):  # the server takes writes only with its token
            kg.ingest(("Chancellor Mira Holt met President Ivo Sand in Vienna.", {"id": "new"}))
