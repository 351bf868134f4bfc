"""The extraction pipeline is one spaCy component per concern, each saying what it reads and writes."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.extract.components import COMPONENTS, add_components, install_extensions
from newsgraph.extract.facts import ArticleMeta


def test_analyze_pipes_shows_each_concern_in_order_without_problems(nlp):
    analysis = nlp.analyze_pipes()
    ours = [name for name in nlp.pipe_names if name.startswith("ng_")]
    assert ours == ["ng_initials", "ng_paragraphs", "ng_datelines", *COMPONENTS]
    assert all(not problems for problems in analysis["problems"].values())
    summary = analysis["summary"]
    assert summary["ng_people"]["assigns"] == ["doc._.ng_people"]
    assert "doc._.ng_delegations" in summary["ng_meetings"]["requires"]
    assert summary["ng_facts"]["assigns"] == ["doc._.ng_facts"]
    assert nlp.get_pipe_config("ng_statements")["indirect"] is False


def test_a_component_missing_its_input_is_reported_by_analyze_pipes():
    nlp = spacy.blank("en")
    nlp.add_pipe("ng_meetings")
    problems = nlp.analyze_pipes()["problems"]["ng_meetings"]
    assert "doc._.ng_people" in problems and "doc._.ng_delegations" in problems


def test_typed_config_is_validated():
    nlp = spacy.blank("en")
    with pytest.raises(Exception):
        nlp.add_pipe("ng_coref", config={"pronouns": "sometimes"})


def _hand_annotated(nlp) -> Doc:
    """'President Nadia Brook met Omar Vale in Lisbon .' with a hand-set parse and entities."""
    words = ["President", "Nadia", "Brook", "met", "Omar", "Vale", "in", "Lisbon", "."]
    heads = [2, 2, 3, 3, 5, 3, 3, 6, 3]
    deps = ["compound", "compound", "nsubj", "ROOT", "compound", "dobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "NNP", "NNP", "VBD", "NNP", "NNP", "IN", "NNP", "."]
    lemmas = ["President", "Nadia", "Brook", "meet", "Omar", "Vale", "in", "Lisbon", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
               ents=ents, sent_starts=[True] + [False] * 8)


def test_components_run_on_a_blank_pipeline_with_hand_set_annotations():
    nlp = add_components(spacy.blank("en"))
    install_extensions()
    doc = _hand_annotated(nlp)
    doc._.ng_meta = ArticleMeta(id="hand")
    for _, component in nlp.pipeline:
        doc = component(doc)
    names = {p.name for p in doc._.ng_people.persons.values()}
    assert names == {"Nadia Brook", "Omar Vale"}
    assert [o.title for o in doc._.ng_offices] == ["President"]
    facts = doc._.ng_facts
    assert facts.meta.id == "hand"
    met = [{a.key for a in m.attendees} for m in facts.meetings]
    assert met == [{"nadia-brook", "omar-vale"}]
    assert facts.meetings[0].place == "Lisbon"


def test_a_component_without_its_input_says_which_is_missing():
    nlp = spacy.blank("en")
    nlp.add_pipe("ng_offices")
    with pytest.raises(ValueError, match="ng_people"):
        nlp("President Nadia Brook spoke.")


@pytest.mark.slow
def test_each_concern_is_annotated_on_the_doc(nlp):
    doc = nlp("Chancellor Mira Holt met Prime Minister Ivo Sand in Vienna on Tuesday. "
              "\"We agreed on a lot,\" Holt said.")
    assert {p.name for p in doc._.ng_people.persons.values()} >= {"Mira Holt", "Ivo Sand"}
    assert doc._.ng_meetings and doc._.ng_statements
    assert doc._.ng_facts.meetings == doc._.ng_meetings
