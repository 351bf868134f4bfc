"""People who join a meeting told before: "A and B also joined the meeting", "C took part in the
talks", "D sat in on the session", "E also attended" (`joining_predicates.txt`), "F and G sat in"
(`self_joining_predicates.txt`), "H accompanied the envoy", "The envoy was accompanied by H", "She was
joined by H", "A held talks with B, who was joined by H", "Accompanying the envoy were H and I" (`entourages.py`).

Such a sentence names no meeting of its own: its meeting noun is definite and has no parties of its
own ("the meeting", not "a meeting with X"), or there is no object and "also" (or a predicate that
says it by itself) marks the event as the one just told. Its subjects are added to the real in-person
meeting of the sentence before. A companion told after the meeting ("H accompanied the envoy") joins
it only when the one accompanied was at that meeting and the clause names no other time or place.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.entourages import entourages
from newsgraph.extract.lexicon import lex
from newsgraph.extract.meeting_clauses import agent_objects, names_a_meeting
from newsgraph.extract.meeting_modality import cancels
from newsgraph.extract.participants import is_person_noun
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.syntax import tokens_with

_DEFINITE = frozenset({"the", "that", "this", "these", "those"})
_EVENT_PRONOUNS = frozenset({"it", "them"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_EVENT_PREPS = frozenset({"in", "on", "at", "into"})  # "took part in", "sat in on", "was present at"


@dataclass(frozen=True)
class Joining:
    """People a sentence says joined the event told before; `noun` is its meeting noun, if any."""

    sent: Span
    people: tuple[str, ...]
    noun: Token | None
    verb: Token | None = None  # "accompanied": the verb that is then no meeting of its own
    with_person: str | None = None  # the one accompanied, who must be at the meeting joined
    entourage: bool = False  # "Accompanying A were B and C": a list of companions, never a meeting of its own


def _predicate(tok: Token) -> bool:
    """Whether the token is a joining predicate: "join", "attend", "take part", "sit in"."""
    phrases = lex().joining_predicates
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    if lemma in phrases:
        return True
    return any(f"{lemma} {c.lower_}" in phrases for c in tok.children if c.dep_ in {"dobj", "prt", "prep", "advmod"})


def _event_of(verb: Token) -> Token | None:
    """What was joined: the object, or the object of "in/on/at" ("took part in the talks", "sat in
    on the session"), looking one preposition deep under a particle."""
    for child in verb.children:
        if child.dep_ == "dobj" and (_whole_of_portion(child) or child.lower_ != "part"):
            return _whole_of_portion(child) or child
    for prep in (c for c in verb.children if c.dep_ in {"prep", "prt", "advmod"}):
        if prep.lower_ not in _EVENT_PREPS:
            continue  # "took part, according to a statement": not what was joined
        for obj in prep.children:
            if obj.dep_ == "pobj":
                return _whole_of_portion(obj) or obj
            if obj.dep_ == "prep":  # "sat in on the talks"
                found = next((o for o in obj.children if o.dep_ == "pobj"), None)
                if found is not None:
                    return _whole_of_portion(found) or found
    return None


def _whole_of_portion(noun: Token) -> Token | None:
    """ "the final part of the talks", "part of the meeting", "the last hour of the session": the
    event a portion noun (`portion_nouns.txt`) is part of, when its of-phrase is a meeting noun."""
    if noun.lemma_.lower() not in lex().portion_nouns and noun.lower_ not in lex().portion_nouns:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if names_a_meeting(obj):
                return obj
    return None


_RUNNING_VERBS = frozenset({"chair", "co-chair", "moderate", "mediate", "facilitate", "preside"})


def _day_or_place_told_after(verb: Token) -> bool:
    """The clause gives a day, time or place of its own ("chaired the talks in Geneva on Friday", "On Friday,
    B chaired the talks"; not the subject's "Norway's envoy"): it tells a meeting rather than joins one."""
    return any(t.ent_type_ in {"DATE", "TIME", "GPE", "FAC"} for t in verb.subtree if t.i > verb.i) or any(
        c.dep_ in {"npadvmod", "prep"} and any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)
        for c in verb.children if c.i < verb.i)


