"""Statements: who said what, quoted or reported.

Quotes are found on the raw text, not the parse: an opening mark (curly, or a straight one after a
space) starts a quote and a closing mark ends it; a new opening mark while a quote is open ends the
old one, which is how a quote that runs over several paragraphs is printed. Each quoted span is one
statement.

Speaker, in order:
1. a reporting verb outside the quote in the same sentence (or the sentence the quote ends in):
   its subject ("he said", "said the secretary of state"), the one quoted ("was quoted as
   saying"), or the subject of the verb a participle hangs on ("..., saying Moscow was 'not serious'");
   "according to X";
2. otherwise the quote continues the previous quote (within two sentences): the same speaker; a
   fragment inside the writer's sentence only when that sentence is about the speaker (its main
   subject a personal pronoun or the speaker).
The reporting verb whose clause holds the quote decides: when its subject names nobody the article
identifies ("an adviser said", "the unions that wrote say"), the quote is UNNAMED and no
other verb, no earlier speaker, takes it. A reporting verb that reports something else (its own
clause after the quote, or inside a when/until/because clause) frames nothing. Characterising verbs
("defended him as a 'decent man'") and publishing verbs ("issued a statement, '...'") frame only the
quote in their own clause. A quote in a name slot ("a show called 'X'", "on CBS's 'X.'") is a name.
Transcript turns without quotation marks ("THE PRESIDENT: ...") are in `transcripts.py`, the
addressee's office from a vocative ("Thank you, Mr. President") in `vocatives.py`.
A quote is "direct" when it is a sentence or more of its own, "partial" when it is a fragment set
inside the writer's sentence. Indirect speech is a reporting verb's clause without quotation marks.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.agents import AgentResolver
from newsgraph.extract.block_quotes import block_statements
from newsgraph.extract.described_speakers import abbreviated_title_speaker, aged_speaker, described_speaker
from newsgraph.extract.body_anaphora import body_antecedent, piece_antecedent
from newsgraph.extract.facts import Agent, Evidence, QuoteKind, Statement
from newsgraph.extract.lexicon import lex
from newsgraph.extract.organisation_anaphora import organisation_antecedent
from newsgraph.extract.quote_credits import credited_speaker
from newsgraph.extract.quotes import QuoteSpan, find_quotes, quoted_at
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.speaking_offices import seat_of_government
from newsgraph.extract.speaker_names import (name_set_off_in_subject, named_by_class_noun, organisation_short_form,
                                             portfolio_body, surname_owner, unlisted_body)
from newsgraph.extract.vocatives import addressed_title
from newsgraph.extract.syntax import doc_text

def _previous_content_sentence(sents: list[Span], index: int) -> Span | None:
    for sent in reversed(sents[:index]):
        if sent.text.strip():
            return sent
    return None


def _same_paragraph(text: str, start: int, end: int) -> bool:
    return "\n" not in text[start:end]


def _addresses_someone(words: str) -> bool:
    """ "Welcome, Mr. Prime Minister", "Madam Speaker, we object", "Thanks, Senator": a vocative
    makes a quote speech."""
    for part in (p.strip() for p in words.split(",")[1:] + words.split(",")[:1]):
        first = part.split()[0].lower() if part.split() else ""
        if first in lex().vocatives and len(part.split()) > 1:
            return "," in words
    return addressed_title(words) is not None


def is_name_or_title(words: str) -> bool:
    """Quotation marks around a name or title ("Saturday Night Live", "SNL") mark a name, not speech
    (unless someone is addressed in it: "Thank You, Mr. President")."""
    if _addresses_someone(words):
        return False
    tokens = [w for w in words.replace("!", " ").replace("?", " ").split() if any(c.isalpha() for c in w)]
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "from", "with", "by", "over", "into"}
    if len(tokens) == 1:  # "SNL" is a name, "Safety," a word someone said
        return tokens[0].isupper() and len(tokens[0]) > 1
    return 0 < len(tokens) <= 6 and all(w[0].isupper() or w.lower() in small for w in tokens) and tokens[0][0].isupper() \
        and not words.rstrip().endswith(".")


def _tokens_outside(sent: Span, quotes: Sequence[QuoteSpan]) -> list[Token]:
    return [t for t in sent if not quoted_at(quotes, t.idx)]


def _speaker_tokens(verb: Token, near: int | None = None) -> list[Token]:
    """Who a reporting verb says spoke (`near`: where the quote starts, for a passive's "by X")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not _object_read_as_subject(verb, c)]
    quoting = _quoting_verb(verb)
    if quoting is not None:
        passive = [c for c in quoting.children if c.dep_ == "nsubjpass"]
        if passive:
            return passive  # "X was quoted as saying"
        cited = [c for c in quoting.children if c.dep_ == "dobj"]
        if cited and (quoting.i != verb.i or _quoted_as_telling(quoting)):
            return cited  # "Y quoted X as saying", "Y cited X as saying": X's words
    if subjects:
        return subjects
    by_agent = _by_agent(verb, near)
    if by_agent:
        return by_agent  # "was characterised by Nairobi as 'cordial'", "hailed by Minister X as 'historic'"
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive and verb.lemma_.lower() in {"quote", "cite"}:
        return passive
    owner = _verb_of_noun_saying(verb)
    if owner is not None:
        return [c for c in owner.children if c.dep_ == "nsubj"]
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.dep_ in {"advmod", "npadvmod"} and before.head.i == verb.i \
            and before.text.istitle() and before.pos_ in {"PROPN", "ADV", "ADJ"} and not before.is_sent_start:
        return [before]  # "'...,' Long said": a surname that is also a word, read as the verb's adverb
    if verb.dep_ == "ROOT":
        adjacent = _person_right_before(verb)
        if adjacent is not None:
            return [adjacent]  # "On Saturday Sen. Ann Moss (D-OR) said ...": the name the parser took for an object
    if verb.lemma_.lower() in lex().characterising_verbs and (
            verb.tag_ == "VBN" or any(c.dep_ == "agent" for c in verb.children)):
        return []  # "Dubbed 'X' by the press, she ...": the one dubbed is not the one who dubbed
    inverted = _name_right_after_quote_verb(verb)
    if inverted is not None:
        return [inverted]  # "«...», affirmed the chancellor Pardo": the parser lost the inverted subject
    # "..., saying X": the participle's implied subject is the subject of the verb it hangs on
    node = verb
    for _ in range(3):
        if node.dep_ in {"advcl", "xcomp", "conj", "pcomp", "prep"} and node.head.i != node.i:
            node = node.head
            if node.dep_ == "ccomp" and node.head.lemma_.lower() in lex().reporting_verbs:
                # "A said B would resign, adding ..." / "A conceded B erred but implied ...": the parser
                # hangs the second reporting verb inside the first one's clause; it is still A's
                node = node.head
            subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subjects:
                return subjects
        else:
            break
    return []


def _by_agent(verb: Token, near: int | None) -> list[Token]:
    """The "by X" of a passive reporting verb: the one who described, called or hailed ("was
    characterised by Nairobi as 'cordial' and by Kampala as 'businesslike'": for each quote the "by" nearest
    before it, else the first after it: "was called 'a disgrace' by Senator X")."""
    if verb.tag_ != "VBN" or not (any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
                                  or verb.dep_ in {"acl", "advcl"}):
        return []
    bys = [t for t in verb.subtree if t.lower_ == "by" and t.dep_ in {"agent", "prep", "conj"}
           and any(c.dep_ == "pobj" for c in t.children) and _hangs_on(t, verb)]
    if near is not None:
        before = [t for t in bys if t.idx < near]
        bys = before[-1:] or [t for t in bys if t.idx > near][:1]
    return [c for t in bys[:1] for c in t.children if c.dep_ == "pobj"]


def _hangs_on(tok: Token, verb: Token) -> bool:
    """The token belongs to the verb's own phrase: no other verb and no subject between them
    ("The bridge, built by A, is called 'X' by locals": A's "by" is the participle's)."""
    node = tok.head
    while node.i != verb.i:
        if node.pos_ in {"VERB", "AUX"} or node.dep_ in {"nsubj", "nsubjpass"} or node.head.i == node.i:
            return False
        node = node.head
    return True


_QUOTE_CLOSERS = {"\u201d", "\u00bb", '"', "'", "\u2019"}  # and the straight and single marks that close as well as open


def _name_right_after_quote_verb(verb: Token) -> Token | None:
    """The proper name right after a reporting verb that directly follows a closing quotation mark
    ("..., affirmed the chancellor Pardo", "...», insisted Minister Ruiz"), past a determiner, title
    words and a form of address: the inverted subject the parser did not attach as one."""
    doc = verb.doc
    before = [t.text for t in doc[max(0, verb.i - 2):verb.i]]
    if len(before) < 2 or not ({before[0], before[1]} & _QUOTE_CLOSERS and "," in before):
        return None  # the quote and a comma end right before the verb: ',"' or '»,'
        # ('to "vigorously and completely" continue the inquiry' is no frame)
    k = verb.i + 1
    while k < len(doc) and k - verb.i <= 4 and (doc[k].pos_ in {"DET", "ADJ"} or doc[k].lower_ in lex().title_heads
                                                or doc[k].lower_ in lex().honorifics
                                                or (doc[k].pos_ == "NOUN" and doc[k].dep_ == "compound")
                                                or _nationality_before_name(doc[k])):
        k += 1
    return doc[k] if k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() else None


def _nationality_before_name(tok: Token) -> bool:
    """ "..., tweeted Chadian Senator Ana Roe": a nationality word the tagger read as a proper noun,
    followed by more capitalised words, modifies the title; it is not the inverted subject."""
    doc = tok.doc
    return tok.pos_ == "PROPN" and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() \
        and (tok.ent_type_ == "NORP" or lex().country_for(tok.text) is not None) and tok.text != lex().country_for(tok.text)


def _object_read_as_subject(verb: Token, subject: Token) -> bool:
    """ "A linked the man to the gang saying, '...'": the parser makes the head verb's object the
    subject of the participle; the participle's subject is the head verb's. An absolute clause
    ("..., his aide saying") is set off by a comma and keeps its subject."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.pos_ != "VERB" or not head.i < subject.i < verb.i:
        return False
    if any(t.is_punct and t.tag_ != "HYPH" for t in verb.doc[head.i + 1:subject.i + 1]):
        return False
    before = verb.doc[subject.left_edge.i - 1]
    # the object itself, or the object of a preposition ("linked A to the gang saying")
    return not any(c.dep_ in {"dobj", "obj"} for c in head.children) or before.pos_ == "ADP"


def _verb_of_noun_saying(verb: Token) -> Token | None:
    """ "A tied the defeat to the injuries saying, '...'": the parser hangs the participle on the
    noun before it; when that noun is a thing (not a person, a body or a document, which may say
    things themselves: "a letter saying"), the participle is the clause verb's, whose subject spoke."""
    noun = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "pobj"}:
        return None
    lemma = noun.lemma_.lower()
    if lemma in lex().person_nouns | lex().description_heads | lex().document_nouns | lex().speaking_bodies \
            or lemma in lex().title_heads or lemma in lex().occupations:
        return None
    clause = noun.head.head if noun.dep_ == "pobj" else noun.head
    while clause.dep_ == "prep" or (clause.pos_ == "VERB" and clause.dep_ == "acl" and clause.head.pos_ == "NOUN"):
        clause = clause.head.head if clause.dep_ == "acl" else clause.head
    return clause if clause.pos_ == "VERB" and clause.i < verb.i else None


