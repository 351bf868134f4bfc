"""Word lists the rules lean on: places and the countries they stand for, titles, verbs.

Everything here is general English or general world knowledge (countries, demonyms, capitals,
seats of government), never words taken from particular articles.
"""
from __future__ import annotations

# canonical country name -> demonyms, short forms, capitals and seats of government that stand for it
_COUNTRY_FORMS: dict[str, list[str]] = {
    "United States": ["U.S.", "US", "U.S.A.", "USA", "America", "American", "Americans", "Washington",
                      "White House", "United States of America", "the United States"],
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain", "British", "Briton", "London",
                       "Downing Street", "England", "English"],
    "Russia": ["Russian", "Russians", "Russian Federation", "Moscow", "Kremlin", "the Kremlin", "Soviet Union", "Soviet"],
    "Ukraine": ["Ukrainian", "Ukrainians", "Kyiv", "Kiev"],
    "Turkey": ["Turkish", "Turk", "Turks", "Türkiye", "Ankara"],
    "China": ["Chinese", "Beijing", "People's Republic of China"],
    "Japan": ["Japanese", "Tokyo"],
    "South Korea": ["South Korean", "Korean", "Seoul", "Republic of Korea"],
    "North Korea": ["North Korean", "Pyongyang"],
    "India": ["Indian", "Indians", "New Delhi", "Delhi"],
    "Pakistan": ["Pakistani", "Pakistanis", "Islamabad"],
    "Israel": ["Israeli", "Israelis", "Jerusalem"],
    "Palestine": ["Palestinian", "Palestinians", "Palestinian territories", "Ramallah"],
    "Iran": ["Iranian", "Iranians", "Tehran"],
    "Iraq": ["Iraqi", "Iraqis", "Baghdad"],
    "Syria": ["Syrian", "Syrians", "Damascus"],
    "Egypt": ["Egyptian", "Egyptians", "Cairo"],
    "Saudi Arabia": ["Saudi", "Saudis", "Riyadh"],
    "Jordan": ["Jordanian", "Amman"],
    "Lebanon": ["Lebanese", "Beirut"],
    "Qatar": ["Qatari", "Doha"],
    "United Arab Emirates": ["UAE", "Emirati", "Abu Dhabi"],
    "Afghanistan": ["Afghan", "Afghans", "Kabul"],
    "France": ["French", "Paris", "Elysee", "Élysée"],
    "Germany": ["German", "Germans", "Berlin"],
    "Italy": ["Italian", "Italians", "Rome"],
    "Spain": ["Spanish", "Madrid"],
    "Poland": ["Polish", "Warsaw"],
    "Greece": ["Greek", "Greeks", "Athens"],
    "Netherlands": ["Dutch", "The Hague", "Amsterdam"],
    "Belgium": ["Belgian", "Brussels"],
    "Sweden": ["Swedish", "Stockholm"],
    "Norway": ["Norwegian", "Oslo"],
    "Finland": ["Finnish", "Helsinki"],
    "Denmark": ["Danish", "Copenhagen"],
    "Switzerland": ["Swiss", "Bern", "Berne"],
    "Austria": ["Austrian", "Vienna"],
    "Hungary": ["Hungarian", "Budapest"],
    "Romania": ["Romanian", "Bucharest"],
    "Belarus": ["Belarusian", "Minsk"],
    "Georgia": ["Georgian", "Tbilisi"],
    "Armenia": ["Armenian", "Yerevan"],
    "Azerbaijan": ["Azerbaijani", "Baku"],
    "Canada": ["Canadian", "Canadians", "Ottawa"],
    "Mexico": ["Mexican", "Mexicans", "Mexico City"],
    "Brazil": ["Brazilian", "Brazilians", "Brasilia", "Brasília"],
    "Argentina": ["Argentine", "Argentinian", "Buenos Aires"],
    "Chile": ["Chilean", "Santiago"],
    "Venezuela": ["Venezuelan", "Caracas"],
    "Colombia": ["Colombian", "Bogota", "Bogotá"],
    "Cuba": ["Cuban", "Havana"],
    "Australia": ["Australian", "Australians", "Canberra"],
    "New Zealand": ["New Zealander", "Wellington"],
    "Indonesia": ["Indonesian", "Indonesians", "Jakarta"],
    "Malaysia": ["Malaysian", "Kuala Lumpur"],
    "Philippines": ["Filipino", "Philippine", "Manila"],
    "Vietnam": ["Vietnamese", "Hanoi"],
    "Thailand": ["Thai", "Bangkok"],
    "Sri Lanka": ["Sri Lankan", "Colombo"],
    "Bangladesh": ["Bangladeshi", "Dhaka"],
    "Nepal": ["Nepalese", "Nepali", "Kathmandu"],
    "South Africa": ["South African", "Pretoria"],
    "Nigeria": ["Nigerian", "Abuja"],
    "Kenya": ["Kenyan", "Nairobi"],
    "Ethiopia": ["Ethiopian", "Addis Ababa"],
    "Sudan": ["Sudanese", "Khartoum"],
    "Libya": ["Libyan", "Tripoli"],
    "Tunisia": ["Tunisian", "Tunis"],
    "Algeria": ["Algerian", "Algiers"],
    "Morocco": ["Moroccan", "Rabat"],
    "Yemen": ["Yemeni", "Sanaa"],
    "Kazakhstan": ["Kazakh", "Astana"],
    "Serbia": ["Serbian", "Belgrade"],
    "Croatia": ["Croatian", "Zagreb"],
    "Portugal": ["Portuguese", "Lisbon"],
    "Ireland": ["Irish", "Dublin"],
    "Scotland": ["Scottish", "Edinburgh"],
    "Vatican": ["Holy See", "Vatican City"],
    "Taiwan": ["Taiwanese", "Taipei"],
    "Singapore": ["Singaporean"],
    "Myanmar": ["Burma", "Burmese", "Naypyidaw"],
    "Cambodia": ["Cambodian", "Phnom Penh"],
    "Kashmir": ["Kashmiri", "Kashmiris"],
}

# forms that name a place but are ambiguous as a country when they stand alone in a location slot
CITY_FORMS: frozenset[str] = frozenset({
    "Washington", "London", "Moscow", "Kyiv", "Kiev", "Ankara", "Beijing", "Tokyo", "Seoul", "New Delhi",
    "Delhi", "Islamabad", "Jerusalem", "Ramallah", "Tehran", "Baghdad", "Damascus", "Cairo", "Riyadh",
    "Amman", "Beirut", "Doha", "Abu Dhabi", "Kabul", "Paris", "Berlin", "Rome", "Madrid", "Warsaw", "Athens",
    "The Hague", "Amsterdam", "Brussels", "Stockholm", "Oslo", "Helsinki", "Copenhagen", "Bern", "Vienna",
    "Budapest", "Bucharest", "Minsk", "Tbilisi", "Yerevan", "Baku", "Ottawa", "Mexico City", "Brasilia",
    "Brasília", "Buenos Aires", "Santiago", "Caracas", "Bogota", "Havana", "Canberra", "Wellington", "Jakarta",
    "Kuala Lumpur", "Manila", "Hanoi", "Bangkok", "Colombo", "Dhaka", "Kathmandu", "Pretoria", "Abuja",
    "Nairobi", "Addis Ababa", "Khartoum", "Tripoli", "Tunis", "Algiers", "Rabat", "Sanaa", "Astana",
    "Belgrade", "Zagreb", "Lisbon", "Dublin", "Edinburgh", "Taipei", "Phnom Penh", "Naypyidaw",
})


def _normalise_key(text: str) -> str:
    text = text.replace("\u2019", "'").strip()
    if text.lower().startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    return text.lower()


COUNTRY_BY_FORM: dict[str, str] = {}
for _country, _forms in _COUNTRY_FORMS.items():
    COUNTRY_BY_FORM[_normalise_key(_country)] = _country
    for _form in _forms:
        COUNTRY_BY_FORM[_normalise_key(_form)] = _country
COUNTRIES: frozenset[str] = frozenset(_COUNTRY_FORMS)


def country_for(text: str) -> str | None:
    """The country a name, demonym, capital or seat of government stands for ("Ukrainian" -> "Ukraine")."""
    return COUNTRY_BY_FORM.get(_normalise_key(text))


# International organisations whose acronyms and long names should be one node
ORG_ALIASES: dict[str, str] = {
    "un": "United Nations", "u.n.": "United Nations", "united nations": "United Nations",
    "nato": "NATO", "eu": "European Union", "e.u.": "European Union", "european union": "European Union",
    "wto": "World Trade Organization", "imf": "International Monetary Fund", "who": "World Health Organization",
    "fsb": "Federal Security Service", "gru": "GRU", "cia": "CIA", "fbi": "FBI", "opec": "OPEC",
    "asean": "ASEAN", "g7": "G7", "g20": "G20",
}

# Head nouns of offices. Multi-word offices are built from these plus modifiers and organisation words.
TITLE_HEADS: frozenset[str] = frozenset({
    "president", "minister", "secretary", "senator", "director", "chief", "head", "spokesman", "spokeswoman",
    "spokesperson", "ambassador", "governor", "chancellor", "king", "queen", "prince", "princess", "general",
    "envoy", "aide", "adviser", "advisor", "chairman", "chairwoman", "chair", "chairperson", "leader", "mayor",
    "representative", "congressman", "congresswoman", "judge", "commissioner", "ceo", "premier", "emperor",
    "sheikh", "emir", "sultan", "pope", "cardinal", "archbishop", "bishop", "commander", "admiral", "colonel",
    "captain", "lieutenant", "officer", "official", "negotiator", "mediator", "diplomat", "deputy", "speaker",
    "coordinator", "correspondent", "editor", "reporter", "analyst", "professor", "founder", "executive",
    "manager", "attorney", "prosecutor", "lawmaker", "legislator", "candidate", "nominee", "strategist",
    "chancellor", "treasurer", "administrator", "superintendent", "inspector", "marshal", "sergeant",
    "major", "governor-general", "counsellor", "counselor", "consul", "attaché", "delegate", "member",
    "vice-president", "boss", "monarch", "dictator", "ruler", "opponent", "rival", "economist", "chairmen",
    "campaign", "manager", "staffer", "pollster", "anchor", "host", "moderator", "writer", "author",
})

# Offices that make "the Kremlin leader", "the country's leader" refer to a head of state or government
LEADER_TITLES: frozenset[str] = frozenset({"president", "prime", "premier", "chancellor", "king", "queen", "leader", "emir", "sultan"})

# Title heads that are descriptions more than offices when they stand alone after a name
WEAK_TITLE_HEADS: frozenset[str] = frozenset({
    "opponent", "rival", "member", "official", "candidate", "campaign", "writer", "author", "host", "anchor",
})

# Words that may stand inside an office name before its head ("Deputy Foreign Minister")
TITLE_MODIFIERS: frozenset[str] = frozenset({
    "deputy", "acting", "vice", "senior", "foreign", "defense", "defence", "interior", "finance", "economy",
    "justice", "health", "education", "culture", "trade", "energy", "agriculture", "transport", "labour",
    "labor", "prime", "state", "national", "security", "general", "chief", "executive", "assistant",
    "associate", "special", "principal", "first", "second", "supreme", "top", "lead", "co", "interim",
    "environment", "foreign-affairs", "home", "treasury", "commerce", "industry", "information", "press",
    "communications", "intelligence", "military", "presidential", "federal", "regional", "provincial",
    "permanent", "high", "economic", "political", "policy", "campaign", "party", "majority", "minority",
    "house", "senate", "white", "defense-policy", "human", "rights", "development", "immigration",
    "affairs", "relations", "international", "public", "cabinet", "junior", "police", "army", "navy",
    "air", "force", "staff", "council", "committee", "department", "ministry", "office", "bureau",
    "agency", "service", "court", "central", "bank", "republican", "democratic", "democrat", "district",
    "u.s.", "us", "state's", "new", "outgoing", "incoming", "elect", "designate", "former", "ex",
})

FORMER_WORDS: frozenset[str] = frozenset({"former", "ex", "ex-", "then", "erstwhile", "late", "one-time", "onetime"})

HONORIFICS: dict[str, str | None] = {
    "mr": "male", "mr.": "male", "mister": "male", "sir": "male", "lord": "male",
    "mrs": "female", "mrs.": "female", "ms": "female", "ms.": "female", "miss": "female",
    "madam": "female", "lady": "female", "dame": "female",
    "dr": None, "dr.": None, "prof": None, "prof.": None,
    "sen": None, "sen.": None, "rep": None, "rep.": None, "gov": None, "gov.": None,
    "gen": None, "gen.": None, "col": None, "col.": None, "lt": None, "lt.": None,
    "president": None, "senator": None, "governor": None, "secretary": None,
}

# Abbreviated titles expand to the office they stand for
TITLE_EXPANSIONS: dict[str, str] = {
    "sen": "Senator", "sen.": "Senator", "rep": "Representative", "rep.": "Representative",
    "gov": "Governor", "gov.": "Governor", "gen": "General", "gen.": "General", "pres.": "President",
    "col": "Colonel", "col.": "Colonel", "lt": "Lieutenant", "lt.": "Lieutenant",
}

MALE_WORDS: frozenset[str] = frozenset({"he", "him", "his", "himself"})
FEMALE_WORDS: frozenset[str] = frozenset({"she", "her", "hers", "herself"})
PERSONAL_PRONOUNS: frozenset[str] = MALE_WORDS | FEMALE_WORDS
FIRST_PERSON: frozenset[str] = frozenset({"i", "me", "my", "myself", "we", "us", "our"})

