"""Map a token to who it stands for: a person, a delegation, an organisation or a country."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.facts import Agent
from newsgraph.extract.lexicon import lex
from newsgraph.extract.name_words import ORG_WORDS, is_first_name
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.speaking_offices import issuer_of_document, office_of_person, standing_mission, titled_office
from newsgraph.extract.syntax import entity_of
from newsgraph.extract.text import strip_leading_the

# bodies that speak for the one person who owns them ("the president's office", "Lee's campaign")
_PERSONAL_BODIES = {"office", "administration", "government", "campaign", "team", "cabinet", "presidency"}
_SEATS_OF_GOVERNMENT = {"kremlin", "white house", "downing street", "elysee", "élysée"}


def organisation_name(ent: Span) -> tuple[str, str | None]:
    """(name, country) for an ORG entity; "Russia's Foreign Ministry" keeps its country. A demonym NER left
    out of the entity ("the Japanese | Foreign Ministry") is part of the name, as when the entity holds it."""
    text = strip_leading_the(_without_indefinite(ent).text)
    text = text.replace("\u2019s", "").replace("'s", "") if text.endswith(("'s", "\u2019s")) else text
    name = lex().org_aliases.get(text.lower(), text)
    country = None
    demonym = None
    head = ent.root
    for child in head.children:
        if child.dep_ == "poss" and lex().country_for(child.text):
            country = lex().country_for(child.text)
        if child.dep_ in {"amod", "compound"} and child.i < ent.start and lex().country_for(child.text):
            if child.ent_type_ == "NORP" and child.i == ent.start - 1:
                demonym = child
            else:
                country = lex().country_for(child.text)
    if ent.start > 0:
        prev = ent.doc[ent.start - 1]
        if prev.tag_ == "POS" and ent.start > 1 and lex().country_for(ent.doc[ent.start - 2].text):
            country = lex().country_for(ent.doc[ent.start - 2].text)
        elif lex().country_for(prev.text) and prev.ent_type_ == "NORP":
            demonym = prev
        elif lex().country_for(prev.text) and prev.ent_type_ == "GPE":
            country = lex().country_for(prev.text)
    if demonym is not None and country is None:
        return f"{demonym.text} {name}", None
    return name, country


def _office_of_a_title(token: Token) -> str | None:
    """ "the Prime Minister's Office", "the President's Office": a capitalised body noun owned by a
    capitalised title is an organisation by that name (no person: the office speaks)."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.lemma_.lower() not in _PERSONAL_BODIES:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in lex().title_heads or not owner.text[:1].isupper():
        return None
    words = [t for t in owner.subtree if t.tag_ != "POS" and t.dep_ != "det"]
    if not words or any(not t.text[:1].isupper() for t in words):
        return None
    return " ".join(t.text for t in words) + "'s " + token.text


def _title_tagged_as_body(ent: Span) -> bool:
    """ "the Minister of Finance", "Secretary of State for Trade": an "organisation" NER made of a person's
    title (a title head, then "of" or "for" and its portfolio, no word of a body's name such as "Ministry"
    or "Council") is an office, whose holder is named beside it or nowhere."""
    words = [t for t in ent if t.lower_ != "the"]
    return (len(words) >= 3 and words[0].lower_ in lex().title_heads and words[1].lower_ in {"of", "for"}
            and not any(t.lower_ in ORG_WORDS for t in words))


def _without_indefinite(ent: Span) -> Span:
    """ "a White House readout": NER may take the article into the name; it is no part of it."""
    return ent[1:] if len(ent) > 1 and ent[0].lower_ in {"a", "an"} else ent


def nationality_words(token: Token) -> str:
    """The whole nationality a modifier word is part of ("North Korean", "South Sudanese", not just
    "Korean", which alone is read as the South): its NORP or GPE entity, else the word."""
    ent = entity_of(token)
    if ent is not None and ent.label_ in {"NORP", "GPE"} and all(t.text[:1].isupper() for t in ent):
        return ent.text
    return token.text