def _quoting_verb(verb: Token) -> Token | None:
    """The "quote"/"cite" of "quoted X as saying", from either verb."""
    if verb.lemma_.lower() in {"quote", "cite"}:
        return verb
    node = verb.head
    if verb.dep_ == "pcomp" and node.lower_ == "as":
        node = node.head  # "quoted X as saying": "saying" hangs on "as"
    elif verb.dep_ not in {"advcl", "xcomp", "pcomp"}:
        return None
    return node if node.lemma_.lower() in {"quote", "cite"} else None


def _quoted_as_telling(quoting: Token) -> bool:
    """ "The statement quoted X as telling the governors: '...'": the parser hangs the quote on
    "quoted" itself, but an as-phrase with a reporting verb says the words are the cited one's."""
    return any(c.lower_ == "as" and c.dep_ == "prep" and any(g.lemma_.lower() in lex().reporting_verbs
                                                              for g in c.children if g.dep_ == "pcomp")
               for c in quoting.children)


def _person_right_before(verb: Token) -> Token | None:
    """The proper name that ends right before a subject-less verb (past a parenthesis such as
    "(D-OR)"), which the parser attached elsewhere."""
    i = verb.i - 1
    doc = verb.doc
    if i >= 0 and doc[i].text == ")":
        while i >= 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    if i >= 0 and doc[i].pos_ == "PROPN" and doc[i].dep_ in {"pobj", "dobj", "npadvmod", "appos", "compound"} \
            and doc[i].head.i != verb.i:
        return doc[i]
    return None


def _according_to(sent: Span) -> list[Token]:
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(sent.doc) and sent.doc[tok.i + 1].lower_ == "to":
            to = sent.doc[tok.i + 1]
            return [c for c in to.children if c.dep_ == "pobj"] or ([sent.doc[tok.i + 2]] if tok.i + 2 < sent.end else [])
        if tok.lower_ == "according" and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ in {"the", "a"} | {
                t.lower_ for t in sent.doc[tok.i + 1:tok.i + 2] if t.pos_ == "PROPN"}:
            # "According the ministry, ...": the "to" left out; the noun phrase up to the next punctuation
            phrase = []
            for t in sent.doc[tok.i + 1:sent.end]:
                if t.is_punct or t.tag_ in {"WDT", "WP"}:
                    break
                phrase.append(t)
            return [t for t in reversed(phrase) if t.pos_ in {"PROPN", "NOUN"}]
    return []


def _according_to_quoting_clause(sentences: list[Span], governing: set[int], inside: list[Token],
                                 resolver: AgentResolver) -> Agent | None:
    """The source of an "according to" phrase set on the clause that holds the quote: it credits the
    quoted words, before any reporting verb that does not govern them."""
    for sent in sentences:
        quoted = {t.i for t in inside}
        opener = next((t for t in sent if t.lower_ == "according" and (t.head.i in governing or t.head.i in quoted)), None)
        if opener is None:
            continue
        for tok in _according_to(sent):
            agent = _source_agent(tok, resolver) or resolver.document_source(tok)
            if agent:
                return agent
    return None


def _index_of(sents: list[Span], tok: Token) -> int:
    return next(k for k, s in enumerate(sents) if s.start <= tok.i < s.end)


# the speaker a reporting frame names but the article does not identify ("one adviser said", "a
# source told me"): the quote is theirs, so no other frame and no earlier speaker may take it
UNNAMED = Agent("unnamed", "")

# subordinating words whose clause is background, not a frame for a quote outside it
# ("... until the agency asked about them")
_BACKGROUND_MARKS = {"until", "when", "after", "before", "since", "because", "if", "unless", "while", "as", "once"}


