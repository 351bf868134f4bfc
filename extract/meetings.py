"""Meetings: who met whom, where, when, and whether it happened.

Triggers are meeting verbs ("met", "hosted", "received", "visited", "welcomed", "got together")
and meeting nouns ("meeting", "talks", "summit", "dinner"), alone or as the object of a light verb
("held talks", "attended a meeting"). Participants come from subjects, objects, "with" and
"between" phrases, possessives, coordination and "including" lists; for a noun they also include the
subject of the clause it sits in ("Zelensky confirmed after a meeting with Erdogan"). A definite
noun with no participants of its own ("present at that meeting") adds the people of its sentence
to the meeting before it.

Whether it happened is read in `meeting_modality`, where in `meeting_places`, when in
`meeting_dates`; the clause walks they share are in `meeting_clauses`.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.agents import AgentResolver
from newsgraph.extract.channels import (IRREGULAR_CALL_FORMS, channel_of, in_person_cue, is_call_trigger, is_verb, visit_call,
                                        misread_name)
from newsgraph.extract.copresence import Encounter, at_venue, candidate_words, encounter, is_meal
from newsgraph.extract.datelines import dateline_end, dateline_place
from newsgraph.extract.event_rosters import attended_by_its_subject, event_roster
from newsgraph.extract.dates import DATE_LABELS, DocDates
from newsgraph.extract.delegations import DelegationIndex, representation
from newsgraph.extract.group_anaphora import fits_group, fits_group_and_office, group_counts, group_named_before
from newsgraph.extract.group_rosters import group_roster
from newsgraph.extract.facts import Agent, ArticleMeta, Channel, Evidence, Meeting, MeetingStatus, Office, PartialDate
from newsgraph.extract.joiners import Joining, joinings
from newsgraph.extract.lexicon import lex
from newsgraph.extract.meeting_clauses import (SUBJECT_DEPS, TIME_CLAUSE_MARKS, TRAVEL_VERBS, agent_objects, appraised_meeting,
                                               content_sentences, controller_subjects, for_at_a_place, lexicon_verb,
                                               fronted_participle_subject, meeting_forms, measure_of,
                                               opening_companion_participle, prep_objects,
                                               programme_trips, verb_forms)
from newsgraph.extract.sideline_meetings import date_and_place_from_the_event
from newsgraph.extract.measured_gaps import measured_gap
from newsgraph.extract.meeting_dates import arrival_days, date_entity, day_across_gap, moves_on, shifted_day, vague_time
from newsgraph.extract.co_chairs import co_chairs
from newsgraph.extract.described_speakers import abbreviated_title_speaker, described_speaker
from newsgraph.extract.meeting_partners import (alongside_partners, delegations_told_next, sides_told_next, meeting_verb_of,
                                                nominal_meeting_adjective, presiding_people, subject_in_time_phrase,
                                                titled_members)
from newsgraph.extract.meeting_modality import (habit_in_quote, called_off_after, called_off_next, cancellations, cancelled_before,
                                                meeting_never_met, meeting_past_plan, meeting_status, meeting_up_to_now,
                                                phrasal_refusal, plans_never_kept)
from newsgraph.extract.meeting_places import (EVENT_KEY, dateline_city_named_again, is_site, meeting_locality,
                                              meeting_place, narrative_places, other_towns_before, place_of,
                                              places_from_headline, site_in_clause)
from newsgraph.extract.narrative_dates import backgrounded, narrative_day
from newsgraph.extract.participants import is_person_noun, listed_people, prep_after, sentence_end, skip_when
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.quotes import find_quotes
from newsgraph.extract.syntax import (children as _children, doc_text, governing_verb, hyphenated_word,
                                      predicate_read_as_modifier, tokens_with)


_OBJECT_NEEDED = {"receive", "welcome", "host", "visit", "greet", "accompany", "see", "summon", "brief"}


_SPEAKING_VERBS = frozenset({"speak", "talk", "chat"})  # a meeting only with an in-person cue
_DRAWING_VERBS = frozenset({"draw", "attract", "gather", "assemble"})  # a meeting noun's subject draws its attendees


_PEOPLE = frozenset({"person"})


def unknown_subject(verb: Token, resolver: AgentResolver) -> bool:
    """The verb's subject is one person the article does not identify: an unresolved "she" or a
    singular description ("the envoy") that names nobody. In "She met the chairman, A, and the
    prefect, B" the objects met the subject, not each other, so they make no pair of their own."""
    subjects = controller_subjects(verb)
    if not subjects or any(resolver.agents_in(s) for s in subjects):
        return False
    return all((s.pos_ == "PRON" and s.lower_ in lex().personal_pronouns)
               or (s.tag_ == "NN" and is_person_noun(s) and not any(c.dep_ == "conj" for c in s.children))
               for s in subjects)


def _left_conjunct(subject: Token) -> Token:
    """"until Putin and I get together": the parser often leaves "Putin" out of the coordination."""
    doc = subject.doc
    if subject.i >= 2 and doc[subject.i - 1].lower_ == "and" and doc[subject.i - 2].pos_ in {"PROPN", "NOUN"}:
        return doc[subject.i - 2]
    return subject


def _nearby_with(noun: Token) -> list[Token]:
    """"talks on Tuesday with Okafor", "a working lunch at noon with Brandt": a "with" phrase
    the parser hung on a time word or the verb, right after the meeting noun."""
    doc = noun.doc
    out: list[Token] = []
    for tok in doc[noun.i + 1:min(noun.i + 10, noun.sent.end)]:  # (a place and a day may come between)
        if tok.lower_ == "with" and tok.dep_ == "prep" and tok.head.i != noun.i:
            if tok.head.i in {t.i for t in noun.subtree} or tok.head.i == noun.head.i or tok.head.dep_ in {"npadvmod", "pobj"}:
                out.extend(c for c in tok.children if c.dep_ == "pobj")
            break
        if tok.pos_ in {"VERB", "AUX"} or tok.is_punct:
            break
    return out


def _arrival_day(parties: _Parties, arrivals: list[dict[str, PartialDate]], here: int, window: int = 4) -> PartialDate | None:
    """The day one of the meeting's people arrived, told within a few sentences before it."""
    people = [a.key for a in parties.all if a.kind == "person"]
    for n in range(here, max(-1, here - window - 1), -1):
        for person in people:
            if person in arrivals[n]:
                return arrivals[n][person]
    return None


def _is_call(tok: Token) -> bool:
    """ "phoned Moss", "spoke by phone with Moss", "told Moss by telephone", "a phone call with Moss"."""
    lemma = tok.lemma_.lower()
    if is_verb(tok):
        objects = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ in {"PROPN", "NOUN", "PRON"}]
        objects += _misread_predicates(tok)
        if is_call_trigger(tok, bool(objects) or bool(prep_objects(tok, {"with"}))):
            return True
        if lemma in {"speak", "talk", "tell", "confer", "hold"} and channel_of(tok) is not Channel.IN_PERSON:
            return bool(objects or prep_objects(tok, {"with", "to"}) or prep_after(tok, {"with", "to"})
                        or _joint_subjects(tok))  # "A and B spoke by telephone"
        return False
    if tok.pos_ in {"NOUN", "PROPN"} and (lemma in lex().call_nouns or tok.lower_ in lex().call_nouns) and tok.dep_ != "compound":
        return channel_of(tok) is not Channel.IN_PERSON and (
            bool(prep_objects(tok, {"with", "between"})) or bool(_children(tok, {"poss"})) or tok.dep_ == "dobj"
            or (tok.dep_ == "pobj" and tok.head.lower_ in lex().adjunct_preps))
    return False


def _is_visit_call(tok: Token) -> bool:
    """ "received a courtesy call from A", "A's farewell call on B", "during a courtesy call on B": a call
    the official usage makes a visit (channels.py), with someone to call on or from."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.lemma_.lower() not in lex().call_nouns or not visit_call(tok):
        return False
    return channel_of(tok) is Channel.IN_PERSON and (
        tok.dep_ == "dobj" or bool(prep_objects(tok, {"on", "from", "by", "with"}) or _children(tok, {"poss"})))


def _is_mediator(tok: Token) -> bool:
    """ "mediator", "go-between", "middle-man" (also when the tokenizer split the hyphen)."""
    doc = tok.doc
    joined = f"{doc[tok.i - 2].lower_}-{tok.lower_}" if tok.i >= 2 and doc[tok.i - 1].text == "-" else tok.lower_
    return bool({joined, tok.lower_, tok.lemma_.lower()} & lex().mediator_nouns) and (joined == tok.lower_ or joined in lex().mediator_nouns)


def _touches_a_person(verb: Token) -> bool:
    """ "A hugged B", "A tapped B on the shoulder" (`contact_verbs.txt`): a person touched in person.
    Not "embraced the plan", "tapped B for the job"."""
    lemma = verb.lemma_.lower()
    for entry in lex().contact_verbs:
        word, *preps = entry.split()
        if word != lemma or (preps and not any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children)):
            continue
        touched = _children(verb, {"dobj", "nsubjpass"})  # also "B was embraced by A"
        return any(o.ent_type_ == "PERSON" or is_person_noun(o) or any(c.ent_type_ == "PERSON" for c in o.children)
                   for o in touched)
    return False


def _is_trigger(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ in {"NOUN", "PROPN"} and _negated_noun(tok):
        return False  # "no meeting between A and B is planned", "there will be no talks with B": none told
    if tok.pos_ == "VERB":  # "dined", which spaCy lemmatises as "din", is "dine"
        lemma = lexicon_verb(tok, lex().meeting_verbs) or lexicon_verb(tok, lex().with_meeting_verbs) or lemma
    if tok.pos_ == "VERB" and lemma in lex().sitting_verbs and any(
            _chairs_of(s) for s in _children(tok, {"nsubj"}) if s.ent_type_ not in {"GPE", "NORP"}):
        return True  # "The commission, co-chaired by A and B, reviewed trade": the body sat, its chairs met
    if _is_call(tok):
        return True
    if _is_visit_call(tok):
        return True
    if tok.pos_ in {"NOUN", "PROPN"} and _is_mediator(tok):
        return bool(prep_objects(tok, {"between"}) or prep_after(tok, {"between"}, window=2))
    if lemma == "join" and tok.pos_ == "VERB" and any(c.dep_ == "agent" for c in tok.children):
        # "Putin was joined by Lavrov"; not "Their talks were joined by C and by D": the meeting told
        return not any(c.dep_ == "nsubjpass" and c.lemma_.lower() in lex().meeting_nouns | lex().talk_nouns
                       for c in tok.children)
    if tok.pos_ == "VERB" and (lemma in _SPEAKING_VERBS or lemma == "come") and in_person_cue(tok):  # "came face to face with"
        return bool(prep_objects(tok, {"with", "to"}) or prep_after(tok, {"with", "to"})  # "talked to A face to face"
                    or (lemma in _SPEAKING_VERBS and _joint_subjects(tok)))  # "A and B spoke on the sidelines of the summit"
    if tok.pos_ == "VERB" and lemma in _SPEAKING_VERBS and at_venue(tok):
        return True  # "A and B spoke for an hour at the embassy": the parties are checked later
    if tok.pos_ == "VERB" and _shuttles(tok):
        return True  # "the envoy shuttled between A and B" (shuttle_words.txt)
    if tok.pos_ == "VERB" and lemma in _DRAWING_VERBS and _children(tok, {"dobj"}) and any(
            s.lemma_.lower() in lex().meeting_nouns for s in _children(tok, {"nsubj"})):
        return True  # "the summit drew A, B and C", "the talks gathered A and B"
    if tok.pos_ == "VERB" and lexicon_verb(tok, lex().mutual_verbs):
        # "A huddled with B", "A and B conferred for an hour" (mutual_verbs.txt)
        # (a joint subject with an object of its own, "A and B negotiated the bill", may have worked apart)
        return bool(prep_objects(tok, {"with"}) or prep_after(tok, {"with"})
                    or (_joint_subjects(tok) and not _children(tok, {"dobj"})))
    if tok.pos_ == "VERB" and lemma in lex().with_meeting_verbs:
        # "discussed trade with A"; "A and the Ethiopian ambassador, B, discussed bilateral issues": a
        # coordinated pair of people as the subject are the two sides of the exchange
        return bool(prep_objects(tok, {"with"}) or prep_after(tok, {"with"}) or _coordinated_people(tok))
    if tok.pos_ == "VERB" and lemma == "spend" and any(o.lemma_.lower() in lex().spent_time_nouns
                                                       for o in _children(tok, {"dobj", "npadvmod"})):
        return bool(prep_objects(tok, {"with"}) or prep_after(tok, {"with"}))  # "spent three hours with A"
    if tok.pos_ == "VERB" and lemma in lex().topic_raising_verbs:
        # "raised the pipeline with A" (not "raised money with B": raised_non_topics.txt)
        topics = _children(tok, {"dobj"})
        return bool(topics) and not any(t.lemma_.lower() in lex().raised_non_topics for t in topics) \
            and bool(prep_objects(tok, {"with"}) or prep_after(tok, {"with"}))
    if tok.pos_ == "VERB" and any(f"{lemma} {c.lemma_.lower()}" in lex().meeting_idioms for c in tok.children if c.dep_ == "dobj"):
        return True  # "shook hands with A", "A and B broke bread" (meeting_idioms.txt)
    if tok.pos_ == "VERB" and lemma == "bring" and _together_in_clause(tok):
        return True  # "the summit brought together A, B and C", "brought A and B together for the first time"
    if tok.pos_ == "VERB" and lemma == "call" and _called_on(tok):
        return True  # "the envoy called on the prime minister" (a visit; not "called on A to resign")
    if tok.pos_ == "VERB" and lemma == "see" and _seen_in_person(tok):
        return True  # "travelled to Riyadh to see the minister", "will see A again"
    if tok.pos_ == "VERB" and lemma in lex().joint_chair_verbs and _standing_role(tok):
        return False  # "A, who co-chairs the council with B": a post the two share, no meeting told
    if tok.pos_ == "VERB" and lemma in lex().joint_chair_verbs and _chairs_the_event_told_before(tok):
        return True  # "The commission's session opened in Lima. It was co-chaired by A and B"
    if tok.pos_ == "VERB" and lemma in lex().meeting_verbs:
        return True
    if tok.pos_ == "VERB" and _touches_a_person(tok):
        return True  # "A hugged B", "tapped B on the shoulder" (contact_verbs.txt)
    if tok.pos_ == "VERB" and lemma == "pose" and any(o.lemma_.lower() in lex().photo_nouns
                                                     for o in prep_objects(tok, {"for"})):
        return bool(prep_objects(tok, {"with"}) or prep_after(tok, {"with"}) or _joint_subjects(tok))  # "posed for photographs with B"
    if tok.pos_ == "VERB" and lemma in {"get", "sit"} and any(c.dep_ in {"prt", "advmod"} and c.lower_ in {"together", "down"} for c in tok.children):
        return True
    if tok.pos_ == "VERB" and lemma == "come" and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "together" for c in tok.children):
        return _joint_subjects(tok) or bool(prep_objects(tok, {"with"}))  # "A and B came together in Lome"
    if tok.pos_ == "VERB" and lemma == "sit" and any(o.ent_type_ == "PERSON" or is_person_noun(o) for o in prep_objects(tok, {"with"})):
        return True  # "sat with the rebel leader for three hours" (not "sat with her arms folded")
    if tok.pos_ == "NOUN" and (lemma in lex().light_meeting_nouns or tok.lower_ in lex().light_meeting_nouns):
        # "had in-depth exchanges", "held a dialogue with", "joined A in a conversation": only with a
        # light verb or a partner
        return ((tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex().light_verbs)
                or bool(prep_objects(tok, {"with", "between"})) or _joined_in(tok)
                # "In a telephone conversation, A and B discussed ...": the clause's subjects, at a distance
                or (tok.dep_ == "pobj" and tok.head.lower_ in lex().adjunct_preps and channel_of(tok) is not Channel.IN_PERSON))
    if is_meal(tok) and _hosted_event(tok):
        return True  # "A threw a reception at the embassy", "a gala hosted by A": a gathering, not "a cool reception"
    if nominal_meeting_adjective(tok):
        return True  # "held a bilateral with B", tagged an adjective (nominal_meeting_adjectives.txt)
    if _hyphenated_meeting_noun(tok):
        return True  # "held a tete-a-tete", "had a one-on-one with A", "a get-together"
    return tok.pos_ in {"NOUN", "PROPN"} and (lemma in lex().meeting_nouns or tok.lower_ in lex().meeting_nouns) and tok.dep_ != "compound"


def _hosted_event(noun: Token) -> bool:
    """A meal or reception (`meal_nouns.txt`) someone gives or attends ("threw a reception", "a gala hosted
    by A", "the reception was attended by B"): only then is a word like "reception" a gathering rather than
    how something was received."""
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in lex().attendance_verbs:
        return True  # "A attended a banquet", "the reception was attended by B"
    return _given_by_a_host(noun)


def _given_by_a_host(noun: Token) -> bool:
    """The object of a hosting verb ("threw a reception", "gave a gala") or a noun with one hung on it ("a
    reception hosted by A", "a lunch given in honour of B")."""
    return ((noun.dep_ == "dobj" and noun.head.lemma_.lower() in _HOSTING_VERBS)
            or any(c.dep_ == "acl" and c.lemma_.lower() in _HOSTING_VERBS for c in noun.children))


def _chairs_the_event_told_before(verb: Token) -> bool:
    """ "The session was held at the ministry. It was co-chaired by A and B": a joint verb in the passive whose
    subject is a pronoun taking up a meeting noun of the sentence before, with the people who ran it after "by"."""
    subject = next(iter(_children(verb, {"nsubjpass"})), None)
    if subject is None or subject.lower_ not in {"it", "they"} or not agent_objects(verb):
        return False
    doc = verb.doc
    before = doc[verb.sent.start - 1].sent if verb.sent.start > 0 else None
    while before is not None and all(t.is_space for t in before) and before.start > 0:
        before = doc[before.start - 1].sent
    nouns = lex().meeting_nouns | lex().talk_nouns
    return before is not None and any(t.pos_ == "NOUN" and (t.lemma_.lower() in nouns or t.lower_ in nouns) for t in before)


def _standing_role(verb: Token) -> bool:
    """A joint verb in the simple present ("A co-chairs the council with B", "who co-host the show") or
    held since a time ("co-chaired by A and B since 2019") tells a role the two share, not a sitting."""
    bare = verb.tag_ in {"VBZ", "VBP"} or (verb.tag_ == "VBD" and verb.lower_ == verb.lemma_.lower())  # "co-host", tagged past
    present = bare and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    return present or any(t.lower_ == "since" for t in verb.subtree)


def _hyphenated_meeting_noun(tok: Token) -> bool:
    """ "held a tete-a-tete", "had a one-on-one with A", "a brief get-together" (meeting_nouns.txt): the
    part of a hyphenated meeting noun the parser hung the word on (any part, tagged a noun, an adjective
    or a number), not a modifier ("one-on-one talks": "talks" is the meeting)."""
    word = hyphenated_word(tok)
    if len(word) < 3 or word.start <= tok.head.i < word.end and tok.head.i != tok.i:
        return False
    return (tok.dep_ not in {"compound", "amod", "nummod"} and tok.pos_ in {"NOUN", "PROPN", "NUM", "ADJ"}
            and word.text.lower() in lex().meeting_nouns)


def _meeting_word(tok: Token) -> str:
    """The text a meeting is told by: the whole hyphenated word ("tete-a-tete") or the token's."""
    word = hyphenated_word(tok)
    return word.text if len(word) > 1 and word.text.lower() in lex().meeting_nouns else tok.text


def _may_be_person(tok: Token) -> bool:
    """A name not tagged as a place, a person noun ("the envoy") or a personal pronoun."""
    return ((tok.pos_ == "PROPN" and tok.ent_type_ not in {"GPE", "LOC", "FAC", "NORP", "DATE"})
            or is_person_noun(tok) or tok.lower_ in lex().personal_pronouns)


def _shuttles(verb: Token) -> bool:
    """ "shuttled between A and B", "went back and forth between the two": a go-between who saw each
    side in turn (`shuttle_words.txt`); the sides named after "between" are each met on their own."""
    sides = prep_objects(verb, {"between"})
    if not any(_may_be_person(o) for side in sides for o in side.conjuncts + (side,)):
        return False  # "shuttled between gains and losses"
    if not any(_may_be_person(s) for s in controller_subjects(verb) or ([verb.head] if verb.dep_ == "acl" else [])):
        return False  # "the ferry shuttled between ..." (the people index decides about names later)
    if verb.lemma_.lower() in lex().shuttle_words:
        return True
    return any(c.dep_ == "advmod" and " ".join(t.lower_ for t in c.subtree) in lex().shuttle_words
               for c in verb.children)


def _negated_noun(noun: Token) -> bool:
    """ "no meeting", "no formal talks", "No Torres-Vargas Talks": "no" before the noun with only its modifiers
    between (not "wasted no time - launching talks", where the parser hung "no" on "talks"); a modifier may be a
    hyphened pair of names, whose first hangs on the second."""
    doc = noun.doc
    return any(c.dep_ == "det" and c.lower_ == "no" and c.i < noun.i
               and all(_modifies_within(doc[j], c.i, noun.i) for j in range(c.i + 1, noun.i))
               for c in noun.children)


def _modifies_within(tok: Token, start: int, noun: int) -> bool:
    """A word between "no" and its noun that modifies the noun, or a word of a hyphened modifier before it."""
    if tok.text == "-" and not tok.whitespace_:
        return True
    return tok.pos_ in {"ADJ", "NOUN", "PROPN"} and (tok.head.i == noun or (start < tok.head.i < noun
                                                                             and tok.head.head.i == noun))


def _trip_makers(noun: Token) -> list[Token]:
    """ "Weiss's visit to Oslo included talks with A", "the trip by Weiss will feature a dinner with
    B": the one whose trip contains the meeting (the possessor, or the object of "by" or "of")."""
    if noun.dep_ != "dobj":
        return []
    return [m for trip in programme_trips(noun.head)
            for m in _children(trip, {"poss"}) + prep_objects(trip, {"by", "of"})]


def _owner_of_the_room(visit: Token) -> list[Token]:
    """ "A was at the governor's office on a farewell visit", "B was at the mayor's residence on a courtesy
    visit": a courtesy or farewell visit (`visit_call_modifiers.txt`) told of someone who is in a person's
    office or home is a visit to that person (a visit of no such kind to an office meets no one by itself)."""
    if visit.dep_ != "pobj" or visit.head.lower_ != "on" or not visit_call(visit):
        return []
    verb = visit.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    rooms = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"in", "at"}
             for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return [c for room in rooms for c in room.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}]


