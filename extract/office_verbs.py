"""Offices stated by what the holder does: "Jane Roe, who heads the central bank,", "Tom Berg chairs
the finance committee", "Ana Soto, who led the ministry until May,".

The verb (`office_verbs.txt`: head, chair, lead, direct, run, command, govern) names the office and
its object names the body: an organisation the name finder knows, or a noun phrase headed by a body
word ("the central bank", "the finance committee", "a ministry"). "leads the polls", "runs a
bakery" state no office: the object is no body. The verb's subject must be the name itself or
"who" in a relative clause on the name. A past tense makes the office a former one.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.facts import Evidence, Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.name_words import ORG_WORDS
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.text import strip_leading_the


_GOVERNMENTS = frozenset({"government", "administration", "cabinet"})


def _body_of(obj: Token) -> tuple[str, bool] | None:
    """(name, is_country) of the body an office verb's object names, or None."""
    ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
    named = _capitalised_name_before(obj)
    if ent is not None and ent.label_ == "ORG" and named is not None and len(named) > len(ent.text):
        return named, False  # "the Senate Roads and Transport Committee", NER took only its end
    if ent is not None and ent.label_ in {"ORG", "GPE"}:
        country = lex().country_for(strip_leading_the(ent.text))
        return (country, True) if country else (strip_leading_the(ent.text), False)
    if obj.lemma_.lower() not in ORG_WORDS | lex().speaking_bodies | lex().led_bodies:
        return None
    words = [t for t in obj.subtree if t.i <= obj.i and t.dep_ not in {"det", "poss", "case"} and t.tag_ != "PRP$"]
    complement = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ in {"of", "on"}), None)
    if complement is not None and any(c.dep_ == "pobj" for c in complement.children):
        words += list(complement.subtree)  # "the conference of regional governors", "the subcommittee on energy"
    return " ".join(t.text for t in words), False


def _capitalised_name_before(obj: Token) -> str | None:
    """The whole capitalised name a body word closes ("Senate Roads and Transport Committee"): the
    words the parser hung before it, when every one is capitalised or "and"/"&"/"of"."""
    words = [t for t in obj.subtree if t.i <= obj.i and t.dep_ not in {"det", "poss", "case", "punct"}]
    if not words or words[-1].i != obj.i or words[-1].i - words[0].i + 1 != len(words):
        return None
    if not all(t.text[:1].isupper() or t.lower_ in {"and", "&", "of"} for t in words):
        return None
    return " ".join(t.text for t in words)


def _passive_bodies(name: Token) -> list[tuple[Token, Token]]:
    """(verb, body) where the name is the by-agent of an office verb said of a body: "the committee,
    chaired by Senator X,", "the task force is chaired by X", "the panel, which is led by X,"."""
    agent = name.head  # (the parser may hang a long titled name on "by" as an adverbial: "by Coast Senator X")
    if agent.dep_ != "agent" or agent.lower_ != "by" or agent.head.tag_ != "VBN":
        return []
    verb = agent.head
    bodies = [verb.head] if verb.dep_ in {"acl", "relcl"} else [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "advcl" and verb.i >= 2 and verb.doc[verb.i - 1].text == ",":
        bodies = [verb.doc[verb.i - 2]]  # "wrote to the Water Board, chaired by X,": hung on the main verb
    return [(verb, body) for body in bodies if body.lemma_.lower() not in lex().group_nouns]  # "a group led by X": no post


def _told_in_the_past(verb: Token) -> bool:
    """A past office verb: "who headed the bank", "the panel was chaired by X"; not a present perfect
    ("who has led") nor a participle that describes the body now ("the committee, chaired by X,")."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in auxes):
        return False
    if verb.tag_ == "VBN":
        return any(c.tag_ == "VBD" for c in auxes)  # "was chaired by", not "chaired by" after the body
    return verb.tag_ == "VBD"


def verb_offices(doc: Doc, people: PeopleIndex) -> list[Office]:
    """An office for each name that is the subject of an office verb with a body as its object."""
    out: list[Office] = []
    seen: set[tuple[str, str]] = set()
    for mention in people.name_mentions():
        root = doc[mention.start:mention.end].root
        verbs = [root.head] if root.dep_ == "nsubj" and root.head.pos_ == "VERB" else []
        if root.dep_ in {"nsubj", "nsubjpass"}:  # "X is a member of the board and heads its audit office": the shared subject
            verbs += [c for c in root.head.conjuncts if c.pos_ == "VERB" and c.i > root.head.i
                      and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)]
        verbs += [c for c in root.children if c.dep_ == "relcl"
                  and any(s.dep_ == "nsubj" and s.lower_ in {"who", "that"} for s in c.children)]
        pairs = [(verb, next((c for c in verb.children if c.dep_ == "dobj"), None)) for verb in verbs]
        for verb, obj in pairs + _passive_bodies(root):
            title = lex().office_verbs.get(verb.lemma_.lower())
            if title is None or obj is None or any(c.dep_ == "neg" for c in verb.children):
                continue
            if obj.lemma_.lower() in _GOVERNMENTS and mention.start > 0 \
                    and doc[mention.start - 1].lemma_.lower() in lex().title_heads:
                continue  # "the Chilean government, led by Prime Minister X": X's post is the title, told already
            body = _body_of(obj)
            if body is None or (mention.person, title) in seen:
                continue
            seen.add((mention.person, title))
            name, is_country = body
            if not is_country:  # "who heads the transitional government": the head of that body
                definite = any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" for c in obj.children)
                article = "the " if definite or name[:1].islower() else ""
                title = f"{title} of {article}{name}"
            past = _told_in_the_past(verb)
            out.append(Office(person=mention.person, title=title, org=name, org_is_country=is_country,
                              former=past, evidence=Evidence.of(verb.sent), confidence=0.7))
    return out
