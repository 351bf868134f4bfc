"""Predeclared prefixes for SPARQL sent over HTTP, as the CLI has them.

A query that uses `schema:` or `ng:` without declaring them gets the project's namespaces put in
front; a query that uses a prefix nobody declared is refused with a message naming it, instead of
the parser's long list of expected characters (or, worse, a guessed namespace that matches nothing).
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsgraph.graph.namespace import PREFIXES

# strings, IRIs and comments first, so that a colon inside them is not taken for a prefixed name
_TOKEN = re.compile(
    r'(?P<comment>\#[^\n]*)'
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')'
    r'|(?P<iri><[^<>"{}|^`\\\s]*>)'
    r'|(?P<declare>(?i:PREFIX)\s+(?P<declared>[A-Za-z][\w.\-]*)?:)'
    r'|(?P<var>[?$][\w]+)|(?P<bnode>_:[\w.\-]*)'
    r'|(?P<pname>(?P<used>[A-Za-z][\w.\-]*)?:(?:[\w.\-:%]|\\.)*)'
    r'|(?P<word>[\w\-]+)'
    r'|(?P<other>\S)', re.S)


class UnknownPrefix(ValueError):
    """A prefixed name whose prefix is neither declared in the query nor predeclared."""


def prefixes_in(text: str) -> tuple[set[str], list[str]]:
    """(prefixes the text declares, prefixes it uses in order of first use; "" is the empty prefix)."""
    declared, used = _prefixes_in(text)
    return set(declared), list(used)


@lru_cache(maxsize=1024)
def _prefixes_in(text: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """`prefixes_in`, kept for texts seen again (a client repeating its query). Each token's kind is
    its `lastgroup` (the outer named group, closed last), one look per token rather than a `group()`
    call per kind: this scan was ~30-70 us of a ~1 ms `/sparql` who-met answer (issue 9)."""
    declared: set[str] = set()
    used: dict[str, None] = {}
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "declare":
            declared.add(m.group("declared") or "")
        elif kind == "pname":
            used.setdefault(m.group("used") or "")
    return frozenset(declared), tuple(used)


def with_prefixes(text: str, predeclared: dict[str, str] = PREFIXES) -> str:
    """The query with PREFIX lines for the predeclared namespaces it uses but does not declare.

    Raises
    ------
    UnknownPrefix
        When it uses a prefix that is neither declared nor predeclared.
    """
    declared, used = _prefixes_in(text)
    missing = [p for p in used if p not in declared]
    unknown = [p for p in missing if p not in predeclared]
    if unknown:
        known = ", ".join(f"{p}:" for p in predeclared)
        raise UnknownPrefix(f"unknown prefix '{unknown[0]}:' - declare it (PREFIX {unknown[0]}: <...>) "
                            f"or use one of the predeclared prefixes: {known}")
    head = "".join(f"PREFIX {p}: <{predeclared[p]}>\n" for p in missing)
    return head + text
