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

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.extract.facts import Delegation, Evidence
from newsgraph.extract.lexicon import DELEGATION_CUES, DELEGATION_NOUNS, country_for
from newsgraph.extract.people import PeopleIndex

_ALWAYS_DELEGATION = {"delegation", "negotiators", "delegates", "envoys"}
_LEAD_VERBS = {"head", "lead"}
_TALK_WORDS = {"talks", "negotiations", "delegation", "negotiation", "team", "group"}


@dataclass
class DelegationIndex:
    delegations: dict[str, Delegation] = field(default_factory=dict)
    refs: dict[int, str] = field(default_factory=dict)  # token index of a group noun -> delegation key
    last: str | None = None

    def for_country(self, country: str | None, evidence: Evidence) -> Delegation:
        key = country or f"unassigned-{len(self.delegations) + 1}"
        if key not in self.delegations:
            self.delegations[key] = Delegation(key=key, represents=country)
        delegation = self.delegations[key]
        if evidence not in delegation.evidence:
            delegation.evidence.append(evidence)
        return delegation

    def of_person(self, person: str) -> Delegation | None:
        return next((d for d in self.delegations.values() if d.head == person or person in d.members), None)


def _evidence(token: Token) -> Evidence:
    sent = token.sent
    return Evidence.of(sent)


def _is_group_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if lemma in _ALWAYS_DELEGATION or tok.lower_ in _ALWAYS_DELEGATION:
        return True
    if lemma not in DELEGATION_NOUNS:
        return False
    modifiers = {c.lower_ for c in tok.children} | {c.lemma_.lower() for c in tok.children}
    in_subtree = {t.lower_ for t in tok.subtree}
    return bool((modifiers | in_subtree) & DELEGATION_CUES)


def _country_of_group(tok: Token, people: PeopleIndex, countries: dict[str, str]) -> str | None:
    for t in tok.subtree:
        if t.i != tok.i and country_for(t.text) and t.text[:1].isupper() and (t.ent_type_ in {"GPE", "NORP"} or t.dep_ in {"poss", "amod", "compound"}):
            return country_for(t.text)
    verb = tok.head
    if tok.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in {"send", "dispatch", "appoint", "form", "name"}:
        for child in verb.children:
            if child.dep_ in {"nsubj", "agent"}:
                subject = next((c for c in child.children if c.dep_ == "pobj"), child) if child.dep_ == "agent" else child
                if country_for(subject.text):
                    return country_for(subject.text)
                person = people.person_of(subject)
                if person and person in countries:
                    return countries[person]
    return None


def _heads_named(tok: Token, people: PeopleIndex) -> list[str]:
    """People a group noun says lead it: "a delegation headed by X", "X-led"."""
    out = []
    for child in tok.children:
        if child.dep_ == "acl" and child.lemma_.lower() in _LEAD_VERBS:
            for agent in (c for c in child.children if c.dep_ == "agent"):
                for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                    person = people.person_of(pobj)
                    if person:
                        out.append(person)
    if tok.dep_ == "nsubj":  # "the team arrived, led by X"
        for clause in tok.head.children:
            if clause.dep_ in {"advcl", "acl", "conj"} and clause.lemma_.lower() in _LEAD_VERBS:
                for agent in (c for c in clause.children if c.dep_ == "agent"):
                    out.extend(people.person_of(p) for p in agent.children if p.dep_ == "pobj" and people.person_of(p))
    if tok.head.lemma_.lower() in _LEAD_VERBS and tok.dep_ == "dobj":
        for child in tok.head.children:
            if child.dep_ == "nsubj" and people.person_of(child):
                out.append(people.person_of(child))
    return out


def _persons_in(tokens, people: PeopleIndex) -> list[str]:
    out: list[str] = []
    for t in tokens:
        mention = people.mention_at(t.i)
        if mention and mention.kind == "name" and mention.person not in out:
            out.append(mention.person)
    return out


def extract_delegations(doc: Doc, people: PeopleIndex, countries: dict[str, str]) -> DelegationIndex:
    index = DelegationIndex()
    pending_heads: list[tuple[str, Evidence]] = []
    pending_members: list[tuple[str, list[str], Evidence]] = []
    for tok in doc:
        if not (_is_group_noun(tok) or tok.lemma_.lower() in _LEAD_VERBS or tok.lower_.startswith("join")):
            continue
        evidence = _evidence(tok)
        if _is_group_noun(tok):
            country = _country_of_group(tok, people, countries)
            definite = any(c.lower_ in {"the", "that", "this"} for c in tok.children)
            if country is None and definite and index.last:
                delegation = index.delegations[index.last]
            elif country is None and not (set(t.lower_ for t in tok.sent) & _TALK_WORDS):
                continue
            else:
                delegation = index.for_country(country, evidence)
            index.refs[tok.i] = delegation.key
            index.last = delegation.key
            for head in _heads_named(tok, people):
                delegation.head = delegation.head or head
                delegation.members.add(head)
        # "tapping X to lead the talks", "X will lead the talks"
        if tok.lemma_.lower() in _LEAD_VERBS and tok.pos_ == "VERB":
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            if any(o.lemma_.lower() in {"talk", "talks", "negotiation", "negotiations", "delegation", "team"} for o in objects):
                leader_tokens = [c for c in tok.children if c.dep_ == "nsubj"]
                if not leader_tokens and tok.dep_ == "xcomp":
                    leader_tokens = [c for c in tok.head.children if c.dep_ == "dobj"]
                for leader_tok in leader_tokens:
                    names = _persons_in(leader_tok.subtree, people)
                    if names:
                        pending_heads.append((names[-1], evidence))
        # "Joining X in Istanbul are A, B and C": the others join X's delegation
        if tok.lower_.startswith("join") and tok.pos_ in {"VERB", "PROPN"}:
            joined = [people.person_of(c) for c in tok.children if c.dep_ == "dobj" and people.person_of(c)]
            following = people.mention_at(tok.i + 1)
            if not joined and following is not None:  # the parser read "Joining Medinsky" as a name
                joined = [following.person]
            others = [p for p in _persons_in(tok.sent, people) if p not in joined]
            if joined and others:
                pending_members.append((joined[0], others, evidence))
    _assign_heads(index, pending_heads, countries)
    for leader, members, evidence in pending_members:
        if index.of_person(leader) is None:
            _assign_heads(index, [(leader, evidence)], countries)
        delegation = index.of_person(leader)
        delegation.members.update(members)
        if evidence not in delegation.evidence:
            delegation.evidence.append(evidence)
    return index


def _assign_heads(index: DelegationIndex, heads: list[tuple[str, Evidence]], countries: dict[str, str]) -> None:
    for person, evidence in heads:
        if index.of_person(person):
            continue
        country = countries.get(person)
        if country is None:
            headless = [d for d in index.delegations.values() if d.head is None and d.represents]
            if len(headless) == 1:
                country = headless[0].represents
        delegation = index.for_country(country, evidence)
        delegation.head = delegation.head or person
        delegation.members.add(person)
