"""One plural title over a list of names: shared ("cabinet ministers A and B"), or paired in order
with coordinated modifiers, complements or countries ("the ministers of Energy and Trade, A and B")."""
import pytest

from tests.conftest import offices_by_surname, person_key


def office_of(facts, surname):
    key = person_key(facts, surname)
    return {(o.title.lower(), o.org) for o in facts.offices if o.person == key}


@pytest.mark.parametrize("text, expected", [
    ("The ministers of Energy and Trade, Ali Hassan and Omar Saeed, met in Cairo.",
     {"Hassan": ("minister of energy", None), "Saeed": ("minister of trade", None)}),
    ("The talks were led by the Defence and Interior Ministers, Sara Kolb and Rafael Ortiz, respectively.",
     {"Kolb": ("defence minister", None), "Ortiz": ("interior minister", None)}),
    ("Present were the governors of Health and Labour, Ines Rocha and Paulo Dias.",
     {"Rocha": ("governor of health", None), "Dias": ("governor of labour", None)}),
])
def test_coordinated_title_words_pair_with_the_names_in_order(extract, text, expected):
    facts = extract(text)
    for surname, office in expected.items():
        assert office in office_of(facts, surname), (surname, office_of(facts, surname))


@pytest.mark.parametrize("text, expected", [
    ("Foreign Ministers Lena Berg and Karl Moss of Sweden and Norway met on Friday.",
     {"Berg": "Sweden", "Moss": "Norway"}),
    ("Presidents Ana Ruiz and Tomas Vell of Peru and Chile signed the accord.", {"Ruiz": "Peru", "Vell": "Chile"}),
    ("The presidents of Chile and Peru, Tomas Vell and Ana Ruiz, met in Lima.", {"Vell": "Chile", "Ruiz": "Peru"}),
])
def test_coordinated_countries_pair_with_the_names_in_order(extract, text, expected):
    facts = extract(text)
    for surname, country in expected.items():
        assert any(org == country for _, org in office_of(facts, surname)), (surname, office_of(facts, surname))


@pytest.mark.parametrize("text, title, surnames", [
    ("The two rebels are cabinet ministers Jonas Vik and Petra Lund, who fled the city.", "cabinet minister",
     ["Vik", "Lund"]),
    ("Senators Ruth Kane and Mark Ibsen voted against the bill.", "senator", ["Kane", "Ibsen"]),
    ("The deputy mayors, Hugo Lenz, Eva Brandt and Otto Kern, resigned together.", "deputy mayor",
     ["Lenz", "Brandt", "Kern"]),
])
def test_a_plural_title_without_coordination_goes_to_every_name(extract, text, title, surnames):
    facts = extract(text)
    for surname in surnames:
        assert title in {t for t, _ in office_of(facts, surname)}, (surname, office_of(facts, surname))


@pytest.mark.parametrize("text, title, surnames", [
    ("Also present were Advisers to the King Prince Saad bin Omar, Prince Fahd bin Ali and Prince Nawaf bin Said.",
     "adviser to the king", ["Omar", "Ali", "Said"]),
    ("The envoys to the region, Sheikh Hamad Rahman and Sheikh Nasser Aziz, arrived on Monday.",
     "envoy to the region", ["Rahman", "Aziz"]),
    ("The Ambassadors to France and Spain, Ola Berg and Ida Moe, were recalled.", None, ["Berg", "Moe"]),
])
def test_a_plural_title_with_a_to_complement_and_ranked_names(extract, text, title, surnames):
    facts = extract(text)
    if title is None:  # paired in order: the destination stays in the title, it is not the post's country
        assert ("ambassador to france", None) in office_of(facts, "Berg"), office_of(facts, "Berg")
        assert ("ambassador to spain", None) in office_of(facts, "Moe"), office_of(facts, "Moe")
        return
    for surname in surnames:
        assert title in {t for t, _ in office_of(facts, surname)}, (surname, office_of(facts, surname))


@pytest.mark.parametrize("text, expected", [
    ("With the visitor came the Ministers of Foreign Affairs, Health, and Education: Grace Boateng, "
     "Kofi Owusu and Yaw Asare, respectively.",
     {("Boateng", "minister of foreign affairs"), ("Owusu", "minister of health"), ("Asare", "minister of education")}),
    ("Also present were the Ministers of Energy and Mines, Water Resources, and Rural Roads, Raul Diaz, "
     "Jose Ortega, and Luis Perez, respectively.",
     {("Diaz", "minister of energy and mines"), ("Ortega", "minister of water resources"),
      ("Perez", "minister of rural roads")}),
    ("The talks were joined by the ministers of Fisheries, Tourism and Transport, Mele Taufa, Sione Lata and "
     "Ana Vaka.", {("Taufa", "minister of fisheries"), ("Lata", "minister of tourism"), ("Vaka", "minister of transport")}),
])
def test_a_comma_list_of_portfolios_paired_with_the_names(extract, text, expected):
    found = {(s, t.lower()) for s, t, _ in offices_by_surname(extract(text))}
    assert expected <= found, found


def test_a_countrys_possessive_gives_the_listed_ministers_country(extract):
    facts = extract("Present were Peru's ministers of Energy, Mines, and Agriculture, Luis Vega, Pedro Soto and "
                    "Ana Rojas, respectively.")
    assert {("Vega", "Peru"), ("Soto", "Peru"), ("Rojas", "Peru")} <= {(s, c) for s, _, c in offices_by_surname(facts)}
