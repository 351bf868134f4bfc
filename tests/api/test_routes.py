"""The REST API, graph store reads, exports, dereferencing, auth and safety limits."""
from __future__ import annotations

import json

import pytest
from rdflib import Dataset, Graph

from tests.api.conftest import AUTH, make_client


def test_people_search_by_any_name_form(client):
    for q in ("zelensky", "Volodymyr", "Erdogan"):
        data = client.get("/people", params={"q": q}).json()["data"]
        assert len(data) == 1, (q, data)
    assert client.get("/people", params={"q": "nobody"}).json()["data"] == []


def test_person_detail(client):
    body = client.get("/people/rustem-umerov").json()
    assert body["name"] == "Rustem Umerov"
    assert {"title": "Defense Minister", "org": "Ukraine", "former": False} in body["offices"]
    assert any(d["role"] == "head" for d in body["delegations"])


def test_who_met_zelensky(client):
    data = client.get("/people/volodymyr-zelensky/met").json()["data"]
    assert [d["name"] for d in data] == ["Recep Tayyip Erdoğan"]
    meeting = data[0]["meetings"][0]
    assert (meeting["place"], meeting["date"], meeting["status"]) == ("Ankara", "2025-05-15", "Occurred")
    assert "meeting with Turkish President" in meeting["sentence"]
    assert meeting["article"].endswith("/article/istanbul")


def test_declined_meetings_only_on_request(client):
    default = {d["name"] for d in client.get("/people/vladimir-putin/met").json()["data"]}
    assert "Volodymyr Zelensky" not in default
    declined = client.get("/people/vladimir-putin/met", params={"status": "Declined"}).json()["data"]
    assert [d["name"] for d in declined] == ["Volodymyr Zelensky"]


def test_meetings_filters(client):
    ankara = client.get("/meetings", params={"place": "Ankara"}).json()["data"]
    assert len(ankara) == 1 and set(ankara[0]["attendees"]) == {"Volodymyr Zelensky", "Recep Tayyip Erdoğan"}
    both = client.get("/meetings", params={"person": "Putin", "with": "Bortnikov"}).json()["data"]
    assert [m["date"] for m in both] == ["2025-05-14"]
    assert client.get("/meetings", params={"since": "2030-01-01"}).json()["data"] == []
    assert client.get("/meetings", params={"status": "Nonsense"}).status_code == 400


def test_statements(client):
    rubio = client.get("/statements", params={"speaker": "Marco Rubio"}).json()["data"]
    assert any(s["text"] == "impatient" for s in rubio)
    hits = client.get("/statements", params={"q": "theater prop"}).json()["data"]
    assert [h["speaker_name"] for h in hits] == ["Volodymyr Zelensky"]


def test_delegations(client):
    data = client.get("/delegations").json()["data"]
    russia = next(d for d in data if d["represents"] == "Russia")
    assert russia["head"] == "Vladimir Medinsky"
    assert "Igor Kostyukov" in russia["members"]


def test_paths_and_network(client):
    result = client.get("/paths", params={"from": "Umerov", "to": "Putin"}).json()
    hops = result["paths"][0]
    assert len(hops) == 2  # through a member of the Russian delegation, met at the talks
    assert hops[0]["from_name"] == "Rustem Umerov" and hops[-1]["to_name"] == "Vladimir Putin"
    assert all(h["meetings"][0]["sentence"] for h in hops)
    assert result["complete"] and all(h["meetings_total"] >= len(h["meetings"]) >= 1 for h in hops)
    capped = client.get("/paths", params={"from": "Umerov", "to": "Putin", "evidence": 0}).json()["paths"][0]
    assert [h["meetings"] for h in capped] == [[], []] and [h["meetings_total"] for h in capped] == [h["meetings_total"] for h in hops]
    assert client.get("/paths", params={"from": "Umerov", "to": "Zelensky"}).json()["paths"] == []
    net = client.get("/people/vladimir-putin/network").json()
    assert len(net["nodes"]) == 9 and all(e["weight"] >= 1 for e in net["edges"])


