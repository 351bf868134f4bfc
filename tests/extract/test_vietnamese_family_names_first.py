"""A Vietnamese family name written first ("Nguyễn Thị Lan", with or without its marks) opens the name
when the name finder left it out of the person it tagged (`family_names_first.txt`)."""
import pytest

from newsgraph.extract.people import _family_name_left_out
from tests.conftest import names


@pytest.mark.parametrize("text, family, rest", [
    ("The group was led by Deputy Minister Nguyễn Thị Hoa on Tuesday.", "Nguyễn", "Thị Hoa"),
    ("Talks were held with Vice Minister Tran Quoc Vinh in Hue.", "Tran", "Quoc Vinh"),
    ("The envoy met Director Phạm Văn Long at the ministry.", "Phạm", "Văn Long"),
])
def test_a_family_name_before_a_name_opens_it(nlp, text, family, rest):
    doc = nlp.make_doc(text)
    start = next(t.i for t in doc if t.text == rest.split()[0])
    assert doc[start - 1].text == family
    assert _family_name_left_out(doc, start, start + len(rest.split()), covered=set())


@pytest.mark.parametrize("text", [
    "The group was led by Deputy Minister Hoa Binh on Tuesday.",  # no family name before the name
    "Officials in Hue said Quoc Vinh had left.",                   # a verb before the name, no family name
])
def test_other_words_before_a_name_do_not(nlp, text):
    doc = nlp.make_doc(text)
    start = next(t.i for t in doc if t.text in {"Hoa", "Quoc"})
    assert not _family_name_left_out(doc, start, start + 2, covered=set())


@pytest.mark.parametrize("text, name", [
    ("The mission was headed by Deputy Minister of Planning and Investment Nguyễn Văn Hòa in Izmir on Monday.",
     "Nguyễn Văn Hòa"),
    ("A trade mission led by Deputy Minister of Finance and Trade Phạm Thị Hoa arrived in Antalya on Wednesday.",
     "Phạm Thị Hoa"),
])
def test_whole_names_stay_whole(extract, text, name):
    assert name in names(extract(text))


def test_a_family_name_word_inside_another_name_stays_put(extract):
    facts = extract("Marine Le Pen met Jean Castex in Paris.")
    assert "Marine Le Pen" in names(facts)
