"""A relative clause whose reporting or characterising verb ends right where a quote opens frames
it ("A praised B, who had called the deal 'a victory'", "A thanked B, who told the crowd: '...'"):
the words are B's, though the parser hangs the quote on A's verb. A verb that takes speech itself
("A told B, who had asked: '...'") keeps its quote."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Prime Minister Kaveh Tehrani praised President Lina Haddad, who had called the deal “a victory for both "
     "nations”.", "a victory for both nations", "Lina Haddad"),
    ("Governor Juan Pablo Herrera thanked Bishop Tomás Aguirre, who told the crowd: “Peace is possible.”",
     "Peace is possible", "Tomás Aguirre"),
    ("Chancellor Helga Brandt thanked President Arturo Solis, who told the summit: “Europe can count on us.”",
     "Europe can count on us", "Arturo Solis"),
    ("President Budi Santoso thanked Ambassador Hana Kim, who wrote on X: “Jakarta, thank you.”",
     "Jakarta, thank you", "Hana Kim"),
    ("Senator Ciara Walsh congratulated Minister Eamon Hurley, who called the result “a win for rural Ireland”.",
     "a win for rural Ireland", "Eamon Hurley"),
    ("Senator Ama Owusu criticised Minister Kojo Mensah, who had branded the strikers “saboteurs”.",
     "saboteurs", "Kojo Mensah"),
])
def test_the_relative_clause_at_the_quote_frames_it(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # the main verb takes speech: the quote is its subject's
    ("Minister Lee Jae-won told Governor Park Min-ho, who had asked about the delay: “We will wait.”",
     "We will wait", "Lee Jae-won"),
    # the relative clause has its own words before the quote: no frame
    ("Minister Vo Van Kiet praised Ambassador Ana Sousa, who said nothing, and called the talks “a step”.",
     "a step", "Vo Van Kiet"),
])
def test_a_relative_clause_that_does_not_reach_the_quote_is_no_frame(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker
