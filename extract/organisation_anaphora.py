"""An organisation named again by its kind: "the group said", "the company added".

After "The rights group Costa Viva said ..." or "Kaleta Copper cut its forecast ...", news copy
calls the organisation "the group", "the company" (`organisation_class_nouns.txt`). Such a definite
class noun with nothing that says whose it is stands for the most recent organisation, in its own
sentence so far or the three before, that was a subject or was introduced by the same noun ("the
mining firm Kaleta Copper", whatever the name finder called it). No such organisation: it names nobody (the quote stays unattributed,
never given to an earlier person)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract.agents import AgentResolver
from newsgraph.extract.facts import Agent
from newsgraph.extract.lexicon import lex

_WINDOW = 3


def is_bare_class_noun(noun: Token) -> bool:
    """ "the group", "the company": definite, lower case, nothing qualifying it."""
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.lemma_.lower() not in lex().organisation_class_nouns:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    return not any(c.dep_ in {"poss", "compound", "amod", "nmod", "prep", "appos", "acl", "relcl"} for c in noun.children)


def organisation_antecedent(noun: Token, resolver: AgentResolver, sents: list[Span]) -> Agent | None:
    """The organisation a bare class noun stands for, per the module rules."""
    if not is_bare_class_noun(noun):
        return None
    index = next((k for k, s in enumerate(sents) if s.start <= noun.i < s.end), None)
    if index is None:
        return None
    classes = lex().organisation_class_nouns
    doc = noun.doc
    for tok in reversed(doc[sents[max(0, index - _WINDOW)].start:noun.i]):
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is None or tok.i != ent.end - 1:
            continue  # each entity once, at its last word
        # introduced by a class noun, the same or another ("the mining firm X ... the company said")
        introduced = any(t.lemma_.lower() in classes for t in doc[max(0, ent.start - 3):ent.start])
        subject = any(t.dep_ in {"nsubj", "nsubjpass"} for t in ent)
        agent = resolver.agent_for(tok)
        if agent is None and introduced and ent.label_ in {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT"} \
                and resolver.people.mention_at(tok.i) is None:
            # "the rights group Costa Viva": a name the noun classes as no person, whatever NER called it
            return Agent("organization", ent.text[4:] if ent.text.lower().startswith("the ") else ent.text)
        if agent is not None and agent.kind == "organization" and (introduced or subject):
            return agent
    return None
