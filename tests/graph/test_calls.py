"""Calls by phone or video are contacts, not meetings in person: typed ng:Call with ng:channel,
valid against the shapes, and left out of who-met unless asked for."""
from datetime import date

import pytest
from rdflib import Graph

from newsgraph.extract.facts import (Agent, ArticleFacts, ArticleMeta, Channel, Evidence, Meeting, MeetingStatus,
                                     Person)
from newsgraph.graph.ingest import store_facts
from newsgraph.graph.mapping import facts_to_dataset
from newsgraph.graph.namespace import NG
from newsgraph.graph.queries import meetings, met_pairs, resolve_person, who_met
from newsgraph.graph.serialize import union_graph
from newsgraph.graph.store import OxigraphStore
from newsgraph.ontologies import ONTOLOGY, SHAPES

TEXT = "Premier Ana Vidal met Mayor Tom Gray in Porto. Later Vidal phoned Governor Lia Moss."


def _facts() -> ArticleFacts:
    sent_a, sent_b = Evidence(TEXT[:46], 0, 46), Evidence(TEXT[47:], 47, len(TEXT))
    persons = {k: Person(key=k, name=n) for k, n in
               (("ana-vidal", "Ana Vidal"), ("tom-gray", "Tom Gray"), ("lia-moss", "Lia Moss"))}
    met = Meeting([Agent("person", "ana-vidal"), Agent("person", "tom-gray")], MeetingStatus.OCCURRED, sent_a, "met",
                  place="Porto")
    call = Meeting([Agent("person", "ana-vidal"), Agent("person", "lia-moss")], MeetingStatus.OCCURRED, sent_b,
                   "phoned", channel=Channel.PHONE)
    return ArticleFacts(meta=ArticleMeta(id="calls", published=date(2025, 5, 15)), text=TEXT, persons=persons,
                        meetings=[met, call])


@pytest.fixture()
def store():
    st = OxigraphStore()
    store_facts(_facts(), st)
    return st


def test_call_is_typed_and_carries_its_channel():
    graph = union_graph(facts_to_dataset([_facts()]))
    calls = set(graph.subjects(predicate=None, object=NG.Call))
    in_person = set(graph.subjects(predicate=None, object=NG.Meeting))
    assert len(calls) == 1 and len(in_person) == 1
    assert (next(iter(calls)), NG.channel, NG.Phone) in graph
    assert (next(iter(in_person)), NG.channel, NG.InPerson) in graph


def test_shapes_accept_calls_and_refuse_a_meeting_by_phone():
    pyshacl = pytest.importorskip("pyshacl")
    data = union_graph(facts_to_dataset([_facts()]))
    shapes, ontology = Graph().parse(SHAPES), Graph().parse(ONTOLOGY)
    conforms, _, report = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none")
    assert conforms, report
    for m in list(data.subjects(predicate=None, object=NG.Meeting)):
        data.set((m, NG.channel, NG.Phone))
    conforms, _, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none")
    assert not conforms


def test_who_met_leaves_calls_out_unless_asked(store):
    vidal = resolve_person(store, "Ana Vidal")
    assert {r["other_name"] for r in who_met(store, vidal)} == {"Tom Gray"}
    with_calls = who_met(store, vidal, calls=True)
    assert {(r["other_name"], r["channel"]) for r in with_calls} == {("Tom Gray", "InPerson"), ("Lia Moss", "Phone")}


def test_meeting_lists_and_pairs_leave_calls_out_unless_asked(store):
    assert len(meetings(store)) == 1
    assert len(meetings(store, calls=True)) == 2
    assert {frozenset((r["a_name"], r["b_name"])) for r in met_pairs(store)} == {frozenset({"Ana Vidal", "Tom Gray"})}
    assert len(met_pairs(store, calls=True)) == 2
