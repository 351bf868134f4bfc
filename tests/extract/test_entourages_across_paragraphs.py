"""A party told as travelling with someone ("Travelling with him is a business delegation of A, B and C")
joins the meeting told just before in the same paragraph, but not one the paragraph before told (an earlier
encounter: "In January, they talked on the sidelines in Davos.")."""
from tests.conftest import met_pairs


def test_an_entourage_does_not_join_the_paragraph_before(extract):
    facts = extract("Vice Premier Li Dong received Minister Rainer Holl on Wednesday. In January, the two talked "
                    "briefly on the sidelines of the forum in Davos.\n\nHoll has not come alone. Travelling with him "
                    "is a business delegation, among them Klaus Brand, Ute Sommer and Jan Vogel.")
    assert not {p for p in met_pairs(facts) if "Dong" in p and p & {"Brand", "Sommer", "Vogel"}}
