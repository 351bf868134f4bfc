"""Inverted quote frames after the quote ("«...», affirmed the chancellor Pardo") where the parser read the
name as a clause, and the short form of a Spanish or Portuguese name: its first surname ("Pardo" of
"Lucia Pardo Mejia", "Ospina" of "Maria Fernanda Ospina Restrepo")."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("The foreign minister, Lucia Pardo Mejia, met her counterpart in Ipiales. «A bridge is a promise, and we "
     "keep our promises», affirmed the chancellor Pardo after the meeting.", "A bridge is a promise", "Lucia Pardo Mejia"),
    ("The talks ended late. «Nobody leaves this room unhappy», declared Senator Tomas Vell as he left.",
     "Nobody leaves", "Tomas Vell"),
    ("Minister Carla Ortiz Vega took questions. “We will not sign a blank cheque,” insisted the minister Ortiz on Friday.",
     "blank cheque", "Carla Ortiz Vega"),
])
def test_a_name_right_after_a_verb_that_follows_the_quote_is_the_speaker(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Colombia's foreign minister, Maria Fernanda Ospina Restrepo, spoke in Quito. \"The border is open,\" Ospina said.",
     "The border is open", "Maria Fernanda Ospina Restrepo"),
    ("Mines Minister Jorge Luis Quispe Mamani visited the site. Quispe told reporters the mine would \"reopen by June\".",
     "reopen by June", "Jorge Luis Quispe Mamani"),
    ("Peru's interior minister, Lucia Pardo Mejia, met the governors. \"We agreed on a plan,\" said Pardo.",
     "We agreed on a plan", "Lucia Pardo Mejia"),
])
def test_the_first_surname_of_a_two_surname_name_is_the_person(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_middle_name_of_an_english_name_is_not_made_a_surname_of_someone_else(extract):
    facts = extract("John Walker Hayes met Anna Walker in Leeds. \"It went well,\" Walker said.")
    names = {p.name for p in facts.persons.values()}
    assert {"John Walker Hayes", "Anna Walker"} <= names, names
    assert speaker_of(facts, "It went well") == "Anna Walker"


def test_a_verb_right_after_a_quoted_adverb_is_no_inverted_frame(extract):
    facts = extract("Ana Ruiz, the new director, has promised to \"fully and fairly\" review the Denmark file, she said.")
    assert speaker_of(facts, "fully and fairly") == "Ana Ruiz"
