"""Past offices told around a name, in wordings of our own: "a former vice-president" where the parser
split the hyphenated title and hung "former" on its first half; "at the time" opening an apposition;
a pre-posed title whose holder "resigned"; and a date in a relative clause about the person, which
does not make the sentence's offices past."""
import pytest

from tests.conftest import person_key


def offices_of(facts, surname):
    key = person_key(facts, surname)
    return {(o.title.lower(), o.former) for o in facts.offices if o.person == key}


@pytest.mark.parametrize("text, surname, title", [
    ("The envoy, Dr Tomas Vell, spent a third day in talks. Vell, a former Vice-President of Ruritania, arrived on Monday.",
     "Vell", "vice-president of ruritania"),
    ("Mira Holt, a former vice-chairman of the bank, joined the talks.", "Holt", "vice-chairman of the bank"),
    ("Talks were chaired by Ana Ruiz Soto, a former Vice-Premier of Chile, on Friday.", "Soto", "vice-premier"),
])
def test_former_before_a_hyphenated_title(extract, text, surname, title):
    assert (title, True) in offices_of(extract(text), surname), offices_of(extract(text), surname)


@pytest.mark.parametrize("text, surname, title", [
    ("Osmonov met Farhod Karimov, at the time Tajikistan's deputy prime minister, in 2015.", "Karimov",
     "deputy prime minister"),
    ("The deal was signed by Lena Berg, at the time the bank's chief economist, and two others.", "Berg",
     "chief economist"),
    ("She first met Joao Pires, at the time Angola's trade minister, during a visit.", "Pires", "trade minister"),
])
def test_at_the_time_opening_an_apposition(extract, text, surname, title):
    found = offices_of(extract(text), surname)
    assert (title, True) in found and (title, False) not in found, found


@pytest.mark.parametrize("text, surname, title", [
    ("LIMA - Peru's interior minister, Oscar Quispe Mamani, resigned on Tuesday after a prison break.", "Mamani",
     "interior minister"),
    ("The country's energy minister, Hanna Lind, resigned last week over the tender.", "Lind", "energy minister"),
    ("Chile's finance minister, Pablo Rojas Vidal, stepped down on Monday.", "Vidal", "finance minister"),
])
def test_a_preposed_title_whose_holder_resigned(extract, text, surname, title):
    assert (title, True) in offices_of(extract(text), surname), offices_of(extract(text), surname)


def test_a_preposed_title_whose_holder_will_resign_stays_current(extract):
    found = offices_of(extract("Chile's finance minister, Pablo Rojas Vidal, will resign next month."), "Vidal")
    assert ("finance minister", False) in found, found


@pytest.mark.parametrize("text, surname", [
    ("\"It matters,\" said Erik Solbakken, the society's president, who first visited Japan in 2003.", "Solbakken"),
    ("Greta Lund, the club's chairwoman, who founded it in 1987, said the grant was welcome.", "Lund"),
    ("\"We are ready,\" said Piet Maas, the union's secretary, who joined the docks in 1979.", "Maas"),
])
def test_a_date_in_a_relative_clause_leaves_the_office_current(extract, text, surname):
    found = offices_of(extract(text, published="2026-05-01"), surname)
    assert found and not any(former for _, former in found), found
