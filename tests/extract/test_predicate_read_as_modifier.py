"""A title and name opening the sentence, then a past verb with a "with" partner: the parser may make
the name the sentence's root and the verb a modifier of it; the verb is still the predicate, the
meeting happened, and it takes the day the story was telling."""
import pytest

from tests.conftest import meetings_between, statuses_between

PUBLISHED = "2026-07-02"  # a Thursday


@pytest.mark.parametrize("text, a, b", [
    ("Trade Minister Ana Lopes conferred with Foreign Minister Jorge Costa at the palace.", "Lopes", "Costa"),
    ("Wednesday morning: Trade Minister Ana Lopes conferred with Foreign Minister Jorge Costa.", "Lopes", "Costa"),
    ("Deputy Premier Lin Hao huddled with Senator Ruth Adler for an hour.", "Hao", "Adler"),
    ("Trade Minister Ana Lopes lunched with Foreign Minister Jorge Costa on the terrace.", "Lopes", "Costa"),
    ("Trade Minister Ana Lopes negotiated with Foreign Minister Jorge Costa until dawn.", "Lopes", "Costa"),
    ("Governor Omar Farah met with Envoy Jonas Berg in Mombasa.", "Farah", "Berg"),
])
def test_the_verb_after_the_name_is_the_predicate(extract, text, a, b):
    assert statuses_between(extract(text, published=PUBLISHED), a, b) == {"Occurred"}


def test_the_meeting_keeps_the_day_of_the_heading(extract):
    facts = extract("Wednesday morning: Trade Minister Ana Lopes conferred with Foreign Minister Jorge Costa.",
                    published=PUBLISHED)
    assert {m.date.value for m in meetings_between(facts, "Lopes", "Costa")} == {"2026-07-01"}


@pytest.mark.parametrize("text", [
    "Trade Minister Ana Lopes, pleased with Foreign Minister Jorge Costa, left early.",
    "Trade Minister Ana Lopes, charged with fraud alongside Jorge Costa, resigned.",
])
def test_a_real_modifier_is_no_meeting(extract, text):
    assert not meetings_between(extract(text, published=PUBLISHED), "Lopes", "Costa")
