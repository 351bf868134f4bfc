"""A description several named people fit ("the minister" with two ministers named) refers to the one the
sentence before is about, its main subject, when no other who fits is named there. Sentences wholly inside
the quote being framed do not count as the sentence before. When the sentence before names two who fit,
or is about someone else, the description stays open."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ('Agriculture Minister Liam Daly met his Polish counterpart, Agriculture Minister Jan Nowak, in Brussels.\n\n'
     'Mr Daly said he had raised beef prices with Commissioner Eva Lind.\n\n"I asked the Commissioner for '
     'help soon. She has promised an answer by Christmas," the minister said.', "for help soon", "Liam Daly"),
    ('Foreign Minister Ali Nour Saleh of Chad and Justice Minister Amina Deby attended.\n\nOn his part, Minister '
     'Saleh briefed the Chairperson on the dialogue. "We chose dialogue over war," the Minister stated.',
     "dialogue over war", "Ali Nour Saleh"),
    ('Senator Ruth Lane and Senator Dan Wolfe toured the dam on Monday.\n\nSenator Wolfe later wrote to the '
     'engineers.\n\n"The spillway must be rebuilt," the senator told reporters.', "spillway must be rebuilt",
     "Dan Wolfe"),
])
def test_a_description_several_fit_is_the_topic_of_the_sentence_before(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    ('Mayor Rita Vance spoke after Mayor Tom Hale. "The port is a wreck," the mayor said.', "port is a wreck"),
    ('Senator Ruth Lane met Senator Dan Wolfe on Monday.\n\n"We found common ground," the senator said.',
     "common ground"),
    ('Senator Ruth Lane met Senator Dan Wolfe on Monday. The dam was closed.\n\n"It must be rebuilt," the '
     'senator said.', "must be rebuilt"),
])
def test_a_description_stays_open_when_the_sentence_before_does_not_single_one_out(extract, text, words):
    assert speaker_of(extract(text), words) is None
