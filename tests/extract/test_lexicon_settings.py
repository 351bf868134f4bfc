"""Replaced word lists reach every place extraction runs: the pipeline, its worker processes
(forked or spawned), a Dask cluster, the service's resume check, the settings and the CLI.

The probe: "zorble" is not a packaged meeting verb, so "A zorbled with B" is a meeting only where
the user's list adds it.
"""
from __future__ import annotations

import json
import multiprocessing

import pytest
from typer.testing import CliRunner

from newsgraph.api.cli.main import app
from newsgraph.extract.facts import ArticleMeta
from newsgraph.extract.lexicon import LEXICON_DIR, overrides_digest, resolve_overrides
from newsgraph.extract.pipeline import build_nlp, extract_many
from newsgraph.graph.service import NewsService
from newsgraph.graph.store import OxigraphStore
from newsgraph.settings import get_settings

ZORBLES = [
    "Nadia Brook zorbled with Omar Vale in Lyon on Monday.",
    "Senator Ines Kaar zorbled with Governor Tom Rusk at the state house.",
    "On Friday, Minister Lev Arno zorbled with Dora Pym for an hour.",
]


@pytest.fixture(scope="module")
def verbs_file(tmp_path_factory):
    """The packaged 'with' meeting verbs plus 'zorble', as a user's file."""
    path = tmp_path_factory.mktemp("lists") / "with_verbs.txt"
    packaged = (LEXICON_DIR / "with_meeting_verbs.txt").read_text(encoding="utf-8")
    path.write_text(packaged + "\nzorble\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def zorbling_nlp(verbs_file):
    return build_nlp(lexicons={"with_meeting_verbs": str(verbs_file)})


def _meetings(facts_list) -> list[int]:
    return [len(f.meetings) for f in facts_list]


def _items():
    return [(text, ArticleMeta(id=f"h{i}")) for i, text in enumerate(ZORBLES)]


def test_the_packaged_lists_do_not_know_the_probe_verb(nlp):
    assert _meetings(extract_many(_items(), nlp=nlp)) == [0, 0, 0]


def test_a_replaced_list_reaches_every_component(zorbling_nlp):
    assert _meetings(extract_many(_items(), nlp=zorbling_nlp)) == [1, 1, 1]
    for name in ("ng_people", "ng_offices", "ng_meetings", "ng_delegations"):
        assert "zorble" in zorbling_nlp.get_pipe(name).lexicons.with_meeting_verbs


def test_build_nlp_refuses_a_bad_list_before_loading_the_model():
    with pytest.raises(ValueError, match="unknown lexicon meeting_verb"):
        build_nlp(lexicons={"meeting_verb": ["meet"]})
    with pytest.raises(ValueError, match="no such file"):
        build_nlp(lexicons={"meeting_verbs": "/nowhere/verbs.txt"})


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_worker_processes_run_the_same_lists(zorbling_nlp, monkeypatch, start_method):
    """`-j N`: forked workers inherit the pipeline; where there is no fork it is pickled to them."""
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: [start_method])
    facts = list(extract_many(_items(), nlp=zorbling_nlp, n_process=2, batch_size=1))
    assert [f.meta.id for f in facts] == ["h0", "h1", "h2"]
    assert _meetings(facts) == [1, 1, 1]


def test_resolved_lists_are_self_contained_and_fingerprinted(verbs_file):
    resolved = resolve_overrides({"with_meeting_verbs": str(verbs_file)})
    assert resolved[0][0] == "with_meeting_verbs" and "zorble" in resolved[0][1]  # the file's lines, not its path
    assert resolve_overrides(resolved) == resolved
    assert overrides_digest(()) == ""
    assert overrides_digest(resolved) != overrides_digest(resolve_overrides({"with_meeting_verbs": ["zorble"]}))


def test_other_lists_make_the_service_extract_again_instead_of_skipping(nlp, zorbling_nlp, tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "h.txt").write_text(ZORBLES[0], encoding="utf-8")
    store = OxigraphStore()
    first = NewsService(store, nlp=nlp).ingest([folder], published="2025-05-15")
    assert first.count("created") == 1 and first.meetings == 0
    same = NewsService(store, nlp=nlp).ingest([folder], published="2025-05-15")
    assert "skipped" in same.outcomes[0].note
    other = NewsService(store, nlp=zorbling_nlp).ingest([folder], published="2025-05-15")
    assert other.count("replaced") == 1 and other.meetings == 1


def test_settings_read_lists_from_the_environment(monkeypatch, verbs_file):
    monkeypatch.setenv("NEWSGRAPH_LEXICONS", json.dumps({"with_meeting_verbs": str(verbs_file)}))
    assert get_settings().lexicons == {"with_meeting_verbs": str(verbs_file)}
    service = NewsService.from_settings(get_settings(), OxigraphStore())
    assert dict(service.lexicons)["with_meeting_verbs"][-1] == "zorble"


def test_cli_lexicon_option(tmp_path, verbs_file):
    runner = CliRunner()
    article = tmp_path / "a.txt"
    article.write_text(ZORBLES[1], encoding="utf-8")
    plain = runner.invoke(app, ["extract", str(article), "--published", "2025-05-15", "--format", "turtle"])
    given = runner.invoke(app, ["extract", str(article), "--published", "2025-05-15", "--format", "turtle",
                                "--lexicon", f"with_meeting_verbs={verbs_file}"])
    assert plain.exit_code == 0 and given.exit_code == 0, given.output
    assert "ng:Meeting" not in plain.stdout and "ng:Meeting" in given.stdout


@pytest.mark.parametrize("option, message", [("meeting_verb=x.txt", "unknown lexicon meeting_verb"),
                                             ("meeting_verbs=/nowhere/v.txt", "no such file"),
                                             ("meeting_verbs", "expected NAME=FILE")])
def test_cli_refuses_a_bad_lexicon_option(tmp_path, option, message):
    article = tmp_path / "a.txt"
    article.write_text(ZORBLES[2], encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(article), "--lexicon", option],
                                env={"NEWSGRAPH_STORE": str(tmp_path / "store")})
    assert result.exit_code == 1 and message in result.output
    assert not (tmp_path / "store").exists()  # refused before the store was opened
