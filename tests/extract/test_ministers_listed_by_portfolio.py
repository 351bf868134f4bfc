"""One plural title over a list of portfolios, each followed by its holder ("the ministers of Foreign Affairs, A;
Economy, B; and Energy, C"): each holder is the minister of their own portfolio, names NER missed there too."""
import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, expected", [
    ("The delegation includes the ministers of Foreign Affairs, Pedro Soto; Economy, Ana Ruiz; Energy, Luis Vidal; "
     "and her chief of staff, Maria Lopez.",
     {("Soto", "minister of foreign affairs", None), ("Ruiz", "minister of economy", None),
      ("Vidal", "minister of energy", None)}),
    ("The president travels with the ministers of Defence, Jorge Mena, and Health, Carla Diaz.",
     {("Mena", "minister of defence", None), ("Diaz", "minister of health", None)}),
    ("Chile's ministers of Public Works, Jorge Mena; Mining, Carla Diaz; and Energy, Pablo Reyes joined the trip.",
     {("Mena", "minister of public works", "Chile"), ("Diaz", "minister of mining", "Chile"),
      ("Reyes", "minister of energy", "Chile")}),
])
def test_each_holder_takes_their_portfolio(extract, text, expected):
    assert expected <= offices_by_surname(extract(text)), offices_by_surname(extract(text))


def test_a_list_of_portfolios_without_holders_names_no_one(extract):
    assert names(extract("The ministers of Economy, Energy and Mining met on Monday.")) == set()
