"""Statements: quotes with speakers before, after or inside, continuations, and reported speech."""
import pytest

from newsgraph.extract.facts import QuoteKind
from newsgraph.extract.statements import find_quotes
from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("“We will not give up,” President Maria Costa said.", "We will not give up", "Maria Costa"),
    ("President Maria Costa said: “We will not give up.”", "We will not give up", "Maria Costa"),
    ("“We will not give up,” said President Maria Costa.", "We will not give up", "Maria Costa"),
    ("“We will,” Minister Paul Grant said, “stand by our allies.”", "stand by our allies", "Paul Grant"),
    ("Senator Anne Lee called the plan “a disaster” on Monday.", "a disaster", "Anne Lee"),
    ("Senator Anne Lee spoke first. “This is a disaster,” she said.", "This is a disaster", "Anne Lee"),
    ("Minister Paul Grant arrived late. He added: “The deal is done.”", "The deal is done", "Paul Grant"),
    ("\"The deal is done,\" said Governor Tim Hale.", "The deal is done", "Tim Hale"),
    ("The Foreign Ministry said the officials were “ready to talk.”", "ready to talk", "Foreign Ministry"),
    ("“Prices will rise,” according to Governor Lena Park.", "Prices will rise", "Lena Park"),
    ("Prime Minister Hans Vogel played down hopes, saying the rebels were “not serious” about peace.", "not serious", "Hans Vogel"),
    ("“It is very hard,” Senator Bill Ames told a breakfast meeting.", "It is very hard", "Bill Ames"),
])
def test_speaker(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_pronoun_is_not_given_to_a_person_named_only_after_it(extract):
    facts = extract("“We saw nothing,” he was quoted as saying by local media. Senator Bill Ames had been silent.")
    assert speaker_of(facts, "We saw nothing") is None


def test_quote_continuation_keeps_speaker(extract):
    facts = extract("“We are ready,” Minister Paul Grant said. “We have always been ready.”")
    assert speaker_of(facts, "We have always been ready") == "Paul Grant"


def test_secretary_of_state_description_is_resolved(extract):
    facts = extract("Secretary of State Marco Rubio arrived in Rome. “We are hopeful,” the secretary of state said.")
    assert speaker_of(facts, "We are hopeful") == "Marco Rubio"


def test_pronoun_speaker_from_previous_sentence(extract):
    facts = extract("Chancellor Olaf Scholz spoke after the summit. Addressing reporters, he said the talks were “useful.”")
    assert speaker_of(facts, "useful") == "Olaf Scholz"


def test_partial_and_direct_kinds(extract):
    facts = extract("Senator Anne Lee called the plan “a disaster” on Monday. “We will fight it,” she said.")
    kinds = {s.text: s.kind for s in facts.statements}
    assert kinds["a disaster"] is QuoteKind.PARTIAL
    assert kinds["We will fight it"] is QuoteKind.DIRECT


def test_indirect_speech_on_request(extract):
    from datetime import date

    from newsgraph.extract.facts import ArticleMeta
    from newsgraph.extract.pipeline import build_nlp, extract_article
    text = "President Maria Costa said the government would raise pensions next year."
    assert extract(text).statements == []  # off by default
    facts = extract_article(text, ArticleMeta(id="x", published=date(2025, 1, 1)), nlp=build_nlp(indirect=True))
    indirect = [s for s in facts.statements if s.kind is QuoteKind.INDIRECT]
    assert indirect and indirect[0].text.startswith("the government would raise pensions")
    assert facts.persons[indirect[0].speaker.key].name == "Maria Costa"


def test_according_to_indirect(extract):
    from newsgraph.extract.facts import ArticleMeta
    from newsgraph.extract.pipeline import build_nlp, extract_article
    facts = extract_article("Minister Paul Grant told reporters that the border would reopen on Monday.",
                            ArticleMeta(id="y"), nlp=build_nlp(indirect=True))
    assert [s.text for s in facts.statements] == ["the border would reopen on Monday"]


def test_double_apostrophe_quotes():
    text = "''It is over,'' he said. ``Really over,'' she added."
    quotes = [text[q.start:q.end] for q in find_quotes(text)]
    assert quotes == ["It is over,", "Really over,"]


def test_governing_verb_beats_nearer_one(extract):
    facts = extract("Senator Anne Lee, whom Governor Tim Hale praised, described the plan as “a disaster.”")
    assert speaker_of(facts, "a disaster") == "Anne Lee"


def test_unnamed_speaker_is_skipped(extract):
    facts = extract("“This is a mistake,” an official said.")
    assert facts.statements == []


def test_multi_paragraph_quote_is_split():
    text = "He said: “First part.\n\n“Second part.”"
    quotes = [text[q.start:q.end] for q in find_quotes(text)]
    assert quotes == ["First part.", "Second part."]


def test_straight_quotes_reopen():
    text = 'She said: "One. "Two three," she added.'
    quotes = [text[q.start:q.end] for q in find_quotes(text)]
    assert quotes == ["One.", "Two three,"]


def test_evidence_offsets_point_into_text(extract):
    text = "Intro line here.\n\n“We are ready,” Minister Paul Grant said."
    facts = extract(text)
    ev = facts.statements[0].evidence
    assert text[ev.start:ev.end] == ev.text
    assert "Paul Grant said" in ev.text


@pytest.mark.parametrize("words, expected", [
    ("Saturday Night Live", True), ("SNL", True), ("Sons of Trump", True),
    ("not serious", False), ("We will not give up.", False), ("It Is Over.", False), ("impatient", False),
    ("Safety,", False), ("Mr. Deeds Goes to Town", True),
    ("Welcome, Mr. Prime Minister", False), ("Madam Chair, We Object", False), ("Thank You, Your Majesty", False),
])
def test_names_in_quotes_are_not_statements(words, expected):
    from newsgraph.extract.statements import is_name_or_title
    assert is_name_or_title(words) is expected


def test_show_title_is_not_a_quote(extract):
    facts = extract("Senator Anne Lee appeared on “Saturday Night Live” on Sunday.")
    assert facts.statements == []


@pytest.mark.parametrize("text, speaker", [
    ("“We will not accept this,” the Greek statement said.", "Greece"),
    ("“We will not accept this,” the Greek government said in a statement.", "Greece"),
    ("“We will not accept this,” a Kremlin spokesman said.", "Russia"),
])
def test_governments_speak_through_statements_and_spokesmen(extract, text, speaker):
    assert speaker_of(extract(text), "We will not accept this") == speaker


def test_quote_after_reported_speech_takes_its_speaker(extract):
    facts = extract("Chancellor Olaf Scholz said the agreement mattered for Europe.\n\n“This is a historic day.”")
    assert speaker_of(facts, "This is a historic day") == "Olaf Scholz"


def test_lone_quote_after_narration_has_no_speaker(extract):
    facts = extract("Chancellor Olaf Scholz arrived in Rome on Monday.\n\n“This is a historic day.”")
    assert facts.statements == []


# -- verbs of saying beyond "say" ---------------------------------------------------------------
@pytest.mark.parametrize("text, words", [
    ("“That is simply false,” countered Senator Rosa Lind.", "That is simply false"),
    ("Senator Rosa Lind replied that the bill was “dead on arrival.”", "dead on arrival"),
    ("Senator Rosa Lind wrote in a letter: “The bill is dead.”", "The bill is dead"),
    ("“The bill is dead,” Senator Rosa Lind tweeted on Friday.", "The bill is dead"),
    ("Senator Rosa Lind referred to the bill as “a dead letter.”", "a dead letter"),
])
def test_other_verbs_of_saying(extract, text, words):
    assert speaker_of(extract(text), words) == "Rosa Lind"


# -- transcripts -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The exchange was brief.\n\nMinister Omar Faris: “We want a ceasefire now.”",
    "The exchange was brief.\n\nOmar Faris: “We want a ceasefire now.”",
    "The exchange was brief.\n\nForeign Minister Omar Faris: \"We want a ceasefire now.\"",
])
def test_title_name_colon_transcript(extract, text):
    assert speaker_of(extract(text), "We want a ceasefire now") == "Omar Faris"


