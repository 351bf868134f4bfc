"""Offices given to a list of names by one plural title: "cabinet ministers A and B" (each is a cabinet
minister), "the ministers of Energy and Trade, A and B", "the ministers of Energy, A; Mining, B" (each after
the portfolio), "Peru's Ministers of Trade and Tourism, Health, and
Education: A, B and C, respectively" and "the Defence and Interior Ministers, A and B, respectively" (paired in
order), "Foreign Ministers A and B of Sweden and Norway" (the countries
paired in order), "Defence ministers A (Estonia) and B (Latvia)" (each name's country in brackets).

Read along the tokens: a plural office word, the coordinated words before it (modifiers) or in its
of-complement, the names listed right after it (or after its comma), and an of-phrase of countries
after the names. Coordinated parts are paired with the names only when there are as many of them as
names; otherwise every name takes the shared title.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.facts import Evidence, Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.name_context import country_before_possessive, country_name_pairs
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.syntax import tokens_whose

__all__ = ["plural_title_offices"]

_GLUE = {"and", ","}
_STOPS = {"the", "a", "an", "his", "her", "their", "its", "our", "two", "three", "both"}


def _singular(tok: Token) -> str | None:
    """The office word a plural title stands for ("ministers", "Foreign Ministers" tagged NNP)."""
    if tok.lower_ in lex().plural_title_abbreviations:
        return lex().plural_title_abbreviations[tok.lower_]  # "Sens. A, B and C"
    if tok.lower_ in lex().title_heads:
        return None
    if tok.tag_ in {"NNS", "NNPS"} and tok.lemma_.lower() in lex().title_heads:
        return tok.lemma_.lower()
    if tok.tag_ in {"NNP", "NNPS"} and tok.lower_.endswith("s") and tok.lower_[:-1] in lex().title_heads:
        return tok.lower_[:-1]
    return None


def _is_plural_title(tok: Token) -> bool:
    word = _singular(tok)
    return word is not None and word not in lex().weak_title_heads


def _groups(tokens: list[Token]) -> list[list[Token]]:
    """Tokens split at "and" and commas: the coordinated parts."""
    out: list[list[Token]] = [[]]
    for tok in tokens:
        if tok.lower_ in _GLUE:
            if out[-1]:
                out.append([])
        else:
            out[-1].append(tok)
    return [g for g in out if g]


def _modifiers_before(doc: Doc, head: Token) -> list[Token]:
    """ "Defence and Interior", "former cabinet", "Foreign": the words before the plural title."""
    j = head.i - 1
    while j >= 0:
        tok = doc[j]
        low = tok.lower_
        word = (low in lex().title_modifiers or low in lex().former_words or tok.ent_type_ in {"NORP", "GPE"}
                or (tok.pos_ in {"PROPN", "NOUN", "ADJ"} and tok.dep_ in {"compound", "amod", "nmod"}))
        glue = low == "and" and j > 0 and j + 1 < head.i and (doc[j - 1].lower_ in lex().title_modifiers
                                                               or doc[j - 1].pos_ in {"PROPN", "ADJ", "NOUN"})
        glue = glue or (low == "," and j > 0 and j + 1 < head.i  # "Polish, Czech and Slovak prime ministers"
                        and bool(lex().country_for(doc[j - 1].text)) and bool(lex().country_for(doc[j + 1].text)))
        if low in _STOPS or not (word or glue) or tok.ent_type_ == "PERSON":
            break
        j -= 1
    return list(doc[j + 1:head.i])


def _complement_after(doc: Doc, head: Token, people: PeopleIndex) -> list[Token]:
    """ "of Energy and Trade" / "for Europe and Asia": the complement right after the plural title."""
    if head.i + 1 >= len(doc) or doc[head.i + 1].lower_ not in {"of", "for", "to"}:
        return []
    out = []
    for tok in doc[head.i + 2:min(head.i + 16, len(doc))]:
        if tok.text == "," and not _portfolio_follows(doc, tok.i + 1, people):
            break
        if people.mention_at(tok.i) or tok.is_punct and tok.text != ",":
            break
        if _rank(tok) and tok.i + 1 < len(doc) and people.mention_at(tok.i + 1) and tok.i > head.i + 2:
            break  # "to the King Prince A": the rank opens the first name
        out.append(tok)
    return out if out and out[-1].lower_ not in _GLUE else []


def _possessing_country(doc: Doc, k: int) -> str | None:
    """ "Peru's | ministers of Energy and Mines": the country whose possessive ends right before token k."""
    at = country_before_possessive(doc, k)
    return lex().country_for(doc[at:k - 1].text) if at is not None else None


def _portfolio_follows(doc: Doc, k: int, people: PeopleIndex) -> bool:
    """After a comma inside a plural title's complement: another portfolio ("Health", "and Education"), a
    capitalised word no name begins, so the list of portfolios goes on."""
    if k < len(doc) and doc[k].lower_ == "and":
        k += 1
    return (k < len(doc) and doc[k].text[:1].isupper() and not people.mention_at(k) and doc[k].pos_ in {"PROPN", "NOUN", "ADJ"}
            and not _rank(doc[k]) and doc[k].lower_ not in lex().title_heads)  # (not ", Sheikh A and Sheikh B")


def _portfolio_groups(tokens: list[Token], n: int) -> list[list[Token]]:
    """A complement's coordinated parts: split at commas first ("Foreign Affairs and Trade, Health, and Education"
    has three), and at every "and" as well when that does not give `n` parts ("Energy and Trade")."""
    parts: list[list[Token]] = [[]]
    for tok in tokens:
        if tok.text == ",":
            parts.append([])
        elif not (tok.lower_ == "and" and not parts[-1]):
            parts[-1].append(tok)
    parts = [p for p in parts if p]
    return parts if len(parts) == n else _groups(tokens)


def _rank(tok: Token) -> bool:
    """ "Prince", "Sheikh", "Dr.": a rank or honorific before each listed name."""
    return tok.text[:1].isupper() and (tok.lower_ in lex().honorifics or tok.lower_ in lex().gendered_titles)


def _bracketed_country(doc: Doc, k: int) -> tuple[str | None, int]:
    """ "(Estonia)" at k: the country and the token after the bracket; (None, k) otherwise."""
    if k + 2 < len(doc) and doc[k].text == "(":
        close = next((t.i for t in doc[k + 1:min(k + 6, len(doc))] if t.text == ")"), None)
        country = lex().country_for(doc[k + 1:close].text) if close else None
        if country:
            return country, close + 1
    return None, k


def _of_country(doc: Doc, k: int) -> tuple[str | None, int]:
    """ "of Sweden", "of the Netherlands" at k, right after a listed name: the country and the token after
    it; (None, k) otherwise."""
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return None, k
    start = k + 2 if doc[k + 1].lower_ == "the" and k + 2 < len(doc) else k + 1
    for end in range(min(start + 4, len(doc)), start, -1):
        words = doc[start:end]
        if all(t.text[:1].isupper() for t in words) and lex().country_for(words.text):
            nxt = doc[end + 1] if end + 1 < len(doc) and doc[end].lower_ in _GLUE else None
            if nxt is not None and (lex().country_for(nxt.text) or nxt.lower_ == "the"):
                return None, k  # "A and B of Sweden and Norway": the countries are paired after the list
            return lex().country_for(words.text), end
    return None, k


def _party_and_place_after(doc: Doc, k: int) -> int:
    """Past what follows a listed legislator's name, where it is there: a party-and-state tag (", D-N.M.",
    ", R-Idaho") or the place the member is from ("of Ohio"); returns the token after it (k when none)."""
    if k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].ent_type_ == "GPE" and doc[k + 1].ent_iob_ == "B":
        end = k + 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        paired = end + 1 < len(doc) and doc[end].lower_ in _GLUE and (
            doc[end + 1].ent_type_ == "GPE" or lex().country_for(doc[end + 1].text) or doc[end + 1].lower_ == "the")
        return k if paired else end  # ("A and B of Sweden and Norway": the places pair with the names after the list)
    if (k + 3 < len(doc) and doc[k].text == "," and len(doc[k + 1].text) == 1 and doc[k + 1].is_upper
            and doc[k + 2].text == "-" and doc[k + 3].text[:1].isupper()):
        end = k + 4
        while end < len(doc) and doc[end].text not in {",", ";"} and end - k < 7 and not doc[end].is_space \
                and doc[end].text[:1].isupper() or (end < len(doc) and doc[end].text == "."):
            end += 1
        return end
    return k


def _names_after(doc: Doc, k: int, people: PeopleIndex,
                 bracketed: dict[str, str] | None = None) -> tuple[list[str], int]:
    """The persons listed from token k on ("A and B", "A, B and C", "Prince A, Prince B"), and where
    the list ends; a country in brackets after a name ("A (Estonia) and B (Latvia)") goes in `bracketed`."""
    persons: list[str] = []
    while k < len(doc):
        while k + 1 < len(doc) and _rank(doc[k]) and people.mention_at(k) is None:
            k += 1
        mention = people.mention_at(k)
        if mention is None or mention.kind != "name" or mention.start != k:
            break
        persons.append(mention.person)
        k = mention.end
        country, k = _bracketed_country(doc, k)
        if country is None:
            country, k = _of_country(doc, k)  # "Prime Ministers A of Sweden and B of Denmark"
        if country is None:
            k = _party_and_place_after(doc, k)  # "Sens. A, D-N.M., B, ...", "Reps. A of Ohio, B of Iowa"
        if country and bracketed is not None:
            bracketed[mention.person] = country
        glue = 2 if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "and" else 1
        nxt = k + glue
        while nxt + 1 < len(doc) and _rank(doc[nxt]) and people.mention_at(nxt) is None:
            nxt += 1
        if k < len(doc) and doc[k].lower_ in _GLUE and nxt < len(doc) and people.mention_at(nxt):
            k = nxt
        else:
            break
    return persons, k


def _names_before(doc: Doc, head: Token, before: list[Token], people: PeopleIndex) -> list[str]:
    """ "A and B, the foreign ministers of Sweden and Norway": the persons listed right before the
    apposition ("A, B" + ", the" + plural title), in order."""
    k = (before[0].i if before else head.i) - 1
    while k >= 0 and (doc[k].lower_ in _STOPS or doc[k].like_num) and head.i - k < 6:
        k -= 1  # "the three", "both"
    if k < 1 or doc[k].text != ",":
        return []
    persons: list[str] = []
    k -= 1
    while k >= 0:
        mention = people.mention_at(k)
        if mention is None or mention.kind != "name" or mention.end != k + 1:
            break
        persons.insert(0, mention.person)
        k = mention.start - 1
        if k >= 1 and doc[k].lower_ == "and" and doc[k - 1].text == ",":
            k -= 2
        elif k >= 0 and doc[k].lower_ in _GLUE:
            k -= 1
        else:
            break
    return persons if len(persons) >= 2 else []


def _countries(parts: list[list[Token]]) -> list[str | None]:
    return [lex().country_for(" ".join(t.text for t in part)) for part in parts]


def _leading_countries(before: list[Token], n: int) -> tuple[list[str], int] | None:
    """ "Swedish and Danish | Foreign", "Kenyan, Ugandan and Tanzanian": coordinated country words opening the
    modifiers of a plural title, one per name, and where the words all the names share begin."""
    j = 0
    while j < len(before) and (before[j].lower_ in _GLUE or lex().country_for(before[j].text)):
        j += 1
    countries = _countries(_groups(before[:j]))
    if n < 2 or len(countries) != n or not all(countries):
        return None
    return [c for c in countries if c], j


def _shared_country(doc: Doc, head: Token, before: list[Token]) -> str | None:
    """The one country all the names serve: a country word among the modifiers ("Peruvian ministers") or a
    possessive before them ("Peru's Ministers of ...")."""
    return next((c for t in before if (c := lex().country_for(t.text))), None) \
        or _possessing_country(doc, before[0].i if before else head.i)


def _title_word(head: Token) -> str:
    """The singular office word, capitalised as the plural was: "Ministers" -> "Minister"."""
    singular = _singular(head) or head.lemma_.lower()
    return singular.capitalize() if head.text[:1].isupper() else singular


def _holders_by_country(doc: Doc, head: Token, people: PeopleIndex) -> list[tuple[str, str]]:
    """ "Ministers of | Chile, A, and Peru, B": (person, country) for each holder listed after its country."""
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "of":
        return []
    out = []
    for country, (start, _end) in country_name_pairs(doc, head.i + 2):
        mention = people.mention_at(start)
        if mention is None or mention.kind != "name":
            return []
        out.append((mention.person, country))
    return out


_SEPARATORS = frozenset({",", ":", "-", "\u2013", "\u2014"})
_POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _holders_by_possessive_country(doc: Doc, head: Token, people: PeopleIndex) -> list[tuple[str, str]]:
    """ "the three countries' trade ministers - Chile's A, Peru's B and Bolivia's C", "the region's ministers:
    Chile's A and Peru's B": (person, country) for each name after its country's possessive, two or more, in
    a list set off after the plural title (and its of-phrase) by a dash, colon or comma."""
    k = head.i + 1
    if k < len(doc) and doc[k].lower_ == "of":  # "the trade ministers of the three countries - ..."
        k = next((j for j in range(k, min(len(doc), k + 8)) if doc[j].text in _SEPARATORS), len(doc))
    if k >= len(doc) or doc[k].text not in _SEPARATORS:
        return []
    j, out = k + 1, []
    while j < len(doc):
        owner = next((p for p in range(j + 1, min(len(doc), j + 4)) if doc[p].text in _POSSESSIVES), None)
        country = lex().country_for(doc[j:owner].text) if owner is not None else None
        mention = people.mention_at(owner + 1) if country and owner + 1 < len(doc) else None
        if mention is None or mention.kind != "name" or mention.start != owner + 1:
            break
        out.append((mention.person, country))
        j = mention.end
        while j < len(doc) and doc[j].lower_ in _GLUE:
            j += 1
    return out if len(out) >= 2 else []


def _holders_by_portfolio(doc: Doc, head: Token, people: PeopleIndex, longest: int = 4) -> list[tuple[str, str]]:
    """ "the ministers of | Foreign Affairs, A; Economy, B; and Energy, C": (person, portfolio) for each holder
    listed after the portfolio, set off by a comma, the items parted by semicolons or commas; two or more."""
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "of":
        return []
    out = []
    j = head.i + 2
    while j < len(doc):
        stop = j
        while stop < len(doc) and stop - j < longest and doc[stop].is_alpha and doc[stop].text[:1].isupper() \
                and not people.mention_at(stop):
            stop += 1
        if stop == j or stop + 1 >= len(doc) or doc[stop].text != "," or lex().country_for(doc[j:stop].text):
            break
        mention = people.mention_at(stop + 1)
        if mention is None or mention.kind != "name" or mention.start != stop + 1:
            break
        out.append((mention.person, doc[j:stop].text))
        j = mention.end
        if j >= len(doc) or doc[j].text not in {";", ","}:
            break
        j += 1
        if j < len(doc) and doc[j].lower_ == "and":
            j += 1
    return out if len(out) >= 2 else []


def plural_title_offices(doc: Doc, people: PeopleIndex) -> list[Office]:
    """The office of each name listed after a plural title."""
    offices: list[Office] = []
    heads = lex().title_heads
    cues = tokens_whose(doc, lambda w: w.lower() in heads, lemma=True) \
        + tokens_whose(doc, lambda w: w.lower().endswith("s") and w.lower()[:-1] in heads
                       or w.lower() in lex().plural_title_abbreviations)
    for head in sorted({t.i: t for t in cues}.values(), key=lambda t: t.i):  # the words `_singular` can read as a plural title
        if not _is_plural_title(head):
            continue
        before = _modifiers_before(doc, head)
        former = any(t.lower_ in lex().former_words for t in before)
        shared = [t.text for t in before if t.lower_ not in lex().former_words and not lex().country_for(t.text)]
        # "the Foreign Ministers of Chile, A, and Peru, B"; "the trade ministers: Chile's A, Peru's B and Bolivia's C"
        by_country = _holders_by_country(doc, head, people) or _holders_by_possessive_country(doc, head, people)
        if by_country:
            title = " ".join(shared + [_title_word(head)])
            offices += [Office(person=person, title=title, org=country, org_is_country=True, former=former,
                               evidence=Evidence.of(head.sent), confidence=0.7) for person, country in by_country]
            continue
        by_portfolio = _holders_by_portfolio(doc, head, people)
        if by_portfolio:  # "the ministers of Foreign Affairs, A; Economy, B"
            country = _shared_country(doc, head, before)
            offices += [Office(person=person, title=f"{_title_word(head)} of {portfolio}", org=country,
                               org_is_country=country is not None, former=former, evidence=Evidence.of(head.sent),
                               confidence=0.7) for person, portfolio in by_portfolio]
            continue
        complement = _complement_after(doc, head, people)
        k = head.i + 1 + (len(complement) + 1 if complement else 0)
        if k < len(doc) and doc[k].text in {",", ":"}:
            k += 1
        bracketed: dict[str, str] = {}
        persons, end = _names_after(doc, k, people, bracketed)
        if len(persons) < 2:
            persons, end = _names_before(doc, head, before, people), end
        if len(persons) < 2:
            continue
        after: list[Token] = []
        if end + 1 < len(doc) and doc[end].lower_ == "of":  # "A and B of Sweden and Norway"
            stop = end + 1
            while stop < len(doc) and (doc[stop].ent_type_ in {"GPE", "NORP"} or doc[stop].lower_ in _GLUE | {"the"}):
                stop += 1
            after = list(doc[end + 1:stop])
        shared_country = _shared_country(doc, head, before)
        word = _title_word(head)
        pre_parts = _groups([t for t in before if t.lower_ not in lex().former_words])
        comp_parts = _portfolio_groups([t for t in complement if t.lower_ != "the"], len(persons))
        prep = doc[head.i + 1].lower_ if complement else "of"
        country_parts = _countries(_groups(after)) if after else []
        n = len(persons)
        by_nationality = _leading_countries(before, n)
        for i, person in enumerate(persons):
            title_words = shared
            if by_nationality:  # "Swedish and Danish Foreign Ministers A and B": one country each, one title
                title_words = [t.text for t in before[by_nationality[1]:] if t.lower_ not in lex().former_words]
            elif len(pre_parts) == n:  # "the Defence and Interior Ministers, A and B"
                title_words = [t.text for t in pre_parts[i]]
            title = " ".join(title_words + [word])
            country = by_nationality[0][i] if by_nationality else shared_country
            if len(comp_parts) == n:  # "the ministers of Energy and Trade, A and B"
                place = _countries([comp_parts[i]])[0] if prep != "to" else None  # "Ambassadors to A and B"
                if place:
                    country = place
                else:
                    title = f"{title} {prep} {' '.join(t.text for t in comp_parts[i])}"
            elif comp_parts:
                places = _countries(comp_parts) if prep != "to" else [None] * len(comp_parts)
                if len(comp_parts) == 1 and places[0]:
                    country = places[0]
                elif not any(places):
                    title = f"{title} {prep} {' '.join(t.text for t in complement)}"
            if len(country_parts) == n and country_parts[i]:
                country = country_parts[i]
            country = bracketed.get(person, country)
            offices.append(Office(person=person, title=title, org=country, org_is_country=country is not None,
                                  former=former, evidence=Evidence.of(head.sent), confidence=0.7))
    return offices
