"""A description framing a quote when several people fit its office ("the foreign minister said"
with three foreign ministers in the story): the one the text was just about speaks, if the words
that tell the offices apart are in that person's title; a nationality on the description must not
contradict that person's offices; a quote of several sentences looks past its own words to the
writer's sentence about the speaker."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    # several holders of the office: the nearest one written about
    ("Kenya's foreign minister, Amos Njoroge, flew to Accra on Sunday. Ghana's foreign minister, Efua "
     "Boateng, received him at the airport. Boateng later spoke to the press. “We have settled the "
     "fishing quarrel,” the foreign minister said.", "settled the fishing quarrel", "Efua Boateng"),
    ("Governor Ann Ruiz and Governor Bo Tate signed the water compact on Friday. Tate was the last to "
     "leave the hall. “It took us a year,” the governor told reporters.", "took us a year", "Bo Tate"),
    ("Trade Minister Lars Berg and Foreign Minister Ida Moen flew to Oslo, where Foreign Minister Tor "
     "Dahl of Sweden joined them. Moen left the dinner early. “The talks were short,” the foreign "
     "minister said afterwards.", "talks were short", "Ida Moen"),
    # a nationality the person's offices do not contradict
    ("EU envoy Carl Voss met the two sides in Geneva on Monday. “Both came with open minds,” the Danish "
     "diplomat said.", "open minds", "Carl Voss"),
    ("Sven Ekdahl, the UN envoy for the Lima-Quito talks, met both delegations on Friday. “Nobody "
     "walked out,” the Swedish diplomat said.", "Nobody walked out", "Sven Ekdahl"),
    # the sentence before is the quote's own: the writer's sentence before it tells who speaks
    ("“We tried everything,” Ambassador Mirela Dobre told reporters in the evening. “Nobody listened to "
     "us.”\n\n“Next year we will try again. It is all we can do,” the Romanian diplomat added.",
     "Next year we will try again", "Mirela Dobre"),
    # a lone surname opening the sentence before, which the small model reads as an adverbial
    ("Foreign Minister Eva Lindqvist and Trade Minister Jon Sand came to Riga, and the Latvian foreign "
     "minister, Ilze Ozola, hosted them.\n\nLindqvist brushed that off. “Riga is always open to us,” "
     "the foreign minister said.", "Riga is always open", "Eva Lindqvist"),
    ("“The bridge will open in May,” Mayor Pia Lund said at the site. “It is two years late. We are sorry "
     "for that,” the mayor added.", "sorry for that", "Pia Lund"),
])
def test_the_nearest_fitting_person_speaks(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, wrong", [
    # the person written about holds another portfolio than the description's
    ("Foreign Minister Ida Moen met Foreign Minister Tor Dahl of Sweden. Trade Minister Lars Berg left "
     "the dinner early. “The talks were short,” the foreign minister said.", "talks were short", "Lars Berg"),
    # a nationality the person's office contradicts
    ("Peru's ambassador, Luis Paz, visited the port on Monday. “Trade is up,” the Chilean diplomat said.",
     "Trade is up", "Luis Paz"),
    # two people in the sentence before
    ("Governor Ann Ruiz met Governor Bo Tate on Friday. “It took us a year,” the governor said.",
     "took us a year", "Bo Tate"),
])
def test_a_description_that_does_not_fit_the_person_just_written_about(extract, text, words, wrong):
    assert speaker_of(extract(text), words) != wrong


def _parsed(words, heads, deps, pos):
    import spacy
    from spacy.tokens import Doc
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize("words, heads, deps, pos, index, expected", [
    # "Okonjo waved that away.": the name read as an adverbial of a verb with no subject
    (["Okonjo", "waved", "that", "away", "."], [1, 1, 1, 1, 1], ["npadvmod", "ROOT", "dobj", "advmod", "punct"],
     ["PROPN", "VERB", "PRON", "ADV", "PUNCT"], 0, True),
    (["Haugen", "shrugged", "it", "off", "."], [1, 1, 1, 1, 1], ["nmod", "ROOT", "dobj", "prt", "punct"],
     ["PROPN", "VERB", "PRON", "ADP", "PUNCT"], 0, True),
    # the verb has a subject of its own: the name is an adverbial ("Tuesday she left")
    (["Tuesday", "she", "left", "."], [2, 2, 2, 2], ["npadvmod", "nsubj", "ROOT", "punct"],
     ["PROPN", "PRON", "VERB", "PUNCT"], 0, False),
    # after the verb: not a subject
    (["They", "left", "Monday", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "npadvmod", "punct"],
     ["PRON", "VERB", "PROPN", "PUNCT"], 2, False),
])
def test_a_name_read_as_an_adverbial_before_a_subjectless_verb_is_its_subject(words, heads, deps, pos, index, expected):
    from newsgraph.extract.syntax import subject_read_as_adverbial
    assert subject_read_as_adverbial(_parsed(words, heads, deps, pos)[index]) is expected
