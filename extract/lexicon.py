"""Word lists the rules lean on: data files in `extract/lexicons/`, loaded when a component is made.

One file per linguistic class (meeting verbs, reporting verbs, title heads, ...), each starting with
a comment that says what the class means. Everything in them is general English or general world
knowledge (countries, demonyms, capitals, seats of government), never words taken from particular
articles. Add a wording by adding a line to its file.

Nothing is read at import. Each extraction component loads a `Lexicons` from its config when the
pipeline is built (the packaged files, with any list replaced by a file of the user's or by the
words themselves), and binds it while it annotates a Doc; the rules read the lists through `lex()`.
So one component can run with a different word list than the rest:

    nlp.add_pipe("ng_meetings", config={"lexicons": {"meeting_verbs": ["meet", "confer"]}})

Outside a component (a rule called directly, a test), `lex()` is the packaged lists.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Union

from newsgraph.extract.text import strip_leading_the, without_accents

__all__ = ["LEXICON_DIR", "Lexicons", "LexiconSource", "LexiconOverrides", "lex", "load_lexicons", "lexicon_names",
           "resolve_overrides", "overrides_digest", "using", "word_map", "word_set"]

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"

# A list given in a component's config: a path to a file in the lexicon format, or its lines.
LexiconSource = Union[str, Sequence[str]]

# The `key = value | value` files: "list" keeps every value, "single" the first (or None).
_MAPS = {"country_forms": "list", "country_names": "list", "org_aliases": "single", "honorifics": "single",
         "title_expansions": "single", "gendered_titles": "single", "office_verbs": "single",
         "counterpart_titles": "single", "title_paraphrases": "single", "group_counts": "single",
         "day_offsets": "single", "offset_units": "single", "plural_title_abbreviations": "single",
         "generic_office_words": "list", "gendered_name_parts": "single", "inner_styles": "list",
         "opening_styles": "list", "gendered_group_nouns": "single",
         "same_title_countries": "list", "joint_lead_forms": "single"}


def _clean(lines: Sequence[str]) -> list[str]:
    stripped = (line.strip() for line in lines)
    return [line for line in stripped if line and not line.startswith("#")]


def _file_lines(path: Path) -> list[str]:
    return _clean(path.read_text(encoding="utf-8").splitlines())


def _parse_map(name: str, lines: Sequence[str]) -> dict[str, list[str]]:
    entries: dict[str, list[str]] = {}
    for line in lines:
        key, sep, value = line.partition(" = ") if " = " in line else line.partition("=")
        if not sep:
            raise ValueError(f"{name}.txt: expected 'key = value', got {line!r}")
        entries[key.strip()] = [v.strip() for v in value.split("|") if v.strip()]
    return entries


@lru_cache(maxsize=None)
def word_set(name: str, directory: Path | None = None) -> frozenset[str]:
    """The entries of a one-entry-per-line lexicon file (`<directory>/<name>.txt`)."""
    return frozenset(_file_lines((directory or LEXICON_DIR) / f"{name}.txt"))


@lru_cache(maxsize=None)
def word_map(name: str, directory: Path | None = None) -> dict[str, list[str]]:
    """A `key = value | value` lexicon file as a dict of lists (an empty value gives an empty list)."""
    return _parse_map(name, _file_lines((directory or LEXICON_DIR) / f"{name}.txt"))


def lexicon_names() -> frozenset[str]:
    """The names of the packaged word lists (the file names without `.txt`)."""
    return frozenset(p.stem for p in LEXICON_DIR.glob("*.txt"))


def _normalise_key(text: str) -> str:
    """The lookup form of a country's name: no "the", no possessive, lower case, and no accents, so "Việt Nam"
    finds "Viet Nam" as "Türkiye" finds "Turkiye"."""
    if not text.isascii():
        text = without_accents(text)
    text = strip_leading_the(text.replace("\u2019", "'").strip())
    if text.endswith("'s"):
        text = text[:-2]
    return text.lower()


class Lexicons:
    """Every word list the rules read, as attributes named like the files (`meeting_verbs`), plus
    the lookups built from them (`country_for`, `personal_pronouns`, `countries`).

    Made by `load_lexicons`; treated as immutable (components with equal configs share one)."""

    def __init__(self, lines: Mapping[str, list[str]]):
        self.names = frozenset(lines)
        for name, entries in lines.items():
            kind = _MAPS.get(name)
            if kind is None:
                value: object = frozenset(entries)
            else:
                parsed = _parse_map(name, entries)
                value = parsed if kind == "list" else {k: (v[0] if v else None) for k, v in parsed.items()}
            setattr(self, name, value)
        # lookups built from the lists
        self.org_aliases = {k: v for k, v in self.org_aliases.items() if v}
        self.title_expansions = {k: v for k, v in self.title_expansions.items() if v}
        self.personal_pronouns = self.male_pronouns | self.female_pronouns
        self.countries = frozenset(self.country_forms)
        self.country_by_form: dict[str, str] = {}
        for country, forms in self.country_forms.items():
            self.country_by_form[_normalise_key(country)] = country
            for form in forms:
                self.country_by_form[_normalise_key(form)] = country
        for country, names in self.country_names.items():
            for name in names:
                self.country_by_form.setdefault(_normalise_key(name), country)

    def country_for(self, text: str) -> str | None:
        """The country a name, demonym, capital or seat of government stands for ("Ukrainian" -> "Ukraine"),
        also in its official long form ("the Republic of Kazakhstan": `country_long_forms.txt`)."""
        key = _normalise_key(text)
        found = self.country_by_form.get(key)
        if found is None and key.endswith("s") and len(key) > 4:
            found = self.country_by_form.get(key[:-1])  # a demonym's plural: "Sri Lankans", "New Zealanders"
        if found is None and " of " in key:
            opening, _, rest = key.partition(" of ")
            if f"{opening} of" in self.country_long_forms and rest and not rest.startswith(("the republic", "republic")):
                found = self.country_by_form.get(_normalise_key(rest))
        return found

    def two_word_country(self, first: str, second: str) -> str | None:
        """The country two words name together ("Sri Lanka", "South Sudan"), when neither names it alone
        ("the Irish" is Ireland by "Irish" alone, so no pair)."""
        found = self.country_for(f"{first} {second}")
        return found if found is not None and found not in (self.country_for(first), self.country_for(second)) else None


def _source_lines(name: str, source: LexiconSource) -> list[str]:
    if isinstance(source, (str, Path)):
        path = Path(source).expanduser()
        if not path.is_file():
            raise ValueError(f"lexicon {name!r}: no such file {str(path)!r}")
        return _file_lines(path)
    return _clean(list(source))


def _freeze(overrides: Mapping[str, LexiconSource] | None) -> tuple:
    return tuple((name, source if isinstance(source, str) else tuple(source))
                 for name, source in sorted((overrides or {}).items()))


# Word lists replaced for a whole pipeline, with every file already read: `(name, (entry, ...))`
# pairs sorted by name. Hashable (a cache key) and self-contained (it travels to a worker process or
# a Dask worker on another machine, where the user's files are not).
LexiconOverrides = tuple[tuple[str, tuple[str, ...]], ...]


def resolve_overrides(overrides: Mapping[str, LexiconSource] | LexiconOverrides | None) -> LexiconOverrides:
    """`overrides` (name -> file path or entries) checked and with its files read.

    Raises `ValueError` for an unknown list name or a missing file, so a command can refuse a bad
    `--lexicon` before it loads the spaCy model."""
    items = overrides.items() if isinstance(overrides, Mapping) else (overrides or ())
    names = lexicon_names()
    resolved = []
    for name, source in sorted(items):
        if name not in names:
            raise ValueError(f"unknown lexicon {name}; known: {', '.join(sorted(names))}")
        resolved.append((name, tuple(_source_lines(name, source))))
    return tuple(resolved)


def overrides_digest(overrides: LexiconOverrides) -> str:
    """A short fingerprint of replaced word lists ("" for none): part of the pipeline's identity, so
    articles stored with other word lists are extracted again rather than skipped as unchanged."""
    if not overrides:
        return ""
    import hashlib
    return hashlib.sha256(repr(overrides).encode("utf-8")).hexdigest()[:12]


def load_lexicons(overrides: Mapping[str, LexiconSource] | None = None) -> Lexicons:
    """The packaged word lists, with the named ones replaced (a file path, or the lines themselves).

    An unknown name raises `ValueError`, so a typo in a config never silently keeps the default.
    Equal overrides share one loaded `Lexicons`."""
    return _load(_freeze(overrides))


@lru_cache(maxsize=32)
def _load(overrides: tuple) -> Lexicons:
    names = lexicon_names()
    unknown = sorted(name for name, _ in overrides if name not in names)
    if unknown:
        raise ValueError(f"unknown lexicon {', '.join(unknown)}; known: {', '.join(sorted(names))}")
    lines = {name: _file_lines(LEXICON_DIR / f"{name}.txt") for name in names}
    for name, source in overrides:
        lines[name] = _source_lines(name, source)
    return Lexicons(lines)


_ACTIVE: ContextVar[Lexicons | None] = ContextVar("ng_lexicons", default=None)


def lex() -> Lexicons:
    """The word lists of the component now annotating a Doc, else the packaged ones."""
    return _ACTIVE.get() or load_lexicons()


@contextmanager
def using(lexicons: Lexicons) -> Iterator[Lexicons]:
    """Bind `lexicons` for the rules called inside the block (a component wraps its work in this)."""
    token = _ACTIVE.set(lexicons)
    try:
        yield lexicons
    finally:
        _ACTIVE.reset(token)
