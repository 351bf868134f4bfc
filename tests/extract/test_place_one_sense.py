"""One sense per discourse for places: a one-word name the tagger labelled a town or region somewhere
in the article is a place wherever it stands alone as the object of "in"/"at", even where the tagger
called it a person or left it untagged ("The meeting took place in Tarvik" with "Tarvik" read as a
surname). Tested on hand-annotated Docs, since which reading the small model picks varies."""
import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.extract.meeting_places import place_of
from tests.conftest import meetings_between

NLP = spacy.blank("en")


def _doc(words, heads, deps, pos, ents):
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def _talks_took_place(prep: str, first_label: str, second_label: str, second_word: str = "Tarvik"):
    # "The talks took place <prep> Tarvik on Friday . Tarvik lies on the coast ."
    words = ["The", "talks", "took", "place", prep, "Tarvik", "on", "Friday", ".",
             second_word, "lies", "on", "the", "coast", "."]
    heads = [1, 2, 2, 2, 2, 4, 2, 6, 2, 10, 10, 10, 13, 11, 10]
    deps = ["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "punct",
            "nsubj", "ROOT", "prep", "det", "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT",
           "PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    ents = ["O"] * 5 + [first_label] + ["O", "B-DATE", "O", second_label] + ["O"] * 5
    return _doc(words, heads, deps, pos, ents)


@pytest.mark.parametrize("prep, first_label", [
    ("in", "B-PERSON"),  # read as a surname here, a town in the next sentence
    ("in", "O"),  # left untagged here
    ("at", "B-PERSON"),
])
def test_a_name_tagged_a_town_elsewhere_is_a_place(prep, first_label):
    doc = _talks_took_place(prep, first_label, "B-GPE")
    assert place_of(doc[5]) == "Tarvik"


def test_a_region_tag_elsewhere_counts_too():
    doc = _talks_took_place("in", "B-PERSON", "B-LOC")
    assert place_of(doc[5]) == "Tarvik"


def test_a_person_never_tagged_a_place_stays_no_place():
    doc = _talks_took_place("in", "B-PERSON", "B-PERSON")
    assert place_of(doc[5]) is None


def test_another_word_tagged_a_town_does_not_make_this_one_a_place():
    doc = _talks_took_place("in", "B-PERSON", "B-GPE", second_word="Velmora")
    assert place_of(doc[5]) is None


def test_part_of_a_longer_name_is_not_taken_alone():
    # "They met in Tarvik Holm 's office . Tarvik lies ..." : "Tarvik" opens a person's name here
    words = ["They", "met", "in", "Tarvik", "Holm", ".", "Tarvik", "lies", "north", "."]
    heads = [1, 1, 1, 4, 2, 1, 7, 7, 7, 7]
    deps = ["nsubj", "ROOT", "prep", "compound", "pobj", "punct", "nsubj", "ROOT", "advmod", "punct"]
    pos = ["PRON", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "ADV", "PUNCT"]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "O"]
    doc = _doc(words, heads, deps, pos, ents)
    assert place_of(doc[4]) is None


def _met_in(name_label: str, prep: str = "in"):
    # "Berg held talks with Kettunen <prep> Tromsø on Monday ." : the town left untagged
    words = ["Berg", "held", "talks", "with", "Kettunen", prep, "Tromsø", "on", "Monday", "."]
    heads = [1, 1, 1, 2, 3, 1, 5, 1, 7, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"]
    ents = ["B-PERSON", "O", "O", "O", "B-PERSON", "O", name_label, "O", "B-DATE", "O"]
    return _doc(words, heads, deps, pos, ents)


def test_a_lone_untagged_name_after_in_is_a_town():
    assert place_of(_met_in("O")[6]) == "Tromsø"


@pytest.mark.parametrize("label, prep", [
    ("B-PERSON", "in"),  # the tagger's person reading stands when nothing else says town
    ("O", "with"),  # only "in" places its object
])
def test_no_town_from_a_person_tag_or_another_preposition(label, prep):
    assert place_of(_met_in(label, prep)[6]) is None


@pytest.mark.parametrize("text, place", [
    ("Finance Minister Ole Berg held talks with his Finnish counterpart Liisa Kettunen in Tromsø on Monday.", "Tromsø"),
    ("Ole Berg sat down with Liisa Kettunen in Tórshavn on Friday to discuss fishing quotas.", "Tórshavn"),
])
def test_towns_the_small_model_leaves_untagged(extract, text, place):
    assert {m.place for m in meetings_between(extract(text), "Berg", "Kettunen")} == {place}
