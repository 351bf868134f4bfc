"""A person a news lead names by office alone: "The Premier told parliament on Monday that ... Asked about it later,
Mr Okafor would not say more". Nobody is named before the office; the first person later written as an
honorific and a surname only ("Dr X", "Mr X", "Ms X"), as one already introduced, with no office of their own,
is the one the office was about. The office becomes theirs and the description a mention of them,
so "he" after it, and "the PM said" later, are theirs too.

Only the first such description, as a clause's subject, when it is a definite singular office word ("the Prime
Minister", "the foreign minister of Chile") that no one named holds; people introduced in full in between
("the finance minister, A") are others the lead talks about.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.facts import Evidence, Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import Mention, PeopleIndex

__all__ = ["title_introductions"]


def _unnamed_title(tok: Token, people: PeopleIndex) -> Span | None:
    """ "The Prime Minister", "the foreign minister of Chile": a definite singular office description, as a
    clause's subject, that names nobody."""
    if tok.lemma_.lower() not in lex().title_heads or tok.tag_ in {"NNS", "NNPS"} or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    left = list(tok.lefts)
    if not left or left[0].lower_ != "the" or any(c.dep_ == "poss" for c in left):
        return None
    end = tok.i + 1
    for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"):
        end = max(end, max(t.i for t in prep.subtree) + 1)
    span = tok.doc[left[0].i + 1:end]
    if any(people.mention_at(t.i) or t.ent_type_ == "PERSON" for t in span):
        return None
    return span


def _introduced_by_honorific(people: PeopleIndex, mention: Mention, doc: Doc) -> bool:
    """ "Dr Okafor", "Mr Lindqvist": a surname after an honorific, as written of someone met before."""
    return (mention.kind == "name" and mention.end - mention.start == 1 and mention.start > 0
            and doc[mention.start - 1].lower_.rstrip(".") in {h.rstrip(".") for h in lex().honorifics})


def title_introductions(doc: Doc, people: PeopleIndex, offices: list[Office], countries: dict[str, str]) -> list[Office]:
    """The office of each person a lead introduces by it alone (module docstring); adds the description as a
    mention of them."""
    mentions = people.sorted_mentions()
    if not mentions:
        return []
    first_at: dict[str, Mention] = {}
    for mention in mentions:
        first_at.setdefault(mention.person, mention)
    held = {o.person for o in offices}
    titled = {o.title.lower() for o in offices}
    out: list[Office] = []
    for tok in doc[:mentions[0].start]:  # nobody named yet
        title = _unnamed_title(tok, people)
        if title is None or title.text.lower() in titled:
            continue
        later = sorted((m for m in first_at.values() if m.start > tok.i), key=lambda m: m.start)
        for mention in later:
            if mention.person in held or not _introduced_by_honorific(people, mention, doc):
                continue  # "the finance minister, A": someone else, introduced in full
            country = next((lex().country_for(t.text) for t in title if lex().country_for(t.text)), None)
            out.append(Office(person=mention.person, title=title.text, org=country, org_is_country=country is not None, former=False,
                              evidence=Evidence.of(tok.sent), confidence=0.6))
            people.add_mention(Mention(title.start - 1, title.end, mention.person, "description"))
            if country and mention.person not in countries:
                countries[mention.person] = country
            break
        break
    return out
