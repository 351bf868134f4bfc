"""Members of a delegation listed after the group is told.

- membership predicates: "the delegation included A and B", "a delegation that also included A",
  "the delegation was made up of B and C", "consisted of D" (`membership_predicates.txt`);
- member nouns: "Members of the delegation were A and B", "its members were C and D", "A and B were
  part of the delegation", "E was also a member of the team" (`member_nouns.txt`);
- a participle after the head: "a delegation led by A and including B";
- a head "at the head of a delegation", "arrived with a delegation" (`travel_verbs.txt`), and
  "A's delegation" where nothing else names its head.
They run after the group nouns are found (`DelegationIndex.refs`), so a group named after the
people ("A and B were part of the delegation") is known too.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.delegation_rosters import block_members
from newsgraph.extract.lexicon import lex
from newsgraph.extract.participants import LONG_LIST, is_person_noun, listed_people, sentence_end
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.syntax import tokens_with

_RELATIVES = frozenset({"that", "which", "who"})
_GROUP_POSSESSIVES = frozenset({"its", "their"})
_PLACE_OR_TIME = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})  # NER labels of what includes no one
_GROUP_PRONOUNS = frozenset({"it", "they"})


def _group_in(tok: Token, refs: dict[int, str]) -> str | None:
    """The delegation a phrase names: the group noun in it, or "its/their" for the last one told."""
    for t in tok.subtree:
        if t.i in refs:
            return refs[t.i]
    return None


def last_group_before(i: int, refs: dict[int, str]) -> str | None:
    before = [k for k in refs if k < i]
    return refs[max(before)] if before else None


def group_just_told(tok: Token, refs: dict[int, str]) -> bool:
    """Whether a group noun stands in this sentence or the one before ("A delegation arrived. It was
    made up of ..."), so that "it" or "they" can take it up."""
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(start <= i < tok.i for i in refs)


def _list_after(doc: Doc, i: int, people: PeopleIndex, *, new_clause: bool = True) -> list[str]:
    """The people listed from token `i` on, skipping the particle and preposition of the predicate
    ("made up of", "consisted of") and "also"."""
    while i < len(doc) and doc[i].lower_ in {"up", "of", "also", "as", "well"}:
        i += 1
    return listed_people(doc, i, people, end=sentence_end(doc[min(i, len(doc) - 1)]), also=LONG_LIST, limit=200,
                         new_clause=new_clause)


def _inside_the_subject(verb: Token) -> bool:
    """ "A delegation that included A and B called on C": a relative clause on a group noun before the main
    verb lists members up to that verb; the name right before it is the list's last, not a new clause's
    subject (the main verb is the group's)."""
    if verb.dep_ != "relcl" or verb.head.i > verb.i:
        return False
    group = verb.head
    if group.dep_ == "pobj" and group.head.lower_ in {"of", "from"}:
        group = group.head.head  # "a delegation of the Andean Community that included A met B"
    return group.dep_ in {"nsubj", "nsubjpass"} or any(
        t.dep_ in {"nsubj", "nsubjpass"} and t.i > verb.i and t.head.i > t.i for t in verb.subtree)


def predicate_phrase(verb: Token) -> str | None:
    """The membership predicate a verb starts ("consist of", "make up of", "include"), if any."""
    phrases = lex().membership_predicates
    lemma = verb.lemma_.lower()
    if lemma in phrases:
        return lemma
    doc = verb.doc
    after = " ".join(t.lower_ for t in doc[verb.i + 1:verb.i + 3])
    for phrase in phrases:
        head, _, rest = phrase.partition(" ")
        if head == lemma and rest and after.startswith(rest):
            return phrase
    return None


def _by_predicate(verb: Token, people: PeopleIndex, refs: dict[int, str]) -> tuple[str, list[str]] | None:
    """ "The delegation included A", "a delegation that also included B", "the delegation was made up of C",
    "its team consisted of D", "the delegation was led by E and included F"."""
    if verb.pos_ not in {"VERB", "AUX"} or predicate_phrase(verb) is None:
        return None
    group = _group_of_predicate(verb, refs)
    if group is None:
        return None
    colon = verb.i + 1 + sum(1 for t in verb.doc[verb.i + 1:verb.i + 3] if t.lower_ in {"of", "up"})
    members = block_members(verb.doc, colon, people) \
        or _list_after(verb.doc, verb.i + 1, people, new_clause=not _inside_the_subject(verb)) \
        or _list_after_colon(verb, people)
    return (group, members) if members else None


def _list_after_colon(verb: Token, people: PeopleIndex, window: int = 15) -> list[str]:
    """ "the delegation also included officials from the presidential office: A and B": the names after a
    colon that closes the predicate's unnamed object (no verb and no name before the colon)."""
    doc = verb.doc
    end = sentence_end(verb)
    for k in range(verb.i + 1, min(end, verb.i + window)):
        if doc[k].text == ":":
            return listed_people(doc, k + 1, people, end=end, also=LONG_LIST, limit=200)
        if doc[k].pos_ in {"VERB", "AUX"} or people.mention_at(k) is not None:
            return []
    return []


def _group_of_origin(noun: Token, refs: dict[int, str]) -> str | None:
    """ "a delegation of the Andean Community that included A": the group whose of- or from-phrase a noun
    closes, for a relative clause the parser hung on that noun rather than on the group."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"of", "from"} or prep.dep_ != "prep":
        return None
    return refs.get(prep.head.i)


def _group_its_leader_closes(noun: Token, refs: dict[int, str]) -> str | None:
    """ "the Malian delegation led by A, which includes B": a relative clause the parser hung on the leader that
    closes a led-by phrase on the group; what the clause includes is the group's."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "by" or prep.head.lemma_.lower() not in lex().led_by_verbs:
        return None
    return refs.get(prep.head.head.i) if prep.head.dep_ == "acl" else None


def _group_before_adjunct(noun: Token, refs: dict[int, str], steps: int = 3) -> str | None:
    """ "headed a delegation to Tokyo, which also included B", "took a team to Jakarta on Monday, which included C":
    a relative clause the parser hung on the place or day after the group noun. A place or a day includes nobody,
    so the group the phrase goes with does: the group noun the phrase hangs on, or the object of its verb."""
    untagged_town = noun.pos_ == "PROPN" and not noun.ent_type_ and noun.head.lower_ in {"to", "in"}  # "to Male"
    if noun.ent_type_ not in _PLACE_OR_TIME and not untagged_town:
        return None
    for _ in range(steps):  # "led a delegation to the talks in Addis Ababa, which included": up the phrases
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        owner = noun.head.head
        if owner.i in refs:
            return refs[owner.i]
        if owner.pos_ in {"VERB", "AUX"}:
            return next((refs[c.i] for c in owner.children if c.dep_ == "dobj" and c.i in refs), None)
        noun = owner
    return None


def _group_of_predicate(verb: Token, refs: dict[int, str]) -> str | None:
    """The group a membership predicate is said of: its subject's group noun, the noun a relative clause
    hangs on ("a delegation that included", "whose members included"), or the group "its members" and
    "it" take up."""
    group = None
    clause = verb
    if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        clause = verb.head  # "the delegation was led by A and included B and C": the first verb's subject
    for subject in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
            group = refs.get(verb.head.i) or _group_of_origin(verb.head, refs) or _group_before_adjunct(verb.head, refs) \
                or _group_its_leader_closes(verb.head, refs)
        elif verb.dep_ == "relcl" and any(c.lower_ == "whose" for c in subject.children):
            group = refs.get(subject.i) or refs.get(verb.head.i)  # "B, whose delegation included A"; "the
            # delegation, whose members included A"
        else:
            group = _group_in(subject, refs)
            if group is None and (any(c.lower_ in _GROUP_POSSESSIVES for c in subject.subtree)
                                  or (subject.lower_ in _GROUP_PRONOUNS and group_just_told(verb, refs))):
                group = last_group_before(verb.i, refs)  # "its members", "it was made up of"
        if group:
            break
    return group


def _by_pronoun_copula(verb: Token, people: PeopleIndex, refs: dict[int, str]) -> tuple[str, list[str]] | None:
    """ "Germany sent a delegation to Kyiv. They were A and B", "The Chinese delegates were C and D": "they were" (or
    "were" after a plural that takes up a delegation) followed straight by a list of people, right after a group was
    told, names its members (not "they were received by A")."""
    if verb.lemma_ != "be" or verb.dep_ != "ROOT" or verb.tag_ != "VBD":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in {"NNS", "NNPS"} and subject.i in refs:
        group = refs[subject.i]  # "The Chinese delegates were A and B" (a plural that takes up a delegation)
    elif subject is None or subject.lower_ != "they" or not group_just_told(verb, refs):
        return None
    else:
        group = last_group_before(verb.i, refs)
    members = listed_people(verb.doc, verb.i + 1, people, end=sentence_end(verb), also=LONG_LIST, limit=200)
    return (group, members) if group and members else None


def _by_member_noun(noun: Token, people: PeopleIndex, refs: dict[int, str]) -> tuple[str, list[str]] | None:
    """ "Members of the delegation were A and B", "Its members were C", "A and B were part of the
    delegation", "E was also a member of the team"."""
    if noun.lower_ not in lex().member_nouns or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    of_group = next((refs[o.i] for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and o.i in refs), None)
    # "the delegation members", "the delegation's members": the group noun before the member noun
    of_group = of_group or next((refs[c.i] for c in noun.children if c.dep_ in {"compound", "poss"} and c.i in refs), None)
    owned = any(c.dep_ == "poss" and c.lower_ in _GROUP_POSSESSIVES for c in noun.children) \
        or (any(c.lower_ == "other" for c in noun.children) and group_just_told(noun, refs))  # "Other members were"
    group = of_group or (last_group_before(noun.i, refs) if owned else None)  # ("the delegation members were")
    if group is None:
        return None
    verb = noun.head
    if verb.lemma_ == "be" and noun.dep_ in {"nsubj", "nsubjpass"}:  # "Members of the delegation were A and B"
        members = _list_after(noun.doc, verb.i + 1, people)
    else:  # "A and B were part of the delegation", "C, a member of the team", "D, who is part of it"
        members = _member_holders(noun, people)
    if not members and verb.lemma_ != "be":
        return _member_apposition(noun, people, group)
    return (group, list(dict.fromkeys(members))) if members else None


def _by_one_of_the_group(noun: Token, people: PeopleIndex, refs: dict[int, str]) -> tuple[str, list[str]] | None:
    """ "A, one of the Qatari negotiators, said", "B was one of Chile's delegates", "C and D were among the
    Kenyan envoys": a plural group noun, itself a delegation, placed after "one of" or "among" makes the
    people it is said of its members, as "one of the members of the delegation" does."""
    if noun.i not in refs or noun.tag_ != "NNS" or noun.dep_ != "pobj":
        return None
    members = _member_holders(noun, people)
    return (refs[noun.i], list(dict.fromkeys(members))) if members else None


def _copula_subjects(verb: Token, people: PeopleIndex) -> list[str]:
    """The people a copula is said of: the names in its subject, or the name a who-clause hangs on
    ("A, who is part of the team": A)."""
    out = []
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subject.tag_ == "WP" and verb.dep_ == "relcl":  # (all of "A and B, who are part of", one of "A, who is")
            named = [verb.head]
            if verb.tag_ == "VBP" or verb.lower_ == "were":  # the whole list the clause hangs on, not the clause
                clause = {t.i for t in verb.subtree}
                named = [t for c in (verb.head, *verb.head.conjuncts) for t in c.subtree if t.i not in clause]
            out += [p for t in named if (p := people.person_of(t))]
        else:
            out += [p for t in subject.subtree if (p := people.person_of(t))]
    return out


def _member_holders(noun: Token, people: PeopleIndex) -> list[str]:
    """The people a member noun of a group is said of: "A and B were part of the delegation", "C, a member
    of the Iranian delegation, said", "D, who is also part of the team", "E and F were among the members of
    the delegation", "G, one of the members of the team"."""
    node = noun
    if node.dep_ == "pobj" and (node.head.lower_ == "among" or (node.head.lower_ == "of" and node.head.head.lower_ == "one")):
        node = node.head.head  # "were among the members of", "one of the members of"
    if node.dep_ == "appos":
        return [p] if (p := people.person_of(node.head)) else []
    if node.lemma_ == "be":
        return [] if _denied(node) else _copula_subjects(node, people)
    if node.dep_ == "attr" and node.head.lemma_ == "be":
        return [] if _denied(node.head) else _copula_subjects(node.head, people)
    return []


def _denied(verb: Token) -> bool:
    """ "A, who was not part of the delegation", "B is no longer a member of the team": a copula said with a
    negation (or "no longer") denies the membership."""
    return any(c.dep_ == "neg" or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))
               for c in verb.children)


def _by_named_side(tok: Token, people: PeopleIndex, refs: dict[int, str]) -> tuple[str, list[str]] | None:
    """ "Tomasz Wrona of the Polish delegation said", "Ali Reza from the Iranian team", "speaking for the
    Chilean delegation, E said", "F said on behalf of the delegation", "G and H were also in the delegation": a
    name the group's of- or from-phrase hangs on, one who speaks for the group, or one a copula places in or
    on it is one of its members."""
    if tok.i not in refs or tok.dep_ != "pobj":
        return None
    prep = tok.head
    owner = prep.head
    mention = people.mention_at(owner.i)
    if prep.lower_ in {"of", "from"} and owner.pos_ == "PROPN" and mention is not None and mention.kind == "name":
        return refs[tok.i], [mention.person]
    if prep.lower_ in {"in", "on"} and owner.lemma_ == "be":  # "A and B were also in the delegation"
        members = _copula_subjects(owner, people)
        return (refs[tok.i], members) if members else None
    speaker = _speaker_for(prep, people)
    return (refs[tok.i], [speaker]) if speaker else None


def _speaker_for(prep: Token, people: PeopleIndex) -> str | None:
    """Who speaks for a group: the subject of "speaking for <group>" or "(speaking) on behalf of <group>",
    or of the clause such a phrase opens ("Speaking for the delegation, A said")."""
    verb = None
    if prep.lower_ == "for" and prep.head.lemma_.lower() == "speak":
        verb = prep.head
    elif prep.lower_ == "of" and prep.head.lower_ == "behalf" and prep.head.dep_ == "pobj":
        verb = prep.head.head.head  # "on behalf of": the verb "on" hangs on
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    return _subject_person(verb, people)


def _subject_person(verb: Token, people: PeopleIndex) -> str | None:
    """The person who does a verb: its own subject, or for a participle opening or closing a clause
    ("Speaking for X, A said", "A, speaking for X, said") the clause's subject or the name it hangs on."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "advcl":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    elif subject is None and verb.dep_ == "acl":
        subject = verb.head
    return people.person_of(subject) if subject is not None else None


def _member_apposition(noun: Token, people: PeopleIndex, group: str) -> tuple[str, list[str]] | None:
    """ "flanked by three members of her delegation, A, B and C", "with three members of the team, C, D and E": the
    names set off by a comma right after "members of <group>"."""
    doc = noun.doc
    of = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"), None)
    if noun.lower_ != "members" or of is None:
        return None
    end = max(t.i for t in of.subtree) + 1  # (the parser may hang the names on the noun: not its of-phrase's)
    if end >= len(doc) or doc[end].text != ",":
        return None
    members = listed_people(doc, end + 1, people, end=sentence_end(noun), also=LONG_LIST, limit=200)
    return (group, members) if members else None


def _is_member_participle(tok: Token) -> bool:
    """ "including", "comprising", "consisting of", "made up of", "composed of": a participle of a
    membership predicate (`membership_predicates.txt`) that can hang its list on a group noun."""
    return tok.lower_ == "including" or (tok.tag_ in {"VBG", "VBN"} and predicate_phrase(tok) is not None)


def _by_participle(tok: Token, people: PeopleIndex, refs: dict[int, str]) -> tuple[str, list[str]] | None:
    """ "a delegation led by A and including B", "sent a delegation comprising A, B and C", "a delegation
    made up of D": members after a membership participle in the group's own phrase (no finite verb
    between the group noun and the participle)."""
    if not _is_member_participle(tok):
        return None
    doc = tok.doc
    group = _group_before(tok, refs)
    if group is None:
        return None
    start = tok.i + 1
    while start < len(doc) and doc[start].lower_ in {"up", "of"}:
        start += 1  # "made up of", "consisting of"
    members = listed_people(doc, start, people, end=sentence_end(tok), also=LONG_LIST, new_clause=False)
    return (group, members) if members else None


def _by_of_names(tok: Token, people: PeopleIndex, refs: dict[int, str]) -> tuple[str, list[str]] | None:
    """ "led a delegation of A, B and C to Washington", "a Chilean delegation of Senator D and Deputy E": a group
    noun whose of-phrase names people lists its members (not "a delegation of the Andean Community")."""
    if tok.i not in refs:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        start = prep.i + 1
        head = next((o for o in prep.children if o.dep_ == "pobj"), None)
        named = people.mention_at(head.i) if head is not None else None
        if named is None or named.kind != "name":
            continue  # (not "a delegation of top Mbeki government envoys": a name that only modifies)
        members = listed_people(tok.doc, start, people, end=sentence_end(tok), new_clause=False)
        return (refs[tok.i], members) if members else None
    return None


def _group_before(tok: Token, refs: dict[int, str], window: int = 25) -> str | None:
    """The group whose phrase a list opener ("including", "comprising", "among them") closes: the nearest
    group noun before it with no finite verb between, or the group a membership predicate between is said
    of ("the delegation comprised twelve officials, including A")."""
    doc = tok.doc
    for j in range(tok.i - 1, max(tok.sent.start - 1, tok.i - window), -1):
        if j in refs:
            return refs[j]
        if doc[j].tag_ in {"VBD", "VBZ", "VBP", "MD"} and doc[j].pos_ in {"VERB", "AUX"}:
            return _group_of_predicate(doc[j], refs) if predicate_phrase(doc[j]) else None
    return None


def _by_among_them(tok: Token, people: PeopleIndex, refs: dict[int, str]) -> tuple[str, list[str]] | None:
    """ "a delegation of senior officials, among them A and B", "the team comprised twelve officials, among
    whom were C and D": names after a verbless "among them/whom" that closes a group's phrase."""
    doc = tok.doc
    if tok.lower_ != "among" or tok.i == 0 or doc[tok.i - 1].text != "," or tok.i + 2 >= len(doc) \
            or doc[tok.i + 1].lower_ not in {"them", "whom"}:
        return None
    group = _group_before(doc[tok.i - 1], refs)
    start = tok.i + 2 + (doc[tok.i + 2].lemma_ == "be")  # "among whom were A and B"
    members = listed_people(doc, start, people, end=sentence_end(tok), also=LONG_LIST, new_clause=False) if group else []
    return (group, members) if members else None


