"""Two speaker classes of readouts and communiques:
- a verb that delivers someone's message ("conveyed", "extended", "relayed") speaks the quoted
  object of its own clause, and no earlier speaker takes that quote;
- "the X said" where X is capitalised proper nouns the name finder tagged as nothing ("the
  FNL-Umoja", "the Peruvian Chancellery") is an organisation speaking; titles are not bodies."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("At the ministry, Secretary of State Marta Gil received the envoy and conveyed Lisbon's "
     "\"deep displeasure\" at the remarks.", "deep displeasure", "Marta Gil"),
    ("President Lena Holm extended an \"open invitation\" to her Chilean colleague to visit Helsinki.",
     "open invitation", "Lena Holm"),
    ("The envoy Karl Berg relayed his government's \"full support for the ceasefire\" to the rebels.",
     "full support for the ceasefire", "Karl Berg"),
])
def test_a_message_verb_names_the_speaker_of_its_quoted_object(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_message_verbs_quote_is_not_the_last_speakers(extract):
    facts = extract("Ana Ruiz, the mayor, said the bridge was \"a gift to both towns\". "
                    "Ambassador Tom Reyes conveyed his country's \"sincere gratitude\" for the welcome.")
    assert speaker_of(facts, "a gift to both towns") == "Ana Ruiz"
    assert speaker_of(facts, "sincere gratitude") == "Tom Reyes"


def test_a_message_verb_frames_no_quote_outside_its_clause(extract):
    facts = extract("Minister Paul Okafor conveyed greetings from Abuja, and the crowd chanted \"one nation\".")
    assert speaker_of(facts, "one nation") is None


@pytest.mark.parametrize("text, words, speaker", [
    ("After the count, the FNL-Umoja said the vote had been \"rushed and partial\".", "rushed and partial",
     "FNL-Umoja"),
    ("The envoy cancelled her trip over what the Peruvian Chancellery called "
     "\u00ablogistical problems\u00bb.", "logistical problems", "Peruvian Chancellery"),
    ("Late on Friday the Mano River Secretariat said the summit would go ahead \"as planned\".",
     "as planned", "Mano River Secretariat"),
])
def test_an_unlisted_body_after_the_speaks(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    ("Two presidents met in Riga. \"We are neighbours first,\" the President said.", "neighbours first"),
    ("The leaders met at noon. The Emir said the deal was \"a fair one\".", "a fair one"),
])
def test_a_title_after_the_is_no_body(extract, text, words):
    speaker = speaker_of(extract(text), words)
    assert speaker not in {"President", "Emir"}


def test_a_subordinate_clause_stays_in_the_characterising_verbs_clause(extract):
    facts = extract("On Monday Governor Ruth Sande portrayed her rival as greedy because he had taken "
                    "\"about $300,000\" from oil firms.")
    assert speaker_of(facts, "about $300,000") == "Ruth Sande"
