"""A name in brackets right after a title ("the president of Bolivia (Jorge Mena)") holds the title, as a name set
off by a comma does; a bracketed aside that is no name gives no office."""
import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, office", [
    ('"The president of Bolivia (Jorge Mena) will not attend," the minister said.', ("Mena", "president", "Bolivia")),
    ("The minister of trade (Luis Vidal) spoke first.", ("Vidal", "minister of trade", None)),
    ("Reporters said the president of Peru (Carlos Quispe) left early.", ("Quispe", "president", "Peru")),
])
def test_the_bracketed_name_holds_the_title(extract, text, office):
    assert office in offices_by_surname(extract(text)), offices_by_surname(extract(text))


def test_a_bracketed_aside_gives_no_office(extract):
    facts = extract("The minister of trade (who took office in May) met Luis Vidal.")
    assert not any(s == "Vidal" for s, _, _ in offices_by_surname(facts)), offices_by_surname(facts)
