"""Every case of the W3C SPARQL 1.1 Protocol test manifest, run against /sparql.

The manifest is read as RDF: for each test, its graph data is loaded into named graphs, its
requests are replayed in order (method, path, headers, body) and the expected status, result
format and boolean are checked.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Namespace, RDF, RDFS
from rdflib.collection import Collection

from newsgraph.api.config import Settings
from newsgraph.api.http.app import create_app
from newsgraph.graph.store import OxigraphStore
from tests.api.conftest import AUTH, TOKEN

DATA = Path(__file__).resolve().parents[1] / "data" / "w3c"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")

MANIFEST = Graph().parse(DATA / "sparql11-protocol-manifest.ttl", format="turtle",
                         publicID="http://www.w3.org/2009/sparql/docs/tests/data-sparql11/protocol/")
_MANIFEST_NODE = MANIFEST.value(predicate=RDF.type, object=MF.Manifest)
ENTRIES = list(Collection(MANIFEST, MANIFEST.value(_MANIFEST_NODE, MF.entries)))

FORMATS = {
    "boolean": {"application/sparql-results+json", "application/sparql-results+xml"},
    "tabular": {"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"},
    "RDF": {"text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json"},
}


def _requests(test):
    action = MANIFEST.value(test, MF.action)
    for request in Collection(MANIFEST, MANIFEST.value(action, HT.requests)):
        headers = {}
        header_list = MANIFEST.value(request, HT.headers)
        if header_list is not None:
            for h in Collection(MANIFEST, header_list):
                headers[str(MANIFEST.value(h, HT.fieldName))] = str(MANIFEST.value(h, HT.fieldValue))
        body = MANIFEST.value(request, HT.body)
        payload = None
        if body is not None:
            encoding = str(MANIFEST.value(body, CNT.characterEncoding) or "UTF-8")
            payload = str(MANIFEST.value(body, CNT.chars)).encode(encoding.lower())
        response = MANIFEST.value(request, HT.resp)
        yield {
            "method": str(MANIFEST.value(request, HT.methodName)),
            "path": str(MANIFEST.value(request, HT.absolutePath)).replace("/sparql/", "/sparql", 1),
            "headers": headers,
            "body": payload,
            "status": {str(s).rsplit("StatusCode", 1)[-1] for s in MANIFEST.objects(response, MF.expectedStatus)},
            "format": str(MANIFEST.value(response, MF.expectedFormat) or "") or None,
            "boolean": MANIFEST.value(response, MF.expectedBoolean),
        }


def _boolean(response) -> bool:
    if "json" in response.headers["content-type"]:
        return json.loads(response.content)["boolean"]
    return b"<boolean>true</boolean>" in response.content


def _load_case_data(store: OxigraphStore, test) -> None:
    for data in MANIFEST.objects(test, UT.graphData):
        graph_name = str(MANIFEST.value(data, RDFS.label))
        file_name = str(MANIFEST.value(data, UT.graph)).rsplit("/", 1)[-1].replace("data", "protocol-data")
        store.load((DATA / file_name).read_bytes(), "ntriples", graph=graph_name)


def _replay(client: TestClient, test) -> None:
    for req in _requests(test):
        headers = {**req["headers"], **AUTH}
        response = client.request(req["method"], req["path"], headers=headers, content=req["body"])
        klass = f"{response.status_code // 100}xx"
        assert klass in req["status"], (response.status_code, response.text)
        if klass == "4xx":
            assert response.json()["detail"], "a 4xx names the problem"
        if req["format"]:
            media = response.headers["content-type"].split(";")[0]
            assert media in FORMATS[req["format"]], media
        if req["boolean"] is not None:
            assert _boolean(response) == req["boolean"].toPython()


@pytest.mark.parametrize("test", ENTRIES, ids=[str(t).rsplit("#", 1)[-1] for t in ENTRIES])
def test_protocol_case(test, tmp_path):
    store = OxigraphStore(tmp_path / "store")
    _load_case_data(store, test)
    settings = Settings(store=tmp_path / "store", token=TOKEN, query_workers=1)
    with TestClient(create_app(settings, store=store)) as client:
        _replay(client, test)


def test_manifest_five_times_on_one_server(tmp_path):
    """All 34 cases, five times in a row, on one server whose store is rewritten between cases and by
    the update cases: queries that follow writes must see them and never fail."""
    store = OxigraphStore(tmp_path / "store")
    settings = Settings(store=tmp_path / "store", token=TOKEN, query_workers=2)
    passed = 0
    with TestClient(create_app(settings, store=store)) as client:
        for _ in range(5):
            for test in ENTRIES:
                store.update("DROP SILENT ALL")
                _load_case_data(store, test)
                _replay(client, test)
                passed += 1
    assert passed == 5 * 34


def test_manifest_has_all_cases():
    assert len(ENTRIES) == 34