# -- quotation marks ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("‘We will win,’ she said.", ["We will win,"]),
    ("He called it ‘the leaders’ summit’ and left.", ["the leaders’ summit"]),
    ("'We won't go,' he said. It's the voters' turn.", ["We won't go,"]),
    ("She said “a ‘nested’ phrase” today.", ["a ‘nested’ phrase"]),
])
def test_single_quotation_marks(text, expected):
    assert [text[q.start:q.end] for q in find_quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("He said “it never ends.\nNo quotes here at all.", ["it never ends."]),
    ("She said: “first\n\nThen nothing else was quoted.", ["first"]),
    ("“One,” he said, “two.\nA new paragraph.", ["One,", "two."]),
])
def test_an_unclosed_quote_ends_with_its_paragraph(text, expected):
    assert [text[q.start:q.end] for q in find_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    ("‘We will not resign,’ said Governor Ann Moss.", "Ann Moss"),
    ("Governor Ann Moss said: ‘We will not resign.’", "Ann Moss"),
    ("'We will not resign,' Governor Ann Moss told reporters.", "Ann Moss"),
])
def test_single_quoted_speech_has_its_speaker(extract, text, speaker):
    assert speaker_of(extract(text), "We will not resign") == speaker


# -- organisations speaking --------------------------------------------------------------------
@pytest.mark.parametrize("text, words, speaker", [
    ("The Ministry of Health issued new rules on Monday.\n\n“The rules protect patients,” it said.",
     "The rules protect patients", "Ministry of Health"),
    ("The World Health Organization said the outbreak was over. “Vigilance remains key,” it added.",
     "Vigilance remains key", "World Health Organization"),
    ("“We will respond,” Lund's office said in a statement. President Eva Lund was abroad.", "We will respond",
     "Lund's office"),
])
def test_organisations_speak_through_it_and_offices(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


# -- follow-on quotes --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Senator Ida Berg rejected the plan. “It costs too much.”",
    "Senator Ida Berg was unmoved by the appeal. “It costs too much.”",
    "Ida Berg, the senator, disagreed with her colleagues. “It costs too much.”",
])
def test_a_lone_quote_belongs_to_the_paragraphs_subject(extract, text):
    assert speaker_of(extract(text), "It costs too much") == "Ida Berg"


