"""Whether a meeting happened: its status read from the words that govern the trigger, nearest first.

Refusal verbs make it Declined, cancelling verbs Cancelled, offers, invitations and calls Proposed,
conditions ("if", "until", "unless", "whether") and modal wishes Hypothetical, "will", "due to",
"expected to" Scheduled; otherwise it Occurred. Plans called off later in the story, or never kept
by the day of publication, are read here too.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.conditions import unreal_condition
from newsgraph.extract.copresence import is_meal
from newsgraph.extract.facts import Agent, Meeting, MeetingStatus
from newsgraph.extract.lexicon import lex
from newsgraph.extract.meeting_clauses import (TRIP_NOUNS, appraised_meeting, for_at_a_place, meeting_forms, meeting_governors,
                                               meeting_particle, measure_of, prep_objects)
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.quotes import QuoteSpan, quoted_at
from newsgraph.extract.syntax import children as _children


def _described_meeting_governors(nodes: list[Token]) -> list[Token]:
    """Above a relative clause on a meeting noun ("the summit, which was to bring together A and
    B, ..."), the words that govern that noun: what they say of the meeting says it of this one."""
    top = nodes[-1]
    if top.dep_ != "relcl" or top.head.lemma_.lower() not in lex().meeting_nouns | lex().talk_nouns:
        return []
    return meeting_governors(top.head)


def _is_to_infinitive(nodes: list[Token], be: Token) -> bool:
    """Whether the chain reaches "be" from a to-infinitive complement ("Clinton is to meet Lee")."""
    k = nodes.index(be) - 1
    while k > 0 and nodes[k].pos_ == "ADV":
        k -= 1  # "was later to confer ...": the parser may hang the infinitive on the adverb
    below = nodes[k]
    # (or read as an adverbial clause, when "be" has nothing else to say: not "was in Rome to meet B", a purpose)
    bare_be = not any(c.dep_ in {"prep", "attr", "acomp"} and c.pos_ != "ADV" for c in be.children)
    return (below.dep_ == "xcomp" or below.dep_ == "advcl" and bare_be) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)


def _for_to_clause(verb: Token) -> bool:
    """ "for A to meet B": an infinitive with its own for-subject is never asserted, only weighed."""
    children = list(verb.children)
    return (any(c.dep_ == "mark" and c.lower_ == "for" for c in children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children))


_EXCHANGE_VERBS = {"speak", "talk", "meet", "greet", "exchange", "shake", "chat"}


def _negated_exchange(verb: Token) -> bool:
    """ "both attended the summit but did not speak", "sat apart and never talked": a negated verb of
    speaking or meeting coordinated with the clause that tells the event, so the two were there but did
    not meet."""
    return any(c.dep_ == "conj" and c.lemma_.lower() in _EXCHANGE_VERBS
               and any(g.dep_ == "neg" or g.lower_ == "never" for g in c.children) for c in verb.children)


def phrasal_refusal(verb: Token) -> bool:
    """ "turned down", "ruled out" (phrasal_refusals.txt)."""
    particle = meeting_particle(verb)
    return particle is not None and f"{verb.lemma_.lower()} {particle}" in lex().phrasal_refusals


def _conditional(node: Token) -> bool:
    """ "would meet A if the strike ended", "will not meet B unless ...": a condition clause on the node,
    or on the purpose it is for ("would summon A to give evidence if the strike went ahead")."""
    heads = [node] + [c for c in node.children if c.dep_ == "xcomp"]
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
               for head in heads for c in head.children)


_CONFIRMING_VERBS = frozenset({"confirm", "verify", "acknowledge", "corroborate"})


def _hearsay(noun: Token) -> bool:
    """ "reports that ...", "speculation that ...": talk nobody vouches for (`hearsay_nouns.txt`), unless
    a confirming verb takes it ("confirmed reports that")."""
    return (noun.pos_ == "NOUN" and noun.lemma_.lower() in lex().hearsay_nouns
            and not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in _CONFIRMING_VERBS))


def _gives_a_meal(verb: Token, below: Token) -> bool:
    """ "offered a dinner for A", "gave a lunch in honour of A": a host giving a meal, not an offer to meet."""
    return below.dep_ == "dobj" and below.head.i == verb.i and is_meal(below)


def _proposed_in_a_relative_clause(noun: Token) -> bool:
    """ "a summit between A and B, which C proposed on Wednesday", "the talks that D had suggested": a which-clause
    on the meeting noun (the parser may hang it on the last party's name) says it was only put forward."""
    holders = [noun, *(c for c in noun.children if c.dep_ == "appos")]
    return any(c.dep_ == "relcl" and meeting_forms(c) & lex().proposal_verbs
               and any(w.tag_ == "WDT" for w in c.children) for h in holders for c in h.children)


def habit_in_quote(trigger: Token, quotes: Sequence[QuoteSpan]) -> bool:
    """ "Every month I sit with the minister and nothing changes": a meeting verb in the simple
    present inside a quotation, with no auxiliary and no date, tells what people do (a habit, a complaint),
    not a meeting that took place (a headline's "A meets B" is never inside quotation marks)."""
    if trigger.tag_ not in {"VBP", "VBZ"} or not quoted_at(quotes, trigger.idx):
        return False
    if any(c.dep_ in {"aux", "auxpass"} or (c.dep_ == "mark" and c.lower_ != "that") for c in trigger.children):
        return False  # "will meet", and a clause of condition or time ("until A and I get together") is weighed
    if unreal_condition(trigger, [trigger]):
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in trigger.subtree)


def _later_verbs_of_its_subject(trigger: Token) -> list[Token]:
    """ "Talks with B were on the agenda but will not happen on this trip": the verbs coordinated after the
    one a meeting noun is the subject of, with no subject of their own, say what became of it too."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    return [c for c in trigger.head.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.i > trigger.head.i
            and not any(s.dep_ in {"nsubj", "nsubjpass", "expl"} for s in c.children)]


_SKIPPED_BEFORE_PREDICATE = frozenset({'"', "'", "\u201c", "\u2018", "``", "currently", "now", "still", "yet", "simply"})


def _denied_by_copula(trigger: Token) -> bool:
    """ "A summit of the two leaders is 'not on the agenda this year'", "Talks with A are off the
    table": a meeting noun whose copula says it is not planned (`dropped_meeting_predicates.txt`), read
    off the words (the quotation marks around them break the parse)."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.dep_ != "nsubj" or trigger.head.lemma_ != "be":
        return False
    doc = trigger.doc
    words = [t.lower_ for t in doc[trigger.head.i + 1:min(len(doc), trigger.head.i + 9)]
             if t.lower_ not in _SKIPPED_BEFORE_PREDICATE]
    return any(words[:len(p.split())] == p.split() for p in lex().dropped_meeting_predicates)


def _negated_appraisal(be: Token) -> bool:
    """ "The talks were not easy", "the meeting was not friendly": a copula denying a quality of the meeting,
    not the meeting itself (unlike "was not possible": `possibility_words.txt`)."""
    return be.lemma_ == "be" and any(c.dep_ == "acomp" and c.pos_ == "ADJ" and c.lemma_.lower() not in lex().possibility_words
                                     for c in be.children)


def meeting_status(trigger: Token, date_text: str | None = None) -> MeetingStatus:
    """How far a meeting is real, read from the trigger and the words that govern it, nearest first."""
    if _denied_by_copula(trigger):
        return MeetingStatus.DECLINED
    nodes = [trigger] + meeting_governors(trigger)
    cut = _participial_adjunct(nodes)
    if cut is not None:  # "Meeting in Geneva, A and B agreed to ...": the main clause lends its tense only
        main, nodes = nodes[cut + 1], nodes[:cut + 1]
        if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in main.children):
            return MeetingStatus.SCHEDULED  # "Meeting in Geneva next week, they will sign the accord"
    background: list[Token] = []
    if _known_meeting_as_topic(trigger) or appraised_meeting(trigger):
        nodes = nodes[:1]  # "should have been told about A's meeting with B", "called the talks frank": not a plan
    phrase = measure_of(trigger) or trigger  # "during three hours of talks"
    if phrase.dep_ == "pobj" and phrase.head.lower_ in lex().adjunct_preps and trigger.pos_ in {"NOUN", "PROPN"} \
            and phrase in nodes:
        k = nodes.index(phrase) + 2
        background, nodes = nodes[k:], nodes[:k]  # "agreed at a meeting": only the clause's tense counts
        for node in background[:1]:
            children = list(node.children)
            if _negated_exchange(node) or (meeting_forms(node) & _EXCHANGE_VERBS and any(c.dep_ == "neg" for c in children)):
                return MeetingStatus.DECLINED  # "At the summit they sat apart and did not speak"; "did not meet at the summit"
            if meeting_forms(node) & lex().decline_verbs and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in children):
                return MeetingStatus.DECLINED  # "A snubbed B during her visit": B came, A would not see her
            if any(c.dep_ == "aux" and c.lower_ in {"could", "might", "may"} for c in children):
                return MeetingStatus.HYPOTHETICAL
            if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "would"} for c in children):
                return MeetingStatus.SCHEDULED
    # a refusal or cancellation anywhere above wins over the offer it refuses, also one told of the
    # meeting a relative clause describes ("the summit, which was to bring together A and B, was called off")
    for node in nodes[1:] + _described_meeting_governors(nodes):
        forms = meeting_forms(node)
        if forms & lex().decline_verbs or phrasal_refusal(node) or _negated_exchange(node):
            return MeetingStatus.DECLINED
        if cancels(node):
            return MeetingStatus.CANCELLED
        if _hearsay(node):
            return MeetingStatus.HYPOTHETICAL  # "reports that A would meet B": nobody says it will happen
    for verb in _later_verbs_of_its_subject(trigger):
        if any(c.dep_ == "neg" for c in verb.children) or meeting_forms(verb) & lex().decline_verbs:
            return MeetingStatus.DECLINED  # "Talks with B were on the agenda but will not happen"
        if cancels(verb):
            return MeetingStatus.CANCELLED  # "The talks were planned for May but were called off"
    if trigger.pos_ in {"NOUN", "PROPN"} and _proposed_in_a_relative_clause(trigger):
        return MeetingStatus.PROPOSED  # "a summit between A and B, which C proposed on Wednesday, ...": an offer
    for node in nodes:
        forms = meeting_forms(node)
        children = list(node.children)
        above = node is not trigger
        if node.pos_ in {"VERB", "AUX"} and any(c.dep_ == "neg" for c in children) and not _negated_appraisal(node):
            return MeetingStatus.DECLINED
        if not above and unreal_condition(trigger, nodes):
            return MeetingStatus.HYPOTHETICAL  # "should the truce hold", "provided that", "at any time"
        if (any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "until", "whether"} for c in children) or _conditional(node)
                or any(c.dep_ == "acomp" and c.lemma_.lower() in lex().possibility_words for c in children)):
            return MeetingStatus.HYPOTHETICAL
        if above and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in children) \
                and _to_below(nodes[nodes.index(node) - 1]):
            return MeetingStatus.DECLINED  # "A and B have yet to meet", "is yet to hold talks with B": not so far
        if _for_to_clause(node):
            return MeetingStatus.HYPOTHETICAL  # "it is time for A to meet B", "no need for A to meet B"
        if above and forms & lex().wish_verbs:
            return MeetingStatus.HYPOTHETICAL  # "hopes to meet", "would like to meet"
        if above and _attitude_to_a_gerund(node, nodes[nodes.index(node) - 1], trigger):
            return MeetingStatus.HYPOTHETICAL  # "had no issue with meeting B", "looked forward to meeting B"
        if above and node.lower_ in lex().willingness_words and node.pos_ in {"ADJ", "VERB"} \
                and _to_below(nodes[nodes.index(node) - 1]):
            return MeetingStatus.PROPOSED  # "is ready to meet", "was prepared to sit down with": an offer
        # "called for talks with B" (not "called A, and later rang B": a call, then another)
        if above and forms & {"invite"} and _told_as_held(trigger, node):
            return MeetingStatus.OCCURRED  # "invited B to breakfast at the embassy, where the two agreed ..."
        if above and (forms & lex().proposal_verbs and not _gives_a_meal(node, nodes[nodes.index(node) - 1])
                      or (forms & {"call"} and meeting_particle(node) != "off"
                                                       and nodes[nodes.index(node) - 1].dep_ != "conj")
                      or (forms & lex().proposal_nouns and node.pos_ == "NOUN")):
            return MeetingStatus.PROPOSED
        if any(c.lower_ in {"could", "might", "should", "may"} and c.dep_ == "aux" for c in children):
            return MeetingStatus.HYPOTHETICAL
        if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in children):
            return MeetingStatus.SCHEDULED
        if above and _plan_since_dropped(node, forms):
            return MeetingStatus.CANCELLED  # "had been expected to meet", "was supposed to meet"
        if above and forms & lex().schedule_words:
            return MeetingStatus.SCHEDULED
        if above and node.lemma_ == "be" and nodes[nodes.index(node) - 1].dep_ != "conj" \
                and any(c.dep_ == "acomp" and meeting_forms(c) & lex().schedule_words for c in children):
            return MeetingStatus.SCHEDULED  # "is due in Vienna on Friday for talks with B"
        if above and node.lemma_.lower() == "be" and _is_to_infinitive(nodes, node):
            if node.tag_ == "VBD" and _perfect_infinitive(nodes[nodes.index(node) - 1]):
                return MeetingStatus.CANCELLED  # "was to have met": a plan that did not come about
            return MeetingStatus.SCHEDULED  # "is to meet", "are to hold talks"
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in children):
            return MeetingStatus.SCHEDULED  # future in the past: "said he would meet"
    if date_text and any(w in date_text.lower().split() for w in ("next", "later", "upcoming", "tomorrow", "coming")):
        if _told_in_simple_past(trigger):
            return MeetingStatus.OCCURRED  # "Two days later the mayor met them", "the next day they held talks"
        return MeetingStatus.SCHEDULED  # "later this month", "next week"
    return MeetingStatus.OCCURRED


def _attitude_to_a_gerund(node: Token, below: Token, trigger: Token) -> bool:
    """ "no issue with | meeting B", "interest in | meeting B", "looked forward to | meeting B": an attitude word
    (`attitude_words.txt`) whose preposition governs the meeting told as a gerund."""
    looking_forward = node.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in node.children)
    attitude_object = any(c.dep_ == "dobj" and c.lemma_.lower() in lex().attitude_words for c in node.children)
    return (trigger.tag_ == "VBG" and below.dep_ == "prep" and below.lower_ in {"with", "to", "in", "about", "on"}
            and (node.lemma_.lower() in lex().attitude_words or looking_forward or attitude_object))
    # ("sees no issue | with meeting B": the parser hangs the preposition on the verb whose object the attitude is)


def _participial_adjunct(nodes: list[Token]) -> int | None:
    """Where the chain from the trigger up passes through a participle clause set before its main verb with
    no conjunction ("Meeting in Geneva, they agreed to ...", "Having held talks with B, A proposed ..."): the
    main verb's own wishes, plans and denials are about something else, not about the meeting."""
    for k, node in enumerate(nodes[:-1]):
        if (node.dep_ == "advcl" and node.tag_ in {"VBG", "VBN"} and node.i < node.head.i
                and not any(c.dep_ == "mark" for c in node.children)):
            return k
    return None


def _told_as_held(noun: Token, inviter: Token) -> bool:
    """ "invited B to breakfast at the embassy, where the two tried to ...": a clause of place in the
    simple past hung on the meeting noun or on the venue of the invitation tells what happened
    there, so it took place."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    venues = [t for p in prep_objects(inviter, {"at", "in"}) for t in p.subtree]
    return any(c.dep_ == "relcl" and c.tag_ == "VBD" and any(a.lower_ == "where" for a in c.children)
               for t in [*noun.subtree, *venues] for c in t.children)


def _told_in_simple_past(trigger: Token) -> bool:
    """Whether the meeting's own clause is in the simple past ("met", "held talks", "were received"):
    then "later" and "next" in its date count from an earlier day of the story, not from today."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head if trigger.dep_ in {"dobj", "nsubj", "nsubjpass"} else None
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":  # "A and B were at the bank for a meeting with C"
        verb = trigger.head.head
        if for_at_a_place(trigger):  # "... were at the bank's headquarters for a meeting": "for" hung on the place
            verb = verb.head.head
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)


def _plan_since_dropped(node: Token, forms: set[str]) -> bool:
    """A plan told in the past perfect or with "supposed to" is one that did not come about: "had
    been expected to meet", "had planned to hold talks", "had been due to meet", "was supposed to
    meet" (`dropped_plan_words`); "had agreed to meet" and "is supposed to meet" are not."""
    if not forms & lex().dropped_plan_words:
        return False
    clause = [node] + ([node.head] if node.dep_ in {"acomp", "xcomp", "oprd"} or node.tag_ == "VBN" else [])
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} for n in clause for c in n.children):
        return True
    if node.lower_ in {"supposed", "meant"}:
        return any(c.dep_ in {"auxpass", "aux"} and c.lower_ in {"was", "were"} for n in clause for c in n.children)
    return False


def _to_below(below: Token) -> bool:
    """ "ready to meet" (an infinitive) or "open to holding talks" (the preposition)."""
    return (below.lower_ == "to" and below.dep_ == "prep") or any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)


def _perfect_infinitive(verb: Token) -> bool:
    """ "to have met": an infinitive with "have" before the participle."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)


def cancels(tok: Token) -> bool:
    """A verb that calls a plan off or takes someone out of it: "cancelled", "called off", "pulled
    out of", "withdrew from", "skipped" (`cancel_verbs`, with particles)."""
    if tok.pos_ not in {"VERB", "AUX"} and tok.tag_ not in {"VBN", "VBD"}:
        return False
    forms = meeting_forms(tok)
    if not forms & _first_words(lex().cancel_verbs):
        return False  # most verbs: no entry of the list starts with them
    particle = meeting_particle(tok)
    following = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    if "drop" in forms and (particle in {"by", "in"} or following in {"by", "in"}):
        return False  # "dropped by the embassy", "dropped in on A": a visit
    if forms & lex().cancel_verbs:
        return True
    return particle is not None and any(f"{form} {particle}" in lex().cancel_verbs for form in forms)


@lru_cache(maxsize=8)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first word of each entry of a list of verbs and phrasal verbs ("call" of "call off")."""
    return frozenset(phrase.split()[0] for phrase in phrases if phrase.strip())


def meeting_past_plan(anchor: Token) -> bool:
    """A plan told in the past tense: "was due to meet", "was scheduled to", "had been expected to"."""
    for node in [anchor] + meeting_governors(anchor, 3):
        if node.tag_ == "VBD" and (node.lemma_.lower() in lex().schedule_words | {"be"} or node.lower_ in {"was", "were"}):
            return True
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"was", "were", "had"} for c in node.children) \
                and (meeting_forms(node) & lex().schedule_words):
            return True
    return False


def cancellations(doc: Doc, people: PeopleIndex) -> list[tuple[int, set[str]]]:
    """(end offset, people named) of each sentence that cancels or calls off something: a trip,
    a visit, a meeting ("X cancelled his trip to Oslo", "the visit of X was called off")."""
    out: list[tuple[int, set[str]]] = []
    for sent in doc.sents:
        if any(cancels(t) for t in sent):
            named = {m.person for m in people.sorted_mentions() if sent.start <= m.start < sent.end}
            out.append((sent.end_char, named))
    return out


def meeting_never_met(verb: Token) -> bool:
    """ "The two never met", "A and B have never met" (not "had never met before Monday's talks")."""
    return (verb.pos_ == "VERB" and verb.lemma_.lower() == "meet"
            and any(c.dep_ == "neg" and c.lower_ == "never" for c in verb.children)
            and not any(t.lower_ in {"before", "until", "till", "since", "prior"} for t in verb.subtree))


def meeting_up_to_now(verb: Token) -> bool:
    """ "have never met" (so far: a plan for later may still be kept), not "never met" (the story is over)."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)


def plans_never_kept(meetings: list[Meeting], never_met: list[tuple[frozenset[str], bool]], published: str | None) -> None:
    """A plan of people the article says never met did not come about: "A and B were due to meet in
    March 2023. ... the two have never met" (a plan dated before publication), "A said she would meet
    B ... The two never met" (any plan: the story is over). Such plans become Cancelled."""
    for meeting in meetings:
        if meeting.status is not MeetingStatus.SCHEDULED:
            continue
        keys = {a.key for a in meeting.attendees if a.kind == "person"}
        for pair, up_to_now in never_met:
            past_plan = meeting.date is not None and published is not None and meeting.date.value < published
            if len(pair) >= 2 and pair <= keys and (not up_to_now or past_plan):
                meeting.status = MeetingStatus.CANCELLED


def called_off_next(sent: Span, window: int = 300) -> bool:
    """ "A and B were to meet in Geneva. The meeting was called off at the last minute.": the next
    sentence cancels the meeting just told (a definite meeting noun with no parties of its own, as
    the subject or object of a cancelling verb), so the plan told in the past never came about."""
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    following = doc[sent.end].sent
    while all(t.is_space for t in following) and following.end < len(doc):
        following = doc[following.end].sent
    if following.start_char - sent.end_char > window:
        return False
    for verb in following:
        if not cancels(verb):
            continue
        for noun in _children(verb, {"nsubjpass", "nsubj", "dobj"}):
            if noun.lower_ == "it" and noun.dep_ in {"nsubjpass", "dobj"}:
                return True  # "It was scrapped a week before", "officials decided to delay it": the plan just told
            words = lex().meeting_nouns | lex().talk_nouns | lex().visit_nouns
            if (noun.lemma_.lower() in words or noun.lower_ in words) and any(
                    c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in noun.children) \
                    and not any(c.dep_ in {"poss"} or (c.dep_ == "prep" and c.lower_ in {"with", "between"}) for c in noun.children):
                return True
    return False


def called_off_after(anchor: Token) -> bool:
    """ "A was to meet B on Friday, but the meeting was cancelled", "A planned to see B but called off
    the trip", "... but cancelled because of the storm": a cancelling verb in a clause coordinated with
    the plan's own, after it, whose object is the plan ("it", a definite or possessed meeting, trip or
    visit noun) or nothing at all (not "but cancelled a trip to Rome", another plan)."""
    clause = [anchor] + meeting_governors(anchor)
    for verb in (c for node in clause for c in node.children if c.dep_ == "conj" and c.i > anchor.i):
        if not cancels(verb):
            continue
        objects = _children(verb, {"dobj", "nsubjpass"}) + prep_objects(verb, {"off"})
        if all(o.lower_ == "it" or _definite_plan(o) for o in objects):
            return True
    return False


def _known_meeting_as_topic(noun: Token) -> bool:
    """ "should have been told about A's meeting with B", "may be asked regarding the talks between A and B": a
    meeting already known (possessive or definite) as what another clause is about (`topic_preps.txt`, not "on",
    which also opens plans: "agreed on the talks"). The modal, offer or question is that clause's, not the meeting's."""
    return (noun.dep_ == "pobj" and noun.pos_ in {"NOUN", "PROPN"} and noun.head.lower_ != "on"
            and noun.head.lower_ in lex().topic_preps and noun.head.head.pos_ in {"VERB", "AUX", "ADJ"}
            and _definite(noun))


def _definite(noun: Token) -> bool:
    """ "the meeting", "that visit", "his trip", "A's talks": a definite article or a possessive."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "that", "this"}) for c in noun.children)


def _definite_plan(noun: Token) -> bool:
    """ "the meeting", "that visit", "his trip", "the talks": a meeting, talk, visit or trip noun with a
    definite article or a possessive."""
    words = lex().meeting_nouns | lex().talk_nouns | lex().visit_nouns | TRIP_NOUNS
    return (noun.lemma_.lower() in words or noun.lower_ in words) and _definite(noun)


def cancelled_before(cancelled: list[tuple[int, set[str]]], attendees: list[Agent], sent: Span,
                      window: int = 600) -> bool:
    """Whether a plan of one of these people was cancelled shortly before (within a few sentences)."""
    keys = {a.key for a in attendees}
    return any(0 <= sent.start_char - end < window and named & keys for end, named in cancelled)
