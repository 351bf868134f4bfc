"""Two offices before two names, paired in order: "Rwanda's foreign minister and its defence minister, A
and B, flew to Nairobi", "Ghana's president and vice-president, A and B,", "the mayor and his deputy, A
and B,", "the company's chief executive and its chairman, A and B". The first office is the first
name's, the second the second's; the second, with no article of its own ("its defence minister",
"vice-president"), shares the first's country. Not inside an introductory phrase ("After talks with the
president and the premier, A and B said"). (One plural title over a list, "the Defence and Interior Ministers, A and B", is
`paired_titles.py`.)

Read along the tokens: the names set off by a comma and joined by "and", then, back from the comma, two
noun phrases joined by "and", each ending in an office word.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsgraph.extract.facts import Evidence, Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import Mention, PeopleIndex
from newsgraph.extract.preposed_titles import inside_introduction

TitleOf = Callable[[list[Token]], tuple[str, "str | None", bool, "str | None"]]

_OPENERS = frozenset({"the", "its", "his", "her", "their"})


def _title_phrase_before(doc: Doc, end: int) -> list[Token] | None:
    """The office noun phrase ending at token `end` (an office word), back to its determiner or
    possessor ("Rwanda's foreign minister", "its defence minister", "vice-president")."""
    if not (doc[end].lower_ in lex().title_heads or doc[end].lemma_.lower() in lex().title_heads):
        return None
    j = end
    while j > 0:
        tok = doc[j - 1]
        if tok.lower_ in _OPENERS:
            j -= 1
            break
        if not (tok.pos_ in {"ADJ", "NOUN", "PROPN"} or tok.tag_ == "POS" or tok.lower_ in lex().title_modifiers
                or tok.lower_ in lex().former_words or (tok.text == "-" and not tok.whitespace_)):
            break
        j -= 1
    return list(doc[j:end + 1])


def _pair(doc: Doc, first: Mention, people: PeopleIndex) -> tuple[Mention, list[Token], list[Token]] | None:
    """(second name, first office, second office) when the first name opens "T1 and T2, A and B"."""
    comma, conj = first.start - 1, first.end
    if comma < 4 or doc[comma].text != "," or conj + 1 >= len(doc) or doc[conj].lower_ != "and":
        return None
    second = people.mention_at(conj + 1)
    if second is None or second.kind != "name" or second.person == first.person or second.start != conj + 1:
        return None
    after = doc[second.end] if second.end < len(doc) else None
    if after is not None and (after.lower_ == "and" or (after.text == "," and second.end + 1 < len(doc)
                                                        and people.mention_at(second.end + 1) is not None)):
        return None  # a longer list: not two offices for two names
    latter = _title_phrase_before(doc, comma - 1)
    if latter is None or latter[0].i < 3 or doc[latter[0].i - 1].lower_ != "and":
        return None
    former = _title_phrase_before(doc, latter[0].i - 2)
    if former is None or inside_introduction(doc, former[0].i, first) or inside_introduction(doc, former[0].i, second):
        return None  # ("After talks with the president and the premier, A and B said": neither is A's or B's)
    return second, former, latter


def respective_title_offices(doc: Doc, people: PeopleIndex, title_of: TitleOf) -> list[Office]:
    """The offices of each "T1 and T2, A and B" in the article."""
    out: list[Office] = []
    for mention in people.name_mentions():
        found = _pair(doc, mention, people)
        if found is None:
            continue
        second, first_run, second_run = found
        first_title, first_country, first_past, first_org = title_of(first_run)
        second_title, second_country, second_past, second_org = title_of(second_run)
        if not first_title or not second_title:
            continue
        if second_country is None and second_org is None and second_run[0].lower_ not in {"the", "a", "an"}:
            second_country, second_org = first_country, first_org  # "Rwanda's ... and its defence minister",
            # "Ghana's president and vice-president": the first's possessor is the second's too
        evidence = Evidence.of(doc[mention.start].sent)
        for person, title, country, past, org in ((mention.person, first_title, first_country, first_past, first_org),
                                                  (second.person, second_title, second_country, second_past, second_org)):
            out.append(Office(person=person, title=title, org=org or country, org_is_country=org is None and country is not None,
                              former=past, evidence=evidence, confidence=0.7))
    return out


__all__ = ["respective_title_offices"]
