"""A post named by its holder's boss ("President X's spokesman, Y"), a plural title over names with
their countries in brackets ("Defence ministers A (Estonia) and B (Latvia)"), and a quote opened by a
noun for what someone said ("X's message was simple: '...'")."""
import pytest

from tests.conftest import offices_by_surname, speaker_of


@pytest.mark.parametrize("text, aide, post, boss, office", [
    ("President Aliyu Danjuma's spokesman, Musa Bello, said the trip was postponed.",
     "Bello", "spokesman", "Danjuma", "president"),
    ("Prime Minister Ana Lind's chief of staff, Tom Berg, met the envoy on Friday.",
     "Berg", "chief of staff", "Lind", "prime minister"),
    ("Chancellor Erik Brandt's deputy press secretary, Lena Vogt, confirmed the date.",
     "Vogt", "deputy press secretary", "Brandt", "chancellor"),
])
def test_the_name_after_a_possessed_post_holds_it(extract, text, aide, post, boss, office):
    offices = offices_by_surname(extract(text))
    assert any(who == aide and title == post for who, title, _ in offices), offices
    assert any(who == boss and title == office for who, title, _ in offices), offices
    assert not any(who == boss and post in title for who, title, _ in offices), offices


@pytest.mark.parametrize("text, expected", [
    ("Defence ministers Kaja Rebane (Estonia) and Janis Ozols (Latvia) signed the pact.",
     {("Rebane", "Estonia"), ("Ozols", "Latvia")}),
    ("The foreign ministers, Kaja Rebane (Estonia), Janis Ozols (Latvia) and Rita Kalnina (Lithuania), met in Riga.",
     {("Rebane", "Estonia"), ("Ozols", "Latvia"), ("Kalnina", "Lithuania")}),
    ("Energy ministers Ana Lopes (Portugal) and Mark Dunn (Ireland) opened the cable.",
     {("Lopes", "Portugal"), ("Dunn", "Ireland")}),
])
def test_a_bracketed_country_after_each_listed_name(extract, text, expected):
    offices = offices_by_surname(extract(text))
    for surname, country in expected:
        assert any(who == surname and "minister" in title and org == country for who, title, org in offices), offices


@pytest.mark.parametrize("text, words, speaker", [
    ('Kenyan President William Kamau\'s message was simple: "Pay your taxes."', "Pay your taxes", "William Kamau"),
    ('Prime Minister Tom Hale\'s answer was blunt: "We will not sign."', "We will not sign", "Tom Hale"),
    ('The reply from Foreign Minister Tom Berg came within the hour: "We reject the claim."',
     "We reject the claim", "Tom Berg"),
    ('Prime Minister Tom Hale had a message for the rebels: "Lay down your arms."', "Lay down your arms", "Tom Hale"),
    ('President Tom Hale sent a warning to the rebels: "This is your last chance."', "This is your last chance",
     "Tom Hale"),
])
def test_a_speech_noun_before_a_colon_gives_the_quote_its_speaker(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_message_read_out_by_others_is_not_theirs(extract):
    facts = extract('The crowd read President Tom Hale\'s message aloud, then chanted: "No more war."')
    assert speaker_of(facts, "No more war") != "Tom Hale"
