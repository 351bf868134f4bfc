"""One word that reports at the end of a sentence it follows ("..., reports Akorda.", "..., reported Tasnim.") and
appears nowhere else is the outlet or office that reported it, not a person; a person named in full who
reports stays a person."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, expected", [
    ("Almaty. June 3. KazNews - President of Kazakhstan Nurlan Abenov held a meeting with Chinese President Li Wei, "
     "reports Akorda.", {"Nurlan Abenov", "Li Wei"}),
    ("President Ana Torres met Prime Minister Omar Haddad in Lima, reported Andina.", {"Ana Torres", "Omar Haddad"}),
    ("Foreign Minister Lena Berg arrived in Tehran on Monday for talks, reports Mehrnews.", {"Lena Berg"}),
    ("President Ana Torres met Prime Minister Omar Haddad in Lima, reports correspondent Tom Hale.",
     {"Ana Torres", "Omar Haddad", "Tom Hale"}),
])
def test_a_word_that_reports_at_the_end_is_no_person(extract, text, expected):
    assert names(extract(text)) == expected, names(extract(text))
