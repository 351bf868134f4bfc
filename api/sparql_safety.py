"""What user SPARQL may not do here, decided on the parsed query rather than on keywords in the text.

Two checks, both must pass:

1. **The algebra.** The query or update is parsed and translated with rdflib's SPARQL 1.1 parser;
   a `SERVICE` pattern anywhere in the algebra (also inside `EXISTS`, sub-queries, `OPTIONAL`,
   `MINUS`, update `WHERE` clauses) or a `LOAD` operation is refused.
2. **The lexer.** rdflib and Oxigraph do not lex every text alike (rdflib expands `\\u` escapes
   before parsing, Oxigraph does not; rdflib reads `ex:a\\#b` as a name followed by a comment,
   Oxigraph as one name). So the text is also lexed the way Oxigraph lexes it
   (`sparql_text.keywords`), and a `SERVICE` or `LOAD` keyword found there is refused too, also
   when rdflib cannot parse the text at all (Oxigraph extensions). A word inside a string, an IRI,
   a variable or a prefixed name is never a keyword, so `"public service"` or `?service` pass.

Parsing with rdflib costs tens of milliseconds (about 45 ms for a short who-met query), far more
than answering the query; so the algebra is only built for a text in which the keyword can be
read at all (`_might_name`): its letters, in any case, in the text as written (Oxigraph's reading)
or with `\\u` escapes expanded (rdflib's). A text without them has no SERVICE for either parser
to find, so skipping the parse changes no verdict.

Both run in a query worker process (see `query_runner`), so a parser that recurses too deep or
takes too long costs a worker, never the server. Before any of it, `nesting_depth` (a linear scan)
refuses texts nested deeper than `MAX_DEPTH`: Oxigraph's recursive parser overflows its stack
(segmentation fault) on a few thousand nested groups, and updates are parsed in the server process.
"""
from __future__ import annotations

import sys
from typing import Any, Iterable, Iterator

from newsgraph.api.sparql_text import nesting_depth, uses_keyword

MAX_DEPTH = 64


class Refused(Exception):
    """A request this server will not run: `status` is the HTTP status (400 or 403)."""

    def __init__(self, status: int, detail: str):
        super().__init__(detail)
        self.status = status
        self.detail = detail


def check_depth(text: str, max_depth: int = MAX_DEPTH) -> None:
    """Refuse a text nested deeper than `max_depth`. The lexer runs only when the text has more
    opening brackets than that (the depth cannot exceed their count, strings' included): it costs
    ~50 us on a 360-character who-met query, run in the server and again in the worker."""
    if text.count("{") + text.count("(") + text.count("[") <= max_depth:
        return
    depth = nesting_depth(text)
    if depth > max_depth:
        raise Refused(400, f"the request nests groups and brackets {depth} deep; at most {max_depth} are allowed")


def algebra_nodes(root: Any) -> Iterator[Any]:
    """Every node under an rdflib algebra's root (patterns, sub-queries, expressions, EXISTS inside
    them), each once, iteratively: a deeply nested query cannot exhaust the stack."""
    stack, seen = [root], set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set)):
            stack.extend(item)


def _walk(node: Any) -> Iterable[str]:
    """The names of every rdflib CompValue under `node` (algebra and expressions)."""
    for item in algebra_nodes(node):
        name = getattr(item, "name", None)
        if isinstance(name, str):
            yield name


def _algebra_query(text: str, prefixes: dict[str, str] | None):
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery
    return translateQuery(parseQuery(text), initNs=prefixes or {}).algebra


def _algebra_update(text: str, prefixes: dict[str, str] | None):
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate
    return translateUpdate(parseUpdate(text), initNs=prefixes or {}).algebra


def _algebra_names(parse, text: str, prefixes: dict[str, str] | None) -> set[str] | None:
    """Names in the algebra, or None when rdflib cannot parse the text (Oxigraph then judges it)."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 20_000))  # pyparsing recurses ~30 frames per nesting level
    try:
        return set(_walk(parse(text, prefixes)))
    except RecursionError:
        raise Refused(400, "the request is nested too deeply to be checked") from None
    except Exception:  # noqa: BLE001 - any rdflib parse/translate failure: the lexer check still applies
        return None
    finally:
        sys.setrecursionlimit(limit)


def _might_name(text: str, keyword: str) -> bool:
    """Whether either parser could read `keyword` in the text: rdflib expands `\\u` escapes first
    and matches keywords with `str.upper()` (which also folds a few non-ASCII letters, so the test
    is on the upper-cased text); Oxigraph matches the text as written, ASCII case-insensitively."""
    from rdflib.plugins.sparql.parser import expandUnicodeEscapes

    if keyword in text.upper():
        return True
    try:
        return keyword in expandUnicodeEscapes(text).upper()
    except ValueError:  # an escape rdflib cannot read: let the full check judge it
        return True


def check_query(text: str, *, allow_service: bool = False, prefixes: dict[str, str] | None = None) -> None:
    """Raise Refused when the query may not run here."""
    check_depth(text)
    if allow_service or not _might_name(text, "SERVICE"):
        return
    names = _algebra_names(_algebra_query, text, prefixes)
    if (names and "ServiceGraphPattern" in names) or uses_keyword(text, "SERVICE"):
        raise Refused(403, "federated SERVICE queries are disabled on this server (NEWSGRAPH_ALLOW_SERVICE)")


def check_update(text: str, *, allow_service: bool = False, prefixes: dict[str, str] | None = None) -> None:
    """Raise Refused when the update may not run here: LOAD always (it makes the server fetch a URL,
    file: and loopback ones included), SERVICE unless federation is allowed."""
    check_depth(text)
    names = _algebra_names(_algebra_update, text, prefixes) or set()
    if "Load" in names or uses_keyword(text, "LOAD"):
        raise Refused(403, "LOAD is disabled on this server: it would make the server fetch a URL; "
                           "POST the data to /articles or as INSERT DATA instead")
    if not allow_service and ("ServiceGraphPattern" in names or uses_keyword(text, "SERVICE")):
        raise Refused(403, "SERVICE inside updates is disabled on this server (NEWSGRAPH_ALLOW_SERVICE)")
