"""How the parties of an exchange were in contact: in person, by telephone or by video link.

A call is a contact, not a meeting in person; it is kept (so "who spoke to whom" can be asked) with
its channel, and who-met leaves it out unless asked. The channel is read from the words next to the
trigger ("spoke by phone", "a telephone call", "held talks via video link", "a virtual summit") and
from the trigger itself ("phoned", "videoconference").
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.facts import Channel
from newsgraph.extract.lexicon import lex


def _cue(tok: Token) -> Channel | None:
    low = tok.lower_
    if low in lex().video_cues or tok.lemma_.lower() in lex().video_cues:
        return Channel.VIDEO
    if low in lex().phone_cues or tok.lemma_.lower() in lex().phone_cues:
        return Channel.PHONE
    return None


def channel_of(trigger: Token, window: int = 5) -> Channel:
    """The channel of the exchange a trigger announces: a phone or video word in the trigger, its
    own phrase, or within a few words of it in the same clause; else in person."""
    own = _cue(trigger)
    if own is not None:
        return own
    if trigger.dep_ in {"xcomp", "advcl"} and trigger.head.i < trigger.i and call_verb(trigger.head) is not None:
        call = channel_of(trigger.head)  # "telephoned A to brief him", "phoned B to congratulate her": the call's
        if call is not Channel.IN_PERSON:
            return call
    for tok in trigger.subtree:
        if tok.i != trigger.i and abs(tok.i - trigger.i) <= window * 2 and not _in_coordinated_clause(tok, trigger):
            found = _cue(tok)
            if found is not None and tok.head.i != tok.i:
                return found
    for tok in trigger.subtree:  # "briefed the Executive Secretary, Dr A, on the outcome through a video link": a
        # means phrase ("by", "via", "through", "over") however far along the trigger's own phrases it comes
        found = _cue(tok)
        if found is not None and _means_phrase(tok, trigger) and not _in_coordinated_clause(tok, trigger):
            return found
    sent = trigger.sent
    for tok in sent[max(0, trigger.i - window - sent.start):min(len(sent), trigger.i + window + 1 - sent.start)]:
        found = _cue(tok)
        if found is not None and tok.head.i in {trigger.i, trigger.head.i} | {c.i for c in trigger.children}:
            return found
    if call_verb(trigger) is not None:
        if any(c.dep_ in {"prep", "prt"} and c.lower_ == "on" and not is_time_phrase(c) for c in trigger.children):
            # "the envoy called on the minister", "will call on Senator A" ("on" read as a particle):
            # a visit (not "called him on Monday")
            return Channel.IN_PERSON
        return Channel.PHONE  # "Vidal phoned Moss", "called his counterpart"
    if trigger.lower_ in lex().call_nouns or trigger.lemma_.lower() in lex().call_nouns:
        if visit_call(trigger):
            return Channel.IN_PERSON  # "received a courtesy call from the ambassador": a visit
        return Channel.PHONE  # "a call with", unless a video word said otherwise above
    return Channel.IN_PERSON


_MEANS_PREPOSITIONS = frozenset({"by", "via", "through", "over"})


def _means_phrase(cue: Token, trigger: Token) -> bool:
    """The cue word is in a means phrase ("through a video link", "over the phone", "in a phone call") hung on the trigger or on
    the trigger's own nouns and prepositions, not inside a clause of its own."""
    node = cue
    means = False
    while node.i != trigger.i and node.head.i != node.i:
        if node.pos_ in {"VERB", "AUX"}:
            return False
        means = means or (node.dep_ == "pobj" and (node.head.lower_ in _MEANS_PREPOSITIONS or (
            node.head.lower_ in {"in", "during"} and (node.i == cue.i or node.lemma_.lower() in lex().call_nouns))))
        # ("in a phone call", "during a video conversation")
        node = node.head
    return means and node.i == trigger.i