def test_unknown_ids_are_404(client):
    for path in ("/people/no-such-person", "/people/no-such-person/met", "/articles/nope",
                 "/id/person/no-such-person", "/people/x/network"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.json()["detail"]


def test_articles_page_by_cursor_with_next_links(tmp_path, sample_facts):
    import copy
    import dataclasses
    facts = []
    for n in range(5):
        f = copy.deepcopy(sample_facts)
        f.meta = dataclasses.replace(f.meta, id=f"copy-{n}")
        facts.append(f)
    with make_client(tmp_path, facts) as c:
        first = c.get("/articles", params={"limit": 2}).json()
        assert first["count"] == 2 and first["next"]
        ids = [a["id"] for a in first["data"]]
        link = first["next"]
        while link:
            page = c.get(link).json()
            ids += [a["id"] for a in page["data"]]
            link = page["next"]
        assert sorted(ids) == [f"copy-{n}" for n in range(5)] and len(ids) == 5
        by_offset = c.get("/articles", params={"limit": 2, "offset": 2}).json()  # the old parameter still works
        assert [a["id"] for a in by_offset["data"]] == ids[2:4]
        assert c.get("/articles", params={"after": ids[1], "limit": 2}).json()["data"] == by_offset["data"]


def test_articles(client):
    data = client.get("/articles").json()["data"]
    assert [a["id"] for a in data] == ["istanbul"]
    one = client.get("/articles/istanbul").json()
    assert one["people"] == 16 and one["published"] == "2025-05-15"


def test_ingest_replace_delete_with_token(client):
    text = "President Ana Lopes met Governor Tim Hale in Lisbon on Monday."
    assert client.post("/articles", json={"text": text, "id": "lisbon"}).status_code == 401
    created = client.post("/articles", json={"text": text, "id": "lisbon", "published": "2025-01-10"}, headers=AUTH)
    assert created.status_code == 201 and created.headers["location"] == "/articles/lisbon"
    assert created.json()["people"] == ["Ana Lopes", "Tim Hale"]
    met = client.get("/people/ana-lopes/met").json()["data"]
    assert met[0]["meetings"][0]["date"] == "2025-01-06"
    replaced = client.put("/articles/lisbon", content="Mayor Tim Hale spoke.", headers={**AUTH, "Content-Type": "text/plain"})
    assert replaced.status_code == 200 and replaced.json()["replaced"]
    assert client.get("/people/ana-lopes").status_code == 404
    assert client.delete("/articles/lisbon", headers=AUTH).status_code == 204
    assert client.delete("/articles/lisbon", headers=AUTH).status_code == 404


def test_ingest_rejects_bad_bodies(client):
    assert client.post("/articles", content=b"\x00\x01", headers={**AUTH, "Content-Type": "text/plain"}).status_code == 422
    assert client.post("/articles", content=b"{bad", headers={**AUTH, "Content-Type": "application/json"}).status_code == 422
    assert client.post("/articles", json={"text": "   "}, headers=AUTH).status_code == 422
    assert client.post("/articles", content=b"<a/>", headers={**AUTH, "Content-Type": "application/xml"}).status_code == 415


def test_read_only_without_token(tmp_path, sample_facts):
    with make_client(tmp_path, [sample_facts], token=None) as c:
        assert c.post("/articles", json={"text": "x"}, headers=AUTH).status_code == 403
        assert c.post("/sparql", content="CLEAR ALL", headers={"Content-Type": "application/sparql-update"}).status_code == 403
        assert c.get("/people", params={"q": "putin"}).status_code == 200


@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
])
def test_select_formats(client, accept, media):
    query = "SELECT ?n WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?n } LIMIT 3"
    for response in (client.get("/sparql", params={"query": query}, headers={"Accept": accept}),
                     client.post("/sparql", data={"query": query}, headers={"Accept": accept})):
        assert response.status_code == 200
        assert response.headers["content-type"].split(";")[0] == media
        assert "Andriy Sybiha" in response.text


@pytest.mark.parametrize("accept, parser", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                            ("application/rdf+xml", "xml"), ("application/ld+json", "json-ld")])
def test_construct_formats(client, accept, parser):
    query = "CONSTRUCT { ?p <https://schema.org/name> ?n } WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?n }"
    response = client.post("/sparql", content=query, headers={"Content-Type": "application/sparql-query", "Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
    assert len(Graph().parse(data=response.content, format=parser)) == 16


def test_select_json_and_csv_content(client):
    query = "SELECT ?n WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?n } ORDER BY ?n"
    as_json = client.get("/sparql", params={"query": query}).json()
    assert len(as_json["results"]["bindings"]) == 16
    as_csv = client.get("/sparql", params={"query": query}, headers={"Accept": "text/csv"}).text.splitlines()
    assert as_csv[0] == "n" and len(as_csv) == 17


def test_not_acceptable(client):
    response = client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "image/png"})
    assert response.status_code == 406