def _told_meeting(noun: Token) -> bool:
    """ "the meeting", "those talks", "it": a meeting already told, with no parties of its own; also its
    people taken up as a group ("C joined the leaders for lunch", "joined the two ministers")."""
    if noun.lower_ in _EVENT_PRONOUNS or _people_of_the_meeting(noun):
        return True
    if not names_a_meeting(noun):
        return False
    children = list(noun.children)
    if any(c.dep_ == "poss" for c in children) or any(c.dep_ == "prep" and c.lower_ in {"with", "between", "of", "on"} for c in children):
        return False
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in children):
        return False  # "chaired the cabinet meeting", "attended the party congress": another kind of meeting
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children)


def _people_of_the_meeting(noun: Token) -> bool:
    """ "the leaders", "the two ministers", "both delegations": a definite plural of people with no owner
    and no name of its own, the object of "join", takes up the parties of the meeting told before."""
    if noun.tag_ != "NNS" or not (is_person_noun(noun) or noun.lemma_.lower() in lex().delegation_nouns | lex().side_nouns):
        return False
    children = list(noun.children)
    if any(c.dep_ in {"poss", "appos", "compound", "amod"} or (c.dep_ == "prep" and c.lower_ != "for") for c in children):
        return False  # "joined the Kenyan ministers", "joined the leaders of the region": others
    determiners = {c.lower_ for c in children if c.dep_ in {"det", "nummod", "predet"}}
    return bool(determiners & ({"the", "both"} | lex().plural_anaphors))


def _on_a_side(verb: Token) -> bool:
    """ "C and D attended on the Turkish side", "E took part for the host side": the people are one side of the
    meeting already told (`side_nouns.txt`)."""
    return any(o.lemma_.lower() in lex().side_nouns for p in verb.children if p.dep_ == "prep" and p.lower_ in {"on", "for"}
               for o in p.children if o.dep_ == "pobj")


def _self_joining(verb: Token) -> bool:
    """ "A and B sat in": a predicate that says by itself the event is one already under way."""
    return any(f"{verb.lemma_.lower()} {c.lower_}" in lex().self_joining_predicates
               for c in verb.children if c.dep_ in {"prt", "prep", "advmod"} and not list(c.children))


def _people_in(tokens: list[Token], people: PeopleIndex) -> list[str]:
    """The people the phrases name, not a possessive pronoun's owner ("by her deputy, C": C only)."""
    out: list[str] = []
    for token in tokens:
        for tok in token.subtree:
            if tok.dep_ == "poss" and tok.pos_ == "PRON":
                continue
            person = people.person_of(tok)
            if person and person not in out:
                out.append(person)
    return out


def _own_time_or_place(verb: Token) -> bool:
    """ "accompanied A to the airport", "accompanied A on Friday": the clause tells an outing of its
    own, not the company at the meeting just told ("accompanied A to the talks" is that meeting)."""
    other_clauses = {t.i for c in verb.children if c.dep_ in {"conj", "ccomp", "parataxis", "advcl"} for t in c.subtree}
    for tok in verb.subtree:
        if tok.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"} and tok.i not in other_clauses:
            return True
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "on", "into"}):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if obj.lemma_.lower() not in lex().meeting_nouns | lex().talk_nouns:
                return True
    return False


