"""The newspaper or station a source spoke to ("Mr A told Dawn", "sources told Kathimerini") is no
person: one word told something, named nowhere else in the article. A person told something who is
named elsewhere stays a person. Wordings of our own."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, outlet", [
    ('"The gates must stay open," Mr Afridi told Dawn.', "Dawn"),
    ("Diplomatic sources told Kathimerini that the meeting would go ahead.", "Kathimerini"),
    ('"We will not sign," the minister told Haaretz on Sunday.', "Haaretz"),
    ('Trade Minister Ana Ruiz said the talks were useful. "We are close," she told Kompas.', "Kompas"),
])
def test_the_outlet_told_is_no_person(extract, text, outlet):
    assert not any(outlet in n for n in names(extract(text)))


@pytest.mark.parametrize("text, person", [
    ('President Ana Ruiz met Pablo Soto. "It went well," she told Soto.', "Pablo Soto"),
    ("Minister Lena Berg told Prime Minister Ivo Marin that she would resign.", "Ivo Marin"),
    ("Ivo Marin arrived late. The minister told Marin on Monday that the vote was lost.", "Ivo Marin"),
])
def test_a_person_told_something_stays_a_person(extract, text, person):
    assert person in names(extract(text))
