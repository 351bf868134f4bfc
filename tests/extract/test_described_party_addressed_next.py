"""A party only described where the meeting is told ("met the EU's foreign policy chief") is the person the same
subject addresses by name in the very next sentence ("She briefed B on ...", "He told B that ..."); not one someone
else addresses, nor one addressed later on."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Opposition leader Luis Vargas on Monday met the EU's foreign policy chief in Brussels. He informed Karin "
     "Nyberg of the arrests.", {"Vargas", "Nyberg"}),
    ("Opposition leader Luis Vargas met the UN Special Envoy for Yemen on Monday. Vargas told envoy Hans Berg that "
     "the ceasefire had failed.", {"Vargas", "Berg"}),
    ("Governor Ana Torres received the head of the visiting trade mission. She assured Paulo Rocha that the permits "
     "would be issued.", {"Torres", "Rocha"}),
])
def test_the_one_addressed_next_is_the_one_met(extract, text, pair):
    assert met_pairs(extract(text)) == {frozenset(pair)}, met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Opposition leader Luis Vargas met the UN envoy on Monday. Senator Tom Hale told Karin Nyberg that the talks "
    "had failed.",
    "Opposition leader Luis Vargas met the UN envoy on Monday. He later thanked Karin Nyberg, a friend, for her help.",
])
def test_no_one_addressed_by_another_or_later(extract, text):
    assert met_pairs(extract(text)) == set(), met_pairs(extract(text))
