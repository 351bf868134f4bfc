"""Pronouns go to the most salient person (role, then distance), never to the by-agent acting on them."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text", [
    # the subject two sentences back beats a name in a by-phrase or apposition in the sentence before
    "Senator Ruth Alder landed at noon. She was welcomed by the mayor, Nora Quist. “I am home,” she said.",
    "Ruth Alder thanked the crowd. She was then greeted at the gate by Governor Nora Quist. “I am home,” she said.",
    "Ruth Alder spoke briefly. The senator was met at the airport by her aide and by Nora Quist. “I am home,” she said.",
])
def test_main_subject_outranks_by_agent_and_apposition(extract, text):
    assert speaker_of(extract(text), "I am home") == "Ruth Alder"


@pytest.mark.parametrize("text", [
    "Senator Tom Reid arrived. The hall was full. When pressed by Governor Al Blake, he said “no deal.”",
    "Tom Reid arrived. The hall was full. Asked by Al Blake about the vote, he replied: “no deal.”",
    "Tom Reid arrived. The hall was full. Challenged by Governor Al Blake and two aides, he answered “no deal.”",
])
def test_subject_pronoun_is_not_the_agent_of_its_passive_adjunct(extract, text):
    assert speaker_of(extract(text), "no deal") == "Tom Reid"


def test_a_much_named_person_does_not_outweigh_the_current_subject(extract):
    facts = extract("Mr Hale met Ms Ibsen. Mr Hale praised her. Mr Hale left early. "
                    "Mr Dorn, who had talks with Mr Hale, said the plan was sound. He added: “We will sign.”")
    assert speaker_of(facts, "We will sign") == "Dorn"


@pytest.mark.parametrize("text", [
    "Mayor Ruth Cole arrived. “Councillor Bryce Hamm misled us,” she said.",
    "Ruth Cole spoke next. “I told Bryce Hamm to stop,” she said.",
    "Ruth Cole took the floor. “Nobody trusts Bryce Hamm,” she added.",
])
def test_a_name_inside_the_quote_is_not_the_pronoun_outside_it(extract, text):
    facts = extract(text)
    quoted = next(s for s in facts.statements)
    assert facts.persons[quoted.speaker.key].name == "Ruth Cole"


def test_sentences_inside_a_long_quote_do_not_push_the_speaker_out_of_reach(extract):
    facts = extract("Senator Ruth Cole spoke for an hour. “We tried. We failed. We tried again. We failed again. "
                    "We will not stop.” She then left the hall, saying Bryce Hamm had “let everyone down.”")
    assert [facts.persons[s.speaker.key].name for s in facts.statements if "let everyone down" in s.text] == ["Ruth Cole"]


@pytest.mark.parametrize("text", [
    "Senator Ann Moss said Governor Ida Berg had misled voters. “It was deliberate,” she said.",
    "Ann Moss accused Ida Berg of lying. “It was deliberate,” she said.",
    "According to aides, Ann Moss believes Ida Berg and her staff knew. “It was deliberate,” she said.",
])
def test_he_said_after_a_clause_about_someone_else_is_the_main_subject(extract, text):
    assert speaker_of(extract(text), "It was deliberate") == "Ann Moss"
