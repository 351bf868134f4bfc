"""A frame after the quote whose verb is in no list ("'...,' she shot back", "'...,' he began"), and
an inverted reporting verb the tagger read as an adjective ("'...,' boasted campaign chief X")."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("“That figure is invented,” Senator Laura Pike shot back on Tuesday.", "figure is invented", "Laura Pike"),
    ("“First, some good news,” Mayor Ivan Petrov began. “The pool reopens in June.”", "some good news", "Ivan Petrov"),
    ("“We have waited long enough,” union leader Joan Keller chimed in.", "waited long enough", "Joan Keller"),
    ("“It was the best night of my life,” Governor Omar Haddad gushed after the vote.", "best night of my life",
     "Omar Haddad"),
])
def test_a_verb_that_takes_the_quote_as_its_clause_frames_it(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("“We will carry every county,” boasted campaign chief Nora Linde.", "carry every county", "Nora Linde"),
    ("“I have been called worse,” quipped Senator Dale Ferris.", "called worse", "Dale Ferris"),
    ("“The roads are a disgrace,” fumed council member Paulo Reis.", "roads are a disgrace", "Paulo Reis"),
])
def test_an_inverted_reporting_verb_read_as_an_adjective_still_frames(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    # a verb after the quote, but across a full stop: another sentence
    ("“We will see.” Senator Laura Pike then left the room.", "We will see"),
    # the title of a show in front of its verb
    ("“Morning Table,” which Senator Laura Pike hosts, began its tenth season.", "Morning Table"),
    # a word ending in -ed after the quote that is no reporting verb
    ("“Safe streets” was the slogan, painted red by volunteers for Mayor Ivan Petrov.", "Safe streets"),
])
def test_no_frame_where_nothing_takes_the_quote(extract, text, words):
    assert speaker_of(extract(text), words) is None
