"""The country a delegation's head stands for when no office of theirs names one, and the sides that talks
"at the delegation level" imply.

- a head's nationality: the one country a word of the title right before their name gives ("his Peruvian
  counterpart A", "Chile's envoy A", "Latvian Prime Minister A"), or the seat of the state body they lead ("A, who
  has headed the government in Riga"), for a delegation told with no country ("A and his delegation arrived");
- "delegation-level talks" / "talks at (the) delegation level", led or headed by A and B, or by "both
  ministers" (the two people of the text holding that title): each side sat with its delegation, and each
  leader heads their own country's;
- "A and B led their respective delegations", "the two leaders will head their countries' delegations": each of
  the people the plural subject stands for heads their own country's delegation.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.facts import Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.participants import listed_people, sentence_end
from newsgraph.extract.people import Mention, PeopleIndex

__all__ = ["nationality", "delegation_level_leaders", "own_delegation_leaders"]

_TITLE_DEPS = frozenset({"compound", "amod", "poss", "nmod", "case"})


def _countries_before(doc: Doc, mention: Mention, longest: int = 5) -> set[str]:
    """The countries of the title words right before a name ("his Estonian counterpart", "Chile's envoy"):
    walked back over modifiers and titles, up to a determiner, a pronoun, punctuation or a verb."""
    found = set()
    floor = max(doc[mention.start].sent.start, mention.start - longest)
    for k in range(mention.start - 1, floor - 1, -1):
        t = doc[k]
        if t.pos_ in {"DET", "PRON", "PUNCT", "VERB", "AUX", "ADP", "CCONJ", "SPACE"} and t.tag_ != "POS":
            break
        told = t.ent_type_ == "NORP" or t.ent_type_ == "GPE" and k + 1 < mention.start and doc[k + 1].tag_ == "POS"
        country = lex().country_for(t.text) if told and t.text[:1].isupper() else None
        if country:  # "Peruvian", "Chile's" (not a town that heads the line before)
            found.add(country)
    return found


def _state_body_countries(doc: Doc, person: str, offices: list[Office]) -> set[str]:
    """The country of the seat a head's office in the state is told at ("who has headed the government in Riga"):
    a current office of a state body (`state_bodies.txt`) whose sentence places that body in a country's town."""
    found = set()
    for office in offices:
        if office.person != person or office.former or (office.org or "").lower() not in lex().state_bodies:
            continue
        span = doc.char_span(office.evidence.start, office.evidence.end, alignment_mode="expand")
        for body in (t for t in span or () if t.lower_ == office.org.lower()):
            preps = [*body.children, *body.head.children]  # (the parser hangs "in Riga" on "led" as often)
            for prep in (c for c in preps if c.dep_ == "prep" and c.lower_ in {"in", "of"} and c.i == body.i + 1):
                found |= {c for o in prep.children if o.dep_ == "pobj" and (c := lex().country_for(o.text))}
    return found


def nationality(person: str, people: PeopleIndex, offices: list[Office]) -> str | None:
    """The one country the words before a person's name give (the demonym of their title: "his Peruvian
    counterpart A") or the seat of the state body they lead; None when none or several (a "Latvian-born
    Estonian minister"). Descriptions are not read: one taken up for the wrong person would give a wrong side."""
    doc = people.doc
    found = _state_body_countries(doc, person, offices)
    for mention in people.mentions:
        if mention.person == person and mention.kind == "name":
            found |= _countries_before(doc, mention)
    return found.pop() if len(found) == 1 else None


def _at_delegation_level(talks: Token) -> bool:
    """ "delegation-level talks" (hyphenated before the talk noun) or "talks at (the) delegation level"."""
    doc = talks.doc
    k = talks.i - 1
    if k >= 2 and doc[k].lower_ == "level" and doc[k - 1].text == "-" and doc[k - 2].lemma_.lower() == "delegation":
        return True
    for prep in (c for c in talks.children if c.dep_ == "prep" and c.lower_ == "at"):
        if any(o.lower_ == "level" and any(m.lemma_.lower() == "delegation" for m in o.children) for o in prep.children):
            return True
    return False


