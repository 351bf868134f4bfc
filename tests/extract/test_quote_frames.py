"""Which reporting frame owns a quote: the verb whose clause holds it, never a bystander.

Each class in several wordings of our own: a frame naming someone the article does not identify,
a fragment in a sentence about someone else, a reporting verb that reports something else,
verbs that cast someone as a quoted word, and a second reporting verb the parser hangs low."""
import pytest

from tests.conftest import speaker_of


def _speakers(facts) -> dict[str, str]:
    return {s.text: (facts.persons[s.speaker.key].name if s.speaker.is_person else s.speaker.key)
            for s in facts.statements}


@pytest.mark.parametrize("text, words", [
    # an unidentified subject of the governing verb: not the subject of another verb nearby
    ("Mayor Rita Vance has praised the budget, but the unions who wrote to her say they are "
     "“worried the city is cutting the wrong things.”", "worried the city"),
    ("Jane Roe was asked to disown a former colonel who argued that the army should “round up” the rebels.",
     "round up"),
    ("Governor Tim Hale left early. One of his advisers told me the plan was “dead on arrival” anyway.",
     "dead on arrival"),
    ("Senator Ann Moss welcomed the vote, while a rival later claimed the count was “rigged from the start.”",
     "rigged from the start"),
])
def test_a_frame_naming_someone_unidentified_gives_no_speaker(extract, text, words):
    assert speaker_of(extract(text), words) is None


@pytest.mark.parametrize("text, words", [
    ("“We are ready,” said Minister Paul Grant. The opposition leader mocked the plan as a “fantasy” later.",
     "fantasy"),
    ("“The rules are clear,” Judge Ida Berg said. The defence team called the ruling “a travesty” on appeal.",
     "a travesty"),
    ("“Prices will fall,” Governor Lena Park said. Her critics have described the forecast as “wishful” at best.",
     "wishful"),
])
def test_a_fragment_about_someone_else_does_not_inherit_the_last_speaker(extract, text, words):
    assert speaker_of(extract(text), words) is None


@pytest.mark.parametrize("text", [
    "The nominee built his campaign on the border, portraying migrants as “thieves” and worse.",
    "Party elders have since branded the scheme “reckless” in private.",
    "Her allies, who defended the aide as a “decent man,” stayed silent.",
])
def test_no_bystander_takes_a_quote_after_the_frame_is_unnamed(extract, text):
    assert extract(text).statements == []


@pytest.mark.parametrize("text, words, speaker", [
    ("Senator Dan Cole defended his aide as a “very honest man” on Friday.", "very honest man", "Dan Cole"),
    ("Governor Lena Park branded the tax plan “reckless” at a rally.", "reckless", "Lena Park"),
    ("Minister Paul Grant portrayed the strikers as “saboteurs” in his speech.", "saboteurs", "Paul Grant"),
])
def test_characterising_verbs_name_the_speaker_of_their_quote(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text", [
    "Dubbed “The Iron Hand” by the press, Mary Fox rose fast in the party.",
    "Long labelled “the quiet one” by colleagues, Senator Ann Moss spoke up at last.",
    "Branded “a traitor” by rivals, Governor Tim Hale kept his seat.",
])
def test_a_name_given_to_someone_is_not_their_statement(extract, text):
    assert extract(text).statements == []


@pytest.mark.parametrize("text, words", [
    ("“It is a sad day,” Tom Birch told reporters. “This is what that culture leads to. It has no place here.” "
     "Governor Mark Ferris said he would have fired the aide.", "This is what that culture leads to"),
    ("“We will not sign,” Minister Paul Grant said. “Not this year and not the next.” "
     "Senator Anne Lee said later that she expected a deal anyway.", "Not this year and not the next"),
    ("“The money is gone,” Mayor Rita Vance said. “Every cent of it.” Auditor Ben Cross told the council "
     "he had found no trace of it.", "Every cent of it"),
])
def test_a_reporting_verb_with_its_own_clause_after_a_quote_does_not_take_it(extract, text, words):
    facts = extract(text)
    assert speaker_of(facts, words) == next(iter(_speakers(facts).values()))


@pytest.mark.parametrize("text, words, speaker", [
    ("Senator Dan Cole conceded that the aide had pushed the woman but implied that it was her own fault "
     "for “shoving” him.", "shoving", "Dan Cole"),
    ("Governor Tim Hale said the minister would resign, adding that “the time has come.”",
     "the time has come", "Tim Hale"),
    ("Mayor Rita Vance admitted the budget had slipped but insisted that it was “under control” now.",
     "under control", "Rita Vance"),
])
def test_a_second_reporting_verb_hung_inside_the_first_clause_keeps_its_speaker(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_subordinate_reporting_verb_does_not_frame_a_quote_outside_it(extract):
    facts = extract("The fund also took “millions” from abroad that went unreported until the agency asked "
                    "about them in April. Spokesman Ray Dunn confirmed the figures.")
    assert speaker_of(facts, "millions") is None
