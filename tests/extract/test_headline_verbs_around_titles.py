"""A title-case headline's verb is no name word: after a title ("Trade Minister Meets Brazil's Rocha") it
opens no name, and after a surname its plural form ("Lund And Rocha Discuss Trade") ends the name just as
"Meets" does."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, expected", [
    ("Swedish Trade Minister Meets Brazil's Rocha\n\nSwedish Trade Minister Karin Nyberg met Brazilian Vice "
     "President Paulo Rocha in Brasilia on Tuesday.", {"Karin Nyberg", "Paulo Rocha"}),
    ("Foreign Secretary Hosts Kenya's Odhiambo\n\nBritish Foreign Secretary Helen Ward hosted Kenyan Foreign "
     "Minister Peter Odhiambo in London.", {"Helen Ward", "Peter Odhiambo"}),
    ("Japanese Premier Visits Chile\n\nJapanese Prime Minister Ken Ito arrived in Santiago on Monday.",
     {"Ken Ito"}),
])
def test_a_headline_verb_after_a_title_opens_no_name(extract, text, expected):
    assert names(extract(text)) == expected, names(extract(text))


@pytest.mark.parametrize("text, expected", [
    ("Lund And Rocha Discuss Trade At Palace\n\nNorwegian Prime Minister Erik Lund and Brazilian Vice President "
     "Paulo Rocha held talks in Brasilia on Tuesday.", {"Erik Lund", "Paulo Rocha"}),
    ("Mensah, Lind Sign Energy Pact\n\nGhanaian President Kofi Mensah and German Chancellor Greta Lind signed an "
     "energy pact in Accra.", {"Kofi Mensah", "Greta Lind"}),
    ("Haddad And Ruiz Agree On Water Deal\n\nJordanian Prime Minister Omar Haddad and Spanish Foreign Minister "
     "Ana Ruiz agreed on a water deal.", {"Omar Haddad", "Ana Ruiz"}),
])
def test_a_plural_headline_verb_ends_the_name(extract, text, expected):
    assert names(extract(text)) == expected, names(extract(text))
