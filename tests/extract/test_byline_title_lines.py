"""A writer's post on its own line under the byline ("By Maria Lindgren" / "Political editor") is that
writer's office, as "By Maria Lindgren, Political editor" on one line is; a place or a sentence there is not."""
import pytest

from tests.conftest import person_key


def titles_of(facts, surname):
    key = person_key(facts, surname)
    return {o.title for o in facts.offices if o.person == key and not o.former}


@pytest.mark.parametrize("text, surname, title", [
    ("Talks end in Oslo\n\nBy Maria Lindgren\nPolitical editor\n\nThe talks ended on Monday without a deal.",
     "Lindgren", "Political editor"),
    ("Harbour strike spreads\n\nTomas Reyes\nChief Europe Correspondent\n\nDock workers walked out on Friday.",
     "Reyes", "Chief Europe Correspondent"),
    ("Budget passes\n\nBy Peter Hansen\nEconomics reporter\n\nLawmakers approved the budget late on Tuesday.",
     "Hansen", "Economics reporter"),
    ("Budget passes\n\nBy Peter Hansen, economics reporter\n\nLawmakers approved the budget late on Tuesday.",
     "Hansen", "economics reporter"),
])
def test_post_under_the_byline(extract, text, surname, title):
    assert titles_of(extract(text), surname) == {title}


def test_place_under_the_byline_is_no_office(extract):
    facts = extract("Talks end in Oslo\n\nBy Maria Lindgren\nOslo\n\nThe talks ended on Monday without a deal.")
    assert titles_of(facts, "Lindgren") == set()