def _accompanying(verb: Token, people: PeopleIndex) -> Joining | None:
    """ "C accompanied the envoy.", "The envoy was accompanied by C.", "She was joined by C.": C joins the
    envoy's meeting told just before (a finite clause of its own; "A, accompanied by C, met B" is the
    meeting itself). Also told of a partner in a relative clause: "A held talks with B, who was joined
    by her deputy, C" (C was at that meeting, on B's side)."""
    lemma = verb.lemma_.lower()
    if lemma not in {"accompany", "join"} or verb.pos_ != "VERB":
        return None
    agents = agent_objects(verb)  # "was joined by C and by D"
    if lemma == "join" and not agents:
        return None  # "C joined the envoy in Oslo": a joining predicate's business, or a meeting of its own
    after = verb.right_edge.i + 1
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    relative = _relative_on_person(verb, subjects, people)
    clause_of_its_own = verb.dep_ in {"ROOT", "conj"} or relative is not None or (  # "C accompanied the envoy; D stayed behind"
        verb.dep_ == "ccomp" and after < len(verb.doc) and verb.doc[after].text == ";")
    if not clause_of_its_own:
        return None
    if verb.dep_ == "conj" and verb.head.lemma_.lower() != lemma:
        return None
    if _refused(verb) or _own_time_or_place(verb):
        return None
    if relative is not None:  # "B, who was joined by C"
        companions, accompanied = _people_in(agents, people), [relative]
    elif any(c.dep_ == "nsubjpass" for c in subjects):  # "The envoy was accompanied by C"
        companions, accompanied = _people_in(agents, people), _people_in(subjects, people)
    else:  # "C accompanied the envoy"
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        companions, accompanied = _people_in(subjects, people), _people_in(objects, people)
    if not companions or len(accompanied) != 1 or accompanied[0] in companions:
        return None
    return Joining(verb.sent, tuple(companions), None, verb=verb, with_person=accompanied[0])


def _relative_on_person(verb: Token, subjects: list[Token], people: PeopleIndex) -> str | None:
    """The person a passive relative clause is about ("B, who was joined by C": B), else None."""
    if verb.dep_ != "relcl" or not any(s.dep_ == "nsubjpass" and s.lower_ in {"who", "that"} for s in subjects):
        return None
    return people.person_of(verb.head)


def _subjects(verb: Token, people: PeopleIndex) -> list[str]:
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if not subjects and verb.dep_ in {"xcomp", "conj"}:
        subjects = [c for c in verb.head.children if c.dep_ in _SUBJECTS]
    return _people_in(subjects, people)


def _refused(verb: Token) -> bool:
    """ "did not attend", "decided not to take part", "refused to join", "was to join the talks but
    pulled out": no one joined."""
    node, hops = verb, 0
    while hops < 3:
        if any(c.dep_ == "neg" for c in node.children) or node.lemma_.lower() in lex().decline_verbs:
            return True
        if _withdrawn_after(node):
            return True
        if node.dep_ not in {"xcomp", "ccomp"} or node.head is node:
            return False
        node, hops = node.head, hops + 1
    return False


def _withdrawn_after(node: Token) -> bool:
    """ "had hoped to sit in on the talks but pulled out", "was due to attend but withdrew": a
    second verb of the clause calls the plan off or turns it down (`cancel_verbs`, `decline_verbs`)."""
    return any(c.dep_ == "conj" and (cancels(c) or c.lemma_.lower() in lex().decline_verbs)
               for c in node.children)


def joinings(doc: Doc, people: PeopleIndex) -> list[Joining]:
    """Every sentence part saying named people joined the meeting told before."""
    out = []
    for tok in tokens_with(doc, {w.split()[0] for w in lex().joining_predicates}, lemma=True):
        if not _predicate(tok):
            continue
        on_a_side = _on_a_side(tok)  # "C attended on the Turkish side": no event named, the one told before
        event = None if on_a_side else _event_of(tok)
        also = any(c.lower_ == "also" for c in tok.children) or any(t.lower_ == "also" for t in doc[max(tok.sent.start, tok.i - 3):tok.i])
        also = also or _self_joining(tok) or on_a_side  # "A and B sat in"
        if event is None and not also:
            continue
        if event is not None and not _told_meeting(event):
            continue
        if tok.lemma_.lower() in _RUNNING_VERBS and _day_or_place_told_after(tok):
            continue  # "B chaired the talks in Hillsborough on Monday": a meeting told with its own day and place
        if _refused(tok):
            continue
        named = _subjects(tok, people)
        if named:
            out.append(Joining(tok.sent, tuple(named), event))
    for tok in tokens_with(doc, {"accompany", "join"}, lemma=True):
        found = _accompanying(tok, people)
        if found is not None:
            out.append(found)
    for party in entourages(doc, people):  # "Accompanying the President were A and B"
        out.append(Joining(party.sent, party.companions, None, verb=party.verb, with_person=party.principal,
                           entourage=True))
    return out