def _resolve_speaker(speaker: Token, resolver: AgentResolver, sents: list[Span] | None) -> Agent | None:
    """The agent a reporting verb's subject names; "who" stands for the noun its clause describes."""
    if speaker.tag_ in {"WP", "WDT"} and speaker.head.dep_ == "relcl":
        speaker = speaker.head.head
    if _one_unnamed_insider(speaker):
        return None
    if sents is not None and speaker.text.isupper() and speaker.lower_ in lex().title_expansions:
        offices = speaker.doc._.get("ng_offices") if speaker.doc.has_extension("ng_offices") else None
        shortened = abbreviated_title_speaker(speaker, resolver, sents, offices)  # "the PM said"
        if shortened is not None:
            return shortened
    agent = seat_of_government(speaker)  # "Downing Street said": the seat as written, not the country
    agent = agent or _titled_person(speaker, resolver) or resolver.agent_for(speaker) or _known_surname(speaker, resolver)
    if agent is None or agent.kind in {"organization", "country"}:
        # "Addo-Quaye said": a compound surname NER took for a body, a place or a title
        agent = surname_owner(speaker, resolver.people) or organisation_short_form(speaker) \
            or portfolio_body(speaker, agent) or agent
    if agent is None and speaker.pos_ in {"PROPN", "NOUN"}:
        # "said former Gov. and party Chairman Ed Rowe": titles coordinated before the name
        for child in speaker.children:
            if child.dep_ in {"conj", "appos"}:
                agent = resolver.agent_for(child)
                if agent is not None and agent.is_person:
                    break
                agent = None
    if agent is None and sents is not None and (speaker.lower_ in {"it", "they"} or _body_of_someone_before(speaker)):
        agent = _subject_body_before(speaker, resolver) or _antecedent_body(sents, _index_of(sents, speaker), resolver)
    if agent is None and sents is not None:
        agent = body_antecedent(speaker, resolver, sents)  # "the ministry said", "the statement added"
    if agent is None and sents is not None:
        agent = piece_antecedent(speaker, resolver, sents)  # "'...', says an excerpt" of a note told before
    if agent is None and sents is not None:
        agent = organisation_antecedent(speaker, resolver, sents)  # "the group said", "the company added"
    if agent is None:
        agent = named_by_class_noun(speaker)  # "wrote Time magazine"
    if agent is None:
        agent = unlisted_body(speaker, resolver.people)  # "the FNL-Umoja said": a body the name finder missed
    if agent is None:
        agent = name_set_off_in_subject(speaker, resolver.people)  # "the mayor of the old port, Eva Moss, said"
    if agent is None and sents is not None:
        offices = speaker.doc._.get("ng_offices") if speaker.doc.has_extension("ng_offices") else None
        agent = described_speaker(speaker, resolver, sents, offices)  # "'...,' the chairwoman said"
    if agent is None and sents is not None:
        agent = aged_speaker(speaker, resolver, sents)  # "'...,' the 64-year-old said"
    return agent


_INSIDER_NOUNS = {"official", "source", "aide", "diplomat", "adviser", "advisor", "insider"}


def _one_unnamed_insider(noun: Token) -> bool:
    """ "An Israeli official said", "a Kremlin aide told reporters": one person the article does not
    name, not the country or body the modifier names (plural "officials said" may speak for it; a
    spokesman speaks for the body by office: "a Kremlin spokesman said" is the Kremlin's word)."""
    return noun.lemma_.lower() in _INSIDER_NOUNS and noun.tag_ in {"NN", "NNP"} and any(
        c.dep_ == "det" and c.lower_ in {"a", "an", "one", "another"} for c in noun.children)


def _titled_person(speaker: Token, resolver: AgentResolver) -> Agent | None:
    """ "Deputy Adviser for Trade and Industry Jane Roe said": the parser makes the title word the
    subject and hangs the name on it as a conjunct or apposition (and the name finder may read the
    title as an organisation); the person named inside the title's own phrase is the speaker."""
    if speaker.lower_ not in lex().title_heads:
        return None
    if not speaker.text[:1].isupper() or any(c.dep_ == "det" for c in speaker.children):
        # "the adviser and Jane Roe said": two speakers; but "the senator for the Tolima department
        # Ana Roe objected": the name closes the title's own complement, no comma between
        return _name_closing_complement(speaker, resolver, lowercase_before=True)
    doc = speaker.doc
    for child in speaker.children:
        if child.dep_ in {"conj", "appos"} and child.i > speaker.i \
                and not any(t.text in {",", ";", "("} for t in doc[speaker.i:child.i]):
            agent = resolver.agent_for(child)
            if agent is not None and agent.is_person:
                return agent
    return _name_closing_complement(speaker, resolver)


def _name_closing_complement(speaker: Token, resolver: AgentResolver, lowercase_before: bool = False) -> Agent | None:
    """ "Special Representative for Water and Sanitation Rana Farid": the name read as the object of
    the portfolio's preposition; not "Spokesman for Senator Roe" (a title or preposition right
    before the name: that person is someone else, whose spokesman speaks). With `lowercase_before`
    the word before the name may be a common noun of the complement ("for the Tolima department Ana
    Roe"), never a conjunction ("the adviser and Ana Roe")."""
    doc = speaker.doc
    last = speaker.right_edge
    mention = resolver.people.mention_at(last.i)
    if mention is not None and mention.kind == "name" and last.i > speaker.i and mention.start > speaker.i + 1 \
            and not any(t.text in {",", ";", "("} or t.dep_ in {"cc", "conj"} and t.i < mention.start
                        for t in doc[speaker.i:mention.start]):
        before = doc[mention.start - 1]
        capitalised = before.text[:1].isupper() or (lowercase_before and before.pos_ == "NOUN")
        if capitalised and before.lower_ not in lex().title_heads and before.pos_ != "ADP":
            return Agent("person", mention.person)
    return None


def _body_of_someone_before(noun: Token) -> bool:
    """ "the country's military", "its ministry": a speaking body owned by someone named before."""
    return noun.lemma_.lower() in lex().speaking_bodies and any(
        c.dep_ == "poss" and (c.pos_ == "PRON" or c.lower_ in {"country", "nation", "state", "government"})
        for c in noun.children)


def _subject_body_before(tok: Token, resolver: AgentResolver) -> Agent | None:
    """The country or organisation that is a subject earlier in the same sentence."""
    for prev in reversed(list(tok.sent)[:tok.i - tok.sent.start]):
        if prev.dep_ in {"nsubj", "nsubjpass"}:
            agent = resolver.agent_for(prev)
            agent = portfolio_body(prev, agent) or agent
            if agent and agent.kind in {"organization", "country"}:
                return agent
    return None


def _known_surname(token: Token, resolver: AgentResolver) -> Agent | None:
    """A capitalised word the name finder missed ("Lee conceded ...") that is the surname or alias
    of exactly one person the article names."""
    if token.pos_ not in {"PROPN", "NOUN"} or not token.text.istitle():
        return None
    owners = {key for key, person in resolver.people.persons.items()
              if token.text == person.name.split()[-1] or token.text in person.aliases}
    return Agent("person", owners.pop()) if len(owners) == 1 else None


def _frames_elsewhere(verb: Token, quotes: Sequence[QuoteSpan], near_end: int) -> bool:
    """A reporting verb that does not govern the quote and reports something else: one after the
    quote with its own unquoted clause ("'...' Gov. Ames said he would have fired him"), or one in a
    background clause ("until the agency asked about them")."""
    if verb.dep_ == "relcl" or (verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS for c in verb.children)):
        return True
    if verb.idx < near_end:
        return False
    own = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ != "PROPN"]  # a name read as a clause is the subject
    return any(not any(quoted_at(quotes, t.idx) for t in c.subtree) for c in own)


def _reports_clause_of(verb: Token, inner: Token) -> bool:
    """`inner` sits in the reported clause of `verb` ("A told friends that B thought ..."), not beside
    it ("A praised it, but B says ...")."""
    node = inner
    while node.dep_ in {"ccomp", "xcomp", "conj"} and node.head.i != node.i:
        if node.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            return False  # a coordinated clause with a subject of its own
        node = node.head
        if node.i == verb.i:
            return True
    return False


def _in_own_clause(verb: Token, inside: list[Token]) -> bool:
    """The quote is in the verb's own clause: the verb governs it, and no coordinated clause with a
    subject of its own stands between ("A conveyed greetings, and the crowd chanted '...'": the
    crowd's words; but "portrayed B as greedy because he took 'about $2m'" is A's)."""
    quoted = {t.i for t in inside}
    for tok in inside:
        node = tok
        while node.i != verb.i and node.head.i != node.i:
            if node.i not in quoted and node.dep_ in {"conj", "parataxis"} \
                    and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
                break  # a coordinated clause of its own; a subordinate one ("because he had ...") is still the verb's
            node = node.head
        if node.i == verb.i:
            return True
    return False


def _through_side_clause(verb: Token, inside: list[Token]) -> bool:
    """The quote sits in a clause beside the verb's own, with a subject of its own: a "while" or
    "and" clause, not the reported clause (ccomp) nor a reason ("because he took 'X'") the verb
    frames."""
    quoted = {t.i for t in inside}
    for tok in inside:
        node = tok
        while node.i != verb.i and node.head.i != node.i:
            side = node.dep_ == "conj" or (node.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in node.children))
            if node.i not in quoted and side and node.head.i == verb.i \
                    and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i not in quoted for c in node.children):
                return True
            node = node.head
    return False


def _in_of_phrase(verb: Token, inside: list[Token]) -> bool:
    """The quote is inside the verb's own "of"/"about" phrase ("spoke of 'a new era'")."""
    def via_phrases(tok: Token) -> bool:  # "spoke at length of ...": the parser hangs "of" on "length"
        node = tok.head
        while node.i != verb.i:
            if node.dep_ not in {"prep", "pobj"} or node.head.i == node.i:
                return False
            node = node.head
        return True
    phrases = [t for t in verb.subtree if t.dep_ == "prep" and t.lower_ in {"of", "about"} and via_phrases(t)]
    return any(t.i in {d.i for p in phrases for d in p.subtree} for t in inside if not t.is_punct)


def _through_adjunct(verb: Token, inside: list[Token]) -> bool:
    """The quote hangs on the verb through an adjunct (a preposition or adverb), not its object."""
    quoted = {t.i for t in inside}
    for tok in inside:
        node = tok
        while node.head.i != verb.i and node.head.i != node.i:
            node = node.head
        if node.head.i == verb.i and node.i != verb.i:  # a clause of the quote's own is the text put out
            return node.dep_ in {"prep", "advmod", "npadvmod", "agent"} or (node.dep_ == "advcl" and node.i not in quoted)
    return False


def _attribution(sentences: list[Span], quotes: Sequence[QuoteSpan], near: int, near_end: int,
                 resolver: AgentResolver, sents: list[Span] | None = None) -> Agent | None:
    """The speaker named by a reporting frame in these sentences, nearest the quote first.

    A reporting verb whose clause holds the quote decides: when its subject names nobody the
    article identifies, the speaker is UNNAMED (never the subject of some other verb nearby)."""
    inside = [t for sent in sentences for t in sent if near <= t.idx < near_end]
    owner = _owner_of_reported_speech(inside, resolver)
    if owner is not None:
        return owner  # "A, responding to B's claim that it was 'a fraud', said ...": B's words
    governing = {a.i for t in inside for a in t.ancestors}
    governing |= _relative_frames_at_quote(sentences, inside, near)
    verbs = []
    for sent in sentences:
        for tok in _tokens_outside(sent, quotes):
            lemma = tok.lemma_.lower()
            own_clause_only = lex().characterising_verbs | lex().publishing_verbs | lex().message_verbs
            if tok.pos_ in {"VERB", "AUX"} and (lemma in lex().reporting_verbs or
                                                (lemma in own_clause_only and (_in_own_clause(tok, inside)
                                                                               or tok.i in governing))
                                                or (lemma in lex().speak_of_verbs and _in_of_phrase(tok, inside))
                                                or _frames_quote_it_follows(tok, inside, near_end)) \
                    or _reporting_word_read_as_modifier(tok):
                if lemma in lex().publishing_verbs and lemma not in lex().reporting_verbs \
                        and _through_adjunct(tok, inside):
                    continue  # "the ministry would publish the list 'after the holiday'": when, not what
                verbs.append(tok)
    # a reporting verb whose clause holds the quote ("X called the plan a 'disaster'") beats a nearer one,
    # and of those the innermost: in "A told the agency B had said '...'" and "B told aides it was '...',
    # A said" the words are B's
    verbs.sort(key=lambda t: (t.i not in governing, -len(list(t.ancestors)) if t.i in governing else 0,
                              abs(t.idx - near)))
    unnamed: Token | None = None  # a verb governing the quote whose subject nobody identifies
    according = _according_to_quoting_clause(sentences, governing, inside, resolver)
    for verb in verbs:
        if unnamed is not None and not _reports_clause_of(verb, unnamed):
            return UNNAMED
        if according is not None and verb.i not in governing:
            return according  # "According to the ministry, A 'valued ...' and promised B": the source's words
        if verb.i not in governing and _frames_elsewhere(verb, quotes, near_end):
            continue
        if verb.i in governing and _through_side_clause(verb, inside):
            continue  # "A stressed X, while B commended the 'tireless efforts'": B's clause, not A's words
        speakers = [s for s in _speaker_tokens(verb, near) if not quoted_at(quotes, s.idx)]
        if not speakers:
            speakers = _description_right_before(verb, resolver)
        for speaker in speakers:
            agent = _resolve_speaker(speaker, resolver, sents)
            if agent:
                return agent
        if speakers and verb.i in governing and verb.lemma_.lower() not in lex().belief_verbs and unnamed is None:
            unnamed = verb  # a frame around its clause may still name the speaker ("X told friends Y thought ...")
    if unnamed is not None:
        return UNNAMED
    if according is not None:
        return according
    for sent in sentences:
        for tok in _according_to(sent):
            agent = _source_agent(tok, resolver)
            if agent:
                return agent
    return _subject_of_quoted_predicate(inside, quotes, resolver)


def _source_agent(tok: Token, resolver: AgentResolver) -> Agent | None:
    """The agent an "according to" phrase names, a government body by its portfolio as when it is a
    verb's subject ("according to Peru's foreign ministry": that ministry, not all of Peru)."""
    agent = resolver.agent_for(tok)
    return portfolio_body(tok, agent) or agent


def _owner_of_reported_speech(inside: list[Token], resolver: AgentResolver) -> Agent | None:
    """ "A dismissed B's remark that the deal was 'dead'", "asked about B's call for 'early elections'",
    "the claim by B that ...": a quote inside the clause or phrase of a noun for something said
    (`reported_speech_nouns.txt`) whose owner is named is the owner's words, not the sentence's speaker's.
    A reporting verb between the quote and the noun frames it itself ("B's claim that A said '...'")."""
    quoted = {t.i for t in inside}
    roots = [t for t in inside if t.head.i not in quoted and not t.is_punct]
    if not roots:
        return None
    for node in [roots[0], *roots[0].ancestors]:
        if node.pos_ in {"VERB", "AUX"} and node.lemma_.lower() in lex().reporting_verbs and node.i not in quoted:
            return None
        noun = _speech_noun_before_that_clause(node)
        if noun is None and node.i in quoted:
            continue
        node = noun or node
        if node.pos_ == "NOUN" and node.lemma_.lower() in lex().reported_speech_nouns:
            owners = [c for c in node.children if c.dep_ == "poss"]
            owners += [p for c in node.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
                       for p in c.children if p.dep_ == "pobj"]
            for owner in owners:
                agent = resolver.agent_for(owner)
                if agent is not None and agent.kind in {"person", "organization", "country"}:
                    return agent
            return None
    return None


def _speech_noun_before_that_clause(verb: Token) -> Token | None:
    """ "it was a report by B that he 'fabricated' it": the parser may hang the that-clause of a noun for something
    said on the main verb; the noun (with its by-phrase) right before "that" is still the clause's owner."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ != "ccomp":
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i == 0:
        return None
    node = verb.doc[mark.i - 1]
    while node.dep_ in {"pobj", "prep"} and node.head.i < node.i:
        node = node.head  # "a report by B | that"
    return node if node.pos_ == "NOUN" and node.lemma_.lower() in lex().reported_speech_nouns else None


def _relative_frames_at_quote(sentences: list[Span], inside: list[Token], near: int) -> set[int]:
    """ "A praised B, who had called the deal 'a victory'", "A thanked B, who told the crowd: '...'":
    a relative clause whose reporting or characterising verb ends right where the quote opens (its
    object, then nothing or a colon) frames the quote, which the parser hung on the main verb. Not
    when a verb that takes speech governs the quote ("A told B, who had asked: '...'" is A's)."""
    if not inside:
        return set()
    quoted = {t.i for t in inside}
    if any(a.lemma_.lower() in lex().indirect_verbs for t in inside for a in t.ancestors if a.i not in quoted):
        return set()
    text = doc_text(inside[0].doc)
    found: set[int] = set()
    framing = lex().reporting_verbs | lex().characterising_verbs
    for sent in sentences:
        for verb in sent:
            if verb.dep_ != "relcl" or verb.idx >= near or verb.pos_ != "VERB":
                continue
            lemma = verb.lemma_.lower()
            if lemma not in framing:
                continue
            edge = verb.right_edge
            if edge.idx >= near:
                continue
            gap = text[edge.idx + len(edge.text):near].strip().rstrip("\u201c\u2018\u00ab\"'`").strip()
            if gap == "" or (gap == ":" and lemma in lex().reporting_verbs):
                found.add(verb.i)
    return found


def _frames_quote_it_follows(verb: Token, inside: list[Token], near_end: int) -> bool:
    """ "'...,' the senator shot back", "'...,' she began", "'...,' he chimed in": a verb of any kind
    set after the quote and its comma, which the parser gives the quoted sentence as its clausal
    complement, is the quote's frame (the list of reporting verbs cannot hold every wording)."""
    if verb.idx < near_end or verb.dep_ != "ROOT" or any(c.dep_ in {"dobj", "attr", "acomp"} for c in verb.children):
        return False
    quoted = {t.i for t in inside}
    if not inside or not any(c.dep_ in {"ccomp", "dep"} and c.i in quoted for c in verb.children):
        return False
    text = doc_text(verb.doc)
    comma = text[near_end - 1:near_end] == "," or text[near_end:near_end + 3].lstrip("\u201d\u00bb\"'").startswith(",")
    between = verb.doc[inside[-1].i + 1:verb.i]
    return comma and not any(t.pos_ in {"VERB", "AUX"} or t.text in {".", ";", ":"} for t in between)


def _reporting_word_read_as_modifier(tok: Token) -> bool:
    """ "'...,' boasted campaign chief Ana Roe": right after the quote and its comma, the tagger may
    read the inverted reporting verb as an adjective or noun ("boasted", "quipped"); its past form
    is still a reporting verb's."""
    doc = tok.doc
    misread = tok.pos_ in {"ADJ", "NOUN", "PROPN"} or (tok.pos_ == "VERB" and tok.dep_ in {"amod", "compound"})
    if not misread or tok.i < 2 or not tok.lower_.endswith("ed"):
        return False
    if not ({doc[tok.i - 1].text, doc[tok.i - 2].text} & _QUOTE_CLOSERS and "," in {doc[tok.i - 1].text, doc[tok.i - 2].text}):
        return False
    stem = tok.lower_[:-2]
    forms = {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem,
             stem[:-1] + "y" if stem.endswith("i") else stem}
    return bool(forms & lex().reporting_verbs)


def _description_right_before(verb: Token, resolver: AgentResolver) -> list[Token]:
    """ "..., the 62-year-old said": a noun phrase right before a subject-less verb that the parser
    hung elsewhere (as a modifier of the verb) is its subject: the person it is linked to, or
    someone unidentified (then the quote has no speaker, rather than an earlier one's)."""
    if verb.i == 0 or verb.dep_ != "ROOT":
        return []
    doc = verb.doc
    mention = resolver.people.mention_at(verb.i - 1)
    if mention is not None and mention.kind == "description":
        return [doc[verb.i - 1]]
    k = verb.i - 1
    while k >= 0 and verb.i - k <= 7 and (doc[k].pos_ in {"ADJ", "NOUN", "NUM", "PROPN"} or doc[k].text == "-"):
        k -= 1
    if k >= 0 and k < verb.i - 1 and doc[k].lower_ in {"the", "a", "an"}:
        return [doc[verb.i - 1]]
    return []


def _subject_of_quoted_predicate(inside: list[Token], quotes: Sequence[QuoteSpan], resolver: AgentResolver) -> Agent | None:
    """ "Lee had 'asked that every means be used'", "Lee 'will not back down'": the quote is the
    predicate of a subject outside it, who is the one quoted."""
    for tok in inside:
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        for subject in (c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}):
            if subject.i < tok.i and not quoted_at(quotes, subject.idx):
                agent = resolver.agent_for(subject)
                if agent:
                    return agent
    return None


def _transcript_speaker(doc: Doc, sent: Span, quote: QuoteSpan, resolver: AgentResolver) -> Agent | None:
    """ "Minister Jane Roe: “We are ready.”": a name (and title) then a colon before the quote."""
    frame = [t for t in sent if t.idx < quote.start - 1]
    if len(frame) < 2 or frame[-1].text != ":" or len(frame) > 8:
        return None
    for tok in reversed(frame[:-1]):
        agent = resolver.agent_for(tok)
        if agent and agent.is_person:
            return agent
    return None


def _colon_frame_subject(sent: Span, quote: QuoteSpan, resolver: AgentResolver) -> Agent | None:
    """ "Mkabe, who chaired the session, put it bluntly: '...'", "Ode, who sat across from her, was blunt:
    '...'": a whole clause before the colon that opens the quote frames it, however it says so; its
    subject, when a person, is the speaker. (A short frame is a transcript's name: `_transcript_speaker`.)"""
    frame = [t for t in sent if t.idx < quote.start - 1]
    if len(frame) < 3 or frame[-1].text != ":":
        return None
    verbs = [t for t in frame if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"relcl", "acl", "advcl", "amod"}
             and (t.head.i == t.i or t.head.idx >= quote.start - 1)]  # the frame's own verb, hung on the quote
    if len(verbs) != 1:
        return None
    subjects = [c for c in verbs[0].children if c.dep_ in {"nsubj", "nsubjpass"}]
    agent = resolver.agent_for(subjects[0]) if subjects else None
    return agent if agent is not None and agent.is_person else None


def _parenthesis_after_name(doc: Doc, quote: QuoteSpan, resolver: AgentResolver) -> Agent | None:
    """ "President Kofi Mensah ('We will never surrender our land') rallied ...": a quoted clause that
    fills a parenthesis right after a person's name is that person's words. Only a clause (a finite
    verb inside): a parenthesised nickname or title ("Ana Roe ('the Iron Lady')") is no speech."""
    text = doc_text(doc)
    opening = text[:quote.start].rstrip()
    closing = text[quote.end:].lstrip()
    if not (opening[-2:-1] == "(" and opening[-1:] in _QUOTE_OPENERS and closing[1:2] == ")"
            and closing[:1] in "\u201d\"'\u2019\u00bb"):
        return None
    before = doc.char_span(0, len(opening[:-2].rstrip()), alignment_mode="contract")
    inside = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if not before or inside is None or not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in inside):
        return None
    agent = resolver.agent_for(before[-1])
    return agent if agent is not None and agent.is_person else None


_DELIVERING_VERBS = {"have", "deliver", "send", "give", "offer", "issue"}


def _speech_noun_owner(sent: Span, quote: QuoteSpan, resolver: AgentResolver) -> Agent | None:
    """ "President X's message was simple: '...'", "Her reply: '...'", "The answer from X was blunt:
    '...'", "X had a message for them: '...'": a noun for what was said (`speech_nouns.txt`), before a
    colon that opens the quote, whose possessor (from-phrase, or the subject who delivers it) is the speaker."""
    frame = [t for t in sent if t.idx < quote.start - 1]
    if len(frame) < 2 or not (frame[-1].text == ":" or (frame[-1].text == "," and frame[-2].lemma_ == "be")):
        return None  # "Her reply: '...'", and with "was," for the colon: "Lee's motto was, '...'"
    for noun in frame:
        if noun.lemma_.lower() not in lex().speech_nouns or noun.pos_ != "NOUN":
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DELIVERING_VERBS:
            owners += [c for c in noun.head.children if c.dep_ == "nsubj"]  # "X had a message for them: '...'"
        elif noun.dep_ not in {"nsubj", "ROOT", "nsubjpass"} and noun.head.lemma_ != "be":
            continue  # "they read X's message to the crowd:" is no frame of the quote
        owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
        for owner in owners:
            agent = resolver.agent_for(owner)
            if agent is not None and agent.is_person:
                return agent
    return None


def _antecedent_body(sents: list[Span], index: int, resolver: AgentResolver) -> Agent | None:
    """ "it said", "they said": the organisation or government that was the subject of the sentences before."""
    for sent in reversed(sents[max(0, index - 2):index]):
        for tok in sent:
            if tok.dep_ in {"nsubj", "nsubjpass"}:
                agent = resolver.agent_for(tok)
                agent = portfolio_body(tok, agent) or agent  # "Peru's foreign ministry said ... It added"
                if agent and agent.kind in {"organization", "country"}:
                    return agent
    return None


def _main_subject(sent: Span, quotes: Sequence[QuoteSpan], resolver: AgentResolver) -> Agent | None:
    """The person the sentence is about: the subject of its main verb."""
    for tok in sent:
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ == "ROOT" and not quoted_at(quotes, tok.idx):
            agent = resolver.agent_for(tok)
            if agent and agent.is_person:
                return agent
    return None


def _is_direct(text: str, quote: QuoteSpan, sent: Span) -> bool:
    """A quote is direct when nothing but a reporting frame stands between it and a sentence edge."""
    before = text[sent.start_char:quote.start - 1].strip()
    if not before or before.endswith(":") or before.endswith(","):
        return True
    content = text[quote.start:quote.end].rstrip()
    return content[-1:] in {".", "?", "!"} and len(content.split()) > 6 and not before[-1:].isalpha()


def _continues_speaker(sent: Span, quotes: Sequence[QuoteSpan], resolver: AgentResolver, speaker: Agent,
                      quote: QuoteSpan | None = None) -> bool:
    """A fragment quoted inside the writer's sentence continues the last speaker's words only in a
    sentence about that speaker: its main subject is a personal pronoun or names the speaker ("She
    called it 'a start'"), not someone else ("The nominee portrayed them as 'thieves'") and not the
    quote itself ("A 'super PAC' may start running ads": a term); and only when the clause that holds
    the fragment has no other person for its subject ("..., while Ms B commended the 'efforts'")."""
    if quote is not None and _own_clause_subject_is_other(sent, quote, resolver, speaker):
        return False
    for tok in sent:
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ == "ROOT":
            if quoted_at(quotes, tok.idx):
                return False
            if tok.pos_ == "PRON":
                return tok.lower_ in lex().personal_pronouns | {"they", "we"}
            return resolver.agent_for(tok) == speaker
    return False  # no subject the parser can find: nothing says the sentence is the speaker's


def _own_clause_subject_is_other(sent: Span, quote: QuoteSpan, resolver: AgentResolver, speaker: Agent) -> bool:
    """The nearest clause around the quote (outside it) has a subject naming someone else."""
    first = next((t for t in sent if quote.contains(t.idx) and not t.is_punct), None)
    if first is None:
        return False
    for verb in first.ancestors:
        if quote.contains(verb.idx) or verb.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and not quote.contains(c.idx)]
        if subjects:
            agent = resolver.agent_for(subjects[0])
            return agent is not None and agent != speaker and subjects[0].pos_ != "PRON"
    return False


def _in_name_slot(doc: Doc, quote: QuoteSpan, words: str) -> bool:
    """The quote stands where a name goes: after a naming participle ("a show called 'Brokers'"),
    or, in title case, after a preposition or a possessive ("on CBS's 'Face the Nation.'", "walked
    on to 'Born to Run.'")."""
    mark = doc.char_span(max(0, quote.start - 1), quote.start, alignment_mode="expand")
    i = (mark.start if mark is not None else 0) - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i >= 0 and _names_a_titled_work(doc, i, quote):
        return True
    if i < 0 or doc[i].is_punct:
        return False
    tok = doc[i]
    if _naming_participle(tok) or (tok.lower_ == "the" and tok.i > 0 and _naming_participle(doc[tok.i - 1])
                                   and not any(c.dep_ == "agent" for c in doc[tok.i - 1].children)):
        return True  # "a show called 'Brokers'", "the talks, dubbed the 'Lima process', began" (not "labelled a 'fraud'")
    if tok.lower_ == "as" and tok.i > 0 and doc[tok.i - 1].lower_ in {"known", "billed", "styled"}:
        return True
    if _nickname_inside_a_name(doc, quote, words, tok):
        return True
    return (tok.pos_ == "ADP" or tok.tag_ == "POS") and is_name_or_title(words.rstrip(". "))


def _nickname_inside_a_name(doc: Doc, quote: QuoteSpan, words: str, before: Token) -> bool:
    """ "Manuel “Lito” Lapid": one or two capitalised words in quotation marks between a given name and a
    surname are a nickname, not a quotation."""
    closing = doc.char_span(quote.end, min(len(doc.text), quote.end + 1), alignment_mode="expand")
    if closing is None or closing.end >= len(doc):
        return False
    after = doc[closing.end]  # the word right after the closing mark, with no space or mark between
    short = 0 < len(words.split()) <= 2 and all(w[:1].isupper() for w in words.split())
    return (short and before.pos_ == "PROPN" and before.text[:1].isupper()
            and after.pos_ == "PROPN" and after.text[:1].isupper())


# verbs whose object takes a complement that says what the speaker holds it to be ("called the film 'X'")
_COMPLEMENT_VERBS = {"call", "consider", "deem", "term"}


def _names_a_titled_work(doc: Doc, i: int, quote: QuoteSpan) -> bool:
    """ "the film 'Letters from Gaza'", "his memoir, 'A Life Abroad,'", "the headline 'Minister quits'": a
    quote right after a noun for a titled thing (`titled_work_nouns.txt`), past a comma, is its name;
    not when the quote reads as that noun's predicate ("said the film 'was a disgrace'"), nor when the
    noun is what a verb characterises ("called the book 'a pack of lies'")."""
    if doc[i].text == "," and i > 0:
        i -= 1
    noun = doc[i]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex().titled_work_nouns:
        return False
    inside = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    heads = [t for t in inside or [] if not quote.start <= t.head.idx < quote.end or t.head.i == t.i]
    if noun.dep_ == "dobj" and (any(t.head.i == noun.head.i for t in heads)
                                or noun.head.lemma_.lower() in lex().characterising_verbs | _COMPLEMENT_VERBS):
        return False  # the quote is the verb's complement for its object: "called the book 'X'"
    return bool(heads) and not any(_predicate_without_subject(t, quote) for t in heads)


def _predicate_without_subject(tok: Token, quote: QuoteSpan) -> bool:
    """A verb whose subject is not inside the quote: the quote goes on a clause begun outside it."""
    return tok.pos_ in {"VERB", "AUX"} and tok.tag_ != "VBG" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} and quote.contains(c.idx) for c in tok.children)


def _naming_participle(tok: Token) -> bool:
    """ "called", "dubbed", "titled" as a participle that modifies a noun or is set off after one
    ("praised the plan, dubbed the ..."): what follows is a name. The tagger may read a participle
    that modifies a noun as a past tense ("The talks, dubbed the ...": VBD)."""
    if tok.lower_ not in lex().naming_participles:
        return False
    return (tok.tag_ == "VBN" and tok.dep_ in {"acl", "amod", "advcl"}) or (tok.tag_ == "VBD" and tok.dep_ == "acl")


def _subjectless_frame(sent: Span, quote: QuoteSpan) -> bool:
    """ "Further adding, '...'", "Continuing: '...'": all that stands before the quote is a reporting
    participle with no subject of its own (and adverbs), so the words go on the current speaker's."""
    before = [t for t in sent if t.idx < quote.start - 1]
    verbs = [t for t in before if t.tag_ == "VBG" and t.lemma_.lower() in lex().reporting_verbs]
    return bool(verbs) and all(t.is_punct or t.pos_ in {"ADV", "CCONJ"} or t in verbs for t in before)


# what may stand between a sentence's start and a quote that opens it: nothing, or an opening mark
# (curly, straight, doubled, single, or a guillemet: "«And we owe it to them»")
_OPENING_MARKS = {"", "\u201c", '"', "''", "``", "\u2018", "'", "\u00ab"}


_DASHES = "-\u2013\u2014"


# a release's heading that credits the quotes printed under it: "Quotes attributable to Mayor A:",
# "Comments attributed to the Minister for Trade, B:"
_CREDIT_HEADING = re.compile(r"^(?:quotes?|comments?|remarks?|statement)\s+(?:attributable|attributed)\s+to\s+\S.*:$",
                             re.IGNORECASE)


