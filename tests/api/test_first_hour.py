"""A new user's first hour over HTTP: offline docs, predeclared SPARQL prefixes with clear errors,
readable resource pages with real Turtle, and the JSON the explorer reads."""
from __future__ import annotations

import re

import pytest
from rdflib import Graph

from newsgraph.api.sparql_prefixes import UnknownPrefix, prefixes_in, with_prefixes

PERSON = "https://w3id.org/newsgraph/id/person/"


def _local_assets(html: str) -> list[str]:
    return re.findall(r'(?:src|href)="([^"#]+\.(?:js|css|png))"', html)


def test_docs_load_swagger_ui_from_this_server(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assets = _local_assets(page.text)
    assert {a.rsplit("/", 1)[-1] for a in assets} >= {"swagger-ui-bundle.js", "swagger-ui.css"}
    assert "cdn." not in page.text and "//" not in "".join(assets)
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
    assert client.get("/openapi.json").json()["paths"]["/people"]


def test_explorer_page_uses_only_vendored_files(client):
    page = client.get("/")
    assert page.status_code == 200 and "newsgraph explorer" in page.text
    assets = _local_assets(page.text)
    assert any("cytoscape" in a for a in assets) and any("yasgui" in a for a in assets)
    for asset in assets:
        assert asset.startswith("/static/"), asset
        assert client.get(asset).status_code == 200, asset
    for licence in ("cytoscape/LICENSE", "yasgui/LICENSE", "swagger-ui/LICENSE"):
        assert "licen" in client.get(f"/static/vendor/{licence}").text.lower()


def _sparql(client, query: str, accept: str = "application/sparql-results+json"):
    return client.get("/sparql", params={"query": query}, headers={"Accept": accept})


def test_sparql_predeclares_the_cli_prefixes(client):
    answer = _sparql(client, "SELECT DISTINCT ?name WHERE { ?p a schema:Person ; schema:name ?name ; org:holds ?post . "
                             "?post ng:title ?t . ?m prov:wasDerivedFrom ?a ; schema:startDate ?d "
                             "FILTER(datatype(?d) = xsd:date) FILTER(?m != rdf:nil) }")
    assert answer.status_code == 200, answer.text
    names = {b["name"]["value"] for b in answer.json()["results"]["bindings"]}
    assert "Volodymyr Zelensky" in names


def test_a_query_keeps_its_own_prefix_declarations(client):
    mine = "PREFIX schema: <http://schema.org/> SELECT ?p WHERE { ?p a schema:Person }"
    assert _sparql(client, mine).json()["results"]["bindings"] == []  # http, not https: the user's choice stands


def test_an_unknown_prefix_is_a_short_400_naming_it(client):
    answer = _sparql(client, "SELECT * WHERE { ?p a foaf:Person }")
    assert answer.status_code == 400
    detail = answer.json()["detail"]
    assert "foaf:" in detail and len(detail) < 300 and "schema:" in detail


@pytest.mark.parametrize("text, declared, used", [
    ("PREFIX ex: <http://e/> SELECT * { ?s ex:p 'a:b' ; <http://x/y:z> ?o } # c:d", {"ex"}, ["ex"]),
    ("SELECT * { _:b schema:name ?n FILTER(datatype(?n) = xsd:string) }", set(), ["schema", "xsd"]),
    ("SELECT * { ?s :p ?o }", set(), [""]),
])
def test_prefixes_are_read_outside_strings_iris_and_comments(text, declared, used):
    assert prefixes_in(text) == (declared, used)


def test_a_repeated_text_gets_the_same_prefixes_whatever_a_caller_did_with_the_first():
    """The verdicts are kept per text: each call still gets containers of its own."""
    text = "PREFIX ex: <http://e/> SELECT * { ?s ex:p ?o ; schema:name ?n }"
    declared, used = prefixes_in(text)
    declared.add("schema")
    used.clear()
    assert prefixes_in(text) == ({"ex"}, ["ex", "schema"])
    assert with_prefixes(text).startswith("PREFIX schema: <")


def test_with_prefixes_adds_only_what_is_missing():
    out = with_prefixes("PREFIX ng: <urn:x#> SELECT * { ?m ng:status ?s ; schema:name ?n }")
    assert out.startswith("PREFIX schema: <https://schema.org/>\n") and "PREFIX ng: <https" not in out
    with pytest.raises(UnknownPrefix, match="'dc:'"):
        with_prefixes("SELECT * { ?s dc:title ?t }")


def test_resource_page_shows_names_not_slugs(client):
    page = client.get("/id/person/volodymyr-zelensky", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert "<h1>Volodymyr Zelensky</h1>" in page.text
    links = dict(re.findall(r'<a href="(/id/[^"]+)"[^>]*>([^<]+)</a>', page.text))
    assert links["/id/country/ukraine"] == "Ukraine"  # the office's country by its name
    assert any(label == "President" for href, label in links.items() if href.startswith("/id/post/"))


@pytest.mark.parametrize("fmt, media, rdflib_format", [("turtle", "text/turtle", "turtle"),
                                                       ("ntriples", "application/n-triples", "nt"),
                                                       ("jsonld", "application/ld+json", "json-ld")])
def test_resource_format_link_returns_rdf(client, fmt, media, rdflib_format):
    page = client.get(f"/id/person/volodymyr-zelensky?format={fmt}", headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith(media)
    graph = Graph().parse(data=page.text, format=rdflib_format)
    assert any(str(o) == "Volodymyr Zelensky" for o in graph.objects())
    assert 'href="?format=turtle"' in client.get("/id/person/volodymyr-zelensky", headers={"Accept": "text/html"}).text


def test_resource_unknown_format_is_400(client):
    assert client.get("/id/person/volodymyr-zelensky?format=docx").status_code == 400


def test_meeting_evidence_has_sentence_offsets_and_article(client):
    met = client.get("/people/volodymyr-zelensky/met").json()["data"]
    erdogan = next(e for e in met if e["name"] == "Recep Tayyip Erdoğan")
    meeting = erdogan["meetings"][0]["meeting"].rsplit("/", 1)[-1]
    body = client.get(f"/meetings/{meeting}/evidence").json()
    assert body["status"] == "Occurred" and body["place"] == "Ankara"
    assert {a["name"] for a in body["attendees"]} >= {"Volodymyr Zelensky", "Recep Tayyip Erdoğan"}
    (ev,) = body["evidence"]
    assert "Erdoğan" in ev["sentence"] and ev["end"] > ev["start"] and ev["article_id"] == "istanbul"
    article = client.get(f"/articles/{ev['article_id']}/evidence").json()
    starts = [s["start"] for s in article["sentences"]]
    assert starts == sorted(starts)
    hit = next(s for s in article["sentences"] if s["start"] == ev["start"])
    assert hit["sentence"] == ev["sentence"] and body["meeting"] in hit["facts"]
    assert client.get("/meetings/no-such-meeting/evidence").status_code == 404


def test_network_filters_by_status_and_date(client):
    met_only = client.get("/people/vladimir-putin/network").json()
    everything = client.get("/people/vladimir-putin/network", params={"status": "all"}).json()
    statuses = lambda net: {s for e in net["edges"] for s in e["statuses"]}  # noqa: E731
    assert statuses(met_only) <= {"Occurred", "Scheduled"}
    assert statuses(everything) - {"Occurred", "Scheduled"}, "declined/proposed meetings appear on request"
    assert all(e["meetings"] is None and sum(e["statuses"].values()) == e["weight"] == sum(e["channels"].values())
               for e in everything["edges"])  # counts only, unless the meetings are asked for
    listed = client.get("/people/vladimir-putin/network", params={"status": "all", "meetings": "true"}).json()
    assert all(len(e["meetings"]) == e["weight"] for e in listed["edges"])
    assert {m["status"] for e in listed["edges"] for m in e["meetings"]} == statuses(everything)
    dated = client.get("/people/volodymyr-zelensky/network", params={"since": "2025-05-15", "until": "2025-05-15",
                                                                     "meetings": "true"}).json()
    assert dated["edges"] and all(m["date"] == "2025-05-15" for e in dated["edges"] for m in e["meetings"])
    assert client.get("/people/volodymyr-zelensky/network", params={"since": "2030-01-01"}).json()["edges"] == []
    assert client.get("/people/vladimir-putin/network", params={"status": "Maybe"}).status_code == 400


def test_article_text_is_kept_and_offsets_point_into_it(client):
    """The evidence link opens the article's own text; the sentence is where its offsets say."""
    article = client.get("/articles/istanbul/evidence").json()
    assert article["text"].startswith("Ukrainian President Volodymyr Zelensky")
    for s in article["sentences"]:
        assert article["text"][s["start"]:s["end"]] == s["sentence"]


def test_one_line_of_the_network_lists_its_meetings(client):
    """`/people/{id}/met?with=` lists the meetings behind one line of the network, with the same
    filters (statuses, dates): what the explorer shows when a line is clicked."""
    net = client.get("/people/vladimir-putin/network", params={"status": "all"}).json()
    for edge in net["edges"]:
        a, b = (e.rsplit("/", 1)[-1] for e in (edge["source"], edge["target"]))
        page = client.get(f"/people/{a}/met", params={"with": b, "status": "all"}).json()["data"]
        assert len(page) == 1 and len(page[0]["meetings"]) == edge["weight"], (a, b)
        assert {m["status"] for m in page[0]["meetings"]} == set(edge["statuses"])
    zelensky = client.get("/people/volodymyr-zelensky/met", params={"with": "Erdogan"}).json()["data"]
    assert [m["date"] for m in zelensky[0]["meetings"]] == ["2025-05-15"]
    assert client.get("/people/volodymyr-zelensky/met", params={"with": "Erdogan", "since": "2025-06-01"}).json()["data"] == []
    assert client.get("/people/volodymyr-zelensky/met", params={"with": "Erdogan", "since": "soon"}).status_code == 422


def test_the_readme_gives_the_namespace_iris_and_lists_each_person_once():
    """First-hour trap: a guessed `ng:` namespace silently matched nothing, and the README's example
    query listed a person once per article. The README names the IRIs; its people queries are DISTINCT."""
    from pathlib import Path
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "`https://w3id.org/newsgraph/ontology#`" in readme and "`https://schema.org/`" in readme
    people_queries = re.findall(r"SELECT[^'\n]*a schema:Person[^'\n]*", readme)
    assert people_queries and all(q.startswith("SELECT DISTINCT") for q in people_queries)