def _by_with_among_its_members(tok: Token, people: PeopleIndex, refs: dict[int, str],
                               longest: int = 16) -> tuple[str, list[str]] | None:
    """ "the delegation is headed by A, with B and C among its members": the names between a "with" and "among
    its members" (`member_nouns.txt`) belong to the group told last before them."""
    doc = tok.doc
    if tok.lower_ != "among" or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in {"its", "their"} \
            or doc[tok.i + 2].lemma_.lower() not in lex().member_nouns:
        return None
    start = next((k for k in range(tok.i - 1, max(-1, tok.i - longest), -1) if doc[k].lower_ == "with"), None)
    group = last_group_before(start, refs) if start is not None else None
    members = listed_people(doc, start + 1, people, end=tok.i, new_clause=False) if group else []
    return (group, members) if members else None


def _by_named_group(tok: Token, people: PeopleIndex, refs: dict[int, str]) -> tuple[str, list[str]] | None:
    """ "Ecuadorian negotiators Daniela Cordero and Felipe Arias met ...", "the Brazilian negotiators, Ana Souza
    and Pedro Lima, said": the names set in apposition to a group noun (or that a plural group noun stands
    before as their title) are its members."""
    if tok.i not in refs or tok.pos_ != "NOUN":
        return None
    counted = {c.lower_ for c in tok.children if c.dep_ in {"nummod", "det", "predet"}}
    if "both" in counted or {"the", "two"} <= counted:
        return None  # "the two chief negotiators, A and B": one of each side, no one group's members
    named = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "compound" and tok.tag_ == "NNS" and tok.head.pos_ == "PROPN":
        named.append(tok.head)
    members = [p for c in named for t in (c, *c.conjuncts) if (p := _name_at(t, people))]
    return (refs[tok.i], list(dict.fromkeys(members))) if members else None


