"""Word lists are data files, one per linguistic class, each saying what it means."""
from __future__ import annotations

import pytest

from newsgraph.extract.lexicon import LEXICON_DIR, country_for, word_map, word_set


def test_every_lexicon_file_starts_with_a_comment_saying_what_the_class_is():
    files = sorted(LEXICON_DIR.glob("*.txt"))
    assert files
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ") and len(first) > 20, path.name


def test_word_set_skips_comments_and_blank_lines(tmp_path):
    (tmp_path / "greetings.txt").write_text("# verbs of greeting\n\ngreet\n  hail \n# not a word\n", encoding="utf-8")
    assert word_set("greetings", tmp_path) == {"greet", "hail"}


def test_word_map_reads_several_values_and_empty_values(tmp_path):
    (tmp_path / "m.txt").write_text("# a map\nA = x | y\nB =\n", encoding="utf-8")
    assert word_map("m", tmp_path) == {"A": ["x", "y"], "B": []}


def test_word_map_rejects_a_line_without_key_and_value(tmp_path):
    (tmp_path / "bad.txt").write_text("# a map\njust words\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.txt"):
        word_map("bad", tmp_path)


@pytest.mark.parametrize("form, country", [("Ukrainian", "Ukraine"), ("the Kremlin", "Russia"),
                                           ("Tokyo", "Japan"), ("Brazil's", "Brazil")])
def test_country_forms_are_read_from_their_file(form, country):
    assert country_for(form) == country
