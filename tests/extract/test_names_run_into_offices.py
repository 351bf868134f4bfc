"""Names NER ran together with an office: a holder's name closing an organisation entity after an
office word ("Secretary-General of the Arab Maritime Union Idris Oumar"), a given name taken in as
the last word of an office read as a body ("Controller of Budget Agnes" | "Wairimu Kiprop"), and a
place and an office word opening a name ("Vinnytsia Mayor Dmytro Kovalenko") (extract/name_words.py)."""
import pytest

from newsgraph.extract.name_words import clean_name_span
from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, name, title", [
    ("The minister will travel to Rabat, where he will see Secretary-General of the Council "
     "of Coastal Cooperation Idris Mahamat Oumar at its offices.",
     "Idris Mahamat Oumar", "secretary-general of the council of coastal cooperation"),
    ("She will then see Director of the Union of Maghreb Ports Karim Bennani Tazi in Tunis.",
     "Karim Bennani Tazi", "director of the union of maghreb ports"),
    ("The group counts Chairman of the Assembly's Committee on Agriculture Bolat Nurlanov and Senator Timur Askarov.",
     "Bolat Nurlanov", "chairman of the assembly committee on agriculture"),
    ("Ms Rono told us she phoned Controller of Budget Agnes Wairimu Kiprop on Monday.",
     "Agnes Wairimu Kiprop", "controller of budget"),
    ("The figures were confirmed by Comptroller of Accounts Mary Njeri Kamau on Friday.",
     "Mary Njeri Kamau", "comptroller of accounts"),
])
def test_a_name_run_into_an_office_is_the_holder(extract, text, name, title):
    facts = extract(text)
    assert name in names(facts)
    assert any(s == name.split()[-1] and t == title for s, t, _ in offices_by_surname(facts))


@pytest.mark.parametrize("text", [
    "The Ford Foundation Grace Fund gave the town a grant.",
    "She works for the Bank of America Merrill Lynch office in Leeds.",
])
def test_organisations_with_given_names_inside_are_no_people(extract, text):
    assert not names(extract(text))


@pytest.mark.parametrize("text, name", [
    ("Vinnytsia Mayor Dmytro Kovalenko thanked the guests.", "Dmytro Kovalenko"),
    ("Westmark Senator Tom Berg said the bill was dead.", "Tom Berg"),
    ("Lakeport Governor Ana Ruiz Soto opened the fair.", "Ana Ruiz Soto"),
])
def test_a_place_and_an_office_word_are_no_part_of_a_name(nlp, text, name):
    doc = nlp(text)
    words = name.split()
    end = next(t.i for t in doc if t.text == words[-1]) + 1
    start, stop, _ = clean_name_span(doc[0:end])
    assert doc[start:stop].text == name


@pytest.mark.parametrize("text, name", [
    ("John Major met the Pope.", "John Major"),
    ("Ana Bishop Lane opened the fair.", "Ana Bishop Lane"),
])
def test_an_office_word_inside_a_persons_name_stays(nlp, text, name):
    doc = nlp(text)
    end = len(name.split())
    start, stop, _ = clean_name_span(doc[0:end])
    assert doc[start:stop].text == name
