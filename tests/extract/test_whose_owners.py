"""A name followed by a relative clause of ownership ("Brisk, whose company builds ports") owns the
thing the classifier noun names: it is not classified as one ("Nyonie, a small town on the coast"),
so the name stays a person wherever it occurs (extract/name_context.py, classified_after)."""
import pytest

from newsgraph.extract.name_context import classified_after


def _after_name(nlp, text: str, name: str) -> bool:
    doc = nlp(text)
    end = next(t.i for t in doc if t.text == name) + 1
    return classified_after(doc, end)


@pytest.mark.parametrize("text, name", [
    ("Brisk, whose company is building a wind farm, said he was reassured.", "Brisk"),
    ("Amadi, whose firm employs nine thousand people, said she was hopeful.", "Amadi"),
    ("Okonkwo, whose town lies on the river, said the bridge was late.", "Okonkwo"),
])
def test_an_owner_is_not_the_thing_owned(nlp, text, name):
    assert not _after_name(nlp, text, name)


@pytest.mark.parametrize("text, name", [
    ("Nyonie, a small town on the coast, was flooded.", "Nyonie"),
    ("Vaasa Power, a company based in Finland, won the bid.", "Power"),
])
def test_a_classifier_apposition_still_names_a_thing(nlp, text, name):
    assert _after_name(nlp, text, name)
