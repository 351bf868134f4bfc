"""Calls are contacts, not meetings in person: who-met leaves them out unless asked (CLI `--calls`,
HTTP `?calls=true`), and then says by which channel."""
from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from newsgraph.api.cli.main import app
from newsgraph.extract.facts import ArticleMeta
from newsgraph.extract.pipeline import extract_article
from tests.api.conftest import make_client

TEXT = ("Chancellor Greta Holm met Prime Minister Ivo Marin in Zagreb on Monday. "
        "On Tuesday Holm spoke by phone with President Lars Ekman about energy prices. "
        "Later that day Holm held a video call with Premier Ida Berg.")
runner = CliRunner()


def _run(*args, store):
    return runner.invoke(app, [str(a) for a in args], env={"NEWSGRAPH_STORE": str(store)})


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("calls")
    article = folder / "holm-week.txt"
    article.write_text(TEXT, encoding="utf-8")
    path = folder / "store"
    result = _run("ingest", article, "--published", "2025-03-05", store=path)
    assert result.exit_code == 0, result.output
    return path


def _others(result) -> dict[str, set[str]]:
    rows = json.loads(result.stdout)
    out: dict[str, set[str]] = {}
    for row in rows:
        out.setdefault(row["other_name"], set()).add(row.get("channel", "InPerson"))
    return out


def test_cli_who_met_leaves_calls_out_by_default(store):
    result = _run("who-met", "Holm", "--format", "json", store=store)
    assert result.exit_code == 0, result.output
    assert set(_others(result)) == {"Ivo Marin"}


def test_cli_who_met_with_calls_adds_them_with_their_channel(store):
    result = _run("who-met", "Holm", "--calls", "--format", "json", store=store)
    assert result.exit_code == 0, result.output
    others = _others(result)
    assert set(others) == {"Ivo Marin", "Lars Ekman", "Ida Berg"}
    channels = {name: {c.rsplit("#", 1)[-1].rsplit("/", 1)[-1] for c in found} for name, found in others.items()}
    assert channels["Lars Ekman"] == {"Phone"} and channels["Ida Berg"] == {"Video"}
    table = _run("who-met", "Holm", "--calls", store=store)
    assert "Ekman" in table.output and "Phone" in table.output


@pytest.fixture()
def client(tmp_path, nlp):
    facts = extract_article(TEXT, ArticleMeta(id="holm-week", published=date(2025, 3, 5)), nlp=nlp)
    with make_client(tmp_path, [facts]) as c:
        yield c


def test_http_met_leaves_calls_out_unless_asked(client):
    holm = client.get("/people", params={"q": "Holm"}).json()["data"][0]["id"]
    default = {d["name"] for d in client.get(f"/people/{holm}/met").json()["data"]}
    assert default == {"Ivo Marin"}
    with_calls = {d["name"] for d in client.get(f"/people/{holm}/met", params={"calls": "true"}).json()["data"]}
    assert with_calls == {"Ivo Marin", "Lars Ekman", "Ida Berg"}


def test_http_meetings_list_leaves_calls_out_unless_asked(client):
    default = client.get("/meetings", params={"person": "Holm"}).json()["data"]
    assert {frozenset(m["attendees"]) for m in default} == {frozenset({"Greta Holm", "Ivo Marin"})}
    with_calls = client.get("/meetings", params={"person": "Holm", "calls": "true"}).json()["data"]
    assert len(with_calls) == 3


def test_http_person_page_meetings_follow_the_network_filters(client):
    """The person page lists the meetings the network's filters keep (statuses, dates, calls), and
    counts every meeting and call of the person, so a page can say how many the filters hide."""
    holm = client.get("/people", params={"q": "Holm"}).json()["data"][0]["id"]
    page = lambda **params: client.get(f"/people/{holm}", params=params).json()  # noqa: E731
    default = page()
    assert [m["channel"] for m in default["meetings"]] == ["InPerson"]
    assert default["meetings_total"] == 3
    with_calls = page(calls="true")
    assert sorted(m["channel"] for m in with_calls["meetings"]) == ["InPerson", "Phone", "Video"]
    assert with_calls["meetings_total"] == 3
    assert page(calls="true", status="Proposed")["meetings"] == []
    by_channel = {m["channel"]: m["date"] for m in with_calls["meetings"]}
    assert by_channel["InPerson"] == "2025-03-03" and by_channel["Phone"] == "2025-03-04"
    since_tuesday = page(calls="true", since="2025-03-04")["meetings"]  # undated ones are out of any range
    assert {m["channel"] for m in since_tuesday} == {"Phone"} | ({"Video"} if by_channel["Video"] else set())
    assert client.get(f"/people/{holm}", params={"since": "yesterday"}).status_code == 422


def test_http_person_page_status_names_as_elsewhere(client):
    holm = client.get("/people", params={"q": "Holm"}).json()["data"][0]["id"]
    assert len(client.get(f"/people/{holm}", params={"status": "occurred"}).json()["meetings"]) == 1
    assert client.get(f"/people/{holm}", params={"status": "Maybe"}).status_code == 400
