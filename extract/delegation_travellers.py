"""A country's delegation the text names only after telling who travelled is made of those travellers.

"A, along with B, arrived in Islamabad on Monday. Later the US delegation held talks with C"; "A and B flew
to Riyadh. C showed the British delegation round the old town": a delegation told with no head and no members of its
own is the party of its country whose journey (`travel_verbs.txt`: arrived, flew, landed ...) was told just
before. The one who travelled heads it, alone or with others who came with them ("along with B",
"accompanied by B", "with B"); coordinated travellers ("A and B flew") are members with no head. A traveller of another
known country, or one already in a delegation, is left out, and nothing is taken unless one traveller is
known to be of the delegation's country.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.facts import Delegation, Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.meeting_clauses import agent_objects
from newsgraph.extract.people import PeopleIndex

__all__ = ["travellers_of_named_delegations"]

_COMPANION_PREPS = frozenset({"with"})  # "along with B", "with B"
_ESCORT = frozenset({"accompany", "escort", "join"})


def travelling_party(verb: Token, people: PeopleIndex) -> tuple[list[str], list[str]]:
    """(travellers, companions) of a travel verb: its person subjects with their conjuncts, and those who
    came with them ("A, along with B, arrived", "A arrived, accompanied by B", "A flew in with B")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    companions: list[str] = []
    # "A, along with B, arrived", "A along with B arrived" (the parser hangs "along" on the verb), "flew in with B"
    preps = [t for t in verb.subtree if t.lower_ in _COMPANION_PREPS and t.dep_ == "prep"
             and (t.head.i == verb.i or t.head.lower_ == "along" or any(t.head.i == s.i for s in subjects))]
    for prep in preps:
        companions += people.named_in(prep.subtree)
    # the subject's names read along its subtree: the parser may hang "A and B" any way round, and may make a
    # companion after "along with" a second subject
    cut = min((p.i for p in preps if p.i < verb.i), default=verb.i)
    subject_words = [t for s in subjects for t in s.subtree]
    companions += people.named_in([t for t in subject_words if cut < t.i < verb.i])
    travellers = [p for p in people.named_in([t for t in subject_words if t.i < cut]) if p not in companions]
    for child in verb.children:
        if child.dep_ in {"advcl", "acl", "conj"} and child.lemma_.lower() in _ESCORT and child.tag_ == "VBN":
            companions += people.named_in(child.subtree)
    return travellers, [c for c in dict.fromkeys(companions) if c not in travellers]


def _journeys_before(doc: Doc, sent: Span, window: int) -> list[Token]:
    """Travel verbs of the sentences ending within `window` characters before `sent`, nearest last."""
    verbs = lex().travel_verbs
    return [t for t in doc[max(0, sent.start - 400):sent.start]
            if t.pos_ == "VERB" and t.lemma_.lower() in verbs and sent.start_char - t.sent.end_char <= window]


def _accompanied_after(doc: Doc, verb: Token, sent: Span, travellers: list[str], people: PeopleIndex) -> list[str]:
    """ "A arrived in Kyiv. A is accompanied by B and by C. ... the OSCE delegation": companions a passive "accompany"
    gives a traveller between the journey and the delegation's mention."""
    out: list[str] = []
    for tok in doc[verb.sent.end:sent.start]:
        if tok.lemma_.lower() not in _ESCORT or tok.tag_ != "VBN":
            continue
        if not any(people.person_of(s) in travellers for s in tok.children if s.dep_ == "nsubjpass"):
            continue
        for agent in agent_objects(tok):
            out += [p for p in people.named_in(list(agent.subtree)) if p not in travellers and p not in out]
    return out


def travellers_of_named_delegations(doc: Doc, people: PeopleIndex, delegations: dict[str, Delegation],
                                    refs: dict[int, str], countries: dict[str, str], window: int = 1500,
                                    offices: list[Office] | None = None) -> None:
    """Fill each country delegation told with no one in it from the travellers told just before it; an
    organisation's delegation likewise, from travellers holding an office of that organisation."""
    first_told: dict[str, int] = {}
    for i, key in sorted(refs.items()):
        first_told.setdefault(key, i)
    placed = {p for d in delegations.values() for p in d.members | ({d.head} if d.head else set())}
    for key, i in first_told.items():
        delegation = delegations[key]
        country = delegation.represents
        if country is None or delegation.head or delegation.members:
            continue
        side = countries if not delegation.represents_organization else \
            {o.person: country for o in offices or [] if o.org == country}
        if delegation.represents_organization and not side:
            continue
        for verb in reversed(_journeys_before(doc, doc[i].sent, window)):
            travellers, companions = travelling_party(verb, people)
            companions += [c for c in _accompanied_after(doc, verb, doc[i].sent, travellers, people) if c not in companions]
            party = [p for p in travellers + companions if p not in placed and side.get(p, country) == country]
            if not any(side.get(p) == country for p in party) or len(party) < len(travellers + companions):
                continue
            if len(travellers) == 1:
                delegation.head = travellers[0]
            delegation.members.update(party)
            placed.update(party)
            break
