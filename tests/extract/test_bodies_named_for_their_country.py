"""A body named with its country last ("Meat Processors Ireland", "Fishing Industry Norway", "Tourism
Ireland") speaks as that body: NER reads such names as the country, a person or nothing. A place ("Northern
Ireland"), a country of several words ("New Zealand") and a person ("Kevin Ireland") stay what they are."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, body", [
    ('Meat Processors Ireland issued a statement on Friday saying it would join the talks "without conditions". '
     '"Whole towns depend on these plants," the statement added.', "Whole towns depend", "Meat Processors Ireland"),
    ('Fishing Industry Norway said on Monday that the quota cut was "a disaster for the coast".',
     "a disaster for the coast", "Fishing Industry Norway"),
    ('Grain Traders Ireland warned that prices could double. "We cannot absorb this," the group said.',
     "cannot absorb this", "Grain Traders Ireland"),
    ('Tourism Ireland said visitor numbers were "at a record high".', "at a record high", "Tourism Ireland"),
])
def test_a_body_named_for_its_country_speaks(extract, text, words, body):
    assert speaker_of(extract(text), words) == body


@pytest.mark.parametrize("text, words, speaker", [
    ('Northern Ireland\'s first minister met Kevin Ireland on Monday. "We are ready," Kevin Ireland said.',
     "We are ready", "Kevin Ireland"),
    ('New Zealand said it would "never accept" the plan.', "never accept", "New Zealand"),
])
def test_places_countries_and_people_are_not_bodies(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker
