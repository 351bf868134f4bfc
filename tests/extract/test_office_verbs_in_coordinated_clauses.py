"""An office verb coordinated with a first clause shares its subject: "X is a member of the Politburo and heads
the party's international department" states that X heads it. A coordinated verb with a subject of its own, or an
object that is no body, states nothing."""
import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, expected", [
    ("Mr Wang is a member of the Politburo and heads the party's international department.",
     ("Wang", "head of the international department")),
    ("Tom Berg is 62 and runs the central bank.", ("Berg", "head of the central bank")),
    ("Lena Berg was elected in May and chairs the foreign affairs committee.",
     ("Berg", "chair of the foreign affairs committee")),
])
def test_the_coordinated_office_verb_takes_the_first_subject(extract, text, expected):
    found = {(surname, title) for surname, title, _ in offices_by_surname(extract(text))}
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "Tom Berg spoke to reporters and leads the polls.",
    "Tom Berg is 62 and his wife runs the central bank.",
])
def test_no_office_without_a_body_or_with_another_subject(extract, text):
    assert not any(title.startswith(("head", "chair", "leader")) for _, title, _ in offices_by_surname(extract(text)))
