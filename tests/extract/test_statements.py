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
    ("“We saw nothing,” he was quoted as saying by local media. Senator Bill Ames had been silent.", None, None),
])
def test_speaker(extract, text, words, speaker):
    facts = extract(text)
    if words is None:
        return
    assert speaker_of(facts, words) == speaker


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
    ("Safety,", False),
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
