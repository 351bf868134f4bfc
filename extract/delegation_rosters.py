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

__all__ = ["block_members", "roster_members"]


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


_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def _dash_end(doc: Doc, start: int) -> int | None:
    """ "The delegation - A, B and C - landed": the closing dash of a list set off by dashes, within the
    sentence (None when the dashes do not close)."""
    end = doc[start].sent.end if start < len(doc) else start
    return next((k for k in range(start, min(end, start + 60)) if doc[k].text in _DASHES and doc[k].whitespace_
                 and doc[k - 1].whitespace_), None)


_BULLETS = frozenset({"-", "*", "\u2022", "\u2013", "\u2014", "\u00b7"})


def _opens_item(doc: Doc, k: int) -> bool:
    """Token k opens a bulleted or numbered line ("- Hon. A, Minister ...", "2. B, Governor ...")."""
    return k < len(doc) and (doc[k].text in _BULLETS or (doc[k].like_num and k + 1 < len(doc) and doc[k + 1].text in {".", ")"}))


def _next_line(doc: Doc, k: int) -> int:
    """The first token of the next line that holds words (past the newline tokens)."""
    k = _line_end(doc, k)
    while k < len(doc) and doc[k].is_space:
        k += 1
    return k


def block_members(doc: Doc, colon: int, people: PeopleIndex) -> list[str]:
    """ "The delegation comprises:" with the members on the bulleted lines below: the first person named
    on each line (each line's title is that person's), as long as the lines are list items."""
    if colon >= len(doc) or doc[colon].text != ":" or _line_end(doc, colon + 1) != colon + 1:
        return []  # the list must start on the next line
    members: list[str] = []
    k = _next_line(doc, colon + 1)
    while _opens_item(doc, k):
        stop = _line_end(doc, k)
        first = next((m for j in range(k, stop) if (m := people.mention_at(j)) is not None and m.kind == "name"
                      and m.start == j and not (m.end < len(doc) and doc[m.end].tag_ == "POS")), None)
        if first is not None and first.person not in members:
            members.append(first.person)
        k = _next_line(doc, stop)
    return members


def roster_members(doc: Doc, people: PeopleIndex, refs: dict[int, str]) -> list[tuple[str, list[str], str | None]]:
    """(delegation key, members in order, head or None) for each roster line, and each list set off by
    dashes right after the group noun."""
    out = []
    for i, key in sorted(refs.items()):
        dashed = i + 2 < len(doc) and doc[i + 1].text in _DASHES and doc[i].whitespace_ and doc[i + 1].whitespace_
        if i + 1 >= len(doc) or (doc[i + 1].text != ":" and not dashed):
            continue
        if not dashed and _line_end(doc, i + 2) == i + 2:
            members = block_members(doc, i + 1, people)  # "Ghanaian delegation:" and a bulleted list below
            if members:
                out.append((key, members, None))
            continue
        stop = (_dash_end(doc, i + 2) if dashed else None) or _line_end(doc, i + 2)
        if dashed and stop == _line_end(doc, i + 2):
            continue  # an open dash: what follows is the sentence going on, not a list
        sentence_end = doc[i + 1].sent.end
        if sentence_end < stop and doc[sentence_end - 1].text == ".":
            stop = sentence_end  # "arrived with a small team: A and B. The talks, which included C, ...": prose goes on
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
