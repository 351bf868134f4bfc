"""Where a meeting took place: a venue or town in the trigger's clause, a place the story put
its parties in before (a trip's destination, an arrival), the dateline's city named again, the headline's place.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.datelines import dateline_end
from newsgraph.extract.delegations import DelegationIndex
from newsgraph.extract.facts import Channel, Meeting, MeetingStatus
from newsgraph.extract.lexicon import lex
from newsgraph.extract.measured_gaps import across_gap, measured_gap
from newsgraph.extract.meeting_clauses import (SUBJECT_DEPS, TRAVEL_VERBS, TRIP_NOUNS, content_sentences,
                                               controller_subjects, in_clause_of, meeting_governors, prep_objects,
                                               programme_trips)
from newsgraph.extract.participants import is_person_noun, sentence_end
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.syntax import children as _children, doc_text


_PLACE_PREPS = {"in", "at", "on"}


def _place_name(ent: Span) -> str:
    """An entity's text as a place name: no leading "the", no trailing generic word ("Hainan province"),
    nor a trailing "and" where the tagger cut the name ("the Ministry of Fisheries and [Oceans]": the
    capitalised words after it are taken in)."""
    doc = ent.doc
    end = ent.end
    if ent[-1].lower_ in {"and", "&"}:
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
            end += 1
    words = doc[ent.start:end].text.split() if end > ent.end else ent.text.split()
    while words and words[-1].lower() in {"and", "&", "of", "in", "at", "on"}:
        words = words[:-1]
    if words and words[0].lower() == "the" and ("The " + " ".join(words[1:])) not in lex().city_forms:
        words = words[1:]  # "the Kremlin" is "Kremlin"; "The Hague" keeps its article (city_forms.txt)
    while len(words) > 1 and words[-1] in lex().place_generic_heads:
        words = words[:-1]
    if words and words[-1].endswith(("'s", "\u2019s")):  # "the Department for Transport's [offices]"
        words[-1] = words[-1][:-2]
    return " ".join(_office_owning(doc[ent.start], ent[-1]) + words)


def _office_owning(first: Token, building: Token) -> list[str]:
    """ "President's House", "the Governor's Lodge", "Speaker's House": the office word and its possessive that
    open a residence's name the tagger left them out of (as one word), or nothing. Never a person's or a
    country's possessive ("Turkey's palace")."""
    doc = first.doc
    if first.i < 2 or doc[first.i - 1].tag_ != "POS" or building.text not in lex().building_heads:
        return []
    owner = doc[first.i - 2]
    if owner.dep_ == "poss" and first.i <= owner.head.i <= building.i and owner.text[:1].isupper() \
            and owner.lower_ in lex().title_heads and owner.ent_type_ not in {"PERSON", "GPE", "NORP"}:
        return [owner.text + doc[first.i - 1].text]
    return []


def _place_run_into_a_name(pobj: Token, people: PeopleIndex | None) -> str | None:
    """ "received on Friday in Rabat Tunisian Minister A": the town opening a phrase the parser ran on into the
    guest's title and name (the name closing it is a person)."""
    first = pobj.left_edge
    if people is None or not people.person_of(pobj) or first.i >= pobj.i:
        return None
    return first.text if first.text in lex().city_forms or _is_country(first.text) else None


def place_of(pobj: Token, depth: int = 0) -> str | None:
    """The place a prepositional object names: "Ankara", "Dolmabahçe Palace", "the Turkish city of
    Antalya", "the sidelines of the summit in Lima"."""
    city = _city_at(pobj)
    if city is not None:
        return city
    if pobj.ent_type_ in {"GPE", "LOC", "FAC", "ORG"}:
        ent = next((e for e in pobj.doc.ents if e.start <= pobj.i < e.end), None)
        named_site = ent is not None and (ent.label_ != "ORG" or ent[-1].text in lex().building_heads
                                       or ent.root.text in lex().building_heads  # "Basman Royal Palace", "the Ministry of Trade"
                                       or _leading_building_word(ent))  # "Villa Somalia", "Hotel Metropol"
        if named_site and not _is_event_name(ent):
            return _place_name(ent)
    if not pobj.ent_type_ and pobj.pos_ == "PROPN" and (pobj.text in lex().city_forms or _is_country(pobj.text)):
        return pobj.text  # a capital or country the tagger missed (headlines: "... delegation in Kyiv")
    if pobj.ent_type_ in {"", "PERSON"} and pobj.dep_ == "pobj" and _lone_name(pobj) \
            and pobj.text in places_tagged_in(pobj.doc):
        return pobj.text  # one sense per discourse: "in Tarvik", tagged a town elsewhere in the story
    if not pobj.ent_type_ and pobj.dep_ == "pobj" and pobj.head.lower_ == "in" and _lone_name(pobj) \
            and pobj.text[:1].isupper() and pobj.text.isalpha() and not pobj.is_sent_start \
            and pobj.lower_ not in lex().title_heads:
        return pobj.text  # "held talks in Tromsø": a lone name after "in" the tagger left out is a town
    if pobj.pos_ == "PROPN" and not pobj.ent_type_:  # "at Hotel Metropol", untagged: its first word says it
        start = _name_start(pobj)
        if start < pobj.i and pobj.doc[start].text in lex().building_heads:
            return pobj.doc[start:pobj.i + 1].text
    if pobj.text.capitalize() in lex().building_heads and pobj.pos_ in {"NOUN", "PROPN"}:
        named = _name_before_building(pobj)
        if named:
            return named  # "the Marina Bay convention centre", "the Central Bank of Norway headquarters"
    if (pobj.pos_ == "PROPN" and pobj.text in lex().building_heads) or (
            pobj.pos_ == "NOUN" and pobj.text.capitalize() in lex().building_heads):  # "the Torre Blanca palace"
        found = _named_building(pobj)
        if found or pobj.pos_ == "PROPN":
            return found
    if pobj.lemma_.lower() in lex().place_nouns and pobj.pos_ == "NOUN":  # "the capital, Bamako"
        named = [c for c in pobj.children if c.dep_ == "appos" and c.pos_ == "PROPN"] or _name_after_comma(pobj)
        if named:
            ent = next((e for e in pobj.doc.ents if e.start <= named[0].i < e.end), None)
            return _place_name(ent) if ent is not None else named[0].text
        capital = capital_of(pobj)
        if capital:
            return capital
    if pobj.lower_ in lex().place_generic_heads:  # "in the Gansu region": the name before the generic word
        named = [c for c in pobj.children if c.dep_ in {"compound", "amod"} and c.ent_type_ in {"GPE", "LOC"}]
        if named:
            return place_of(named[-1], depth + 1)
    if depth >= 3 or is_person_noun(pobj):
        return None  # "called on the Prime Minister of Kenya": a title's country is no place
    for owner in _children(pobj, {"poss"}):  # "at the Ministry of Labour's headquarters": the ministry
        found = place_of(owner, depth + 1) if pobj.pos_ == "NOUN" else None
        if found and is_site(found):
            return found
    for inner in prep_objects(pobj, {"of", "in", "at"}):
        if inner.i > 0 and pobj.doc[inner.i - 1].text == ",":
            continue  # "On the margins of the plenary, Mahlangu, ...": the subject the parser hung on "of"
        found = place_of(inner, depth + 1)
        if found:
            return found
    return None


def _name_after_comma(noun: Token) -> list[Token]:
    """ "in the Jordanian capital, Amman, on Tuesday": the town's name set off by a comma right after the
    place word, which the parser hung elsewhere."""
    doc = noun.doc
    k = noun.i + 2
    if noun.right_edge.i != noun.i or k >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    ent = next((e for e in doc.ents if e.start == k), None)
    if ent is not None and ent.label_ in {"GPE", "LOC"}:
        return [ent.root]
    return [doc[k]] if doc[k].pos_ == "PROPN" and _city_at(doc[k]) else []


def capital_of(noun: Token) -> str | None:
    """ "in the Jordanian capital", "in Kenya's capital", "in the capital of Peru": the capital of the
    country the word names, the first town its entry in `country_forms.txt` lists."""
    if noun.lemma_.lower() != "capital" or noun.pos_ != "NOUN":
        return None
    owners = [c for c in noun.children if c.dep_ in {"amod", "poss", "compound", "nmod"}]
    owners += [o for o in prep_objects(noun, {"of"})]
    for owner in owners:
        ent = next((e for e in noun.doc.ents if e.start <= owner.i < e.end), None)
        country = lex().country_for(ent.text if ent is not None else owner.text)
        if country:
            return next((form for form in lex().country_forms.get(country, []) if form in lex().city_forms), None)
    return None


def places_tagged_in(doc: Doc) -> frozenset[str]:
    """The one-word names the tagger labelled a town, country or region somewhere in the article
    (read once per document)."""
    found = doc.user_data.get("ng_places_tagged")
    if found is None:
        found = doc.user_data["ng_places_tagged"] = frozenset(
            e.text for e in doc.ents if e.label_ in {"GPE", "LOC"} and len(e) == 1 and e.text[:1].isupper())
    return found


def _lone_name(tok: Token) -> bool:
    """A proper noun standing alone, no other capitalised word of a name before or after it."""
    doc = tok.doc
    return (tok.pos_ == "PROPN" and _name_start(tok) == tok.i
            and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].text[:1].isupper()))


def _name_start(head: Token) -> int:
    """Where a proper name ends at `head` begins: its first proper-noun compound ("Ho Chi Minh City")."""
    return min((t.i for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"), default=head.i)


def _city_at(pobj: Token) -> str | None:
    """A city of `city_forms.txt` the object names, whatever the tagger called it ("in Copenhagen"
    tagged as an organisation, "Santo Domingo" as nothing, "Port of Spain" cut to "Port"): the
    longest name that starts at the object's first proper noun and takes in the object."""
    if pobj.pos_ != "PROPN":
        return None
    doc = pobj.doc
    start = _name_start(pobj)
    for end in range(min(start + 4, len(doc)), pobj.i, -1):
        text = doc[start:end].text
        if text in lex().city_forms:
            return text
    return None


def _named_building(head: Token) -> str | None:
    """ "at Vantaa International Airport", "at the Narino Palace", "at the Chancellery": a capitalised
    name ending in a building word (or that word alone, capitalised after "the"), read from the words
    themselves when NER gave them a wrong label or none."""
    doc = head.doc
    k = head.i
    while k > 0:
        if _hyphen_joined(doc, k):
            k -= 2  # "the Self-Government building", "the Anglo-Irish Secretariat": one word to a reader
        elif doc[k - 1].text[:1].isupper() and (doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ in {"compound", "amod"}
                                                 or _hyphen_joined(doc, k - 1)):
            k -= 1
        else:
            break
    if k == head.i and head.pos_ == "PROPN" and (owner := _office_owning(head, head)):
        return " ".join(owner + [head.text])  # "at the Governor's Lodge"
    if k == head.i and head.pos_ == "PROPN" and k > 0 and doc[k - 1].lower_ == "the":
        return head.text
    return doc[k:head.i + 1].text if k < head.i else None


def _name_before_building(head: Token) -> str | None:
    """A named body or site right before a building word, with lowercase words between ("the Marina Bay
    convention centre", "the Ministry of Finance building"): the whole is the venue. Not a town before a
    lowercase building word ("a Nairobi hotel" is a description, not a name)."""
    doc = head.doc
    k = head.i
    while k > 0 and doc[k - 1].pos_ == "NOUN" and doc[k - 1].dep_ == "compound" and doc[k - 1].text.islower():
        k -= 1
    ent = next((e for e in doc.ents if e.end in {k, head.i} and e.start < k), None)
    if ent is None or ent.label_ not in {"ORG", "FAC", "LOC", "GPE"} or ent.start < head.left_edge.i:
        return None
    if ent.label_ == "GPE" and head.text.islower():
        return None
    if any(t.dep_ == "case" for t in doc[ent.start:head.i]):
        return None  # "the Ministry of Labour's headquarters": the owner's site (place_of reads possessives)
    start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
    return doc[start:head.i + 1].text if start < head.i else None


def _hyphen_joined(doc: Doc, k: int) -> bool:
    """A capitalised word joined by a hyphen, with no space, to the word at `k` ("Self-" of "Self-Government")."""
    return (k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_
            and doc[k - 2].text[:1].isupper() and doc[k].text[:1].isupper())


def _leading_building_word(ent: Span) -> bool:
    """A name that opens with its building word ("Villa Somalia", "Hotel Adlon", "Casa Rosada",
    "Palacio de Carondelet"), which the tagger reads as an organisation named after its last word."""
    words = [t for t in ent if t.lower_ != "the"]
    return len(words) > 1 and words[0].text in lex().building_heads


def _place_before_where(noun: Token, people: PeopleIndex | None) -> str | None:
    """ "flew to Tarvik, where he was hosted by A", "visited the Linden School, where B sat down with
    C": the word a "where" clause hangs from is a place whatever the tagger called it (a person, an
    organisation, nothing), unless it names someone the article knows as a person."""
    if noun.pos_ != "PROPN" or (people is not None and people.person_of(noun)):
        return None
    ent = next((e for e in noun.doc.ents if e.start <= noun.i < e.end), None)
    if ent is not None and ent.label_ in {"DATE", "TIME", "NORP", "CARDINAL", "ORDINAL"}:
        return None
    if ent is not None and ent.root.i == noun.i:
        return _place_name(ent)
    start = _name_start(noun)
    return noun.doc[start:noun.i + 1].text


def _is_event_name(ent: Span) -> bool:
    """ "the Economic Leaders' Meeting", "the Belt and Road Forum": an event, not a place."""
    last = ent[-1].lower_
    return last in lex().meeting_nouns or last in {"forum", "meeting", "meetings"}


def _seat_of_government(tok: Token) -> str | None:
    """ "a Kremlin meeting", "a Blue House lunch": a seat of government (`government_seats.txt`) named as the place
    of a meeting, which NER often leaves untagged or calls an organisation."""
    for start in range(max(tok.left_edge.i, tok.i - 2), tok.i + 1):
        text = tok.doc[start:tok.i + 1].text
        if text in lex().government_seats:
            return text
    return None


def _is_country(place: str) -> bool:
    return lex().country_for(place) == place


def is_site(place: str) -> bool:
    """A building or site ("State House", "the Foreign Ministry", "Torre Blanca palace"), which lies in
    a town, as opposed to the town or country itself."""
    if _is_country(place) or place in lex().city_forms:
        return False
    return any(word.capitalize() in lex().building_heads for word in place.split())


def _clause_words(trigger: Token) -> set[int]:
    """The trigger and the words it hangs from (three up): a phrase on one of them is in its clause."""
    return {trigger.i} | {g.i for g in meeting_governors(trigger, 3)}


def meeting_locality(trigger: Token, site: str) -> str | None:
    """The town (else the country) a meeting's site lies in, where its sentence names it: "at the
    State Palace in Tashkent", "in Lima, at the Torre Blanca palace", "at State House, Accra"."""
    related = _clause_words(trigger)
    site_words = set(site.split())
    apart = across_gap(trigger)
    found: list[str] = []
    for tok in trigger.sent:
        if tok.i in apart:
            continue
        on_site = tok.head.text in site_words and tok.head.i != tok.i
        named_in = tok.dep_ == "pobj" and tok.head.lower_ == "in" and (
            in_clause_of(tok.head, related) or tok.head.head.text in site_words)
        if named_in or (tok.dep_ == "appos" and on_site):
            place = place_of(tok)
            if place and place != site and not is_site(place):
                found.append(place)
    found.sort(key=_is_country)  # a town before a country
    return found[0] if found else None


def _of_a_title(prep: Token, trigger: Token) -> bool:
    """ "Minister of State at the Foreign Ministry A met B", "The ambassador in Rome, A, met B": a phrase
    in the title of the subject before the meeting's word, not where they met ("met the ambassador at the
    embassy", "will meet Spain's prime minister, A, in Madrid" are places)."""
    return (prep.i < trigger.i and prep.head.pos_ in {"NOUN", "PROPN"}
            and prep.head.dep_ in {"nsubj", "nsubjpass", "compound", "appos"} and is_person_noun(prep.head))


def site_in_clause(trigger: Token) -> str | None:
    """A site an "at" phrase of the meeting's clause names, besides its town ("met in Accra, at the
    Jubilee Palace")."""
    related = _clause_words(trigger)
    apart = across_gap(trigger)
    for tok in trigger.sent:
        if tok.i not in apart and tok.dep_ == "pobj" and tok.head.lower_ == "at" and not _of_a_title(tok.head, trigger) and in_clause_of(tok.head, related):
            place = place_of(tok)
            if place and is_site(place):
                return place
    return None


def _after_party(prep: Token, people: PeopleIndex | None, party_keys: set[str]) -> bool:
    """ "met with Foreign Minister Vera in Lima to discuss ...": the parser hangs the place on the
    partner's name; a place phrase right after a participant's name is where they met, wherever the
    parser hung it ("a mission headed by Minister of State for Mines A at the town hall": on the title)."""
    if people is None or prep.i == 0:
        return False
    mention = people.mention_at(prep.i - 1)
    return mention is not None and mention.person in party_keys and prep.i == mention.end


def meeting_place(trigger: Token, people: PeopleIndex | None = None, party_keys: frozenset[str] = frozenset()) -> str | None:
    """Where: an "in"/"at" phrase on the trigger or its governors, else one in its clause. A country
    is kept only when nothing finer is said ("met in Damascus, Syria" is Damascus; "while in Israel,
    he met" is Israel)."""
    countries: list[str] = []
    # "met B in Warsaw, a day after meeting C in Berlin": each meeting's place on its own side of the gap
    apart = across_gap(trigger)

    def finer(found: str | None) -> str | None:
        if found and _is_country(found):
            countries.append(found)
            return None
        return found

    def objects_on(node: Token, preps: set[str]) -> list[Token]:
        """The node's prepositional objects on the trigger's side of any measured gap."""
        return [o for o in prep_objects(node, preps) if o.i not in apart]

    governors = [g for g in meeting_governors(trigger, 3) if g.i not in apart]
    for node in [trigger] + governors:
        # "travel to Warsaw, where he will meet Tusk": the place "where" refers to
        if node.dep_ == "relcl" and any(c.lower_ == "where" for c in node.children):
            found = place_of(node.head) or _place_before_where(node.head, people)
            if not found:  # the parser hung the clause on the date: take the last place before it
                places = [e for e in trigger.doc.ents if e.label_ in {"GPE", "LOC", "FAC"}
                          and node.sent.start <= e.start and e.end <= node.i]
                found = _place_name(places[-1]) if places else None
            if found:
                return found
        # "travel to Washington next week to meet Blinken": the destination of the journey
        preps = _PLACE_PREPS | ({"to"} if node.lemma_.lower() in TRAVEL_VERBS else set())
        if node.lemma_.lower() == "call":
            preps = preps - {"on"}  # "called on the Governor-General of Tuvalu in Funafuti": the one visited
        for pobj in objects_on(node, preps):
            found = finer(place_of(pobj) or _place_run_into_a_name(pobj, people))
            if found:
                return found
        # "the talks resume in Lisbon on Friday, when A will sit down with B": the place
        # of the clause whose day the "when" clause hangs on
        if node.dep_ == "relcl" and any(c.lower_ == "when" and c.dep_ == "advmod" for c in node.children):
            found = _place_of_the_day(node.head)
            if found:
                return found
        # "toured the port city, Valdora, to discuss ...": the place visited
        if node.lemma_.lower() in {"visit", "reach"} and node.pos_ == "VERB":
            for obj in _children(node, {"dobj"}):
                for cand in [obj] + _children(obj, {"appos"}):
                    found = finer(place_of(cand))
                    if found:
                        return found
        # "During her visit to Berlin, Ruiz met ...": the place of the journey the meeting happened on
        # ("Her visit to Berlin included talks with ...": the journey is the subject)
        trips = [n for prep in node.children if prep.dep_ == "prep" and prep.lower_ in {"during", "on", "in", "while"}
                 for n in _children(prep, {"pobj"})] + programme_trips(node)
        if trips:
            for noun in trips:
                if (noun.lemma_.lower() in lex().visit_nouns or noun.lemma_.lower() in TRIP_NOUNS) and noun.i != trigger.i:
                    for pobj in objects_on(noun, {"to", "in"}):
                        found = finer(place_of(pobj))
                        if found:
                            return found
        # "While in Israel, Carter met ...": a place in a clause about the same moment
        for clause in _children(node, {"advcl"}):
            if clause.i in apart or _of_others(clause, people):
                continue  # "a day after A held talks with C in Mogadishu": another meeting's place
            for pobj in objects_on(clause, {"in", "at"}):
                found = finer(place_of(pobj))
                if found:
                    return found
    if trigger.pos_ in {"NOUN", "PROPN"}:  # "a Kremlin meeting", "a White House dinner", "the Geneva talks"
        for modifier in (c for c in trigger.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"):
            found = finer(place_of(modifier)) or _seat_of_government(modifier)
            if found:
                return found
    related = {trigger.i} | {g.i for g in governors}
    end = sentence_end(trigger)
    if end > trigger.sent.end:  # a sentence the parser cut after a bracket goes on in the trigger's clause
        related.add(trigger.doc[trigger.sent.end].sent.root.i)
    for tok in trigger.doc[trigger.sent.start:end]:
        if tok.i in apart:
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at"} and not _of_a_title(tok.head, trigger) and (
                in_clause_of(tok.head, related) or _after_party(tok.head, people, set(party_keys))):
            found = finer(place_of(tok))
            if found:
                return found
    return countries[0] if countries else None


_EARLIER_MARKS = frozenset({"after", "upon", "on", "having"})


def _told_as_of(verb: Token) -> int:
    """Where in its sentence a move counts as told: its own word, or for a move told as coming first
    ("met B after flying to Rome", "on arriving in Hanoi, met B") the word of the clause it came before."""
    marker = verb.head if verb.dep_ == "pcomp" else next(
        (c for c in verb.children if c.dep_ in {"mark", "prep", "aux"} and c.lower_ in _EARLIER_MARKS), None)
    if marker is None or marker.lower_ not in _EARLIER_MARKS:
        return verb.i
    governor = marker.head if verb.dep_ == "pcomp" else verb.head
    return min(verb.i, governor.i)


def _of_others(clause: Token, people: PeopleIndex | None) -> bool:
    """ "met B as thousands protested in Berlin": a clause whose subject is neither a person nor a
    pronoun tells where others were, not the meeting's people ("While he was in Oslo, A met B" does)."""
    return any(c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON" and not (people is not None and people.person_of(c))
               and not is_person_noun(c) for c in clause.children)


def _place_of_the_day(day: Token) -> str | None:
    """The town an "in"/"at" phrase names on the verb a day hangs on ("take place in Lisbon on Friday")."""
    verb = day.head.head if day.dep_ == "pobj" else day.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for pobj in prep_objects(verb, {"in", "at"}):
        found = place_of(pobj)
        if found:
            return found
    return None


def _members_of_group(noun: Token, delegations: DelegationIndex | None) -> list[str]:
    """The people of the delegation a group noun stands for ("the delegation", "the visitors")."""
    key = delegations.refs.get(noun.i) if delegations is not None else None
    delegation = delegations.delegations.get(key) if key is not None else None
    if delegation is None:
        return []
    return ([delegation.head] if delegation.head else []) + sorted(m for m in delegation.members if m != delegation.head)


def narrative_places(doc: Doc, people: PeopleIndex, delegations: DelegationIndex | None = None,
                     told_at: dict[tuple[int, str], list[tuple[int, str]]] | None = None) -> list[dict[str, str]]:
    """Per sentence, where each person was last said to be ("Bello said in Geneva",
    "Kovac was in Lima"), for meetings that name no place ("He had earlier met Ferri"); where a
    delegation went, its members went ("The delegation flew to Hue. A was due to meet B there").
    `told_at`, when given, gets (sentence number, person) -> [(the verb's token, place), ...] in text
    order, so a meeting in that sentence can take only what was told before its own word."""
    out: list[dict[str, str]] = []
    for n, sent in enumerate(content_sentences(doc)):
        here: dict[str, str] = {}
        for tok in sent:
            if tok.pos_ not in {"VERB", "AUX"} or measured_gap(tok) is not None:
                continue  # "a day after A held talks in Mogadishu": not where A is in this sentence
            objects = [c for c in tok.children if c.dep_ == "dobj"] if tok.lemma_.lower() in {"visit", "reach"} else []
            trips = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in TRIP_NOUNS]
            places = [place_of(p) for p in prep_objects(tok, {"in", "at", "to"}) + objects
                      + [q for t in trips for q in prep_objects(t, {"in", "to"})]]  # "began his visit to India"
            places = [p for p in places if p]
            if not places:
                continue
            places.sort(key=_is_country)  # a city before a country
            # the subject, or the one a controlling verb sends ("invited Trong to visit China")
            controllers = controller_subjects(tok)
            subjects = [people.person_of(c) for c in controllers if people.person_of(c)]
            subjects += [member for c in controllers for member in _members_of_group(c, delegations)]
            for person in subjects:
                here[person] = places[0]
                if told_at is not None:
                    told_at.setdefault((n, person), []).append((_told_as_of(tok), places[0]))
            # "The summit opened in Helsinki": where the event the next sentences tell takes place
            if any(c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in lex().meeting_nouns for c in tok.children):
                here.setdefault(EVENT_KEY, places[0])
        out.append(here)
    return out


EVENT_KEY = "\0event"  # the key of an event's place in a sentence's narrative places (no person key starts so)


def dateline_city_named_again(trigger: Token, filed_from: str) -> str | None:
    """ "TROMSO - The ministers agreed on Monday ..., after talks in the northern city": a town word
    without a name ("the city", "the Arctic port", "the capital") in the meeting's clause is the
    city the story is filed from, while the story has named no other town before it."""
    doc = trigger.doc
    related = {trigger.i} | {g.i for g in meeting_governors(trigger, 3)}
    for tok in trigger.sent:
        if not (tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at"} and tok.pos_ == "NOUN"
                and tok.lemma_.lower() in _TOWN_NOUNS and in_clause_of(tok.head, related)):
            continue
        if any(c.dep_ in {"appos", "prep", "poss"} or c.ent_type_ or (c.dep_ == "compound" and c.pos_ == "PROPN")
               for c in tok.children):
            return None  # "the capital, Bamako", "the city of Antalya", "Ukraine's capital": named there
        return None if other_towns_before(doc, tok.i, filed_from) else filed_from
    return None


def other_towns_before(doc: Doc, end: int, filed_from: str) -> list[str]:
    """Towns the story names after its dateline and before token `end`, other than the one it is filed from
    (countries aside): after a trip told elsewhere, the dateline's city is not where things happened."""
    body = dateline_end(doc_text(doc))
    towns = [e.text for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"} and body <= e.start_char and e.end <= end]
    towns += [t.text for t in doc[:end] if t.idx >= body and t.pos_ == "PROPN" and t.i > 0
              and doc[t.i - 1].lower_ in {"in", "to", "at", "visited"}]  # "flew to Stavanger", untagged
    return [t for t in towns if not _is_country(t) and t.lower() != filed_from.lower()]


_TOWN_NOUNS = frozenset({"city", "town", "capital", "port"})


def places_from_headline(meetings: list[Meeting], sentences: list[Span]) -> None:
    """A headline names the place of the story's main meeting ("X meets Y in Kyiv"); the lede that
    tells the same meeting (a shared person, both real) without a place takes it."""
    if not sentences:
        return
    headline = sentences[0]
    told = [m for m in meetings if m.evidence.start == headline.start_char and m.place
            and m.status in (MeetingStatus.OCCURRED, MeetingStatus.SCHEDULED)]
    for m in meetings:
        if m.place or m.channel is not Channel.IN_PERSON or m.status not in (MeetingStatus.OCCURRED, MeetingStatus.SCHEDULED):
            continue
        same = next((h for h in told if h is not m and h.status is m.status
                     and h.evidence != m.evidence  # the headline's other meeting ("a day after A met C in X")
                     and {a for a in h.attendees if a.kind == "person"} & set(m.attendees)), None)
        if same is not None:
            m.place, m.locality = same.place, same.locality
            m.confidence = min(m.confidence, 0.6)
