"""Walks of a meeting word's clause shared by the trigger, party, status, place and date rules:
the subjects that control a verb, the objects of its prepositions, the words that govern it, its forms.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.lexicon import lex
from newsgraph.extract.participants import is_person_noun
from newsgraph.extract.syntax import children as _children


SUBJECT_DEPS = {"nsubj", "nsubjpass"}


TRAVEL_VERBS = {"travel", "fly", "go", "head", "come", "arrive", "return", "journey", "sail", "drive"}


def prep_objects(tok: Token, words: set[str]) -> list[Token]:
    """Objects of the given prepositions on a token, including coordinated ones ("with A and with B")."""
    out = []
    for prep in tok.children:
        # the parser sometimes coordinates a second "with" to the verb itself ("held talks with A and with B")
        if (prep.dep_ == "prep" or (prep.dep_ == "conj" and prep.pos_ == "ADP")) and prep.lower_ in words:
            preps = [prep] + [c for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_]
            for p in preps:
                out.extend(c for c in p.children if c.dep_ == "pobj")
    return out


def opening_companion_participle(sent: Span) -> Token | None:
    """ "Accompanied by A, B met C", "Flanked by A and D, B received C": the companion participle
    (`companion_phrases.txt`) that opens a sentence, if one does."""
    if len(sent) < 4 or sent[1].lower_ != "by" or sent[0].tag_ != "VBN":
        return None
    return sent[0] if f"{sent[0].lower_} by" in lex().companion_phrases else None


def fronted_participle_subject(subject: Token) -> Token | None:
    """ "Accompanied by Trade Minister A, Foreign Minister B held talks with C": with a title before
    both names the parser may read the opening participle as the subject and B as an apposition to A.
    B, set off after the companions' comma, is the subject then."""
    if opening_companion_participle(subject.sent) is None or subject.i != subject.sent.start:
        return None
    companions = [o for o in agent_objects(subject) for o in [o, *o.conjuncts]]
    set_off = [a for o in companions for a in _children(o, {"appos"})
               if a.left_edge.i > 0 and a.doc[a.left_edge.i - 1].text == ","]
    return set_off[-1] if set_off else None


def agent_objects(verb: Token) -> list[Token]:
    """The people of a passive verb's "by" phrases, a second one coordinated too ("was joined by C and by
    D", "accompanied by C, and by D"), which the parser hangs on the first "by" or on the verb; not one
    denied ("by C but not by D")."""
    agents = _children(verb, {"agent"}) or _by_hung_on_a_place(verb)
    if not agents:
        return []
    more = [c for a in agents for c in a.conjuncts] + _children(verb, {"conj"})
    agents += [c for c in more if c.lower_ == "by" and c not in agents
               and not (c.i > 0 and c.doc[c.i - 1].lower_ in {"not", "never"})]
    # "attended by A, an adviser, and B, the ambassador": after an apposition the parser may hang the last
    # name on the verb as its conjunct
    stray = [c for c in _children(verb, {"conj"}) if c.pos_ == "PROPN" and c.i > agents[0].i]
    return [o for a in agents for o in _children(a, {"pobj"})] + stray


def _by_hung_on_a_place(verb: Token) -> list[Token]:
    """ "The guests were greeted on the palace steps by A and B": in a passive clause the parser may hang the
    by-phrase on the place before it; the first "by" inside the verb's own place phrase is its agent."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    for prep in _children(verb, {"prep"}):
        for place in _children(prep, {"pobj"}):
            found = [t for t in place.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.head.i != verb.i]
            if found:
                return found[:1]
    return []


def controller_subjects(verb: Token) -> list[Token]:
    """Subjects of a verb, or of the verb that controls it ("agreed to meet", "offer to meet")."""
    subjects = [fronted_participle_subject(s) or s for s in _children(verb, SUBJECT_DEPS)]
    if verb.dep_ == "relcl" and any(s.tag_ in {"WP", "WDT"} for s in subjects):
        head = verb.head
        if head.lower_ in {"those", "ones"} and head.dep_ == "pobj" and head.head.lower_ == "among":
            return _children(head.head.head, SUBJECT_DEPS)  # "A was among those who greeted B"
        return [head]  # "Macron, who had dinner with Sanchez"
    hops = 0
    while not subjects and hops < 4 and verb.head.i != verb.i:
        governor = verb.head
        objects = [o for o in _children(governor, {"dobj"}) if o.pos_ in {"PROPN", "PRON"} or is_person_noun(o)]
        if verb.dep_ == "xcomp" and objects:
            return objects  # "challenging X to meet" (but "A and B wasted no time launching talks": the subjects)
        if verb.dep_ == "prep" and verb.lower_ in {"for", "of"} and objects \
                and governor.lemma_.lower() in lex().object_control_verbs:
            return objects  # "A criticised B for meeting C", "A accused B of meeting C": B met C
        set_off = [a for a in _children(governor, {"appos"}) if a.pos_ == "PROPN" and a.i < verb.i]
        if verb.dep_ == "acl" and verb.tag_ == "VBD" and governor.dep_ == "ROOT" and set_off:
            return set_off  # "Kenya's new ambassador, A, called on B": the sentence's verb hung on its subject noun
        if verb.dep_ in {"acl", "relcl"} and governor.pos_ in {"NOUN", "PROPN"}:
            poss = _children(governor, {"poss"}) or prep_objects(governor, {"by", "from"})
            if poss:
                return poss  # "Zelensky's offer to meet", "an offer by Varga to meet"
            if verb.dep_ == "acl" and verb.tag_ == "VBG":
                return [governor]  # "a video showing Putin meeting with ..."
            if verb.dep_ == "relcl":
                return _children(verb, SUBJECT_DEPS) or [governor]
        verb = governor
        subjects = _children(verb, SUBJECT_DEPS)
        hops += 1
    if hops and verb.dep_ == "relcl" and any(s.tag_ in {"WP", "WDT"} for s in subjects):
        return controller_subjects(verb)  # "Reyes, who visited Manila and held talks with Cruz": Reyes
    return subjects


TIME_CLAUSE_MARKS = frozenset({"when", "after", "since", "once", "as"})


def meeting_governors(tok: Token, limit: int = 6) -> list[Token]:
    chain = []
    while tok.head.i != tok.i and len(chain) < limit:
        if tok.dep_ in {"ccomp", "parataxis"} and chain:
            break  # a reporting clause above does not change the meeting's status
        if tok.dep_ == "ccomp" and tok.tag_ == "VBD" and tok.doc[tok.left_edge.i].lower_ in TIME_CLAUSE_MARKS:
            break  # "When A and B last shook hands, pictures suggested ...": a time clause the parser made an object
        if tok.dep_ == "advcl" and tok.tag_ == "VBD" and any(c.dep_ in {"mark", "advmod", "prep"} and c.lower_ in TIME_CLAUSE_MARKS
                                                            for c in tok.children):
            break  # "When A last shook hands with B, the pictures suggested ...": a past event told in its own clause
        if tok.dep_ == "relcl" and not any(c.lower_ == "where" for c in tok.children):
            # "Aziz, who met Chen, called the talks useful": the main clause says nothing of it (but
            # "cancelled a visit to Oslo, where he was to meet B" cancels the meeting too)
            break
        tok = tok.head
        chain.append(tok)
        if tok.dep_ in {"ccomp", "parataxis", "ROOT"}:
            break
    return chain


def meeting_forms(tok: Token) -> set[str]:
    """The lemma and plausible base forms of a word (the small model lemmatises "hopes" as "hop")."""
    low = tok.lower_
    forms = {tok.lemma_.lower(), low}
    for suffix in ("s", "es", "d", "ed", "ing"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            forms.add(low[: -len(suffix)])
    if low.endswith("ing") and len(low) > 5:
        forms.add(low[:-3] + "e")  # "hoping", "scheduling": "hope", "schedule"
    return forms


def meeting_particle(tok: Token) -> str | None:
    """A phrasal verb's particle ("called off", "turned down"), also where the parser read the word
    right after the verb as a preposition or adverb ("pulled out of the summit")."""
    return next((c.lower_ for c in tok.children
                 if c.dep_ == "prt" or (c.i == tok.i + 1 and c.dep_ in {"prep", "advmod"})), None)


def in_clause_of(tok: Token, related: set[int]) -> bool:
    """Whether a phrase hangs on the trigger's own clause, not on another verb in the sentence
    ("discussed Brazil leading the forces in Haiti": Haiti is where the forces are)."""
    node = tok
    inside_of = False
    for _ in range(8):
        if node.i in related:
            return True
        if node.head.i == node.i:
            return False
        if inside_of and node.dep_ == "pobj" and node.head.lower_ in {"with", "between", "among"} and node.head.head.i in related:
            return False  # "a meeting with the presidents of the countries in Asia": where the people are from
        if node.i != tok.i and (_topic_of(node, related) or _thing_joined_to_the_meeting(node, related)):
            return False  # "talks with A on irrigation and a solar park in the Fergana valley": where the park is
        inside_of = inside_of or (node.dep_ == "prep" and node.lower_ == "of")
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and node.i not in related:
            return False
    return False


_OCCASION_WORDS = frozenset({"sidelines", "margins", "margin", "sideline", "occasion", "eve", "board", "way", "behalf"})


def _topic_of(node: Token, related: set[int]) -> bool:
    """Whether a noun is what the meeting of `related` was about: the object of a topic preposition
    (`topic_preps.txt`) on it ("talks on irrigation", "a meeting about the port"); not a day, an occasion
    ("on the sidelines of the summit") or a journey ("on a visit to Rome")."""
    prep = node.head
    on_the_meeting = prep.head.i in related or names_a_meeting(prep.head)
    if node.dep_ != "pobj" or prep.lower_ not in lex().topic_preps or not on_the_meeting:
        return False
    if node.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC", "ORG", "EVENT"} or node.lower_ in _OCCASION_WORDS:
        return False
    return node.lemma_.lower() not in lex().visit_nouns and node.lemma_.lower() not in TRIP_NOUNS


def _thing_joined_to_the_meeting(node: Token, related: set[int]) -> bool:
    """ "held talks on irrigation and a solar park in the Fergana valley": the parser may coordinate a topic's noun
    with the meeting noun itself; a common noun so joined that is no meeting noun is a thing, not the event."""
    joined_to = node.head
    return (node.dep_ == "conj" and node.pos_ == "NOUN" and (joined_to.i in related or names_a_meeting(joined_to))
            and not names_a_meeting(node) and not is_person_noun(node))


def names_a_meeting(tok: Token) -> bool:
    """Whether the word, as written or by its lemma, is a meeting or talk noun (`meeting_nouns.txt`,
    `talk_nouns.txt`)."""
    forms = (tok.lower_, tok.lemma_.lower())
    return any(f in lex().meeting_nouns or f in lex().talk_nouns for f in forms)


def content_sentences(doc: Doc) -> list[Span]:
    """Sentences with words in them (blank lines between paragraphs are sentences to spaCy)."""
    return [sent for sent in doc.sents if not all(t.is_space for t in sent)]


TRIP_NOUNS = frozenset({"visit", "trip", "tour", "journey", "mission"})


@lru_cache(maxsize=8)
def verb_forms(verbs: frozenset[str]) -> dict[str, str]:
    """Every regular inflection of a lexicon's verbs, to the verb: "dined", "dines", "dining" ->
    "dine" (spaCy lemmatises some as other words: "dined" -> "din")."""
    forms: dict[str, str] = {}
    for verb in verbs:
        stem = verb[:-1] if verb.endswith("e") else verb
        for form in (verb + "s", verb + "es", verb + "d", stem + "ed", stem + "ing", verb + "ing"):
            forms.setdefault(form, verb)
    return forms


def lexicon_verb(tok: Token, verbs: frozenset[str]) -> str | None:
    """The lexicon verb a verb token is a form of, by its lemma or, failing that, its inflection."""
    lemma = tok.lemma_.lower()
    return lemma if lemma in verbs else verb_forms(verbs).get(tok.lower_)


def programme_trips(verb: Token) -> list[Token]:
    """The trip a programme verb's subject names: "[Her visit to Oslo] included talks with A"."""
    if verb.pos_ not in {"VERB", "AUX"} or lexicon_verb(verb, lex().programme_verbs) is None:
        return []
    return [s for s in _children(verb, SUBJECT_DEPS)
            if s.lemma_.lower() in TRIP_NOUNS or s.lemma_.lower() in lex().visit_nouns]


