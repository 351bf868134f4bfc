"""Ingestion over HTTP: ids from the one policy, outcomes, and client errors that are 4xx, never 500."""
from __future__ import annotations

from tests.api.conftest import AUTH

PLAIN = {**AUTH, "Content-Type": "text/plain"}
START = "Chancellor Mira Holt met President Ivo Sand in Vienna on Tuesday, and on Wednesday "


def test_post_without_id_never_replaces_an_article_with_the_same_start(client):
    first = client.post("/articles", content=START + "they talked about trade.", headers=PLAIN)
    second = client.post("/articles", content=START + "they argued about borders.", headers=PLAIN)
    assert (first.status_code, second.status_code) == (201, 201)
    assert first.json()["id"] != second.json()["id"]
    assert first.json()["outcome"] == second.json()["outcome"] == "created"
    again = client.post("/articles", content=START + "they talked about trade.", headers=PLAIN)
    assert again.status_code == 200 and again.json()["outcome"] == "unchanged"
    assert again.json()["id"] == first.json()["id"]


def test_post_with_a_taken_id_is_409_and_put_replaces(client):
    assert client.post("/articles", json={"text": START + "x.", "id": "vienna"}, headers=AUTH).status_code == 201
    conflict = client.post("/articles", json={"text": START + "y.", "id": "vienna"}, headers=AUTH)
    assert conflict.status_code == 409 and "PUT" in conflict.json()["detail"]
    replaced = client.put("/articles/vienna", json={"text": START + "y."}, headers=AUTH)
    assert replaced.status_code == 200 and replaced.json()["outcome"] == "replaced" and replaced.json()["replaced"]


def test_empty_bodies_are_422_json(client):
    for method, url in (("POST", "/articles"), ("PUT", "/articles/empty")):
        for headers in (PLAIN, {**AUTH, "Content-Type": "application/json"}, AUTH):
            response = client.request(method, url, content=b"", headers=headers)
            assert response.status_code == 422, (method, headers, response.text)
            assert "detail" in response.json()


def test_deeply_nested_json_is_422(client):
    body = b"[" * 5000 + b"]" * 5000
    response = client.post("/articles", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 422


def test_a_text_over_the_limit_is_413(client):
    client.app.state.service.max_article_chars = 1000
    response = client.post("/articles", content="Word and word. " * 100, headers=PLAIN)
    assert response.status_code == 413 and "too long" in response.json()["detail"]


def test_meeting_dates_must_be_dates(client):
    assert client.get("/meetings", params={"since": "yesterday"}).status_code == 422
    assert client.get("/meetings", params={"until": "2025-13"}).status_code == 200  # the shape is checked, not the calendar
    assert client.get("/meetings", params={"since": "2025-05"}).status_code == 200


def test_an_article_graph_made_by_sparql_update_reads_cleanly(client):
    update = 'INSERT DATA { GRAPH <https://w3id.org/newsgraph/id/article/handmade> { <urn:a> <urn:b> "c" } }'
    assert client.post("/sparql", content=update, headers={**AUTH, "Content-Type": "application/sparql-update"}).status_code == 204
    response = client.get("/articles/handmade")
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == "handmade" and body["people"] == 0 and body["title"] is None


def test_a_bad_graph_iri_is_400(client):
    response = client.get("/graphs", params={"graph": "not an iri"})
    assert response.status_code == 400 and "detail" in response.json()
    assert client.get("/graphs", params={"graph": "https://example.org/none"}).status_code == 404