def _holders_of_plural_title(noun: Token, offices: list[Office]) -> list[str]:
    """ "both foreign ministers", "the two ministers": the people holding a current office whose title ends in
    the noun and has its modifiers, when they are exactly two."""
    if noun.tag_ != "NNS" or not any(c.lower_ in {"both", "two"} for c in noun.children):
        return []
    head = noun.lemma_.lower()
    words = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}} - {"two", "both"}
    holders = list(dict.fromkeys(o.person for o in offices if not o.former and o.title.lower().split()[-1:] == [head]
                                 and words <= set(o.title.lower().split())))
    return holders if len(holders) == 2 else []


def delegation_level_leaders(doc: Doc, people: PeopleIndex, offices: list[Office]) -> list[tuple[str, Token]]:
    """Who leads or heads talks held at the delegation level ("A and B led delegation-level talks", "talks at
    the delegation level were headed by A and B", "both trade ministers led delegation-level talks"), each with
    the talk noun; nobody for talks of no such level."""
    out: list[tuple[str, Token]] = []
    for talks in doc:
        if talks.lemma_.lower() not in lex().talk_nouns and talks.lower_ not in lex().talk_nouns \
                or not _at_delegation_level(talks):
            continue
        verb = talks.head
        if verb.lemma_.lower() not in {"lead", "head"}:
            continue
        if talks.dep_ == "dobj":
            leaders = []
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                named = [people.person_of(t) for t in subject.subtree]
                leaders += [p for p in dict.fromkeys(named) if p] or _holders_of_plural_title(subject, offices)
        elif talks.dep_ == "nsubjpass":
            by = next((c for c in verb.children if c.dep_ == "agent"), None)
            leaders = listed_people(doc, by.i + 1, people, end=sentence_end(verb), new_clause=False) if by is not None else []
        else:
            continue
        out += [(p, talks) for p in leaders if p]
    return out


def _own_delegations(noun: Token) -> bool:
    """ "their (respective) delegations", "their countries' delegations": each leader's own side."""
    if noun.lemma_.lower() != "delegation" or noun.tag_ != "NNS":
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return any(o.lower_ == "their" or any(g.lower_ == "their" for g in o.children) for o in owners)


def _last_two_named(doc: Doc, people: PeopleIndex, before: int, window: int = 600) -> list[str]:
    """The two people named last before token `before` (within `window` characters): whom "the two leaders" mean."""
    found: list[str] = []
    for mention in reversed(people.sorted_mentions()):
        if mention.start >= before or mention.kind != "name":
            continue
        if doc[before].idx - doc[mention.start].idx > window:
            break
        if mention.person not in found:
            found.append(mention.person)
        if len(found) == 2:
            return found
    return []


def own_delegation_leaders(doc: Doc, people: PeopleIndex, offices: list[Office]) -> list[tuple[str, Token]]:
    """Who leads "their respective delegations" ("A and B led their respective delegations", "the two leaders
    will head their countries' delegations", "both foreign ministers led their delegations"), each with the
    delegation noun."""
    out: list[tuple[str, Token]] = []
    for noun in doc:
        if noun.dep_ != "dobj" or not _own_delegations(noun) or noun.head.lemma_.lower() not in {"lead", "head"}:
            continue
        verb = noun.head
        while verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children) and verb.head.i != verb.i:
            verb = verb.head  # "the two leaders are to head their delegations"
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            leaders = [p for p in dict.fromkeys(people.person_of(t) for t in subject.subtree) if p]
            if len(leaders) < 2:
                leaders = _holders_of_plural_title(subject, offices)
            if len(leaders) < 2 and subject.tag_ == "NNS" and any(c.lower_ in {"two", "both"} for c in subject.children):
                leaders = _last_two_named(doc, people, subject.i)  # "the two leaders": the pair just named
            out += [(p, noun) for p in leaders] if len(leaders) >= 2 else []
    return out
