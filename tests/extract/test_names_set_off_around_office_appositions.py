"""A name set off by commas next to an office apposition is the holder's whole name, even where the tagger
did not know it: NER calls it a place though no word is a known town or country ("Ghana's envoy to Kenya,
Tunde Okafor, ..."), or the tagger reads its unknown given name as a verb that the parse still hangs on the
surname ("Segun | Okafor, the envoy, ...")."""
from __future__ import annotations

import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, name, title", [
    ("Nigeria's envoy to Ghana, Tunde Okafor, presented his letters in Accra.", "Tunde Okafor", "envoy to ghana"),
    ("Segun Okafor, Nigeria's envoy to Ghana, presented his letters.", "Segun Okafor", "envoy to ghana"),
    ("Segun Okafor, the envoy, said the talks went well.", "Segun Okafor", "envoy"),
    ("Segun Adeyemi, the country's ambassador to Chad, presented his letters.", "Segun Adeyemi", "ambassador to chad"),
])
def test_the_set_off_name_is_the_holders_whole_name(extract, text, name, title):
    facts = extract(text)
    assert names(facts) == {name}
    assert title in {t for s, t, _ in offices_by_surname(facts) if s == name.split()[-1]}


@pytest.mark.parametrize("text", [
    # a known town set off after an office is no person; an unset-off verb opening a sentence is no name
    "Our envoy to Ghana, in Accra, presented his letters.",
    "Joining Okafor, the envoy, were two aides.",
])
def test_places_and_real_verbs_stay_out(extract, text):
    assert "Accra" not in names(extract(text)) and not any(n.startswith("Joining") for n in names(extract(text)))
