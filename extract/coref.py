"""Coreference without hub models: descriptions ("the secretary of state", "the Kremlin leader")
and personal pronouns ("he", "her") resolved to the people the article has named.

Descriptions: a definite noun phrase headed by an office word refers to the one person named
before whose office has those words (and that country, when the phrase names one); with two or
more such people ("Senator A met Senator B. The senator said ...") it refers to nobody, never a
guess. "leader" matches heads of state or government. Other descriptions (age, nationality, role)
are in `descriptions.py`.

Pronouns, in the spirit of Lappin & Leass's salience ranking:
- candidates are the people mentioned in the same sentence or the three before it;
- a name inside quotation marks is no candidate for a pronoun outside them;
- a candidate that the gender of the pronoun rules out is dropped (gender comes from "Mr/Mrs"
  and from pronouns already resolved to that person);
- binding: an object pronoun cannot refer to the subject of its own clause ("Putin rejected
  Zelensky's offer to meet with him": "him" is not Zelensky, the one who would meet);
- the rest are ranked by salience: each mention in the window adds a weight for its grammatical role
  (main-clause subject > subject > object > oblique, by-agent or apposition), halved for each sentence
  back, the best mention counting per person; ties go to the most recent.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.facts import Office
from newsgraph.extract.name_words import is_style_of_address
from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import Mention, PeopleIndex
from newsgraph.extract.quotes import find_quotes, quoted_at
from newsgraph.extract.syntax import doc_text, entity_of, governing_verb, subject_read_as_adverbial

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_GENERIC = {"the", "of", "a", "an", "'s", "\u2019s", "top", "country", "nation", "new"}
_HOMELAND_WORDS = {"country", "nation"}  # "the country's top diplomat": the possessive names the person's own country


def _sentence_index(doc: Doc, skip=None) -> dict[int, int]:
    """Token -> sentence number; sentences `skip` accepts (those wholly inside a quotation, which
    continue the sentence that opened it) do not count as a step back."""
    index: dict[int, int] = {}
    n = -1
    for sent in doc.sents:
        if n < 0 or skip is None or not skip(sent):
            n += 1
        for tok in sent:
            index[tok.i] = n
    return index


def _is_subject(doc: Doc, mention: Mention) -> bool:
    span = doc[mention.start:mention.end]
    root = span.root
    return root.dep_ in _SUBJECT_DEPS or (root.dep_ == "poss" and root.head.dep_ in _SUBJECT_DEPS)


def _is_main_subject(doc: Doc, mention: Mention) -> bool:
    """The subject of the sentence's main verb: the most salient entity of a sentence. A report frame
    after the reported clause ("The talks went well, Minister Ana Roe told reporters") is the main
    clause however the parser hangs it."""
    root = doc[mention.start:mention.end].root
    if root.dep_ in _SUBJECT_DEPS:
        return root.head.dep_ == "ROOT" or _report_frame_read_as_conjunct(root.head) or _reported_by_an_outlet(root.head)
    return _subject_read_as_apposition(root)


def _reported_by_an_outlet(verb: Token) -> bool:
    """ "A thanked the minister, the news agency reported": the clause a source that names no person reports (an
    agency, a paper, a broadcaster) is the sentence's main one; its subject is what the sentence is about."""
    frame = verb.head
    if verb.dep_ != "ccomp" or frame.dep_ != "ROOT" or frame.lemma_.lower() not in lex().reporting_verbs or frame.i < verb.i:
        return False
    subjects = [c for c in frame.children if c.dep_ in _SUBJECT_DEPS]
    return bool(subjects) and all(s.ent_type_ != "PERSON" and s.pos_ in {"NOUN", "PROPN"}
                                  and s.lemma_.lower() in lex().outlet_nouns or s.ent_type_ == "ORG"
                                  for s in subjects)


def _report_frame_read_as_conjunct(verb: Token) -> bool:
    """ "The sides agreed to meet again, Ana Roe told reporters": the parser makes "told" a conjunct of
    "agreed"; with no "and"/"but" before it and a comma right before its subject, it is the report frame."""
    if verb.dep_ != "conj" or verb.head.dep_ != "ROOT" or verb.lemma_.lower() not in lex().reporting_verbs:
        return False
    if any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children):
        return False
    start = verb.left_edge.i
    return start > 0 and verb.doc[start - 1].text == ","


def _subject_read_as_apposition(name: Token) -> bool:
    """ "It was a good meeting with Tom Ode, Ana Roe, the foreign minister, said": the parser hangs the
    reporter as an apposition of the name before and leaves the main reporting verb without a subject."""
    doc = name.doc
    if name.dep_ != "appos" or name.head.i > name.i or name.left_edge.i == 0 or doc[name.left_edge.i - 1].text != ",":
        return False
    beside = {t.i for c in name.head.children if c.dep_ == "appos" for t in c.subtree}  # ", the foreign minister,"
    after = name.i + 1
    while after < name.sent.end and (after in beside or doc[after].is_punct):
        after += 1
    if after >= name.sent.end:
        return False
    verb = doc[after]
    return (verb.pos_ == "VERB" and verb.lemma_.lower() in lex().reporting_verbs
            and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children))


def resolve_descriptions(doc: Doc, people: PeopleIndex, offices: list[Office], countries: dict[str, str],
                         skip: set[int]) -> None:
    """Add a mention for each definite office description that refers back to a named person."""
    quotes = find_quotes(doc_text(doc))
    quoted_sentence = lambda sent: (quoted_at(quotes, next((t.idx for t in sent if not t.is_punct), sent.start_char))  # noqa: E731
                                    and quoted_at(quotes, sent[-1].idx))
    titles: dict[bool, dict[str, list[set[str]]]] = {False: {}, True: {}}  # current offices, former ones
    heads: dict[bool, dict[str, set[str]]] = {False: {}, True: {}}
    for office in offices:
        titles[office.former].setdefault(office.person, []).append(set(office.title.lower().replace("-", " ").split()))
        heads[office.former].setdefault(office.person, set()).add(_title_head(office.title))
    last_mention: dict[str, int] = {}
    mentions = people.sorted_mentions()
    m_index = 0
    for tok in doc:
        while m_index < len(mentions) and mentions[m_index].start < tok.i:
            last_mention[mentions[m_index].person] = mentions[m_index].start
            m_index += 1
        paraphrase = _paraphrased_title(tok)  # "the top diplomat": the foreign minister
        if ((tok.lemma_.lower() not in lex().title_heads and paraphrase is None) or tok.pos_ not in {"NOUN", "PROPN"}
                or tok.i in skip or people.mention_at(tok.i) or tok.dep_ == "compound" or tok.tag_ in {"NNS", "NNPS"}):
            continue
        left = [c for c in tok.lefts]
        if not any(c.lower_ == "the" or (c.dep_ == "poss" and (lex().country_for(c.text) or c.lower_ in _HOMELAND_WORDS))
                   for c in left) and not _bare_title_opening(tok):  # "the minister", "Kenya's minister", "the country's chief diplomat"
            continue
        words: set[str] = set()
        country = None
        for t in [c for c in left if c.dep_ in {"amod", "compound", "poss", "nmod"}] + [tok]:
            for sub in (t.subtree if t is not tok else [tok]):
                c = lex().country_for(sub.text)
                if c and sub.text[:1].isupper():
                    country = c
                elif sub.lower_ not in _GENERIC and sub.lower_ not in lex().visiting_modifiers:
                    words.add(sub.lower_)  # ("the visiting minister": the minister on the visit, no part of the title)
        end = tok.i + 1
        for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"):
            for sub in prep.subtree:
                end = max(end, sub.i + 1)
                place = entity_of(sub)  # "the president of South Africa": the country's whole name
                c = lex().country_for(place.text if place is not None and place.label_ == "GPE" else sub.text)
                if c and sub.text[:1].isupper() and sub.lower_ != "state":
                    country = c
                elif sub.lower_ not in _GENERIC:
                    words.add(sub.lower_)
        former = bool(words & lex().former_words)  # "the former Ghanaian leader": an office held before
        words -= lex().former_words
        head_word = tok.lower_
        if paraphrase is not None:
            words = (words - {w for w in paraphrase[0].split()}) | set(paraphrase[1].split())
            head_word = paraphrase[1].split()[-1]
        is_leader = tok.lower_ == "leader"
        headed = _headed_office(tok, words)  # "the head of state", "the head of government"
        candidates = []
        # "President A held talks with the president of Ghana": an object is not its own clause's subject
        banned = _clause_subjects(tok, people) if tok.dep_ in {"dobj", "pobj", "dative"} else set()
        for person, title_sets in titles[former].items():
            if person not in last_mention or person in banned:
                continue
            if country and countries.get(person) not in (country, None):
                continue
            ok = any((t & lex().leader_titles) if is_leader else _heads(t, headed) if headed is not None
                     else _describes(words, t) for t in title_sets)
            if ok and not is_leader and headed is None and head_word not in heads[former][person]:
                ok = False  # "the chairperson" is not the "Special Adviser to the Chairperson"
            if ok:
                known_country = countries.get(person) == country if country else True
                candidates.append((known_country, last_mention[person], person))
        if any(known for known, _, _ in candidates):
            candidates = [c for c in candidates if c[0]]  # "the Russian president": the one known to be Russian
        if len(candidates) > 1:
            topic = _topic_of_sentence_before(doc, tok, people, {c[2] for c in candidates}, quoted_sentence)
            candidates = [c for c in candidates if c[2] == topic]
        if len(candidates) != 1:
            continue  # nobody, or several who fit and none the topic: never guess between them
        _, _, person = candidates[0]
        if country and person not in countries:
            countries[person] = country  # "the Kremlin leader" tells us whom he serves
        start = min([tok.i] + [c.i for c in left if c.dep_ in {"det", "amod", "compound", "poss", "nmod"}])
        people.add_mention(Mention(start, end, person, "description"))


def _bare_title_opening(tok: Token) -> bool:
    """ "Foreign Secretary also met B", "Minister told the meeting ...": a capitalised office with no article
    opening its sentence as the subject, as readouts write of their own principal."""
    if tok.tag_ != "NNP" or tok.dep_ not in {"nsubj", "nsubjpass"} or not tok.text[:1].isupper():
        return False
    first = min([tok.i] + [c.i for c in tok.lefts])
    return first == tok.sent.start and all(t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN", "ADJ"}
                                           for t in tok.doc[first:tok.i])


def _topic_of_sentence_before(doc: Doc, tok: Token, people: PeopleIndex, candidates: set[str],
                              quoted_sentence) -> str | None:
    """Among several who fit a description, the one the sentence before is about: the person who is its
    main subject, when no other who fits is named in it ("Mr A said he had raised it with B. '...,' the
    minister said": A). Sentences wholly inside the quote are skipped; "Mayor A spoke after Mayor B.
    '...,' the mayor said" names both, so it stays open."""
    sent = tok.sent
    while sent.start > 0:
        sent = doc[sent.start - 1].sent
        if not quoted_sentence(sent):
            break
    else:
        return None
    if sent.start == tok.sent.start:
        return None
    named = {m.person for m in (people.mention_at(t.i) for t in sent) if m is not None}
    counterparts = _named_as_counterparts(sent, people)
    for t in sent:
        if (t.dep_ in _SUBJECT_DEPS or subject_read_as_adverbial(t) and people.person_of(t)) and t.head.dep_ == "ROOT":
            person = people.person_of(t)
            if person in candidates and not (named & candidates) - {person} - counterparts:
                return person
            return None
    return None


def _named_as_counterparts(sent, people: PeopleIndex) -> set[str]:
    """Those a sentence names as someone's counterpart ("A met his British counterpart B"): holding the
    same office as the subject is what makes a later "the minister" ambiguous, and the story goes on
    about the subject, not about the counterpart."""
    out = set()
    for tok in sent:
        if tok.lemma_.lower() not in lex().counterpart_nouns:
            continue
        for k in range(tok.i + 1, min(tok.i + 4, sent.end)):
            mention = people.mention_at(k)
            if mention is not None:
                out.add(mention.person)
                break
    return out


_TITLE_COMPLEMENT_PREPS = {"of", "for", "to", "on", "at", "in", "with"}


def _paraphrased_title(tok: Token) -> tuple[str, str] | None:
    """ "the top diplomat", "the country's chief diplomat": (the phrase, the office it stands for) from
    `title_paraphrases.txt`, for a description whose head and modifiers read as one."""
    modifiers = [c.lower_ for c in tok.lefts if c.dep_ in {"amod", "compound"}]
    for n in range(len(modifiers), -1, -1):
        phrase = " ".join(modifiers[len(modifiers) - n:] + [tok.lower_])
        if phrase in lex().title_paraphrases:
            return phrase, lex().title_paraphrases[phrase]
    return None


def _title_head(title: str) -> str:
    """The word an office title is a title of: the last word before its complement ("Minister" of
    "Minister of Foreign Affairs", "Adviser" of "Special Adviser to the Chairperson"), so that a description
    names the office and not someone the office serves."""
    words = title.lower().replace("-", " ").split()
    cut = next((i for i, w in enumerate(words) if w in _TITLE_COMPLEMENT_PREPS and i > 0), len(words))
    return words[cut - 1] if words[:cut] else ""


def _headed_office(tok: Token, words: set[str]) -> frozenset[str] | None:
    """The offices "the head of state" (a president or monarch) or "the head of government" (a prime
    minister or chancellor) stands for; None for any other description."""
    if tok.lower_ != "head" or len(words) != 2:
        return None
    if "state" in words:
        return lex().head_of_state_titles
    if "government" in words:
        return lex().government_head_titles
    return None


def _heads(title: set[str], headed: frozenset[str]) -> bool:
    """The office is one "the head of state/government" means, with no rank besides ("Vice President")."""
    return bool(title & headed) and not (title & lex().rank_modifiers) - headed


def _describes(words: set[str], title: set[str]) -> bool:
    """Whether a description's words ("the president") fit an office's: all of them are in it, and
    the office has no rank word the description lacks ("Vice President", "Deputy Minister")."""
    return words <= title and not (title - words) & lex().rank_modifiers


def _clause_subjects(pronoun: Token, people: PeopleIndex) -> set[str]:
    """People who are the subject of the clause an object pronoun sits in (binding principle B)."""
    verb = governing_verb(pronoun.head)
    out: set[str] = set()
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            p = people.person_of(child)
            if p:
                out.add(p)
    if not out and verb.dep_ in {"acl", "xcomp", "advcl"}:
        governor = verb.head
        for pobj in (c for prep in governor.children if prep.dep_ == "prep" and prep.lower_ in {"by", "from"}
                     for c in prep.children if c.dep_ == "pobj"):
            p = people.person_of(pobj)
            if p:
                out.add(p)  # "an offer by Varga to meet with him"
        for child in governor.children:
            # "Zelensky's offer to meet with him", "challenging the leader to meet with him"
            if child.dep_ in {"poss", "dobj"} or (child.dep_ in _SUBJECT_DEPS and governor.pos_ in {"VERB", "AUX"}
                                                   and not any(c.dep_ == "dobj" for c in governor.children)):
                p = people.person_of(child)
                if p:
                    out.add(p)
    return out


def _by_agents_of_adjuncts(pronoun: Token, people: PeopleIndex) -> set[str]:
    """ "When pressed by Lee, he said ...", "Asked by Lee about it, she ...": the one a passive adjunct's
    by-phrase names acts on the subject, so the subject pronoun is someone else."""
    out: set[str] = set()
    for adjunct in pronoun.head.children:
        if adjunct.dep_ not in {"advcl", "prep", "acl"} or adjunct.i > pronoun.i:
            continue
        for node in adjunct.subtree:
            if node.dep_ == "agent" or (node.lower_ == "by" and node.dep_ == "prep" and node.head.tag_ == "VBN"):
                for obj in node.subtree:
                    person = people.person_of(obj)
                    if person:
                        out.add(person)
    return out


def spokesperson_title(title: str) -> bool:
    """ "spokesman for the ministry", "deputy press secretary" (`spokesperson_titles.txt`)."""
    words = f" {title.lower()} "
    return any(f" {phrase} " in words for phrase in lex().spokesperson_titles)


def _we_met_someone_named(pronoun: Token) -> bool:
    """ "We had a meeting with President A", "we held talks with B", "we met C": "we" as the subject of a
    meeting with a named person. Said by one of them, the speaker was at it; elsewhere "we" is a side or a
    government, which no one person stands for."""
    verb = pronoun.head
    if pronoun.lower_ != "we" or pronoun.dep_ != "nsubj" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    partners = [c for c in verb.children if c.dep_ == "dobj" and lemma in lex().meeting_verbs]
    for noun in [verb] + [c for c in verb.children if c.dep_ == "dobj" and lemma in lex().light_verbs
                          and c.lemma_.lower() in lex().meeting_nouns | lex().talk_nouns]:
        partners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"
                     for o in p.children if o.dep_ == "pobj"]
    return any(p.ent_type_ == "PERSON" for p in partners)


def resolve_first_person(doc: Doc, people: PeopleIndex, quotes: list[tuple[int, int, str]],
                         spokespeople: frozenset[str] = frozenset()) -> None:
    """ "I", "me", "my" inside a quote are its speaker; outside quotes, in the clause a reporting verb
    governs ("until X and I get together, said Y"), they are that verb's subject. "We" is the speaker only
    as the subject of a meeting with someone named (`_we_met_someone_named`), and never a spokesperson's."""
    for tok in doc:
        plural_met = _we_met_someone_named(tok) and any(start <= tok.idx < end and who not in spokespeople
                                                         for start, end, who in quotes)
        if (tok.lower_ not in lex().first_person - {"we", "us", "our"} and not plural_met) \
                or tok.pos_ != "PRON" or people.mention_at(tok.i):
            continue
        speaker = next((who for start, end, who in quotes if start <= tok.idx < end), None)
        if speaker is None and not any(start <= tok.idx < end for start, end, _ in quotes):
            node = tok
            while node.head.i != node.i:
                if node.dep_ in {"ccomp", "parataxis"} and node.head.lemma_.lower() in lex().reporting_verbs:
                    subjects = [c for c in node.head.children if c.dep_ == "nsubj"]
                    speaker = next((people.person_of(s) for s in subjects if people.person_of(s)), None)
                    break
                node = node.head
        if speaker:
            people.add_mention(Mention(tok.i, tok.i + 1, speaker, "pronoun"))


def _role_weight(doc: Doc, mention: Mention) -> float:
    """Lappin & Leass's salience by grammatical role: subject of the main clause > subject >
    direct object > anything else (obliques, by-agents, appositions, possessors)."""
    root = doc[mention.start:mention.end].root
    anchor = root
    if _first_conjunct_read_as_modifier(root):
        anchor = root.head  # "The Under Secretary and Minister Tran discussed": both are the subject
        return 100.0 if _is_main_subject(doc, Mention(anchor.i, anchor.i + 1, mention.person, mention.kind)) else 80.0
    while anchor.dep_ == "appos" and anchor.head.i != anchor.i:
        anchor = anchor.head  # "Her deputy, the veteran negotiator Ana Roe,": appositions in a chain
    if anchor is not root and anchor.dep_ in _SUBJECT_DEPS and anchor.pos_ in {"NOUN", "PROPN"} \
            and not any(t.text in {'"', "\u201c", "\u201d"} for t in doc[anchor.i:root.i]):
        # "Her deputy, the veteran negotiator Ana Roe, thinks ...": the name is the subject it stands beside
        return 100.0 if anchor.head.dep_ == "ROOT" else 80.0
    if _subject_hung_on_opening_clause(root):
        return 100.0
    if _is_main_subject(doc, mention):
        return 100.0
    if root.dep_ == "appos" or root.head.dep_ == "agent" or (root.dep_ == "pobj" and root.head.dep_ == "agent"):
        return 30.0
    if _is_subject(doc, mention):
        return 80.0
    if root.dep_ in {"dobj", "dative"}:
        return 50.0
    return 40.0


def _first_conjunct_read_as_modifier(root: Token) -> bool:
    """ "The Under Secretary and Deputy Minister Tran discussed ...": the parser hangs a definite description
    and its "and" on the name after it, as one noun phrase; the description is a conjunct of that subject."""
    head = root.head
    return (root.dep_ in {"nmod", "compound"} and head.dep_ in _SUBJECT_DEPS and head.i > root.i
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in root.children))


def _subject_hung_on_opening_clause(name: Token) -> bool:
    """ "Speaking to reporters at the ministry, Ms Roe said ...", "Closing the session alongside Berg,
    the mayor Ana Roe said ...": the parser hangs the name, set off by a comma after an opening
    participle clause, as an apposition to that clause's last noun and leaves the main verb without a
    subject. The name is that subject (an apposition to a noun of the clause would be no person)."""
    if name.dep_ != "appos" or name.left_edge.i == 0 or name.doc[name.left_edge.i - 1].text != ",":
        return False
    clause = name.head
    while clause.dep_ not in {"advcl", "csubj"} and clause.head.i != clause.i:
        clause = clause.head
    verb = clause.head
    return (clause.dep_ in {"advcl", "csubj"} and clause.tag_ in {"VBG", "VBN"} and clause.i == clause.left_edge.i
            and clause.left_edge.is_sent_start and verb.i > name.i and verb.pos_ in {"VERB", "AUX"}
            and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children))


def _salience(doc: Doc, mention: Mention, distance: int) -> float:
    """A mention's salience: its role weight, halved for each sentence back. A person's salience is that
    of their most salient mention in the window (a sum would let a much-named person win every pronoun)."""
    return _role_weight(doc, mention) * 0.5 ** distance


def _cataphoric_subject(pronoun: Token, people: PeopleIndex, gender: str | None) -> str | None:
    """ "Speaking in Rome, where he met the pope, Ana Roe said ...", "After he landed, Minister Tom Ode
    told reporters ...": a pronoun in a clause that opens the sentence, before anyone is named in it, is
    the named main subject that follows. Not when the main clause has a pronoun of its own that could be
    the same ("When he arrived, Smith greeted him": he is someone else)."""
    sent = pronoun.sent
    verb = sent.root
    if pronoun.i >= verb.i or pronoun.dep_ not in _SUBJECT_DEPS | {"poss"} or pronoun.head.i == verb.i:
        return None  # ("Ahead of his talks in Rome, Minister C met ...": a possessive in the opening phrase too)
    clause = pronoun.head
    while clause.head.i != verb.i and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in {"advcl", "prep", "npadvmod", "advmod"} or clause.i > verb.i or clause.left_edge.i != sent.start:
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i > pronoun.i), None)
    if subject is None or any(people.mention_at(t.i) for t in sent if t.i < pronoun.i):
        return None
    mention = people.mention_at(subject.i)
    if mention is None or mention.kind != "name":
        return None
    person = people.persons[mention.person]
    if gender and person.gender and person.gender != gender:
        return None
    if any(t.pos_ == "PRON" and t.lower_ in lex().personal_pronouns and t.dep_ in {"dobj", "pobj", "dative"}
           and t.i > subject.i and governing_verb(t).i == verb.i for t in sent):
        return None
    return mention.person


def _relative_speaker(pronoun: Token, people: PeopleIndex, gender: str | None) -> str | None:
    """ "a call with A, who confirmed that he will sign ...", "B, who said she would attend": the subject of
    the clause a who-clause's verb reports is the one the who-clause is about, not the sentence's subject."""
    clause = pronoun.head
    if pronoun.dep_ not in _SUBJECT_DEPS or clause.dep_ != "ccomp":
        return None
    frame = clause.head
    if frame.dep_ != "relcl" or not any(c.dep_ in _SUBJECT_DEPS and c.tag_ == "WP" for c in frame.children):
        return None
    person = people.person_of(frame.head)
    known = people.persons[person].gender if person else None
    return person if person and not (gender and known and known != gender) else None


def resolve_pronouns(doc: Doc, people: PeopleIndex, window: int = 3) -> None:
    """Add a mention for each third-person pronoun that a named person can take."""
    quotes = find_quotes(doc_text(doc))
    quoted = lambda i: quoted_at(quotes, doc[i].idx)  # noqa: E731
    sent_of = _sentence_index(doc, skip=lambda sent: quoted(sent.start) and quoted(sent.end - 1))
    guessed: set[str] = set()  # persons whose gender only an earlier pronoun gave: a guess, not a fact
    for tok in doc:
        low = tok.lower_
        if low not in lex().personal_pronouns or tok.pos_ != "PRON" or people.mention_at(tok.i):
            continue
        if is_style_of_address(tok) and tok.i + 1 < len(doc) and doc[tok.i + 1].is_title:
            continue  # "HE Prime Minister A": His Excellency, no pronoun
        outside = not quoted(tok.i)
        gender = "male" if low in lex().male_pronouns else "female" if low in lex().female_pronouns else None
        here = sent_of[tok.i]
        banned = _clause_subjects(tok, people) if tok.dep_ in {"dobj", "pobj", "dative", "iobj"} else set()
        if tok.dep_ in _SUBJECT_DEPS:
            banned |= _by_agents_of_adjuncts(tok, people)
        salience: dict[str, float] = {}
        latest: dict[str, int] = {}
        for mention in people.sorted_mentions():
            if mention.start >= tok.i:
                break
            distance = here - sent_of[mention.start]
            if distance > window or mention.person in banned:
                continue
            if outside and quoted(mention.start):
                continue  # "'Smith lied,' he said": a name inside someone's quote is not who speaks
            person = people.persons[mention.person]
            weight = 1.0
            if gender and person.gender and person.gender != gender:
                if mention.person not in guessed and mention.person not in people.gender_from_first_name:
                    continue
                weight = 0.25  # a gender one earlier pronoun guessed ("received by B in her office"), or only the
                # first-name table told ("Vivian", mostly a woman's name), only weighs
            elif gender and person.gender == gender and mention.person not in guessed:
                weight = 1.25  # "Ana Roe ... The Under Secretary and Minister Tran discussed ... She": of two
                # subjects, the one whose name tells her gender, over the one whose name tells nothing
            salience[mention.person] = max(salience.get(mention.person, 0.0),
                                           weight * _salience(doc, mention, distance))
            latest[mention.person] = mention.start
        forward = (_cataphoric_subject(tok, people, gender) or _relative_speaker(tok, people, gender)) if outside else None
        if forward is not None:
            salience = {forward: 1.0}
            latest = {forward: tok.i}
        if not salience:
            continue
        person_key = max(salience, key=lambda p: (salience[p], latest[p]))
        person = people.persons[person_key]
        if gender and outside and person.gender and person.gender != gender and person_key in people.gender_from_first_name:
            person.gender = None  # "Vivian Balakrishnan greeting his counterpart": the text's pronoun over the table
            people.gender_from_first_name.discard(person_key)
        if gender and not person.gender and outside:
            # a pronoun inside a quote ("'He wears you down,' she said") is someone the speaker talks
            # about, too loose a link to give anyone a gender
            person.gender = gender
            guessed.add(person_key)
        people.add_mention(Mention(tok.i, tok.i + 1, person_key, "pronoun"))
