"""A gender that one pronoun guessed is a guess: it only weighs against a person when a later
pronoun of the other gender looks for its antecedent, and a pronoun inside a quote (someone the
speaker talks about) gives nobody a gender."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    # "her office" was read as the subject's; the subject is still the one "he" means two sentences on
    ("Prime Minister Zoltan Halasz, who wants the fund cut, was welcomed by Commissioner Greta Lindqvist "
     "in her office on Monday.\n\nHalasz did not budge. “We will not pay for other people's mistakes,” he told "
     "reporters.", "other people's mistakes", "Zoltan Halasz"),
    ("Governor Emeka Berg, who lost the vote, was met by Mayor Ingrid Sato at her residence on Friday.\n\n"
     "Berg was calm. “There will be another vote,” he said afterwards.", "another vote", "Emeka Berg"),
    # a "he" inside the first quote is the man spoken about, not the woman speaking
    ("Ana Roe succeeded Paul Dent as minister in 2019. Roe praised him on Monday. His old deputy, Njeri "
     "Njoroge, put it another way. “He never raised his voice,” she said. “Not once.”",
     "never raised his voice", "Njeri Njoroge"),
    ("Mayor Olga Brandt took over from Peter Lang. Her predecessor's driver, Wambui Wekesa, remembers him well. "
     "“He tipped everyone,” she said.", "tipped everyone", "Wambui Wekesa"),
])
def test_a_guessed_gender_does_not_shut_out_the_speaker(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # a gender from a title stays a fact: "he" never goes to Mrs. Lindqvist
    ("Mrs. Greta Lindqvist met Viktor Halasz on Monday. Lindqvist spoke first. “We will not pay,” he said.",
     "We will not pay", "Viktor Halasz"),
    ("Senator Ruth Klein met Governor Tomas Berg. Klein left early. “The deal is done,” she said.",
     "deal is done", "Ruth Klein"),
])
def test_a_known_gender_still_decides(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker
