"""Dates resolved against the publication date, at the precision the text gives."""
from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.extract.dates import DateMention, DocDates, resolve_date
from newsgraph.extract.facts import PartialDate

THURSDAY = date(2025, 5, 15)


@pytest.mark.parametrize("text, future, value, precision", [
    ("Thursday", False, "2025-05-15", "day"),
    ("on Thursday", False, "2025-05-15", "day"),
    ("late Wednesday", False, "2025-05-14", "day"),
    ("early Sunday", False, "2025-05-11", "day"),
    ("Monday", True, "2025-05-19", "day"),
    ("next Thursday", False, "2025-05-22", "day"),
    ("last Thursday", False, "2025-05-08", "day"),
    ("yesterday", False, "2025-05-14", "day"),
    ("tomorrow", False, "2025-05-16", "day"),
    ("today", False, "2025-05-15", "day"),
    ("April 2022", False, "2022-04", "month"),
    ("January", False, "2025-01", "month"),
    ("December", False, "2024-12", "month"),
    ("June", True, "2025-06", "month"),
    ("earlier this month", False, "2025-05", "month"),
    ("last month", False, "2025-04", "month"),
    ("next month", False, "2025-06", "month"),
    ("2022", False, "2022", "year"),
    ("last year", False, "2024", "year"),
    ("May 15, 2025", False, "2025-05-15", "day"),
    ("15 March 2024", False, "2024-03-15", "day"),
    ("2024-02-29", False, "2024-02-29", "day"),
])
def test_resolves(text, future, value, precision):
    got = resolve_date(text, THURSDAY, future=future)
    assert got is not None and (got.value, got.precision) == (value, precision)


@pytest.mark.parametrize("text", ["last week", "recently", "three years"])
def test_no_invented_day(text):
    got = resolve_date(text, THURSDAY)
    assert got is None or got.precision != "day"


def test_weekday_without_publication_date_is_unknown():
    assert resolve_date("Thursday", None) is None
    assert resolve_date("March 2020", None).value == "2020-03"


def test_impossible_date_is_none():
    assert resolve_date("February 30, 2025", THURSDAY) is None


@pytest.mark.parametrize("text", ["last night", "late last night", "last evening"])
def test_last_night_is_the_night_before_the_story(text):
    # written the morning after or late the same evening, "last night" is the evening before publication
    assert resolve_date(text, THURSDAY, reference=date(2025, 5, 15)).value == "2025-05-14"


@pytest.mark.parametrize("text", ["tonight", "this evening"])
def test_tonight_is_the_day_of_the_story(text):
    assert resolve_date(text, THURSDAY).value == "2025-05-15"


def test_time_of_day_takes_the_narrative_day():
    assert resolve_date("in the afternoon", THURSDAY).value == "2025-05-15"
    assert resolve_date("in the afternoon", THURSDAY, reference=date(2025, 5, 14)).value == "2025-05-14"


# The ng_dates component: every date entity resolved once, on the Doc, for the rules to read.

def _doc(nlp, words, ents, sent_starts, lemmas=None, heads=None, deps=None, pos=None, published=THURSDAY):
    from newsgraph.extract.components import install_extensions
    from newsgraph.extract.facts import ArticleMeta
    install_extensions()
    doc = Doc(nlp.vocab, words=words, ents=ents, sent_starts=sent_starts, lemmas=lemmas, heads=heads,
              deps=deps, pos=pos)
    doc._.ng_meta = ArticleMeta(id="hand", published=published)
    return doc