def test_named_graph_selection(client):
    graph = "https://w3id.org/newsgraph/id/article/istanbul"
    ask = "ASK { ?p a <https://schema.org/Person> }"
    assert client.get("/sparql", params={"query": ask, "default-graph-uri": graph}).json()["boolean"] is True
    assert client.get("/sparql", params={"query": ask, "default-graph-uri": "http://nowhere/"}).json()["boolean"] is False


def test_service_refused_unless_enabled(client):
    response = client.get("/sparql", params={"query": "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"})
    assert response.status_code == 403 and "SERVICE" in response.json()["detail"]


def test_service_description(client):
    response = client.get("/sparql")
    assert response.headers["content-type"].startswith("text/turtle")
    assert "sd:Service" in response.text


def test_graph_store_reads(client):
    union = client.get("/graphs?default", headers={"Accept": "application/n-quads"})
    ds = Dataset()
    ds.parse(data=union.text, format="nquads")
    assert len(list(ds.quads())) > 400
    one = client.get("/graphs", params={"graph": "https://w3id.org/newsgraph/id/article/istanbul"}, headers={"Accept": "text/turtle"})
    assert len(Graph().parse(data=one.text, format="turtle")) > 400
    assert client.get("/graphs", params={"graph": "http://nowhere/"}).status_code == 404
    assert client.get("/graphs").status_code == 400


@pytest.mark.parametrize("fmt, parser", [("turtle", "turtle"), ("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_export_streams(client, fmt, parser):
    response = client.get("/export", params={"format": fmt})
    assert response.status_code == 200
    target = Dataset() if fmt in {"trig", "nquads"} else Graph()
    target.parse(data=response.content.decode("utf-8"), format=parser)
    assert (len(list(target.quads())) if isinstance(target, Dataset) else len(target)) > 400


def test_dereference(client):
    html = client.get("/id/person/vladimir-putin", headers={"Accept": "text/html"})
    assert html.headers["content-type"].startswith("text/html") and "Vladimir Putin" in html.text
    turtle = client.get("/id/person/vladimir-putin", headers={"Accept": "text/turtle"})
    assert len(Graph().parse(data=turtle.text, format="turtle")) > 3
    ld = client.get("/id/meeting/istanbul-4", headers={"Accept": "application/ld+json"})
    assert json.loads(ld.text)


def test_body_limit(tmp_path, sample_facts):
    with make_client(tmp_path, [sample_facts], max_body_bytes=1000) as c:
        response = c.post("/articles", content=b"x" * 5000, headers={**AUTH, "Content-Type": "text/plain"})
        assert response.status_code == 413


def test_result_size_limit(tmp_path, sample_facts):
    with make_client(tmp_path, [sample_facts], max_result_bytes=200) as c:
        response = c.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert response.status_code == 422 and "LIMIT" in response.json()["detail"]


SLOW = """SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"""


def test_slow_query_is_stopped_and_others_go_on(tmp_path, sample_facts):
    with make_client(tmp_path, [sample_facts], query_timeout=3.0, query_workers=2) as c:
        import threading
        results, finished = {}, []
        running = threading.Event()

        def slow():
            running.set()
            results["slow"] = c.get("/sparql", params={"query": SLOW})
            finished.append("slow")

        thread = threading.Thread(target=slow)
        thread.start()
        running.wait(10)
        fast = c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
        finished.append("fast")
        thread.join(30)
        # the order of answers, not a stopwatch: the quick query is answered while the slow one runs
        assert fast.status_code == 200 and finished == ["fast", "slow"]
        assert results["slow"].status_code == 503 and "limit" in results["slow"].json()["detail"]
        assert c.app.state.runner.killed == 1
        assert c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).status_code == 200


def test_cors_off_by_default_and_never_with_credentials(tmp_path, sample_facts):
    with make_client(tmp_path, [sample_facts]) as c:
        response = c.get("/people", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in response.headers
    with make_client(tmp_path / "2", [sample_facts], cors_origins=["https://ok.example"]) as c:
        ok = c.get("/people", headers={"Origin": "https://ok.example"})
        assert ok.headers["access-control-allow-origin"] == "https://ok.example"
        assert "access-control-allow-credentials" not in ok.headers
        bad = c.get("/people", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in bad.headers


def test_openapi_lists_routes(client):
    paths = client.get("/openapi.json").json()["paths"]
    for route in ("/sparql", "/people", "/people/{person_id}/met", "/meetings", "/statements", "/paths",
                  "/articles", "/graphs", "/export", "/delegations"):
        assert route in paths
