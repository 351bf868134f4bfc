"""Delegations: groups a country or organisation sends to negotiate, with head and members.

Patterns:
- a group noun ("delegation", "negotiators", "negotiating team", "negotiation group") whose country
  comes from a possessive ("Russia's negotiating team"), a demonym ("the team of Russian
  negotiators") or the subject of "send" ("Ukraine would send a delegation");
- a definite group noun with no country ("the negotiation group") refers to the last delegation;
- heads: "headed by X", "led by X", "X will lead the delegation", "tapping X to lead the talks";
- members: "Joining X in Istanbul are A, B and C", "the delegation includes A and B".
A head found without a country ("tapping X to lead the talks") joins the one delegation of a known
country that has no head yet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.facts import Delegation, Evidence, Office
from newsgraph.extract.delegation_bodies import accompanying_team_body, body_of_head, dotted_long_form, named_group, \
    named_group_body, full_organisation_name, is_dotted_acronym, long_form, place_of_group, spelled_out_before, written_full_name
from newsgraph.extract.delegation_ellipsis import elided_side_heads
from newsgraph.extract.delegation_members import group_just_told, joiners_of_groups, last_group_before, listed_members, owners, \
    predicate_phrase, relative_owner
from newsgraph.extract.delegation_rosters import roster_members
from newsgraph.extract.delegation_travellers import travellers_of_named_delegations
from newsgraph.extract.entourages import entourages
from newsgraph.extract.delegation_sides import delegation_level_leaders, nationality, own_delegation_leaders
from newsgraph.extract.lexicon import lex
from newsgraph.extract.meeting_clauses import prep_objects
from newsgraph.extract.name_words import ORG_WORDS
from newsgraph.extract.text import strip_leading_the
from newsgraph.extract.participants import LONG_LIST, listed_people, people_before, prep_after, sentence_end, skip_titles
from newsgraph.extract.people import Mention, PeopleIndex
from newsgraph.extract.syntax import doc_text, entity_of

_ALWAYS_DELEGATION = {"delegation", "negotiators", "delegates", "envoys"}
_LEAD_VERBS = {"head", "lead"}
_TALK_WORDS = {"talks", "negotiations", "delegation", "negotiation", "team", "group"}


@dataclass
class DelegationIndex:
    delegations: dict[str, Delegation] = field(default_factory=dict)
    refs: dict[int, str] = field(default_factory=dict)  # token index of a group noun -> delegation key
    groups: dict[int, list[str]] = field(default_factory=dict)  # "the two delegations" -> one key per side
    senders: dict[str, set[str]] = field(default_factory=dict)  # key -> words of the body that sent it for its country
    last: str | None = None
    anaphors: set[int] = field(default_factory=set)  # "the visitors", "the senators": members, never a quote's speaker
    sides: dict[str, str] = field(default_factory=dict)  # key -> the side in its country it was told for ("opposition")

    @property
    def speaker_refs(self) -> dict[int, str]:
        """The group nouns that may speak: "the delegation said", not "that the senators had sent '...'"."""
        return {i: key for i, key in self.refs.items() if i not in self.anaphors}

    def for_country(self, country: str | None, evidence: Evidence) -> Delegation:
        key = country or f"unassigned-{len(self.delegations) + 1}"
        if key not in self.delegations:
            self.delegations[key] = Delegation(key=key, represents=country)
        delegation = self.delegations[key]
        if evidence not in delegation.evidence:
            delegation.evidence.append(evidence)
        return delegation

    def rename(self, key: str, country: str) -> str:
        """A delegation of no country found to be `country`'s: re-keyed under it, every reference kept."""
        delegation = self.delegations.pop(key)
        delegation.key, delegation.represents = country, country
        self.delegations[country] = delegation
        self.refs = {i: country if k == key else k for i, k in self.refs.items()}
        self.groups = {i: [country if k == key else k for k in ks] for i, ks in self.groups.items()}
        self.senders = {country if k == key else k: v for k, v in self.senders.items()}
        self.sides = {country if k == key else k: v for k, v in self.sides.items()}
        self.last = country if self.last == key else self.last
        return country

    def of_person(self, person: str) -> Delegation | None:
        return next((d for d in self.delegations.values() if d.head == person or person in d.members), None)


def _cue_words() -> frozenset[str]:
    """Every word (lemma or form) one of the rules below starts from: chairing, leading and joining
    verbs, group nouns, "side", "along with"."""
    words = lex()
    return frozenset(words.chair_verbs | words.delegation_nouns | words.delegation_takeup_nouns | words.entourage_nouns
                     | words.join_verbs | words.side_nouns
                     | _ALWAYS_DELEGATION | _LEAD_VERBS | {"along", "with"} | _LEADING_ROLES)


def _may_tell_delegation(tok: Token, cues: frozenset[str], sentence_starts: set[int], index: DelegationIndex) -> bool:
    """A first cheap look that lets most tokens of an article pass by: only a cue word, a sentence's
    first word ("Joining X are ...", "With her came ...") or a group already placed can start a rule."""
    lemma = tok.lemma_.lower()
    return (lemma in cues or tok.lower_ in cues or lemma.replace("-", "") in cues or tok.lower_.startswith("join")
            or tok.i in sentence_starts or tok.i in index.refs)


def _evidence(token: Token) -> Evidence:
    sent = token.sent
    return Evidence.of(sent)


def _is_country_side(tok: Token) -> bool:
    """ "the Chinese side", "on the Saudi side": a country's party at talks."""
    return tok.lemma_.lower() in lex().side_nouns and any(
        c.dep_ in {"amod", "compound", "poss", "nmod"} and lex().country_for(c.text) and c.text[:1].isupper() for c in tok.children)


def _takes_up_last(tok: Token, index: DelegationIndex) -> bool:
    """ "the group", "the team", "the panel" right after a delegation was told (this sentence or the one
    before) is that delegation, though neither word says "delegation" by itself
    (`delegation_takeup_nouns.txt` adds words that only ever take one up)."""
    lemma = tok.lemma_.lower()
    if index.last is None or tok.pos_ != "NOUN" or lemma not in lex().delegation_nouns | lex().delegation_takeup_nouns \
            or lemma in _ALWAYS_DELEGATION or _is_group_noun(tok):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or (tok.tag_ != "NN" and tok.lower_ != lemma):
        return False  # (a singular the tagger took for a plural: "the troika")
    # further back, a bare "the group" is the article's one delegation ("The delegation, led by A, ... Monday,
    # the group was received by B"), not "the militant group"
    return _told_lately(tok, index) or (len(index.delegations) == 1 and all(
        c.dep_ in {"det", "punct", "acl", "relcl"} for c in tok.children)
        and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() not in lex().membership_predicates)
    # (as a party, not "the group included C in a photo" paragraphs later)


def _told_lately(tok: Token, index: DelegationIndex) -> bool:
    """The last delegation was told in this sentence or the one before, before `tok`."""
    doc = tok.doc
    sent = tok.sent
    floor = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(floor <= i < tok.i and key == index.last for i, key in index.refs.items())


def _retold_bare(group: Token, index: DelegationIndex) -> bool:
    """ "An African Union delegation arrived ... The delegation, led by Kenyan President A, met B": "the" and
    the group noun alone, right after a delegation was told, is that delegation, whatever its leader's
    nationality (a body's mission is often led by a member state's president)."""
    return (index.last is not None and group.tag_ == "NN"
            and [c.lower_ for c in group.children if c.dep_ == "det"] == ["the"]
            and not any(c.dep_ in {"amod", "compound", "poss", "nmod", "nummod"} for c in group.children)
            and _told_lately(group, index))


def _named_group_taken_up(tok: Token, index: DelegationIndex) -> str | None:
    """ "the Group", "the Mission" (capitalised, alone) after a delegation under a proper name ending in that
    word ("the Eminent Persons Group, led by A"): that delegation, however far back it was told."""
    if tok.pos_ != "PROPN" or tok.lemma_.lower() not in lex().delegation_nouns or named_group(tok) is not None \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ in {"compound", "amod"} for c in tok.children):
        return None
    doc = tok.doc
    told = [key for i, key in sorted(index.refs.items())
            if i < tok.i and doc[i].lower_ == tok.lower_ and named_group(doc[i]) is not None]
    return told[-1] if told else None


