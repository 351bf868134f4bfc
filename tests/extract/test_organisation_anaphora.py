"""An organisation named again by its kind ("the group said", "the company added") is the
organisation named just before: a subject, or one the same noun introduced."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Greenpeace criticised the fishing deal on Tuesday. \"This is a step backwards for the ocean,\" "
     "the group said in a statement.", "a step backwards for the ocean", "Greenpeace"),
    ("Amnesty International said the trial had been unfair.\n\n"
     "\"Nobody should be jailed for a post on social media,\" the organisation added.",
     "jailed for a post", "Amnesty International"),
    ("Toyota Motor Corporation raised its sales forecast on Friday. The yen stayed weak all week. "
     "\"Demand in Asia remains strong,\" the company said.", "Demand in Asia remains strong",
     "Toyota Motor Corporation"),
])
def test_a_class_noun_speaks_for_the_organisation_before(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_class_noun_with_no_organisation_before_names_nobody(extract):
    facts = extract("Minister Ana Ruiz opened the new port on Monday. \"It will change the coast,\" she said.\n\n"
                    "\"We were never asked,\" the group of fishermen said.")
    assert speaker_of(facts, "We were never asked") is None


def test_an_organisation_only_mentioned_in_passing_is_not_the_group(extract):
    facts = extract("Minister Ana Ruiz spoke at a hall owned by Shell on Monday.\n\n"
                    "\"The plan ignores the villages,\" the group said.")
    assert speaker_of(facts, "The plan ignores the villages") != "Shell"


@pytest.mark.parametrize("text, words, speaker", [
    ("The opposition movement Frente Amplio rejected the plan. \"Nobody asked the farmers,\" the movement said.",
     "Nobody asked the farmers", "Frente Amplio"),
    ("The mining firm Kaleta Copper said on Monday that output fell. \"We expect a better second half,\" "
     "the company said.", "We expect a better second half", "Kaleta Copper"),
    ("The Portuguese fishermen's group Costa Viva complained on Friday that the summit forgot the harbours. "
     "\"Every quota ends up on a smaller boat,\" the group said.", "Every quota ends up", "Costa Viva"),
])
def test_a_name_a_class_noun_introduced_is_the_organisation(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker
