"""Wordings that put two people together in person without a meeting word.

Each class is a relation between two sides, read off the parse; both sides must name someone:
- a guest and a host ("X was the guest of Y", "Y and her guest, X, laid a wreath", "Y played host
  to X"): guest_nouns.txt, host_nouns.txt;
- being flanked or escorted ("X, flanked by A and B, spoke"): flanking_verbs.txt;
- a guided visit ("Y gave X a tour of the plant", "Y showed X around"): tour_nouns.txt,
  guiding_verbs.txt with guiding_particles.txt;
- sitting or standing beside or facing someone ("X sat across the table from Y"): posture_verbs.txt
  with adjacency_phrases.txt;
- an outing or ceremony done together ("A and B toured the port together", "A and B signed the
  accord at the capitol", "A toured the port with B"): joint_activity_verbs.txt with together_words.txt,
  a place, or a with/alongside phrase naming someone;
- thanks for hospitality ("A thanked B for his hospitality"): gratitude_verbs.txt, hospitality_nouns.txt;
- a courtesy call paid on someone ("A paid a courtesy call on B"): a call noun with "on" a person;
- a meal or reception in someone's honour ("B hosted a dinner in A's honour", "a lunch given in honour
  of A by B"): meal_nouns.txt for the event, its giver and the one honoured;
- a thing handed over at a ceremony ("A presented B with a medal", "presenting a gift to B"):
  presentation_verbs.txt;
- hospitality at someone's home with no host named by the verb ("B was hosted at a dinner at the
  residence of Y", "B dined at Y's home"): home_hospitality_verbs.txt, residence_nouns.txt;
- an envoy's credentials received ("A received the credentials of ambassador B", "A accepted the letters
  of credence of B"): credential_nouns.txt;
- a welcome given in person ("B was accorded a red-carpet welcome by A", "A gave B a ceremonial welcome",
  "B received a warm welcome from A"): welcome_nouns.txt.
`meetings.py` turns an `Encounter` into a meeting with the usual status, place and date.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from newsgraph.extract.lexicon import Lexicons, lex
from newsgraph.extract.participants import listed_people, sentence_end
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.syntax import children as _children, governing_verb

__all__ = ["Encounter", "at_venue", "encounter", "candidate_words", "is_meal"]

_SUBJECTS = {"nsubj", "nsubjpass"}
_GIVING_VERBS = frozenset({"give", "offer", "provide", "conduct", "lead", "host", "arrange"})
_TAKING_VERBS = frozenset({"take", "lead", "escort", "accompany", "bring", "guide"})
_HONOUR = frozenset({"honour", "honor"})


@dataclass
class Encounter:
    """Two sides that were together: tokens naming each (followed through coordination by the
    resolver), people read off a list for the second, and the token whose governors decide status
    and place."""
    anchor: Token
    first: list[Token]
    second: list[Token]
    second_keys: list[str] = field(default_factory=list)


@lru_cache(maxsize=8)
def _words(lexicons: Lexicons) -> frozenset[str]:
    return (lexicons.guest_nouns | lexicons.host_nouns | lexicons.flanking_verbs | lexicons.tour_nouns
            | lexicons.guiding_verbs | lexicons.posture_verbs | lexicons.joint_activity_verbs
            | lexicons.gratitude_verbs | lexicons.call_nouns | _HONOUR | lexicons.home_hospitality_verbs | lexicons.presentation_verbs
            | lexicons.credential_nouns | lexicons.welcome_nouns
            | {"flanked", "escorted", "seated", "sat", "stood", "showed", "shown", "walked", "guided", "took", "led"})


def candidate_words() -> frozenset[str]:
    """The words and lemmas an encounter can start from (for the trigger scan)."""
    return _words(lex())


def _prep_objects(tok: Token, words: set[str]) -> list[Token]:
    return [o for p in tok.children if p.dep_ in {"prep", "dative", "agent"} and p.lower_ in words
            for o in p.children if o.dep_ == "pobj"]


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is a complement or a participle of ("X,
    flanked by A" -> X; "was made to sit next to Y" -> the subject above)."""
    for _ in range(3):
        found = _children(verb, _SUBJECTS)
        if found:
            return found
        if verb.dep_ == "acl" and verb.head.pos_ in {"PROPN", "NOUN"}:
            return [verb.head]
        if verb.dep_ not in {"xcomp", "conj", "advcl"} or verb.head.i == verb.i:
            return []
        verb = verb.head
    return []


def encounter(tok: Token, people: PeopleIndex) -> Encounter | None:
    """The encounter a token starts, if it is one of the classes above."""
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if tok.pos_ == "NOUN" and tok.dep_ != "compound":
        if lemma in lex().guest_nouns or low in lex().guest_nouns:
            return _guest(tok)
        if lemma in lex().host_nouns or low in lex().host_nouns:
            return _host(tok)
        if lemma in lex().tour_nouns or low in lex().tour_nouns:
            return _tour(tok)
        if lemma in lex().call_nouns or low in lex().call_nouns:
            return _call_on(tok)
        if low in _HONOUR:
            return _in_honour_of(tok)
        if lemma in lex().credential_nouns or low in lex().credential_nouns:
            return _credentials_received(tok)
        if lemma in lex().welcome_nouns or low in lex().welcome_nouns:
            return _welcome_given(tok)
    if tok.pos_ == "VERB":
        if lemma in lex().joint_activity_verbs and (_found := _joint(tok) or _joint_with(tok)):
            return _found
        if lemma in lex().gratitude_verbs and (_found := _thanked(tok)):
            return _found
        if lemma in lex().flanking_verbs and (_found := _flanked(tok)):
            return _found
        if lemma in lex().guiding_verbs and (_found := _guided(tok)):
            return _found
        if lemma in lex().posture_verbs:
            return _seated(tok, people)
        if lemma in lex().presentation_verbs and (_found := _presented(tok)):
            return _found
        if (lemma in lex().home_hospitality_verbs or low in lex().home_hospitality_verbs) and (_found := _at_home_of(tok)):
            return _found
    return None


def _presented(verb: Token) -> Encounter | None:
    """ "A presented B with a medal", "A presented a gift to B", "presenting a tabua to B", "B was
    presented with the keys by A": the giver and the one given to. Not "presented B as ..."."""
    if _prep_objects(verb, {"as"}):
        return None
    objects = _children(verb, {"dobj"})
    gifts = _prep_objects(verb, {"with"})

    def hung(words: set[str]) -> list[Token]:  # the parser hangs "to B", "by A" on the gift at times
        return _prep_objects(verb, words) + [o for g in objects + gifts for o in _prep_objects(g, words)]
    if _children(verb, {"nsubjpass"}):  # "B was presented with the keys by A"
        givers = hung({"by"})
        return Encounter(verb, givers, _children(verb, {"nsubjpass"})) if givers and gifts else None
    receivers = objects if gifts else hung({"to"}) + _children(verb, {"dative"})
    givers = _subjects(verb)
    return Encounter(verb, givers, receivers) if givers and receivers and (objects or gifts) else None


def _credentials_received(noun: Token) -> Encounter | None:
    """ "A received the credentials of the new ambassador, B", "A accepted the letters of credence of B": the one
    who received them and the envoy whose they are."""
    papers = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj" else noun
    if papers.dep_ != "dobj" or papers.head.lemma_.lower() not in {"receive", "accept"}:
        return None
    envoys = [o for o in _prep_objects(papers, {"of", "from"}) + _prep_objects(noun, {"of", "from"}) if o is not noun]
    return _encounter_of(papers.head, _subjects(papers.head), envoys)


def _welcome_given(noun: Token) -> Encounter | None:
    """ "B was accorded a warm welcome by A", "A gave B a ceremonial welcome", "B received a warm welcome from A":
    the host who gave it and the guest it was given to."""
    if noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.dep_ == "dative" and verb.pos_ in {"PROPN", "NOUN"}:  # "gave B a welcome", the parser hanging it on B
        return _encounter_of(verb.head, _subjects(verb.head), [verb])
    if verb.lemma_.lower() in {"receive", "get", "enjoy"}:
        return _encounter_of(verb, _prep_objects(verb, {"from"}) + _prep_objects(noun, {"from"}), _subjects(verb))
    if _children(verb, {"nsubjpass"}):
        hosts = _prep_objects(verb, {"by"}) + _prep_objects(noun, {"by"})
        return _encounter_of(verb, hosts, _children(verb, {"nsubjpass"}))
    guests = [c for c in _children(verb, {"dative", "dobj"}) if c is not noun] + _prep_objects(verb, {"to"})
    return _encounter_of(verb, _subjects(verb), guests)


def _encounter_of(anchor: Token, first: list[Token], second: list[Token]) -> Encounter | None:
    return Encounter(anchor, first, second) if first and second else None


def _home_owners(place: Token) -> list[Token]:
    """Whose home a place is: "the residence of Y", "Y's home" (not "his home": whose is unclear)."""
    if place.lemma_.lower() not in lex().residence_nouns:
        return []
    return _prep_objects(place, {"of"}) + [p for p in _children(place, {"poss"}) if p.pos_ != "PRON"]


def _at_home_of(verb: Token) -> Encounter | None:
    """ "B was hosted at a dinner at the residence of Y", "B dined at Y's home": with no object and no
    agent of its own, the verb's host is the owner of the home it happened at (also one event deep:
    "at a dinner at the residence of Y")."""
    if _children(verb, {"dobj"}) or _prep_objects(verb, {"with"}) or any(
            t.dep_ in {"agent", "prep"} and t.lower_ == "by" for t in verb.subtree):
        return None  # "Y hosted B at his residence", "B was hosted at Y's home by Z": the verb names the host
    places = _prep_objects(verb, {"at", "in"})
    places += [p for event in places if is_meal(event) for p in _prep_objects(event, {"at", "in"})]
    owners = [o for place in places for o in _home_owners(place)]
    guests = _subjects(verb)
    if not owners or not guests:
        return None
    return Encounter(verb, guests, owners)


def _described(noun: Token) -> list[Token]:
    """Who a relational noun describes: "X was the guest", "X stayed as a guest", "her guest, X",
    "X, the guest of Y", "X played host"."""
    head = noun.head
    if noun.dep_ == "attr":
        return _children(head, _SUBJECTS)
    if noun.dep_ == "pobj" and head.lower_ == "as":
        return _subjects(head.head)
    if noun.dep_ == "dobj" and head.lemma_.lower() == "play":
        return _subjects(head)
    if _played_read_as_modifier(noun):  # "Y played host to X", the parser making "host" the root
        return _children(noun.doc[noun.i - 1], _SUBJECTS) + _children(noun, _SUBJECTS)
    appos = _children(noun, {"appos"})
    if not appos and noun.dep_ == "conj":  # "Y and her guest, X,": the parser hangs X on Y
        appos = [a for a in _children(head, {"appos"}) if a.i > noun.i]
    if appos:
        return appos
    if noun.dep_ == "appos":
        return [head]
    return []


def _played_read_as_modifier(noun: Token) -> bool:
    """ "Sisi played host to Abdullah": after a long name the parser may make "host" the root with
    "played" its modifier and the name its subject."""
    return any(c.dep_ == "amod" and c.lower_ in {"played", "plays", "playing"} and c.i == noun.i - 1 for c in noun.children)


def _owner(noun: Token) -> list[Token]:
    """Whose guest or host: "guest of Y", "Y's guest", "Y and her guest" (the pronoun is the one the
    noun is coordinated with)."""
    owners = _prep_objects(noun, {"of"})
    for poss in _children(noun, {"poss"}):
        if poss.pos_ == "PRON" and noun.dep_ == "conj":
            owners.append(noun.head)
        else:
            owners.append(poss)
    return owners


def _anchor(noun: Token) -> Token:
    return governing_verb(noun)


def _guest(noun: Token) -> Encounter | None:
    guests = _described(noun)
    hosts = _owner(noun)
    # "the guest of honour at a dinner given by Y", "a guest at Y's residence"
    for event in _prep_objects(noun, {"at"}) + (_prep_objects(noun.head, {"at"}) if noun.dep_ == "attr" else []):
        hosts += _children(event, {"poss"})
        for participle in _children(event, {"acl"}):
            hosts += _prep_objects(participle, {"by"})
    if not guests or not hosts:
        return None
    return Encounter(_anchor(noun), guests, hosts)


def _host(noun: Token) -> Encounter | None:
    hosts = _described(noun)
    guests = _owner(noun)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "play":  # "Y played host to X"
        guests += _prep_objects(noun, {"to"}) + _prep_objects(noun.head, {"to"})
    elif _played_read_as_modifier(noun):
        guests += _prep_objects(noun, {"to"})
    if not guests or not hosts:
        return None
    return Encounter(_anchor(noun), hosts, guests)


def _tour(noun: Token) -> Encounter | None:
    """ "Y gave X a tour", "Y gave a tour to X", "X was given a tour by Y", "Y took X on a tour"."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _GIVING_VERBS:
        passive = _children(verb, {"nsubjpass"})
        if passive:  # "X was given a tour of the plant by Y" (the by-phrase may hang on the tour's object)
            givers = _prep_objects(verb, {"by"}) + [o for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "by"
                                                    for o in t.children if o.dep_ == "pobj"]
            return Encounter(verb, givers, passive) if givers else None
        guests = _children(verb, {"dative"}) + _prep_objects(verb, {"to", "for"}) + _prep_objects(noun, {"for"})
        givers = _subjects(verb)
        return Encounter(verb, givers, guests) if givers and guests else None
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_.lower() in _TAKING_VERBS:
        verb = noun.head.head
        return Encounter(verb, _subjects(verb), _children(verb, {"dobj"}))
    return None


def _flanked(verb: Token) -> Encounter | None:
    """ "X, flanked by A and B", "X was escorted by Y", "A and B flanked X"."""
    agents = _prep_objects(verb, {"by"})
    if agents:
        return Encounter(verb, _subjects(verb), agents)
    objects = _children(verb, {"dobj"})
    return Encounter(verb, _subjects(verb), objects) if objects else None


def _guided(verb: Token) -> Encounter | None:
    """ "Y showed X around the factory", "Y walked X round the grounds", "X was shown around by Y"."""
    # the parser reads "round" as a verb at times ("walked X round the grounds")
    if not any(c.dep_ in {"prt", "prep", "advmod", "advcl"} and c.lower_ in lex().guiding_particles for c in verb.children):
        return None
    agents = _prep_objects(verb, {"by"})
    if agents:
        return Encounter(verb, _children(verb, {"nsubjpass"}), agents)
    objects = _children(verb, {"dobj"})
    return Encounter(verb, _subjects(verb), objects) if objects else None


def _seated(verb: Token, people: PeopleIndex) -> Encounter | None:
    """ "X sat next to Y", "X was seated across the table from Y", "X stood beside Y", "X and Y sat opposite
    each other"."""
    doc = verb.doc
    end = sentence_end(verb)
    words = [t.lower_ for t in doc[verb.i + 1:min(verb.i + 8, end)]]
    for phrase in sorted(lex().adjacency_phrases, key=len, reverse=True):
        parts = phrase.split()
        for start in range(0, min(3, len(words))):  # "sat quietly next to", "sat down beside"
            if words[start:start + len(parts)] == parts:
                after = start + len(parts)
                subjects = _subjects(verb)
                if words[after:after + 2] in (["each", "other"], ["one", "another"]) and len(subjects) == 1:
                    # "A and B sat across the table from each other": the coordinated subjects faced one another
                    others = [t for t in subjects[0].children if t.dep_ == "conj"]
                    return Encounter(verb, subjects, others) if others else None
                keys = listed_people(doc, verb.i + 1 + after, people, end=end)
                return Encounter(verb, subjects, [], keys) if keys and subjects else None
    return None


def at_venue(verb: Token) -> bool:
    """ "spoke for an hour at the embassy", "signed the accord at Carden House", "talked in Riga": a
    place phrase on the verb (or on its partner's name, where the parser hangs it at times) naming a
    place or a building (venue_nouns.txt, building_heads.txt)."""
    partners = _prep_objects(verb, {"with", "to"})
    for pobj in _prep_objects(verb, {"at", "in", "inside"}) + [p for o in partners for p in _prep_objects(o, {"at", "in"})]:
        if (pobj.ent_type_ in {"GPE", "LOC", "FAC"} or pobj.lemma_.lower() in lex().venue_nouns
                or pobj.text in lex().building_heads):
            return True
    return False


def _together(verb: Token) -> bool:
    doc = verb.doc
    after = " ".join(t.lower_ for t in doc[verb.i + 1:min(verb.i + 10, verb.sent.end)])
    return (any(c.dep_ == "advmod" and c.lower_ in lex().together_words for c in verb.children)
            or any(f" {w} " in f" {after} " for w in lex().together_words if " " in w))


def _joint(verb: Token) -> Encounter | None:
    """ "A and B toured the district together", "A and B laid wreaths at the memorial"."""
    subjects = _children(verb, {"nsubj"})
    if len(subjects) != 1 or not (_together(verb) or at_venue(verb)):
        return None
    if any(o.pos_ in {"PROPN", "PRON"} for o in _children(verb, {"dobj"})):
        return None  # "A visited B in Kyiv": a meeting verb with its own object
    others = [t for t in subjects[0].children if t.dep_ == "conj" or (t.dep_ == "nmod" and t.pos_ == "PROPN")]
    return Encounter(verb, subjects, others) if others else None


_COMPANY_PREPS = frozenset({"with", "alongside"})


def _joint_with(verb: Token) -> Encounter | None:
    """ "A toured the port with B", "A inspected the new hospital alongside Governor B": an outing done in
    someone's company (the with-phrase on the verb, or on its object where the parser hangs it there)."""
    subjects = _subjects(verb)
    if len(subjects) != 1:
        return None
    objects = _children(verb, {"dobj"})
    if any(o.pos_ in {"PROPN", "PRON"} for o in objects):
        return None  # "A visited B with C": a meeting verb with its own object
    company = [o for holder in [verb, *objects] for o in _prep_objects(holder, _COMPANY_PREPS)
               if o.pos_ == "PROPN" and o.ent_type_ in {"PERSON", ""}]
    return Encounter(verb, subjects, company) if company else None


def _thanked(verb: Token) -> Encounter | None:
    """ "A thanked B for his hospitality", "A praised B for the warm welcome"."""
    reasons = _prep_objects(verb, {"for"})
    if not any(r.lemma_.lower() in lex().hospitality_nouns for r in reasons):
        return None
    objects = _children(verb, {"dobj"})
    return Encounter(verb, _subjects(verb), objects) if objects else None


def is_meal(noun: Token) -> bool:
    """A meal or reception a host gives (`meal_nouns.txt`)."""
    return noun.pos_ == "NOUN" and bool({noun.lemma_.lower(), noun.lower_} & lex().meal_nouns)


def _in_honour_of(honour: Token) -> Encounter | None:
    """ "B hosted a dinner in A's honour", "B gave a banquet in honour of A", "a lunch offered in A's
    honour by B", "A reception was held in honour of A by B": the giver and the one honoured were
    together at the event (a meal or reception: not a statue or a minute's silence)."""
    if honour.dep_ != "pobj" or honour.head.lower_ != "in":
        return None
    attach = honour.head.head
    verb = attach if attach.pos_ in {"VERB", "AUX"} else next(
        (c for c in attach.children if c.dep_ == "acl" and c.pos_ == "VERB"), governing_verb(attach))
    described = [verb.head] if verb.dep_ == "acl" else []  # "a dinner offered in A's honour"
    events = [t for t in [attach] + described + _children(verb, {"dobj", "nsubjpass"}) if is_meal(t)]
    if not events:
        return None
    honoured = _children(honour, {"poss"}) + _prep_objects(honour, {"of"})
    if not honoured and attach.pos_ == "NOUN":  # "a dinner in honour of A": "of A" hung on the dinner
        honoured = [o for p in attach.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == honour.i + 1
                    for o in _children(p, {"pobj"})]
    givers = _prep_objects(honour, {"by"}) + _prep_objects(verb, {"by"}) + _prep_objects(attach, {"by"})
    if not givers and verb.tag_ != "VBN":
        givers = _subjects(verb)
    if not honoured or not givers:
        return None
    return Encounter(verb, givers, honoured)


def _call_on(noun: Token) -> Encounter | None:
    """ "A paid a courtesy call on B": a visit, not a telephone call."""
    hosts = _prep_objects(noun, {"on"})
    if not hosts or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in lex().visit_verbs:
        return None
    return Encounter(noun.head, _subjects(noun.head), hosts)
