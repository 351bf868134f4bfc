"""A two-word name NER typed as an organisation right after a lowercase title word ("spokesperson A B",
"the ministry's spokesman A B") is a person, though the first-name table does not know the given name.
Wordings of our own."""
import pytest

from tests.conftest import names, speaker_of


@pytest.mark.parametrize("text, person", [
    ('DIRCO spokesperson Lerato Mokoena said the door remained open. "We talk to everyone," Mokoena said.',
     "Lerato Mokoena"),
    ('The ministry\'s spokesman Thabiso Ndlovu said talks would resume. "Nothing is closed," Ndlovu said.',
     "Thabiso Ndlovu"),
    ('Party spokeswoman Naledi Khoza told reporters: "We will not be rushed."', "Naledi Khoza"),
])
def test_the_name_after_the_title_is_a_person(extract, text, person):
    facts = extract(text)
    assert person in names(facts)
    assert speaker_of(facts, text.split('"')[1][:10]) == person
