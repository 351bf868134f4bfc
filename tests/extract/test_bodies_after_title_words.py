"""A body's word alone after a title word ("the General Secretariat", "the Consular Directorate") is no
person's surname. Wordings of our own."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text", [
    "Speaking for the General Secretariat at the session was the Assistant Secretary General, Ana Lopes.",
    "A note from the General Secretariat was read out by Ana Lopes.",
    "Officials of the General Directorate joined Ana Lopes at the talks.",
])
def test_the_body_word_is_no_person(extract, text):
    assert names(extract(text)) == {"Ana Lopes"}