def test_dates_component_resolves_each_date_entity_both_ways_and_tracks_the_narrative_day():
    nlp = spacy.blank("en")
    dates_pipe = nlp.add_pipe("ng_dates")
    words = ["Talks", "ended", "late", "Wednesday", ".", "They", "resumed", "in", "the", "morning", "."]
    ents = ["O", "O", "B-DATE", "I-DATE", "O", "O", "O", "O", "B-TIME", "I-TIME", "O"]
    doc = dates_pipe(_doc(nlp, words, ents, [True] + [False] * 4 + [True] + [False] * 5))
    dates = doc._.ng_dates
    wednesday, morning = doc.ents
    assert dates.resolve(wednesday).value == "2025-05-14"  # the Wednesday before publication
    assert dates.resolve(wednesday, future=True).value == "2025-05-21"  # as a plan: the next one
    assert dates.resolve(morning).value == "2025-05-14"  # the day the story is on, not the publication day
    assert dates.days == {0: date(2025, 5, 14), 5: date(2025, 5, 14)}
    assert dates.of(doc[2:3]) is None  # only whole entities are date mentions


def test_dates_component_without_a_publication_date_keeps_only_absolute_dates():
    nlp = spacy.blank("en")
    words = ["They", "met", "on", "Monday", "and", "in", "March", "2021", "."]
    ents = ["O", "O", "O", "B-DATE", "O", "O", "B-DATE", "I-DATE", "O"]
    doc = nlp.add_pipe("ng_dates")(_doc(nlp, words, ents, [True] + [False] * 8, published=None))
    monday, march = doc.ents
    assert doc._.ng_dates.resolve(monday) is None
    assert doc._.ng_dates.resolve(march).value == "2021-03"


def _meeting_doc(nlp):
    """'Nadia Brook met Omar Vale on Monday .' with a hand-set parse and entities."""
    return _doc(nlp, ["Nadia", "Brook", "met", "Omar", "Vale", "on", "Monday", "."],
                ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-DATE", "O"], [True] + [False] * 7,
                lemmas=["Nadia", "Brook", "meet", "Omar", "Vale", "on", "Monday", "."],
                heads=[1, 2, 2, 4, 2, 2, 5, 2], deps=["compound", "nsubj", "ROOT", "compound", "dobj", "prep", "pobj", "punct"],
                pos=["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"])


def _run(nlp, doc, skip=()):
    for name, component in nlp.pipeline:
        if name not in skip:
            doc = component(doc)
    return doc


def test_meetings_take_their_date_from_the_dates_component():
    from newsgraph.extract.components import add_components
    nlp = add_components(spacy.blank("en"))
    doc = _run(nlp, _meeting_doc(nlp))
    assert [m.date.value for m in doc._.ng_meetings] == ["2025-05-12"]  # the Monday before publication

    doc = _meeting_doc(nlp)  # now hand-set the dates annotation: the meeting rules read it, not the text
    monday = doc.ents[-1]
    doc._.ng_dates = DocDates(THURSDAY, mentions={monday.start: DateMention(
        monday.start, monday.end, "Monday", "DATE", past=PartialDate("2020-01-06", "day"), planned=None)})
    doc = _run(nlp, doc, skip={"ng_dates"})
    assert [m.date.value for m in doc._.ng_meetings] == ["2020-01-06"]


def test_meetings_without_the_dates_component_say_so():
    from newsgraph.extract.components import add_components
    nlp = add_components(spacy.blank("en"))
    with pytest.raises(ValueError, match="ng_dates"):
        _run(nlp, _meeting_doc(nlp), skip={"ng_dates"})
    assert "doc._.ng_dates" in nlp.analyze_pipes()["summary"]["ng_meetings"]["requires"]


@pytest.mark.parametrize("when, expected", [
    ("are due to sit down once more on Friday morning", "2025-05-16"),
    ("will meet again on Friday afternoon", "2025-05-16"),
    ("are scheduled to hold a second round on Saturday evening", "2025-05-17"),
])
def test_a_planned_weekday_with_a_time_of_day_is_the_coming_one(extract, when, expected):
    facts = extract("Trade Minister Ana Ruiz held talks with Trade Minister Tom Hale in Lima on Wednesday. "
                    f"The two ministers {when} to go through the draft.", published="2025-05-15")
    planned = [m for m in facts.meetings if m.status.value == "Scheduled"]
    assert planned and planned[0].date.value == expected, [(m.status, m.date) for m in facts.meetings]
