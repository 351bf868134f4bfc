"""The command line's first hour: mistakes reported before the model loads, a warning when relative
dates cannot be resolved, and the demo's table one row per meeting."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsgraph.api.cli import extracting
from newsgraph.api.cli.demo import meetings_table
from newsgraph.api.cli.main import app
from newsgraph.extract.sources import SAMPLE_ARTICLE as SAMPLE

runner = CliRunner()


@pytest.fixture()
def no_model(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the spaCy model was loaded before the arguments were checked")
    monkeypatch.setattr(extracting, "load_nlp", refuse)


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_bad_date_is_reported_before_the_model_loads(no_model, command, tmp_path):
    store = ["--store", str(tmp_path / "s")] if command == "ingest" else []
    result = runner.invoke(app, [command, str(SAMPLE), "--published", "2025-13-40", *store])
    assert result.exit_code == 1 and "2025-13-40" in result.output


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_missing_file_is_reported_before_the_model_loads(no_model, command, tmp_path):
    store = ["--store", str(tmp_path / "s")] if command == "ingest" else []
    result = runner.invoke(app, [command, str(tmp_path / "nope.txt"), *store])
    assert result.exit_code == 1 and "nope.txt" in result.output and "no such file" in result.output


def test_missing_published_date_warns(monkeypatch, nlp):
    monkeypatch.setattr(extracting, "load_nlp", lambda *a, **k: nlp)
    undated = runner.invoke(app, ["extract", str(SAMPLE)])
    assert undated.exit_code == 0
    assert "warning" in undated.output and "relative dates" in undated.output
    dated = runner.invoke(app, ["extract", str(SAMPLE), "--published", "2025-05-15"])
    assert dated.exit_code == 0 and "warning" not in dated.output


def test_demo_table_has_one_row_per_meeting():
    pairs = [
        {"meeting": "m1", "a_name": "A", "b_name": "B", "date": "2025-05-16", "place": "Istanbul", "status": "Occurred"},
        {"meeting": "m1", "a_name": "A", "b_name": "C", "date": "2025-05-16", "place": "Istanbul", "status": "Occurred"},
        {"meeting": "m1", "a_name": "B", "b_name": "C", "date": "2025-05-16", "place": "Istanbul", "status": "Occurred"},
        {"meeting": "m2", "a_name": "A", "b_name": "D", "date": "2025-05-14", "place": None, "status": "Scheduled"},
    ]
    assert meetings_table(pairs) == [
        {"date": "2025-05-14", "place": "", "status": "Scheduled", "people": ["A", "D"]},
        {"date": "2025-05-16", "place": "Istanbul", "status": "Occurred", "people": ["A", "B", "C"]},
    ]
