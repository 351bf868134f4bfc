"""Organisations that speak: a bare "the ministry" / "the statement" names the body introduced before."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    # a ministry named in full, then by its head noun
    ("Poland's Interior Ministry said the border would reopen. \"The crossing opens at noon on Monday,\" "
     "the ministry said.", "The crossing opens", "Poland|Interior Ministry"),
    ("The Ministry of Health announced new rules on Friday. \"Masks are no longer required in schools,\" "
     "the ministry added.", "Masks are no longer", "Ministry of Health"),
    ("\"No staff were hurt,\" the embassy said after the U.S. Embassy in Quito reported a break-in on Sunday.",
     "No staff were hurt", None),  # the full name comes after: nothing before it to refer to
])
def test_a_bare_body_noun_is_the_body_named_before(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("The Red Cross issued a statement on Tuesday. \"Our convoy reached the valley before dawn,\" "
     "the statement said.", "Our convoy reached", "Red Cross"),
    ("A statement from the European Commission was published late on Monday. \"The talks will resume "
     "in June,\" the statement read.", "The talks will resume", "European Commission"),
    ("The European Commission said in a statement that the fund was ready. \"Payments start next week,\" "
     "the statement added.", "Payments start next week", "European Commission"),
    ("Prime Minister Ola Hansen's office released a statement after midnight. \"The envoy has been "
     "called home for consultations,\" the statement said.", "The envoy has been called", "Prime Minister Ola Hansen's office"),
])
def test_the_statement_speaks_for_whoever_issued_it(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text", [
    "\"The fees will double next year,\" the ministry said.",
    "Talks ended late. \"Nothing was agreed,\" the statement said.",
    "The army and the police were deployed. \"The roads are closed,\" the ministry said.",
])
def test_a_bare_body_noun_with_nothing_before_it_names_nobody(extract, text):
    assert extract(text).statements == []
