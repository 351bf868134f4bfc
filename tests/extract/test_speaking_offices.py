"""Bodies that speak for a government or an office holder, named as the text names them
(extract/speaking_offices.py): an office owned by a title whose holder is not named, the office of a
named person, a standing mission ("the EU Delegation"), a seat of government, the issuer of a
statement an "according to" phrase cites, and a readout's words quoted in the next sentence."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Talks resumed in Vienna on Monday. The premier's office later said the meeting was \"a first step\".",
     "a first step", "premier's office"),
    ("The envoys met in Doha. The Dutch prime minister's office said the two had \"agreed to keep talking\".",
     "agreed to keep talking", "Dutch prime minister's office"),
    ("Negotiators met again on Friday. The governor's office called the outcome \"disappointing but expected\".",
     "disappointing but expected", "governor's office"),
    ("The summit ended early. In a brief statement, the president's office said the leaders had \"parted as "
     "friends\".", "parted as friends", "president's office"),
])
def test_an_office_of_a_title_no_name_is_given_for_speaks_as_written(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_an_office_of_a_named_holder_keeps_the_holders_name(extract):
    facts = extract("Prime Minister Maria Holt met Ivan Petrov in Oslo. The prime minister's office said the two had "
                    "\"agreed to deepen energy cooperation\".")
    assert speaker_of(facts, "agreed to deepen") == "Maria Holt's office"


@pytest.mark.parametrize("text, words, speaker", [
    ("Maria Holt met Ivan Petrov in Oslo. The office of Senator Mara Lind said she had turned down an invitation, "
     "citing \"family commitments.\"", "family commitments", "office of Senator Mara Lind"),
    ("The mayors met in Leeds. The office of Governor Tom Reyes said he would not attend, citing \"a clash in "
     "his diary\".", "a clash in his diary", "office of Governor Tom Reyes"),
    ("The campaign of Ana Duarte said the debate had been \"rigged from the start\".",
     "rigged from the start", "campaign of Ana Duarte"),
])
def test_the_office_of_a_named_person_speaks_as_written(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Maria Holt met Ivan Petrov in Oslo. In a statement on Friday, the UN Delegation said the meeting had been "
     "\"useful and frank\".", "useful and frank", "UN Delegation"),
    ("Maria Holt met Ivan Petrov in Oslo. Afterwards the European Union Delegation to Kenya said the talks had "
     "been \"long overdue\".", "long overdue", "European Union Delegation"),
    ("Leaders of the three parties met in Sarajevo. The OSCE Mission said it hoped for \"a deal before winter\".",
     "a deal before winter", "OSCE Mission"),
])
def test_a_capitalised_mission_inside_a_name_is_a_body_not_a_group_sent(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_delegation_sent_to_talks_still_speaks_as_the_delegation(extract):
    facts = extract("Maria Holt met Ivan Petrov in Oslo. The Valdran delegation withdrew on Tuesday, citing "
                    "\"urgent matters at home.\"")
    said = next(s for s in facts.statements if "urgent matters" in s.text)
    assert said.speaker.kind == "delegation"


@pytest.mark.parametrize("text, words, speaker", [
    ("Maria Holt met Ivan Petrov in Oslo. Later on, Downing Street called the visit \"a good start\".",
     "a good start", "Downing Street"),
    ("The talks ran late. The Kremlin said the two presidents had held \"a substantive exchange\".",
     "a substantive exchange", "Kremlin"),
    ("The call lasted an hour. Number 10 said both sides were \"determined to move quickly\".",
     "determined to move quickly", "Number 10"),
    ("The White House said the meeting would go ahead \"as planned\".", "as planned", "White House"),
])
def test_a_seat_of_government_speaks_as_itself(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Maria Holt met Ivan Petrov in Oslo. According to a note put out by the Presidential Office, "
     "Holt \"valued the long friendship between our nations\" and promised support.",
     "valued the long friendship", "Presidential Office"),
    ("Prime Minister Omar Dar received the envoy. According to a note put out by the PM Office, Mr Dar "
     "\"renewed the offer of talks\".", "renewed the offer of talks", "PM Office"),
    ("Ana Ruiz met Tom Berg in Lima. According to a readout put out by the State Department, Ruiz \"welcomed the "
     "new trade route\".", "welcomed the new trade route", "State Department"),
])
def test_the_issuer_of_a_statement_an_according_to_phrase_cites_speaks(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_reporting_verb_that_frames_the_quote_still_beats_according_to(extract):
    facts = extract("According to the ministry, Ana Ruiz said the talks were \"a waste of time\".")
    assert speaker_of(facts, "a waste of time") == "Ana Ruiz"


@pytest.mark.parametrize("text, words, speaker", [
    ("Maria Holt spoke by phone with Ivan Petrov on Friday, the Norwegian Foreign Ministry said. Both leaders "
     "\"agreed to deepen energy cooperation\" over the coming year.", "agreed to deepen", "Norwegian Foreign Ministry"),
    ("The envoys held talks in Doha, the Qatari government said. The sides \"made real progress on the main "
     "issues\".", "made real progress", "Qatar"),
    ("Ana Ruiz met Tom Berg in Lima, Peru's foreign ministry said. The ministers \"agreed to reopen the "
     "consulates\" by June.", "agreed to reopen", "Peru|foreign ministry"),
])
def test_a_readouts_words_quoted_in_the_next_sentence_are_the_bodys(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    ("The envoys held talks in Doha, the Qatari government said. Protesters outside carried banners reading "
     "\"no deal without justice\".", "no deal without justice"),
    ("Maria Holt spoke by phone with Ivan Petrov on Friday, the Norwegian Foreign Ministry said. Petrov called the "
     "call \"long overdue\".", "long overdue"),
    ("Maria Holt held talks with Ivan Petrov, the ministry said. Critics called the meeting \"a photo "
     "opportunity\".", "a photo opportunity"),
])
def test_a_quote_about_someone_else_is_not_the_reporting_bodys(extract, text, words):
    assert speaker_of(extract(text), words) not in {"Norwegian Foreign Ministry", "Qatar", "ministry"}


@pytest.mark.parametrize("text, words, speaker", [
    ("TOKYO - Prime Minister Ken Mori talked by phone to President Ana Ruiz late on Tuesday, the Japanese Foreign "
     "Ministry said. Both leaders \"agreed to meet soon\" in Manila.", "agreed to meet soon", "Japanese Foreign Ministry"),
    ("The Russian Foreign Ministry said the talks were \"productive\".", "productive", "Russian Foreign Ministry"),
    ("A spokesman for the Turkish Foreign Ministry told reporters the visit was \"productive\".", "productive",
     "Turkish Foreign Ministry"),
    ("Russia's Foreign Ministry said the talks were \"productive\".", "productive", "Russia|Foreign Ministry"),
])
def test_a_body_is_named_with_its_demonym_as_written(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker
