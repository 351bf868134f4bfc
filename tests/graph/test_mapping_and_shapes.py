"""Facts -> RDF: the contract vocabulary, deterministic IRIs, provenance, and SHACL validity."""

import pytest
from rdflib import Graph, Namespace, URIRef

from newsgraph.graph.iris import IriMinter
from newsgraph.graph.mapping import facts_to_dataset
from newsgraph.graph.namespace import NG
from newsgraph.graph.serialize import serialize_dataset, union_graph
from newsgraph.ontologies import ONTOLOGY, SHAPES

SCHEMA = Namespace("https://schema.org/")
from newsgraph.extract.sources import SAMPLE_ARTICLE as SAMPLE
TEXT = ("Ukrainian Foreign Minister Andriy Sybiha met U.S. Secretary of State Marco Rubio in Antalya on Thursday. "
        "“We are hopeful,” Rubio said. Sybiha rejected an offer to meet Russian President Vladimir Putin.")


@pytest.fixture(scope="module")
def graph(extract):
    return union_graph(facts_to_dataset([extract(TEXT, article_id="antalya")]))


def test_people_have_readable_iris(graph):
    assert (URIRef("https://w3id.org/newsgraph/id/person/andriy-sybiha"), SCHEMA.name, None) in graph


def test_contract_office(graph):
    rows = list(graph.query("""PREFIX schema: <https://schema.org/> PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX ng: <https://w3id.org/newsgraph/ontology#>
        SELECT ?title ?country WHERE { ?p schema:name "Marco Rubio" ; org:holds ?post .
        ?post ng:title ?title ; org:postIn ?c . ?c schema:name ?country }"""))
    assert [(str(t), str(c)) for t, c in rows] == [("Secretary of State", "United States")]


def test_meeting_and_statement_provenance(graph):
    for cls in (NG.Meeting, NG.Statement):
        nodes = set(graph.subjects(predicate=None, object=cls))
        assert nodes
        for node in nodes:
            assert (node, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"),
                    URIRef("https://w3id.org/newsgraph/id/article/antalya")) in graph


def test_evidence_offsets(graph, extract):
    q = """PREFIX ng: <https://w3id.org/newsgraph/ontology#>
        SELECT ?s ?a ?b WHERE { ?m a ng:Meeting ; ng:evidence ?e . ?e ng:sentence ?s ; ng:startOffset ?a ; ng:endOffset ?b }"""
    for sentence, start, end in graph.query(q):
        assert TEXT[int(start):int(end)] == str(sentence)


def test_meeting_date_and_place(graph):
    rows = list(graph.query("""PREFIX schema: <https://schema.org/> PREFIX ng: <https://w3id.org/newsgraph/ontology#>
        SELECT ?d ?pn WHERE { ?m a ng:Meeting ; ng:status ng:Occurred ; schema:startDate ?d ; schema:location ?p . ?p schema:name ?pn }"""))
    assert [(str(d), str(p)) for d, p in rows] == [("2025-05-15", "Antalya")]


def test_a_venue_and_its_town_are_both_locations_and_the_venue_lies_in_the_town(extract):
    pyshacl = pytest.importorskip("pyshacl")
    facts = extract("Chancellor Ida Brenner met President Tomas Kalnins at the Presidential Palace in Riga on Monday.",
                    article_id="riga")
    data = union_graph(facts_to_dataset([facts]))
    rows = data.query("""PREFIX schema: <https://schema.org/> PREFIX ng: <https://w3id.org/newsgraph/ontology#>
        SELECT ?name WHERE { ?m a ng:Meeting ; schema:location ?p . ?p schema:name ?name }""")
    assert sorted(str(n) for n, in rows) == ["Presidential Palace", "Riga"]
    inside = data.query("""PREFIX schema: <https://schema.org/>
        SELECT ?v ?t WHERE { ?venue schema:containedInPlace ?town . ?venue schema:name ?v . ?town schema:name ?t }""")
    assert [(str(v), str(t)) for v, t in inside] == [("Presidential Palace", "Riga")]
    conforms, _, report = pyshacl.validate(data, shacl_graph=Graph().parse(SHAPES), ont_graph=Graph().parse(ONTOLOGY),
                                           inference="none")
    assert conforms, report


def test_base_iri_is_configurable(extract):
    ds = facts_to_dataset([extract(TEXT, article_id="antalya")], IriMinter("http://example.org/kg"))
    subjects = {str(s) for s, _, _ in union_graph(ds)}
    assert "http://example.org/kg/person/marco-rubio" in subjects


def test_same_person_same_node_across_articles(extract):
    a = extract("Secretary of State Marco Rubio met Andriy Sybiha.", article_id="one")
    b = extract("Marco Rubio met President Emmanuel Macron in Paris.", article_id="two")
    g = union_graph(facts_to_dataset([a, b]))
    rubios = set(g.subjects(SCHEMA.name, None)) & {URIRef("https://w3id.org/newsgraph/id/person/marco-rubio")}
    assert len(rubios) == 1
    assert len({str(o) for o in g.objects(predicate=SCHEMA.name) if str(o) == "Marco Rubio"}) == 1


@pytest.mark.parametrize("fmt", ["trig", "turtle", "nquads", "jsonld"])
def test_serialisations_parse_back(extract, fmt):
    ds = facts_to_dataset([extract(TEXT, article_id="antalya")])
    data = serialize_dataset(ds, fmt)
    g = Graph()
    g.parse(data=data.decode("utf-8"), format={"turtle": "turtle", "jsonld": "json-ld", "trig": "trig", "nquads": "nquads"}[fmt])
    assert len(g) > 20 or fmt in {"trig", "nquads"}


def test_shacl_validates_real_output(extract):
    pyshacl = pytest.importorskip("pyshacl")
    facts = extract(SAMPLE.read_text(encoding="utf-8"), article_id="istanbul")
    data = union_graph(facts_to_dataset([facts]))
    shapes = Graph().parse(SHAPES)
    ontology = Graph().parse(ONTOLOGY)
    conforms, _, report = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none")
    assert conforms, report


def test_shacl_catches_a_broken_meeting():
    pyshacl = pytest.importorskip("pyshacl")
    bad = Graph().parse(data="""@prefix ng: <https://w3id.org/newsgraph/ontology#> .
        <http://x/m> a ng:Meeting ; ng:status ng:Maybe .""", format="turtle")
    conforms, _, _ = pyshacl.validate(bad, shacl_graph=Graph().parse(SHAPES))
    assert not conforms


def test_namespace_terms_are_declared_in_the_ontology():
    ontology = Graph().parse(ONTOLOGY)
    declared = {str(s) for s in ontology.subjects() if str(s).startswith(str(NG._NS))}
    used = {str(NG._NS) + name for name in NG.__annotations__}
    assert used <= declared, used - declared
    for term in declared:
        assert (URIRef(term), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), None) in ontology
        assert (URIRef(term), URIRef("http://www.w3.org/2000/01/rdf-schema#comment"), None) in ontology


def test_unknown_term_raises():
    with pytest.raises(AttributeError):
        NG.notATerm  # noqa: B018