def test_follow_on_quotes_stay_with_the_paragraphs_speaker(extract):
    facts = extract("“We are ready,” said Minister Paul Grant. The room went quiet. Reporters waited. "
                    "Cameras flashed. “We have always been ready.”")
    assert speaker_of(facts, "We have always been ready") == "Paul Grant"


@pytest.mark.parametrize("text", [
    "Governor Ann Moss had “asked that every road be reopened.”",
    "Governor Ann Moss “will not back down,” aides believe.",
    "Ann Moss, the governor, “has never lost a vote.”",
])
def test_a_quoted_predicate_is_its_subjects_words(extract, text):
    facts = extract(text)
    assert [facts.persons[s.speaker.key].name for s in facts.statements if s.speaker.is_person] == ["Ann Moss"]


@pytest.mark.parametrize("text", [
    "“We will act,” Governor Ann Moss said.\n\nSenator Ida Berg rejected the plan. “It costs too much.”",
    "“We will act,” said Governor Ann Moss.\n\nIda Berg, a senator, was unmoved. “It costs too much.”",
    "Governor Ann Moss called the plan “urgent.”\n\nSenator Ida Berg disagreed with her. “It costs too much.”",
])
def test_a_new_paragraphs_subject_outranks_the_last_paragraphs_speaker(extract, text):
    assert speaker_of(extract(text), "It costs too much") == "Ida Berg"


@pytest.mark.parametrize("text, speaker", [
    ("President Eva Lund arrived. Lund smiled. Her office said she felt “deeply honoured.”", "Lund's office"),
    ("Eva Lund was in Rome. “We are ready,” her office said.", "Eva Lund's office"),
    ("Eva Lund's office said the talks were “useful.”", "Eva Lund's office"),
])
def test_a_persons_office_speaks_under_the_name_the_article_uses(extract, text, speaker):
    facts = extract(text)
    assert [s.speaker.key for s in facts.statements] == [speaker]


@pytest.mark.parametrize("text, words, speaker", [
    ('Sultan Omar Harith received Prime Minister Kenji Ono in Muscat. "Welcome, Mr. Prime Minister," Harith said.',
     "Welcome, Mr. Prime Minister", "Omar Harith"),
    ('Queen Lise Dorn greeted President Amos Kibet at the palace. "Good Evening, Mr. President," the queen told him.',
     "Good Evening, Mr. President", "Lise Dorn"),
    ('Senator Rita Vance rose in the chamber. "Madam Speaker, Thank You," Vance began.',
     "Madam Speaker, Thank You", "Rita Vance"),
])
def test_a_quote_addressing_someone_is_speech(extract, text, words, speaker):
    facts = extract(text)
    assert speaker_of(facts, words) == speaker
