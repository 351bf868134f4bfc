"""Small lexical helpers over SPARQL text: find top-level keywords while skipping strings, IRIs and
comments. Used to refuse SERVICE, to see USING/WITH clauses, and to add protocol USING clauses.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# The SPARQL lexer, as Oxigraph lexes (no pre-parse \u expansion): a `#` starts a comment only outside
# strings, IRIs and prefixed names (`ex:a\#b` is one name); variables and prefixed names are single
# tokens, so `?service` or `ex:service` is never the keyword SERVICE.
_PN_CHARS = r"A-Za-z0-9_\-\u00B7\u00C0-\uFFFF"
_TOKEN = re.compile(
    r'(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\')'
    r'|(?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)'
    r'|(?P<comment>\#[^\n\r]*)'
    r'|(?P<var>[?$][' + _PN_CHARS + r']+)'
    r'|(?P<bnode>_:[' + _PN_CHARS + r'.]*)'
    r'|(?P<pname>(?:[A-Za-z\u00C0-\uFFFF][' + _PN_CHARS + r'.]*)?:(?:[' + _PN_CHARS + r':.%]|\\.)*)'
    r'|(?P<open>[{(\[])|(?P<close>[})\]])'
    r'|(?P<word>[A-Za-z_][A-Za-z0-9_]*)'
    r'|(?P<other>\S)', re.S)
_BRACES = {"{", "}"}


@dataclass(frozen=True)
class Keyword:
    word: str  # upper-cased
    start: int
    depth: int  # brace depth where it occurs


def keywords(text: str) -> list[Keyword]:
    """Bare words of a query or update with their brace depth (strings, IRIs and comments skipped)."""
    out: list[Keyword] = []
    depth = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "open" and m.group() == "{":
            depth += 1
        elif kind == "close" and m.group() == "}":
            depth = max(0, depth - 1)
        elif kind == "word":
            out.append(Keyword(m.group().upper(), m.start(), depth))
    return out


def uses_service(text: str) -> bool:
    return any(k.word == "SERVICE" for k in keywords(text))


def uses_keyword(text: str, *words: str) -> bool:
    """Whether any of these keywords occurs as a bare word (not in a string, IRI, name or comment)."""
    wanted = {w.upper() for w in words}
    return any(k.word in wanted for k in keywords(text))


def nesting_depth(text: str) -> int:
    """The deepest nesting of `{`, `(` and `[` outside strings, IRIs and comments. Cheap, and run
    before any parser sees the text: Oxigraph's recursive parser overflows the stack (and takes
    the process down) on a few thousand nested groups."""
    depth = deepest = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "open":
            depth += 1
            deepest = max(deepest, depth)
        elif kind == "close":
            depth = max(0, depth - 1)
    return deepest


def query_form(text: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first of them at the top level."""
    for k in keywords(text):
        if k.depth == 0 and k.word in {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}:
            return k.word
    return None


def has_dataset_clause(update: str) -> bool:
    """Whether an update names its own dataset with USING or WITH."""
    return any(k.depth == 0 and k.word in {"USING", "WITH"} for k in keywords(update))


def add_using(update: str, using: list[str], using_named: list[str]) -> str:
    """Insert USING / USING NAMED clauses before the WHERE of each DELETE/INSERT ... WHERE operation
    (the SPARQL 1.1 Protocol's using-graph-uri and using-named-graph-uri parameters)."""
    clause = " ".join([f"USING <{g}>" for g in using] + [f"USING NAMED <{g}>" for g in using_named]) + " "
    words = keywords(update)
    inserts: list[int] = []
    operation_is_modify = False
    previous = None
    for k in words:
        if k.depth == 0:
            if k.word in {"INSERT", "DELETE"} and previous not in {"INSERT", "DELETE"}:
                operation_is_modify = True
            elif k.word == "WHERE" and operation_is_modify and previous not in {"DELETE"}:
                inserts.append(k.start)
                operation_is_modify = False
            elif k.word in {"LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "DATA"}:
                operation_is_modify = False
            previous = k.word
    for position in reversed(inserts):
        update = update[:position] + clause + update[position:]
    return update
