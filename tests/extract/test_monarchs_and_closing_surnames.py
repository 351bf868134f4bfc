"""Names and titles NER or the title reader cut:
- a monarch known by one name, which NER takes for an organisation with the title ("King Felipe",
  "Queen Margrethe II"), is a person holding that title; a longer body named after one is not;
- a rank made one title by the word before it keeps it after an office word ("Deputy Crown Prince",
  not "Deputy Crown");
- a surname NER split off a two-word name that the parser reads as one noun phrase ("Bilawal Bhutto |
  Zardari") closes that name."""
import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, name, title", [
    ("Spanish King Felipe received the visiting president at the palace.", "Felipe", "king"),
    ("The envoy was received by King Felipe of Spain on Monday.", "Felipe", "king"),
    ("Danish Queen Margrethe II opened the exhibition on Friday.", "Margrethe II", "queen"),
    ("On Sunday, King Harald welcomed the Swedish delegation to Oslo.", "Harald", "king"),
])
def test_a_monarch_known_by_one_name(extract, text, name, title):
    facts = extract(text)
    assert name in names(facts)
    assert (name, title) in {(facts.persons[o.person].name, o.title.lower()) for o in facts.offices}


@pytest.mark.parametrize("text", [
    "Students of the King Abdullah University of Science met the minister.",
    "The King Fahd Causeway was closed on Monday.",
])
def test_a_body_named_after_a_monarch_is_no_person(extract, text):
    assert not {"Abdullah", "Fahd"} & names(extract(text))


@pytest.mark.parametrize("text, surname, title", [
    ("Saudi Deputy Crown Prince Walid bin Nasser met the defence secretary.", "Nasser", "deputy crown prince"),
    ("The talks were led by Deputy Crown Prince Walid bin Nasser.", "Nasser", "deputy crown prince"),
    ("Acting Crown Prince Haakon Olsen opened parliament on Monday.", "Olsen", "acting crown prince"),
])
def test_a_rank_with_its_modifier_is_one_title(extract, text, surname, title):
    assert title in {t for s, t, _ in offices_by_surname(extract(text)) if s == surname}


@pytest.mark.parametrize("text, name", [
    ("Foreign Minister Bilawal Bhutto Zardari arrived in Tokyo on Monday.", "Bilawal Bhutto Zardari"),
    ("Minister Bilawal Bhutto Zardari toured the flooded districts.", "Bilawal Bhutto Zardari"),
    ("The accord was signed by Asif Bhutto Zardari on Monday.", "Asif Bhutto Zardari"),
    ("Opposition leader Bilawal Bhutto Zardari said the vote was rigged.", "Bilawal Bhutto Zardari"),
])
def test_a_split_closing_surname_is_one_name(extract, text, name):
    assert name in names(extract(text)), names(extract(text))



@pytest.mark.parametrize("text", [
    "Brunei's Sultan Yusof Hassanal received Premier Lin Wei on Monday.",
    "Oman's Sultan Yusof Hassanal hosted the envoys at the palace.",
    "Brunei's Sultan Yusof Hassanal said the talks went well.",
    "Jordan's King Yusof Hassanal received Premier Lin Wei on Monday.",
])
def test_a_monarch_with_two_name_words_read_as_a_place(extract, text):
    assert "Yusof Hassanal" in names(extract(text))


@pytest.mark.parametrize("text", [
    "Hopes Rise as Ministers Meet\n\nMinister Ana Ruiz met Minister Luc Morel.",
    "Calm Returns as Premiers Meet in Oslo\n\nPremier Ana Ruiz met Premier Luc Morel.",
    "Tension Eases as Envoys Meet\n\nEnvoy Ana Ruiz met Envoy Luc Morel.",
])
def test_a_headline_verb_after_a_plural_title_is_no_name(extract, text):
    assert not any("Meet" in n for n in names(extract(text))), names(extract(text))
