"""Word lists the rules lean on, loaded from the data files in `extract/lexicons/`.

One file per linguistic class (meeting verbs, reporting verbs, title heads, ...), each starting with
a comment that says what the class means. Everything in them is general English or general world
knowledge (countries, demonyms, capitals, seats of government), never words taken from particular
articles. Add a wording by adding a line to its file; the rules read the names below.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from newsgraph.extract.text import strip_leading_the

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


def _lines(name: str, directory: Path | None = None) -> list[str]:
    path = (directory or LEXICON_DIR) / f"{name}.txt"
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@lru_cache(maxsize=None)
def word_set(name: str, directory: Path | None = None) -> frozenset[str]:
    """The entries of a one-entry-per-line lexicon file (`extract/lexicons/<name>.txt`)."""
    return frozenset(_lines(name, directory))


@lru_cache(maxsize=None)
def word_map(name: str, directory: Path | None = None) -> dict[str, list[str]]:
    """A `key = value | value` lexicon file as a dict of lists (an empty value gives an empty list)."""
    entries: dict[str, list[str]] = {}
    for line in _lines(name, directory):
        key, sep, value = line.partition(" = ") if " = " in line else line.partition("=")
        if not sep:
            raise ValueError(f"{name}.txt: expected 'key = value', got {line!r}")
        entries[key.strip()] = [v.strip() for v in value.split("|") if v.strip()]
    return entries


def _single(name: str) -> dict[str, str | None]:
    return {key: (values[0] if values else None) for key, values in word_map(name).items()}


_COUNTRY_FORMS: dict[str, list[str]] = word_map("country_forms")
CITY_FORMS: frozenset[str] = word_set("city_forms")


def _normalise_key(text: str) -> str:
    text = strip_leading_the(text.replace("\u2019", "'").strip())
    if text.endswith("'s"):
        text = text[:-2]
    return text.lower()


COUNTRY_BY_FORM: dict[str, str] = {}
for _country, _forms in _COUNTRY_FORMS.items():
    COUNTRY_BY_FORM[_normalise_key(_country)] = _country
    for _form in _forms:
        COUNTRY_BY_FORM[_normalise_key(_form)] = _country
COUNTRIES: frozenset[str] = frozenset(_COUNTRY_FORMS)


def country_for(text: str) -> str | None:
    """The country a name, demonym, capital or seat of government stands for ("Ukrainian" -> "Ukraine")."""
    return COUNTRY_BY_FORM.get(_normalise_key(text))


# International organisations whose acronyms and long names should be one node
ORG_ALIASES: dict[str, str] = {k: v for k, v in _single("org_aliases").items() if v}

TITLE_HEADS = word_set("title_heads")
LEADER_TITLES = word_set("leader_titles")
WEAK_TITLE_HEADS = word_set("weak_title_heads")
TITLE_MODIFIERS = word_set("title_modifiers")
FORMER_WORDS = word_set("former_words")
HONORIFICS: dict[str, str | None] = _single("honorifics")
TITLE_EXPANSIONS: dict[str, str] = {k: v for k, v in _single("title_expansions").items() if v}

MALE_WORDS = word_set("male_pronouns")
FEMALE_WORDS = word_set("female_pronouns")
PERSONAL_PRONOUNS: frozenset[str] = MALE_WORDS | FEMALE_WORDS
FIRST_PERSON = word_set("first_person")

REPORTING_VERBS = word_set("reporting_verbs")
INDIRECT_VERBS = word_set("indirect_verbs")

MEETING_VERBS = word_set("meeting_verbs")
MEETING_NOUNS = word_set("meeting_nouns")
WITH_MEETING_VERBS = word_set("with_meeting_verbs")
LIGHT_MEETING_NOUNS = word_set("light_meeting_nouns")
BUILDING_HEADS = word_set("building_heads")
MEDIATOR_NOUNS = word_set("mediator_nouns")
LIGHT_VERBS = word_set("light_verbs")
DECLINE_VERBS = word_set("decline_verbs")
PROPOSAL_VERBS = word_set("proposal_verbs")
WISH_VERBS = word_set("wish_verbs")
PROPOSAL_NOUNS = word_set("proposal_nouns")
CANCEL_VERBS = word_set("cancel_verbs")
SCHEDULE_WORDS = word_set("schedule_words")
HYPOTHETICAL_MARKERS = word_set("hypothetical_markers")
ADJUNCT_PREPS = word_set("adjunct_preps")
PLACE_GENERIC_HEADS = word_set("place_generic_heads")
PLACE_NOUNS = word_set("place_nouns")
PLURAL_ANAPHORS = word_set("plural_anaphors")

DELEGATION_NOUNS = word_set("delegation_nouns")
DELEGATION_CUES = word_set("delegation_cues")
SPEAKING_BODIES = word_set("speaking_bodies")

NON_PERSON_HEADS = word_set("non_person_heads")
OCCUPATIONS = word_set("occupations")
PEOPLE_NOUNS = word_set("people_nouns")
GENDERED_TITLES: dict[str, str | None] = _single("gendered_titles")
KINSHIP_NOUNS = word_set("kinship_nouns")
NON_PERSON_CLASSIFIERS = word_set("non_person_classifiers")
