"""A country is no part of a person's name: its possessive right after a name ends the name ("conveyed to Erik
Lund Chile's position"), unless the word is a given name too ("Michael Jordan's"); and a country written with
its accents ("Việt Nam", "Côte d'Ivoire") is the country, not a person."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, expected", [
    ("The envoy explained to Erik Lund Chile's position on the treaty.", {"Erik Lund"}),
    ("Ms Ruiz outlined to Peter Odhiambo Spain's offer of aid.", {"Peter Odhiambo", "Ruiz"}),
    ("Minister Ana Ruiz conveyed to Nowak Spain's support for the plan.", {"Ana Ruiz", "Nowak"}),
    ("The minister presented to President Kofi Mensah Japan's new aid package.", {"Kofi Mensah"}),
    ("Reporters asked Michael Jordan's coach about the game.", {"Michael Jordan"}),
])
def test_a_countrys_possessive_ends_the_name(extract, text, expected):
    assert names(extract(text)) == expected, names(extract(text))


@pytest.mark.parametrize("text, expected", [
    ("The agreement deepens ties between Việt Nam and Japan, said Prime Minister Ken Ito.", {"Ken Ito"}),
    ("The party chief of Việt Nam, Tran Minh Duc, arrived in Tokyo on a state visit.", {"Tran Minh Duc"}),
    ("Trade between Côte d'Ivoire and Ghana grew, Minister Ama Owusu said.", {"Ama Owusu"}),
])
def test_a_country_written_with_accents_is_no_person(extract, text, expected):
    assert names(extract(text)) == expected, names(extract(text))


@pytest.mark.parametrize("text, country", [
    ("PNG Foreign Minister Rimbink Kaiwi met the envoy on Monday.", "Papua New Guinea"),
    ("ROK Foreign Minister Park Min-soo met the envoy on Monday.", "South Korea"),
    ("PRC Vice Premier Li Wenqing met the envoy on Monday.", "China"),
    ("KSA Foreign Minister Faisal Al-Harbi met the envoy on Monday.", "Saudi Arabia"),
])
def test_a_country_written_as_its_acronym_before_a_title(extract, text, country):
    facts = extract(text)
    assert any(o.org == country for o in facts.offices), [(o.title, o.org) for o in facts.offices]
