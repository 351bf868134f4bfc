"""Readout styles: praise verbs of diplomacy frame quotes ("commended", "congratulated",
"lauded", "appreciated"); a quote in a side clause with its own subject ("..., while Ms B
commended the 'efforts'") is never the main clause's speaker's, nor the last speaker's; a joint
statement two leaders issued is each one's."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Minister of State Khalid Nasser received the Special Envoy of the European Union, Ms. Ingrid Dahl.\n\n"
     "The Minister of State highlighted \"the importance of dialogue\", while Ms. Dahl commended Qatar's "
     "\"tireless mediation efforts\".", "tireless mediation efforts", "Ingrid Dahl"),
    ("President Ana Ruiz met Prime Minister Tom Reyes in Lima.\n\n"
     "President Ruiz stressed \"the urgency of the reform\" and Prime Minister Reyes lauded Peru's "
     "\"brave leadership\" on the issue.", "brave leadership", "Tom Reyes"),
    ("Foreign Minister Paul Okafor called his Kenyan counterpart, Ruth Wambui, on Friday.\n\n"
     "Minister Okafor congratulated Kenya on its \"peaceful and orderly elections\".",
     "peaceful and orderly elections", "Paul Okafor"),
    ("Secretary Lena Voss met Minister Karl Berg in Oslo.\n\n"
     "Secretary Voss appreciated Norway's \"quiet but decisive role\" in the talks.",
     "quiet but decisive role", "Lena Voss"),
])
def test_readout_praise_verbs_and_side_clauses(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_side_clause_quote_is_not_the_last_speakers(extract):
    facts = extract("\"We are ready,\" Governor Ruth Sande said on Monday.\n\n"
                    "Sande spoke for an hour, while Senator Mia Holt, who chairs the committee, waved a copy of "
                    "the \"emergency budget\" at the cameras.")
    assert speaker_of(facts, "emergency budget") != "Ruth Sande"


def test_the_main_clause_speaker_keeps_her_own_quote(extract):
    facts = extract("Governor Ruth Sande said the plan was \"overdue\", while Senator Mia Holt called it reckless.")
    assert speaker_of(facts, "overdue") == "Ruth Sande"


@pytest.mark.parametrize("text, words, speakers", [
    ("President Maria Kowalska and Prime Minister Aino Virtanen issued a joint statement after their meeting: "
     "\"We stand together in support of Ukraine.\"", "We stand together", {"Maria Kowalska", "Aino Virtanen"}),
    ("Chancellor Dieter Brandt and President Lena Holm released a joint declaration, \"Europe will not be "
     "divided.\"", "Europe will not be divided", {"Dieter Brandt", "Lena Holm"}),
])
def test_a_joint_statement_issued_by_two_is_each_ones(extract, text, words, speakers):
    facts = extract(text)
    got = {facts.persons[s.speaker.key].name for s in facts.statements if words in s.text and s.speaker.is_person}
    assert got == speakers


@pytest.mark.parametrize("text, words, speaker", [
    ("Prime Minister Karel Novak received the Foreign Minister of Chile, Ana Ferrer, in Prague.\n\n"
     "The Minister underlined the trade ties and said Chile was \"ready to open a new chapter\".",
     "ready to open a new chapter", "Ana Ferrer"),
    ("Prime Minister Lina Berg welcomed Trade Minister Omar Haddad to Stockholm on Monday.\n\n"
     "\"We came to sell, and to buy,\" the minister said after the talks.",
     "We came to sell", "Omar Haddad"),
    ("Prime Minister Lina Berg welcomed Trade Minister Omar Haddad to Stockholm on Monday.\n\n"
     "The Prime Minister stressed that the deal was \"only a beginning\".",
     "only a beginning", "Lina Berg"),
])
def test_the_minister_of_a_readout_is_not_the_prime_minister(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_the_minister_between_two_ministers_is_nobody(extract):
    facts = extract("Foreign Minister Ana Ferrer met Trade Minister Omar Haddad in Lima.\n\n"
                    "\"We agreed on everything but the date,\" the minister said.")
    assert speaker_of(facts, "We agreed on everything") is None


@pytest.mark.parametrize("text, words, speaker", [
    ("Ambassador Li Wen met Deputy Foreign Minister Olga Petrova in Moscow.\n\n"
     "Li said relations were at \"their best in decades\". Petrova, for her part, spoke of \"a new era\".",
     "a new era", "Olga Petrova"),
    ("President Ana Ruiz talked about \"a partnership of equals\" at the dinner.", "a partnership of equals",
     "Ana Ruiz"),
    ("Minister Paul Okafor spoke at length of the \"unfinished business\" of the peace talks.",
     "unfinished business", "Paul Okafor"),
])
def test_speaking_of_a_quote_frames_it(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_speaking_elsewhere_frames_nothing(extract):
    facts = extract("Minister Rosa Tamm spoke to reporters after the \"emergency session\" of the cabinet.")
    assert speaker_of(facts, "emergency session") is None
