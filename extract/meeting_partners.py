"""Partners of a meeting that its sentence names outside the subject and object slots, and the verbs
that put a meeting noun's subject at the meeting though they are no light verbs.

- "A and B met in X at the invitation of C, who chaired the session": the one who ran the meeting,
  told in a relative clause on a name in a prepositional phrase of the meeting's clause
  (`presiding_verbs.txt`).
- "A will meet B alongside C", "Opening the plenary alongside C, A said": C is at A's side
  (`alongside_preps.txt`).
- "A wrapped up talks with B", "A concluded two days of talks with B", "A managed a breakfast with B":
  a verb that ends or fits in a meeting makes its subject a party, as "held talks" does
  (`completion_verbs.txt`).
- "held a bilateral with B": an adjective that names a meeting on its own (`nominal_meeting_adjectives.txt`).
- "A held talks with B. The delegation led by B comprised C and D": the delegation an attendee heads,
  told in the next sentence, was at the meeting.
- "..., where on Friday Ms A is scheduled to meet B": a subject the parser read into the time phrase.
- "A hosted the governors for talks that ended after Ohio's governor, B, walked out": the people the
  sentence names with the title of the unnamed group met are of it.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.dates import MONTHS, WEEKDAYS
from newsgraph.extract.delegations import DelegationIndex
from newsgraph.extract.facts import Agent, Channel, Meeting, MeetingStatus, Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.meeting_clauses import names_a_meeting
from newsgraph.extract.participants import is_person_noun
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.syntax import children, governing_verb

__all__ = ["presiding_people", "alongside_partners", "finishes_meeting", "meeting_verb_of", "nominal_meeting_adjective",
           "delegations_told_next", "subject_in_time_phrase", "titled_members"]

_NOMINAL_SLOTS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj", "appos"})
_WHO = frozenset({"who", "whom"})
# the way up from a name in a prep phrase ("npadvmod": "at the request of the mayor, C," misread as the verb's)
_INSIDE_PHRASE = frozenset({"pobj", "prep", "appos", "conj", "compound", "npadvmod"})
_ANAPHORS = frozenset({"them", "it", "both", "the two"})
# "two days of talks", "a round of talks", "hours of talks": a measure of the meeting as the verb's object
_MEASURES = frozenset({"day", "hour", "week", "round", "series", "session", "night", "evening", "morning"})


def _lemma_with_particle(verb: Token) -> set[str]:
    """The verb's lemma, alone and with its particle ("wrap up")."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}


def finishes_meeting(verb: Token) -> bool:
    """ "wrapped up", "concluded", "managed": a verb whose subject was at the meeting it has as object."""
    return verb.pos_ in {"VERB", "AUX"} and bool(_lemma_with_particle(verb) & lex().completion_verbs)


def meeting_verb_of(noun: Token, light_verbs: frozenset[str]) -> Token | None:
    """The verb a meeting noun is the object of, when that verb makes its subject a party: a light
    verb or one that ends or fits the meeting in ("held talks", "wrapped up talks"); also through a
    measure of the meeting ("concluded two days of talks with B", "held a round of talks")."""
    obj = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        measure = noun.head.head
        if measure.lemma_.lower() in _MEASURES or measure.ent_type_ in {"DATE", "TIME"}:
            obj = measure
    if obj.dep_ != "dobj":
        return None
    verb = obj.head
    if verb.lemma_.lower() in light_verbs or finishes_meeting(verb):
        return verb
    return None


def nominal_meeting_adjective(tok: Token) -> bool:
    """ "held a bilateral with B", "after the plenary": a meeting adjective heading its noun phrase."""
    return tok.lower_ in lex().nominal_meeting_adjectives and tok.dep_ in _NOMINAL_SLOTS \
        and tok.pos_ in {"ADJ", "NOUN", "PROPN"} and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _hangs_in_clause_of(name: Token, verb: Token) -> bool:
    """Whether a name sits in a prepositional phrase (or apposition) of the verb's clause: "met ...
    at the invitation of the minister, C" (not the subject of another clause)."""
    tok = name
    for _ in range(8):
        if tok.dep_ not in _INSIDE_PHRASE or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok.i != name.i and governing_verb(tok).i == verb.i