def _heading_credit(doc: Doc, quote: QuoteSpan, resolver: AgentResolver) -> Agent | None:
    """The person a credit heading names, for a quote that opens a paragraph under it: only quotation
    paragraphs may stand between the heading and the quote (a paragraph of the writer's ends the block)."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, quote.start) + 1
    if text[line_start:quote.start].strip() not in _OPENING_MARKS:
        return None
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line:
            if _CREDIT_HEADING.match(line):
                span = doc.char_span(start, start + len(text[start:end].rstrip()), alignment_mode="expand")
                owners = {p for t in span if (p := resolver.people.person_of(t))} if span is not None else set()
                return Agent("person", owners.pop()) if len(owners) == 1 else None
            if line[0] not in _QUOTE_OPENERS:
                return None
        end = start - 1
    return None


_QUOTE_OPENERS = "\"\u201c\u2018'\u00ab"


def _dash_credit(doc: Doc, quote: QuoteSpan, resolver: AgentResolver) -> Agent | None:
    """A credit line after a quote that ends its paragraph: '"We will win." - Jane Roe, mayor' or the
    dash line on the next line ("-President Ana Ruiz, posting after the speech."): the first name
    in its first words is the speaker."""
    text = doc_text(doc)
    rest = text[quote.end:]
    k = re.match(r"[\u201d\u00bb\"'.,!?]*[ \t]*", rest).end()  # the closing mark and stop on the quote's line
    if rest[k:k + 1] == "\n":
        k += len(rest[k:]) - len(rest[k:].lstrip())  # the next line
    if not rest[k:k + 1] or rest[k] not in _DASHES:
        return None
    line_end = rest.find("\n", k)
    span = doc.char_span(quote.end + k + 1, quote.end + (line_end if line_end >= 0 else len(rest)),
                         alignment_mode="expand")
    credit_tokens = list(span or [])
    head = next((i for i, t in enumerate(credit_tokens) if t.text in {",", "(", "."}), len(credit_tokens))
    if head > 6 or any(t.pos_ in {"VERB", "AUX"} for t in credit_tokens[:head]):
        return None  # a bullet that tells something ("- Ana Ruiz met the envoy"), not a credit
    for tok in credit_tokens[:head]:
        agent = resolver.agent_for(tok)
        if agent is not None and agent.kind in {"person", "organization"}:
            return agent
    # the tokenizer may glue the dash to the first word ("-President"): a name the article uses elsewhere
    credit = re.split(r"[,(]", rest[k + 1:line_end if line_end >= 0 else len(rest)])[0]
    words = set(re.findall(r"[\w'\u2019-]+", credit))
    owners = {key for key, person in resolver.people.persons.items()
              if person.name.split()[-1] in words or any(a in credit for a in person.aliases | {person.name})}
    return Agent("person", owners.pop()) if len(owners) == 1 and len(credit.split()) <= 6 else None


def _speaker_for(doc: Doc, sents: list[Span], quotes: Sequence[QuoteSpan], quote: QuoteSpan, first: int,
                 frame: list[Span], previous: tuple[Agent, int, int] | None, resolver: AgentResolver) -> Agent | None:
    """Who said the quote (UNNAMED when a frame names someone the article does not identify)."""
    text = doc_text(doc)
    speaker = _attribution(frame, quotes, quote.start, quote.end, resolver, sents)
    if speaker is None:  # "In the words of A, ...", "..., as A put it"
        speaker = credited_speaker(sents[first], quote.start, quote.end, resolver.people, resolver)
    if speaker is None:
        speaker = (_transcript_speaker(doc, sents[first], quote, resolver) or _speech_noun_owner(sents[first], quote, resolver)
                   or _colon_frame_subject(sents[first], quote, resolver)
                   or _parenthesis_after_name(doc, quote, resolver))
    opens_sentence = text[sents[first].start_char:quote.start].strip() in _OPENING_MARKS
    if speaker is None and opens_sentence and (previous is None or not _same_paragraph(text, previous[2], quote.start)):
        # a new paragraph's subject speaks before the last paragraph's speaker: "Lee disagreed. 'It is wrong.'"
        before = _previous_content_sentence(sents, first)
        if before is not None and _same_paragraph(text, before.start_char, quote.start):
            speaker = _main_subject(before, quotes, resolver)
    if speaker is None and previous is not None and previous[0] is not UNNAMED and (
            first - previous[1] <= 2 or _same_paragraph(text, previous[2], quote.start)):
        # a follow-on quote belongs to the paragraph's current speaker, unless it is a fragment in a
        # sentence about someone else
        if opens_sentence or _continues_speaker(sents[first], quotes, resolver, previous[0], quote) \
                or _subjectless_frame(sents[first], quote):
            speaker = previous[0]
    if speaker is None and text[sents[first].start_char:quote.start].strip() in _OPENING_MARKS:
        # a quote standing alone after reported speech: "X said the deal mattered. 'This is historic.'"
        before = _previous_content_sentence(sents, first)
        if before is not None and not any(before.start_char <= q.start < before.end_char for q in quotes):
            found = _attribution([before], quotes, before.end_char, before.end_char, resolver, sents)
            if found is None and _same_paragraph(text, before.start_char, quote.start):
                found = _main_subject(before, quotes, resolver)  # "Lee disagreed. “It is wrong.”"
            speaker = found if found is not None and found.is_person else None
    if speaker is None and not opens_sentence:
        speaker = _reporting_body_before(sents, first, quotes, resolver)
    return speaker


def _reporting_body_before(sents: list[Span], first: int, quotes: Sequence[QuoteSpan],
                           resolver: AgentResolver) -> Agent | None:
    """A readout's words quoted in the next sentence of its paragraph: "A called B on Friday, the ministry
    said. Both ministers 'agreed to ...'" - the body that reported the sentence before speaks,
    unless the quote's own sentence is about a named person (whose words they may be)."""
    before = _previous_content_sentence(sents, first)
    text = doc_text(sents[first].doc)
    if before is None or not _same_paragraph(text, before.start_char, sents[first].start_char) \
            or any(before.start_char <= q.start < before.end_char for q in quotes):
        return None
    found = _attribution([before], quotes, before.end_char, before.end_char, resolver, sents)
    if found is None or found is UNNAMED or found.kind not in {"organization", "country"}:
        return None
    subjects = [t for t in sents[first] if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"]
    return found if subjects and all(_takes_up_the_parties(t) for t in subjects) else None


def _takes_up_the_parties(subject: Token) -> bool:
    """'The two leaders', 'Both sides', 'The ministers': a subject that takes up the parties of the
    reported exchange (not "Protesters", not a named person, not "it" or "she")."""
    if subject.pos_ == "PRON" or subject.tag_ not in {"NNS", "NNPS", "CD"}:
        return subject.lower_ in {"two", "both"} and subject.pos_ != "PRON"
    words = {t.lower_ for t in subject.subtree}
    head = subject.lemma_.lower()
    return bool(words & lex().plural_anaphors) or head in lex().side_nouns | lex().title_heads | {"leader"}


def extract_statements(doc: Doc, people: PeopleIndex, resolver: AgentResolver, *, indirect: bool = False) -> list[Statement]:
    text = doc_text(doc)
    quotes = find_quotes(text)
    sents = list(doc.sents)
    statements: list[Statement] = []
    previous: tuple[Agent, int, int] | None = None  # last quote's speaker, its last sentence and end offset
    for quote in quotes:
        first = next((k for k, s in enumerate(sents) if s.start_char <= quote.start < s.end_char + 1), None)
        last = next((k for k, s in enumerate(sents) if s.start_char < quote.end <= s.end_char + 1), first)
        if first is None:
            continue
        last = last if last is not None else first
        frame = sents[first:last + 1]
        # a frame that follows the quote in the next sentence: "... serious one," he was quoted as saying.
        if last + 1 < len(sents) and text[quote.end:sents[last].end_char + 1].strip(" ,.\u201d\"") == "":
            frame = frame + [sents[last + 1]]
        # a credit line ('"..."' then '- Jane Roe, mayor' on its own line) names the speaker outright,
        # before any guess from the quotes around it
        speaker = _dash_credit(doc, quote, resolver) or _heading_credit(doc, quote, resolver) or _speaker_for(doc, sents, quotes, quote, first, frame,
                                                                      previous, resolver)
        if speaker is UNNAMED:
            previous = (UNNAMED, last, quote.end)  # the current speaker is now someone unnamed
            continue
        if speaker is None:
            continue
        words = text[quote.start:quote.end].strip().rstrip(",")
        if len(words) < 2 or is_name_or_title(words) or _in_name_slot(doc, quote, words):
            continue
        kind = QuoteKind.DIRECT if _is_direct(text, quote, sents[first]) else QuoteKind.PARTIAL
        evidence_sents = sents[first:last + 1]
        evidence = Evidence(text[evidence_sents[0].start_char:evidence_sents[-1].end_char],
                            evidence_sents[0].start_char, evidence_sents[-1].end_char)
        for each in joint_speakers(frame, quotes, speaker, resolver):
            statements.append(Statement(speaker=each, text=words, kind=kind, evidence=evidence, confidence=0.85,
                                        quote_start=quote.start, quote_end=quote.end))
        previous = (speaker, last, quote.end)
    statements += block_statements(doc, lambda verb: _verb_speaker(verb, resolver, sents))  # "X said:" + a paragraph
    if indirect:
        statements.extend(indirect_statements(doc, quotes, resolver))
    return statements


def joint_speakers(frame: list[Span], quotes: Sequence[QuoteSpan], speaker: Agent, resolver: AgentResolver) -> list[Agent]:
    """Everyone who says the words: "A and B said in a joint statement", "said A and B" name two
    speakers of one quote, and each of them gets the statement (one per speaker, as each said it).
    The speaker alone when the reporting verb's subject is no coordination."""
    for sent in frame:
        for tok in _tokens_outside(sent, quotes):
            if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in lex().reporting_verbs | lex().publishing_verbs:
                continue  # "A and B said", "A and B issued a joint statement: '...'"
            # of the speaker's kind: an organisation NER found inside a long title is no co-speaker
            agents = [a for a in resolver.agents_in(tok) if (a.kind == "person") == speaker.is_person
                      and a.kind in {"person", "organization", "country"}]
            if speaker in agents and len(agents) > 1 and _coordinated_with_and(tok):
                return [speaker] + [a for a in agents if a != speaker]
    return [speaker]


def _coordinated_with_and(subject: Token) -> bool:
    """The subject is a coordination joined by "and" ("A and B", "the two leaders, A and B"), not an
    apposition alone ("A, the minister")."""
    return any(t.dep_ == "conj" for t in subject.subtree) and any(t.lower_ in {"and", "&"} for t in subject.subtree)


def _verb_speaker(verb: Token, resolver: AgentResolver, sents: list[Span]) -> Agent | None:
    """The agent a reporting verb's subject names, or None."""
    for speaker in _speaker_tokens(verb) or _description_right_before(verb, resolver):
        agent = _resolve_speaker(speaker, resolver, sents)
        if agent is not None:
            return agent
    return None


def indirect_statements(doc: Doc, quotes: Sequence[QuoteSpan], resolver: AgentResolver) -> list[Statement]:
    """Reported speech without quotation marks: "Zelensky said he had sent a team"."""
    out: list[Statement] = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex().indirect_verbs:
            continue
        if quoted_at(quotes, tok.idx):
            continue
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        if not clauses:
            continue
        clause = clauses[0]
        tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i and t.lower_ == "that")]
        span = doc[tokens[0].i:tokens[-1].i + 1]
        if len(span) < 4 or any(q.start - 1 <= span.end_char and q.end + 1 >= span.start_char for q in quotes):
            continue
        speaker = None
        for subject in _speaker_tokens(tok):
            speaker = resolver.agent_for(subject)
            if speaker:
                break
        if speaker is None:
            continue
        sent = tok.sent
        out.append(Statement(speaker=speaker, text=span.text.strip(" ,."), kind=QuoteKind.INDIRECT,
                             evidence=Evidence.of(sent), confidence=0.6))
    return out

