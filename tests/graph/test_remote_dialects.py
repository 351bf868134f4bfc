"""Where a SPARQL server answers other than the standard says, the remote store copes (README,
"Other SPARQL servers"). The answers below are the ones Virtuoso 7.2 gave when we tried it."""
from __future__ import annotations

import httpx
import pytest

from newsgraph.graph.remote_store import RemoteStore

VIRTUOSO_ASK_FALSE = b'{ "head": { "link": [], "vars": ["__ASK_RETVAL"] }, "results": { "bindings": [ ] } }'
VIRTUOSO_ASK_TRUE = (b'{ "head": { "link": [], "vars": ["__ASK_RETVAL"] }, "results": { "bindings": [ { "__ASK_RETVAL":'
                     b' { "type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer", "value": "1" }} ] } }')
STANDARD_ASK_FALSE = b'{ "head": {}, "boolean": false }'


def _store_answering(body: bytes) -> RemoteStore:
    store = RemoteStore("http://127.0.0.1:9", query_url="http://127.0.0.1:9/sparql")
    answer = lambda request: httpx.Response(200, content=body,  # noqa: E731
                                            headers={"Content-Type": "application/sparql-results+json"})
    store._client = httpx.Client(transport=httpx.MockTransport(answer))
    return store


@pytest.mark.parametrize("body, expected", [(VIRTUOSO_ASK_FALSE, False), (VIRTUOSO_ASK_TRUE, True),
                                            (STANDARD_ASK_FALSE, False)])
def test_ask_answers_in_virtuosos_table_form_read_as_booleans(body, expected):
    store = _store_answering(body)
    assert store.ask("ASK { ?s ?p ?o }") is expected
    assert store.has_article("http://example.org/a") is expected


def test_an_ordinary_one_column_table_is_left_a_table():
    body = b'{ "head": { "vars": ["n"] }, "results": { "bindings": [ { "n": { "type": "literal", "value": "1" } } ] } }'
    rows = _store_answering(body).select("SELECT ?n WHERE { ?s ?p ?n }")
    assert [r["n"] for r in rows] == ["1"]
