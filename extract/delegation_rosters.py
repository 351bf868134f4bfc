"""Delegation rosters, as press releases set them out: a group noun, a colon, then the members with
their titles, often one line per side and the head marked in brackets:

    - Korean delegation: Vice Minister A (head of delegation); Director-General B; and Ambassador C.
    The Peruvian delegation: Minister D (head), Ambassador E and Director F.

Every person named on the line is a member (not a possessor: "the minister's adviser"); the one
followed by a bracket holding a word of `roster_head_words.txt` heads the delegation.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import PeopleIndex

__all__ = ["roster_members"]


def _line_end(doc: Doc, start: int) -> int:
    """The first token at or after `start` that ends the line (a newline, or the end of the text)."""
    k = start
    while k < len(doc) and "\n" not in doc[k].text:
        k += 1
    return k


def _marked_head(doc: Doc, end: int, stop: int) -> bool:
    """A bracket right after the name holds a head word: "(head of delegation)", "(head)"."""
    if end >= stop or doc[end].text != "(":
        return False
    close = next((k for k in range(end + 1, min(end + 8, stop)) if doc[k].text == ")"), None)
    return close is not None and any(t.lower_ in lex().roster_head_words for t in doc[end + 1:close])


def roster_members(doc: Doc, people: PeopleIndex, refs: dict[int, str]) -> list[tuple[str, list[str], str | None]]:
    """(delegation key, members in order, head or None) for each roster line."""
    out = []
    for i, key in sorted(refs.items()):
        if i + 1 >= len(doc) or doc[i + 1].text != ":":
            continue
        stop = _line_end(doc, i + 2)
        members: list[str] = []
        head = None
        k = i + 2
        while k < stop:
            mention = people.mention_at(k)
            if mention is None or mention.kind != "name" or mention.start != k:
                k += 1
                continue
            possessor = mention.end < len(doc) and doc[mention.end].tag_ == "POS"
            if not possessor and mention.person not in members:
                members.append(mention.person)
                if head is None and _marked_head(doc, mention.end, stop):
                    head = mention.person
            k = mention.end
        if members:
            out.append((key, members, head))
    return out