def _joined_in(noun: Token) -> bool:
    """ "A joined B in a conversation", "joined B for talks", "joined B at the summit", also when the parser
    hangs the phrase on the last noun of B's long title ("joined Director-General of the Department of
    Trade C for a working lunch")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"in", "for", "at"}:
        return False
    return _joining_verb(noun.head) is not None


def _joining_verb(prep: Token) -> Token | None:
    """The verb "join" a phrase hangs on, directly or through the noun phrase of its object."""
    node = prep.head
    while node.dep_ in {"pobj", "prep", "nmod", "compound", "appos"} and node.pos_ in {"PROPN", "NOUN", "ADP"} \
            and node.head.i != node.i and node.head.i > node.i - 20:
        node = node.head
    if node.dep_ == "dobj":
        node = node.head  # the phrase hangs on B, or on a noun of B's title
    elif node.i != prep.head.i:
        return None
    return node if node.lemma_.lower() == "join" and node.pos_ == "VERB" else None


def _together_in_clause(verb: Token) -> bool:
    """ "together" in the verb's own clause, after it: as its particle ("brought together A and B") or
    where the parser hung it on a phrase of the verb ("brought A and B together for the first time",
    read with "together" on "for")."""
    return any(t.lower_ == "together" and governing_verb(t).i == verb.i for t in verb.subtree if t.i > verb.i)


def _called_on(verb: Token) -> list[Token]:
    """The person a visitor "called on" (the objects of "on"), unless the call is a demand: "called on
    A to resign", "called on A for restraint" (a "to" or "for" right after the called-on phrase)."""
    objects = [o for o in prep_objects(verb, {"on"}) if o.ent_type_ not in {"DATE", "TIME"}]  # not "on Friday"
    read_apart = [] if objects else _object_after_particle(verb)
    objects = objects or read_apart
    if not objects:
        return []
    doc = verb.doc
    last = max(t.i for o in objects for t in o.subtree if not t.is_punct)
    # "called on the Speaker of the Assembly, A, at ...": the parser may read the name set off by
    # commas after the title as the verb's object (or as a bare noun phrase on it)
    appositions = [c for c in verb.children if c.dep_ in {"dobj", "npadvmod"} and c.pos_ == "PROPN"
                   and c.left_edge.i == last + 2 and doc[last + 1].text == ","]
    if any(c.dep_ in {"ccomp", "dobj", "prt"} and c not in appositions and c not in read_apart
           and not (read_apart and c.i == verb.i + 1) for c in verb.children):
        return []
    objects += appositions
    last = max(t.i for o in objects for t in (o.subtree if o not in appositions else [doc[o.i]]) if not t.is_punct)
    if last + 1 < verb.sent.end and doc[last + 1].lower_ in {"to", "for", "not"}:
        return []
    places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"at", "in"} and c.i > last]
    for xcomp in (c for c in verb.children if c.dep_ == "xcomp"):
        if not any(p.i < xcomp.left_edge.i for p in places):
            return []  # "called on A on Monday to resign"; but "called on A at the palace to say goodbye"
    return [o for o in objects if (o.pos_ == "PROPN" or is_person_noun(o) or o.lower_ in _CALLED_ON_PRONOUNS)
            and o.ent_type_ not in {"DATE", "TIME"}]


_CALLED_ON_PRONOUNS = frozenset({"him", "her", "them"})  # "B, who called on him at his office": the one told before


def _object_after_particle(verb: Token) -> list[Token]:
    """ "is scheduled to call on Senate Chairman A", "will call on Foreign Minister A": the parser reads
    "on" right after the verb as a particle (or a preposition with no object) and the titled name
    right after it as the verb's direct object; that object is the one called on."""
    doc = verb.doc
    on = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if on is None or on.lower_ != "on" or on.head.i != verb.i or on.dep_ not in {"prt", "prep"} \
            or any(c.dep_ == "pobj" for c in on.children):
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == on.i + 1
            and (c.pos_ == "PROPN" or is_person_noun(c))]


def _joint_subjects(verb: Token) -> bool:
    """ "A and B spoke", "the two leaders talked": a subject that is itself more than one party."""
    return any(c.dep_ in SUBJECT_DEPS and (any(g.dep_ == "conj" for g in c.children) or c.tag_ in {"NNS", "NNPS"}
                                            or any(g.dep_ == "appos" and any(h.dep_ == "conj" for h in g.children)
                                                   for g in c.children))  # "A, B and C": a list read as an apposition
               for c in verb.children)


def _coordinated_people(verb: Token) -> bool:
    """ "A and B discussed ...", "the minister and the ambassador, B, discussed ...": a subject that
    coordinates two words that can stand for people (names, titles, descriptions of people)."""
    for subject in (c for c in verb.children if c.dep_ in {"nsubj"}):
        # "Laos's Prime Minister A and his Thai counterpart B discussed ...": the parser may coordinate
        # the name set off after the title with the second party, under the title
        for head in (subject, *(a for a in subject.children if a.dep_ == "appos" and a.ent_type_ == "PERSON")):
            conjuncts = [head, *head.conjuncts]
            if len(conjuncts) >= 2 and all(c.ent_type_ == "PERSON" or is_person_noun(c) for c in conjuncts):
                return True
    return False


_EACH_OTHER = frozenset({"other", "another"})


_DEFINITE_WINDOW = 1000  # characters back that "the meeting" may take up the last meeting told


def _seen_in_person(verb: Token) -> bool:
    """ "see A" is a meeting when a person is seen on purpose or by arrangement: a plan or purpose
    ("travelled to Riyadh to see the minister", "is due to see A"), an encounter adverb ("will see A
    again", "saw each minister separately", `seeing_cues.txt`), or "see each other". Not a sight or an
    opinion: "saw A as a partner", "saw A win", "see the report", "we will see"."""
    if any(c.dep_ in {"ccomp", "xcomp", "oprd", "acomp", "dative"} for c in verb.children):
        return False  # "saw A win", "saw A as weak" (parsed as a complement)
    if any(c.dep_ == "prep" and c.lower_ in {"as", "through"} for c in verb.children):
        return False
    objects = _children(verb, {"dobj"})
    if not objects or not all(o.pos_ == "PROPN" or is_person_noun(o) or o.lower_ in _EACH_OTHER for o in objects):
        return False
    if any(o.lower_ in _EACH_OTHER for o in objects):
        return True  # "the two will see each other again in July"
    on_screen = any(t.lemma_.lower() in lex().screen_nouns for t in verb.subtree)  # "see A on television"
    if not on_screen and any(t.dep_ in {"advmod", "npadvmod", "amod"} and t.lower_ in lex().seeing_cues
                             and verb in (t.head, t.head.head) for t in verb.subtree):
        return True  # "saw A privately before the vote": the parser may hang it on the preposition
    if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in verb.children) and not on_screen and any(
            t.ent_type_ in {"DATE", "TIME"} for c in verb.children if c.dep_ in {"prep", "npadvmod"} for t in c.subtree):
        return True  # "A and B will then see Minister C on Friday": an appointment on a day (not "on television")
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or in_person_cue(verb)


def _trigger_candidates(doc: Doc) -> list[Token]:
    """The tokens `_is_trigger` can accept (by word or lemma), in order: most tokens of an article
    are no trigger, and testing each one in Python is slow."""
    words = (lex().call_verbs | lex().call_nouns | lex().with_meeting_verbs | lex().meeting_verbs | lex().mutual_verbs
             | lex().light_meeting_nouns | lex().meeting_nouns | lex().visit_nouns | lex().nominal_meeting_adjectives
             | lex().sitting_verbs | lex().joint_chair_verbs
             | _SPEAKING_VERBS | _DRAWING_VERBS | {"tell", "confer", "hold", "join", "get", "sit", "call", "bring", "come", "see", "pose"}
             | set(IRREGULAR_CALL_FORMS)
             | {idiom.split()[0] for idiom in lex().meeting_idioms} | {entry.split()[0] for entry in lex().contact_verbs})
    words |= {w.rsplit("-", 1)[-1] for w in lex().mediator_nouns} | lex().mediator_nouns  # "go-between" split at "-"
    words |= {part for w in lex().meeting_nouns if "-" in w for part in (w.split("-")[0], w.rsplit("-", 1)[-1])}  # "sit-down"
    words |= set(verb_forms(lex().meeting_verbs)) | set(verb_forms(lex().with_meeting_verbs)) | candidate_words()
    words |= lex().topic_raising_verbs | set(verb_forms(lex().topic_raising_verbs)) | {"spend"}
    words |= set(verb_forms(lex().mutual_verbs)) | set(verb_forms(lex().shuttle_words)) | lex().meal_nouns
    found = {t.i: t for t in _tokens_by_word_or_lemma(doc, words)}
    for ends in tokens_with(doc, {"forth"}):  # "went back and forth": the verb the phrase hangs on
        if ends.head.head.pos_ == "VERB":
            found.setdefault(ends.head.head.i, ends.head.head)
    return [found[i] for i in sorted(found)]


def _tokens_by_word_or_lemma(doc: Doc, words: frozenset[str] | set[str]) -> list[Token]:
    """The tokens whose lowercase form or lemma is one of `words`, in order."""
    found = {t.i: t for t in tokens_with(doc, words)}
    found.update((t.i, t) for t in tokens_with(doc, words, lemma=True))
    return [found[i] for i in sorted(found)]


class _Parties:
    """The agents a trigger names, keeping apart those listed in its "with" phrase."""

    def __init__(self, resolver: AgentResolver, offices: list[Office] | None = None):
        self.resolver = resolver
        self.offices = offices
        self.all: list[Agent] = []
        self.guests: list[Agent] = []
        self.apart = False  # the guests were each met on their own, whatever the sentence says ("shuttled between")
        self.own_phrases: dict[str, tuple[int, int]] = {}  # a gapped guest -> the tokens of its own time and place

    def add(self, tokens, *, guests: bool = False, kinds: frozenset[str] | None = None) -> None:
        """The agents these tokens name (only those of `kinds`, when given: "a visit to the king" yes,
        "a visit to Rome" no)."""
        for t in tokens:
            if _heads_of_state(t):
                continue  # "the two Heads of State": people named before (`_titled_pair`), no body
            found = self.agents_of(t)
            holder = self._holder_of_short_title(t, found)
            for agent in [holder] if holder is not None else found:
                if kinds is not None and agent.kind not in kinds:
                    continue
                if agent not in self.all:
                    self.all.append(agent)
                if guests and agent not in self.guests:
                    self.guests.append(agent)

    def agents_of(self, token: Token) -> list[Agent]:
        """The agents a token names (`AgentResolver.agents_in`); a title with no one in it also names the
        holder set off after its complement ("a visit to the Chairman of X, Senator A")."""
        found = self.resolver.agents_in(token)
        if not any(a.kind == "person" for a in found) and is_person_noun(token):
            named = _holder_set_off_after(token, self.resolver.people)
            if named:
                found = found + [Agent("person", named)]
        if self.offices is not None and all(a.kind == "delegation" for a in found):
            # "the two ministers paid a call on C", "talks with both negotiators": the people named before
            group = group_named_before(token, self.resolver.people, self.offices)
            found = [Agent("person", p) for p in group] or found
        if not found:  # "The senators who met C were A and B": the people the copula lists
            found = [Agent("person", p) for p in _listed_by_copula(token, self.resolver.people)]
        if not found and self.offices is not None and token.dep_ in SUBJECT_DEPS:
            # "A arrived in Vienna. The Oregon Democrat then saw B": as for "the Oregon Democrat said", the person
            # the text is about right then (`described_speakers.py`)
            described = described_speaker(token, self.resolver, list(token.doc.sents), self.offices)
            found = [described] if described is not None else found
        return found

    def _holder_of_short_title(self, token: Token, found: list[Agent]) -> Agent | None:
        """ "the CM had a working breakfast with A", "the PM will meet A": an office written short
        (`title_expansions.txt`), which the tagger reads as a body or as nobody, stands for its holder
        (as in "the PM said", `described_speakers.py`); None when the token is no such title."""
        if self.offices is None or not token.text.isupper() or token.lower_ not in lex().title_expansions \
                or found not in ([], [Agent("organization", token.text)]):
            return None
        return abbreviated_title_speaker(token, self.resolver, list(token.doc.sents), self.offices)

    def add_people(self, keys: list[str], *, guests: bool = False) -> None:
        """People read off the surface of a list ("met with A, B, and C")."""
        for key in keys:
            self.add_agent(Agent("person", key), guests=guests)

    def add_agent(self, agent: Agent, *, guests: bool = False) -> None:
        """One party, already resolved (a delegation a counted subject takes up: "the three had met D")."""
        if agent not in self.all:
            self.all.append(agent)
        if guests and agent not in self.guests:
            self.guests.append(agent)

    def groups(self, trigger: Token) -> list[list[Agent]]:
        """One meeting, or one per guest when "X held talks with A and B" lists separate encounters
        (unless the sentence says they were together: "a joint meeting", "a trilateral summit")."""
        hosts = [a for a in self.all if a not in self.guests]
        if not hosts and len(self.guests) >= 2 and _one_by_one(trigger):
            return []  # "bilateral meetings with A; B; C" of someone unnamed: the guests did not meet each other
        joint = any(t.lemma_.lower() in lex().joint_words and not _on_the_sidelines(t) for t in trigger.sent) \
            and not any(t.lower_ in lex().separate_words for t in trigger.sent)  # "separate talks at the summit"
        joint = joint or trigger.lemma_.lower() == "pose"  # "posed for photographs with A and B": one picture
        if len(self.guests) >= 2 and hosts and (self.apart or not joint or _one_by_one(trigger)):
            # ("bilateral meetings with A, B and C on the sidelines of the summit": one by one all the same)
            return [hosts + [guest] for guest in self.guests]
        return [self.all]


def _on_the_sidelines(tok: Token) -> bool:
    """ "on the sidelines of the summit", "on the margins of the G20 meeting": the word names the larger event
    at whose edge a meeting was held (`sideline_nouns.txt`)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in lex().sideline_nouns


def _one_by_one(trigger: Token) -> bool:
    """ "bilateral meetings with A, B and C", "separate talks with D and E": meetings each guest had on their
    own with someone: "meetings" in the plural, or a meeting word said to be bilateral or separate."""
    said_apart = any(c.lower_ in lex().separate_words or c.lower_ == "bilateral" for c in trigger.children)
    return said_apart or trigger.lower_ in {"meetings", "audiences", "conversations", "encounters", "calls"}
    # (not "talks", plural for one meeting)


def _listed_by_copula(noun: Token, people: PeopleIndex) -> list[str]:
    """ "The legislators who met the minister were A, B and C", "The envoys who sat down with D on Monday were
    E and F", "Other guests who met D included E and F": a plural subject of "be" or "include" whose
    complement lists people is those people."""
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.tag_ not in {"NNS", "NNPS"} or verb.lemma_ not in {"be", "include"} or verb.i < noun.i:
        return []
    if not any(c.dep_ == "relcl" for c in noun.children):
        return []  # "The guests were A and B" (`_also_present`), not a group said to have met someone
    return listed_people(noun.doc, verb.i + 1, people, end=sentence_end(verb))


def _holder_set_off_after(title: Token, people: PeopleIndex) -> str | None:
    """ "paid a call on the Speaker of the Regional Council for Fisheries, Senator A B, at ...": the name
    set off by a comma after a title and its complement is the title's holder, where the parser hung it
    elsewhere (on the verb, as a bare noun phrase); not the subject of a clause of its own ("..., A said")."""
    doc = title.doc
    comma = title.i + 1
    while comma < min(title.i + 20, len(doc)) and doc[comma].text != "," and (
            doc[comma].lower_ in {"of", "to", "for", "on", "in", "with", "the", "and"}
            or doc[comma].pos_ in {"PROPN", "NOUN", "ADJ"}):
        comma += 1  # the title's complement ("of the Regional Council for Fisheries", "to the African Union",
        # "to the Minister of Foreign Affairs in charge of African Relations")
    if comma + 1 >= len(doc) or doc[comma].text != "," or people.mention_at(comma - 1) is not None:
        return None
    mention = next((people.mention_at(k) for k in range(comma + 1, min(comma + 4, len(doc))) if people.mention_at(k)), None)
    if mention is None or mention.kind != "name" or any(
            not (t.text[:1].isupper() and t.pos_ == "PROPN") for t in doc[comma + 1:mention.start]):
        return None  # only the holder's titles between the comma and the name ("Senator", "Dr")
    after = doc[mention.end] if mention.end < len(doc) else None
    if after is not None and (after.pos_ in {"VERB", "AUX"} or after.text not in {",", ".", ";"} and after.pos_ != "ADP"):
        return None
    return mention.person


def _folded_subject_list(subject: Token, people: PeopleIndex) -> list[str]:
    """ "Prime Minister A and Defence Minister B met C": after titles the parser may fold the
    coordination into one name phrase (B's subject, A an apposition of a title inside it), so only B
    is the subject; the people listed along the surface from the phrase's left edge to the subject,
    when an "and" joins them."""
    listed_after_origin = _listed_after_an_origin(subject, people)
    if listed_after_origin:
        return listed_after_origin
    start = subject.left_edge.i
    if start != subject.i and any(t.lower_ == "and" for t in subject.doc[start:subject.i]):
        listed = listed_people(subject.doc, start, people, end=subject.i + 1, new_clause=False)
        return listed if len(listed) >= 2 else []
    start = _after_opening_adjunct(subject.head, subject.i)
    end = subject.right_edge.i + 1
    if start is None or not any(t.lower_ == "and" for t in subject.doc[start:end]):
        return []
    listed = listed_people(subject.doc, start, people, end=end, new_clause=False)
    return listed if len(listed) >= 2 else []


def _after_opening_adjunct(verb: Token, before: int) -> int | None:
    """ "At a three-way session, Under Secretary A, Vice Minister B, and Minister C agreed ...": where the
    subject list starts after the phrase that opens the sentence and its comma (before token `before`); the
    parser, misled by a long title, may hang the list's first names on anything but the subject."""
    sent = verb.sent
    opening = next((c for c in verb.children if c.dep_ in {"prep", "advcl", "npadvmod"} and c.i < before
                    and c.left_edge.i == sent.start), None)
    if opening is None:
        return None
    comma = next((t.i for t in verb.doc[opening.i:before] if t.text == ","), None)  # (the parser may run
    return comma + 1 if comma is not None else None  # the list into the opening phrase: its first comma closes it)


def _subjects_read_as_adjunct(verb: Token, people: PeopleIndex) -> list[str]:
    """ "At a three-way meeting in Geneva, Under Secretary A, State Secretary B, and envoy C agreed ...": a verb
    the parser left without a subject (it read "Under" as a preposition) has for subjects the people listed
    between the opening phrase's comma and the verb."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or verb.pos_ != "VERB":
        return []
    start = _after_opening_adjunct(verb, verb.i)
    if start is None:
        return []
    listed = listed_people(verb.doc, start, people, end=verb.i, new_clause=False)
    last = people.mention_at(verb.i - 1)
    return listed if listed and last is not None and last.person == listed[-1] else []


def _listed_after_an_origin(subject: Token, people: PeopleIndex) -> list[str]:
    """ "Ministers A of Ghana and B of Togo met": the parser hangs B on the place A is from, as if
    the two places were coordinated, so the people joined to that of-phrase are subjects with A."""
    first = people.person_of(subject)
    if first is None:
        return []
    listed = [people.person_of(c) for prep in subject.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for place in prep.children if place.dep_ == "pobj" for c in place.conjuncts]
    listed = [key for key in listed if key is not None]
    return [first, *listed] if listed else []


def _subject_before(verb: Token, people: PeopleIndex) -> list[Token]:
    """When the parser found no subject (a dateline confused it), the person named right before the verb; before
    a companion phrase set off by commas, the one it follows ("On the margins, A, along with B, held talks")."""
    for tok in reversed(verb.sent[: verb.i - verb.sent.start]):
        if tok.pos_ in {"VERB", "AUX"} or tok.text in {";", ":"}:
            return []
        if people.mention_at(tok.i):
            companion = _companion_phrase_opening(verb.doc, tok.i)
            return (_subject_before(companion, people) or [tok]) if companion is not None else [tok]
    return []


def _companion_phrase_opening(doc: Doc, i: int, longest: int = 12) -> Token | None:
    """The comma before a companion phrase (`companion_phrases.txt`: ", along with B", ", accompanied by B")
    that token i is in, or None."""
    for k in range(i - 1, max(-1, i - longest), -1):
        if doc[k].text == ",":
            return doc[k] if _companion_phrase_at(doc, k + 1) else None
        if doc[k].pos_ in {"VERB", "AUX"} and doc[k].tag_ != "VBN":
            return None
    return None


def _described_person(noun: Token, resolver: AgentResolver) -> bool:
    """A noun that describes someone without naming them ("her counterpart", "his opposite number")."""
    opposite_number = noun.lower_ == "number" and any(c.lower_ == "opposite" for c in noun.children)
    return (is_person_noun(noun) or opposite_number) and resolver.agent_for(noun) is None


def _appositive_person(noun: Token, people: PeopleIndex) -> list[Token]:
    """"met Sudan's army chief, General Abdel Fattah al-Burhan": the person a description introduces."""
    doc = noun.doc
    end = noun.i
    limit = noun.right_edge.i
    body = noun.i + 3 if noun.i + 3 < len(doc) and doc[noun.i + 2].lower_ == "the" else noun.i + 2
    if limit == noun.i and body < len(doc) and doc[noun.i + 1].lower_ in lex().title_complement_preps \
            and doc[body].text[:1].isupper():
        limit = doc[noun.i + 1].right_edge.i  # "met China's ambassador to Peru, A": "to Peru" hung on the verb
    # "called on the Vice-President of India, Shri A", "met the akim of the Omsk Region, A": after the
    # title's complement (the parser may hang the name on the complement, so read the words up to the comma)
    while (end + 1 < len(doc) and end + 1 <= limit and doc[end + 1].text != ","
           and (doc[end + 1].text[:1].isupper() or doc[end + 1].tag_ == "POS"
                or doc[end + 1].lower_ in lex().title_complement_preps | {"the", "-"})):
        end += 1
        if end == limit and end + 2 < len(doc) and doc[end + 1].lower_ in lex().title_complement_preps \
                and doc[end + 2].text[:1].isupper():
            limit = doc[end + 1].right_edge.i  # "the Envoy of Sarnia to Kolva, A": "to Kolva" hung on the verb
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return []
    for tok in doc[end + 2:min(end + 7, len(doc))]:
        if people.mention_at(tok.i):
            return [tok]
        if not (tok.pos_ == "PROPN" or tok.lower_ in lex().title_heads):
            return []
    return []


_COMPLEMENT_WORDS = frozenset({"of", "from", "for", "the", "and", "two", "both"})
_LIST_OPENERS = frozenset({",", ":", "-", "\u2013", "\u2014"})  # "the heads of the delegations - A, B and C"


def _names_after_plural_title(noun: Token, people: PeopleIndex, reach: int = 8) -> list[str]:
    """ "The leaders of France and Germany, A and B, met": the people a plural title names after its
    complement and a comma, read off the surface (the parser may take A and B for more countries)."""
    doc = noun.doc
    if noun.tag_ != "NNS" or not is_person_noun(noun):
        return []
    i = noun.i + 1
    while i < min(noun.i + reach, len(doc)) and (
            doc[i].lower_ in _COMPLEMENT_WORDS or doc[i].ent_type_ in {"GPE", "NORP", "ORG"}
            or doc[i].like_num or doc[i].lemma_.lower() in lex().delegation_nouns  # "the heads of the two delegations"
            or (doc[i].text == "," and people.mention_at(i + 1) is None and not _titled_name_at(doc, i + 1, people))):
        i += 1  # "of Peru, Chile and Bolivia"
    if i >= len(doc) or doc[i].text not in _LIST_OPENERS or not (people.mention_at(i + 1) or _titled_name_at(doc, i + 1, people)):
        return []
    named = listed_people(doc, i + 1, people, limit=24)
    return named if len(named) >= 2 else []


def _titled_name_at(doc: Doc, i: int, people: PeopleIndex, reach: int = 5) -> bool:
    """A name follows within a few title words ("Peruvian Deputy Minister Ana Ruiz")."""
    for k in range(i, min(i + reach, len(doc))):
        if people.mention_at(k) is not None:
            return True
        if not (doc[k].pos_ in {"ADJ", "PROPN", "NOUN"} and doc[k].text != ","):
            return False
    return False


def _add_named_titles(subjects: list[Token], parties: _Parties) -> None:
    """The people plural titles among a trigger's subjects name (`_names_after_plural_title`)."""
    people = parties.resolver.people
    parties.add_people([p for s in subjects if parties.resolver.agent_for(s) is None or s.tag_ == "NNS"
                        for p in _names_after_plural_title(s, people)])  # (a plural one the parser gave one name only)


def _groups_of_members(nouns: list[Token]) -> list[Token]:
    """ "members of a visiting delegation", "part of the team": the group whose members a noun
    counts (member_nouns.txt), which stands for them as a party."""
    return [o for n in nouns if n.lower_ in lex().member_nouns and n.pos_ == "NOUN" for o in prep_objects(n, {"of"})]


def _chairs_of(body: Token) -> list[Token]:
    """ "The commission, which A co-chairs with B, met", "the council, chaired by A, met": those who
    chair a body that meets were at its meeting (`chair_verbs.txt`)."""
    if body.pos_ not in {"NOUN", "PROPN"} or is_person_noun(body):
        return []
    out: list[Token] = []
    doc = body.doc
    for clause in (c for c in body.children if c.dep_ in {"relcl", "acl"}):
        lemma = clause.lemma_.lower()
        # "which A co-chairs with B": the tokenizer may split "co-chairs" into "co", "-", "chairs"
        split = [t for t in doc[clause.i + 1:clause.i + 3] if t.text == "-" or t.lower_.startswith("chair")] \
            if clause.lower_ == "co" else []
        if split:
            lemma = "co-chair"
        if lemma not in lex().chair_verbs and lemma.replace("-", "") not in lex().chair_verbs:
            continue
        if any(t.ent_type_ == "DATE" or t.lower_ in {"until", "till", "formerly", "once"} for t in clause.subtree):
            continue  # "which A chaired until 2019": not this meeting's chair
        out += [t for t in _children(clause, SUBJECT_DEPS) if t.tag_ not in {"WDT", "WP"}]
        out += [c for a in _children(clause, {"agent"}) for o in _children(a, {"pobj"}) for c in (o, *o.conjuncts)]
        out += prep_objects(clause, {"with"}) + [o for t in split for o in prep_objects(t, {"with"})]
    return out


def _time_phrase_at(doc, i: int) -> int | None:
    """The end of "on Monday", "in the afternoon", "at noon" starting at token i, else None."""
    if i >= len(doc) or doc[i].lower_ not in {"on", "in", "at"}:
        return None
    j = i + 1
    while j < len(doc) and (doc[j].ent_type_ in {"DATE", "TIME"} or doc[j].lower_ in {"the", "a"}):
        j += 1
    while j > i + 1 and doc[j - 1].lower_ in {"the", "a"} and not doc[j - 1].ent_type_:
        j -= 1  # "on Friday | the envoy ...": the next phrase's article
    return j if j > i + 1 and doc[j - 1].ent_type_ in {"DATE", "TIME"} else None


def _place_phrase_at(doc, i: int) -> int | None:
    """The end of "in Tokyo", "at the Blue House" starting at token i, else None."""
    if i >= len(doc) or doc[i].lower_ not in {"in", "at"}:
        return None
    j = i + 1
    while j < len(doc) and (doc[j].ent_type_ in _PLACE_LABELS or doc[j].lower_ == "the"):
        j += 1
    while j > i + 1 and doc[j - 1].lower_ == "the" and not doc[j - 1].ent_type_:
        j -= 1  # "at the Belem Palace | the minister ...": the next phrase's article
    return j if j > i + 1 and doc[j - 1].ent_type_ in _PLACE_LABELS else None


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _adjunct_run_at(doc, i: int) -> int | None:
    """The end of the time and place phrases that follow one another from token i ("in Tokyo on
    Monday", "on Tuesday"), None when none starts there."""
    j = i
    while True:
        end = _time_phrase_at(doc, j) or _place_phrase_at(doc, j)
        if end is None:
            return j if j > i else None
        j = end


_CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "whose"})


def _object_after_adjuncts(verb: Token, people: PeopleIndex, reach: int = 10) -> list[Token]:
    """ "received at the Belem Palace the Spanish defence minister, A", "met in Geneva on Friday the UN
    envoy, A": an object moved after the verb's place and time phrases, which the parser then hangs on
    the place. The first person named after the phrases, before any other verb, is the verb's object."""
    doc = verb.doc
    if _children(verb, {"dobj"}) or verb.lemma_.lower() not in _OBJECT_NEEDED | {"meet"}:
        return []
    start = _adjunct_run_at(doc, verb.i + 1)
    if start is None or start >= verb.sent.end or doc[start].pos_ in {"ADP", "VERB", "AUX", "CCONJ", "PUNCT"}:
        return []
    commas = 0
    for k in range(start, min(start + reach, verb.sent.end)):
        tok = doc[k]
        mention = people.mention_at(k)
        if mention is not None and mention.kind == "name":
            return [tok]
        commas += tok.text == ","
        if tok.pos_ in {"VERB", "AUX"} or tok.text in {";", ":"} or tok.lower_ in _CLAUSE_OPENERS or commas > 1:
            return []  # "received in Lisbon the news that A had died": no one received
    return []


def _gapped_guests(verb: Token, objects: list[Token], people: PeopleIndex) -> dict[str, tuple[int, int]]:
    """ "met A on Monday and B on Tuesday", "received A in the morning and B in the afternoon", "met A
    in Tokyo and B in Beijing": the verb left out before a second object with its own time or place
    phrases (the parser reads it in many ways), read off the surface: object, phrases, "and", a named
    person, phrases. Each object's person -> the token range of its own phrases; empty when none."""
    doc = verb.doc
    named = [o for o in objects if people.person_of(o)]
    if len(named) != 1:
        return {}
    after = _adjunct_run_at(doc, named[0].i + 1)
    if after is None or after >= len(doc) or doc[after].lower_ != "and":
        return {}
    mention = next((people.mention_at(k) for k in range(after + 1, min(after + 6, len(doc))) if people.mention_at(k)), None)
    if mention is None or any(doc[k].pos_ in {"VERB", "AUX"} for k in range(after + 1, mention.start)):
        return {}
    end = _adjunct_run_at(doc, mention.end)
    if end is None or mention.person == people.person_of(named[0]):
        return {}
    return {people.person_of(named[0]): (named[0].i + 1, after), mention.person: (mention.end, end)}


def _verb_parties(tok: Token, parties: _Parties) -> bool:
    """Participants of a meeting verb; False when it is not a meeting ("welcomed the decision")."""
    people = parties.resolver.people
    # "X on Saturday hosted Y": after a time phrase the parser may read the verb as a modifier
    misread = tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.i > 0 and tok.doc[tok.i - 1].ent_type_ in {"DATE", "TIME"}
    misread = misread or predicate_read_as_modifier(tok)  # "Minister A conferred with B"
    subjects = subject_in_time_phrase(tok)  # "where on Friday Ms A is scheduled to meet B"
    subjects = subjects or controller_subjects(tok) or (
        _subject_before(tok, people) if tok.tag_ in {"VBD", "VBZ", "VBP"} or misread else [])
    parties.add(t for s in subjects for t in _pair_of_main_clause(s))
    subjects = [_where_antecedent(s) or _clause_antecedent(s) or _arrival_owner(s) or s for s in subjects]
    parties.add(subjects)
    parties.add(_attendees_of_meeting_subjects(subjects), kinds=_PEOPLE)  # "The talks, brokered by A, brought B and C together"
    _add_named_titles(subjects, parties)  # "The leaders of X and Y, A and B, met"
    parties.add([c for s in subjects for c in _chairs_of(s)], kinds=_PEOPLE)  # "the commission, which A co-chairs with B, met"
    parties.add(_left_conjunct(s) for s in subjects)
    parties.add_people([k for s in subjects for k in _folded_subject_list(s, people)])
    if (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lex().proposal_verbs and not prep_objects(tok, {"with"})
            and not _children(tok, {"dobj"})):
        # "Walz invited Biden to meet": the inviter is the other party (not in "urged A to meet B")
        parties.add(_children(tok.head, SUBJECT_DEPS))
    named_before = list(parties.all)
    own_side = _companions(subjects, people)
    parties.add_people(own_side)  # "A, accompanied by B, met C": B is on A's side
    if tok.lemma_.lower() in lex().escort_verbs:
        own_side = []  # "A, accompanied by Governor B, toured the town": the escort is the one met
    parties.add(_group_leaders(subjects), kinds=_PEOPLE)  # "Kazakh officials led by A met C": A was there
    parties.add(_trailing_companions(tok), kinds=_PEOPLE)  # "A met C in Vienna, joined by B"
    objects = [_arrival_owner(o) or o for o in _children(tok, {"dobj"}) + _misread_predicates(tok)
               + _objects_run_into_a_place(tok, people)
               if not (o.lemma_.lower() in lex().place_nouns and o.pos_ == "NOUN")]
    objects += [p for o in objects if parties.resolver.agent_for(o) is None for p in _appositive_person(o, people)]
    objects += _object_after_adjuncts(tok, people)  # "received at the palace the minister, A"
    objects += _groups_of_members(objects)  # "met members of the German delegation": the delegation
    gapped = _gapped_guests(tok, objects, people)
    if gapped:  # "met A on Monday and B on Tuesday": two meetings, one with each, each on its own day
        parties.add_people(list(gapped)[1:], guests=True)
        parties.own_phrases.update(gapped)
        parties.add(objects, guests=True)
        parties.apart = True
    # "saw each minister separately: A in the morning and B after lunch", "met both envoys - A and B"
    objects += [a for o in list(objects) if is_person_noun(o) and parties.resolver.agent_for(o) is None
                for a in _children(o, {"appos"})]
    # "received A and B in separate meetings": each object is a guest seen on their own
    parties.add(objects, guests=any(t.lower_ in lex().separate_words for t in tok.sent))
    partners = prep_objects(tok, {"with"})
    parties.add_people(_companions(objects + partners, people, relative_only=True))  # "met C, who was assisted by D"
    partners += _groups_of_members(partners)
    named = {o.i: _appositive_person(o, people) for o in partners if o.pos_ == "NOUN" and parties.resolver.agent_for(o) is None}
    # "will meet with the akim of the region, A": A, not the region the title is of
    parties.add([o for o in partners if not named.get(o.i)] + [p for found in named.values() for p in found], guests=True)
    if tok.lemma_.lower() == "host":  # "hosted a banquet for A" (the banquet is no meeting of its own then)
        for meal in (o for o in _children(tok, {"dobj"}) if not is_person_noun(o)):  # also "a reception", "a gala"
            parties.add(prep_objects(meal, {"for"}) + prep_objects(tok, {"for"}), kinds=_PEOPLE)
    if tok.lemma_.lower() in _SPEAKING_VERBS:
        parties.add(prep_objects(tok, {"to"}), guests=True)  # "spoke to A in person"
    if tok.lemma_.lower() == "call":
        called = _called_on(tok)
        parties.add(called, guests=True)  # "called on A and B": a call on each, unless the sentence says jointly
        if not any(parties.resolver.agent_for(o) for o in called):
            parties.add([p for o in called for p in _appositive_person(o, people)], guests=True)
    if _shuttles(tok):  # a go-between meets each side apart, and is needed to make a pair with either
        if tok.dep_ == "acl":
            parties.add([tok.head])  # "The envoy, A, shuttled between ...", parsed as a modifier of "envoy"
        if not parties.all:
            return False
        parties.add(prep_objects(tok, {"between"}), guests=True, kinds=_PEOPLE)
        parties.apart = True
    parties.add(prep_objects(tok, {"between"}))
    direct = [o for a in _children(tok, {"agent"}) for o in _children(a, {"pobj"})]
    parties.add(direct)  # "was met by A"
    # "was met at the steps of the palace by A", "attended by A, an adviser, and B" (`meeting_clauses.py`): people only
    parties.add([o for o in agent_objects(tok) if o not in direct], kinds=_PEOPLE | {"delegation"})
    parties.add(_agents_on_the_event(tok))
    for attended in (c for c in tok.children if c.dep_ in {"advcl", "acl"} and c.tag_ == "VBN"
                     and c.lemma_.lower() in lex().attendance_verbs):
        parties.add(agent_objects(attended), kinds=_PEOPLE)  # "hosted a reception at the embassy, attended by A and B"
    _surface_lists(tok, parties, objects=True)
    others = [a for a in parties.all if a not in named_before and not (a.kind == "person" and a.key in own_side)]
    if tok.lemma_.lower() == "call" and not any(a.kind == "person" for a in others):
        return False  # "called on the government": a demand on an institution, no visit
    if tok.lemma_.lower() == "accompany" and tok.tag_ == "VBN" and (
            _accompanied_by_own_side(tok) or _staff_of_the_principal(tok, parties)):
        return False  # "headed by A, accompanied by B", "A, accompanied by his adviser B": B is on A's side
    if (tok.lemma_.lower() in _OBJECT_NEEDED and not any(a.kind in {"person", "delegation", "organization"} for a in others)
            and not any(o.lower_ in _EACH_OTHER for o in objects)  # "the two will see each other"
            and not any(_described_person(o, parties.resolver) for o in objects)):  # "hosted his counterpart": named later
        return False  # "visited Washington" is a trip, "welcomed the decision" no meeting at all
    return True


def _attendees_of_meeting_subjects(subjects: list[Token]) -> list[Token]:
    """ "The talks, brokered by A, brought B and C together", "The summit, hosted by A, drew B and C": the
    people a participle of attendance (`attendance_verbs.txt`) on a meeting noun subject names sat at it."""
    return [o for s in subjects if s.lemma_.lower() in lex().meeting_nouns | lex().talk_nouns
            for attended in _children(s, {"acl"}) if attended.lemma_.lower() in lex().attendance_verbs
            for o in agent_objects(attended)]


def _agents_on_the_event(verb: Token) -> list[Token]:
    """ "A was hosted at a working breakfast by B", "A was received at a dinner by B and C": the parser
    hangs the passive's agent on the meal or meeting noun; it is the verb's (only when the verb has none)."""
    if _children(verb, {"agent"}) or not _children(verb, {"auxpass"}):
        return []
    events = [e for e in prep_objects(verb, {"at", "to", "for"})
              if is_meal(e) or e.lemma_.lower() in lex().meeting_nouns]
    return [o for e in events for p in e.children if p.dep_ in {"prep", "agent"} and p.lower_ == "by"
            for o in p.children if o.dep_ == "pobj"]


def _objects_run_into_a_place(verb: Token, people: PeopleIndex) -> list[Token]:
    """ "received on Friday in Rabat Tunisian Minister A": a transitive meeting verb left without an object, whose
    place phrase the parser ran on into the guest's title and name; the named person closing it is the object."""
    if verb.pos_ != "VERB" or _children(verb, {"dobj"}):
        return []
    return [o for o in prep_objects(verb, {"in", "at"}) if people.person_of(o) and o.left_edge.i < o.i
            and people.mention_at(o.left_edge.i) is None and not is_person_noun(o.left_edge)]


def _misread_predicates(verb: Token) -> list[Token]:
    """ "called Lee Jae-sung": the parser read the name's last part as a predicate ("called him
    sung"); a person's name there is the verb's object."""
    return [c for c in _children(verb, {"oprd"}) if misread_name(c)]


def _arrival_owner(noun: Token) -> Token | None:
    """ "X's arrival was greeted by Y", "Y welcomed her arrival": the one who arrived (the possessor
    of an arrival noun, `arrival_nouns.txt`) is the party."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex().arrival_nouns:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _staff_of_the_principal(participle: Token, parties: _Parties) -> bool:
    """ "The Director General was accompanied by the Deputy Director General, A, and by the Special Adviser to the
    Director General, B": companions each of whose offices names the principal's own office are staff on the
    principal's side, not people met."""
    people = parties.resolver.people
    principals = [p for s in _children(participle, {"nsubjpass"}) + ([participle.head] if participle.dep_ == "acl" else [])
                  if (p := people.person_of(s))]
    companions = [p for o in agent_objects(participle) for t in [o, *o.conjuncts] if (p := people.person_of(t))]
    if not principals or not companions:
        return False
    titles: dict[str, list[str]] = {}
    for office in parties.offices or []:
        titles.setdefault(office.person, []).append(f" {office.title.lower().replace('-', ' ')} ")
    # the principal's office without its complement: "secretary general" of "Secretary General of the OSCE"
    own = {re.split(r" (?:of|for|to) ", t)[0] + " " for p in principals for t in titles.get(p, [])}
    return bool(own) and all(any(o in t for o in own for t in titles.get(c, [])) for c in companions)


def _accompanied_by_own_side(participle: Token) -> bool:
    """ "The team was headed by A, accompanied by B", "A, accompanied by his adviser B": the companion
    belongs to A's own side (a delegation's member, one's own staff), so no meeting of the two. A host
    who accompanies a visitor ("A, accompanied by Governor B, toured the town") is being together."""
    agents = [o for a in _children(participle, {"agent"}) for o in _children(a, {"pobj"})]
    own_staff = any(c.tag_ == "PRP$" or (c.dep_ == "poss" and c.pos_ == "NOUN" and not is_person_noun(c)
                                         and c.lemma_.lower() not in lex().place_nouns)  # (not "the city's mayor")
                    for o in agents for c in o.subtree)  # "by his adviser B", "by the union's treasurer B"
    if participle.dep_ not in {"acl", "advcl", "relcl"}:  # also "A, who was accompanied by his minister B, said"
        # a clause of its own: "A was accompanied by his deputy B and Foreign Minister C"
        return own_staff and any(c.dep_ == "auxpass" for c in participle.children)
    if any(a.lemma_.lower() in {"head", "lead"} and a.pos_ == "VERB" for a in participle.ancestors):
        return True  # "was headed by A, its deputy chairman, accompanied by B"
    return own_staff


def _clause_antecedent(subject: Token) -> Token | None:
    """ "A and B will sign a pact when they meet in Tokyo": "they" in a clause of time is the
    main clause's coordinated subject."""
    verb = subject.head
    if subject.lower_ not in {"they", "we"} or verb.dep_ != "advcl":
        return None
    main = [s for s in controller_subjects(verb.head) if s.dep_ in SUBJECT_DEPS]
    return main[0] if main and any(c.dep_ == "conj" for c in main[0].children) else None


def _pair_of_main_clause(subject: Token) -> list[Token]:
    """ "A told B when they met in Vilnius that ...": "they" in a clause of time is the main clause's
    subject and the person it addresses."""
    verb = subject.head
    if not _group_word(subject) or verb.dep_ != "advcl" or not any(
            c.lower_ in TIME_CLAUSE_MARKS | {"while", "before"} for c in verb.children if c.dep_ in {"advmod", "mark"}):
        return []
    main = verb.head
    objects = _children(main, {"dobj", "dative"}) + prep_objects(main, {"to", "with"})
    if not objects:
        return []
    return _children(main, SUBJECT_DEPS) + objects


_RELATIVE_PASSIVE = ("who", "was", "is", "were", "are", "has", "had", "have", "been")


def _companions(subjects: list[Token], people: PeopleIndex, *, relative_only: bool = False) -> list[str]:
    """ "A, accompanied by B, met C", "A, along with B, met C", "C, who was assisted by B": people added
    to the side of the party they follow (a subject, or an object set off with a relative clause)."""
    doc = subjects[0].doc if subjects else None
    out: list[str] = []
    for subject in subjects:
        mention = people.mention_at(subject.i)
        i = mention.end if mention is not None else subject.i + 1
        while mention is None and i < len(doc) and i - subject.i < 6 and doc[i].pos_ == "PROPN":
            i += 1  # "his counterpart Pablo Soto, who ...": past the name set after the noun
        out += _opening_companions(subject, people)  # "Accompanied by Minister B, Minister A met C" (misread)
        i = max(i, _phrase_end(subject), _phrase_end(_last_conjunct(subject)))  # "A of Peru, accompanied by B",
        # "Peru's minister, A, along with B", "A, B and C, along with D"
        set_off = i < len(doc) and doc[i].text == ","
        if set_off:
            i += 1
        if i < len(doc) and doc[i].lower_ == "who":  # "B, who was assisted by C and D"
            while i < len(doc) and i - subject.i < 8 and doc[i].lower_ in _RELATIVE_PASSIVE:
                i += 1
        elif relative_only and not (set_off and mention is not None):
            continue  # an object's companions in a relative clause, or set off after a named guest ("hosted B, along
            # with C, at the palace"), not "welcomed the plan alongside B"
        length = _companion_phrase_at(doc, i)
        if length:
            out += listed_people(doc, i + length, people, end=sentence_end(subject))
    return out


def _last_conjunct(noun: Token) -> Token:
    """The last of the nouns coordinated with `noun` ("A, B and C": C; the parser may hang B on A as an
    apposition and C on B)."""
    while any(c.dep_ in {"conj", "appos"} and c.i > noun.i for c in noun.children):
        noun = max((c for c in noun.children if c.dep_ in {"conj", "appos"} and c.i > noun.i), key=lambda c: c.i)
    return noun


def _companion_phrase_at(doc: Doc, i: int) -> int:
    """The number of words of the companion phrase (`companion_phrases.txt`: "along with", "accompanied by") that
    starts at token i, or 0."""
    words = [t.lower_ for t in doc[i:min(i + 3, len(doc))]]
    return next((len(p.split()) for p in lex().companion_phrases if words[:len(p.split())] == p.split()), 0)


def _opening_companions(subject: Token, people: PeopleIndex) -> list[str]:
    """The companions an opening participle lists when the parser read a name among them as the subject
    (`fronted_participle_subject`): the people from "by" to the comma before the subject's phrase."""
    part = opening_companion_participle(subject.sent)
    if part is None or subject.dep_ != "appos" or not any(a.i == part.i for a in subject.ancestors):
        return []
    commas = [i for i in range(part.i + 2, subject.left_edge.i) if subject.doc[i].text == ","]
    return listed_people(subject.doc, part.i + 2, people, end=commas[-1]) if commas else []


_PHRASE_PARTS = frozenset({"appos", "compound", "amod", "det", "poss", "nmod", "case", "pobj", "flat"})


def _group_leaders(subjects: list[Token]) -> list[Token]:
    """ "Kazakh officials led by A held talks with C", "a group of lawmakers headed by B met C": the one a
    led-by participle (`led_by_verbs.txt`) on a plural subject puts at its head was at the meeting too."""
    return [o for s in subjects if s.pos_ == "NOUN" and s.tag_ == "NNS"
            for part in s.children if part.dep_ == "acl" and part.tag_ == "VBN" and part.lemma_.lower() in lex().led_by_verbs
            for o in agent_objects(part)]


def _phrase_end(noun: Token) -> int:
    """The index after a party's noun phrase: its name, a country after it ("A of the Republic of Peru")
    and a name or title set off after it ("Peru's trade minister, A"), never a clause hung on it
    (the companion participle itself is often one)."""
    end = noun.i + 1
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ in _PHRASE_PARTS or (child.dep_ == "prep" and child.lower_ == "of"):
            end = max(end, _phrase_end(child))
    return end


def _trailing_participles(verb: Token) -> list[Token]:
    """ "A met B in Vienna, joined by C", "A held talks with B on Monday, accompanied by C": a
    companion participle after the meeting, set off by a comma (C was at it too; no meeting of its own)."""
    doc = verb.doc
    nodes = [verb] + _children(verb, {"dobj"}) + [o for p in _children(verb, {"prep"}) for o in _children(p, {"pobj"})]
    return [part for node in nodes for part in node.children
            if part.dep_ in {"acl", "advcl"} and part.tag_ == "VBN" and f"{part.lower_} by" in lex().companion_phrases
            and ((part.i > verb.i and doc[part.i - 1].text == ",") or _leading_participle(part, verb))]


def _opens_a_meeting_as_companion(part: Token) -> bool:
    """ "Joined by C, A met B": the participle is no meeting of C and A; C is at the meeting it opens
    (also where the parser took the participle for the subject, `fronted_participle_subject`)."""
    misread = part.dep_ in SUBJECT_DEPS and fronted_participle_subject(part) is not None
    return part.tag_ == "VBN" and f"{part.lower_} by" in lex().companion_phrases \
        and (misread or (part.dep_ == "advcl" and _leading_participle(part, part.head))) \
        and any(_is_trigger(t) for t in [part.head, *_children(part.head, {"dobj"})])  # "met B", "held talks with B"


def _leading_participle(part: Token, verb: Token) -> bool:
    """ "Joined by C, A met B", "Flanked by C and D, A received B": a companion participle that opens the
    meeting's sentence, set off by a comma, tells the subject's companions."""
    after = part.right_edge.i + (0 if part.right_edge.text == "," else 1)  # the comma may hang on the last name
    return part.head.i == verb.i and part.left_edge.i == verb.sent.start and after < verb.i and verb.doc[after].text == ","


def _trailing_companions(verb: Token) -> list[Token]:
    return [o for part in _trailing_participles(verb) for o in agent_objects(part)]


def _where_antecedent(subject: Token) -> Token | None:
    """ "led a delegation to Oslo, where it was received by B", "sent A and C to Rome, where they met
    D": "it" or "they" in a where-clause is what went to the place (the noun or the verb's object
    the "to" phrase hangs on)."""
    verb = subject.head
    where = any(c.lower_ == "where" for v in [verb, *_children(verb, {"xcomp"})] for c in v.children)
    if subject.lower_ not in {"it", "they"} or verb.dep_ != "relcl" or not where:
        return None
    place = verb.head
    if place.dep_ != "pobj":
        return None
    if place.head.lower_ == "in" and place.head.head.dep_ == "pobj" and place.head.head.head.lower_ == "to":
        place = place.head.head  # "travelled to the sports complex in Maamora, where it ...": the goal
    holder = place.head.head
    if place.head.lower_ != "to":  # "travels to Kampala on Thursday, where it is to meet C"
        return _traveller(holder) if holder.pos_ == "VERB" and any(
            p.lower_ == "to" for p in _children(holder, {"prep"})) else None
    if holder.pos_ in {"NOUN", "PROPN"}:
        return holder
    objects = _children(holder, {"dobj"}) if holder.pos_ == "VERB" else []
    return objects[0] if objects else (_traveller(holder) if holder.pos_ == "VERB" else None)


def _traveller(verb: Token) -> Token | None:
    """ "The delegation travels to Kampala, where it is to meet C": the one who went (a travel verb's
    subject, also through "is due to travel")."""
    if verb.lemma_.lower() not in TRAVEL_VERBS:
        return None
    subjects = [s for s in controller_subjects(verb) if s.pos_ != "PRON"]
    return subjects[0] if subjects else None


_PARTY_KINDS = frozenset({"person", "delegation"})


def _encounter_parties(found: Encounter, parties: _Parties) -> bool:
    """The parties of an encounter; False unless each of its sides names a person or a delegation."""
    first = [a for t in found.first for a in parties.agents_of(t) if a.kind in _PARTY_KINDS]
    second = [a for t in found.second for a in parties.agents_of(t) if a.kind in _PARTY_KINDS]
    if not first or not (second or found.second_keys):
        return False
    parties.add(found.first, kinds=_PARTY_KINDS)
    parties.add(found.second, kinds=_PARTY_KINDS)
    parties.add_people(found.second_keys)
    return True


def _surface_lists(trigger: Token, parties: _Parties, *, objects: bool) -> None:
    """The people a trigger's object, "with", "between" and "by" lists name, read along the surface."""
    people = parties.resolver.people
    doc = trigger.doc
    end = sentence_end(trigger)
    start = trigger.i + 1
    while start < end and doc[start].dep_ == "prt":
        start += 1
    start = skip_when(doc, start, end)
    if objects and start < end:
        parties.add_people(listed_people(doc, start, people, end=end))
    passive = trigger.pos_ != "VERB" or trigger.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in trigger.children)
    for word, guests in (("with", True), ("between", False), ("by", False), ("including", False)):
        if word == "by" and not passive:
            continue  # "welcomed the decision by A": the by-phrase is the object's
        prep = prep_after(trigger, {word})
        if prep is not None and _with_of_another_meeting(prep, trigger):
            continue  # "attended the summit and one-to-one meetings with A and B": the with-list is the meetings'
        if prep is not None and word == "with" and prep.i > 1 and f"{doc[prep.i - 1].lower_} with" in lex().companion_phrases \
                and doc[prep.i - 2].text == "," \
                and any(not (is_person_noun(o) or o.pos_ == "PROPN") for o in _children(trigger, {"dobj"})):
            continue  # "welcomed the plan, along with B": B's company (`_companions`), no partner of the verb
        if prep is not None and _with_of_the_verb_around(prep, trigger):
            continue  # "talked, on the margins of the congress, with A and with B": the verb's partners
        if prep is not None:
            # "with the presidents of Peru, A; of Chile, B; and the premier of Belize, C": semicolons part the items
            # the trigger's own list, not the "with" of another meeting word further on: on the trigger or the verb
            # it is the object of ("held talks with"), or an including-phrase inside its object or with-phrase
            anchors = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
            own = any(prep.head.i == a.i for a in anchors) or (word == "including" and any(
                prep.head in c.subtree for a in anchors for c in a.children if c.dep_ in {"dobj", "prep"}))
            also = frozenset({word, ";"}) if own and _semicolon_items(doc, prep.i + 1, end, people) else frozenset({word})
            parties.add_people(listed_people(doc, prep.i + 1, people, end=end, also=also), guests=guests)


def _with_of_the_verb_around(prep: Token, trigger: Token) -> bool:
    """Whether a with-phrase after a meeting noun hangs on a verb the noun is only an adjunct of ("met, on
    the sidelines of the summit, with A", "spoke at the forum with B"): the verb's, not the noun's."""
    verb = prep.head
    if trigger.pos_ not in {"NOUN", "PROPN"} or verb.pos_ not in {"VERB", "AUX"} or trigger.head.i == verb.i:
        return False
    if not (_on_the_sidelines(trigger) or trigger.doc[prep.i - 1].text == ","):
        return False  # "raised in talks this morning with B": the parser hangs the talks' with-phrase on the verb
    adjuncts = [c for c in verb.children if c.dep_ == "prep" and c.i < prep.i]
    return any(trigger in a.subtree for a in adjuncts)


def _with_of_another_meeting(prep: Token, trigger: Token) -> bool:
    """Whether a with-phrase after the trigger hangs on another meeting word further on ("the plenary session
    and bilateral meetings with A and B"), not on the trigger or the meeting word it governs ("held talks with A")."""
    noun = prep.head
    nouns = lex().meeting_nouns
    return (noun.i > trigger.i and noun.lemma_.lower() in nouns and trigger.lemma_.lower() in nouns
            and not (noun.dep_ in {"dobj", "pobj"} and noun.head.i == trigger.i))


def _semicolon_items(doc: Doc, start: int, end: int, people: PeopleIndex) -> bool:
    """Whether a list from `start` parts its items with semicolons, each "of <country>, <name>", "the <title>
    of <country>, <name>" or "<name>, <title>": a semicolon followed by "of" or "and"/"the" and a title, or by a
    name and its comma, before the sentence ends."""
    for k in range(start, end - 1):
        if doc[k].text != ";":
            continue
        if doc[k + 1].lower_ in {"of", "and", "the", "with"}:
            return True
        mention = people.mention_at(k + 1)
        if mention is not None and mention.kind == "name" and mention.start == k + 1 and mention.end < end \
                and doc[mention.end].text == ",":
            return True  # "...; Nimal Perera, President of Sri Lanka"
    return False


def _person_by_surname(people: PeopleIndex, word: str) -> str | None:
    """The one person of the article whose family name (first or last word of the name) is `word`."""
    found = {key for key, person in people.persons.items()
             if word in (person.name.split()[0], person.name.split()[-1]) and len(person.name.split()) > 1}
    return found.pop() if len(found) == 1 else None


def _hyphenated_pair(noun: Token, people: PeopleIndex) -> list[str]:
    """ "the Kang-Takamatsu summit", "Monday's Lopez-Ruiz talks": two surnames joined by a hyphen before
    a meeting noun are its two sides (each the one person of the article with that name)."""
    doc = noun.doc
    start = noun.i
    while start > noun.sent.start and (doc[start - 1].dep_ in {"compound", "amod", "punct", "nmod"}
                                       and (doc[start - 1].text == "-" or doc[start - 1].text[:1].isupper())):
        start -= 1
    words = [t.text for t in doc[start:noun.i]]
    if len(words) != 3 or words[1] != "-":
        return []
    keys = [_person_by_surname(people, w) for w in (words[0], words[2])]
    return [k for k in keys if k] if all(keys) and keys[0] != keys[1] else []


def _at_which(noun: Token) -> list[Token]:
    """ "a meeting on Saturday, at which A, B and C agreed the text", "talks, during which A told B":
    the names between "at/during which" after the meeting noun and the clause's verb were at the meeting
    (read along the surface: the parser hangs such clauses anywhere)."""
    doc, sent = noun.doc, noun.sent
    for i in range(noun.i + 1, sent.end - 1):
        if doc[i].lower_ in {"at", "during"} and doc[i + 1].lower_ == "which":
            names = []
            for tok in doc[i + 2:sent.end]:
                if tok.pos_ in {"VERB", "AUX"}:
                    return names
                if tok.pos_ == "PROPN":
                    names.append(tok)
            return []
        if doc[i].pos_ in {"NOUN", "VERB"} and doc[i].lemma_.lower() in lex().meeting_nouns | lex().meeting_verbs:
            return []  # another meeting told first
    return []


def _noun_parties(tok: Token, parties: _Parties) -> Token:
    """Participants of a meeting noun; returns the token whose governors decide status and place."""
    parties.add_people(_hyphenated_pair(tok, parties.resolver.people))
    parties.add(_at_which(tok), kinds=_PEOPLE)
    parties.add(_children(tok, {"poss"}))
    parties.add([p for o in _children(tok, {"poss"}) for p in _owner_coordinated_before(o)], kinds=_PEOPLE)
    parties.add(_children(tok, {"nsubj"}))  # "A and B co-chaired talks" read as a noun with a subject
    for attended in (c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in lex().attendance_verbs):
        parties.add(agent_objects(attended))  # "the talks, attended by A and B, lasted an hour"
    for gathering in (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBG"
                      and c.lemma_.lower() in lex().gathering_participles):
        listed = listed_people(tok.doc, gathering.i + 1, parties.resolver.people, end=sentence_end(gathering),
                               new_clause=False)  # "talks involving Minister A and Minister B began": read on the surface
        if listed:
            parties.add_people(listed)
        else:
            parties.add(_children(gathering, {"dobj"}))  # "a meeting grouping the ministers of A, B and C"
    if is_meal(tok):
        for given in (c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in _HOSTING_VERBS):
            parties.add(agent_objects(given), kinds=_PEOPLE)  # "the dinner hosted by A": its host
    for verb in _passive_joinings(tok):  # "the talks ran late and were joined by C", "the dinner was attended by D"
        parties.add(agent_objects(verb), kinds=_PEOPLE)
    if any(c.dep_ == "amod" and c.lemma_.lower() in lex().light_verbs and c.tag_ in {"VBG", "VBD", "VBN"} for c in tok.children):
        parties.add(controller_subjects(governing_verb(tok)))  # "A and B wasted no time, launching talks"
    if _is_mediator(tok):  # "X acts as a middle-man between A and B"
        governor = tok.head.head if tok.dep_ == "pobj" else tok.head
        parties.add(controller_subjects(governor) if governor.pos_ in {"VERB", "AUX"} else [])
        parties.add(_children(tok, {"appos"}))
    parties.add(prep_objects(tok, {"with"}) + _nearby_with(tok), guests=True)
    parties.add(_with_of_its_relative_clause(tok), guests=True, kinds=_PEOPLE)  # "talks that ran late with B"
    for holding in held_by_relative(tok):  # "the meeting she held on Monday with B"
        parties.add(_children(holding, {"nsubj"}))
        parties.add(prep_objects(holding, {"with"}), guests=True)
    parties.add([p for o in prep_objects(tok, {"with"}) if _described_person(o, parties.resolver)
                 for p in _appositive_person(o, parties.resolver.people)], guests=True)  # "talks with her opposite number, Ms A"
    parties.add(prep_objects(tok, {"between", "among"}))
    parties.add(prep_objects(tok, {"of"}), kinds=_PEOPLE)  # "the meeting of A and B" (not "of the council")
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":  # "A's first meeting was with B"
        parties.add(prep_objects(tok.head, {"with"}), guests=True, kinds=_PEOPLE)
    _surface_lists(tok, parties, objects=False)
    head = tok.head
    visit_call_noun = _is_visit_call(tok)
    if visit_call_noun:  # "during a courtesy call on B, A ...", "A's farewell call on B": B was called on
        parties.add(prep_objects(tok, {"on"}), kinds=_PEOPLE)
    callers = prep_objects(tok, {"from"} | ({"by"} if visit_call_noun else set())) \
        if tok.dep_ == "dobj" and (visit_call_noun or _is_call(tok)) else []  # "received a call-on by B"
    if callers:  # "A received a telephone call from B", "got a call from B", "took a call from B"
        parties.add(callers)
        parties.add(controller_subjects(head))
        return head
    if tok.lemma_.lower() in lex().visit_nouns:  # "paid a visit to the king", "an audience to the envoy"
        hosts = prep_objects(tok, {"to"})
        if tok.dep_ == "dobj":  # "granted an audience to A": the parser hangs "to A" on the verb
            hosts += [o for d in head.children if d.dep_ in {"prep", "dative"} and d.lower_ == "to"
                      for o in d.children if o.dep_ == "pobj"]
            hosts += [c for c in _children(head, {"dative", "dobj"}) if c.i != tok.i]  # "paid A a visit"
        if tok.dep_ == "dobj" and head.lemma_.lower() in lex().visit_verbs and any(c.dep_ == "auxpass" for c in head.children):
            # "A was paid a visit by B": the subject is the host, the agent the visitor
            hosts += _children(head, {"nsubjpass"})
            parties.add(p for a in _children(head, {"agent"}) for p in _children(a, {"pobj"}))
        if tok.dep_ == "dobj" and head.lemma_.lower() in lex().visit_verbs:
            # "paid a visit to see Governor B", "paid a call to meet B": the one the visit's purpose names
            for purpose in (c for c in head.children if c.dep_ in {"advcl", "xcomp"} and _children(c, {"aux"})
                            and c.lemma_.lower() in {"see", "meet", "greet"}):
                hosts += _children(purpose, {"dobj"})
                named = parties.resolver.people.mention_at(purpose.i + 1) \
                    or parties.resolver.people.mention_at(min(purpose.i + 2, len(tok.doc) - 1))
                if not hosts and named is not None:  # (the parser may make the name the next clause's subject)
                    parties.add_people([named.person], guests=True)
        parties.add(hosts, kinds=_PEOPLE)
        # "granted an audience to a trade delegation led by B" (the group noun itself, not a country's name)
        parties.add([h for h in hosts if h.lemma_.lower() in lex().delegation_nouns], kinds=frozenset({"delegation"}))
        if tok.dep_ == "dobj" and head.lemma_.lower() in lex().visit_verbs:
            parties.add(controller_subjects(head))
            return head
        owners = _owner_of_the_room(tok)
        if owners:  # "A was at the governor's office on a farewell visit"
            parties.add(owners, kinds=_PEOPLE)
            parties.add(controller_subjects(head.head))
            return head.head
    if is_meal(tok) and tok.dep_ == "dobj" and head.lemma_.lower() in _HOSTING_VERBS:
        parties.add(controller_subjects(head), kinds=_PEOPLE)  # "A gave a supper for the envoys": A hosts it
        parties.add(_for_objects(tok) + _for_objects(head), guests=True, kinds=_PEOPLE)  # "for Governor B"
        parties.add(_included_by_relative(tok), kinds=_PEOPLE)  # "a dinner that will include B and C": one table
        return head
    if _joined_in(tok):
        joiner = _joining_verb(head)  # "A joined B for talks", "joined B in a conversation", "joined B at the summit"
        parties.add(controller_subjects(joiner))
        parties.add(_children(joiner, {"dobj"}))
        return joiner
    presence = _presence_subjects(tok)
    if presence:  # "Present at the meeting with A were B and C"
        parties.add(presence)
        _surface_lists(presence[0], parties, objects=False)
        return tok
    if tok.dep_ == "pobj" and head.lower_ in {"to", "for"} and head.head.lemma_.lower() in lex().proposal_verbs | {"invite"}:
        inviter = head.head  # "Tusk invited Scholz and Macron to a summit"
        parties.add(controller_subjects(inviter))
        parties.add(_children(inviter, {"dobj"}))
        return tok
    hosted_for = prep_objects(tok, {"for"}) + prep_objects(head, {"for"}) if tok.dep_ == "dobj" else []
    light = meeting_verb_of(tok, lex().light_verbs)  # also "wrapped up talks", "concluded two days of talks"
    if light is not None or (tok.dep_ == "dobj" and head.lemma_.lower() in {"give", "throw"} and any(
            a.kind == "person" for t in hosted_for for a in parties.resolver.agents_in(t))):
        # "held talks with X"; "gave a luncheon for X"
        head = light or head
        parties.add(hosted_for, kinds=_PEOPLE)
        subjects = subject_in_time_phrase(head) or [_where_antecedent(s) or s for s in controller_subjects(head)]  # "..., where they held talks"
        if not subjects and head.tag_ in {"VBD", "VBZ", "VBP"}:
            subjects = _subject_before(head, parties.resolver.people)  # "On the margins of X, A, along with B, held talks"
        parties.add(subjects)
        _add_named_titles(subjects, parties)
        parties.add_people([k for s in subjects for k in _folded_subject_list(s, parties.resolver.people)])
        parties.add_people(_companions(subjects, parties.resolver.people))  # "A, joined by B, held talks with C"
        parties.add(_group_leaders(subjects), kinds=_PEOPLE)  # "officials led by A held talks with C"
        parties.add(_trailing_companions(head), kinds=_PEOPLE)  # "A held talks with C, accompanied by B"
        parties.add(prep_objects(head, {"with"}), guests=True)
        parties.add_people(_companions(prep_objects(head, {"with"}) + prep_objects(tok, {"with"}),
                                       parties.resolver.people, relative_only=True))  # "talks with C, who was assisted by D"
        parties.add(alongside_partners(head, tok), kinds=_PEOPLE)  # "opened the session alongside C"
        parties.add(_included_by_relative(tok), kinds=_PEOPLE)  # "a lunch set to include C as well"
        return head
    while tok.dep_ in SUBJECT_DEPS and head.dep_ == "auxpass" and head.head.i != head.i:
        head = head.head  # "the talks were co-chaired by ...": the split verb hangs the subject on "were"
    passive = tok.dep_ == "nsubjpass" or (tok.dep_ == "nsubj" and any(c.dep_ == "auxpass" for c in head.children))
    if passive and head.lemma_.lower() in lex().light_verbs:
        # "talks were held by A with B", "a meeting was held between A and B", "the session was co-chaired by A and B"
        for agent_tok in _children(head, {"agent"}):
            parties.add(_children(agent_tok, {"pobj"}))
        parties.add(prep_objects(head, {"with"}), guests=True)
        parties.add(prep_objects(head, {"between", "among"}))
        _surface_lists(head, parties, objects=False)
        return head
    makers = _trip_makers(tok)
    if makers:  # "Weiss's visit to Oslo included talks with A"
        parties.add(makers)
        return tok
    phrase = measure_of(tok) or tok  # "during three hours of talks": the measure stands where the noun would
    background = phrase.dep_ == "pobj" and phrase.head.lower_ in lex().adjunct_preps  # "At a meeting, A and B agreed"
    # "X criticized the planned meeting with Y": whoever a verb's object meeting is about, its subject is not at it
    about = (tok.dep_ in {"dobj", "attr"} and not _decided(tok) and not appraised_meeting(tok)) or (phrase.dep_ == "pobj" and (
        phrase.head.lower_ in {"about", "against", "on", "over"}
        or (phrase.head.head.pos_ in {"NOUN", "PROPN"} and not for_at_a_place(phrase) and not _outcome_reached_at(phrase)
            and not _returned_from(phrase))))
    if (parties.all or background) and not about:  # "Zelensky confirmed after a meeting with Erdogan"
        verb = governing_verb(tok)
        if verb.pos_ in {"VERB", "AUX"}:
            subjects = controller_subjects(verb)
            if background and any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) and not any(
                    parties.resolver.agent_for(c) or is_person_noun(c) for c in _children(verb, {"nsubjpass"})):
                # "the accord was signed at a plenary session by A, B and C": the passive's agents were there (not
                # "A was praised at a lunch by B", "A was snubbed by B during the visit": done to someone)
                subjects = subjects + [o for a in _children(verb, {"agent"}) for o in _children(a, {"pobj"})] \
                    + prep_objects(tok, {"by"})  # (the agent the parser hung on the meeting noun)
                _add_named_titles(subjects, parties)
            parties.add(subjects)
            parties.add_people([k for s in subjects for k in _folded_subject_list(s, parties.resolver.people)])
            parties.add_people(_subjects_read_as_adjunct(verb, parties.resolver.people))
            if background and (any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children)
                               or _addressed_inside(tok, phrase, verb)):
                # "A told B during their meeting", "At their talks, A assured B", "During the talks, A told B":
                # the one addressed was there
                parties.add(_children(verb, {"dobj", "dative"}) + prep_objects(verb, {"to", "with"}), kinds=_PEOPLE)
            if background and tok.head.lower_ in {"in", "at"} and verb.lemma_.lower() in lex().light_verbs \
                    and not _children(verb, {"dobj"}):
                # "in the meeting he held on Friday with B": the noun the parser set off as the clause's adjunct
                parties.add(prep_objects(verb, {"with"}), guests=True, kinds=_PEOPLE)
            if tok.dep_ == "pobj" and tok.head.lower_ in {"for", "to"} and verb.lemma_.lower() in lex().escort_verbs:
                parties.add(_children(verb, {"dobj"}), kinds=_PEOPLE)  # "accompanied A to Lagos for talks with C"
            if background and channel_of(tok) is not Channel.IN_PERSON:  # "was told by A in a phone call"
                parties.add(_children(verb, {"dobj"}), kinds=_PEOPLE)  # not "discussed Gaza"
                for agent_tok in _children(verb, {"agent"}):
                    parties.add(_children(agent_tok, {"pobj"}))
    return tok


def _returned_from(noun: Token) -> bool:
    """ "back from Lisbon, on a return from talks with B" (`return_nouns.txt`): whoever returns held the talks."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "from" and noun.head.head.lemma_.lower() in lex().return_nouns


def _with_of_its_relative_clause(noun: Token) -> list[Token]:
    """ "talks that went on for hours with B", "a meeting which ran for hours with B": the partner the
    parser hangs on the relative clause's verb of duration, not on the meeting noun."""
    out = []
    for clause in (c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in _LASTING_VERBS):
        out += prep_objects(clause, {"with"})
        # "a meeting that ran for three hours with B": hung on the span of time
        out += [o for t in clause.subtree if t.ent_type_ in {"TIME", "DATE"} and t.head.head.i == clause.i
                for o in prep_objects(t, {"with"})]
    return out


_LASTING_VERBS = frozenset({"last", "run", "continue", "go", "stretch", "drag", "take"})


def held_by_relative(noun: Token) -> list[Token]:
    """ "the meeting she held on Monday with B", "the talks he had last week with B": the relative clause's
    verb of holding (`light_verbs.txt`), with a subject of its own (not "which"); its subject held the meeting."""
    return [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in lex().light_verbs
            and any(s.dep_ == "nsubj" and s.tag_ not in {"WDT", "WP"} for s in c.children)]


def _included_by_relative(meeting: Token) -> list[Token]:
    """ "a lunch set to include C as well", "talks with B, which also involved D": the people a relative clause
    on the meeting says it includes (a "which" the parser hung on the last guest is the meeting's too)."""
    clauses = _children(meeting, {"relcl"}) + [c for guest in prep_objects(meeting, {"with"})
                                               for c in _children(guest, {"relcl"})
                                               if any(w.lower_ == "which" for w in _children(c, SUBJECT_DEPS))]
    return [o for clause in clauses if clause.lemma_.lower() in {"include", "involve", "feature"}
            for o in _children(clause, {"dobj"})]


def _addressed_inside(meeting: Token, phrase: Token, verb: Token) -> bool:
    """ "During the talks, A told B ...", "A told B at a meeting in Arusha that ...", "A informed B during three
    hours of talks": a verb of saying something to someone (`addressing_verbs.txt`) in a phrase of a meeting says
    to whom, there. Not a meeting of others ("at a meeting of the party's board") or a press event."""
    return (phrase.head.lower_ in {"during", "at", "in"} and verb.lemma_.lower() in lex().addressing_verbs
            and not any(c.dep_ == "prep" and c.lower_ in {"of", "between", "among", "with"} for c in meeting.children)
            and not any(c.lower_ in lex().press_event_modifiers for c in meeting.lefts))


def _owner_coordinated_before(owner: Token) -> list[Token]:
    """ "It followed Tallis and Jensen's meeting in Vancouver": the parser hangs the first owner
    elsewhere (as the verb's object) and only the second owns the meeting noun; the name right before
    "and" owns it too."""
    doc = owner.doc
    start = owner.left_edge.i
    if start < 2 or doc[start - 1].lower_ != "and" or doc[start - 2].pos_ != "PROPN":
        return []
    return [doc[start - 2]]


def _outcome_reached_at(noun: Token) -> bool:
    """ "A and B failed to reach agreement in talks in Geneva": the meeting noun hangs on what the talks
    reached or missed (`outcome_nouns.txt`), so it says where that happened, not what it is about."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ in {"in", "at", "during"}
            and prep.head.lemma_.lower() in lex().outcome_nouns and prep.head.dep_ in {"dobj", "pobj", "nsubj"})


def _passive_joinings(noun: Token) -> list[Token]:
    """The passive "joined" or "attended" a meeting noun is the subject of, also as the second verb of
    its clause: "the talks ran late and were joined for an hour by C", "the session was moderated by D
    and attended by E"."""
    if noun.dep_ not in SUBJECT_DEPS or noun.head.pos_ not in {"VERB", "AUX"}:
        return []
    verbs = [noun.head] + [c for c in noun.head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                           and not _children(c, SUBJECT_DEPS)]
    passive = any(c.dep_ == "auxpass" for c in noun.head.children)  # a second verb shares the first's "was"
    return [v for v in verbs if (v.lemma_.lower() == "join" or v.lemma_.lower() in lex().attendance_verbs)
            and (any(c.dep_ == "auxpass" for c in v.children) or (passive and v.tag_ == "VBN"))
            and _children(v, {"agent"})]


def _decided(noun: Token) -> bool:
    """ "ruled out a meeting with B", "sought talks with C", "postponed a summit with D": the subject
    of a verb that refuses, seeks, plans or cancels a meeting is its party (not of "criticised the
    meeting with B")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    forms = meeting_forms(verb)
    return bool(forms & (lex().decline_verbs | lex().cancel_verbs | lex().proposal_verbs | lex().wish_verbs)
                or phrasal_refusal(verb))


def _presence_subjects(noun: Token) -> list[Token]:
    """"Present at the meeting were A and B", "A and B were present at the talks": the subjects of the
    clause whose predicate is a presence word governing "at <meeting>"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "at":
        return []
    word = noun.head.head
    if word.lemma_.lower() not in lex().presence_words or word.pos_ not in {"ADJ", "VERB", "NOUN"}:
        return []
    verb = word if word.pos_ == "VERB" else word.head
    # "Present at ... were A and B": the inverted copula leaves the people as its attribute
    subjects = [c for c in verb.children if (c.dep_ in SUBJECT_DEPS or (c.dep_ == "attr" and word.dep_ == "acomp")) and c.i != word.i]
    return [t for s in subjects for t in [s, *s.conjuncts]]


def _told_as_news(when: PartialDate | None, meta: ArticleMeta, anchor: Token, filed_from: str, days: int = 3) -> bool:
    """A meeting on the day the story was published, or at most `days` before it with no other town told
    before it: the news the dateline's city was filed about ("ISLAMABAD - A met B on Wednesday" in Friday's
    paper), not an earlier event recalled nor one after a trip elsewhere ("A flew to Bergen ...")."""
    if when is None or when.precision != "day" or meta.published is None:
        return False
    try:
        gap = (meta.published - date.fromisoformat(when.value)).days
    except ValueError:
        return False
    if gap == 0:
        return True
    return 0 < gap <= days and not other_towns_before(anchor.doc, anchor.sent.end, filed_from)


def _opens_paragraph(sent: Span) -> bool:
    """Whether a blank line or a line break comes right before the sentence."""
    doc = sent.doc
    before = doc[sent.start - 1] if sent.start > 0 else None
    return before is not None and before.is_space and "\n" in before.text


def _recent_place(parties: _Parties, person_places: list[dict[str, str]], here: int, window: int = 5,
                  site_reach: int = 1, told_at: dict[tuple[int, str], list[tuple[int, str]]] | None = None,
                  before: int | None = None) -> str | None:
    """Where the meeting's parties (hosts first) were last said to be, within a few sentences; a site
    ("went to the Palace", "landed at the airport") only up to `site_reach` sentences before, the
    town for longer. In the meeting's own sentence only what is told before its word (`before`, with
    `told_at` from `narrative_places`): "met B and then returned to Tokyo", "met B, who will travel to
    Washington" say where someone went after, not where they met."""
    people = [a.key for a in parties.all if a.kind == "person"]
    people.sort(key=lambda key: Agent("person", key) in parties.guests)  # hosts first, then guests
    for n in range(here, max(-1, here - window - 1), -1):
        for person in people:
            place = person_places[n].get(person)
            if n == here and before is not None and told_at is not None and (n, person) in told_at:
                place = next((p for i, p in reversed(told_at[(n, person)]) if i <= before), None)
            if place is not None and not (is_site(place) and here - n > site_reach):
                return place
    for n in range(here, max(-1, here - 2), -1):  # "The summit opened in Helsinki. A greeted B."
        if EVENT_KEY in person_places[n]:
            return person_places[n][EVENT_KEY]
    return None


def _taken_part_in(noun: Token) -> bool:
    """ "participated in the meeting", "took part in the summit": the subject was at the meeting."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    verb = noun.head.head
    return verb.lemma_.lower() == "participate" or (verb.lemma_.lower() == "take" and any(c.lower_ == "part" for c in verb.children))


def _bare_definite_meeting(noun: Token) -> bool:
    """ "The meeting", "the talks", "the encounter": a meeting noun with the definite article and nothing
    of its own that says who or what ("the cabinet meeting", "the talks with C", "their meeting", "the
    meeting of the council" are told otherwise)."""
    return (noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            and not any(c.dep_ in {"poss", "compound", "amod", "nmod", "prep", "relcl", "acl", "nummod"} for c in noun.children))


def _plural_anaphor(anchor: Token) -> bool:
    """Whether the clause's subject takes up a group already named: "the two", "both leaders",
    "they", "the foreign ministers of both countries"."""
    return any(_group_word(subject) for subject in controller_subjects(governing_verb(anchor)))


def _they_were_joined(verb: Token) -> bool:
    """ "They were joined by C and by D": "they" as the subject of a passive "join" takes up the people of the
    meeting just told, whom C and D joined."""
    return verb.lemma_.lower() == "join" and any(s.lower_ == "they" for s in _children(verb, {"nsubjpass"}))


def _counted_subject(anchor: Token, resolver: AgentResolver) -> bool:
    """ "The two leaders were joined by C and D", "Both ministers were joined by C and D": a counted
    group as the clause's subject, naming no one itself (the others named are not that group)."""
    counts = group_counts()
    for subject in controller_subjects(governing_verb(anchor)):
        words = {subject.lower_} | {c.lower_ for c in subject.children if c.dep_ in {"nummod", "det", "predet"}}
        # "the two leaders", "the two", "both"; not "the two firms"
        group = subject.lower_ in counts or (is_person_noun(subject) and _group_word(subject))
        if group and words & set(counts) and not resolver.agents_in(subject):
            return True
    return False


def _counted_delegation(anchor: Token, delegations: DelegationIndex, sent: Span) -> str | None:
    """ "It also included B and C. ... the three had met with D": a counted plural subject ("the three", "all
    four senators") as many as the named members of the one delegation told before: that delegation."""
    counts = group_counts()
    wanted = {counts[w.lower_] for s in controller_subjects(governing_verb(anchor))
              for w in [s] + [c for c in s.children if c.dep_ in {"nummod", "det", "predet"}] if w.lower_ in counts}
    if len(wanted) != 1:
        return None
    (number,) = wanted
    told = [d.key for d in delegations.delegations.values() if len(d.members) == number and d.evidence
            and d.evidence[0].start < sent.start_char]
    return told[0] if len(told) == 1 else None


def _subject_group_fits(anchor: Token, persons: list[str], people: PeopleIndex, offices: list[Office] | None) -> bool:
    """Whether the people may be the plural subject ("the two Bolivian ministers" are no pair of a Chilean
    and a Peruvian, `group_anaphora.fits_group`)."""
    return all(fits_group(s, persons, people, offices or []) for s in controller_subjects(governing_verb(anchor)))


def _fits_count(anchor: Token, previous: Meeting) -> bool:
    """Whether a counted subject ("the two mediators", "all three") counts the people of the meeting it
    would take up: "the two mediators met C" after a meeting of A with the two mediators is not A's."""
    counts = group_counts()
    people = sum(a.kind == "person" for a in previous.attendees)
    for subject in controller_subjects(governing_verb(anchor)):
        for word in [subject] + [c for c in subject.children if c.dep_ in {"nummod", "det", "predet"}]:
            if word.lower_ in counts and counts[word.lower_] != people:
                return False
    return True


def _group_word(subject: Token) -> bool:
    """ "they", "the two", "both leaders", "the ministers": a subject that takes up a group already named."""
    words = {subject.lower_} | {c.lower_ for c in subject.children if c.dep_ in {"nummod", "det", "predet"}}
    if words & lex().plural_anaphors and (subject.pos_ != "PRON" or subject.lower_ == "they"):
        return True
    return subject.tag_ == "NNS" and "the" in words and is_person_noun(subject)


_AGAIN_WINDOW = 2500  # characters back a "meet again" may take up its pair's meeting (a few paragraphs)


def _meets_again(anchor: Token) -> bool:
    """ "Both ministers plan to meet again in May": "again" takes up the meeting told before, however far."""
    verb = anchor if anchor.pos_ in {"VERB", "AUX"} else governing_verb(anchor)
    return any(c.lower_ == "again" and c.dep_ == "advmod" for c in (*verb.children, *anchor.children))


def _antecedent(meetings: list[Meeting], sent: Span, window: int = 400) -> Meeting | None:
    """The real meeting told just before (within a few sentences) with at least two people."""
    for meeting in reversed(meetings):
        if sent.start_char - meeting.evidence.end > window:
            return None
        real = meeting.status in (MeetingStatus.OCCURRED, MeetingStatus.SCHEDULED)
        if real and sum(a.kind == "person" for a in meeting.attendees) >= 2 and meeting.evidence.start < sent.start_char:
            return meeting  # a meeting only imagined or refused is not what "the two" take up
    return None


def _titled_pair(anchor: Token, offices: list[Office], people: PeopleIndex, sent: Span) -> list[str]:
    """ "The two chancellors will see each other again", "Both foreign ministers met in May": the
    two people named before whose offices carry that title, when exactly two do."""
    for subject in controller_subjects(governing_verb(anchor)):
        heads_of_state = _heads_of_state(subject)
        if not heads_of_state and (subject.tag_ != "NNS" or not is_person_noun(subject)):
            continue
        determiners = {c.lower_ for c in subject.children if c.dep_ in {"nummod", "det", "predet"}}
        modifiers = [c.lower_ for c in subject.children
                     if c.dep_ in {"compound", "amod"} and c.i < subject.i and c.is_lower and not c.ent_type_]
        # "the defence ministers will meet again": the portfolio word alone picks them out, whatever
        # each one's title head ("defence minister", "defence secretary")
        by_portfolio = not determiners & {"two", "both"} and "the" in determiners and bool(modifiers)
        if not determiners & {"two", "both"} and not by_portfolio:
            continue
        phrase = " ".join(modifiers + ([] if by_portfolio else [subject.lemma_.lower()]))
        first_seen: dict[str, int] = {}
        for m in people.sorted_mentions():
            first_seen.setdefault(m.person, m.start)
        leaders = phrase == "leader" or heads_of_state  # "both leaders": heads of state or government
        holders = list(dict.fromkeys(o.person for o in offices if not o.former
                                     and (_leader_title(o.title) if leaders else phrase in o.title.lower()
                                          and not _lower_rank_than(o.title, phrase))
                                     and (not by_portfolio or o.title.lower().split()[-1] in lex().title_heads)
                                     and first_seen.get(o.person, sent.start) < sent.start))
        if len(holders) == 2:
            return holders
    return []


def _second_in_rank(title: str) -> set[str]:
    """The words of a title that put its holder below the head of the office (`rank_modifiers.txt`: deputy,
    vice, assistant; not "co-" or "prime"), as `delegations._second_in_rank` reads them."""
    return set(title.lower().replace("-", " ").split()) & (lex().rank_modifiers - {"co", "prime"})


def _lower_rank_than(title: str, phrase: str) -> bool:
    """ "deputy defence minister" is none of "the two ministers": a rank word the title has and the phrase lacks."""
    return bool(_second_in_rank(title) - set(phrase.split()))


def _heads_of_state(noun: Token) -> bool:
    """ "the two Heads of State", "both heads of government": leaders, whatever their titles."""
    return noun.lemma_.lower() in {"head", "heads"} and noun.tag_ in {"NNS", "NNPS"} and any(
        o.lemma_.lower() in {"state", "government"} for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj")


def _leader_title(title: str) -> bool:
    """A head of state's or government's title (`leader_titles.txt`): "President", "Prime Minister", not
    "Deputy Prime Minister" or "Vice-President"."""
    words = set(title.lower().replace("-", " ").split())
    return bool(words & lex().leader_titles) and not _second_in_rank(title)


def _pair_told_before(meetings: list[Meeting], sent: Span, people: PeopleIndex, window: int = 800) -> Meeting | None:
    """ "A planned meeting between A and B was cancelled. ... The pair last met in Lima.", "A spoke with
    B by phone. ... They agreed to meet in person.": when no real meeting is near, the last meeting or
    call told of exactly two people, whatever became of it, is the pair "the two" and "they" take
    up, as long as no one else has been named since."""
    for meeting in reversed(meetings):
        if sent.start_char - meeting.evidence.end > window:
            return None
        if meeting.evidence.start >= sent.start_char:
            continue
        keys = {a.key for a in meeting.attendees}
        if len(meeting.attendees) != 2 or any(a.kind != "person" for a in meeting.attendees):
            return None
        doc = sent.doc
        named_since = {m.person for m in people.sorted_mentions()
                       if m.kind == "name" and meeting.evidence.end <= doc[m.start].idx < sent.start_char}
        return meeting if named_since <= keys else None
    return None


def _pair_named_before(sent: Span, people: PeopleIndex, after: int = 0, window: int = 400) -> list[str]:
    """Two people the sentence before names together as one subject ("A and her deputy, B, spent
    the week in Niamey"), for "the two" or "they" that take them up; none when a meeting told
    after them (`after`: where its sentence ends) is nearer, or the pair is further than `window`."""
    doc = sent.doc
    if sent.start == 0:
        return []
    before = doc[sent.start - 1].sent
    if all(t.is_space or t.is_punct for t in before) and before.start > 0:
        before = doc[before.start - 1].sent  # a paragraph break, or a closing quote mark the parser split off
    if before.end_char <= after or sent.start_char - before.end_char > window:
        return []
    for tok in before:
        if tok.dep_ != "conj" or tok.head.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if len(tok.head.conjuncts) > 1:
            return []  # "A, B and C flew in. The two men ...": no pair out of three
        first = people.person_of(tok.head)
        second = people.person_of(tok) or next(
            (people.person_of(c) for c in tok.children if c.dep_ == "appos" and people.person_of(c)), None)
        if first and second and first != second:
            return [first, second]
    return _pair_before_verb(before, people) or _speaker_and_partner(before, people)


def _speaker_and_partner(sent: Span, people: PeopleIndex) -> list[str]:
    """ "A said talks with B were advanced. The two held a breakfast": the one who speaks of talks
    with B (talks no one else is said to own) and B are the pair "the two" take up."""
    for noun in sent:
        if noun.lemma_.lower() not in lex().talk_nouns | lex().meeting_nouns or _children(noun, {"poss"}):
            continue
        partners = [people.person_of(o) for o in prep_objects(noun, {"with"})]
        verb = governing_verb(noun)
        if len(partners) != 1 or not partners[0] or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lex().reporting_verbs:
            continue
        speakers = [people.person_of(s) for s in _children(verb.head, SUBJECT_DEPS)]
        if len(speakers) == 1 and speakers[0] and speakers[0] != partners[0]:
            return [speakers[0], partners[0]]
    return []


def _pair_before_verb(sent: Span, people: PeopleIndex) -> list[str]:
    """ "Mr A and Mr B van den C agreed ...": two names joined by "and" before the sentence's main
    verb, when the parser did not read them as one coordinated subject."""
    root = sent.root
    named = [m for m in people.sorted_mentions() if m.kind == "name" and sent.start <= m.start < root.i]
    persons = list(dict.fromkeys(m.person for m in named))
    if len(persons) != 2 or len(named) != 2 or root.pos_ not in {"VERB", "AUX"}:
        return []
    between = [t for t in sent.doc[named[0].end:named[1].start] if not _form_of_address(t)]
    return persons if [t.lower_ for t in between] == ["and"] else []


def _form_of_address(tok: Token) -> bool:
    """ "Mr", "Ms.", "Dr", "Shri", "President": a word that may stand before a name."""
    low = tok.lower_
    return tok.text[:1].isupper() and (low in lex().honorifics or low.rstrip(".") in lex().honorifics
                                       or low in lex().title_heads or low.rstrip(".") in {"mr", "ms", "mrs", "dr", "sir", "dame"})


def _clause_on_a_meeting_noun(verb: Token) -> bool:
    """ "had a meeting with B, during which the two exchanged views", "talks with B, at which they
    agreed ...": a relative clause on a meeting noun tells more of that meeting, not another one."""
    for node in [verb, *verb.ancestors]:
        if node.dep_ == "relcl" and node.head.lemma_.lower() in lex().meeting_nouns | lex().talk_nouns:
            return True
    return False


def _groups_the_meeting_is_of(noun: Token) -> list[Token]:
    """ "a session of the foreign ministers of all three states", "talks of the two leaders": the plural office
    nouns a meeting noun's of-phrase names, which name no one themselves."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return []
    counts = group_counts()  # only a counted group ("the three ministers", "of the two countries") is taken up
    return [o for o in prep_objects(noun, {"of"}) if o.tag_ in {"NNS", "NNPS"} and is_person_noun(o)
            and any(t.lower_ in counts for t in o.subtree)]


def _named_next(sent: Span, people: PeopleIndex, most: int = 4) -> list[str]:
    """The people the next sentence names (two to `most` of them), for "the two" told before them."""
    doc = sent.doc
    if sent.end >= len(doc):
        return []
    following = doc[sent.end].sent
    if all(t.is_space for t in following) and following.end < len(doc):
        following = doc[following.end].sent
    named: list[str] = []
    for m in people.sorted_mentions():
        if m.kind == "name" and following.start <= m.start < following.end and m.person not in named:
            named.append(m.person)
    return named if 2 <= len(named) <= most else []


def _unnamed_descriptions(nodes: list[Token], resolver: AgentResolver) -> list[Token]:
    """The other party described but not named: "met her Czech counterpart", "held talks with a
    visiting Japanese leader", "was received by the country's new premier"."""
    out = []
    for node in dict.fromkeys(nodes):
        candidates = _children(node, {"dobj"}) + prep_objects(node, {"with"})
        candidates += [p for agent in _children(node, {"agent"}) for p in _children(agent, {"pobj"})]
        out += [t for t in candidates if is_person_noun(t) and t.tag_ in {"NN", "NNP"} and resolver.agent_for(t) is None]
    return out


def _fits_description(description: Token, words: set[str], subject_titles: set[str]) -> bool:
    """Whether the words told of a person ("the Czech foreign minister", "Prime Minister") fit a
    description: the same nationality, a counterpart's office (the subject's title), or a leader's title."""
    demonyms = {t.lower_ for t in description.subtree if t.text[:1].isupper() and lex().country_for(t.text)}
    if demonyms & words:
        return True
    described = {lex().country_for(e.text) for e in description.doc.ents if e.label_ in {"GPE", "NORP"}
                 and description.left_edge.i <= e.start and e.end <= description.right_edge.i + 1} - {None}
    told = {lex().country_for(w) for w in words} - {None}
    if described and told and not described & told:
        return False  # "met the president of South Africa. Kenyan President B ...": another country's president
    noun = description.lemma_.lower()
    if noun in lex().counterpart_nouns:
        return bool(subject_titles) and subject_titles <= words
    if noun in lex().leader_titles:
        return bool(words & lex().leader_titles)
    return noun in words


def _told_of(doc: Doc, start: int, end: int) -> set[str]:
    """The lower-case words told of a name: the title words right before it and its apposition."""
    words = set()
    j = start - 1
    while j >= 0 and doc[j].text[:1].isupper() and doc[j].pos_ in {"PROPN", "NOUN", "ADJ"}:
        words.add(doc[j].lower_)
        j -= 1
    for tok in doc[end - 1].children:
        if tok.dep_ == "appos":
            words |= {t.lower_ for t in tok.subtree}
    return words


def _described_then_named(nodes: list[Token], parties: _Parties, people: PeopleIndex) -> list[str]:
    """ "A met her Czech counterpart on Monday. Tomas Novak, the Czech foreign minister, said ...": a
    party only described is the person the next sentence introduces as its subject, named there for
    the first time in the article and told of in words that fit the description."""
    descriptions = _unnamed_descriptions(nodes, parties.resolver)
    if not descriptions:
        return []
    doc = nodes[0].doc
    sent = nodes[0].sent
    if sent.end >= len(doc):
        return []
    following = doc[sent.end].sent
    if all(t.is_space for t in following) and following.end < len(doc):
        following = doc[following.end].sent
    first_seen: dict[str, int] = {}
    subject_titles: set[str] = set()
    known = parties.all[0].key
    for m in people.sorted_mentions():
        first_seen.setdefault(m.person, m.start)
        if m.person == known and sent.start <= m.start < sent.end:
            subject_titles |= _told_of(doc, m.start, m.end) - {"the"}
    for m in people.sorted_mentions():
        if m.kind != "name" or not following.start <= m.start < following.end or m.person == known:
            continue
        root = doc[m.end - 1]
        subject = root.dep_ in {"nsubj", "nsubjpass"} or (root.dep_ == "appos" and root.head.dep_ in {"nsubj", "nsubjpass"})
        words = _told_of(doc, m.start, m.end)
        new = first_seen[m.person] >= following.start and Agent("person", m.person) not in parties.all
        if new and subject and any(_fits_description(d, words, subject_titles) for d in descriptions):
            return [m.person]
        if new and _addressed_by(root, known, people):
            return [m.person]  # "A met the EU's foreign policy chief. She briefed B on ...": B, told to by A
        return []  # only the sentence's first name may be the one described
    return []


def _addressed_by(name: Token, speaker: str, people: PeopleIndex) -> bool:
    """ "A told | B ...", "she informed | B": the name is the one a verb of saying something to someone
    (`addressing_verbs.txt`) addresses, and that verb's subject is the given person."""
    verb = name.head
    return (name.dep_ in {"dobj", "dative"} and verb.lemma_.lower() in lex().addressing_verbs
            and any(people.person_of(s) == speaker for s in _children(verb, SUBJECT_DEPS))
            and not any(c.dep_ == "advmod" and c.lower_ in _LATER_WORDS for c in verb.children))  # "later thanked B"


_LATER_WORDS = frozenset({"later", "then", "afterwards", "subsequently", "earlier"})


_AT_EVENT = frozenset({"at", "in", "during", "to", "into"})  # "seen at that meeting", "invited to that meeting"


def _for_objects(tok: Token) -> list[Token]:
    """The objects of "for" on a word, also where the parser reads it as a dative ("gave a lunch for B")."""
    return prep_objects(tok, {"for"}) + [o for d in tok.children if d.dep_ == "dative" and d.lower_ == "for"
                                         for o in _children(d, {"pobj"})]


_HOSTING_VERBS = frozenset({"give", "host", "throw", "offer", "organise", "organize", "hold", "lay"})  # "laid on a dinner"


def _unnamed_group(anchor: Token, resolver: AgentResolver) -> bool:
    """ "hosted the leaders", "received the delegates", "met the ministers", "hosted a group of
    executives", "State governors met with A", "a roundtable with business leaders": the other side is
    a plural group of people the sentence does not name."""
    node = anchor if anchor.pos_ in {"VERB", "AUX"} else anchor.head
    candidates = (_children(node, {"dobj", "nsubj", "nsubjpass"}) + prep_objects(node, {"with"}) + _for_objects(node)
                  + prep_objects(anchor, {"with"}) + _for_objects(anchor))  # "gave a supper for the envoys"
    candidates += [o for h in prep_objects(anchor, {"in"}) + prep_objects(node, {"in"})
                   if h.lemma_.lower() in {"honour", "honor"} for o in prep_objects(h, {"of"})]  # "in honour of the mediators"
    candidates += [o for c in candidates for o in prep_objects(c, {"with"}) + _for_objects(c)]  # "hosted a roundtable with business leaders"
    candidates += [o for c in candidates if c.lemma_.lower() in lex().group_nouns for o in prep_objects(c, {"of"})]
    return any(t.tag_ == "NNS" and is_person_noun(t) and resolver.agent_for(t) is None for t in candidates)


def _presided(trigger: Token) -> bool:
    """ "A hosted a meeting", "A convened talks at the ministry": the trigger (the noun or its verb)
    tells of a meeting the one party found presided over (presiding_verbs.txt), whose other people
    are not in the sentence; they may be named next ("Attending were B and C")."""
    if trigger.pos_ in {"VERB", "AUX"}:
        if trigger.lemma_.lower() in _HOSTING_VERBS and any(is_meal(o) for o in _children(trigger, {"dobj"})):
            return True  # "A gave a dinner at her residence. Among the guests were B and C"
        return lexicon_verb(trigger, lex().presiding_verbs) is not None and any(
            o.lemma_.lower() in lex().meeting_nouns | lex().talk_nouns for o in _children(trigger, {"dobj"}))
    if is_meal(trigger) and _given_by_a_host(trigger):
        return True  # "A gave a supper for the envoys. B and C attended", "the dinner hosted by A"
    return trigger.dep_ == "dobj" and lexicon_verb(trigger.head, lex().presiding_verbs) is not None


def _counted_sides(meeting: Meeting, delegations: DelegationIndex | None) -> list[list[str]]:
    """The people of a meeting a count may take up: all of them, or those not of a delegation at it
    ("the two mediators" who received a delegation headed by A: the two besides A)."""
    persons = [a.key for a in meeting.attendees if a.kind == "person"]
    sides = [persons]
    if delegations is not None:
        of_delegation: set[str] = set()
        for agent in (a for a in meeting.attendees if a.kind == "delegation"):
            found = delegations.delegations.get(agent.key)
            if found is not None:
                of_delegation |= {p for p in [found.head, *found.members] if p}
        hosts = [p for p in persons if p not in of_delegation]
        if hosts and len(hosts) < len(persons):
            sides.append(hosts)
    return sides


def _counted_group(verb: Token, parties: _Parties, meetings: list[Meeting], delegations: DelegationIndex | None = None,
                   window: int = 1500) -> list[str]:
    """ "A and B met C on Monday. Later D received the three ministers": a counted group of people
    ("the three ministers", "both leaders") as the only other party is the people of the last real
    meeting told before with exactly that many people (none of them the one who receives them)."""
    if len(parties.all) != 1 or parties.all[0].kind not in _PARTY_KINDS:  # also "a team led by A sat with the two mediators"
        return []
    counts = group_counts()
    for obj in _children(verb, {"dobj"}) + prep_objects(verb, {"with"}):
        if obj.tag_ == "CD" and obj.lower_ in counts and any(c.lower_ in {"all", "the"} for c in obj.children):
            wanted: int | None = counts[obj.lower_]  # "hosted all three", "received the two"
        elif obj.tag_ != "NNS" or not is_person_noun(obj) or parties.resolver.agent_for(obj) is not None:
            continue
        else:
            wanted = next((counts.get(c.lower_) or int(c.text) for c in obj.children
                           if c.dep_ in {"nummod", "det", "predet"} and (c.lower_ in counts or c.text.isdigit())), None)
        if wanted is None:
            continue
        start = verb.sent.start_char
        for meeting in reversed(meetings):
            if start - meeting.evidence.end > window:
                break
            if meeting.evidence.start >= start or meeting.status not in (MeetingStatus.OCCURRED, MeetingStatus.SCHEDULED):
                continue
            for persons in _counted_sides(meeting, delegations):
                if len(persons) == wanted and parties.all[0].key not in persons:
                    return persons
    return []


def _also_at(tok: Token) -> bool:
    """ "C was also at the meeting", "Also at the talks was C", "C and D also participated in the talks": someone
    more at the meeting told before."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"at", "in"} or not any(c.lower_ == "the" for c in tok.children):
        return False
    verb = tok.head.head
    return (verb.lemma_.lower() == "be" or _taken_part_in(tok)) and any(c.lower_ == "also" for c in verb.children)


def _join_previous(tok: Token, people: PeopleIndex, meetings: list[Meeting], window: int = 600) -> bool:
    """"Several officials were seen present at that meeting, including A and B", "C was also at the
    talks": the people named join the meeting before."""
    if meetings and _also_at(tok) and tok.sent.start_char - meetings[-1].evidence.end <= window:
        _add_named_people(_last_by_that_word(tok, meetings, window), tok.sent, people)
        return True
    joiners = [o for v in _passive_joinings(tok) for o in agent_objects(v)]
    # "Their talks were joined by C", "The meeting was attended by D": a definite meeting noun takes up the last
    # meeting told even a few paragraphs of quotes back
    if (meetings and joiners and any(c.lower_ in {"the", "that", "this", "their"} for c in tok.children)
            and tok.sent.start_char - meetings[-1].evidence.end <= max(window, _DEFINITE_WINDOW)):
        for agent in (people.person_of(t) for o in joiners for t in (o, *o.conjuncts)):
            if agent and Agent("person", agent) not in meetings[-1].attendees:
                meetings[-1].attendees.append(Agent("person", agent))
        return True
    if not meetings or not any(c.lower_ in {"that", "this"} and c.dep_ == "det" for c in tok.children):
        return False
    if not (tok.dep_ == "pobj" and tok.head.lower_ in _AT_EVENT):
        return True  # "the family had asked for that meeting": a mention of it, no one's presence at it
    if any(c.dep_ == "neg" for c in governing_verb(tok).children):
        return True  # "talks with B ... will not happen on this trip": B is not at it
    _add_named_people(meetings[-1], tok.sent, people)
    return True


def _last_by_that_word(noun: Token, meetings: list[Meeting], window: int) -> Meeting:
    """ "C also participated in the talks": the last meeting told by the same word ("the talks", not the
    "consultations" told after them), within the window; else the last meeting told."""
    word = noun.lemma_.lower()
    for meeting in reversed(meetings):
        if noun.sent.start_char - meeting.evidence.end > window:
            break
        if meeting.trigger and meeting.trigger.lower() in {word, noun.lower_}:
            return meeting
    return meetings[-1]


def _add_named_people(meeting: Meeting, sent: Span, people: PeopleIndex) -> None:
    for m in people.sorted_mentions():
        if m.kind == "name" and sent.start <= m.start < sent.end:
            agent = Agent("person", m.person)
            if agent not in meeting.attendees:
                meeting.attendees.append(agent)


def _presence_marked(sent: Span, word: Token) -> bool:
    """ "Also present were", "Among those present were", "Those attending included", "Present were",
    "Among those at the table were": a marker before the presence word (or the word opening the
    sentence) says the event is the one just told."""
    before = {t.lower_ for t in sent[max(0, word.i - 3 - sent.start):word.i - sent.start]}
    if word.lower_ == "them":  # "Among them were A and B", right after a group was told
        return word.i == sent.start + 1 and sent[0].lower_ == "among"
    if word.lower_ in lex().guest_arrival_words or word.lemma_.lower() in lex().guest_arrival_words:
        # "Among those arriving were", "Among the guests were" (guest_arrival_words.txt); "Guests included A",
        # "A and B were among the invitees": the guest list of the gathering just told
        return sent[0].lower_ == "among" or _guest_list(word)
    if word.lemma_.lower() in lex().table_nouns:  # "Among those at the table were", "Also at the table was"
        at = word.head
        return word.dep_ == "pobj" and at.lower_ == "at" and (
            at.head.lower_ == "those" or (at.head.lemma_ == "be" and ("also" in before or at.i == sent.start)
                                          and any(c.dep_ in {"nsubj", "attr"} and (c.pos_ == "PROPN" or is_person_noun(c))
                                                  for c in at.head.children)))
    if _attended_without_object(word):
        return True  # "A, B and C attended, along with D": the event just told
    phrase = _presence_phrase(word)
    if phrase is None:
        return False
    return ("also" in before or {"among", "those"} <= before or "those" in before
            or (word.i - phrase == sent.start and _lists_who(sent)))  # "Present were", "Taking part were"


def _guest_list(word: Token) -> bool:
    """ "Guests included A and B", "The invitees included C", "A and B were among the guests": a plural
    guest noun that the sentence's "include" has as its subject, or the "among" of a "be" sentence, with
    nothing after it saying whose guests or at what event ("guests at the rally included": another event)."""
    if word.tag_ != "NNS" or any(c.dep_ == "prep" for c in word.children):
        return False  # ("Guests at the dinner included ..." is a roster, `event_rosters.py`)
    head = word.head
    if word.dep_ == "nsubj" and head.lemma_.lower() == "include" and head.dep_ == "ROOT":
        return True
    return (word.dep_ == "pobj" and head.lower_ == "among" and head.head.dep_ == "ROOT"
            and head.head.lemma_.lower() == "be")


def _attended_without_object(word: Token) -> bool:
    """ "A, B and C attended.", "A and B also attended, along with C": "attend" as the main verb of its
    sentence with people as its subject and nothing attended named, so what they attended is the event
    told just before."""
    return (word.lemma_.lower() == "attend" and word.pos_ == "VERB" and word.dep_ == "ROOT"
            and bool(_children(word, {"nsubj"})) and not _children(word, {"dobj", "ccomp", "xcomp"})
            and not prep_objects(word, {"at", "in", "on"}))


def _lists_who(sent: Span) -> bool:
    """ "Present were A and B", "Taking part were C and D", "Participants included E": the sentence
    opened by a presence word goes on to list people with "be" or "include", not to tell what they
    did ("Participants praised A": A was not said to be there)."""
    root = sent.root
    return root.lemma_.lower() in {"be", "include"} or any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() == "be"
                                                           and c.i > root.i for c in root.children)


def _presence_phrase(word: Token) -> int | None:
    """How many words before `word` its presence phrase starts (presence_words.txt): 0 for a word
    ("present", "attending", "participants" by word or lemma), 1 for a verb and its word ("taking
    part"); None when it is none ("part of the plan")."""
    words = lex().presence_words
    if word.lower_ in words or word.lemma_.lower() in words:
        return 0
    if word.i > 0 and f"{word.doc[word.i - 1].lemma_.lower()} {word.lower_}" in words:
        return 1
    return None


def _at_the_told_event(pobj: Token) -> bool:
    """ "present at the meeting", "among those at the table": the event just told, not another one (nor
    "the meeting with A", a meeting of its own)."""
    return (any(c.lower_ in {"the", "that", "this"} for c in pobj.children) and not _children(pobj, {"prep"})
            and (pobj.lemma_.lower() in lex().meeting_nouns or pobj.lemma_.lower() in lex().table_nouns))


def _also_present(doc: Doc, people: PeopleIndex, meetings: list[Meeting], unpeopled: list[Token],
                  dates: DocDates, group_hosts: dict[int, list[str]] | None = None, window: int = 300) -> None:
    """"Also present were A and B", "Also in attendance was C": the people named join the real
    meeting told in the sentence just before (within `window` characters), when the sentence names
    no place of its own ("also present at the rally" is another event). After a meeting whose
    people were not named ("Leaders met in Manila. Among those present were A, B and C"), the people
    named make that meeting (`unpeopled`: its trigger)."""
    rosters = _event_rosters(doc, people, meetings, unpeopled, dates, group_hosts or {})
    by_sentence: dict[int, list[Token]] = {}
    presence = {w.split()[-1] for w in lex().presence_words}  # "take part": by its "part"
    for word in _tokens_by_word_or_lemma(doc, presence | lex().table_nouns | lex().guest_arrival_words | {"them"}):
        by_sentence.setdefault(word.sent.start, []).append(word)
    for words in by_sentence.values():
        sent = words[0].sent
        if sent.start in rosters or any(_also_at(t) and t.lemma_.lower() not in lex().table_nouns for t in sent):
            continue  # ("C also participated in the talks": `_join_previous`, by the word the meeting was told with)
        marked = [w for w in words if _presence_marked(sent, w)]
        if not marked:
            continue
        # "took part in the protest": a two-word phrase's verb takes the event by "in"
        verbs = {w.i - 1 for w in marked if _presence_phrase(w) == 1}
        if any((t.lower_ in ("at", "in" if t.head.i in verbs else "at")
                and not any(_at_the_told_event(o) for o in _children(t, {"pobj"}))
                or (t.dep_ == "dobj" and t.head.i not in verbs)) and t.head.i in {w.i for w in words} | verbs for t in sent):
            continue  # "also present at the rally", "also attended a fair": another event
        # "Present at the meeting were A and B": "the meeting" is the one told before, not one of A and B
        echoed = {o.text for w in marked for p in _children(w, {"prep"}) if p.lower_ == "at"
                  for o in _children(p, {"pobj"}) if _at_the_told_event(o)}
        for meeting in [m for m in _told_in(meetings, sent) if m.trigger in echoed]:
            meetings.remove(meeting)
        if all(w.lower_ == "them" for w in marked):  # "Among them were A and B": only after a group
            _meeting_named_after(sent, people, meetings, unpeopled, dates, window, group_hosts or {})
            continue
        _join_the_told_meeting(sent, people, meetings, unpeopled, dates, window, group_hosts or {})
    for sent in _representation_rosters(doc, people):
        _join_the_told_meeting(sent, people, meetings, unpeopled, dates, window, group_hosts or {})
    for sent in doc.sents:  # "A met leaders of four nations. The four leaders are B, C, D and E."
        if sent.start not in by_sentence and group_roster(sent, people):
            _meeting_named_after(sent, people, meetings, unpeopled, dates, window, group_hosts or {}, hosts_needed=True)


def _event_rosters(doc: Doc, people: PeopleIndex, meetings: list[Meeting], unpeopled: list[Token], dates: DocDates,
                   group_hosts: dict[int, list[str]], window: int = 1500) -> set[int]:
    """ "Also attending the summit are A, B and C", "Leaders at the summit included A and B" (`event_rosters.py`):
    the people listed join the gathering told before by the same word (with its one attendee told, "D is
    attending the summit"), or make it when none was. Returns the starts of the roster sentences."""
    done: set[int] = set()
    sentences = {noun.sent.start: noun.sent for noun in _tokens_by_word_or_lemma(doc, lex().meeting_nouns)}
    for sent in sentences.values():
        noun = event_roster(sent)
        if noun is None:
            continue
        done.add(sent.start)
        named = people.named_in(sent)
        word = noun.lemma_.lower()
        earlier = [m for m in meetings if m.trigger.lower() in {word, noun.lower_}
                   and 0 <= sent.start_char - m.evidence.end <= window
                   and m.status in (MeetingStatus.OCCURRED, MeetingStatus.SCHEDULED)]
        if earlier:  # the gathering told before: its people are joined by these
            meeting = earlier[-1]
            meeting.attendees.extend(Agent("person", k) for k in named if Agent("person", k) not in meeting.attendees)
            continue
        anchors = [t for t in unpeopled if (t.lemma_.lower() == word or any(c.lemma_.lower() == word for c in t.children))
                   and 0 <= sent.start_char - t.sent.end_char <= window]
        anchor = anchors[-1] if anchors else noun
        hosts = group_hosts.get(anchor.i, []) if anchors else []
        if anchors and not hosts and attended_by_its_subject(anchor):  # "A arrived for the summit": A was there
            hosts = [p for s in _children(anchor.head.head, {"nsubj"}) if (p := people.person_of(s))]
        attendees = list(dict.fromkeys(hosts + named))
        if len(attendees) >= 2:
            found = _meeting_of_anchor(anchor, [Agent("person", k) for k in attendees], people, dates)
            if found is not None:
                meetings.append(found)
    return done


def _join_the_told_meeting(sent: Span, people: PeopleIndex, meetings: list[Meeting], unpeopled: list[Token],
                           dates: DocDates, window: int, group_hosts: dict[int, list[str]]) -> None:
    """The people a presence sentence names join the meeting told in it or just before it (or make the
    meeting told before without its people)."""
    # "hosted A at the ceremony, where B and C were also present": the meeting of that sentence
    told = _told_in(meetings, sent) or _told_before(meetings, sent, window)
    nearer = [t for t in unpeopled if told and told[0].evidence.end <= t.sent.start_char
              and t.sent.end_char <= sent.start_char]
    if nearer:  # "A met B. ... C hosted the leaders at a dinner. D and E were also present": the dinner
        told = []
    for meeting in told:
        _add_named_people(meeting, sent, people)
    if not told:
        _meeting_named_after(sent, people, meetings, unpeopled, dates, window, group_hosts)


def _representation_rosters(doc: Doc, people: PeopleIndex) -> list[Span]:
    """ "Kenya was represented by A, Uganda by B, and Tanzania by C": a sentence that only says who stood
    for each country (or body) names who was at the event just told; it tells no event of its own."""
    out = []
    for sent in doc.sents:
        root = sent.root
        if root.lemma_.lower() != "represent" or not _children(root, {"auxpass"}):
            continue
        body, agents = representation(root)  # the passive's subject and its by-phrase
        if body is None or not (body.ent_type_ in {"GPE", "ORG", "NORP"} or lex().country_for(body.text)) \
                or not any(people.person_of(a) for a in agents):
            continue
        if any(t.lemma_.lower() in lex().meeting_nouns or t.ent_type_ in {"DATE", "TIME"} for t in sent):
            continue  # "Kenya was represented at the summit in May by A": an event of its own, told there
        out.append(sent)
    return out


def _meeting_named_after(sent: Span, people: PeopleIndex, meetings: list[Meeting], unpeopled: list[Token],
                         dates: DocDates, window: int, group_hosts: dict[int, list[str]] | None = None,
                         hosts_needed: bool = False) -> None:
    """The meeting of the nearest trigger before `sent` that named no one, with the people `sent` names.
    With `hosts_needed`, only a named host's meeting with an unnamed group ("A met three ministers"), not one
    whose every side is unnamed ("The chancellor met two governors": who met them is unknown)."""
    before = [t for t in unpeopled if t.sent.end_char <= sent.start_char and sent.start_char - t.sent.end_char <= window]
    named = people.named_in(sent)
    if not before:
        return
    anchor = before[-1]
    # "held separate meetings with the leaders on the sidelines of the forum": the trigger with the group
    anchor = next((t for t in reversed(before) if t.sent.start == anchor.sent.start and (group_hosts or {}).get(t.i)), anchor)
    # "A hosted the leaders for dinner": the host told with any unpeopled trigger of that sentence
    hosts = [h for t in before if t.sent.start == anchor.sent.start for h in (group_hosts or {}).get(t.i, [])]
    if hosts_needed and not hosts:
        return
    earlier = [t for t in before if t.sent.end_char <= anchor.sent.start_char]
    if _takes_up_the_event(anchor) and _remote_event_before(anchor):
        return  # "The bureau met by videoconference. The meeting was chaired by A. Also taking part were B and C"
    if not hosts and earlier and _takes_up_the_event(anchor):
        # "A hosted the ministers in Bonn. The meeting lasted an hour. ...": the same event, its host
        hosts = [h for t in earlier if t.sent.start == earlier[-1].sent.start for h in (group_hosts or {}).get(t.i, [])]
    # "The meeting was chaired by A", told with the anchor or between it and the roster
    hosts += [c for c in _passive_chairs(anchor.doc[anchor.sent.start:sent.start], people) if c not in hosts]
    if hosts and (_one_by_one(anchor) or any(_one_by_one(o) for o in _children(anchor, {"dobj"}))):
        # "held separate meetings with leaders ... The leaders are B and C": the host with each
        for guest in (k for k in named if k not in hosts):
            found = _meeting_of_anchor(anchor, [Agent("person", key) for key in hosts + [guest]], people, dates)
            if found is not None:
                meetings.append(found)
        return
    named = list(dict.fromkeys(hosts + named))
    if len(named) < 2:
        return
    found = _meeting_of_anchor(anchor, [Agent("person", key) for key in named], people, dates)
    if found is not None:
        meetings.append(found)


def _remote_event_before(anchor: Token) -> bool:
    """The sentence before the anchor's tells a meeting held by video or phone ("held a Special Meeting by
    videoconference"), which a definite "the meeting" then takes up."""
    if anchor.sent.start == 0:
        return False
    before = anchor.doc[anchor.sent.start - 1].sent
    return any(t.lemma_.lower() in lex().meeting_nouns and (channel_of(t) is not Channel.IN_PERSON or (
        t.dep_ == "dobj" and channel_of(t.head) is not Channel.IN_PERSON)) for t in before)  # "held a meeting by video"


def _passive_chairs(span: Span, people: PeopleIndex) -> list[str]:
    """ "The meeting was chaired by A", "the session, presided over by B, ...": the people a chairing verb's
    by-phrase names, in a sentence whose subject is the meeting; whoever chairs a meeting attends it."""
    out: list[str] = []
    for verb in span:
        if verb.lemma_.lower() not in lex().chair_verbs and verb.lemma_.lower() not in lex().presiding_verbs:
            continue
        subjects = _children(verb, {"nsubjpass"}) or ([verb.head] if verb.dep_ == "acl" else [])
        if not any(s.lemma_.lower() in lex().meeting_nouns | lex().talk_nouns or s.lower_ == "it" for s in subjects):
            continue
        for agent in agent_objects(verb):
            named = people.named_in(list(agent.subtree))
            if named and named[0] not in out:
                out.append(named[0])
    return out


def _takes_up_the_event(anchor: Token) -> bool:
    """ "The meeting lasted an hour", "The talks were attended by ...": a definite meeting noun (the
    trigger or its subject) takes up the event told just before rather than telling a new one."""
    words = lex().meeting_nouns | lex().talk_nouns
    nouns = [anchor] + _children(anchor, SUBJECT_DEPS)
    return any(n.lemma_.lower() in words and any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in n.children)
               for n in nouns)


def _meeting_of_anchor(anchor: Token, attendees: list[Agent], people: PeopleIndex, dates: DocDates) -> Meeting | None:
    """The meeting an unpeopled trigger told, with the attendees named after it: when it is real (it
    happened or is to) and in person, placed and dated by its own sentence."""
    date_ent = date_entity(anchor)
    status = meeting_status(anchor, date_ent.text if date_ent is not None else None)
    if status not in (MeetingStatus.OCCURRED, MeetingStatus.SCHEDULED) or channel_of(anchor) is not Channel.IN_PERSON:
        return None
    return Meeting(
        attendees=attendees, status=status, trigger=anchor.text,
        channel=Channel.IN_PERSON, evidence=Evidence.of(anchor.sent), place=meeting_place(anchor, people),
        date=dates.resolve(date_ent, future=status is MeetingStatus.SCHEDULED) if date_ent is not None else None,
        confidence=0.6,
    )


def _told_in(meetings: list[Meeting], sent: Span) -> list[Meeting]:
    """The real in-person meetings told in this very sentence."""
    return [m for m in meetings if m.evidence.start == sent.start_char and m.evidence.end == sent.end_char
            and m.status in (MeetingStatus.OCCURRED, MeetingStatus.SCHEDULED) and m.channel is Channel.IN_PERSON]


def _told_before(meetings: list[Meeting], sent: Span, window: int = 300) -> list[Meeting]:
    """The real in-person meeting told last before the sentence (within `window` characters): every
    Meeting made from that one mention (a trigger with several guests makes one per group)."""
    before = [m for m in meetings if m.evidence.end <= sent.start_char and sent.start_char - m.evidence.end <= window
              and m.status in (MeetingStatus.OCCURRED, MeetingStatus.SCHEDULED) and m.channel is Channel.IN_PERSON]
    if not before:
        return []
    last = max(before, key=lambda m: m.evidence.end)
    return [m for m in before if m.evidence == last.evidence]


