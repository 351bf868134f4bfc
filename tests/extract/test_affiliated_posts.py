"""A trade the text places in a named organisation is a post there ("a researcher at the Baltic
Policy Institute", "economist X of the University of Graz"); the trade alone, with a place, or said
of nobody in particular stays an occupation (extract/affiliations.py, affiliated_posts.txt)."""
import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, surname, word, org", [
    ("Ines Moreau, a researcher at the Baltic Policy Institute in Riga, said the deal was thin.",
     "Moreau", "researcher", "Baltic Policy Institute"),
    ("\"It will not last,\" economist Tomas Berger of the University of Graz told the paper.",
     "Berger", "economist", "University of Graz"),
    ("Political scientist Dr Lina Ortega of the University of Leon said both parties needed each other.",
     "Ortega", "scientist", "University of Leon"),
    ("\"Nobody won,\" said Dr Amos Kibet, an East Africa researcher at Moi University.",
     "Kibet", "researcher", "Moi University"),
    ("The minister's old aide, Rosa Lind, these days a lecturer at Tartu State University, disagreed.",
     "Lind", "lecturer", "Tartu State University"),
    ("\"Prices will fall,\" said Carla Ruiz, a copper analyst at Banco Andino in Lima.",
     "Ruiz", "analyst", "Banco Andino"),
    ("\"It is the same quarrel every year, with other sums,\" economist Renate Vollmer of the University of Kiel "
     "told ZDF.", "Vollmer", "economist", "University of Kiel"),
])
def test_a_trade_at_a_named_institution_is_a_post(extract, text, surname, word, org):
    offices = offices_by_surname(extract(text))
    assert any(s == surname and word in title.lower() and o == org for s, title, o in offices), offices


@pytest.mark.parametrize("text", [
    "Bola Adeyemi, a political analyst in Lagos, said the vote was close.",
    "Analysts at the Vienna Institute said the vote was close, and Ana Silva, an analyst, agreed.",
    "Researchers at the Kiel Institute met Paul Okoro on Monday.",
    "Tom Hale, a lawyer at Hale & Partners, said the case was weak.",
])
def test_a_trade_without_an_institution_of_its_own_is_no_office(extract, text):
    assert not offices_by_surname(extract(text))


def test_a_former_trade_at_an_institution_is_a_former_post(extract):
    facts = extract("Paul Okoro, a former researcher at the Kiel Institute, now runs a bakery.")
    assert [(o.title, o.former) for o in facts.offices] == [("researcher", True)]
