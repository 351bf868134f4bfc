"""A clerical style between an office set off by a comma and the name ("the synod's secretary, Bishop
X", "its treasurer, Father Y") is how the cleric is addressed, not the office; and church, regional
and reporting posts whose head words the title lexicon lacked (primate, nuncio, akim, vicar,
rapporteur, headmaster)."""
import pytest

from tests.conftest import person_key


def offices_of(facts, surname):
    key = person_key(facts, surname)
    return {o.title for o in facts.offices if o.person == key}


@pytest.mark.parametrize("text, surname, title", [
    ("The synod was opened by the council's chairman, Archbishop Daniel Mwangi Kariuki, on Sunday.",
     "Kariuki", "chairman"),
    ("Questions were taken by its treasurer, Father Tomas Bergvall, after the vote.", "Bergvall", "treasurer"),
    ("Lunch with the commission's secretary, Bishop Renato Caldeira, followed the session.", "Caldeira", "secretary"),
    ("The mosque's director, Imam Yusuf Adeyemi, welcomed the visitors.", "Adeyemi", "director"),
    ("They met the congregation's prefect, Cardinal Luis Aranda Ortega, in the morning.", "Ortega", "prefect"),
])
def test_a_clerical_style_after_the_comma_is_no_office(extract, text, surname, title):
    assert offices_of(extract(text), surname) == {title}


@pytest.mark.parametrize("text, surname, title", [
    ("Archbishop Daniel Mwangi Kariuki of Nyeri celebrated the Mass.", "Kariuki", "Archbishop"),
    ("On Friday Cardinal Pietro Ambrosi met the refugees.", "Ambrosi", "Cardinal"),
])
def test_a_clerical_title_with_no_office_before_it_stays(extract, text, surname, title):
    assert title in offices_of(extract(text), surname)


@pytest.mark.parametrize("text, surname, word", [
    ("The minister called on the Primate of the Orthodox Church of Albania, Anastas Kolaj, on Monday.",
     "Kolaj", "Primate"),
    ("She later met the akim of the Pavlodar Region, Asset Zhunusov.", "Zhunusov", "akim"),
    ("Among the guests was the Apostolic Nuncio to Ghana, Archbishop Henryk Nowacki.", "Nowacki", "Nuncio"),
    ("The Patriarchal Vicar for North America, Mor Elias Hanna, read the letter.", "Hanna", "Vicar"),
    ("Ines Duarte, the UN special rapporteur on housing, said the evictions must stop.", "Duarte", "rapporteur"),
    ("The school's headmaster, Bernd Kessler, showed the guests round.", "Kessler", "headmaster"),
])
def test_church_regional_and_reporting_posts_are_offices(extract, text, surname, word):
    assert any(word in title for title in offices_of(extract(text), surname))


@pytest.mark.parametrize("text, surname", [
    ("The vicar's daughter, Anna Gray, opened the fete.", "Gray"),
    ("Helen Obi runs a primate sanctuary near Calabar.", "Obi"),
])
def test_the_post_words_in_other_uses_give_no_office(extract, text, surname):
    assert not offices_of(extract(text), surname)