def _country_group_told_before(tok: Token, index: DelegationIndex) -> str | None:
    """ "the Korean team", "the Peruvian mission": a definite group noun (`delegation_nouns.txt`) whose modifier
    names the country that one delegation told before represents is that delegation, however far back it was
    told (`_takes_up_last` needs no country, so it looks only a sentence back)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in lex().delegation_nouns \
            or tok.lemma_.lower() in _ALWAYS_DELEGATION or tok.i in index.refs \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None  # ("the Estonian delegation" is told by the rules for delegations themselves)
    countries = {lex().country_for(c.text) for c in tok.children
                 if c.dep_ in {"amod", "compound", "nmod"} and c.text[:1].isupper()} - {None}
    if len(countries) != 1:
        return None
    country = countries.pop()
    found = [d.key for d in index.delegations.values() if d.represents == country]
    return found[0] if len(found) == 1 else None


def _party_side(tok: Token) -> str | None:
    """The side inside one country a group noun is told for by a word on it: a party other than the state
    (`party_sides.txt`: "the opposition delegation", "the rebel negotiators", "the opposition's team") or the
    state itself (`state_bodies.txt`: "the government delegation", "Colombia's government negotiators")."""
    for c in tok.children:
        if c.dep_ in {"amod", "compound", "poss", "nmod"}:
            word = c.lemma_.lower()
            if word in lex().party_sides:
                return word
            if word in lex().state_bodies:
                return "government"
    return None


def _other_side(index: DelegationIndex, delegation: Delegation, side: str | None) -> bool:
    """Whether a group told for `side` cannot be `delegation` ("The government delegation was led by A, while
    the opposition team was headed by B"): that one was told for another side, or represents a country (its
    state's side), or an organisation and this group is the government's (an organisation may be the rebels
    or the opposition: "the Hamas delegation ... the militant delegation")."""
    if side is None:
        return False
    told = index.sides.get(delegation.key)
    if told is None and delegation.represents:
        told = side if delegation.represents_organization and side != "government" else \
            "organisation" if delegation.represents_organization else "government"
    return told is not None and told != side


def _side_delegation(index: DelegationIndex, side: str, evidence: Evidence) -> Delegation:
    """The delegation told before for this side, else a new one of no country (an opposition's delegation
    does not stand for the country its government speaks for)."""
    key = next((k for k, s in index.sides.items() if s == side), None)
    return index.delegations[key] if key is not None else index.for_country(None, evidence)


_LEADING_ROLES = frozenset({"negotiator", "delegate"})


def _lead_negotiator(tok: Token, people: PeopleIndex) -> tuple[str, str, bool] | None:
    """ "Russia's chief negotiator, A", "Chief Ukrainian negotiator B", "C, the EU's top negotiator", "North Korean
    chief delegate D": a negotiator or delegate
    with a heading word (`lead_negotiator_words.txt`) heads the delegation of the country or organisation the
    phrase names: (the person, the side, whether it is an organisation). None when no side is named."""
    if tok.lemma_.lower() not in _LEADING_ROLES or tok.tag_ != "NN" or not any(
            c.dep_ in {"amod", "compound"} and c.lower_ in lex().lead_negotiator_words for c in tok.children):
        return None
    if any(c.lower_ in lex().former_words for c in tok.children):
        return None  # "Russia's former chief negotiator A" heads no delegation now
    holder = _holder_of_head_noun(tok, people)
    if not holder:
        return None
    owners = [tok, tok.head] if tok.dep_ == "compound" else [tok]  # "Yemen's chief negotiator A": "Yemen's" on A
    owners += [c for c in tok.children if c.dep_ in {"compound", "amod"} and c.lower_ in lex().lead_negotiator_words]
    # ("North Korean chief delegate A": the country word hung on "chief")
    country = next((c for t in owners if (c := _country_modifier(t))), None)
    if country:
        return holder[0], country, False
    ent = next((e for t in owners for c in t.children if c.dep_ == "poss" and (e := entity_of(c)) is not None
                and e.label_ == "ORG"), None)
    return (holder[0], strip_leading_the(re.sub(r"['\u2019]s?$", "", ent.text)).strip(), True) if ent is not None else None


def _take_up_the_one(doc: Doc, index: DelegationIndex) -> None:
    """ "the visitors", "the lawmakers", "the senators" (`delegation_anaphors.txt`) after the one delegation of
    the text was told: its members, when nothing on the noun says whose ("the Kenyan lawmakers", "the guests
    of A"). Run last, when the delegation's members are known."""
    told = [(key, d) for key, d in index.delegations.items() if d.members]
    if len(told) != 1:
        return  # (a delegation nobody was named in, "any foreign delegation", does not count)
    key, delegation = told[0]
    first = min((i for i, k in index.refs.items() if k == key), default=None)
    for tok in doc[first + 1:] if first is not None else []:
        if tok.tag_ == "NNS" and tok.lemma_.lower() in lex().delegation_anaphors \
                and _the_or_its_country(tok, delegation.represents) and tok.i not in index.refs:
            index.refs[tok.i] = key
            index.anaphors.add(tok.i)


def _the_or_its_country(noun: Token, country: str | None) -> bool:
    """ "the guests", or "the Korean guests" for a Korean delegation: nothing else said of whose they are."""
    kids = list(noun.children)
    if [c.lower_ for c in kids] == ["the"]:
        return True
    rest = [c for c in kids if c.lower_ != "the"]
    return (country is not None and len(kids) == 2 and len(rest) == 1 and rest[0].dep_ in {"amod", "compound"}
            and lex().country_for(rest[0].text) == country)


def _country_people_take_up(doc: Doc, index: DelegationIndex, sentences: int = 3) -> None:
    """ "The Japanese officials included A and B", "The Chinese delegates were C and D", "The Americans also met E":
    the people of a country with "the" (a plural of `side_people_nouns.txt` with the country's word, or the plural
    demonym alone) take up that country's delegation told before; a delegation of no country told within a few
    sentences before ("a delegation of high-ranking envoys ... The American delegates") is theirs,
    and takes the country."""
    if not index.refs:
        return
    starts = [s.start for s in doc.sents]
    for tok in doc:
        if tok.i in index.refs or tok.tag_ not in {"NNS", "NNPS"} or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        if tok.lemma_.lower() in lex().side_people_nouns:
            country = _country_modifier(tok)
        elif tok.ent_type_ == "NORP" and not any(c.dep_ in {"amod", "compound"} for c in tok.children):
            country = lex().country_for(tok.text)  # "the Americans"
        else:
            continue
        if country is None:
            continue
        key = next((k for k, d in index.delegations.items() if d.represents == country), None)
        if key is None:
            told = max((i for i in index.refs if i < tok.i), default=None)
            if told is None or sum(1 for s in starts if told < s <= tok.i) >= sentences:
                continue  # none told, or too far back
            last = index.delegations[index.refs[told]]
            if last.represents is not None or last.represents_organization:
                continue
            key = index.rename(last.key, country)
        index.refs[tok.i] = key


def _take_up_the_kind(doc: Doc, people: PeopleIndex, index: DelegationIndex) -> None:
    """ "a delegation of Ukrainian lawmakers ... The lawmakers, led by A, also met B": "the" + the plural noun of
    a delegation's of-phrase, later in the text and owned by nothing else, is that delegation; a lead by-phrase
    on it names the head."""
    kinds = {}
    for i, key in sorted(index.refs.items()):
        for o in (o for p in doc[i].children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
            if o.dep_ == "pobj" and o.tag_ == "NNS":
                kinds.setdefault(o.lemma_.lower(), (o.i, key))
    if not kinds:
        return
    for tok in doc[min(i for i, _ in kinds.values()) + 1:]:
        told = kinds.get(tok.lemma_.lower()) if tok.tag_ == "NNS" else None
        if told is None or tok.i <= told[0] or tok.i in index.refs \
                or any(c.dep_ not in {"det", "punct", "acl", "relcl"} or (c.dep_ == "det" and c.lower_ != "the")
                       for c in tok.children) or not any(c.lower_ == "the" for c in tok.children):
            continue
        index.refs[tok.i] = told[1]
        index.anaphors.add(tok.i)
        _add_heads(index.delegations[told[1]], _heads_named(tok, people))  # "The lawmakers, led by A"


def _take_up_it(doc: Doc, index: DelegationIndex) -> None:
    """ "The delegation travels on to Lima, where it is due to meet A": "it" as a subject in the sentence whose
    subject (before it) is a delegation's noun, with no other singular noun subject between them."""
    for i, key in sorted(index.refs.items()):
        group = doc[i]
        if group.dep_ not in {"nsubj", "nsubjpass"} or i in index.anaphors:
            continue
        for tok in doc[i + 1:group.sent.end]:
            if tok.dep_ in {"nsubj", "nsubjpass"} and tok.lower_ == "it" and tok.i not in index.refs:
                index.refs[tok.i] = key
                index.anaphors.add(tok.i)
                break
            if tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ in {"NOUN", "PROPN"} and tok.i not in index.refs:
                break  # another subject came between: "it" may be that one
        else:
            opening = _opening_it_after(group)
            if opening is not None and opening.i not in index.refs:
                index.refs[opening.i] = key  # "The delegation ... includes B. It met C on Tuesday."
                index.anaphors.add(opening.i)


def _opening_it_after(group: Token) -> Token | None:
    """ "The delegation, headed by A, includes B. It met C on Tuesday": "It" opening the next sentence as its
    subject, when the group was the subject of the main clause before."""
    doc = group.doc
    if group.head.dep_ != "ROOT":
        return None
    k = group.sent.end
    while k < len(doc) and doc[k].is_space:
        k += 1
    tok = doc[k] if k < len(doc) else None
    return tok if tok is not None and tok.lower_ == "it" and tok.dep_ in {"nsubj", "nsubjpass"} else None


def _take_up_they(doc: Doc, index: DelegationIndex) -> None:
    """ "The British delegation, led by A, included B and C. They were met at the airport by D": "they" as a
    subject of the sentence right after one whose main subject is a delegation's noun, before any other
    subject noun of that sentence, is that delegation."""
    for i, key in sorted(index.refs.items()):
        group = doc[i]
        if group.dep_ not in {"nsubj", "nsubjpass"} or group.head.dep_ != "ROOT" or i in index.anaphors \
                or group.sent.end >= len(doc):
            continue
        for tok in doc[group.sent.end].sent:
            if tok.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if tok.lower_ != "they" or tok.i in index.refs:
                break  # another subject came first: "they" may be those
            index.refs[tok.i] = key
            index.anaphors.add(tok.i)


def _is_group_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if _is_country_side(tok):
        return True
    if lemma in _ALWAYS_DELEGATION or tok.lower_ in _ALWAYS_DELEGATION:
        return True
    if lemma not in lex().delegation_nouns:
        return False
    modifiers = {c.lower_ for c in tok.children} | {c.lemma_.lower() for c in tok.children}
    in_subtree = {t.lower_ for t in tok.subtree}
    return bool((modifiers | in_subtree) & lex().delegation_cues) or _led_team(tok) or _accompanying_team(tok) \
        or _listed_team(tok) or _travelling_team(tok) or _group_of_lawmakers(tok)


def _group_of_lawmakers(tok: Token) -> bool:
    """ "a bipartisan group of U.S. senators", "a group of German lawmakers": a group of legislators
    (`delegation_anaphors.txt`, the plural people nouns that take up a delegation) travelling together is a
    delegation of their legislature."""
    return any(o.tag_ == "NNS" and o.lemma_.lower() in lex().delegation_anaphors - {"visitor", "guest", "mediator"}
               for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")


def _of_civilians(tok: Token) -> bool:
    """ "a delegation of Ugandan farmers", "a delegation of business leaders": a group whose of-phrase names
    people of no post (`civilian_groups.txt`) is no delegation of a country or organisation (its members
    still meet whom it meets)."""
    for o in (o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
        noun = o.lemma_.lower()
        words = {noun} | {f"{c.lower_} {noun}" for c in o.children if c.dep_ in {"compound", "amod"}}
        if words & lex().civilian_groups:
            return True
    return False


def _companions_team(tok: Token, people: PeopleIndex, countries: dict[str, str]) -> tuple[str, str] | None:
    """ "Polish Foreign Minister A and his team met B", "Trade Minister C and her delegation held talks": a group
    noun owned by "his/her" and coordinated with someone who holds a post of a known country is that country's
    delegation, headed by them: (the person, the country). Not a coach's or a firm's team (no post of a country)."""
    entourage = tok.lemma_.lower() in lex().entourage_nouns
    if tok.pos_ != "NOUN" or not (tok.lemma_.lower() in lex().delegation_nouns or entourage) \
            or not any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in tok.children):
        return None
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    if tok.dep_ == "conj":
        named = tok.head
    elif before is not None and before.lower_ == "and" and before.dep_ == "cc":
        named = before.head  # (the parser made the team a second subject)
    else:
        return None
    named = named.head if named.dep_ == "appos" else named  # "A, the Slovak foreign minister, and his team"
    if entourage and not _met_or_travelling(named):
        return None  # "the president and his party won the vote": a political party
    person = people.person_of(named)
    country = countries.get(person) if person else None
    if person and country is None and tok.lemma_.lower() == "delegation":
        return person, None  # "A and his delegation": A's, whatever body A heads (`_bodies_of_heads`)
    return (person, country) if person and country else None


_ARRIVING_VERBS = frozenset({"arrive", "travel", "visit", "land", "fly", "leave", "depart", "reach", "come", "tour"})


def _met_or_travelling(named: Token) -> bool:
    """ "met with the minister and his party", "received A and her entourage", "A and his party arrived": the
    person is one a meeting verb takes as its object (or its with-object), or the subject of a journey."""
    head = named.head
    if named.dep_ == "pobj" and head.lower_ in {"with", "by"}:
        head = head.head
    verb = head.lemma_.lower()
    if named.dep_ in {"nsubj", "nsubjpass"}:
        return verb in _ARRIVING_VERBS or verb in lex().meeting_verbs
    return named.dep_ in {"dobj", "pobj"} and (verb in lex().meeting_verbs or verb in lex().with_meeting_verbs)


_BRINGING_VERBS = frozenset({"bring", "take"})


def _brought_team(tok: Token, people: PeopleIndex, countries: dict[str, str]) -> tuple[str, str | None] | None:
    """ "The Chilean minister brought a team of six to Lima, including her deputy, B", "A took a small team to
    the talks": a team (or delegation, mission) someone with a post of a known country brings is that country's
    delegation, headed by them: (the person, the country). Not "brought a team of engineers" with no country."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex().delegation_nouns or tok.dep_ != "dobj" \
            or tok.head.lemma_.lower() not in _BRINGING_VERBS or _sports_side(tok):
        return None
    person = next((p for s in tok.head.children if s.dep_ == "nsubj" and (p := people.person_of(s))), None)
    country = countries.get(person) if person else None
    return (person, country) if person and country else None


def _owners_team(tok: Token, people: PeopleIndex, countries: dict[str, str]) -> tuple[str, str | None] | None:
    """ "Omar Haddad's team met the Jordanian negotiators", "talks between Witkoff's team and Dmitriev's team": a
    team (or group, mission) owned by a named person that meets or holds talks is that person's delegation with
    them at its head, of their country where known: (the person, the country). Not "the coach's team won"."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in lex().delegation_nouns:
        return None
    owner = next((p for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN" and (p := people.person_of(c))), None)
    if owner is None:
        return None
    talks = {"talk", "talks", "negotiation", "meeting"}
    meets = any(a.lemma_.lower() in lex().meeting_verbs or a.lemma_.lower() in talks for a in tok.ancestors) or (
        tok.dep_ == "nsubj" and any(c.dep_ == "dobj" and c.lemma_.lower() in talks for c in tok.head.children))  # "held talks"
    # "B's team included C" after B's talks: a team whose members are listed is B's party at them
    listed = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lex().membership_predicates \
        and any(people.person_of(t) for c in tok.head.children if c.dep_ == "dobj" for t in c.subtree)
    return (owner, countries.get(owner)) if meets or listed else None


def _accompanying_team(tok: Token) -> bool:
    """ "accompanied by a Nordvik team": a team under a proper name that goes with someone is their delegation
    (its body is told by `delegation_bodies.accompanying_team_body`)."""
    return tok.pos_ == "NOUN" and accompanying_team_body(tok) is not None


def _is_led(tok: Token, window: int = 12) -> bool:
    """ "the team was led by A", "a team headed by B": a lead verb in the passive right after the noun,
    before any other finite verb, or the noun the object of a lead verb ("A headed a Kenyan mission")."""
    if tok.dep_ in {"nsubjpass", "dobj"} and tok.head.lemma_.lower() in _LEAD_VERBS:
        return True  # (also active: "A led a small Peruvian team")
    doc = tok.doc
    for t in doc[tok.i + 1:min(tok.i + window, tok.sent.end)]:
        if t.lemma_.lower() in lex().led_by_verbs and _participle(t) and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "by":
            return True
        if t.pos_ in {"VERB", "AUX"} and t.tag_ in {"VBD", "VBZ", "VBP", "MD"} and t.lemma_ != "be":
            return False
    return False


def _participle(verb: Token) -> bool:
    """A past participle, also one the tagger took for a past tense on a noun ("a team ... headed by A", tagged VBD
    but hung on the noun as a clause)."""
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "acl")


def _country_modifier(tok: Token) -> str | None:
    """The country a noun's possessive or demonym names ("Egypt's team", "a Pakistani team")."""
    return next((c for t in tok.children if t.dep_ in {"poss", "amod", "compound", "nmod"} and (c := _country_named_at(t))), None)


def _earlier_team(tok: Token) -> Token | None:
    """The same group noun told last before this one, in this sentence or the one before; not for a
    noun that says which group it is ("the football team", "the Kenyan team")."""
    if any(c.dep_ in {"amod", "compound", "nmod", "poss", "nummod"} for c in tok.children):
        return None
    doc = tok.doc
    floor = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    return next((t for t in reversed(doc[floor:tok.i]) if t.lemma_ == tok.lemma_ and t.pos_ == "NOUN"), None)


def _earlier_country_team(tok: Token) -> str | None:
    """ "hosted a Pakistani team on a tour. The team was led by A": the country of the same noun told
    with one in this sentence or the one before."""
    earlier = _earlier_team(tok)
    return (_country_modifier(earlier) or _sent_by_country(earlier)) if earlier is not None else None  # "Mexico sent a mission"


def _earlier_team_body(tok: Token) -> str | None:
    """ "An IMF mission met A. The mission was headed by B", "a team from the World Bank ... The team was
    led by C": the organisation of the same noun told just before, for "the" + the noun."""
    if not any(c.lower_ == "the" for c in tok.children):
        return None
    earlier = _earlier_team(tok)
    if earlier is None or not _meets(earlier):
        return None  # (not "An IMF team inspected the books")
    return _organisation_of_group(earlier) or _organisation_before_group(earlier)


def _sports_side(tok: Token) -> bool:
    """ "the Kenyan football team", "Ghana's national team": a team a sport's word (`sports_team_words.txt`)
    stands on, with no negotiating word, is no delegation."""
    words = {c.lower_ for c in tok.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < tok.i}
    return bool(words & lex().sports_team_words) and not words & lex().delegation_cues


def _among_talks(tok: Token) -> bool:
    """Whether the sentence of a group noun, or the one before, speaks of talks, a delegation or a meeting
    ("talks", "negotiations", "delegation", "met", "visit"): a team named there is a side at them."""
    doc = tok.doc
    start = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    words = (_TALK_WORDS - {"team", "group"}) | _ALWAYS_DELEGATION
    return any(t.lower_ in words or t.lemma_.lower() in words or t.lemma_.lower() in lex().meeting_verbs
               or t.lemma_.lower() == "visit" for t in doc[start:tok.sent.end] if t.i != tok.i)


def _travelling_team(tok: Token) -> bool:
    """ "Foreign Minister A arrived in Madrid with a small team: B and C", "flew in with a team that included D":
    a team a named person travels with (`travel_verbs.txt`), whose people the sentence names, is their delegation."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or _sports_side(tok) or tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    verb = tok.head.head
    if verb.lemma_.lower() not in lex().travel_verbs or not any(
            s.dep_ == "nsubj" and (s.ent_type_ == "PERSON" or s.pos_ == "PROPN" or s.lower_ in {"he", "she"})
            for s in verb.children):
        return False
    return any(t.ent_type_ == "PERSON" for t in tok.doc[tok.i + 1:tok.sent.end])


def _listed_team(tok: Token) -> bool:
    """ "Rwanda's team comprised A and B", "a Kenyan team that included C": a team or mission of a country
    whose membership predicate (`membership_predicates.txt`) names people is its delegation, though no word
    says "delegation"."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or _sports_side(tok) or not _country_modifier(tok):
        return False
    if not _among_talks(tok):
        return False  # (not "Kenya's team, which included striker A, won the cup")
    verbs = [c for c in tok.children if c.dep_ in {"relcl", "acl"}] + ([tok.head] if tok.dep_ == "nsubj" else [])
    return any(predicate_phrase(v) is not None and any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in v.subtree
                                                       if t.i > v.i) for v in verbs)


def _led_team(tok: Token) -> bool:
    """ "Egypt's team was led by A", "a Kenyan mission headed by B", "The team was led by C" right after "a
    Pakistani team": a team or mission of a country with a named leader is its delegation, though no word
    says "delegation" or "negotiating". So is a group under a proper name ("the Eminent Persons Group, led by D")."""
    if named_group(tok) is not None and _is_led(tok):
        return True
    if tok.pos_ != "NOUN" or not _is_led(tok) or _sports_side(tok):
        return False
    if _country_modifier(tok) or _organisation_of_group(tok) or _organisation_before_group(tok) or _sent_by_country(tok):
        return True  # "a team from the World Bank, led by A", "the IMF mission, headed by B", "Ghana sent a team led by C"
    if _party_side(tok) is not None:
        return True  # "the government team, led by A", "the rebel team, headed by B": a side's party at talks
    definite = any(c.lower_ == "the" for c in tok.children)
    return definite and (_earlier_country_team(tok) is not None or _earlier_team_body(tok) is not None)


def _in_destination(t: Token, group: Token) -> bool:
    """Whether a word sits in a "to/in/at X" phrase of the group noun: the place it goes, not its sender
    ("the delegation to Kenya" represents the country that sent it)."""
    node = t
    while node.i != group.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in lex().destination_preps:
            return True
        node = node.head
    return False


def _of_a_title(t: Token) -> bool:
    """Whether a country word belongs to an office's title ("Kazakhstan's ambassador", "Ambassador of
    Kazakhstan", "Ghanaian Trade Minister"): the member serves that country."""
    head = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else t.head
    return head.lower_ in lex().title_heads or head.lemma_.lower() in lex().title_heads


def _in_member_clause(t: Token, group: Token) -> bool:
    """Whether a word sits in a clause of the group noun that lists its members, other than in a
    member's title ("a delegation that includes A, of Samoan descent"): what it says is about a member,
    not about the side the group is of."""
    if _of_a_title(t):
        return False
    words = {phrase.split()[0] for phrase in lex().membership_predicates}
    node = t
    while node.i != group.i and node.head.i != node.i:
        if node.dep_ in {"relcl", "acl"} and node.lemma_.lower() in words:
            return True
        node = node.head
    return False


def _in_meeting_clause(t: Token, group: Token) -> bool:
    """Whether a word sits in a clause of the group noun about whom it met or visited ("the delegation that
    met the Saudi crown prince", "a delegation visiting Kenya"): the other side, not the group's own."""
    node = t
    while node.i != group.i and node.head.i != node.i:
        if node.dep_ in {"relcl", "acl"} and node.lemma_.lower() in lex().meeting_verbs | {"visit"}:
            return True
        node = node.head
    return False


def _organisation_before_group(tok: Token) -> str | None:
    """ "a Hamas delegation", "the SPLM-IO delegation": an organisation's name (NER's, or an acronym the
    tagger left alone) right before the group noun, when it names no country."""
    doc = tok.doc
    k = tok.i
    while k > 0 and doc[k - 1].is_lower and doc[k - 1].dep_ == "compound" and doc[k - 1].lower_ in lex().delegation_cues:
        k -= 1  # "an ECOWAS mediation team", "the SPLM negotiating team"
    name_end = k
    if k > 0 and is_dotted_acronym(doc[k - 1].text):  # "the P.U.F. delegation" (not "the U.S." or "U.A.E." one)
        short = doc[k - 1].text
        return None if lex().country_for(short) or lex().country_for(short.replace(".", "")) else short
    while k > 0 and (doc[k - 1].is_upper and doc[k - 1].is_alpha
                     or (doc[k - 1].text == "-" and not doc[k - 1].whitespace_)):
        k -= 1
    if k < name_end and all(t.is_upper or t.text == "-" for t in doc[k:name_end]) and doc[k].is_alpha and len(doc[k]) >= 2:
        text = doc[k:name_end].text
        return None if lex().country_for(text) else text  # "SPLM-IO", "ANC" (not "US", "EU"'s countries)
    before = doc[name_end - 1] if name_end > 0 else None
    ent = entity_of(before) if before is not None else None
    if ent is not None and ent.label_ == "ORG" and ent.end == name_end and not lex().country_for(ent.text) \
            and not lex().country_for(ent.text.replace(".", "")) \
            and not {w.lower() for w in ent.text.split()} <= lex().state_bodies | lex().organisation_class_nouns:
        return strip_leading_the(re.sub(r"^an? ", "", ent.text, flags=re.I))  # not "the Council delegation": a body told before by its full name
    return None


def _by_short_name(sender: str | None, index: "DelegationIndex", doc: Doc) -> Delegation | None:
    """ "a delegation of the Movement for Unity (MU) ... The MU delegation": the delegation of an
    organisation told before under its full name, its short form given in brackets after it."""
    if not sender:
        return None
    return next((d for d in index.delegations.values()
                 if d.represents and d.represents != sender and f"{d.represents} ({sender})" in doc_text(doc)), None) \
        or _by_name_without_its_office(sender, index)


def _by_name_without_its_office(sender: str, index: "DelegationIndex") -> Delegation | None:
    """ "a team from the Andean Secretariat ... The Andean delegation": the one body's delegation told before under
    a longer name, the new one its first words (the body without its office's noun)."""
    found = [d for d in index.delegations.values() if d.represents_organization and d.represents
             and d.represents.startswith(sender + " ")]
    return found[0] if len(found) == 1 else None


def _origin_on_the_verb(group: Token) -> Token | None:
    """ "She met a delegation from Kenya on Monday": the parser often hangs the group's from-phrase on the verb;
    a from-phrase right after the group noun's own phrase still says where the group comes from."""
    if group.dep_ not in {"dobj", "nsubjpass", "pobj", "appos"}:
        return None
    return next((prep for prep in group.head.children if prep.dep_ == "prep" and prep.lower_ == "from"
                 and prep.i == group.right_edge.i + 1), None)


def _origin_preps(tok: Token) -> list[Token]:
    """The from- and of-phrases that say where a group comes from: its own, and one the parser put on the verb."""
    own = [prep for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in {"from", "of"}]
    on_the_verb = _origin_on_the_verb(tok)
    return own + ([on_the_verb] if on_the_verb is not None else [])


def _body_read_as_place(ent: Span) -> bool:
    """ "the African Union", "the Andean Community": a body's name that NER labelled a place or a people; its
    last word is an organisation's (a union, commission, community ...), which no place name ends with."""
    return ent.label_ in {"GPE", "NORP", "LOC"} and len(ent) > 1 and ent[-1].is_title \
        and ent[-1].lower_ in ORG_WORDS | lex().organisation_class_nouns | {"community", "league"}


def _organisation_of_group(tok: Token) -> str | None:
    """ "lawmakers of a delegation from the Danish Folketing": the institution (not a country) that sent it."""
    for prep in _origin_preps(tok):
        for pobj in prep.children:
            ent = next((e for e in tok.doc.ents if e.start <= pobj.i < e.end), None)
            if ent is None or not (ent.label_ == "ORG" or _body_read_as_place(ent)) or lex().country_for(ent.text):
                continue
            return full_organisation_name(ent)  # "the Committee on Trade and Industry" (NER stopped at "Trade")
    return None


def _country_of_sender(tok: Token, sender: str) -> str | None:
    """ "a delegation of the Transitional Government (TGNU) of the Republic of Chad", "of the Federal Government
    of Somalia": the country whose government (`state_bodies.txt`) sent it, named in an of-phrase in or right
    after the body's name."""
    doc = tok.doc
    if not set(sender.lower().split()) & lex().state_bodies:
        return None
    head, of, rest = sender.rpartition(" of ")
    if of and lex().country_for(strip_leading_the(rest)):
        return lex().country_for(strip_leading_the(rest))  # "the Federal Government of Somalia"
    ent = next((e for e in doc.ents if e.start > tok.i and e.text.endswith(sender)), None)
    if ent is None:
        return None
    k = ent.end
    if k < len(doc) and doc[k].text == "(":
        k = next((j + 1 for j in range(k, min(k + 8, len(doc))) if doc[j].text == ")"), k)
    if k >= len(doc) or doc[k].lower_ != "of":
        return None
    stop = k + 1
    while stop < min(k + 8, len(doc)) and not doc[stop].is_punct:
        stop += 1
    for j in range(k + 1, stop):  # the longest capitalised stretch naming a country ("South Sudan", not "Sudan")
        for n in range(stop, j, -1):
            country = lex().country_for(strip_leading_the(doc[j:n].text)) if doc[j].text[:1].isupper() else None
            if country:
                return country
    return None


def _country_named_at(t: Token) -> str | None:
    """The country a word of a group's phrase names, alone ("Russian", "Norway's") or as part of a
    place entity of several words ("a delegation from South Korea", "a Timor-Leste delegation")."""
    if not t.text[:1].isupper():
        return None
    doc = t.doc
    if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_ and not doc[t.i + 1].whitespace_ \
            and lex().country_for(doc[t.i:t.i + 3].text):
        return lex().country_for(doc[t.i:t.i + 3].text)  # "a Timor-Leste delegation" ("Timor" alone to NER)
    ent = entity_of(t)
    # the whole entity first, whatever its label ("North Korean", not the "Korean" of it; "Burkina Faso" and
    # "the Holy See" go as ORG too)
    whole = lex().country_for(strip_leading_the(re.sub(r"['\u2019]s$", "", ent.text))) \
        if ent is not None and len(ent) > 1 else None
    if whole:
        return whole
    if lex().country_for(t.text) and (t.ent_type_ in {"GPE", "NORP"} or t.dep_ in {"poss", "amod", "compound"}):
        return lex().country_for(t.text)
    return _country_of_name_run(t) if ent is None else None


def _country_of_name_run(t: Token) -> str | None:
    """ "the Holy See delegation", "a Burkina Faso team": the country a run of capitalised proper nouns
    names together, when the tagger marked none of them (neither "Holy" nor "See" names it alone)."""
    doc = t.doc
    if t.pos_ != "PROPN" or t.dep_ not in {"compound", "nmod", "poss"}:
        return None
    start, end = t.i, t.i + 1
    while start > t.sent.start and doc[start - 1].pos_ in {"PROPN", "ADJ"} and doc[start - 1].text[:1].isupper() \
            and not doc[start - 1].ent_type_:  # ("Holy" goes as an adjective)
        start -= 1
    while end < t.sent.end and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and not doc[end].ent_type_ \
            and end - start < 4:
        end += 1
    return lex().country_for(doc[start:end].text) if end - start > 1 else None


def _country_of_group(tok: Token, people: PeopleIndex, countries: dict[str, str]) -> str | None:
    owner = next((p for c in tok.children if c.dep_ == "poss" and (p := relative_owner(c, people))), None)
    if owner in countries:
        return countries[owner]  # "China's Foreign Minister B, whose delegation included C"
    if tok.dep_ == "compound" and tok.head.lower_ in lex().member_nouns and _country_modifier(tok.head):
        return _country_modifier(tok.head)  # "Pakistan's delegation members"
    for t in tok.subtree:
        if _in_destination(t, tok) or t.i == tok.i or _in_member_clause(t, tok) or _in_meeting_clause(t, tok):
            continue
        country = _country_named_at(t)
        if country:
            return country
    origin = _origin_on_the_verb(tok)
    country = next((c for t in origin.subtree if (c := _country_named_at(t))), None) if origin is not None else None
    if country:
        return country  # "met a delegation from Kenya on Monday"
    node = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in {"NUM", "PRON", "ADJ"}:
        node = tok.head.head  # "Norway sent one of the largest delegations"
    verb = node.head
    represented = _represented_country(node) or _travellers_country(node, people, countries)
    if represented:
        return represented
    if node.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in {"send", "dispatch", "appoint", "form", "name"}:
        for child in verb.children:
            if child.dep_ in {"nsubj", "agent"}:
                subject = next((c for c in child.children if c.dep_ == "pobj"), child) if child.dep_ == "agent" else child
                if lex().country_for(subject.text):
                    return lex().country_for(subject.text)
                named = next((c for t in subject.children if (c := _country_named_at(t))), None)
                if named:  # "the Malaysian government dispatched negotiators"
                    return named
                person = people.person_of(subject)
                if person and person in countries:
                    return countries[person]
    return None


def _on_a_visit(person_tok: Token) -> bool:
    """ "B, who arrived in Lima on Monday", "B, who is here on a state visit", "B arrived on
    Sunday": a name whose clause says they came (an arrival verb) or are on a visit."""
    verbs = [person_tok.head] if person_tok.dep_ == "nsubj" else []
    verbs += [c for c in person_tok.children if c.dep_ == "relcl"]
    doc = person_tok.doc
    if person_tok.i + 2 < len(doc) and doc[person_tok.i + 1].text == "," and doc[person_tok.i + 2].lower_ == "who":
        verbs.append(doc[person_tok.i + 2].head)  # ", who arrived ..." the parser hung on another noun
    for verb in verbs:
        if verb.lemma_.lower() in {"arrive", "come"}:
            return True
        if verb.lemma_ == "be" and any(p.dep_ == "prep" and p.lower_ == "on" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in lex().visit_nouns for o in p.children) for p in verb.children):
            return True
    return False


def _visitor_of(group: Token, people: PeopleIndex, countries: dict[str, str]) -> tuple[str, str] | None:
    """ "The visiting delegation comprised ...": a group noun that says it is the one on the visit
    (`visiting_modifiers.txt`) is the delegation of the one person of a known country the text says arrived
    or is on a visit; (that person, their country), or None when no one or several such people are told."""
    if not any(c.dep_ in {"amod", "compound"} and c.lower_ in lex().visiting_modifiers for c in group.children):
        return None
    visitors = {}
    for tok in group.doc:
        person = people.person_of(tok) if tok.pos_ == "PROPN" else None
        if person and person in countries and _on_a_visit(tok):
            visitors[person] = countries[person]
    return next(iter(visitors.items())) if len(visitors) == 1 else None


def _travellers_country(group: Token, people: PeopleIndex, countries: dict[str, str]) -> str | None:
    """ "The Danish prime minister arrived with a delegation", "the Kenyan President, accompanied by a
    delegation": the country of the one who travels with the group, named on their own phrase or known
    for them, when the group's phrase names none."""
    if group.dep_ != "pobj" or group.head.lower_ not in {"with", "by"}:
        return None
    verb = group.head.head
    if group.head.lower_ == "with" and verb.lemma_.lower() in lex().travel_verbs:
        traveller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    elif group.head.lower_ == "by" and verb.lemma_.lower() in {"accompany", "escort"} and verb.tag_ == "VBN":
        traveller = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) \
            or (verb.head if verb.dep_ in {"acl", "advcl"} and verb.head.pos_ in {"NOUN", "PROPN"} else None)
    else:
        return None
    if traveller is None:
        return None
    person = people.person_of(traveller)
    return _country_modifier(traveller) or (countries.get(person) if person else None)


def _represented_country(group: Token) -> str | None:
    """ "Turkey was represented by a delegation", "The Iranian side was represented by a delegation of
    seven": the country (or country's side) the delegation stands for, the subject of "represented by"."""
    if group.dep_ != "pobj" or group.head.lower_ != "by" or group.head.head.lemma_.lower() != "represent":
        return None
    subject = next((c for c in group.head.head.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return None
    return lex().country_for(subject.text) if subject.text[:1].isupper() else _country_modifier(subject)


def _represented_sides(doc: Doc, people: PeopleIndex, index: DelegationIndex) -> None:
    """ "Nigeria was represented by A, who led a delegation", "Representing Ghana, a delegation led by B
    attended", "Representing the Kenyan government was a delegation", "C represented Japan, leading a
    delegation": a delegation of no side yet, or one whose member represents a country, stands for it."""
    if not index.delegations:
        return
    for verb in doc:
        if verb.lemma_ != "represent" or verb.pos_ != "VERB":
            continue
        body, agents = representation(verb)
        country = _country_of_body(body) if body is not None else None
        if country is None:
            continue
        for agent in agents:
            person = people.person_of(agent)
            delegation = index.delegations.get(index.refs.get(agent.i, "")) or (index.of_person(person) if person else None)
            if delegation is not None and delegation.represents is None and not delegation.represents_organization:
                delegation.represents = country


def _country_of_body(body: Token) -> str | None:
    """The country a represented body names: "Kenya", "South Sudan", "the Kenyan government"."""
    named = next((c for t in body.subtree if (c := _country_named_at(t))), None)
    if named or body.pos_ != "PROPN":
        return named
    return lex().country_for(strip_leading_the(body.doc[body.left_edge.i:body.i + 1].text))  # (NER missed it)


def representation(verb: Token) -> tuple[Token | None, list[Token]]:
    """The body a form of "represent" names and the words that may stand for whoever represents it: the
    passive's agent ("Kenya was represented by A"), the active's subject ("A represented Kenya"), and for a
    participle opening the clause its subject, also when it is put after the copula ("Representing Kenya
    was a delegation") or read as the body's apposition ("Representing Kenya, a delegation ...")."""
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        return passive, agents
    body = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.tag_ == "VBG" and verb.dep_ in {"csubj", "advcl"}:
        agents = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass", "attr"} and c.i != verb.i]
        agents += [c for c in body.children if c.dep_ == "appos"] if body is not None else []
        return body, agents
    return body, [c for c in verb.children if c.dep_ == "nsubj"]


def _sent_by_country(noun: Token) -> str | None:
    """ "Mexico sent a military mission": the country that is the subject of sending the noun."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in {"send", "dispatch"}:
        return None
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return lex().country_for(subject.text) if subject is not None and subject.text[:1].isupper() else None


def _named_by_modifier(tok: Token, index: DelegationIndex) -> Delegation | None:
    """ "The Government delegation was led by A. The Movement's delegation ...": a capitalised word
    before the group noun that names one of the senders told before picks that delegation, not
    merely the last one mentioned."""
    words = {c.lower_ for c in tok.children if c.dep_ in {"compound", "amod", "poss", "nmod"} and c.text[:1].isupper()}
    if not words:
        return None
    fits = [d for d in index.delegations.values()
            if d.represents and words & (set(d.represents.lower().split()) | index.senders.get(d.key, set()))]
    return fits[0] if len(fits) == 1 else None


def _owners_delegation(tok: Token, people: PeopleIndex, index: DelegationIndex) -> Delegation | None:
    """ "A, who is leading a delegation, ... three members of her delegation": a group noun owned by someone
    already told to head or belong to a delegation is that delegation, not a new one."""
    owner = next((people.person_of(c) for c in tok.children if c.dep_ == "poss" and people.person_of(c)), None)
    return index.of_person(owner) if owner else None


def _led_by_after(tok: Token, people: PeopleIndex, window: int = 14, most: int = 1) -> list[str]:
    """ "a delegation of the African Union headed by X", "a delegation from the Bank, led by X", "a team from the
    Secretariat headed by its chair, X" (the name set off after the title): the leader named in a "led/headed by"
    phrase right after the group noun, wherever the parser hung it
    (up to `most` of them: "the two delegations, headed by A and B respectively")."""
    doc = tok.doc
    for t in doc[tok.i + 1:min(tok.i + window, tok.sent.end)]:
        by = t.i + 2 if t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "respectively" else t.i + 1  # "headed respectively by"
        if t.lemma_.lower() in lex().led_by_verbs and _participle(t) and by < len(doc) and doc[by].lower_ == "by":
            return (listed_people(doc, by + 1, people, end=sentence_end(t), new_clause=False)
                    or _by_apposition(t, people))[:most]  # "led by its Secretary-General, A"
        if t.lower_ == "under" and t.pos_ == "ADP":
            return _under_whom(t, people)[:most]
        if t.lemma_ == "be" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "under":
            continue  # "the delegation was under the leadership of A"
        if t.dep_ in {"aux", "auxpass"} and t.head.lemma_.lower() in _LEAD_VERBS and t.head.tag_ == "VBN" \
                and t.head.dep_ == "relcl" and t.head.head.i == tok.i:
            continue  # "the delegation, which is headed by A"
        if t.pos_ in {"VERB", "AUX"} and t.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
            return []
    return []


def _under_whom(under: Token, people: PeopleIndex) -> list[str]:
    """ "a delegation under Foreign Minister A", "under the leadership of B": the people right after
    "under" (past "the leadership/direction of"), whose group it is."""
    doc = under.doc
    k = under.i + 1
    if k + 2 < len(doc) and doc[k].lower_ == "the" and doc[k + 1].lemma_.lower() in lex().leadership_nouns \
            and doc[k + 2].lower_ == "of":
        k += 3
    return listed_people(doc, k, people, end=sentence_end(under), new_clause=False)


def _heads_named(tok: Token, people: PeopleIndex) -> list[str]:
    """People a group noun says lead it: "a delegation headed by X", "X-led"."""
    out = _led_by_after(tok, people)
    for child in tok.children:
        if child.dep_ == "acl" and child.lemma_.lower() in lex().led_by_verbs:
            for agent in (c for c in child.children if c.dep_ == "agent"):
                for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                    person = people.person_of(pobj)
                    if person:
                        out.append(person)
    if tok.dep_ == "nsubj":  # "the team arrived, led by X"; "Under the leadership of X, the team arrived"
        fronted = next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "under" and c.i < tok.i), None)
        out += _under_whom(fronted, people)[:1] if fronted is not None else []
        for clause in tok.head.children:
            if clause.dep_ in {"advcl", "acl", "conj"} and clause.lemma_.lower() in lex().led_by_verbs:
                for agent in (c for c in clause.children if c.dep_ == "agent"):
                    out.extend(people.person_of(p) for p in agent.children if p.dep_ == "pobj" and people.person_of(p))
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in lex().led_by_verbs:  # "the side was led by X"
        out.extend((_by_list(tok.head, people) or _by_apposition(tok.head, people))[:1])
    if tok.head.lemma_.lower() in _LEAD_VERBS and tok.dep_ == "dobj":
        for child in tok.head.children:
            if child.dep_ == "nsubj" and people.person_of(child):
                out.append((_subject_people(child, people) or [people.person_of(child)])[0])  # "A and B led it": A
            elif child.dep_ == "nsubj" and child.tag_ == "WP" and tok.head.dep_ == "relcl" and people.person_of(tok.head.head):
                out.append(people.person_of(tok.head.head))  # "A, who is leading a delegation, ..."
        out += _heading_participle(tok.head, tok, people) if not out else []
    return out + _head_noun_holder(tok, people) + _at_its_head(tok, people)


def _subject_people(subject: Token, people: PeopleIndex) -> list[str]:
    """The people a subject names, in order, read off its words: with titles before coordinated names
    ("Foreign Minister A and Trade Minister B") the parser often hangs A inside B's phrase."""
    return listed_people(subject.doc, subject.left_edge.i, people, end=subject.right_edge.i + 1, new_clause=False)


def _joint_leaders(verb: Token, people: PeopleIndex) -> list[str]:
    """ "A and B jointly led the delegation", "A co-led the delegation with B", "Heading the delegation were
    A and B": the leaders after the first, who heads it (an active lead verb and its subjects)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    named = [p for s in subjects for p in _subject_people(s, people)]
    joint = verb.lower_ in lex().joint_lead_forms or any(c.lower_ in lex().together_words for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "with B" on the verb, or on its object as the parser often hangs it ("led the team with B")
    partners = [people.person_of(o) for t in [verb, *objects] for o in prep_objects(t, {"with"})] if joint else []
    return named[1:] + [p for p in partners if p]


def _co_leaders(tok: Token, people: PeopleIndex) -> list[str]:
    """ "The Saudi delegation was led by A and B", "a team headed by C and D": the leaders named after the
    first of one group's lead by-phrase are its members too (the first heads it; several groups' heads
    are `_sides_headed`'s); so are the co-leaders of an active lead verb (`_joint_leaders`) and those
    after the copula of "Heading the team were A and B"."""
    if tok.tag_ != "NN":
        return []
    doc = tok.doc
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _LEAD_VERBS:
        verb = tok.head
        if verb.tag_ == "VBG" and (verb.i == verb.sent.start or doc[verb.i - 1].lower_ in {"also", "and"}):
            after = max(t.i for t in tok.subtree) + 1  # "Heading the delegation were A and B"
            if after < len(doc) and doc[after].lemma_ == "be":
                return listed_people(doc, after + 1, people, end=sentence_end(verb), new_clause=False)[1:4]
        return _joint_leaders(verb, people)[:3]
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in lex().led_by_verbs:
        verb = tok.head
    else:
        verb = next((t for t in doc[tok.i + 1:min(tok.i + 4, tok.sent.end)] if t.lemma_.lower() in lex().led_by_verbs), None)
    if verb is None or verb.tag_ != "VBN" or verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "by":
        return []
    if verb.dep_ == "acl":  # "a delegation led by A and B held talks": the participle's own phrase ends the list
        return listed_people(doc, verb.i + 2, people, end=verb.right_edge.i + 1, new_clause=False)[1:4]
    return listed_people(doc, verb.i + 2, people, end=sentence_end(verb))[1:4]  # (not "..., and C received it")


def _heading_participle(verb: Token, group: Token, people: PeopleIndex) -> list[str]:
    """ "A, heading a Turkish delegation, arrived" (the clause's subject); "Heading the Egyptian delegation
    was B", "Leading the team is C" (the subject put after the copula)."""
    if verb.tag_ != "VBG":
        return []
    if verb.dep_ == "advcl":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return [people.person_of(subject)] if subject is not None and people.person_of(subject) else []
    if verb.dep_ == "acl" and people.person_of(verb.head):
        return [people.person_of(verb.head)]
    doc = verb.doc
    after = max(t.i for t in group.subtree) + 1
    if verb.i == verb.sent.start or doc[verb.i - 1].lower_ in {"also", "and"}:
        if after < len(doc) and doc[after].lemma_ == "be":
            return listed_people(doc, after + 1, people, end=sentence_end(verb), new_clause=False)[:1]
    return []


def _head_noun_holder(group: Token, people: PeopleIndex) -> list[str]:
    """ "A, head of the Iranian delegation, said", "the leader of the Chilean team, B", "delegation chief C",
    "D is the head of the delegation", "The head of the delegation was E": the person a head noun
    (`group_head_nouns.txt`) of the group is said of (not its deputy: `_deputies_named`)."""
    noun = _head_noun_of(group)
    return _holder_of_head_noun(noun, people) if noun is not None and not _second_in_rank(noun, group) else []


def _deputies_named(group: Token, people: PeopleIndex) -> list[str]:
    """ "A, deputy head of the Nigerian delegation", "the delegation's deputy leader, B", "vice-chair of the team
    C": one second in rank to the group's head is one of its members, never its head."""
    noun = _head_noun_of(group)
    return _holder_of_head_noun(noun, people) if noun is not None and _second_in_rank(noun, group) else []


def _head_noun_of(group: Token) -> Token | None:
    """The head noun (`group_head_nouns.txt`) a group noun depends on: "head of the delegation", "delegation chief"."""
    if group.dep_ == "pobj" and group.head.lower_ == "of":
        noun = group.head.head
    elif group.dep_ in {"compound", "poss"}:
        noun = group.head
    else:
        return None
    return noun if noun.lemma_.lower() in lex().group_head_nouns and noun.pos_ in {"NOUN", "PROPN"} else None


def _second_in_rank(noun: Token, group: Token) -> bool:
    """Whether a rank word (`rank_modifiers.txt`: deputy, vice, assistant) stands on the head noun or, read as the
    group's modifier, before it ("deputy head of", "deputy delegation chief"); a co-head still heads."""
    doc = noun.doc
    words = [c for c in (*noun.children, *group.children) if c.i < noun.i and c.dep_ in {"amod", "compound", "nmod"}]
    if noun.i >= 2 and doc[noun.i - 1].text == "-":
        words.append(doc[noun.i - 2])  # "vice-chair" (the parser splits it any way)
    return any(w.lower_ in lex().rank_modifiers - {"co", "prime"} for w in words)


def _holder_of_head_noun(noun: Token, people: PeopleIndex) -> list[str]:
    """The person a group's head noun is said of, by apposition, copula or a name set off by commas."""
    doc = noun.doc
    holder = people.person_of(noun.head) if noun.dep_ in {"appos", "compound", "nmod"} else None
    holder = holder or _name_right_after(noun, people)
    holder = holder or next((people.person_of(c) for c in noun.children if c.dep_ == "appos" and people.person_of(c)), None)
    if holder is None and noun.head.lemma_ == "be" and noun.dep_ in {"attr", "nsubj"}:
        other = "nsubj" if noun.dep_ == "attr" else "attr"
        holder = next((people.person_of(c) for c in noun.head.children if c.dep_ == other and people.person_of(c)), None)
    if holder is None:
        end = max(t.i for t in noun.subtree if t.i >= noun.i)
        nxt = people.mention_at(end + 2) if end + 1 < len(doc) and doc[end + 1].text == "," else None
        holder = nxt.person if nxt is not None and nxt.kind == "name" and nxt.start == end + 2 else None
        start = min(t.i for t in noun.subtree)
        before = people.mention_at(start - 2) if start >= 2 and doc[start - 1].text == "," else None
        holder = holder or (before.person if before is not None and before.kind == "name" and before.end == start - 1 else None)
    return [holder] if holder else []


def _name_right_after(noun: Token, people: PeopleIndex) -> str | None:
    """ "Head of the Uzbek delegation Rustam Karimov told reporters", "said delegation leader B": a head
    noun's phrase used as a title, the name following it with no comma, when the phrase opens the clause
    (no determiner, or right after a verb of saying)."""
    doc = noun.doc
    if any(c.dep_ in {"det", "poss"} and c.i < noun.i for c in noun.children):
        return None  # "the head of the delegation A" reads as one noun phrase the parser split
    appositions = {t.i for a in noun.subtree if a.dep_ == "appos" and a.i != noun.i for t in a.subtree}  # (the name, hung on the group)
    end = max(t.i for t in noun.subtree if t.i >= noun.i and t.i not in appositions) + 1
    mention = people.mention_at(end) if end < len(doc) else None
    if mention is None or mention.kind != "name" or mention.start != end:
        return None
    start = min(t.i for t in noun.subtree)
    opens = start == noun.sent.start or doc[start - 1].lemma_.lower() in lex().reporting_verbs or doc[start - 1].text == ","
    return mention.person if opens else None


def _heads_the_group(position: Token) -> bool:
    """ "at its head", "at the helm", "at the head of the delegation": a head position of no other thing
    (not "at the head of the table")."""
    if position.lemma_.lower() not in lex().head_position_nouns:
        return False
    doc = position.doc
    k = position.i + 1
    if k < len(doc) and doc[k].lower_ == "of":
        return any(t.lemma_.lower() in lex().delegation_nouns | _ALWAYS_DELEGATION for t in doc[k + 1:k + 4])
    return True


def _at_its_head(group: Token, people: PeopleIndex) -> list[str]:
    """ "The Serbian delegation, with A at its head, arrived", "a delegation with B at the helm": the person of
    a with-phrase on the group (or on the verb it is the subject of) placed at its head (`head_position_nouns.txt`)."""
    doc = group.doc
    owners = [group] + ([group.head] if group.dep_ in {"nsubj", "nsubjpass"} else [])
    for prep in (c for o in owners for c in o.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > group.i):
        k = max(t.i for t in prep.subtree) + 1
        if k + 2 < len(doc) and doc[k].lower_ == "at" and doc[k + 1].lower_ in {"its", "the", "their"} \
                and _heads_the_group(doc[k + 2]):
            named = [p for o in prep.children if o.dep_ == "pobj" and (p := people.person_of(o))]
            if named:
                return named[:1]
        pobj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        at = next((c for o in owners for c in o.children if c.dep_ == "prep" and c.lower_ == "at"
                   and c.i == (max(t.i for t in pobj.subtree) + 1 if pobj is not None else -1)), None)
        if at is not None and any(_heads_the_group(o) for o in at.children if o.dep_ == "pobj") \
                and (person := people.person_of(pobj)):
            return [person]  # (the parser hung "at its head" on the group, not on the with-phrase)
    return []


def _pronoun_led(verb: Token, people: PeopleIndex, index: DelegationIndex) -> tuple[str, str] | None:
    """ "Russia sent a delegation to Geneva. It was led by A", "They were headed by B": a pronoun subject
    of a passive lead verb takes up the group told in this sentence or the one before: (its key, head)."""
    if verb.lemma_.lower() not in _LEAD_VERBS:
        return None
    if verb.tag_ != "VBN":
        return _pronoun_headed_actively(verb, people, index)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ not in {"it", "they"} or not group_just_told(verb, index.refs):
        return None
    heads = _by_list(verb, people) or _by_apposition(verb, people)
    key = last_group_before(verb.i, index.refs)
    return (key, heads[0]) if heads and key else None


def _pronoun_headed_actively(verb: Token, people: PeopleIndex, index: DelegationIndex) -> tuple[str, str] | None:
    """ "A Colombian delegation will travel to Havana. Minister A will head it", "The delegation arrived on Tuesday.
    Heading it was B", "Leading them is C": an active lead verb whose object is "it" or "them" takes up the group
    told in this sentence or the one before; its subject, or the one the fronted participle's copula names, heads it."""
    fronted = verb.tag_ == "VBG" and verb.dep_ == "csubj" and verb.head.lemma_ == "be"
    objects = [*verb.children, *verb.head.children] if fronted else list(verb.children)  # (parsed "it was B")
    if not any(c.lower_ in {"it", "them"} and c.dep_ in {"dobj", "nsubj"} for c in objects) \
            or not group_just_told(verb, index.refs):
        return None
    if fronted:  # "Heading it was B"
        heads = [p for c in verb.head.children if c.dep_ == "attr" and (p := people.person_of(c))]
    elif verb.tag_ != "VBG":  # "A will head it"
        heads = [p for c in verb.children if c.dep_ == "nsubj" and (p := people.person_of(c))]
    else:
        return None
    key = last_group_before(verb.i, index.refs)
    return (key, heads[0]) if heads and key else None


def _meets(group: Token) -> bool:
    """ "A US team met B", "held talks with B", "visited Kyiv": the group is the subject of a meeting
    verb or of a verb whose object is a meeting noun (not "a US team won the cup")."""
    verb = group.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    words = lex().meeting_nouns | lex().talk_nouns
    return (verb.lemma_.lower() in lex().meeting_verbs | lex().visit_verbs
            or any(o.lemma_.lower() in words or o.lower_ in words for o in verb.children if o.dep_ == "dobj"))


def _pronoun_led_team(verb: Token, people: PeopleIndex, index: DelegationIndex) -> tuple[str, str] | None:
    """ "A US team held talks with B. It was led by C", "A Kenyan mission met B. It was headed by C": "it"
    as the subject of a passive lead verb takes up a team or mission of a country or organisation that
    was the subject just before, which was no delegation yet; it becomes one, with C at its head."""
    if verb.lemma_.lower() not in _LEAD_VERBS or verb.tag_ != "VBN" or group_just_told(verb, index.refs):
        return None
    if not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children):
        return None
    doc = verb.doc
    start = doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else verb.sent.start
    team = next((t for t in reversed(doc[start:verb.i]) if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in {"NOUN", "PROPN", "PRON"}
                 and t.lower_ != "it"), None)
    if team is None or team.pos_ != "NOUN" or team.lemma_.lower() not in lex().delegation_nouns or not _meets(team):
        return None
    country = _country_modifier(team) or _sent_by_country(team)
    sender = None if country else _organisation_of_group(team) or _organisation_before_group(team)
    heads = _by_list(verb, people) or _by_apposition(verb, people)
    if not (country or sender) or not heads:
        return None
    delegation = index.for_country(country or sender, _evidence(team))
    delegation.represents_organization = delegation.represents_organization or bool(sender)
    index.refs[team.i] = index.last = delegation.key
    return delegation.key, heads[0]


def _sides_headed(tok: Token, people: PeopleIndex, countries: dict[str, str], index: DelegationIndex,
                  evidence: Evidence) -> bool:
    """ "The two delegations, headed by A and B respectively, met": a plural group noun with one head
    per side makes one delegation per head (of the head's country where known), all referred to by
    the noun."""
    if tok.tag_ not in {"NNS", "NNPS"}:
        return False
    heads = _led_by_after(tok, people, window=12, most=4)
    if len(heads) < 2:
        return False
    named = [lex().country_for(t.text) for t in tok.subtree
             if t.i < tok.i and t.text[:1].isupper() and lex().country_for(t.text)]  # "the Egyptian and German delegations"
    if len(named) != len(heads):  # "delegations from Ethiopia and Egypt, headed by A and B"
        named = list(dict.fromkeys(c for t in _side_words(tok) if (c := _country_word(t))))
    placed = [(head, named[n] if len(named) == len(heads) else countries.get(head)) for n, head in enumerate(heads)]
    return _one_delegation_per_head(tok, placed, index, evidence)


def _heads_listed(tok: Token, people: PeopleIndex, countries: dict[str, str], index: DelegationIndex,
                  evidence: Evidence) -> bool:
    """ "signed by the heads of the three delegations - A, B and C", "The heads of the two delegations, A and B,
    met", "the delegation heads: A and B": the people listed after the heads (`group_head_nouns.txt`) of a
    plural group noun each head their own country's delegation."""
    if tok.tag_ in {"NNS", "NNPS"} and tok.dep_ == "pobj" and tok.head.lower_ == "of":
        heads_noun = tok.head.head  # "the heads of the delegations"
    elif tok.dep_ == "compound" and tok.head.tag_ == "NNS":
        heads_noun = tok.head  # "the delegation heads"
    else:
        return False
    if heads_noun.lemma_.lower() not in lex().group_head_nouns or heads_noun.tag_ != "NNS":
        return False
    end = max(tok.i, heads_noun.i) + 1
    if end < len(tok.doc) and tok.doc[end].text not in {",", "-", "\u2013", "\u2014", ":"}:
        return False
    # every name up to the sentence's end (long titles before them break a list reader: "Special Envoy for the
    # Syrian settlement A, Deputy Foreign Minister B and ...")
    heads = list(dict.fromkeys(m.person for k in range(end + 1, sentence_end(tok))
                               if (m := people.mention_at(k)) is not None and m.kind == "name" and m.start == k))
    placed = [(head, countries.get(head)) for head in heads]
    if len(placed) < 2 or any(country is None for _, country in placed) or len({c for _, c in placed}) < len(placed):
        return False  # each of another country, or the list is not one of sides
    return _one_delegation_per_head(tok, placed, index, evidence)


def _one_delegation_per_head(group: Token, placed: list[tuple[str, str | None]], index: DelegationIndex,
                             evidence: Evidence) -> bool:
    """Each head's delegation (their own, or their country's), all referred to by the plural group noun."""
    keys = []
    for head, country in placed:
        delegation = index.of_person(head) or index.for_country(country, evidence)
        delegation.head = delegation.head or head
        delegation.members.add(head)
        keys.append(delegation.key)
    index.groups[group.i] = keys
    return True


def _sides_named(tok: Token, index: DelegationIndex, evidence: Evidence) -> bool:
    """ "Delegations of Armenia and Azerbaijan met", "the Kenyan and Ugandan delegations held talks", "talks
    between delegations from Peru and Chile": a plural group noun whose phrase names two or more countries
    makes (or takes up) one delegation per country, all referred to by the noun."""
    if tok.tag_ not in {"NNS", "NNPS"}:
        return False
    sides = list(dict.fromkeys(c for t in _side_words(tok) if (c := _country_word(t))))
    if len(sides) < 2:
        return False
    keys = []
    for country in sides:
        delegation = next((d for d in index.delegations.values() if d.represents == country), None) \
            or index.for_country(country, evidence)
        keys.append(delegation.key)
    index.groups[tok.i] = keys
    return True


def _country_word(t: Token) -> str | None:
    """The country one word names by itself or with the words before it in its phrase ("South Sudan")."""
    named = _country_named_at(t)
    if named or t.pos_ != "PROPN":
        return named
    return lex().country_for(strip_leading_the(t.doc[t.left_edge.i:t.i + 1].text))  # (NER missed it)


def _side_words(tok: Token) -> list[Token]:
    """The words that may name each side of a plural group noun: its coordinated modifiers before it ("the
    Kenyan and Ugandan delegations") and the coordinated objects of its of- or from-phrase ("delegations of
    Armenia and Azerbaijan")."""
    before = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < tok.i]
    after = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"of", "from"} for o in p.children if o.dep_ == "pobj"]
    return [t for c in before + after for t in (c, *c.conjuncts)]


def _add_heads(delegation: Delegation, heads: list[str]) -> None:
    """The first of the heads leads the delegation (unless it has a head), every one is a member."""
    for head in heads:
        delegation.head = delegation.head or head
        delegation.members.add(head)


def _without_clauses(tok: Token) -> list[Token]:
    """A phrase without the relative and participle clauses on it ("A, who was accompanied by B": A only)."""
    banned = {t.i for c in tok.children if c.dep_ in {"relcl", "acl", "advcl"} for t in c.subtree}
    return [t for t in tok.subtree if t.i not in banned]


def extract_delegations(doc: Doc, people: PeopleIndex, countries: dict[str, str],
                        offices: list[Office] | None = None) -> DelegationIndex:
    index = DelegationIndex()
    pending_heads: list[tuple[str, Evidence, str | None]] = []
    pending_members: list[tuple[str, list[str], Evidence]] = []
    principals: list[str] = []
    cues = _cue_words()
    sentence_starts = {sent.start for sent in doc.sents}
    for tok in doc:
        if not _may_tell_delegation(tok, cues, sentence_starts, index):
            continue
        principals.extend(p for p in _principals(tok, people) if p not in principals)
        told = _country_group_told_before(tok, index)
        if told is not None:  # "a Peruvian delegation ... (paragraphs on) ... the Peruvian team paid a visit to B"
            index.refs[tok.i] = index.last = told
            _add_heads(index.delegations[told], _heads_named(tok, people))  # "the Peruvian team, led by C,"
            continue
        named = _named_group_taken_up(tok, index)
        if named is not None:  # "The Eminent Persons Group, led by A, ... The Group met B"
            index.refs[tok.i] = index.last = named
            continue
        if _takes_up_last(tok, index):  # "A led a Norwegian delegation. The group included B."
            delegation, side = index.delegations[index.last], _party_side(tok)
            if _other_side(index, delegation, side):  # "..., while the opposition team was headed by B"
                delegation = _side_delegation(index, side, _evidence(tok))
            if side is not None:
                index.sides.setdefault(delegation.key, side)
            index.refs[tok.i] = index.last = delegation.key
            _add_heads(delegation, _heads_named(tok, people))  # "The group is led by C"
            continue
        lead = _lead_negotiator(tok, people)
        if lead is not None and index.of_person(lead[0]) is None:  # "Russia's chief negotiator, A"
            delegation = index.for_country(lead[1], _evidence(tok))
            delegation.represents_organization = delegation.represents_organization or lead[2]
            index.refs[tok.i] = index.last = delegation.key
            _add_heads(delegation, [lead[0]])
            continue
        companion = _companions_team(tok, people, countries) or _brought_team(tok, people, countries) or (
            _owners_team(tok, people, countries) if not _is_group_noun(tok) else None)
        if companion is not None:  # "Polish Foreign Minister A and his team met B", "A's team met B"
            delegation = index.of_person(companion[0]) or index.for_country(companion[1], _evidence(tok))
            index.refs[tok.i] = index.last = delegation.key
            _add_heads(delegation, [companion[0]])
            continue
        if not (_is_group_noun(tok) or tok.lemma_.lower() in _LEAD_VERBS | lex().join_verbs or tok.lower_.startswith("join")
                or tok.lower_ in {"along", "with"} or (tok.i == tok.sent.start and tok.lemma_.lower() in lex().travel_verbs)):
            continue
        evidence = _evidence(tok)
        if _is_group_noun(tok) and (_sides_headed(tok, people, countries, index, evidence) or _sides_named(tok, index, evidence)
                                    or _heads_listed(tok, people, countries, index, evidence)):
            continue  # "the two delegations, headed by A and B respectively", "delegations of A and B",
            # "the heads of the three delegations - A, B and C"
        if _is_group_noun(tok):
            own_sender = _organisation_of_group(tok) or accompanying_team_body(tok, people) or _organisation_before_group(tok) \
                or place_of_group(tok, people) or named_group_body(tok)
            sender = own_sender or _earlier_team_body(tok)  # "An IMF mission met A. The mission was led by B"
            # "an IRC delegation": the council's full name given in brackets, or the known one of "EU" the text writes
            sender = (long_form(sender, doc) or written_full_name(sender, doc) or spelled_out_before(sender, doc, tok.i)
                      or sender) if sender else None  # "the Unity Front ... the U.F. delegation": its name in full
            governed = _country_of_sender(tok, sender) if sender else None
            sender_words = set(sender.lower().split()) if governed else set()
            sender = None if governed else sender  # a government's delegation represents its country
            retold = not sender and _retold_bare(tok, index)
            country = sender or governed or (None if retold else _country_of_group(tok, people, countries))
            told_before = country is None or not own_sender and sender is not None  # the body or country of the noun before
            country = country or (None if retold else _earlier_country_team(tok))
            side = _party_side(tok)
            if side is not None and side != "government" and not sender:
                country = None  # "the Venezuelan opposition delegation": not the one its government sends
            if _of_civilians(tok):  # "a delegation of Ugandan farmers": its people met whom it met, for no side
                sender, country = None, None
            visitor = _visitor_of(tok, people, countries) if country is None and not retold else None
            country = visitor[1] if visitor else country  # "the visiting delegation": the visitor's country
            # "members of delegation will comprise ...": a singular group noun with no article at all (as some
            # regional English writes it) is the delegation told before, like "the delegation"
            bare = tok.tag_ == "NN" and tok.dep_ == "pobj" and not any(
                c.dep_ in {"det", "poss", "nummod", "amod", "compound"} for c in tok.children)
            definite = bare or any(c.lower_ in {"the", "that", "this"} for c in tok.children)
            named = _named_by_modifier(tok, index) if country is None and definite else _by_short_name(sender, index, doc)
            if named is None and country is None:
                named = _owners_delegation(tok, people, index)  # "three members of her delegation"
            if named is not None:  # "the Government delegation": the one sent by the government named before
                delegation = named
            elif country is None and definite and index.last:
                delegation = index.delegations[index.last]
            elif country is None and side is None and not (set(t.lower_ for t in tok.sent) & _TALK_WORDS):
                continue
            else:
                delegation = index.for_country(country, evidence)
            if _other_side(index, delegation, side):  # "A's delegation met the rebel delegation headed by B"
                delegation = _side_delegation(index, side, evidence)
            if side is not None:
                index.sides.setdefault(delegation.key, side)
            delegation.represents_organization = delegation.represents_organization or bool(sender)
            index.senders.setdefault(delegation.key, set()).update(sender_words)
            index.refs[tok.i] = delegation.key
            index.last = delegation.key
            earlier = _earlier_team(tok) if told_before and _led_team(tok) else None
            if earlier is not None and earlier.i not in index.refs:  # "A Kenyan mission met A. The mission was led by B"
                index.refs[earlier.i] = delegation.key  # the noun before is that delegation, at its meeting
            for head in _heads_named(tok, people) + ([visitor[0]] if visitor else []):
                delegation.head = delegation.head or head
                delegation.members.add(head)
            delegation.members.update(_deputies_named(tok, people))  # "A, deputy head of the delegation"
            delegation.members.update(_co_leaders(tok, people))  # "led by A and B"
        taken_up = _pronoun_led(tok, people, index) or _pronoun_led_team(tok, people, index)
        if taken_up is not None:  # "Russia sent a delegation. It was led by A"
            delegation = index.delegations[taken_up[0]]
            delegation.head = delegation.head or taken_up[1]
            delegation.members.add(taken_up[1])
        # "tapping X to lead the talks", "X will lead the talks"
        if tok.lemma_.lower() in _LEAD_VERBS and tok.pos_ == "VERB":
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            if any(o.lemma_.lower() in {"talk", "talks", "negotiation", "negotiations", "delegation"}
                   or (o.lemma_.lower() == "team" and _is_group_noun(o)) for o in objects):  # (not a coach's team)
                leader_tokens = [c for c in tok.children if c.dep_ == "nsubj"]
                if not leader_tokens and tok.dep_ == "xcomp":
                    leader_tokens = [c for c in tok.head.children if c.dep_ == "dobj"]
                for leader_tok in leader_tokens:
                    names = people.named_in(_without_clauses(leader_tok))
                    if names:
                        pending_heads.append((people.person_of(leader_tok) or names[-1], evidence, _side_led_for(tok)))
        pending_members.extend((anchor, members, evidence) for anchor, members in _joined_members(tok, people))
        side_members = _side_attendees(tok, people) if tok.i in index.refs else []
        if side_members:  # "the session was attended on the Peruvian side by A; B; C"
            delegation = index.delegations[index.refs[tok.i]]
            delegation.members.update(side_members)
    for country, head, by in elided_side_heads(doc, people) if index.refs else []:  # "Serbia's team was led by A and Kosovo's by B"
        delegation = next((d for d in index.delegations.values() if d.represents == country), None) \
            or index.for_country(country, _evidence(by))
        if index.of_person(head) in (None, delegation):
            delegation.head = delegation.head or head
            delegation.members.add(head)
    _country_people_take_up(doc, index)  # "The Japanese officials included A and B", "The Americans also met C"
    listed, heads = listed_members(doc, people, index.refs)
    for key, members in listed:  # "the delegation included A", "members of the delegation were B", "a delegation that included C"
        index.delegations[key].members.update(members)
    for key, members in joiners_of_groups(doc, people, index.refs):  # "A joined the Danish delegation"
        index.delegations[key].members.update(members)
    for key, members, head in roster_members(doc, people, index.refs):  # "Korean delegation: A (head); B; and C."
        delegation = index.delegations[key]
        delegation.members.update(members)
        if head is not None:
            delegation.head = head
    for key, head in heads:  # "A arrived at the head of a delegation"
        delegation = index.delegations[key]
        delegation.head = delegation.head or head
        delegation.members.add(head)
    _assign_heads(index, pending_heads, countries)
    _principals_head_sides(index, principals, countries)
    _principals_own_sides(doc, index, principals, countries)
    _delegation_level_sides(doc, people, index, countries, offices or [])
    for key, owner in owners(doc, people, index.refs):  # "A's delegation": A heads it if no one else does
        delegation = index.delegations[key]
        if delegation.head is None and index.of_person(owner) in (None, delegation):
            delegation.head = owner
            delegation.members.add(owner)
    _principals_of_staff(doc, people, index)  # "The delegation included A's adviser, B, and his secretary, C"
    _government_sides_of_the_country(doc, index)  # "talks between the Nepalese government and ... The government delegation"
    _represented_sides(doc, people, index)  # "Kenya was represented by A, who led a delegation"
    _fold_one_side_told_again(index, countries)  # "A led a delegation ... The Iraqi delegation", A Iraqi: one
    _countries_of_heads(index, countries, offices or [])
    _nationalities_of_heads(index, people, offices or [])
    _bodies_of_heads(index, offices or [])
    _place_of_the_mission(doc, people, index)  # "Ohio trade mission opens" in the headline
    _take_up_the_one(doc, index)  # "the visitors", "the lawmakers"
    _take_up_it(doc, index)  # "the delegation travels on to Lima, where it is due to meet A"
    _take_up_they(doc, index)  # "The delegation included A and B. They were met at the airport by C"
    _take_up_the_kind(doc, people, index)  # "a delegation of lawmakers ... The lawmakers, led by A, met B"
    travellers_of_named_delegations(doc, people, index.delegations, index.refs, countries,  # "A and B flew in. The US
                                    offices=offices)  # delegation"; "A of the OSCE arrived ... the OSCE delegation"
    _entourages_join_delegations(doc, people, index, countries)  # "Accompanying the President were A and B"
    for leader, members, evidence in pending_members:
        delegation = index.of_person(leader) or _headless_of_country(index, countries.get(leader))
        if delegation is None:
            continue  # joining someone who leads no delegation is company, not membership
        if delegation.head is None:  # "A, who was accompanied by B, held talks ... The Turkish delegation"
            delegation.head = leader
            delegation.members.add(leader)
        delegation.members.update(m for m in members if m != leader)
        if evidence not in delegation.evidence:
            delegation.evidence.append(evidence)
    return index


def _principals_of_staff(doc: Doc, people: PeopleIndex, index: DelegationIndex) -> None:
    """ "The small Israeli delegation included Bennett's adviser, A, and his military secretary, B": members
    told as one person's staff (a title that person possesses, by name or pronoun, with the member's name set
    off after it) were brought by that person, who heads a delegation no one else heads."""
    for delegation in index.delegations.values():
        if delegation.head is not None or not delegation.members:
            continue
        principals = {_staff_principal(doc, people, mention) for mention in people.mentions
                      if mention.kind == "name" and mention.person in delegation.members}
        principals.discard(None)
        if len(principals) == 1:
            principal = principals.pop()
            if principal not in delegation.members and index.of_person(principal) is None:
                delegation.head = principal
                delegation.members.add(principal)


def _government_sides_of_the_country(doc: Doc, index: DelegationIndex) -> None:
    """ "talks between the Nepalese government and the Maoists ... The government delegation was led by A": a
    government's delegation that names no country represents the one country whose government the article
    names ("the Nepalese government", "the government of Nepal", "Colombia's government"), when it names one."""
    governments = {c for tok in doc if tok.lemma_.lower() in lex().state_bodies and tok.tag_ in {"NN", "NNP"}
                   for c in _countries_of_government(tok)}  # (not "thanked the Thai and Norwegian governments")
    if len(governments) != 1:
        return
    country = governments.pop()
    if country in index.delegations:
        return
    for key, side in list(index.sides.items()):
        delegation = index.delegations.get(key)
        if side == "government" and delegation is not None and delegation.represents is None:
            index.rename(key, country)
            return


def _countries_of_government(body: Token) -> list[str]:
    """The country a state body word is of: its modifier or possessor ("the Nepalese government",
    "Colombia's government") or its of-phrase ("the government of Nepal")."""
    words = [c for c in body.children if c.dep_ in {"amod", "compound", "poss", "nmod"}]
    words += [o for p in body.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    found = []
    for word in words:
        pair = lex().two_word_country(word.doc[word.i - 1].text, word.text) if word.i > 0 else None
        country = pair or lex().country_for(word.text)
        if country and word.text[:1].isupper():
            found.append(country)
    return found


def _staff_principal(doc: Doc, people: PeopleIndex, mention: Mention) -> str | None:
    """The person whose staff title a name is set off after: "Bennett's adviser, A", "his secretary, B"."""
    name = doc[mention.end - 1]
    if name.dep_ != "appos" or name.head.pos_ != "NOUN":
        return None
    owner = next((c for c in name.head.children if c.dep_ == "poss"), None)
    return people.person_of(owner) if owner is not None else None


def _headless_of_country(index: DelegationIndex, country: str | None) -> Delegation | None:
    """The one delegation of a country told with no head, which a companion's principal of that country heads."""
    found = [d for d in index.delegations.values() if country and d.represents == country]
    return found[0] if len(found) == 1 and found[0].head is None else None


def _entourages_join_delegations(doc: Doc, people: PeopleIndex, index: DelegationIndex,
                                 countries: dict[str, str]) -> None:
    """ "Accompanying the President were A and B", "Officials who accompanied her are C and D" (`entourages.py`): where
    the text speaks of delegations or sides at all, the companions are members of the delegation the one they go
    with heads, or else of that person's country's delegation told with no head, which they then head; when none of
    their country was told but another side's was, the entourage makes their country's. A companion of another
    known country, or already on another delegation, is left out."""
    if not index.refs:
        return
    for party in entourages(doc, people):
        principal = party.principal
        evidence = Evidence.of(party.sent)
        country = countries.get(principal)
        delegation = index.of_person(principal)
        if delegation is None and country is not None:
            delegation = next((d for d in index.delegations.values() if d.represents == country and d.head is None), None)
            if delegation is None and not any(d.represents == country for d in index.delegations.values()) \
                    and any(d.represents for d in index.delegations.values()):
                delegation = index.for_country(country, evidence)
        if delegation is None or (delegation.head is not None and delegation.head != principal):
            continue
        delegation.head = principal
        delegation.members.add(principal)
        for companion in party.companions:
            if countries.get(companion, delegation.represents) == delegation.represents \
                    and index.of_person(companion) in (None, delegation):
                delegation.members.add(companion)
        if evidence not in delegation.evidence:
            delegation.evidence.append(evidence)


def _by_list(verb: Token, people: PeopleIndex) -> list[str]:
    """The people of a verb's by-phrase, read along the surface ("accompanied by A, B and C")."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None) or prep_after(verb, {"by"})
    if by is None:
        return []
    return listed_people(verb.doc, by.i + 1, people, end=sentence_end(verb), also=LONG_LIST, limit=250,
                         new_clause=False)


def _by_apposition(verb: Token, people: PeopleIndex, longest: int = 8) -> list[str]:
    """ "led by the committee's chairwoman, Labour MP A", "headed by its vice-chair, B": the name set off by
    a comma after the title the by-phrase opens with, when the list reading stopped at a word that is no
    title ("committee's", "its"). Read along the surface: the parser hangs the name anywhere."""
    doc = verb.doc
    by = verb.i + 1
    if by >= len(doc) or doc[by].lower_ != "by":
        return []
    end = sentence_end(verb)
    for k in range(by + 1, min(by + longest, end)):
        if doc[k].text == ",":
            return _name_after_title(doc, k + 1, people, end)
        if people.mention_at(k) is not None or (doc[k].pos_ in {"VERB", "AUX"}) or doc[k].text in {";", ":", "("}:
            return []
    return []


def _name_after_title(doc: Doc, k: int, people: PeopleIndex, end: int, longest: int = 6) -> list[str]:
    """The person named right after token k, past a title and a party's name ("Labour MP A")."""
    for j in range(skip_titles(doc, k, end), min(k + longest, end)):
        mention = people.mention_at(j)
        if mention is not None:
            return [mention.person] if mention.kind == "name" else []
        if doc[j].pos_ not in {"PROPN", "NOUN", "ADJ"}:
            return []
    return []


def _joined_members(tok: Token, people: PeopleIndex) -> list[tuple[str, list[str]]]:
    """(person joined, people joining) for "Joining X in Rome are A and B", "X is joined in Rome by
    A and B", "A and B joined X", "X, accompanied by A and B", "X, along with A and B"."""
    lemma = tok.lemma_.lower()
    out: list[tuple[str, list[str]]] = []
    if (lemma in lex().join_verbs or tok.lower_.startswith("join")) and tok.pos_ in {"VERB", "PROPN"}:
        passive = [people.person_of(c) for c in tok.children if c.dep_ == "nsubjpass" and people.person_of(c)]
        if not passive and tok.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in {"who", "that"} for c in tok.children):
            passive = [p for p in [people.person_of(tok.head)] if p]  # "A, who was accompanied by B"
        if not passive:  # "the US delegation, headed by A, was joined by B": the group's head
            passive = [h for c in tok.children if c.dep_ == "nsubjpass" and _is_group_noun(c) for h in _heads_named(c, people)][:1]
        if not passive and tok.dep_ == "conj" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
            passive = [p for c in tok.head.children if c.dep_ == "nsubj" and (p := people.person_of(c))]  # "A led ... and was joined by B"
        if passive:  # "X is joined by A", "X, accompanied by A"
            out.append((passive[0], _by_list(tok, people)))
        elif tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.lemma_.lower() in _LEAD_VERBS and tok.head.tag_ == "VBN":
            leader = _by_list(tok.head, people)[:1]  # "a delegation led by X and accompanied by A"
            out.extend((leader[0], _by_list(tok, people)) for _ in leader)
        elif tok.dep_ in {"acl", "advcl"} and tok.tag_ == "VBN":  # "X, accompanied by A, arrived"
            anchor = people.person_of(tok.head) or next(
                (people.person_of(c) for c in tok.head.children if c.dep_ == "nsubj" and people.person_of(c)), None) \
                or _leader_of_led_group(tok.head, people)  # "X led the delegation, accompanied by A"
            if anchor:
                out.append((anchor, _by_list(tok, people)))
        else:
            joined = [people.person_of(c) for c in tok.children if c.dep_ == "dobj" and people.person_of(c)]
            following = people.mention_at(tok.i + 1)
            if not joined and following is not None and tok.i == tok.sent.start:
                joined = [following.person]  # the parser read "Joining Medinsky" as a name
            if joined and tok.i == tok.sent.start:  # "Joining X in Rome are A and B"
                others = [p for p in people.named_in(tok.sent) if p not in joined]
                out.append((joined[0], others))
            elif joined:  # "A and B joined X in Rome"
                subjects = [c for c in tok.children if c.dep_ == "nsubj"]
                names = [p for s in subjects for p in people.named_in(s.subtree)]
                out.append((joined[0], names))
    out.extend(_fronted_companions(tok, people))
    if tok.lower_ == "along" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "with":
        anchor = people.person_of(tok.head) or next(
            (people.person_of(c) for c in tok.head.children if c.dep_ == "nsubj" and people.person_of(c)), None) \
            or _leader_before(tok, people)
        if anchor:  # "X, along with A and B, arrived"
            out.append((anchor, listed_people(tok.doc, tok.i + 2, people, end=sentence_end(tok))))
    return [(a, ms) for a, ms in out if ms]


def _leader_of_led_group(group: Token, people: PeopleIndex) -> str | None:
    """ "X led Algeria's delegation, accompanied by A and B": the subject of the lead verb whose object is the
    group a companion phrase hangs on (the companions join the leader's delegation)."""
    if group.dep_ != "dobj" or group.head.lemma_.lower() not in _LEAD_VERBS or not _is_group_noun(group):
        return None
    return next((p for c in group.head.children if c.dep_ == "nsubj" and (p := people.person_of(c))), None)


def _fronted_companions(tok: Token, people: PeopleIndex) -> list[tuple[str, list[str]]]:
    """ "With her came A and B", "Traveling with him are C, D and E": a sentence that opens on a with-phrase
    of one person, then a verb of being or coming and the people who came with them (subject put last)."""
    doc = tok.doc
    if tok.i != tok.sent.start:
        return []
    k = tok.i
    if tok.lemma_.lower() in lex().travel_verbs and tok.tag_ == "VBG":
        k += 1  # "Traveling with him are ..."
    if k + 3 >= len(doc) or doc[k].lower_ != "with":
        return []
    anchor = people.person_of(doc[k + 1])
    verb = doc[k + 2]
    if anchor is None or not (verb.lemma_ == "be" or verb.lemma_.lower() in lex().travel_verbs):
        return []
    members = listed_people(doc, k + 3, people, end=sentence_end(tok), also=LONG_LIST, limit=200)
    return [(anchor, members)] if members else []


def _leader_before(tok: Token, people: PeopleIndex) -> str | None:
    """ "a delegation led by A, along with B": the leader of a led-by phrase that "along with" follows."""
    doc = tok.doc
    for t in reversed(doc[max(tok.sent.start, tok.i - 12):tok.i]):
        if t.lemma_.lower() in lex().led_by_verbs and t.tag_ == "VBN" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "by":
            led = listed_people(doc, t.i + 2, people, end=tok.i, new_clause=False)
            return led[0] if led else None
    return None


def _side_attendees(group: Token, people: PeopleIndex) -> list[str]:
    """ "attended on the Peruvian side by A; B", "On the Omani side, the session was attended by C":
    the people a country's side brought."""
    if not _is_country_side(group):
        return []
    if group.dep_ == "nsubjpass" and group.head.lemma_.lower() in {"represent", "attend"}:
        return _by_list(group.head, people)  # "The Brazilian side was represented by A and B"
    clause = next((c for c in group.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() == "represent"), None)
    if clause is not None:
        return _by_list(clause, people)  # "The Brazilian side, represented by A and B, ..."
    if group.dep_ != "pobj" or group.head.lower_ not in {"on", "for", "from"}:
        return []
    placed = any(c.dep_ == "prep" and c.lower_ == "of" for c in group.children)  # "on the Chilean side of the border"
    if group.head.lower_ == "from":  # "from the Korean side": only where the sentence tells who was present
        return [] if placed else (_after_inverted_copula(group, people) or _listed_before_side(group, people))
    verb = group.head.head
    by_phrase = _by_list(verb, people) if verb.pos_ in {"VERB", "AUX"} else []
    return by_phrase or _after_inverted_copula(group, people) or ([] if placed else _side_subjects(verb, people))


def _listed_before_side(group: Token, people: PeopleIndex) -> list[str]:
    """ "Also present were A, B etc. from the Korean side; C and D from the Mexican side": in a sentence that
    says who was present (`presence_words.txt`), the people listed right before "from the X side", back to the
    list's start (the copula, a verb, a semicolon, a bracket or the side phrase before); or the subjects of the
    verb the phrase hangs on ("..., while C and D joined from the Mexican side")."""
    doc = group.doc
    prep = group.head
    start = doc[prep.i].sent.start
    if not any(t.lemma_.lower() in lex().presence_words or t.lower_ in lex().presence_words
               for t in doc[start:prep.i]):
        return []
    if prep.head.pos_ == "VERB" and prep.head.lemma_ != "be":  # "A and B joined from the Mexican side"
        subjects = [c for c in prep.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return people.named_in(_without_clauses(subjects[0])) if subjects else []
    k = prep.i - 1
    while k > start and not (doc[k].text in {";", "(", ":"} or doc[k].lemma_ == "be" and doc[k].pos_ == "AUX"
                             or doc[k].pos_ == "VERB" or _is_country_side(doc[k])):
        k -= 1
    return listed_people(doc, k + 1, people, end=prep.i, also=LONG_LIST, limit=200, new_clause=False)


def _sides_have_delegations(verb: Token) -> bool:
    """ "both delegations came in after lunch", "the two delegations sat down": the text
    speaks of each side's delegation in this sentence or the one before (a host's side taking part in a
    visiting delegation's meeting is no delegation)."""
    doc = verb.doc
    floor = doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else verb.sent.start
    return any(t.lower_ == "delegations" for t in doc[floor:verb.sent.end])


def _side_subjects(verb: Token, people: PeopleIndex) -> list[str]:
    """ "On the Chilean side, A and B took part", "C and D attended for the Omani side": the subjects of a
    joining predicate (`joining_predicates.txt`) that the side phrase hangs on are what that side brought,
    where the text speaks of the sides' delegations."""
    phrases = lex().joining_predicates
    if verb.pos_ not in {"VERB", "AUX"} or not _sides_have_delegations(verb) or not (verb.lemma_.lower() in phrases or any(
            f"{verb.lemma_.lower()} {c.lower_}" in phrases for c in verb.children if c.dep_ in {"dobj", "prt"})):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return people.named_in(_without_clauses(subject)) if subject is not None else []


def _after_inverted_copula(group: Token, people: PeopleIndex) -> list[str]:
    """ "Taking part in the talks on the Hungarian side were A and B", "Present on the Omani side were C":
    the people right after the copula that follows the side, subject put last."""
    doc = group.doc
    end = sentence_end(group)
    for t in doc[group.i + 1:end]:
        if t.lemma_ == "be" and t.tag_ in {"VBD", "VBZ", "VBP"}:
            return listed_people(doc, t.i + 1, people, end=end, also=LONG_LIST, limit=200)
        if t.pos_ in {"VERB", "AUX"} or t.text in {";", ":"}:
            return []
    return []


def _chair_unit(tok: Token) -> tuple[int, int] | None:
    """The token range of a chairing verb ("held", "led", "co-chaired" over three tokens), or None."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"VERB", "AUX"} and tok.tag_ not in {"VBD", "VBN", "VBZ", "VBP", "VBG"}:
        return None
    if lemma not in lex().chair_verbs and lemma.replace("-", "") not in lex().chair_verbs:
        return None
    doc = tok.doc
    start = tok.i - 2 if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "co" else tok.i
    return start, tok.i + 1


def _talk_noun_after(doc: Doc, i: int, window: int = 4) -> Token | None:
    """ "held (the first round of) talks", "presided over the session", "held delegation-level talks": the
    talks right after a verb (past words joined by hyphens, which tell the talks' level or kind)."""
    for tok in doc[i:min(i + window + 2, len(doc))]:
        if tok.lower_ in lex().talk_nouns or tok.lemma_.lower() in lex().talk_nouns:
            return tok
        if not (tok.pos_ in {"DET", "ADJ", "NUM"} or tok.lower_ in {"over", "bilateral", "the", "of"} or _hyphenated(tok)):
            return None
    return None


def _hyphenated(tok: Token) -> bool:
    """A word or hyphen of a modifier that tells the level of talks ("delegation-level", "ministerial-level",
    "high-level"; not "an hour-long meeting", whose talks may be of anyone)."""
    doc = tok.doc
    if tok.lower_ == "level":
        return tok.i > 1 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
    if tok.text == "-":
        return not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "level"
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ and doc[tok.i + 2].lower_ == "level"


def _principals(verb: Token, people: PeopleIndex) -> list[str]:
    """The people who run talks: "A and B co-chaired the talks", "A held talks with B", "the talks were
    co-chaired by A and B", "C presided over the session". They head their sides (below). Read along
    the surface: the parser splits "co-chaired" and hangs its parts anywhere."""
    unit = _chair_unit(verb)
    if unit is None:
        return []
    start, end = unit
    doc = verb.doc
    out: list[str] = []
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lemma_ == "be":  # "the talks were co-chaired by A and B"
        subject = next((t for t in doc[verb.sent.start:start] if t.lower_ in lex().talk_nouns or t.lemma_.lower() in lex().talk_nouns), None)
        if subject is None or end >= len(doc) or doc[end].lower_ != "by":
            return []
        return listed_people(doc, end + 1, people, end=sentence_end(verb), new_clause=False)
    talks = _talk_noun_after(doc, end)
    if talks is None:
        return []
    out += people_before(doc, start, people)
    if talks.i + 1 < len(doc) and doc[talks.i + 1].lower_ == "with":  # "held talks with B": B runs them too
        out += listed_people(doc, talks.i + 2, people, end=sentence_end(verb))
    return list(dict.fromkeys(out))


def _fold_one_side_told_again(index: DelegationIndex, countries: dict[str, str]) -> None:
    """ "Chilean Foreign Minister A took a delegation to Lima ... A heads a delegation which includes B and C
    ... The Chilean delegation will be hosted by D": a delegation no country was named for,
    headed by someone of a country whose delegation the text names (with no other head), or by the head of
    another delegation, is that same side told again: one delegation, with all the members."""
    for key, delegation in list(index.delegations.items()):
        if delegation.represents is not None or delegation.represents_organization or not delegation.head:
            continue
        country = countries.get(delegation.head)
        named = index.delegations.get(country) if country else None
        if named is not None and named.represents == country and named.head in (None, delegation.head) \
                and index.sides.get(key) == index.sides.get(country):
            _fold(index, key, into=country)
            continue
        same_head = next((k for k, d in index.delegations.items() if k != key and d.head == delegation.head), None)
        if same_head is not None:
            _fold(index, key, into=same_head)


def _fold(index: DelegationIndex, key: str, *, into: str) -> None:
    """Merge delegation `key` into `into`: its head (where `into` has none), members, evidence and mentions."""
    gone, kept = index.delegations.pop(key), index.delegations[into]
    kept.head = kept.head or gone.head
    kept.members |= gone.members
    kept.evidence += [e for e in gone.evidence if e not in kept.evidence]
    index.refs = {i: into if k == key else k for i, k in index.refs.items()}
    index.groups = {i: [into if k == key else k for k in keys] for i, keys in index.groups.items()}
    if index.last == key:
        index.last = into


def _countries_of_heads(index: DelegationIndex, countries: dict[str, str], offices: list[Office]) -> None:
    """A delegation no country was named for ("arrived with a large delegation") represents its
    head's country (where no country is known for the head, the one country its members hold posts of:
    "A travels with a delegation that includes B and India's ambassador, C"), when no other
    delegation does."""
    taken = {d.represents for d in index.delegations.values() if d.represents}
    for delegation in index.delegations.values():
        country = (countries.get(delegation.head) or _members_post_country(delegation, offices)) \
            if delegation.head else _members_country(delegation, countries)
        if delegation.represents is None and not delegation.represents_organization and country and country not in taken:
            delegation.represents = country
            taken.add(country)


def _nationalities_of_heads(index: DelegationIndex, people: PeopleIndex, offices: list[Office]) -> None:
    """A delegation still of no side, whose head holds no office of a country, represents the country the head's
    description or title gives ("the Latvian premier ... A and his delegation arrived"), when no other delegation
    does (`delegation_sides.nationality`)."""
    taken = {d.represents for d in index.delegations.values() if d.represents}
    for delegation in index.delegations.values():
        if delegation.represents is None and delegation.head and not delegation.represents_organization \
                and index.sides.get(delegation.key) is None:
            country = nationality(delegation.head, people, offices)
            if country and country not in taken:
                delegation.represents = country
                taken.add(country)


def _delegation_level_sides(doc: Doc, people: PeopleIndex, index: DelegationIndex, countries: dict[str, str],
                            offices: list[Office]) -> None:
    """ "Both ministers led delegation-level talks", "A and B led their respective delegations": each leader of
    talks held at the delegation level, or of their own side, heads their own country's delegation (from an
    office, else their nationality), when no one else heads it."""
    for person, talks in delegation_level_leaders(doc, people, offices) + own_delegation_leaders(doc, people, offices):
        country = countries.get(person) or nationality(person, people, offices)
        own = index.of_person(person)
        if country is None or own is not None and (own.head is not None or own.represents not in (None, country)):
            continue  # (a member of their country's headless delegation heads it)
        delegation = own or next((d for d in index.delegations.values() if d.represents == country), None) \
            or index.for_country(country, _evidence(talks))
        if delegation.represents is None and not any(d.represents == country for d in index.delegations.values()):
            delegation.represents = country
        if delegation.head is None:
            delegation.head = person
            delegation.members.add(person)


def _bodies_of_heads(index: DelegationIndex, offices: list[Office]) -> None:
    """A delegation still of no side stands for the body of its head's office told with it
    (`delegation_bodies.body_of_head`), when no other delegation does."""
    taken = {d.represents for d in index.delegations.values() if d.represents}
    for delegation in index.delegations.values():
        if delegation.represents is None and delegation.head and not delegation.represents_organization:
            body = body_of_head(delegation, offices)
            if body and body not in taken:
                delegation.represents, delegation.represents_organization = body, True
                taken.add(body)


_MISSION_NOUNS = frozenset({"mission", "delegation"})


def _mission_places(doc: Doc, people: PeopleIndex) -> set[str]:
    """Every place a mission or delegation noun of the text is said to be of, anywhere in it ("the Ohio
    trade mission", "a Danish delegation", "a delegation from Oberstadt"), whether or not the noun
    itself passed for a delegation (a headline's "trade mission" has no word of talks)."""
    out = set()
    for tok in doc:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _MISSION_NOUNS:
            dotted = (dotted_long_form(c.text, doc) for c in tok.children if c.dep_ == "compound")
            place = _country_modifier(tok) or place_of_group(tok, people) or next((p for p in dotted if p), None)
            if place:  # (the tagger often takes "N.S.W." for a body's name)
                out.add(dotted_long_form(place, doc) or place)
    return out


def _place_of_the_mission(doc: Doc, people: PeopleIndex, index: DelegationIndex) -> None:
    """ "Governor opens Ohio trade mission ... The governor flew out at the head of a delegation of agency
    chiefs": the one delegation of the text still of no side, with someone in it, stands for the one
    place the text's mission and delegation nouns are said to be of, when no other delegation stands for it
    ("B.C." written in full where the text also writes the place out)."""
    unplaced = [d for d in index.delegations.values()
                if d.represents is None and not d.represents_organization and (d.head or d.members)]
    if len(unplaced) != 1:
        return
    places = _mission_places(doc, people)
    if len(places) != 1:
        return
    place = places.pop()
    if not any(d.represents == place for d in index.delegations.values()):
        unplaced[0].represents = place
        unplaced[0].represents_organization = lex().country_for(place) is None  # a state or town, as from its phrase


def _sides_delegations_told(doc: Doc) -> Token | None:
    """ "later their delegations came in", "both delegations", "the two delegations": the text speaks of each side's
    delegation (the plural group noun, owned by "their" or counted as both sides')."""
    for t in doc:
        if t.lower_ != "delegations":
            continue
        words = {c.lower_ for c in t.children if c.dep_ in {"poss", "det", "predet", "nummod"}}
        if words & {"their", "both"} or {"the", "two"} <= words or _of_both_sides(t):
            return t  # (not "two delegations they declined to name")
    return None


def _of_both_sides(delegations: Token) -> bool:
    """ "the delegations of both countries", "both sides' delegations", "the two sides' delegations": the plural
    group noun said of both parties by an of-phrase or a possessive (`side_nouns.txt`, "countries", "nations")."""
    owners = [c for c in delegations.children if c.dep_ == "poss"] + [
        o for p in delegations.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(o.tag_ == "NNS" and (o.lemma_.lower() in lex().side_nouns | {"country", "nation"})
               and any(c.lower_ in {"two", "both"} for c in o.children) for o in owners)


def _principals_own_sides(doc: Doc, index: DelegationIndex, principals: list[str], countries: dict[str, str]) -> None:
    """ "A held talks with his Chilean counterpart B ... before their delegations came in": where the
    text speaks of both sides' delegations and one side already has a head, a principal of another known
    country who is in none heads that country's delegation (so that "B was accompanied by C" adds C to it)."""
    told = _sides_delegations_told(doc)
    if told is None:
        return
    if not any(d.head for d in index.delegations.values()):
        _two_principals_head_sides(told, index, principals, countries)
        return
    for person in principals:
        country = countries.get(person)
        if country and index.of_person(person) is None and country not in index.delegations \
                and not any(d.represents == country for d in index.delegations.values()):
            delegation = index.for_country(country, _evidence(told))
            delegation.head = person
            delegation.members.add(person)


def _two_principals_head_sides(told: Token, index: DelegationIndex, principals: list[str], countries: dict[str, str]) -> None:
    """ "A held talks with B ..., followed by talks of both countries' delegations": where no side has
    a head yet, the two principals of the talks, of two known countries, head their countries' delegations, which
    the plural noun then names (so that "A is accompanied by C" adds C to A's)."""
    sides: dict[str, str] = {}
    for person in principals:
        if (country := countries.get(person)) and country not in sides and index.of_person(person) is None:
            sides[country] = person
    if len(sides) != 2 or any(d.represents not in (None, *sides) for d in index.delegations.values()):
        return
    keys = []
    for country, person in sides.items():
        delegation = index.for_country(country, _evidence(told))
        delegation.head = person
        delegation.members.add(person)
        keys.append(delegation.key)
    stale = index.refs.pop(told.i, None)  # the plural noun first read as one delegation of no country
    if stale is not None and stale not in index.refs.values() and not index.delegations[stale].members:
        del index.delegations[stale]
        index.last = keys[-1] if index.last == stale else index.last
    index.groups[told.i] = keys


def _members_post_country(delegation: Delegation, offices: list[Office]) -> str | None:
    """The one country whose current posts of government (`appointed_posts.txt`) the delegation's members
    hold ("India's High Commissioner to Malaysia, C"); None when none or several. Only posts count: a country said of a member otherwise
    ("of Tongan descent", "Brazilian-born") says nothing of whom the group stands for."""
    served = {o.org for o in offices if o.person in delegation.members and o.person != delegation.head
              and o.org_is_country and not o.former and o.org
              and set(o.title.lower().split()) & lex().appointed_posts}  # a government's post, not "of Tongan descent"
    return served.pop() if len(served) == 1 else None


def _members_country(delegation: Delegation, countries: dict[str, str]) -> str | None:
    """The one country the members of a headless delegation serve ("The delegation comprised Ghanaian
    Trade Minister A and Ghana's ambassador B"), when more than half of them are known to serve it and none
    another."""
    served = [countries[m] for m in delegation.members if m in countries]
    if len(set(served)) != 1 or 2 * len(served) <= len(delegation.members):
        return None  # most members must be known to serve it
    return served[0]


def _principals_head_sides(index: DelegationIndex, principals: list[str], countries: dict[str, str]) -> None:
    """A principal of talks heads their own country's delegation when no head is named; when one
    principal's country is unknown and one side is left without a head while another principal's side
    is known, that side is theirs (a lone delegation met by one person is the guest, not theirs)."""
    headless = {d.represents: d for d in index.delegations.values()
                if d.head is None and d.represents and not d.represents_organization}
    if not headless:
        return
    unplaced = []
    for person in principals:
        if any(d.head == person for d in index.delegations.values()):
            continue
        side = index.of_person(person)
        country = side.represents if side is not None else countries.get(person)
        if country in headless:
            delegation = headless.pop(country)
            delegation.head = person
            delegation.members.add(person)
        elif country is None:
            unplaced.append(person)
    other_side_known = any(p not in unplaced and (index.of_person(p) or countries.get(p)) for p in principals)
    if len(unplaced) == 1 and len(headless) == 1 and other_side_known:  # not "A held talks with the Lao delegation"
        delegation = next(iter(headless.values()))
        delegation.head = unplaced[0]
        delegation.members.add(unplaced[0])


def _side_led_for(verb: Token) -> str | None:
    """ "A is leading the talks for Kyiv", "B will head the negotiations on behalf of Ukraine": the country a
    for- or on-behalf-of phrase on the lead verb or its object names, the side the leader speaks for."""
    for node in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
        for prep in (c for c in node.children if c.dep_ == "prep"):
            if prep.lower_ == "for":
                objects = [o for o in prep.children if o.dep_ == "pobj"]
            elif prep.lower_ == "on" and any(o.lower_ == "behalf" for o in prep.children):
                objects = [o for b in prep.children for p in b.children if p.lower_ == "of" for o in p.children]
            else:
                continue
            country = next((c for o in objects if (c := _country_word(o))), None)
            if country:
                return country
    return None


def _assign_heads(index: DelegationIndex, heads: list[tuple[str, Evidence, str | None]],
                  countries: dict[str, str]) -> None:
    for person, evidence, side in heads:
        if index.of_person(person):
            continue
        country = side or countries.get(person)
        if country is None:
            headless = [d for d in index.delegations.values() if d.head is None and d.represents]
            if len(headless) == 1:
                country = headless[0].represents
        delegation = index.for_country(country, evidence)
        delegation.head = delegation.head or person
        delegation.members.add(person)
