"""Capitals the tagger misses or cuts are still the meeting's place: "Copenhagen" tagged as an
organisation, "Montevideo" as a date, "Santo Domingo" as nothing, "Port of Spain" cut to "Port"
(`city_forms.txt`, general world knowledge)."""
import pytest


@pytest.mark.parametrize("city", ["Copenhagen", "Montevideo", "Santo Domingo", "Port of Spain", "Ulaanbaatar",
                                  "Kuala Lumpur"])
@pytest.mark.parametrize("template", [
    "Foreign Minister Ines Varga met Foreign Minister Tomas Lund in {city} on Monday.",
    "Ines Varga held talks with Tomas Lund in {city}.",
    "In {city}, President Ines Varga received Prime Minister Tomas Lund.",
])
def test_a_capital_the_tagger_missed_is_the_place(extract, template, city):
    facts = extract(template.format(city=city))
    assert [m.place for m in facts.meetings] == [city], facts.meetings


@pytest.mark.parametrize("text", [
    "Ines Varga met Tomas Lund to discuss the Geneva Conventions.",
    "Ines Varga met Sofia Lund at the ministry.",
])
def test_a_city_word_inside_another_name_is_no_place(extract, text):
    facts = extract(text)
    assert all(m.place in (None, "ministry") for m in facts.meetings), [m.place for m in facts.meetings]