def _joined_already(joining: Joining) -> bool:
    """ "C joined the talks", "C has joined the session by video": a joining told as done (a past verb, or
    a perfect), so the meeting it joins has happened; "C will join the talks" may join one to come."""
    word = joining.verb or (governing_verb(joining.noun) if joining.noun is not None else joining.sent.root)
    auxiliaries = {c.lower_ for c in word.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & {"will", "would", "shall", "'ll", "to", "may", "might", "could"}:
        return False
    return word.tag_ == "VBD" or bool(auxiliaries & {"has", "have", "had"})


def _join_told_meeting(joining: Joining, meetings: list[Meeting]) -> bool:
    """ "A and B also joined the meeting": add them to the meeting told just before; False if none.
    A definite meeting noun ("joined the meeting") takes up the last meeting told even a paragraph
    back; "A also took part" only the one just told."""
    predicate = joining.verb or (joining.noun.head if joining.noun is not None else None)
    if predicate is not None and channel_of(predicate) is not Channel.IN_PERSON:
        return True  # "C joined the talks by video link": there, but not in person
    told = _told_in(meetings, joining.sent) if joining.noun is None else []  # "A hosted B; C also took part"
    told = told or _told_before(meetings, joining.sent, window=_DEFINITE_WINDOW if joining.noun is not None else 300)
    if joining.entourage:  # "Travelling with him is a delegation of A and B": the trip's party, not the company at a
        told = [m for m in told if "\n\n" not in joining.sent.doc.text[m.evidence.start + len(m.evidence.text.rstrip()):
                                                                          joining.sent.start_char]]
        # meeting the paragraph before told ("In January, they talked in Davos.")
    if _joined_already(joining):  # "C has joined the session": not a meeting still to come
        told = [m for m in told if m.status is not MeetingStatus.SCHEDULED]
    if joining.with_person is not None and not any(Agent("person", joining.with_person) in m.attendees for m in told):
        return False  # "C accompanied A" joins only a meeting A was at
    for meeting in told:
        for key in joining.people:
            agent = Agent("person", key)
            if agent not in meeting.attendees:
                meeting.attendees.append(agent)
    return bool(told)


def extract_meetings(doc: Doc, people: PeopleIndex, delegations: DelegationIndex, meta: ArticleMeta,
                     dates: DocDates, offices: list[Office] | None = None) -> list[Meeting]:
    """Every meeting the article mentions, with its status, place and date (`dates`: the resolved
    date entities, as the `ng_dates` component annotates them; `offices`: who holds which title,
    for "the two chancellors")."""
    resolver = AgentResolver(doc, people, delegations.refs, skip_before=dateline_end(doc_text(doc)),
                             delegation_groups=delegations.groups)
    told_at: dict[tuple[int, str], list[tuple[int, str]]] = {}
    person_places = narrative_places(doc, people, delegations, told_at)
    arrivals = arrival_days(doc, people, dates)
    sentence_index = {sent.start: n for n, sent in enumerate(content_sentences(doc))}
    filed_from = dateline_place(doc_text(doc))
    cancelled = cancellations(doc, people)
    meetings: list[Meeting] = []
    handled: set[int] = set()
    unpeopled: list[Token] = []
    sides_only: list[Token] = []  # triggers of meetings between countries or delegations with no one named
    group_hosts: dict[int, list[str]] = {}  # an unpeopled trigger's one named party ("A hosted the leaders")
    joined = joinings(doc, people)
    never_met: list[tuple[frozenset[str], bool]] = []  # "the two never met": (the pair, said up to now)
    joined_nouns = {j.noun.i: j for j in joined if j.noun is not None}
    accompanying = {j.verb.i: j for j in joined if j.verb is not None}  # "C accompanied the envoy"
    quotes = find_quotes(doc_text(doc))
    candidates = {t.i: t for t in _trigger_candidates(doc)}
    candidates.update((i, j.verb) for i, j in accompanying.items())  # "Travelling with A were B and C": no trigger word
    for tok in (candidates[i] for i in sorted(candidates)):
        if tok.i in handled or _opens_a_meeting_as_companion(tok) or habit_in_quote(tok, quotes):
            continue
        if tok.i in joined_nouns and _join_told_meeting(joined_nouns.pop(tok.i), meetings):
            continue  # "A and B also joined the meeting": the one told before, not one of their own
        if tok.i in accompanying and (_join_told_meeting(accompanying[tok.i], meetings) or accompanying[tok.i].entourage):
            continue  # "A met B. C accompanied A": C was at that meeting, no meeting of C and A ("Accompanying A were C
            # and D" with no meeting told: company on a journey, no meeting at all)
        parties = _Parties(resolver, offices)
        together = encounter(tok, people)
        if together is not None and not _encounter_parties(together, parties):
            together = None  # a side names no one: maybe a meeting word all the same
        if together is not None:  # "X was the guest of Y", "flanked by A", "gave X a tour" (copresence.py)
            anchor = together.anchor
            handled.add(anchor.i)
        elif not _is_trigger(tok):
            continue
        elif is_verb(tok):  # also "rang", tagged a noun, with its subject and object
            said_to_meet = _verb_parties(tok, parties)
            counted = _counted_group(tok, parties, meetings, delegations)  # "received the three ministers": those met before
            one = len(parties.all) == 1 and parties.all[0].kind == "person"
            # "A hosted the governors ... Ohio's governor, B, walked out": B is of the group A met
            counted = counted or (titled_members(tok, offices or [], people, {parties.all[0].key}) if one else [])
            if not said_to_meet and not counted:
                if one and _unnamed_group(tok, resolver):
                    unpeopled.append(tok)  # "A hosted the leaders at a dinner. B, C and D were seated ..."
                    group_hosts[tok.i] = [parties.all[0].key]
                    handled.update(o.i for o in prep_objects(tok, {"at", "for"}))  # "at a dinner": that same meeting
                continue
            parties.add_people(counted)
            handled.update(o.i for o in _children(tok, {"dobj"}))  # "hosted a dinner": one meeting, not two
            anchor = tok
        else:
            own = [p for p in _children(tok, {"poss"}) if p.lower_ != "their"] + prep_objects(tok, {"with", "between", "among"})
            if not own and _join_previous(tok, people, meetings):
                continue  # "officials were present at that meeting, including A and B"
            anchor = _noun_parties(tok, parties)
        parties.add_people([k for n in _jointly_run(tok) for k in co_chairs(n, people)])
        if len(parties.all) < 2 and (anchor.pos_ == "VERB" or anchor is not tok or _taken_part_in(tok)) and _plural_anaphor(anchor):
            reach = _AGAIN_WINDOW if _meets_again(anchor) else 400  # "will meet again": the pair's last meeting
            previous = _antecedent(meetings, tok.sent, reach) or _pair_told_before(meetings, tok.sent, people)
            pair = _pair_named_before(tok.sent, people, after=previous.evidence.end if previous else 0)
            titled = _titled_pair(anchor, offices or [], people, tok.sent)
            before = [a.key for a in previous.attendees if a.kind == "person"] if previous is not None else []
            counted = _counted_delegation(anchor, delegations, tok.sent)
            if titled and _subject_group_fits(anchor, titled, people, offices):
                parties.add_people(titled)  # "The two chancellors will meet again": the two the article gave that title
            elif counted is not None:  # "The delegation included A, B and C. ... the three had met with D"
                parties.add_agent(Agent("delegation", counted))
            elif pair and _subject_group_fits(anchor, pair, people, offices):
                parties.add_people(pair)  # "A and her deputy, B, spent the week in Niamey. Then the two hosted C"
            elif before and _fits_count(anchor, previous) and _subject_group_fits(anchor, before, people, offices):
                parties.add_people(before)  # "The two met in Oslo in May": the pair just told
            elif _clause_on_a_meeting_noun(anchor):
                continue  # "a meeting with B, during which the two exchanged views": that meeting, told already
            else:  # "The two leaders met for an hour. President A told Premier B ...": named next, if they fit
                named_next = _named_next(tok.sent, people)
                if named_next and all(fits_group_and_office(s, named_next, people, offices or [])
                                      for s in controller_subjects(governing_verb(anchor))):
                    parties.add_people(named_next)
        elif not parties.all and (groups := _groups_the_meeting_is_of(tok)):
            # "the coming session of the foreign ministers of all three states opens in Lima. Chilean Foreign
            # Minister A, Peruvian Foreign Minister B and Bolivian Foreign Minister C are expected ...": named next
            named_next = _named_next(tok.sent, people)
            if named_next and all(fits_group_and_office(g, named_next, people, offices or []) for g in groups):
                parties.add_people(named_next)
        elif len(parties.all) >= 2 and (_counted_subject(anchor, resolver) or _they_were_joined(anchor)):
            # "The two leaders were joined by C and D", "They were joined by C and by D": the pair of the meeting just told
            previous = _antecedent(meetings, tok.sent)
            titled = _titled_pair(anchor, offices or [], people, tok.sent)
            if titled:
                parties.add_people(titled)
            elif previous is not None and _they_were_joined(anchor):  # every meeting of that one mention
                parties.add_people([a.key for m in meetings if m.evidence == previous.evidence
                                    for a in m.attendees if a.kind == "person"])
            elif previous is not None and _fits_count(anchor, previous):
                parties.add_people([a.key for a in previous.attendees if a.kind == "person"])
        if not parties.all and _bare_definite_meeting(tok) and not any(
                m.evidence.start < tok.sent.start_char for m in meetings if tok.sent.start_char - m.evidence.end <= _DEFINITE_WINDOW):
            # "A and B pledged regular exchanges on Thursday. The meeting was the first since May.": with no
            # meeting told before, the pair the sentence before made its subject
            parties.add_people(_pair_named_before(tok.sent, people))
        if len(parties.all) == 1 and parties.all[0].kind == "person":
            parties.add_people(_described_then_named([anchor, tok], parties, people))
        if parties.all and anchor.pos_ in {"VERB", "AUX"}:
            # "A and B met at the invitation of C, who chaired the session" (meeting_partners.py)
            parties.add(presiding_people(anchor), kinds=_PEOPLE)
            if len(parties.all) >= 2 and tok.lemma_.lower() not in _SPEAKING_VERBS:
                parties.add(alongside_partners(anchor), kinds=_PEOPLE)  # "will meet B alongside C"
        if len(parties.all) < 2:
            if not parties.all:
                unpeopled.append(anchor)  # "Leaders met in Manila": maybe named after (`_also_present`)
            elif parties.all[0].kind == "person" and (_unnamed_group(anchor, resolver) or _presided(tok)
                                                       or attended_by_its_subject(tok)):
                unpeopled.append(anchor)  # "A hosted the leaders at a dinner. B, C and D were seated ..."
                group_hosts[anchor.i] = [parties.all[0].key]  # "A is attending the summit. Also attending are B, C"
            elif parties.all[0].kind != "person":
                sides_only.append(anchor)  # "Ghana and Togo held talks in Accra": one side known as a delegation
            continue
        if anchor.pos_ in {"VERB", "AUX"}:
            handled.update(p.i for p in _trailing_participles(anchor))  # "..., joined by C": this meeting
        if anchor.pos_ in {"VERB", "AUX"} and unknown_subject(anchor, resolver):
            continue  # the one who met them is unknown: the people they met were not each other's party
        date_ent = date_entity(anchor)
        status = meeting_status(anchor, date_ent.text if date_ent is not None else None)
        if status is MeetingStatus.SCHEDULED and meeting_past_plan(anchor) and (
                cancelled_before(cancelled, parties.all, tok.sent) or called_off_next(tok.sent)):
            status = MeetingStatus.CANCELLED  # "X cancelled the trip. ... X was due to meet Y"; "... The meeting was called off"
        if status is MeetingStatus.SCHEDULED and called_off_after(anchor):
            status = MeetingStatus.CANCELLED  # "A was to meet B on Friday, but the meeting was cancelled"
        if status is MeetingStatus.DECLINED and meeting_never_met(anchor):
            never_met.append((frozenset(a.key for a in parties.all if a.kind == "person"), meeting_up_to_now(anchor)))
        when = dates.resolve(date_ent, future=status is MeetingStatus.SCHEDULED) if date_ent is not None else None
        gap = measured_gap(anchor)  # "met B on Friday, two days after A held talks with C": C's meeting, on Wednesday
        gap_day = day_across_gap(gap, dates, future=meeting_status(gap.clause) is MeetingStatus.SCHEDULED) if gap else None
        if gap_day is not None:
            when = gap_day
        elif when is None and status is MeetingStatus.OCCURRED and not shifted_day(date_ent) and not vague_time(date_ent):
            when = narrative_day(anchor, dates)  # "She arrived on Tuesday. The mayor welcomed her."
            if when is None and date_ent is None and not backgrounded(anchor) and not moves_on(tok.sent):
                when = _arrival_day(parties, arrivals, sentence_index.get(tok.sent.start, 0))
        sent = tok.sent
        here = sentence_index.get(sent.start, 0)
        told_without_people = (_unpeopled_before(sorted(unpeopled + sides_only, key=lambda t: t.i), sentence_index, here)
                               if status is MeetingStatus.OCCURRED and not backgrounded(anchor) else None)
        if when is None and told_without_people is not None:
            date_ent = date_entity(told_without_people)
            when = dates.resolve(date_ent, future=False) if date_ent is not None else None
        confidence = 0.8 if tok.pos_ == "VERB" else 0.7
        channel = channel_of(anchor if together is not None else tok)  # "paid a courtesy call on A": a visit
        place = meeting_place(anchor, people, _party_people(parties, delegations))
        if place is None and told_without_people is not None:
            place = meeting_place(told_without_people, people)
        if place is None and filed_from:  # "TROMSO - ... after talks in the northern city"
            place = dateline_city_named_again(anchor, filed_from)
        real = status in (MeetingStatus.OCCURRED, MeetingStatus.SCHEDULED) and channel is Channel.IN_PERSON
        if place is None and real:  # not for offers and wishes: no one is there yet
            opens_paragraph = _opens_paragraph(sent)
            place = _recent_place(parties, person_places, here, site_reach=0 if opens_paragraph else 1,
                                  told_at=told_at, before=anchor.i)
            if place is None and filed_from and status is MeetingStatus.OCCURRED and _told_as_news(when, meta, anchor, filed_from):
                place = filed_from  # an event of the last few days in a story filed from that city
            if place is not None:
                confidence -= 0.1  # the place is inferred from the discourse, not stated in the sentence
        locality = None
        if place and not is_site(place):  # "in Accra, at the Jubilee Palace"
            site = site_in_clause(anchor)
            if site:
                place, locality = site, place
        elif place:  # the town the site is in: named with it, else where the parties were
            locality = meeting_locality(anchor, place) or (
                _recent_place(parties, person_places, here, site_reach=-1, told_at=told_at, before=anchor.i)
                if real else None)
            if locality is None and real and filed_from and filed_from.lower() not in place.lower():
                locality = filed_from  # "ADDIS ABABA - ... received B at the AU headquarters": the city filed from
        town = locality if place and is_site(place) else place
        if town and real:
            # the people of a meeting were in its town (a venue is not where their next meeting is)
            for agent in parties.all:
                if agent.kind == "person":
                    person_places[here].setdefault(agent.key, town)
        if not any(a.kind == "person" for a in parties.all):
            sides_only.append(anchor)  # "Norway and Chile agreed ..., after talks in Oslo on Monday. A received B"
        for attendees in parties.groups(tok):
            own_place, own_day, own_locality = _where_and_when_apart(
                attendees, parties, dates, status is MeetingStatus.SCHEDULED, (place, when, locality))
            meetings.append(Meeting(
                attendees=attendees, status=status, trigger=_meeting_word(tok), channel=channel,
                evidence=Evidence.of(sent),
                place=own_place, date=own_day, confidence=confidence, locality=own_locality,
            ))
    _countries_by_their_delegations(meetings, delegations)  # (before anyone joins the talks: "C chaired the sessions")
    for joining in [j for j in joined if j.noun is None and j.verb is None] + list(joined_nouns.values()):
        _join_told_meeting(joining, meetings)  # "A also took part", "B joined them"
    _also_present(doc, people, meetings, unpeopled, dates, group_hosts)
    for anchor, keys in sides_told_next(doc, unpeopled, delegations):  # "Negotiators met in Doha. The A side was led by B, ..."
        found = _meeting_of_anchor(anchor, [Agent("delegation", key) for key in keys], people, dates)
        if found is not None and not any(set(found.attendees) <= set(m.attendees) for m in meetings):
            meetings.append(found)
    plans_never_kept(meetings, never_met, meta.published.isoformat() if meta.published else None)
    delegations_told_next(doc, meetings, delegations)  # "A met B. The delegation led by B comprised C and D"
    meetings = _merge_duplicates(meetings)
    date_and_place_from_the_event(doc, meetings, dates, people)  # "On the margins of the consultations, A met B"
    places_from_headline(meetings, content_sentences(doc))
    talks = delegation_talks(doc, delegations, dates)
    if talks and not any(set(talks.attendees) <= set(m.attendees) and m.status is talks.status for m in meetings):
        meetings.append(talks)  # not when a meeting of those very delegations is told already
    return meetings


def _countries_by_their_delegations(meetings: list[Meeting], delegations: DelegationIndex) -> None:
    """ "talks between the Nepalese government and the Maoists ... The government delegation was led by
    A": talks between two or more countries or bodies, in an article that tells the one delegation a country sent,
    were held by that delegation. Only talks (`talk_nouns.txt`), not a summit where heads of state meet, and
    not talks a named person held "with Russia"."""
    sent = {}
    for delegation in delegations.delegations.values():
        if delegation.represents and (delegation.head or delegation.members):
            sent.setdefault(delegation.represents, []).append(delegation.key)
    for meeting in meetings:
        if meeting.trigger.lower() not in lex().talk_nouns - {"summit"} \
                or sum(a.kind in {"country", "organization"} for a in meeting.attendees) < 2:
            continue  # (talks a person held "with Russia" are that person's, not the delegation's told elsewhere)
        for agent in list(meeting.attendees):
            keys = sent.get(agent.key) if agent.kind == "country" else None
            if keys and len(keys) == 1 and Agent("delegation", keys[0]) not in meeting.attendees:
                meeting.attendees.append(Agent("delegation", keys[0]))


def _phrases_place_and_day(doc: Doc, span: tuple[int, int], dates: DocDates,
                           future: bool) -> tuple[str | None, PartialDate | None]:
    """The place and day a gapped guest's own phrases say ("... and B in Beijing on Tuesday")."""
    start, end = span
    ents = [e for e in doc.ents if start <= e.start and e.end <= end]
    places = [place_of(e.root) for e in ents if e.label_ in _PLACE_LABELS]
    days = [dates.resolve(e, future=future) for e in ents if e.label_ in DATE_LABELS]
    return next((p for p in places if p), None), next((d for d in days if d), None)


def _where_and_when_apart(attendees: list[Agent], parties: _Parties, dates: DocDates, future: bool,
                          told: tuple[str | None, PartialDate | None, str | None]
                          ) -> tuple[str | None, PartialDate | None, str | None]:
    """ "met A in Tokyo on Monday and B in Beijing on Tuesday": each of the meetings a left-out verb
    makes takes the place and day of its guest's own phrases (where any guest's phrases say one);
    otherwise, and for any other meeting, the place and day told for the trigger (`told`)."""
    own = [parties.own_phrases[a.key] for a in attendees if a.kind == "person" and a.key in parties.own_phrases
           and a in parties.guests]
    if len(own) != 1:
        return told
    place, day, locality = told
    doc = parties.resolver.doc
    said = [_phrases_place_and_day(doc, span, dates, future) for span in parties.own_phrases.values()]
    own_place, own_day = _phrases_place_and_day(doc, own[0], dates, future)
    if any(p for p, _ in said) and own_place != place:
        place, locality = own_place, None
    if any(d for _, d in said):
        day = own_day
    return place, day, locality


def _jointly_run(tok: Token) -> list[Token]:
    """The meeting nouns a trigger tells whose joint chairs may be named after them ("the talks were
    co-chaired by A and B"; "the bank hosts a session, to be co-chaired by A and B"; "A will meet her
    counterparts at a meeting to be co-hosted by B")."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        return [tok]
    return [o for o in _children(tok, {"dobj"}) + prep_objects(tok, {"at", "during"}) if _is_trigger(o)]


def _party_people(parties: _Parties, delegations: DelegationIndex) -> frozenset[str]:
    """The people a meeting's parties are, a delegation standing for its head and members: a place
    phrase right after any of them is where they met ("hosted a delegation led by A at the town hall")."""
    keys = {a.key for a in parties.all if a.kind == "person"}
    for agent in parties.all:
        delegation = delegations.delegations.get(agent.key) if agent.kind == "delegation" else None
        if delegation is not None:
            keys |= set(delegation.members) | ({delegation.head} if delegation.head else set())
    return frozenset(keys)


def _unpeopled_before(unpeopled: list[Token], sentence_index: dict[int, int], here: int) -> Token | None:
    """ "The ministers agreed on Wednesday ..., after a three-way meeting in Paris. A received B and C
    for four hours.": a real meeting told without its people in the sentence just before, then told
    again with them, is the same meeting; its day and place are the ones said there."""
    for anchor in reversed(unpeopled):
        if sentence_index.get(anchor.sent.start) == here - 1 and meeting_status(anchor) is MeetingStatus.OCCURRED \
                and channel_of(anchor) is Channel.IN_PERSON:
            return anchor
    return None


def _merge_duplicates(meetings: list[Meeting]) -> list[Meeting]:
    out: list[Meeting] = []
    for meeting in meetings:
        same = next((m for m in out if set(m.attendees) == set(meeting.attendees) and m.status == meeting.status
                     and m.channel == meeting.channel
                     and m.evidence == meeting.evidence), None)
        if same is None:
            out.append(meeting)
        else:
            if same.place is None:
                same.place, same.locality = meeting.place, meeting.locality
            same.date = same.date or meeting.date
    return out


_TALK_NOUN = re.compile(r"\b(?:talks|negotiations?|dialogue|summit)\b", re.IGNORECASE)


def delegation_talks(doc: Doc, delegations: DelegationIndex, dates: DocDates) -> Meeting | None:
    """Delegations of two or more countries that the text sends to talks (a sentence about each
    delegation names the talks: "sent a delegation to the talks", "X will lead the talks") meet
    there: one talks event that they attend, placed and dated from the sentences about the talks.
    Delegations merely mentioned in one story are not said to meet."""
    sent_by_country = [d for d in delegations.delegations.values() if d.represents and (d.head or d.members)
                       and any(_TALK_NOUN.search(e.text) for e in d.evidence)]  # sent to or leading talks
    if len({d.represents for d in sent_by_country}) < 2:
        return None
    talk_sents = [s for s in doc.sents if any(t.lemma_.lower() in {"talk", "talks", "negotiation", "negotiations"} and t.pos_ == "NOUN" for t in s)]
    if not talk_sents:
        return None
    places: Counter[str] = Counter()
    days: Counter[str] = Counter()
    statuses: list[MeetingStatus] = []
    for sent in talk_sents:
        for t in sent:
            if t.lemma_.lower() in {"talk", "talks", "negotiation", "negotiations"} and t.pos_ == "NOUN":
                statuses.append(meeting_status(t))
                place = meeting_place(t)
                if place:
                    places[place] += 1
        for ent in sent.ents:
            if ent.label_ == "DATE":
                resolved = dates.resolve(ent)
                if resolved and resolved.precision == "day":
                    days[resolved.value] += 1
    if not any(s in (MeetingStatus.OCCURRED, MeetingStatus.SCHEDULED) for s in statuses):
        return None
    status = MeetingStatus.SCHEDULED if MeetingStatus.SCHEDULED in statuses else MeetingStatus.OCCURRED
    first = talk_sents[0]
    best_date = days.most_common(1)[0][0] if days else None
    return Meeting(
        attendees=[Agent("delegation", d.key) for d in sent_by_country], status=status, trigger="talks",
        evidence=Evidence.of(first),
        place=places.most_common(1)[0][0] if places else None,
        date=PartialDate(best_date, "day") if best_date else None, confidence=0.6,
    )
