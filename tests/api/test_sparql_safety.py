"""The SERVICE check skips rdflib's slow parse only where no reading of the text can hold SERVICE."""
import pytest

from newsgraph.api import sparql_safety
from newsgraph.api.sparql_safety import Refused, check_query

URL = "http://127.0.0.1:9/sparql"


@pytest.fixture
def parses(monkeypatch):
    """Counts rdflib algebra parses."""
    calls = []
    real = sparql_safety._algebra_query

    def counted(text, prefixes):
        calls.append(text)
        return real(text, prefixes)
    monkeypatch.setattr(sparql_safety, "_algebra_query", counted)
    return calls


def test_a_query_without_the_letters_is_not_parsed(parses):
    check_query("PREFIX schema: <https://schema.org/> SELECT ?o WHERE { ?m schema:attendee <urn:x:a> , ?o }")
    assert parses == []


@pytest.mark.parametrize("query", [
    f"SELECT * WHERE {{ SERVICE <{URL}> {{ ?s ?p ?o }} }}",
    f"select * where {{ sErViCe <{URL}> {{ ?s ?p ?o }} }}",
])
def test_service_is_refused(query, parses):
    with pytest.raises(Refused) as refused:
        check_query(query)
    assert refused.value.status == 403


@pytest.mark.parametrize("query", [
    # rdflib expands escapes before parsing: its reading holds SERVICE, so the full check runs
    f"SELECT * WHERE {{ ?s ?p 'x\\u0027 }} \\u0053ERVICE <{URL}> {{ ?s ?p ?o }} #' }}",
    # str.upper() folds the long s to S, as rdflib's keyword matching does
    f"SELECT * WHERE {{ \u017fervice <{URL}> {{ ?s ?p ?o }} }}",
])
def test_escaped_or_folded_letters_still_get_the_full_check(query, parses):
    try:
        check_query(query)
    except Refused:
        pass
    assert parses == [query]


def test_the_word_in_a_string_or_name_is_checked_and_passes(parses):
    check_query("PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:service 'public service' }")
    assert len(parses) == 1


@pytest.fixture
def lexes(monkeypatch):
    """Counts runs of the nesting lexer."""
    calls = []
    real = sparql_safety.nesting_depth

    def counted(text):
        calls.append(text)
        return real(text)
    monkeypatch.setattr(sparql_safety, "nesting_depth", counted)
    return calls


def test_a_text_with_few_brackets_is_not_lexed_for_its_depth(lexes):
    """Depth cannot exceed the count of opening brackets: a who-met query skips the lexer (~50 us,
    paid in the server and again in the worker)."""
    sparql_safety.check_depth("SELECT ?o WHERE { ?m <urn:a> ?o FILTER(?o != <urn:b>) }")
    assert lexes == []


@pytest.mark.parametrize("text, refused", [
    ("SELECT * WHERE " + "{" * 65 + "}" * 65, True),
    ("SELECT * WHERE { ?s ?p '" + "(" * 200 + "' }", False),  # brackets in a string do not nest
    ("SELECT * WHERE " + "{ " * 40 + "FILTER(" * 25 + ")" * 25 + " }" * 40, True),
])
def test_many_brackets_are_lexed_and_judged(lexes, text, refused):
    if refused:
        with pytest.raises(Refused):
            sparql_safety.check_depth(text)
    else:
        sparql_safety.check_depth(text)
    assert lexes == [text]
