"""The name a country goes by in one article: the canonical name (`country_forms.txt`) unless the
article writes the country only by another name ("Türkiye", "the Republic of Korea", "the Kingdom
of Saudi Arabia").

The country's node keeps its canonical IRI (one node across articles); the mapping names it, in
each article's graph, as that article writes it and gives the canonical name as its preferred label,
so a reader who takes names from the article (the delegation "of Türkiye") finds them, and every
spelling ends up as a name of the one node in a merged store.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from newsgraph.extract.lexicon import Lexicons, lex

__all__ = ["written_country_names"]


@lru_cache(maxsize=4096)
def _pattern(names: tuple[str, ...], openings: tuple[str, ...]) -> re.Pattern[str]:
    """A name of the country, after an optional opening of its long form ("Kingdom of")."""
    opening = "|".join(re.escape(o) for o in sorted(openings, key=len, reverse=True))
    name = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # (not inside a longer proper name: "Vatican News", "Kenya Airways" write no country)
    return re.compile(rf"(?<![\w-])(?:(?i:{opening}) (?:the )?)?(?:{name})(?![\w-])(?! [A-Z][a-z])")


def _written_name(text: str, country: str, lexicons: Lexicons) -> str:
    """The name `text` writes `country` by: the canonical one when it is written on its own at
    least once (or no name is written at all: only "Turkish", "Ankara"), else the other name
    written most often (the first of equals)."""
    names = (country, *lexicons.country_names.get(country, ()))
    found = Counter(m.group() for m in _pattern(names, tuple(sorted(lexicons.country_long_forms))).finditer(text))
    if not found or country in found:
        return country
    return max(found, key=lambda form: (found[form], -text.find(form)))


def written_country_names(text: str, countries: Iterable[str]) -> dict[str, str]:
    """country -> the name `text` writes it by, for the countries written otherwise than by their
    canonical name. One regular-expression scan of the text per country the facts hold."""
    lexicons = lex()
    out = {}
    for country in countries:
        written = _written_name(text, country, lexicons)
        if written != country:
            out[country] = written
    return out
