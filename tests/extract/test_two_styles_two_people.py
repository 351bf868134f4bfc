"""A description in lower case before "and" and a capitalised title on the name are written in two styles, so
they are two people ("between the Chilean deputy prime minister and Acme Director General X"); one person's
offices are written alike ("Deputy Prime Minister and Foreign Minister X", "his aide and former minister X")."""
import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, wrong", [
    ("A meeting between the Chilean deputy prime minister and Acme Director General Ivan Petrov, planned for "
     "Friday, was cancelled.", "deputy prime minister"),
    ("The talks brought together the defence minister and Army Chief General Ivan Petrov.", "defence minister"),
    ("Talks between the visiting foreign minister and Interior Minister Ivan Petrov ended on Monday.",
     "foreign minister"),
])
def test_a_lower_case_description_before_and_is_someone_else(extract, text, wrong):
    titles = {title for surname, title, _ in offices_by_surname(extract(text)) if surname == "Petrov"}
    assert titles and wrong not in titles


@pytest.mark.parametrize("text, both", [
    ("Deputy Prime Minister and Foreign Minister Ivan Petrov met the envoy.", {"deputy prime minister", "foreign minister"}),
    ("His aide and former culture minister Ivan Petrov spoke.", {"aide", "culture minister"}),
])
def test_one_persons_offices_written_alike_stay_together(extract, text, both):
    titles = {title for surname, title, _ in offices_by_surname(extract(text)) if surname == "Petrov"}
    assert both <= titles
