"""A compound or double surname standing alone as a speaker ("Addo-Quaye said") is the person
who bears it, even where the name finder reads it as an organisation, a place or a title."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Trade Minister Kofi Abena Addo-Quaye opened the fair in Kumasi on Monday.\n\n"
     "Addo-Quaye said the new depot would be ready \"before the harvest ends\".",
     "before the harvest ends", "Kofi Abena Addo-Quaye"),
    ("Belgium's top diplomat Claire Dufresne-Lambert hosted her Dutch colleague in Brussels.\n\n"
     "\"Nobody here wanted a photo, everybody wanted a plan,\" Dufresne-Lambert told journalists at "
     "the palace gate.",
     "Nobody here wanted a photo", "Claire Dufresne-Lambert"),
    ("The chancellor Lucía Andrea Vargas Quintero received her counterpart at the border bridge.\n\n"
     "«This bridge belongs to both of our peoples», affirmed the chancellor Vargas after the meeting.",
     "This bridge belongs", "Lucía Andrea Vargas Quintero"),
    ("Mining Minister Grace Banda-Tembo met the chief executives of four copper companies.\n\n"
     "Banda-Tembo later told the press that \"a shared railway needs a shared timetable\".",
     "a shared railway needs a shared timetable", "Grace Banda-Tembo"),
])
def test_a_surname_alone_speaks_for_its_bearer(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_an_organisation_that_only_contains_a_surname_stays_an_organisation(extract):
    facts = extract("Energy Minister Kwame Osei-Bonsu toured the plant on Tuesday.\n\n"
                    "In a press note, Osei-Bonsu Holdings described the contract as \"good for the region\".")
    assert speaker_of(facts, "good for the region") != "Kwame Osei-Bonsu"


def test_a_country_keeps_speaking_for_itself(extract):
    facts = extract("Foreign Minister Jordan Pike-Adams arrived in Amman on Sunday.\n\n"
                    "Jordan described the talks as \"useful and frank\".")
    assert speaker_of(facts, "useful and frank") != "Jordan Pike-Adams"


@pytest.mark.parametrize("text, words, speaker", [
    ("The minister met three executives, among them the head of Kafue Copper Holdings.\n\n"
     "Kafue later called the session \"practical and calm\" in a note to its investors.",
     "practical and calm", "Kafue Copper Holdings"),
    ("Shares of Baltic Amber Shipping fell on Monday after the strike.\n\n"
     "Baltic Amber said the port closure would cost it \"several weeks of trade\".",
     "several weeks of trade", "Baltic Amber Shipping"),
    ("The talks included Meridian Solar Partners and two state utilities.\n\n"
     "\"We are ready to build,\" Meridian said in a statement.",
     "We are ready to build", "Meridian Solar Partners"),
])
def test_the_first_words_of_an_organisation_named_before_stand_for_it(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_country_is_not_the_short_form_of_a_company_named_after_it(extract):
    facts = extract("Kenya Airways cut two routes on Monday.\n\n"
                    "Kenya insisted that the airport would stay \"fully open\".")
    assert speaker_of(facts, "fully open") != "Kenya Airways"


@pytest.mark.parametrize("text, words, speaker", [
    ("Mining executive Laura Finch-Hatton met the minister in Ndola on Tuesday.\n\n"
     "Finch-Hatton called the talks \"frank\". Questioned about the rival firm at the table, she shrugged. "
     "\"Our lorries use one road. Splitting the bill is only sensible,\" she told the Mining Review.",
     "Our lorries use one road", "Laura Finch-Hatton"),
    ("Foreign Minister Claire Dufresne-Lambert received her two colleagues in Brussels.\n\n"
     "\"We came to listen,\" Dufresne-Lambert told reporters.\n\n"
     "She insisted the patrols would be paid for \"until the last camp closes\".",
     "until the last camp closes", "Claire Dufresne-Lambert"),
    ("Senator Tomas Kerr-Ashdown opened the hearing. Minister Ruth Sande answered his questions.\n\n"
     "Kerr-Ashdown was not satisfied. He said the reply was \"a polite way of saying nothing\".",
     "a polite way of saying nothing", "Tomas Kerr-Ashdown"),
])
def test_a_pronoun_after_a_compound_surname_alone_goes_to_its_bearer(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_compound_surname_alone_is_one_person_with_the_full_name(extract):
    facts = extract("Minister Grace Banda-Tembo met the chief executives.\n\n"
                    "Banda-Tembo said the talks had gone well. Later Banda-Tembo flew to Ndola.")
    assert {p.name for p in facts.persons.values()} == {"Grace Banda-Tembo"}


def test_a_hyphenated_place_word_is_no_surname(extract):
    facts = extract("Minister Grace Banda-Tembo visited the Asia-Pacific office.\n\n"
                    "The Asia-Pacific region is growing, Banda-Tembo said.")
    assert {p.name for p in facts.persons.values()} == {"Grace Banda-Tembo"}


@pytest.mark.parametrize("text, words, speaker", [
    ("The minister met Li Ping of Sino-Kenya Mineral Resources on Monday.\n\n"
     "Sino-Kenya, in a statement, said the meeting had been \"calm and precise\".", "calm and precise",
     "Sino-Kenya Mineral Resources"),
    ("Also at the table was Afro-Baltic Shipping Holdings, whose chief executive flew in from Riga.\n\n"
     "Afro-Baltic said later that the deal was \"long overdue\".", "long overdue", "Afro-Baltic Shipping Holdings"),
])
def test_a_short_form_of_a_full_name_the_name_finder_missed(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker
