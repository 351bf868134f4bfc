"""The mapping reads vocabulary terms through `CachedTerms`: the same terms, typos still refused."""
import pytest
from rdflib import RDF, URIRef

from newsgraph.graph.namespace import NG, SCHEMA, CachedTerms


def test_cached_terms_are_the_namespace_terms():
    ng, schema, rdf = CachedTerms(NG), CachedTerms(SCHEMA), CachedTerms(RDF)
    assert ng.Meeting == NG.Meeting and isinstance(ng.Meeting, URIRef)
    assert ng.Meeting is ng.Meeting  # built once
    assert ng["Occurred"] == NG.Occurred and ng["Occurred"] is ng["Occurred"]
    assert schema.attendee == URIRef("https://schema.org/attendee")
    assert rdf.type == RDF.type


def test_cached_terms_keep_the_vocabulary_strict():
    with pytest.raises(AttributeError):
        CachedTerms(NG).Meetnig  # noqa: B018 - a typo is an error, not a new term