# Lemmas of verbs that report speech ("said", "told", "warned", ...)
REPORTING_VERBS: frozenset[str] = frozenset({
    "say", "tell", "add", "warn", "argue", "claim", "insist", "state", "note", "explain", "announce",
    "write", "ask", "reply", "respond", "suggest", "acknowledge", "admit", "declare", "stress", "urge",
    "confirm", "deny", "predict", "complain", "assert", "contend", "maintain", "observe", "remark",
    "report", "recall", "reiterate", "emphasise", "emphasize", "caution", "concede", "promise", "vow",
    "pledge", "boast", "quip", "joke", "continue", "tweet", "post", "describe", "call", "answer",
    "counter", "retort", "scoff", "charge", "allege", "lament", "muse", "conclude", "proclaim",
    "point", "predict", "estimate", "believe", "think", "hope", "fear", "praise", "criticize",
    "criticise", "accuse", "thank", "dismiss", "welcome", "applaud", "condemn", "mock", "blast",
    "slam", "quote", "cite", "testify", "inform", "assure", "signal", "indicate",
})

# Reporting verbs that can introduce a clause of indirect speech without quotation marks
INDIRECT_VERBS: frozenset[str] = frozenset({
    "say", "tell", "warn", "argue", "claim", "insist", "state", "note", "explain", "announce", "add",
    "suggest", "acknowledge", "admit", "declare", "stress", "confirm", "deny", "predict", "assert",
    "contend", "maintain", "report", "reiterate", "emphasise", "emphasize", "caution", "concede",
    "promise", "vow", "pledge", "write", "believe", "think",
})

# Meeting words
MEETING_VERBS: frozenset[str] = frozenset({"meet", "host", "receive", "visit", "welcome", "confer", "negotiate", "talk", "dine"})
MEETING_NOUNS: frozenset[str] = frozenset({
    "meeting", "talks", "talk", "summit", "dinner", "lunch", "breakfast", "visit", "negotiations",
    "negotiation", "conference", "session", "encounter", "audience", "get-together", "tête-à-tête",
    "huddle", "consultations", "discussions", "discussion", "bilateral", "sit-down",
})
# "held talks", "had a meeting": a light verb whose object is a meeting noun is the meeting
LIGHT_VERBS: frozenset[str] = frozenset({"hold", "have", "conduct", "attend", "join", "host", "chair", "begin", "open"})

DECLINE_VERBS: frozenset[str] = frozenset({
    "reject", "refuse", "decline", "rebuff", "spurn", "dismiss", "snub", "veto", "deny",
})
PROPOSAL_VERBS: frozenset[str] = frozenset({
    "offer", "propose", "invite", "suggest", "challenge", "urge", "request", "seek", "ask",
    "push", "press", "demand", "consider", "try", "aim", "intend",
})
# Wishes and possibilities: the meeting is imagined, not arranged
WISH_VERBS: frozenset[str] = frozenset({"hope", "wish", "want", "like", "love", "dream", "prefer"})
PROPOSAL_NOUNS: frozenset[str] = frozenset({"offer", "invitation", "proposal", "call", "request", "idea", "plan", "bid", "demand", "push", "suggestion"})
CANCEL_VERBS: frozenset[str] = frozenset({"cancel", "postpone", "scrap", "abandon", "delay", "suspend", "shelve"})
SCHEDULE_WORDS: frozenset[str] = frozenset({
    "due", "expected", "expect", "scheduled", "schedule", "set", "slated", "slate", "poised", "planned", "plan",
    "going", "arrange", "arranged", "agree", "agreed"})
HYPOTHETICAL_MARKERS: frozenset[str] = frozenset({"if", "unless", "until", "whether", "should", "would", "could", "might"})

# Nouns that name a group sent to negotiate
DELEGATION_NOUNS: frozenset[str] = frozenset({"delegation", "team", "negotiators", "group", "mission", "envoys", "delegates"})
DELEGATION_CUES: frozenset[str] = frozenset({"negotiating", "negotiation", "negotiators", "peace", "delegation", "talks"})

# Nouns through which a government or organisation speaks: "the Greek statement said", "a Kremlin spokesman said"
SPEAKING_BODIES: frozenset[str] = frozenset({
    "statement", "government", "spokesman", "spokeswoman", "spokesperson", "ministry", "embassy", "presidency",
    "administration", "cabinet", "office", "communique", "communiqué", "announcement", "source", "sources",
    "official", "officials", "military", "army", "police", "authorities", "leadership", "parliament",
})
