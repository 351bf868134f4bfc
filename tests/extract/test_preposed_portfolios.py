"""A title set off before the name by a comma (also one opening its sentence: "Its leader, General X")
keeps a list of portfolios with its own commas ("Austria's
Federal Minister for Climate, Environment and Energy, X"), whatever the parser made of the name."""
import pytest
from spacy.tokens import Doc

from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.preposed_titles import preposed_title_run
from tests.conftest import offices_by_surname

_WORDS = ["They", "were", "joined", "by", "Austria", "'s", "Federal", "Minister", "for", "Climate", ",", "Environment",
          "and", "Energy", ",", "Katharina", "Weber", "."]
_POS = ["PRON", "AUX", "VERB", "ADP", "PROPN", "PART", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ",
        "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
# the parse the small model gave such a sentence: the name hangs on the verb, not on the title
_HEADS = [2, 2, 2, 2, 7, 4, 7, 3, 7, 8, 9, 9, 11, 11, 2, 16, 2, 2]
_DEPS = ["nsubjpass", "auxpass", "ROOT", "agent", "poss", "case", "compound", "pobj", "prep", "pobj", "punct", "conj",
         "cc", "conj", "punct", "compound", "npadvmod", "punct"]


def _doc(nlp, words=_WORDS):
    doc = Doc(nlp.vocab, words=words, pos=_POS, heads=_HEADS, deps=_DEPS,
              ents=["O"] * 4 + ["B-GPE"] + ["O"] * 10 + ["B-PERSON", "I-PERSON", "O"],
              sent_starts=[True] + [False] * (len(words) - 1))
    return doc


def test_the_portfolios_stay_in_the_title_before_the_name(nlp):
    doc = _doc(nlp)
    people = PeopleIndex(doc)
    mention = next(m for m in people.mentions if doc[m.start].text == "Katharina")
    run = preposed_title_run(doc, mention, people)
    assert run is not None and " ".join(t.text for t in run).endswith("Federal Minister for Climate , Environment and Energy")


def test_a_list_of_people_is_no_list_of_portfolios(nlp):
    words = ["They", "were", "joined", "by", "Austria", "'s", "Federal", "Minister", "for", "Climate", ",", "Environment",
             "and", "two", "aides", ",", "Katharina", "Weber", "."][:len(_WORDS)]
    doc = _doc(nlp, words)
    people = PeopleIndex(doc)
    mention = next((m for m in people.mentions if doc[m.start].text == "Katharina"), None)
    assert mention is None or preposed_title_run(doc, mention, people) is None


@pytest.mark.parametrize("text, surname, titles", [
    ("The army has split. Its leader, Lieutenant General Omar Bashir Idris, has not met the envoy.", "Idris",
     {"leader", "lieutenant general"}),
    ("The council met on Monday. Its chairman, Dr. Paul Roux, spoke first.", "Roux", {"chairman"}),
    ("The navy was on alert. The commander of the fleet, Admiral Lena Berg, flew to Oslo.", "Berg",
     {"commander of the fleet", "admiral"}),
])
def test_a_title_opening_the_sentence_before_the_name(extract, text, surname, titles):
    """(a serving officer's rank is held as well; a form of address is not)"""
    assert {t for who, t, _ in offices_by_surname(extract(text)) if who == surname} == titles