def _name_at(tok: Token, people: PeopleIndex) -> str | None:
    """The person a name token stands for (not a title or a pronoun that refers to one)."""
    mention = people.mention_at(tok.i)
    return mention.person if mention is not None and mention.kind == "name" else None


def _by_fronted_place(verb: Token, people: PeopleIndex, refs: dict[int, str]) -> tuple[str, list[str]] | None:
    """ "Also in the delegation were A and B", "Among the members of the delegation were C and D", "On the
    team is E": a copula whose subject comes after it, a phrase before it placing them in a group."""
    if verb.lemma_ != "be" or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    doc = verb.doc
    fronted = [t for t in doc[verb.sent.start:verb.i] if t.lower_ in {"in", "among", "on", "with"} and t.pos_ == "ADP"]
    if not fronted or any(t.pos_ in {"VERB", "AUX"} for t in doc[fronted[0].i:verb.i]):
        return None
    group = next((refs[t.i] for t in doc[fronted[0].i:verb.i] if t.i in refs), None)
    if group is None and [t.lower_ for t in doc[fronted[0].i:verb.i]] in (["among", "them"], ["among", "those"],
                                                                         ["among", "its", "members"], ["among", "their", "members"]) \
            and fronted[0].i == verb.sent.start and group_just_told(verb, refs):
        group = last_group_before(verb.i, refs)  # "... with a delegation of twenty. Among them are A and B"
    if group is None or (verb.i + 1 < len(doc) and doc[verb.i + 1].tag_ in {"VBN", "VBG"}):
        return None  # not "In the delegation's talks were held ..."
    members = _list_after(doc, verb.i + 1, people)
    return (group, members) if members else None


def _completing_phrase(verb: Token) -> bool:
    """Whether a verb (with its particle) fills up a group (`completing_verbs.txt`): "complete", "round out"."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return (f"{lemma} {particle}" if particle else lemma) in lex().completing_verbs


def _by_completing_verb(verb: Token, people: PeopleIndex, refs: dict[int, str]) -> tuple[str, list[str]] | None:
    """ "A and B complete the Israeli side", "C rounds out the delegation", "D and E make up the rest of the
    team": the subjects of a verb that fills up a group are its members."""
    if verb.pos_ != "VERB" or not _completing_phrase(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    group = refs.get(obj.i) or next((refs[o.i] for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                                     for o in p.children if o.i in refs), None)  # "the rest of the team"
    if group is None:
        return None
    members = [p for s in verb.children if s.dep_ == "nsubj" for t in s.subtree if (p := people.person_of(t))]
    return (group, list(dict.fromkeys(members))) if members else None


def _by_with_role(tok: Token, people: PeopleIndex, refs: dict[int, str]) -> tuple[str, list[str]] | None:
    """ "The team was led by A, with B at her side", "headed by C, with D and E as members", "with F as his
    deputy": people set beside the head in a with-phrase that says their place in the group
    (`with_roles.txt`), in a sentence that tells the group; also "with G also taking part", "with H in
    attendance" when nothing but the group's own leading or being stands between it and the with-phrase
    (not "the team met I, with J present")."""
    if tok.lower_ != "with" or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return None
    doc = tok.doc
    at = next((j for j in range(tok.i - 1, tok.sent.start - 1, -1) if j in refs), None)
    if at is None or any(t.pos_ == "VERB" and t.lemma_.lower() not in {"lead", "head", "be"} for t in doc[at:tok.i]):
        return None
    group = refs[at]
    members = listed_people(doc, tok.i + 1, people, end=sentence_end(tok), new_clause=False)
    if not members:
        return None
    last = max(m.end for j in range(tok.i + 1, sentence_end(tok)) if (m := people.mention_at(j)) is not None
               and m.kind == "name" and m.person == members[-1])
    tail = " ".join(t.lower_ for t in doc[last:min(last + 3, len(doc))])
    owned_post = doc[tok.i + 1].lower_ in {"his", "her", "their"} and any(is_person_noun(t) for t in doc[tok.i + 2:tok.i + 5])
    titled = doc[tok.i + 1].text[:1].isupper() and any(t.lower_ in lex().title_heads for t in doc[tok.i + 1:tok.i + 4])
    if not owned_post and not titled and not any(tail.startswith(role) for role in lex().with_roles):
        return None  # ("headed by C, with his chief of staff, D", "with Joint Secretary E and F": the group's people)
    return group, members


def _possessed_head(noun: Token, people: PeopleIndex, refs: dict[int, str]) -> tuple[str, str] | None:
    """ "A Bolivian delegation arrived. Its head, Vice-President A, said ...", "Their leader, B, ...": a head
    noun (`group_head_nouns.txt`) owned by "its/their" right after a group was told, and the name set
    beside it."""
    if noun.lemma_.lower() not in lex().group_head_nouns or noun.pos_ != "NOUN" \
            or not any(c.dep_ == "poss" and c.lower_ in _GROUP_POSSESSIVES and c.i == noun.sent.start for c in noun.children) \
            or any(c.dep_ == "prep" for c in noun.children) \
            or not group_just_told(noun, refs):
        return None
    doc = noun.doc
    holder = next((people.person_of(c) for c in noun.children if c.dep_ == "appos" and people.person_of(c)), None)
    if holder is None and noun.i + 2 < len(doc) and doc[noun.i + 1].text == ",":
        k = noun.i + 2
        while k < min(noun.i + 8, len(doc)) and people.mention_at(k) is None and doc[k].text != ",":
            k += 1  # past the name's own title: "Its head, Vice-President A"
        mention = people.mention_at(k)
        holder = mention.person if mention is not None and mention.kind == "name" else None
    group = last_group_before(noun.i, refs)
    return (group, holder) if group and holder else None


def _who_led_it(verb: Token, people: PeopleIndex, refs: dict[int, str]) -> tuple[str, str] | None:
    """ "Mexico's delegation: A, who headed it, and B", "the team, whose leader was ..., and C, who leads it":
    a who-clause on a person whose lead verb takes "it" for the group just told: (the group, that person)."""
    if verb.lemma_.lower() not in {"head", "lead"} or verb.dep_ != "relcl" or verb.pos_ != "VERB":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children) \
            or not any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
        return None
    person = people.person_of(verb.head)
    group = last_group_before(verb.i, refs) if group_just_told(verb, refs) else None
    return (group, person) if person and group else None


def _at_head(tok: Token, people: PeopleIndex, refs: dict[int, str]) -> tuple[str, str] | None:
    """ "A arrived at the head of a delegation": (the delegation, A)."""
    if tok.i not in refs or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    head = tok.head.head
    if head.lower_ != "head" or head.dep_ != "pobj" or head.head.lower_ != "at":
        return None
    verb = head.head.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    person = people.person_of(subject) if subject is not None else None
    return (refs[tok.i], person) if person else None


def _brought(tok: Token, people: PeopleIndex, refs: dict[int, str]) -> tuple[str, str] | None:
    """ "A arrived in Hanoi with a large delegation", "B arrived, accompanied by a delegation": (the
    delegation, the traveller who brought it)."""
    if tok.i not in refs or tok.dep_ != "pobj" or tok.head.lower_ not in {"with", "by"}:
        return None
    verb = tok.head.head
    if tok.head.lower_ == "by":
        if verb.lemma_.lower() not in {"accompany", "escort"} or verb.tag_ != "VBN":
            return None
        anchor = next((people.person_of(c) for c in verb.children if c.dep_ == "nsubjpass" and people.person_of(c)), None)
        anchor = anchor or (people.person_of(verb.head) if verb.head.i != verb.i else None) or next(
            (people.person_of(c) for c in verb.head.children if c.dep_ == "nsubj" and people.person_of(c)), None)
        return (refs[tok.i], anchor) if anchor else None  # "The President is accompanied by a delegation"
    if verb.lemma_.lower() not in lex().travel_verbs:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.i > verb.i:
        return None  # "Travelling with the delegation were A and B": its members, put after the verb, not who brought it
    person = people.person_of(subject) if subject is not None else None
    return (refs[tok.i], person) if person else None


def owners(doc: Doc, people: PeopleIndex, refs: dict[int, str]) -> list[tuple[str, str]]:
    """(delegation, person) for "A's delegation", "her delegation": the owner heads it when nothing
    else names a head (applied last: "Putin's delegation, led by X" keeps X)."""
    out = []
    for i, key in refs.items():
        for child in doc[i].children:
            person = (people.person_of(child) or relative_owner(child, people)) if child.dep_ == "poss" else None
            if person:
                out.append((key, person))
    return out


def relative_owner(word: Token, people: PeopleIndex) -> str | None:
    """ "B, whose delegation included C": the person a possessive "whose" stands for, the one its relative
    clause is about."""
    clause = next((a for a in word.ancestors if a.dep_ == "relcl"), None)
    return people.person_of(clause.head) if word.tag_ == "WP$" and clause is not None else None


def listed_members(doc: Doc, people: PeopleIndex, refs: dict[int, str]) -> tuple[list[tuple[str, list[str]]], list[tuple[str, str]]]:
    """(delegation key, members) lists and (delegation key, head) pairs these wordings give."""
    members: list[tuple[str, list[str]]] = []
    heads: list[tuple[str, str]] = []
    if not refs:
        return members, heads
    for tok in doc:
        found = (_by_predicate(tok, people, refs) or _by_member_noun(tok, people, refs) or _by_named_side(tok, people, refs)
                 or _by_named_group(tok, people, refs) or _by_among_them(tok, people, refs)
                 or _by_participle(tok, people, refs) or _by_pronoun_copula(tok, people, refs)
                 or _by_fronted_place(tok, people, refs) or _by_with_role(tok, people, refs)
                 or _by_completing_verb(tok, people, refs) or _by_one_of_the_group(tok, people, refs)
                 or _by_of_names(tok, people, refs) or _by_with_among_its_members(tok, people, refs))
        if found:
            members.append(found)
        head = _at_head(tok, people, refs) or _brought(tok, people, refs) or _possessed_head(tok, people, refs) \
            or _who_led_it(tok, people, refs)
        if head:
            heads.append(head)
    return members, heads


def joiners_of_groups(doc: Doc, people: PeopleIndex, refs: dict[int, str]) -> list[tuple[str, list[str]]]:
    """ "A joined the Danish delegation in Geneva", "B will join the delegation led by C", "D, who joined
    the team on Monday, met E": the named subjects of "join" (`join_verbs.txt`, not the escort verbs) whose
    object is a delegation are its members; joining a person is company, not membership."""
    out = []
    for verb in tokens_with(doc, {"join"}, lemma=True):
        if verb.pos_ != "VERB":
            continue
        groups = [refs[o.i] for o in verb.children if o.dep_ == "dobj" and o.i in refs]
        if not groups:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ in {"xcomp", "advcl"}:
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "A flew in from Gaza to join the delegation"
        if verb.dep_ == "relcl" and any(s.tag_ == "WP" for s in subjects):
            subjects = [verb.head]  # "D, who joined the team"
        members = [p for s in subjects for t in ([s] if s.dep_ == "appos" or s.i == verb.head.i else list(s.subtree))
                   if (p := people.person_of(t))]
        if members:
            out.append((groups[0], list(dict.fromkeys(members))))
    return out
