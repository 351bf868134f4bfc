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


@pytest.mark.parametrize("text", [
    "“We will win,” Senator Ann Moss said. Later she went on NBC's “Meet the Press.”",
    "“We will win,” Senator Ann Moss said. The crowd cheered as she walked out to “Born in the U.S.A.”",
    "“We will win,” Senator Ann Moss said. She also backed a drama called “Traders,” made by a local troupe.",
    "“We will win,” Senator Ann Moss said. Her allies run a fund known as “Better Days” in the state.",
])
def test_a_quote_in_a_name_slot_is_a_name(extract, text):
    assert [s.text for s in extract(text).statements] == ["We will win"]


@pytest.mark.parametrize("text", [
    "“We will win,” Senator Ann Moss said. But a “super committee” backing her bid may start ads soon.",
    "“We will win,” Senator Ann Moss said. That adds to the “millions” already raised abroad.",
    "“We will win,” Senator Ann Moss said. The so-called “war room” was busy all night.",
])
def test_a_term_in_the_writers_sentence_does_not_continue_the_speaker(extract, text):
    assert [s.text for s in extract(text).statements] == ["We will win"]


def test_a_name_slot_needs_the_participle_right_before_the_quote(extract):
    facts = extract("Mr. Ray Dunn pushed for a new name, the Union Bloc, as it was called. "
                    "“He wanted a big tent,” recalled Ida Berg, an analyst.")
    assert speaker_of(facts, "He wanted a big tent") == "Ida Berg"


@pytest.mark.parametrize("text, words", [
    ("“We will win,” Senator Ann Moss said. She called the poll “a wake-up call” for everyone.", "a wake-up call"),
    ("“We will win,” Senator Ann Moss said. Moss also promised “a clean campaign” to voters.", "a clean campaign"),
    ("“We will win,” Senator Ann Moss said. They will see “a new start,” she said.", "a new start"),
])
def test_a_fragment_in_a_sentence_about_the_speaker_is_still_hers(extract, text, words):
    assert speaker_of(extract(text), words) == "Ann Moss"


@pytest.mark.parametrize("text, words, speaker", [
    ("At the party convention on Saturday Sen. Ann Moss (D-OR) said likely nominee Tim Hale was a "
     "“proven failure” in business.", "proven failure", "Ann Moss"),
    ("At a rally on Friday Governor Lena Park said the plan was “dead wrong” for the state.", "dead wrong", "Lena Park"),
    ("In an interview on Monday Rep. Ray Dunn (R-TX) said the bill was “a giveaway” to banks.", "a giveaway", "Ray Dunn"),
])
def test_a_name_the_parser_hung_on_a_preposition_still_speaks(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("“That is what he did before. He is doing it again,” said former Ohio Gov. and party Chairman Ed Rowe.",
     "He is doing it again", "Ed Rowe"),
    ("“We need more time,” said Deputy Mayor and council Treasurer Rita Vance.", "We need more time", "Rita Vance"),
    ("“It is not over,” said former Senator and party Leader Ann Moss.", "It is not over", "Ann Moss"),
])
def test_coordinated_titles_before_a_name_speak_for_the_name(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Hours after the flood, Mayor Rita Vance issued a statement, “Yesterday the whole town was hit hard.”",
     "the whole town was hit hard", "Rita Vance"),
    ("Senator Ann Moss released a letter saying “the vote was a sham” on Friday.", "the vote was a sham", "Ann Moss"),
    ("Governor Tim Hale issued a short reply: “We will not comment on rumours.”", "We will not comment", "Tim Hale"),
])
def test_publishing_verbs_frame_the_quote_in_their_clause(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, country", [
    ("North Korea denied any role, and then the country's army put out a statement, warning that "
     "“we will open fire on any loudspeaker.”", "we will open fire", "North Korea"),
    ("Greece rejected the plan, and its government said it was “not acceptable in any form.”",
     "not acceptable", "Greece"),
    ("France has protested, and the country's ministry said the move was “a grave mistake.”",
     "a grave mistake", "France"),
])
def test_a_body_of_the_country_named_before_speaks_for_it(extract, text, words, country):
    assert speaker_of(extract(text), words) == country


def test_a_publishing_verb_does_not_frame_a_quote_outside_its_clause(extract):
    facts = extract("Mayor Rita Vance released the budget on Monday. Critics called it “a fantasy.”")
    assert speaker_of(facts, "a fantasy") is None


@pytest.mark.parametrize("text", [
    "“We will win,” Senator Ann Moss said. The Moss character functions in the sketch as a kind of "
    "villain, teaching her fake “children” to lie.",
    "“We will win,” Senator Ann Moss said. Plenty of “maybe” and little else.",
    "“We will win,” Senator Ann Moss said. Hardly “a landslide” for anyone.",
])
def test_a_fragment_in_a_sentence_without_a_subject_does_not_continue(extract, text):
    assert [s.text for s in extract(text).statements] == ["We will win"]
