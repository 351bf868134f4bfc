"""A lower-case title whose own complement ends in the name ("the senator for the Tolima department
Ana Roe objected ...") names that person as the speaker; a name after a preposition ("the lawyer
for Ana Roe") or a conjunction ("the adviser and Ana Roe") does not speak through the title."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("The senator for the Tolima department Julián Marín complained that the ministry "
     "\u00abcounts trucks but never counts the dead\u00bb, and asked for a debate.", "counts trucks but never",
     "Julián Marín"),
    ("The governor of the Huila department Luisa Fernanda Ortiz said the border was \"a shared home\".",
     "a shared home", "Luisa Fernanda Ortiz"),
    ("The representative of the coffee growers Pedro Luis Salcedo warned that the bridge was \"already too small\".",
     "already too small", "Pedro Luis Salcedo"),
])
def test_a_name_closing_a_lowercase_titles_complement_speaks(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, name", [
    ("The lawyer for Ana Beltrán said the charges were \"pure invention\".", "pure invention", "Ana Beltrán"),
    ("The spokesman for Senator Luisa Ortiz said the vote was \"a farce\".", "a farce", "Luisa Ortiz"),
])
def test_the_person_a_title_works_for_does_not_speak(extract, text, words, name):
    assert speaker_of(extract(text), words) != name
