"""A title written before the name with a complement of its own: a lower-case one ("Special Envoy for the Libyan
settlement A B", "Envoy for the Great Lakes region C D") or a body written short ("Permanent Representative to
the OAS E F", "Ambassador to the UN G H"). The name is a person (not a place the complement's noun classifies,
nor one with the acronym run into it) and holds the whole title."""
import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, name, title", [
    ("The Kremlin's Special Envoy for the Libyan settlement Pavel Orlov arrived in Geneva on Monday.",
     "Pavel Orlov", "special envoy for the settlement"),
    ("Special Envoy for the Great Lakes region Said Benali met the rebels in Goma.", "Said Benali",
     "special envoy for the great lakes region"),
    ("Chile's Permanent Representative to the OAS Ana Prat spoke first.", "Ana Prat", "permanent representative to the oas"),
    ("Leading the Lebanese side was Lebanon's Permanent Representative to the UN Karim Haddad.", "Karim Haddad",
     "permanent representative to the un"),
    ("Kenya's Ambassador to the AU Grace Wanjiru presented her credentials on Tuesday.", "Grace Wanjiru",
     "ambassador to the au"),
])
def test_the_name_after_a_complemented_title(extract, text, name, title):
    facts = extract(text)
    assert name in names(facts), names(facts)
    assert title in {t for s, t, _ in offices_by_surname(facts) if s == name.split()[-1]}


def test_initials_opening_a_name_stay(extract):
    assert "RN Prasad Koirala" in names(extract("Nepal's foreign minister met his counterpart RN Prasad Koirala."))
