"""Those who run one meeting together: "the talks were co-chaired by A and B", "a session on Friday,
to be co-chaired by A and B", "at a meeting co-hosted by B", "A co-chaired the forum with B"
(`joint_chair_verbs.txt`). Read along the surface: the parser splits "co-chaired" into three tokens
and hangs them anywhere, so the verb is found by its words and the people by the list after "by" or
"with" (and before the verb in the active voice).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.lexicon import lex
from newsgraph.extract.participants import listed_people, people_before, sentence_end
from newsgraph.extract.people import PeopleIndex

__all__ = ["co_chairs"]

# words that may stand between a meeting noun and the joint verb that runs it: "the talks themselves
# were co-chaired", "a session ..., to be co-hosted", "the meeting, which will be co-chaired"
_BETWEEN = frozenset({",", "to", "be", "been", "being", "was", "were", "is", "are", "will", "would", "shall",
                      "themselves", "itself", "also", "jointly", "which", "that"})
# words between the joint verb and the meeting noun it has as object: "co-chaired the first round of"
_OBJECT_WORDS = frozenset({"the", "a", "an", "its", "their", "this", "first", "second", "third", "inaugural",
                           "latest", "next", "final", "opening", "closing", "joint", "annual", "round", "of"})


def _joint_unit(doc: Doc, i: int) -> tuple[int, int] | None:
    """The token range of a joint chairing verb starting at token `i` ("co-chaired", or "co", "-",
    "chaired" as the tokenizer may split it), or None."""
    tok = doc[i]
    if i + 2 < len(doc) and tok.lower_ == "co" and doc[i + 1].text == "-":
        word, end = "co-" + doc[i + 2].lemma_.lower(), i + 3
        if not word.startswith("co-chair"):  # "co-hosted" may lemmatise as "co-host" or "hosted"
            word = "co-" + doc[i + 2].lower_
    elif tok.lower_.startswith(("co-", "cochair", "cohost")):
        word, end = tok.lemma_.lower(), i + 1
    else:
        return None
    verbs = lex().joint_chair_verbs
    if any(word == v or (word.startswith(v) and word[len(v):] in {"s", "ed", "d", "ing"}) for v in verbs):
        return i, end
    return None


def _units_after(noun: Token, most: int = 12) -> tuple[int, int] | None:
    """The joint verb that runs a meeting noun told before it ("the talks were co-chaired", "a session
    of the commission on Friday, to be co-chaired"): only the noun's own words, dates and the
    auxiliaries of a passive or relative may stand between."""
    doc = noun.doc
    subtree = {t.i for t in noun.subtree}
    stop = min(len(doc), noun.i + most, sentence_end(noun))
    for i in range(noun.i + 1, stop):
        unit = _joint_unit(doc, i)
        if unit is not None:
            return unit
        tok = doc[i]
        if not (i in subtree or tok.lower_ in _BETWEEN or tok.ent_type_ in {"DATE", "TIME"}
                or (tok.lower_ in {"on", "at", "in"} and i + 1 < len(doc) and doc[i + 1].ent_type_ in {"DATE", "TIME"})):
            return None
    return None


def _unit_before(noun: Token, most: int = 14) -> tuple[int, int] | None:
    """The joint verb a meeting noun is the object of ("co-chaired the first round of talks", "to
    co-chair, with B, the first session"): object words, or a with-phrase set off by commas, between."""
    doc = noun.doc
    i = noun.i - 1
    while i >= max(noun.sent.start, noun.i - most):
        for start in (i - 2, i):  # "co - chaired" ends at i, or "co-chaired" is token i
            unit = _joint_unit(doc, start) if start >= 0 else None
            if unit is not None and unit[1] == i + 1:
                return unit
        tok = doc[i]
        if not (tok.lower_ in _OBJECT_WORDS or tok.text == "," or tok.lower_ == "with" or tok.pos_ == "PROPN"
                or tok.lower_ in lex().title_heads):
            return None
        i -= 1
    return None


def _subject_of_infinitive(doc: Doc, start: int, people: PeopleIndex) -> list[str]:
    """ "A will travel to Oslo to co-chair ...": the person named first in the sentence, before any verb,
    does what the infinitive says."""
    for tok in doc[doc[start].sent.start:start]:
        mention = people.mention_at(tok.i)
        if mention is not None and mention.kind == "name":
            return [mention.person]
        if tok.pos_ in {"VERB", "AUX"}:
            return []
    return []


_CLAUSE_ENDS = frozenset({";", ":", "(", "\u2014", "who", "whom", "which", "where", "while", "when", "after", "before"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _named_in_list(doc: Doc, start: int, end: int, people: PeopleIndex) -> list[str]:
    """Keys of the people named in the list from token `start` up to the end of its clause ("by A and
    the bank's secretary, B"): each name not a possessor ("A's deputy"), until a finite verb, a
    relative word or a clause mark."""
    out: list[str] = []
    i = start
    while i < end:
        tok = doc[i]
        if tok.lower_ in _CLAUSE_ENDS or (tok.tag_ in _FINITE and tok.pos_ in {"VERB", "AUX"}):
            break
        mention = people.mention_at(i)
        if mention is not None and mention.kind == "name":
            if not (mention.end < len(doc) and doc[mention.end].tag_ == "POS") and mention.person not in out:
                out.append(mention.person)
            i = max(mention.end, i + 1)
            continue
        i += 1
    return out


def co_chairs(noun: Token, people: PeopleIndex) -> list[str]:
    """Keys of the people who run a meeting noun together: after "by" in the passive ("the talks were
    co-chaired by A and B"), before the verb and after its "with" in the active ("A co-chaired the
    forum with B", "A and B co-hosted the talks"). Empty for a noun no joint verb runs."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return []
    doc = noun.doc
    end = sentence_end(noun)
    unit = _units_after(noun)
    if unit is not None:
        after = unit[1]
        if after < len(doc) and doc[after].lower_ == "by":
            return _named_in_list(doc, after + 1, end, people)
        return []
    unit = _unit_before(noun)
    if unit is None:
        return []
    before = unit[0] - 1
    out = _subject_of_infinitive(doc, unit[0], people) if before >= 0 and doc[before].lower_ == "to" \
        else people_before(doc, unit[0], people)
    with_at = next((t.i for t in doc[unit[1]:min(end, noun.i + 2)] if t.lower_ == "with"), None)
    if with_at is not None:  # "co-chaired the session with B", "to co-chair, with B, the session"
        out += listed_people(doc, with_at + 1, people, end=end)
    return list(dict.fromkeys(out))
