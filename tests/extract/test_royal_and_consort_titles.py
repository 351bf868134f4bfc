"""Royal and court titles, cabinet titles and the office of a head of state's spouse: each class in
several wordings of our own (pre-posed, set off by commas, stacked, with a rank before the name)."""
import pytest

from tests.conftest import names, person_key


def titles_of(facts, surname, former=False):
    key = person_key(facts, surname)
    return {o.title for o in facts.offices if o.person == key and o.former == former}


@pytest.mark.parametrize("text, surname, title", [
    ("The Adviser to the King, Prince Khalid bin Omar, met the French envoy in Riyadh on Monday.",
     "Omar", "Adviser to the King"),
    ("The Emir of Qatar, Sheikh Tamim Rahman, spoke to reporters after the talks.", "Rahman", "Emir"),
    ("Crown Prince Hamad Nasser greeted the visitors at the palace.", "Nasser", "Crown Prince"),
    ("Sultan Haitham Tariq hosted the talks in Muscat on Sunday.", "Tariq", "Sultan"),
    ("The delegation was received by the Crown Prince, Prince Saad Fares, at his residence.", "Fares", "Crown Prince"),
    ("Advisor to the King Prince Majid bin Turki attended the banquet.", "Turki", "Advisor to the King"),
])
def test_royal_and_court_titles(extract, text, surname, title):
    facts = extract(text)
    assert any(title.lower() in t.lower() for t in titles_of(facts, surname)), titles_of(facts, surname)
    assert not any(t.lower() in {"prince", "sheikh"} for t in titles_of(facts, surname))


@pytest.mark.parametrize("text, surname, first", [
    ("Custodian of the Holy Mosques King Fahd Salman received the delegation.", "Salman", "custodian of the holy mosques"),
    ("The Keeper of the Sacred Shrines, King Saud Rashid, opened the session.", "Rashid", "keeper of the sacred shrines"),
    ("Guests were welcomed by Chairman of the Joint Chiefs Admiral Nayef Amin in Jeddah.", "Amin",
     "chairman of the joint chiefs"),
])
def test_a_title_with_a_complement_stacked_on_a_second_title_gives_both(extract, text, surname, first):
    titles = {t.lower() for t in titles_of(extract(text), surname)}
    assert first in titles, titles
    assert not any(t.endswith(("king", "admiral")) and " " in t for t in titles), titles


def test_a_title_with_a_complement_is_not_split_on_a_lower_word(extract):
    titles = titles_of(extract("Secretary of State Ana Ruiz flew to Lima on Monday."), "Ruiz")
    assert titles == {"Secretary of State"}


@pytest.mark.parametrize("text, surname, word", [
    ("Cabinet minister Jane Roe said the plan would work.", "Roe", "cabinet minister"),
    ("A senior cabinet member, Tom Baker, told reporters the vote was close.", "Baker", "cabinet member"),
    ("The bill was drafted by cabinet secretary Lucy Grant and two aides.", "Grant", "cabinet secretary"),
])
def test_cabinet_titles(extract, text, surname, word):
    assert any(word in t.lower() for t in titles_of(extract(text), surname))


@pytest.mark.parametrize("text, wife, husband", [
    ("First Lady Maria Hollis visited the hospital with President Dan Hollis on Friday.", "Maria Hollis", "Dan Hollis"),
    ("The first lady, Ana Pereira, opened the school while President Jorge Pereira was abroad.", "Ana Pereira",
     "Jorge Pereira"),
    ("President Omar Tal and his wife, First Lady Aicha Tal, arrived in Dakar. Mrs. Tal later toured a clinic.",
     "Aicha Tal", "Omar Tal"),
])
def test_first_lady_is_an_office_of_her_own(extract, text, wife, husband):
    facts = extract(text)
    assert {wife, husband} <= names(facts)
    by_name = {p.name: k for k, p in facts.persons.items()}
    hers = {o.title.lower() for o in facts.offices if o.person == by_name[wife]}
    his = {o.title.lower() for o in facts.offices if o.person == by_name[husband]}
    assert "first lady" in hers, hers
    assert "first lady" not in his and "president" not in hers


@pytest.mark.parametrize("text, surname, other_title", [
    ("She was met at the airport by the Governor and the First Lady, Rosa Lind, and a few supporters.", "Lind",
     "Governor"),
    ("Waiting on the steps were the Governor and the Mayor of Tarn, Eric Vogt.", "Vogt", "Governor"),
    ("The Prime Minister and the Speaker, Ana Berg, left early.", "Berg", "Prime Minister"),
])
def test_a_title_with_its_own_article_is_another_persons(extract, text, surname, other_title):
    titles = titles_of(extract(text), surname)
    assert titles and other_title not in titles, titles


def test_coordinated_titles_without_their_own_article_are_one_persons(extract):
    titles = titles_of(extract("His aide and former culture minister Ivan Rusk led the talks."), "Rusk")
    assert "aide" in {t.lower() for t in titles}


@pytest.mark.parametrize("text, surname, title", [
    ("Minister of Health Prof. Lena Berg opened the clinic.", "Berg", "Minister of Health"),
    ("Foreign Minister Dr. Omar Tal flew to Rome.", "Tal", "Foreign Minister"),
    ("The memo was signed by Minister of Finance Dr. Ines Calvo on Monday.", "Calvo", "Minister of Finance"),
])
def test_an_honorific_between_the_office_and_the_name(extract, text, surname, title):
    assert title in titles_of(extract(text), surname)


@pytest.mark.parametrize("text, surname, first, second", [
    ("Chief of General Intelligence Gen. Omar Tal attended.", "Tal", "Chief of General Intelligence", "General"),
    ("Commander of the Northern Region Gen. Ada Moe inspected the site.", "Moe", "Commander of the Northern Region",
     "General"),
    ("They were joined by Head of Security Sen. Paul Dray.", "Dray", "Head of Security", "Senator"),
])
def test_an_abbreviated_rank_after_an_office_is_an_office_of_its_own(extract, text, surname, first, second):
    titles = titles_of(extract(text), surname)
    assert {first, second} <= titles, titles