def for_at_a_place(noun: Token) -> bool:
    """ "A and B were at the bank's headquarters for a meeting with C", "A flew to Rome for talks with C":
    the parser hangs "for <meeting>" on the place; the meeting is still the one the goers went to."""
    place = noun.head.head
    return (noun.dep_ == "pobj" and noun.head.lower_ == "for" and place.dep_ == "pobj"
            and place.head.lower_ in {"at", "in", "to"} and place.head.head.pos_ in {"VERB", "AUX"})


def appraised_meeting(noun: Token) -> bool:
    """ "described the meeting with B as productive", "called her talks with B frank", "termed the meeting a
    success": a meeting a verb of appraisal (`appraising_verbs.txt`) sums up with a complement. Its subject
    speaks as one who was there, unless the meeting is someone else's by name ("B's talks with C")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lex().appraising_verbs:
        return False
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
        return False
    return any(c.dep_ in {"oprd", "xcomp", "ccomp", "acomp"} or (c.dep_ == "prep" and c.lower_ == "as")
               or (c.dep_ == "dobj" and c.i > noun.i) for c in [*verb.children, *noun.children])


def measure_of(noun: Token) -> Token | None:
    """ "during three hours of talks", "after two rounds of talks": the measure noun (`duration_nouns.txt`) whose
    of-phrase the meeting noun is, which hangs where the meeting noun would."""
    measure = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if measure is None or measure.lemma_.lower() not in lex().duration_nouns or measure.dep_ != "pobj":
        return None
    return measure