def _in_coordinated_clause(tok: Token, trigger: Token) -> bool:
    """ "flew to Paris to meet B and follow up on a phone call with C": a word inside another verb
    coordinated with the trigger belongs to that clause's event, not to the trigger's."""
    node = tok
    while node.i != trigger.i and node.head.i != node.i:
        if node.dep_ == "conj" and node.pos_ in {"VERB", "AUX"}:
            return True
        node = node.head
    return False


def visit_call(noun: Token) -> bool:
    """ "a courtesy call", "a farewell call", "a call-on": a call the official usage makes a visit in person
    (`visit_call_modifiers.txt`, `hyphenated_visit_nouns.txt`)."""
    if noun.lemma_.lower() in lex().hyphenated_visit_nouns:
        return True  # "a call-on by the ambassador"
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in lex().visit_call_modifiers for c in noun.children)


def is_call_trigger(tok: Token, has_person_object: bool) -> bool:
    """ "phoned Moss", "called his counterpart", "rang Moss on Friday", "called Moss to congratulate
    him" (not "called for", "called off", "called him a liar", "called on Moss": a visit)."""
    lemma = call_verb(tok)
    if lemma is None:
        return False
    if any(c.dep_ in {"prt", "ccomp"} or (c.dep_ == "oprd" and not misread_name(c)) for c in tok.children):
        return False  # "called him a liar" (but "called Lee Jae-sung", whose last part parsed as a predicate)
    if any(c.dep_ == "xcomp" for c in tok.children) and not _names_a_person(tok):
        return False  # "called the vote to order"; "called Moss to congratulate him" is a call
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ in {"for", "on", "off", "in", "out"} and not is_time_phrase(c)
                               for c in tok.children):
        return False
    return has_person_object


def misread_name(predicate: Token) -> bool:
    """ "called Lee Jae-sung", "called Ana Costa on Monday": a name the parser read as the predicate
    of "called" ("called him a liar"); a name with no object before it is the object itself."""
    if predicate.dep_ != "oprd":
        return False
    return predicate.ent_type_ == "PERSON" or (
        predicate.pos_ == "PROPN" and not any(c.dep_ == "dobj" for c in predicate.head.children))


IRREGULAR_CALL_FORMS = {"rang": "ring", "rung": "ring"}  # call verbs spaCy does not lemmatise


def call_verb(tok: Token) -> str | None:
    """The call verb a token is ("rang" -> "ring"), also where the tagger took it for a noun but it
    governs a subject and an object ("Grant rang Byrne")."""
    lemma = tok.lemma_.lower()
    if lemma not in lex().call_verbs:
        lemma = IRREGULAR_CALL_FORMS.get(tok.lower_, lemma)
    return lemma if lemma in lex().call_verbs and is_verb(tok) else None


def is_verb(tok: Token) -> bool:
    """A verb, or a word the tagger took for a noun that governs both a subject and an object."""
    if tok.pos_ == "VERB":
        return True
    deps = {c.dep_ for c in tok.children}
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and "nsubj" in deps and "dobj" in deps


def is_time_phrase(prep: Token) -> bool:
    """ "on Monday", "on Friday night", "on 3 May": a preposition whose object is a date or time."""
    return any(o.ent_type_ in {"DATE", "TIME"} for c in prep.children if c.dep_ == "pobj" for o in c.subtree)


def _names_a_person(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.pos_ == "PRON") for c in verb.children)


def in_person_cue(trigger: Token, window: int = 10) -> bool:
    """ "spoke with A in person", "talked face to face with B", "spoke on the sidelines of the summit":
    a phrase of `in_person_cues` within a few words after the trigger, in its sentence."""
    sent = trigger.sent
    after = trigger.doc[trigger.i + 1:min(trigger.i + 1 + window, sent.end)]
    text = " " + " ".join(t.lower_ for t in after) + " "
    return any(f" {cue} " in text for cue in lex().in_person_cues)
