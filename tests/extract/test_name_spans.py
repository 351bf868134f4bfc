"""Name spans: a hyphenated compound that names a law or pact is no person ("Glass-Steagall Act"), a
hyphenated surname NER cut is made whole, and a given name before a surname after an office word
belongs to the name ("the envoy Ana Soto", even when NER tags only "Soto")."""
import pytest
from spacy.tokens import Span

from newsgraph.extract.people import PeopleIndex
from tests.conftest import names


@pytest.mark.parametrize("text, word", [
    ("The Glass-Steagall Act was repealed, said Senator Maria Lopez.", "Glass"),
    ("Critics of the Hobbs-Brandt treaty met Senator Maria Lopez on Friday.", "Hobbs"),
    ("The Sykes-Landry agreement was signed in 1916, Professor Ana Ruiz told the class.", "Sykes"),
])
def test_a_hyphenated_compound_naming_a_thing_gives_no_person(extract, text, word):
    found = names(extract(text))
    assert not any(n.split()[0] == word for n in found), found
    assert any(n.endswith(("Lopez", "Ruiz")) for n in found)


@pytest.mark.parametrize("text, name", [
    ("The envoy Ana Soto met the president on Friday.", "Ana Soto"),
    ("Yesterday the mediator Carla Ibarra flew to Quito.", "Carla Ibarra"),
    ("Reporters asked the spokesman Daniel Frey about the vote.", "Daniel Frey"),
])
def test_a_name_after_a_lower_case_office_word_is_a_person(extract, text, name):
    facts = extract(text)
    assert name in names(facts)
    assert not any(o.title.split()[-1] == name.split()[0] for o in facts.offices)


@pytest.mark.parametrize("text, tagged, name", [
    ("The envoy Ana Soto met the president on Friday.", (3, 4), "Ana Soto"),
    ("We spoke to minister Paul Grant at length.", (5, 6), "Paul Grant"),
    ("Talks with the mediator Rosa Lind ended early.", (5, 6), "Rosa Lind"),
])
def test_a_given_name_before_a_tagged_surname_after_an_office_word_joins_the_name(nlp, text, tagged, name):
    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline:
        if _ == "ner":
            break
        doc = proc(doc)
    doc.ents = [Span(doc, *tagged, label="PERSON")]
    people = PeopleIndex(doc)
    assert name in {p.name for p in people.persons.values()}


@pytest.mark.parametrize("text, name", [
    ("The presidents of Chile and Peru, Tomas Vell and Ana Ruiz, met in Lima.", "Ana Ruiz"),
    ("She thanked Omar Tal, Ana Ruiz and the staff.", "Ana Ruiz"),
    ("Photos showed Tomas Vell and Ana Ruiz at the border.", "Ana Ruiz"),
])
def test_a_given_name_coordinated_with_a_person_is_a_person(extract, text, name):
    assert name in names(extract(text))


@pytest.mark.parametrize("text, name", [
    ("Prime Minister Jung Sang-woo met the Danish envoy in Busan.", "Jung Sang-woo"),
    ("Governor Park Hae-won toured the port with the visiting Dutch minister.", "Park Hae-won"),
    ("Vice Minister Kwon Sang-woo said the two sides would meet again in June.", "Kwon Sang-woo"),
])
def test_a_hyphenated_given_name_with_a_lower_case_tail_is_whole(extract, text, name):
    """NER often ends the name inside the given name ("Jung Sang" of "Jung Sang-woo")."""
    found = names(extract(text))
    assert name in found, found
    assert name.rsplit("-", 1)[0] not in found