def seat_country(noun: Token) -> str | None:
    """The country whose capital a government body is placed in ("the foreign ministry in Hanoi",
    "the government in Nairobi"): a body of `seated_bodies.txt` with an "in" phrase naming a place
    that stands for a country. An embassy in a capital is another country's, so it is no such body."""
    if noun.lemma_.lower() not in lex().seated_bodies:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > noun.i):
        for place in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"):
            ent = entity_of(place)
            country = lex().country_for(strip_leading_the(ent.text if ent is not None else place.text))
            if country is not None:
                return country
    return None


def org_key(name: str, country: str | None) -> str:
    return f"{country}|{name}" if country else name


_LEADING_VERBS = frozenset({"lead", "head", "chair"})
_PLACE_QUALIFIERS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                               "central", "greater", "new", "upper", "lower", "mainland", "rural", "little"})


def body_named_for_its_country(token: Token) -> Agent | None:
    """ "Meat Industry Ireland said", "Fishing Industry Norway", "Tourism Ireland": capitalised words
    before a country's name, in one compound, name a body of that country (NER reads such names as the
    country, or a person, or nothing). Not a place ("Northern Ireland"), not a country of several words
    ("New Zealand"), not a person ("Kevin Ireland") or a title ("Ambassador Ireland")."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or not lex().country_for(token.text):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i <= token.i:
        start -= 1  # "Meat Processors Ireland": "Meat" hangs on "Processors"
    words = list(doc[start:token.i])
    if not words:
        return None
    name = doc[start:token.i + 1]
    if lex().country_for(name.text) or is_first_name(words[0].text) or any(
            not w.text[:1].isupper() or not w.is_alpha or lex().country_for(w.text) or w.lower_ in _PLACE_QUALIFIERS
            or w.lower_ in lex().title_heads or w.lower_ in lex().honorifics for w in words):
        return None
    return Agent("organization", name.text)


_PORTFOLIO_HEADS = frozenset({"ministry", "department"})


def _portfolio_named_alone(noun: Token) -> Agent | None:
    """ "the foreign ministry said", "the defence ministry added": a ministry named by its portfolio word alone,
    with no country or owner, speaks as that ministry, named as the text names it (not through "the foreign
    ministry's spokesman", who speaks for a body nobody named)."""
    if noun.lemma_.lower() not in _PORTFOLIO_HEADS or not noun.is_lower or noun.dep_ == "poss" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            or any(c.dep_ in {"poss", "nmod"} or (c.dep_ in {"amod", "compound"} and not c.is_lower) for c in noun.children):
        return None
    portfolio = [c for c in noun.children if c.dep_ in {"amod", "compound"} and c.i < noun.i]
    if not portfolio or any(c.lemma_.lower() in lex().speaking_bodies or c.lower_ in _NO_PORTFOLIO
                            or c.lower_ in lex().former_words for c in portfolio):
        return None  # "the new ministry", "the relevant department": no portfolio named
    return Agent("organization", " ".join(t.text for t in noun.doc[portfolio[0].i:noun.i + 1]))


_NO_PORTFOLIO = frozenset({"new", "same", "relevant", "responsible", "concerned", "competent", "whole", "entire", "other"})


class AgentResolver:
    """Who a token refers to, in the order: person, delegation, organisation, country."""

    def __init__(self, doc: Doc, people: PeopleIndex, delegation_refs: dict[int, str] | None = None,
                 skip_before: int = 0, delegation_groups: dict[int, list[str]] | None = None):
        self.doc = doc
        self.people = people
        self.delegation_refs = delegation_refs if delegation_refs is not None else {}
        self.delegation_groups = delegation_groups or {}  # "the two delegations": one key per side
        self.skip_before = skip_before  # a dateline's agency and city are nobody's partner

    def agent_for(self, token: Token) -> Agent | None:
        if token.idx < self.skip_before:
            return None
        person = self.people.person_of(token) or self._name_after_title_complement(token)
        if person:
            return Agent("person", person)
        if (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)) \
                and token.lemma_.lower() in lex().speaking_bodies:  # the parser tags a lower-case "ministry" PROPN at times
            return self._body_of(token)
        office = _office_of_a_title(token)
        if office is not None:
            return Agent("organization", office)
        mission = standing_mission(token)  # "the EU Delegation said": a body, not a group sent to talks
        if mission is not None:
            return mission
        if token.i in self.delegation_refs:
            return Agent("delegation", self.delegation_refs[token.i])
        leader = self._leader_of_group(token)
        if leader:
            return Agent("person", leader)
        body = body_named_for_its_country(token)
        if body is not None:
            return body
        ent = entity_of(token)
        text = strip_leading_the(_without_indefinite(ent).text if ent is not None else token.text)
        if text.lower() in _SEATS_OF_GOVERNMENT or (ent is not None and ent.label_ in {"GPE", "NORP"}):
            if self._holder_named_after(ent[-1] if ent is not None else token):
                return None  # "the Foreign Ministers of Chile, A, and Peru, B": Peru is B's country, B took part
            country = lex().country_for(text)
            if country:
                return Agent("country", country)
            if ent is not None and ent.label_ == "GPE":
                return Agent("country", text)
        if ent is not None and ent.label_ == "ORG":
            if any(t.is_lower and not t.is_stop for t in ent) or any(self.people.mention_at(t.i) for t in ent):
                return None  # "Macron hosts Scholz": a misread headline, not an organisation
            if all(t.lower_ in lex().title_heads or t.lower_ == "the" for t in ent):
                return None  # "the Tánaiste" tagged as a body: an office holder nobody resolved, not an organisation
            if _title_tagged_as_body(ent):
                return None  # "the Minister of Finance, B": B's office, not a body
            country = lex().country_for(text)
            if country:
                return Agent("country", country)
            name, org_country = organisation_name(ent)
            return Agent("organization", org_key(name, org_country))
        return None

    def _holder_named_after(self, last: Token) -> bool:
        """A country followed by its holder's name set off by commas (", B," or ", B and"): the holder stands for
        the country."""
        doc, k = last.doc, last.i + 2
        mention = self.people.mention_at(k) if k < len(doc) and doc[k - 1].text == "," else None
        return (mention is not None and mention.kind == "name" and mention.start == k
                and mention.end < len(doc) and doc[mention.end].text in {",", "and"})

    def _leader_of_group(self, group: Token) -> str | None:
        """ "a team led by A", "a mission headed by A", "the group, led by A,": a group no delegation
        stands for is there in the person of its leader."""
        if group.pos_ != "NOUN" or group.lemma_.lower() not in lex().group_nouns | lex().delegation_nouns:
            return None
        for participle in group.children:
            if participle.dep_ == "acl" and participle.lemma_.lower() in _LEADING_VERBS:
                for agent in participle.children:
                    if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                        for pobj in agent.children:
                            person = self.people.person_of(pobj) if pobj.dep_ == "pobj" else None
                            if person:
                                return person
        return None

    def _name_after_title_complement(self, title: Token, most: int = 14) -> str | None:
        """ "Deputy Minister for Foreign Affairs Omar Haidar", "Chairman of the Senate Committee on
        Agriculture Paul Dent": the parser hangs the name inside the title's own complement, so the
        title stands for the name right after that complement (read along the surface: capitalised
        words and the prepositions of titles only, wherever the parser hung them)."""
        if not (title.text[:1].isupper() and title.lower_ in lex().title_heads):
            return None
        doc = self.doc
        if title.i + 1 >= len(doc) or doc[title.i + 1].lower_ not in lex().title_complement_preps:
            return None
        for tok in doc[title.i + 1:min(len(doc), title.i + most)]:
            mention = self.people.mention_at(tok.i)
            if mention is not None:
                j = tok.i - 1
                while j > title.i and doc[j].lower_ in lex().title_heads | set(lex().honorifics):
                    j -= 1  # "... of Energy Sheikh Ali": an honorific or inner title before the name
                # "Spokesman for (Senator) Jane Roe", "Adviser to X": the name is the complement's own
                # object, not the holder of the outer title; a portfolio word must come before it
                portfolio_before = j > title.i + 1 and doc[j].text[:1].isupper()
                return mention.person if mention.kind == "name" and mention.start == tok.i and portfolio_before else None
            if not (tok.text[:1].isupper() or tok.lower_ in lex().title_complement_preps or tok.lower_ in {"the", "and"}):
                return None
        return None

    def _body_of(self, noun: Token) -> Agent | None:
        """ "the Greek statement", "a Kremlin spokesman", "Russia's government": the country or
        organisation that speaks through the noun."""
        for child in noun.children:
            if child.dep_ not in {"amod", "compound", "poss", "nmod"}:
                continue
            person = self.people.person_of(child) if child.dep_ == "poss" else None
            if person and noun.lemma_.lower() in _PERSONAL_BODIES:  # "Lee's office said in a statement"
                owner = "".join(t.text_with_ws for t in child.subtree if t.tag_ != "POS").strip()
                known = self.people.persons[person]
                if child.pos_ == "PRON":  # "his office": the person by the shortest name the article uses
                    owner = min([known.name, *known.aliases], key=lambda n: (len(n.split()), len(n)))
                elif child.pos_ != "PROPN" or child.is_lower:  # "the president's office": the holder's name
                    owner = known.name
                return Agent("organization", f"{owner}'s {noun.lemma_.lower()}")  # named as the text names it
            if child.dep_ == "poss" and child.lemma_.lower() in lex().speaking_bodies and child.i != noun.i:
                body = self._body_of(child)  # "Nigeria's foreign ministry's spokesman": the ministry's word
                if body is not None:
                    return body
            ent = entity_of(child)
            if ent is not None and ent.label_ == "ORG" and lex().country_for(ent.text) is None:
                name, country = organisation_name(ent)
                return Agent("organization", org_key(name, country))
            country = lex().country_for(nationality_words(child))
            if country and child.text[:1].isupper():
                return Agent("country", country)
        seat = seat_country(noun)
        if seat is not None:  # "the ministry of defence in Ankara said"
            return Agent("country", seat)
        office = office_of_person(noun, lambda t: self.people.person_of(t) is not None)
        if office is not None:  # "the office of Senator Ana Ruiz said"
            return office
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "for", "of", "by"}):
            # "a statement from the president's office", "a spokesman for Nigeria's foreign ministry"
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                agent = self.agent_for(obj)
                if agent is not None and (agent.kind != "person" or noun.lemma_.lower() in lex().document_nouns):
                    return agent
        if noun.lemma_.lower() in lex().document_nouns:  # "a readout put out by the Cabinet Office"
            issuer = issuer_of_document(noun, self.agent_for, self._is_named_person)
            if issuer is not None:
                return issuer
        return titled_office(noun) or _portfolio_named_alone(noun)  # "the premier's office said", no holder named

    def document_source(self, noun: Token) -> Agent | None:
        """ "a readout put out by the State Department", "a memo from the ministry": who put out a text
        that is cited as a source (`document_nouns.txt`)."""
        return self._body_of(noun) if noun.lemma_.lower() in lex().document_nouns else None

    def _is_named_person(self, token: Token) -> bool:
        """Part of a person's name (not a title or pronoun standing for one)."""
        mention = self.people.mention_at(token.i)
        return mention is not None and mention.kind == "name"

    def agents_in(self, token: Token) -> list[Agent]:
        """The agent a token stands for plus those coordinated with it ("Putin and Xi")."""
        out: list[Agent] = []
        stack = [token]
        seen: set[int] = set()
        while stack:
            tok = stack.pop()
            if tok.i in seen:
                continue
            seen.add(tok.i)
            agent = self.agent_for(tok)
            if agent and agent not in out:
                out.append(agent)
            out.extend(a for a in (Agent("delegation", k) for k in self.delegation_groups.get(tok.i, ())) if a not in out)
            for child in tok.children:
                # "nmod": the parser's reading of a coordination of titled names ("Arata and ... Min")
                if child.dep_ in {"conj", "appos"} or (child.dep_ == "nmod" and self.people.person_of(child)):
                    stack.append(child)
                if child.dep_ == "prep" and child.lower_ in {"including", "like"}:
                    stack.extend(c for c in child.children if c.dep_ == "pobj")
        return out