def _ran_this_meeting(clause: Token) -> bool:
    """ "who chaired the session", "who hosted them", "who presided over the meeting", "who presided":
    a relative clause of running a meeting that is no other one ("the previous round", "until 2019")."""
    if not ({clause.lemma_.lower(), clause.lemma_.lower().replace("-", "")} & lex().presiding_verbs):
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _WHO for c in clause.children):
        return False
    if any(c.dep_ == "neg" for c in clause.children) or any(t.ent_type_ == "DATE" for t in clause.subtree):
        return False
    objects = children(clause, {"dobj"}) + [o for p in children(clause, {"prep"}) if p.lower_ == "over"
                                            for o in children(p, {"pobj"})]
    for obj in objects:
        if obj.lower_ in _ANAPHORS:
            continue
        own = [c for c in obj.children if c.dep_ not in {"det", "prep", "punct"}]
        the = any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in obj.children)
        if own or not the:
            return False  # "the previous round", "a dinner of her own": not the meeting told
    return True


def presiding_people(verb: Token) -> list[Token]:
    """The people a meeting's clause names in a prepositional phrase with a relative clause saying
    they ran the meeting: "A and B met at the invitation of C, who chaired the session"."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    out = []
    for clause in (t for t in verb.sent if t.dep_ == "relcl" and t.i > verb.i - 40):
        name = clause.head
        if _ran_this_meeting(clause) and _hangs_in_clause_of(name, verb):
            out.append(name)
    return out


def alongside_partners(*words: Token) -> list[Token]:
    """ "A will meet B alongside C", "A opened the session alongside C" (the phrase on the verb or on
    the meeting noun): those at the subject's side."""
    return [o for w in words for p in children(w, {"prep"}) if p.lower_ in lex().alongside_preps
            for o in children(p, {"pobj"})]


def _next_sentence(doc: Doc, end_char: int) -> Span | None:
    """The sentence that starts right after a character offset (only white space between)."""
    tok = doc.char_span(end_char, end_char, alignment_mode="expand")
    start = next((t for t in doc[tok.start if tok is not None else 0:] if t.idx >= end_char and not t.is_space), None)
    if start is None or doc.text[end_char:start.idx].strip():
        return None
    return start.sent


def _has_members(delegations: DelegationIndex, key: str) -> bool:
    found = delegations.delegations.get(key)
    return found is not None and bool(found.members - {found.head})


def _tells_a_meeting(sent: Span) -> bool:
    """Whether a sentence has a meeting word of its own (`meeting_nouns.txt`, `talk_nouns.txt`, `meeting_verbs.txt`)."""
    verbs = lex().meeting_verbs
    return any(names_a_meeting(t) or t.lemma_.lower() in verbs or t.lower_ in verbs for t in sent)


def delegations_told_next(doc: Doc, meetings: list[Meeting], delegations: DelegationIndex) -> None:
    """ "A held talks with B on Monday. The Kenyan delegation led by Mr B comprised C and D": a
    delegation an attendee heads, described in the very next sentence (with no day of its own, so no
    other trip), was at the meeting with its head (its members met the other side)."""
    headed = [d for d in delegations.delegations.values() if d.head and d.members - {d.head}]
    if not headed:
        return
    for meeting in meetings:
        if meeting.status not in (MeetingStatus.OCCURRED, MeetingStatus.SCHEDULED) or meeting.channel is not Channel.IN_PERSON:
            continue
        if any(a.kind == "delegation" and _has_members(delegations, a.key) for a in meeting.attendees):
            continue  # a delegation of its own already (one with no one but its head says nothing)
        persons = {a.key for a in meeting.attendees if a.kind == "person"}
        following = _next_sentence(doc, meeting.evidence.end)
        if following is None or any(t.ent_type_ == "DATE" for t in following) or _tells_a_meeting(following):
            continue  # ("Talks the Chilean side sought with C were not held": another meeting)
        if meeting.status is MeetingStatus.OCCURRED and _told_in_the_present(following):
            continue  # "A was received by B. A is leading a delegation including C": the trip's, not that meeting's
        for delegation in headed:
            told_next = any(e.start == following.start_char for e in delegation.evidence)
            others = persons - delegation.members - {delegation.head}
            if told_next and delegation.head in persons and others:
                meeting.attendees.append(Agent("delegation", delegation.key))
                break


def _told_in_the_present(sent: Span) -> bool:
    """ "The minister is leading a delegation that includes C", "The delegation comprises C and D": after a meeting
    told in the past, a sentence whose main verb is in the present tells the trip as a whole, not that meeting
    (before a planned one, "A will meet B. A leads a delegation of C and D", it tells who is coming)."""
    root = sent.root
    return root.tag_ in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"}
                                               for c in root.children)


def sides_told_next(doc: Doc, unpeopled: list[Token], delegations: DelegationIndex) -> list[tuple[Token, list[str]]]:
    """ "Negotiators met in Doha. The Israeli delegation was led by A and the Qatari team by B", "Talks
    opened in Geneva. Leading the Russian side was C, while the US side was headed by D": a meeting told
    without its people, and the very next sentence tells two or more delegations of different sides with
    someone in each: those delegations are its parties. (anchor, delegation keys) for each such meeting."""
    out: list[tuple[Token, list[str]]] = []
    peopled = [d for d in delegations.delegations.values() if d.head or d.members]
    if len(peopled) < 2:
        return out
    for anchor in unpeopled:
        following = _next_sentence(doc, anchor.sent.end_char)
        if following is None:
            continue
        told = [d for d in peopled if any(e.start == following.start_char for e in d.evidence)]
        if len({d.represents or d.key for d in told}) >= 2:
            out.append((anchor, [d.key for d in told]))
    return out


def subject_in_time_phrase(verb: Token) -> list[Token]:
    """ "..., where on Friday Ms A is scheduled to meet B": a subject the parser read into the time
    phrase before it ("Friday Ms A" as the object of "on"); only when the clause has no subject."""
    top = verb
    while top.dep_ in {"xcomp", "acomp"} and top.head.i != top.i:  # "is scheduled to meet", "is due to meet"
        top = top.head
    if children(top, {"nsubj", "nsubjpass"}):
        return []
    for prep in children(top, {"prep"}):
        if prep.lower_ not in {"on", "in", "at"} or prep.i > top.i:
            continue
        for obj in children(prep, {"pobj"}):
            timed = [t for t in obj.subtree if t.i < obj.i and t.ent_type_ in {"DATE", "TIME"}]
            # NER may run the name into the date ("November 14 Igor Morozov"): no date word, still a name
            if obj.pos_ == "PROPN" and timed and (obj.ent_type_ not in {"DATE", "TIME"} or _name_word_in_a_date(obj)):
                return [obj]
    return []


def _name_word_in_a_date(tok: Token) -> bool:
    """ "Morozov" of "November 14 Igor Morozov" (one DATE to NER): a capitalised word after the day
    number that is no month, weekday or number."""
    return (tok.is_title and tok.is_alpha and tok.lower_ not in MONTHS and tok.lower_ not in WEEKDAYS
            and any(t.like_num for t in tok.doc[tok.i - 3:tok.i]))


def _in_time_clause_of(tok: Token, verb: Token) -> bool:
    """ "met the governors a week after Ohio's governor, B, resigned": B is told of another time."""
    times = {"after", "before", "since", "until", "once"}
    up = tok
    while up.dep_ in {"compound", "appos", "poss", "pobj", "conj"} and up.head.i != up.i:
        up = up.head
        if up.dep_ == "prep" and up.lower_ in times:
            return True  # "a week after Ohio's governor, B, resigned", read as a preposition
    clause = governing_verb(tok)
    return clause.i != verb.i and clause.dep_ == "advcl" and clause.head.i == verb.i and any(
        c.dep_ == "mark" and c.lower_ in times for c in clause.children)


def titled_members(verb: Token, offices: list[Office], people: PeopleIndex, known: set[str]) -> list[str]:
    """ "A hosted the governors for talks that ended only after Ohio's governor, B, walked out": the
    people the same sentence names with the title of the unnamed group met are of that group."""
    groups = [o for o in children(verb, {"dobj"}) + [p for w in children(verb, {"prep"}) if w.lower_ == "with"
                                                     for p in children(w, {"pobj"})]
              if o.tag_ == "NNS" and is_person_noun(o)]
    if not groups:
        return []
    wanted = {g.lemma_.lower() for g in groups}
    words: dict[str, set[str]] = {}
    for office in offices:
        words.setdefault(office.person, set()).update(re.findall(r"[a-z]+", office.title.lower()))
    out = []
    for tok in verb.sent:
        mention = people.mention_at(tok.i)
        if mention is None or mention.kind != "name" or mention.start != tok.i or mention.person in known:
            continue
        if words.get(mention.person, set()) & wanted and not _in_time_clause_of(tok, verb):
            out.append(mention.person)
    return list(dict.fromkeys(out))
