"""Classes found reading government readouts and trade-mission reports: the "Under Secretary" rank, a definite
title that refers back, styles written with an apostrophe, long titles between a verb and its phrase, subject
lists after an opening phrase, names set off after a title's complement, workplaces inside member lists, a
country's team told again paragraphs later, and a quote inside the that-clause of a report."""
import pytest

from tests.conftest import delegation_of, met_pairs, names, offices_by_surname, person_key, speaker_of, surnames


# --- "Under" is a rank before a title head, not a preposition ---------------------------------------------

@pytest.mark.parametrize("text, surname, title", [
    ("Under Secretary of State for Arms Control Dana Whitcombe spoke in Vienna on Monday.", "Whitcombe",
     "under secretary of state for arms control"),
    ("Under Secretary Paul Ferrante met the minister in Rabat.", "Ferrante", "under secretary"),
    ("The Under-Secretary-General for Peace Operations, Kofi Mensah, arrived in Juba.", "Mensah",
     "under-secretary-general for peace operations"),
])
def test_under_is_part_of_the_office(extract, text, surname, title):
    assert title in {t for s, t, _ in offices_by_surname(extract(text)) if s == surname}


# --- "The Under Secretary and Minister B": the definite title refers back to someone named before ----------

@pytest.mark.parametrize("text, first, second, second_title", [
    ("Under Secretary Ana Roe met Deputy Minister Tran Van Long in Hanoi. The Under Secretary and Deputy "
     "Minister Tran discussed trade.", "Roe", "Long", "deputy minister"),
    ("Vice President Omar Diallo arrived in Accra on Monday. The Vice President and Foreign Minister Ama Mensah "
     "held talks on trade.", "Diallo", "Mensah", "foreign minister"),
    ("Commissioner Lena Brandt flew to Nairobi. The Commissioner and Trade Secretary Peter Kamau signed the deal.",
     "Brandt", "Kamau", "trade secretary"),
])
def test_a_title_told_before_is_another_person(extract, text, first, second, second_title):
    facts = extract(text)
    assert {t for s, t, _ in offices_by_surname(facts) if s == second} == {second_title}
    assert person_key(facts, first) != person_key(facts, second)


def test_one_person_may_still_hold_two_titles(extract):
    facts = extract("The President and Chief Executive John Okafor said profits rose.")
    assert {t for s, t, _ in offices_by_surname(facts) if s == "Okafor"} == {"president", "chief executive"}


# --- a pronoun takes the subject whose name tells its gender over one whose name tells nothing -------------

@pytest.mark.parametrize("text, partner", [
    ("Under Secretary Ana Roe met Deputy Minister Tran Van Long in Hanoi. The Under Secretary and Deputy "
     "Minister Tran discussed trade. She later joined Trade Secretary Aminah Yusof for a working lunch.", "Yusof"),
    ("Senator Maria Kline met Minister Nguyen Minh Quan in Hue. The senator and Minister Quan toured a port. "
     "She later had dinner with Governor Lee Dae-ho.", "Dae-ho"),
    ("Ambassador Sofia Berg met Director Okafor Eze in Abuja. The ambassador and Director Eze reviewed the plan. "
     "She then held talks with Senator Musa Bello.", "Bello"),
])
def test_she_is_the_woman_of_two_subjects(extract, text, partner):
    facts = extract(text)
    first = text.split(" met ")[0].split()[-1]
    assert frozenset({first, partner}) in met_pairs(facts)


# --- a style of address written with an apostrophe is one word --------------------------------------------

@pytest.mark.parametrize("text", [
    "Deputy Minister Ana Ruiz paid a courtesy call on Foreign Minister Dato\u2019 Sri Karim Hassan.",
    "Deputy Minister Ana Ruiz then called, as a courtesy, on Trade Minister Dato' Sri Karim Hassan and "
    "thanked him for his support.",
    "Ana Ruiz paid a courtesy call on Dato\u2019 Sri Karim Hassan in Putrajaya on Monday.",
])
def test_a_style_with_an_apostrophe_keeps_the_meeting(extract, text):
    assert frozenset({"Ruiz", "Hassan"}) in met_pairs(extract(text))


# --- "joined B for a working lunch" past B's long title ------------------------------------------------------

@pytest.mark.parametrize("text, guest", [
    ("Ana Ruiz joined Director-General of the Department of Ports Datuk Aminah Yusof for a working lunch.", "Yusof"),
    ("The envoy Tom Lutz joined Director of the Office of Maritime Affairs Rosa Pinto for dinner in Lisbon.", "Pinto"),
    ("Minister Ola Berg joined Chairman of the Board of Ports Hamid Rahimi for talks on Monday.", "Rahimi"),
])
def test_joined_for_a_meal_past_a_long_title(extract, text, guest):
    host = text.split(" joined ")[0].split()[-1]
    assert frozenset({host, guest}) in met_pairs(extract(text))


# --- "In a trilateral meeting, A, B, and C condemned ...": the whole subject list ---------------------------

@pytest.mark.parametrize("text, people", [
    ("In a three-way session, Under Secretary Ana Roe, Korean Vice Minister Park Sung-ho, and Japan's Deputy "
     "Minister for Foreign Affairs Kenji Mori condemned the launches.", {"Roe", "Sung-ho", "Mori"}),
    ("At a three-way meeting in Geneva, Under Secretary Paul Ferrante, Swiss State Secretary Anna Vogt, and Austrian "
     "envoy Karl Huber agreed on a plan.", {"Ferrante", "Vogt", "Huber"}),
    ("During a trilateral meeting on Monday, Minister Lena Holm, Minister Piotr Nowak, and Minister Ivan Horak "
     "signed a declaration.", {"Holm", "Nowak", "Horak"}),
])
def test_every_subject_after_the_opening_phrase_met(extract, text, people):
    pairs = met_pairs(extract(text))
    assert {frozenset({a, b}) for a in people for b in people if a < b} <= pairs


# --- "paid a call on the Speaker of X, Senator A": the name after the title's complement ---------

@pytest.mark.parametrize("text", [
    "The Peruvian delegation, led by Rosa Quispe, called on the Chair of the Regional Council for "
    "Fisheries, Senator Eva Lind, at the parliament building.",
    "Rosa Quispe paid a visit to the Speaker of the Regional Assembly of Tarvia, Eva Lind, on Monday.",
    "Rosa Quispe paid a courtesy call on the President of the Court of Audit, Eva Lind, before leaving.",
])
def test_the_name_after_a_titles_complement_is_visited(extract, text):
    assert frozenset({"Quispe", "Lind"}) in met_pairs(extract(text))


def test_a_name_after_the_comma_that_opens_a_clause_is_not_visited(extract):
    facts = extract("Rosa Quispe paid a visit to the Speaker of the Regional Assembly, Eva Lind said on Monday.")
    assert frozenset({"Quispe", "Lind"}) not in met_pairs(facts)


# --- "included the director for Asia at the foreign ministry, B": the workplace is part of the description ---

@pytest.mark.parametrize("text, member", [
    ("The delegation was led by Deputy Minister Rosa Quispe and comprised the director-general for Asian affairs at "
     "the Peruvian foreign ministry, Luis Tapia.", "Tapia"),
    ("The Chilean delegation was headed by Minister Ana Soto and included the trade adviser at the Chilean embassy, "
     "Jorge Rivas.", "Rivas"),
    ("The Kenyan team, led by Minister Ruth Wanjiru, included a senior economist in the Kenyan finance ministry, "
     "Peter Otieno.", "Otieno"),
])
def test_a_member_described_by_workplace(extract, text, member):
    facts = extract(text)
    assert any(member in surnames(facts, d.members) for d in facts.delegations.values())


# --- "the Korean team", paragraphs after the Korean delegation was told ------------------------------------

@pytest.mark.parametrize("text, host", [
    ("Minister Tom Berg received a Peruvian trade delegation in Oslo on Monday. The delegation was led by Rosa "
     "Quispe.\n\nThe two sides agreed to cooperate on fisheries.\n\nEarlier on Monday, the Peruvian team paid a "
     "courtesy call on Senator Eva Lind.", "Lind"),
    ("A Ghanaian delegation led by Kofi Boateng arrived in Lima on Sunday.\n\nOfficials said the talks would cover "
     "cocoa.\n\nPrices have risen this year.\n\nThe Ghanaian group later met Mayor Rosa Pinto.", "Pinto"),
    ("President Ana Soto hosted a Korean delegation headed by Kim Ji-won. Both countries want more trade. Exports "
     "rose last year.\n\nThe Korean mission then called on Speaker Juan Rivas.", "Rivas"),
])
def test_a_countrys_team_told_again_is_its_delegation(extract, text, host):
    facts = extract(text)
    head = surnames(facts, [next(d.head for d in facts.delegations.values() if d.head)])
    assert frozenset({*head, host}) in met_pairs(facts)


# --- an office never runs from a headline into the first paragraph ----------------------------------------

def test_a_title_does_not_cross_a_line_break(extract):
    facts = extract("Korean delegation visits Abuja\n\nThe Minister of Industry, Halima Bello, received the "
                    "visitors on Monday.")
    assert {t for s, t, _ in offices_by_surname(facts) if s == "Bello"} == {"minister of industry"}


# --- a quote in the that-clause of "a report by B" is B's ---------------------------------------------------

@pytest.mark.parametrize("text, owner", [
    ('Then came a report by the Ledger that he "invented" the whole story. Senator Tom Ruiz denied it.',
     "the Ledger"),
    ('It was a claim by Maria Lopez that he had "lied to the committee" that started the inquiry. Tom Ruiz said '
     'nothing.', "Maria Lopez"),
    ('This week it was a statement by Senator Ana Vidal that he "misled voters" about the budget. Tom Ruiz '
     'disagreed.', "Ana Vidal"),
])
def test_a_quote_in_a_reports_that_clause(extract, text, owner):
    words = text.split('"')[1]
    speaker = speaker_of(extract(text), words)
    assert speaker is not None and owner.split()[-1].lower() in speaker.lower()


# --- a Malay given name spelt like a function word after a style -----------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The envoy met Datuk Nor Aminah Yusof in Putrajaya.", "Aminah Yusof"),
    ("Tan Sri Nor Hisham Osman chaired the session.", "Hisham Osman"),
    ("Talks with Dato' Nor Azlan Idris ended on Friday.", "Azlan Idris"),
])
def test_a_name_after_a_style_is_found(extract, text, name):
    assert any(name in n for n in names(extract(text)))


# --- "held talks with the president of Ghana": a description is neither its clause's subject nor of another country

@pytest.mark.parametrize("text, wrong", [
    ("President Ana Soto held talks with the president of Ghana and the prime minister of Fiji. Peruvian President "
     "Luis Vega left early.", {"Soto", "Vega"}),
    ("Prime Minister Tom Berg met the president of South Africa on Monday. Kenyan President Ruth Mwangi was away.",
     {"Berg", "Mwangi"}),
    ("Chancellor Eva Lind had lunch with the prime minister of New Zealand. French Prime Minister Paul Roux spoke "
     "later.", {"Lind", "Roux"}),
])
def test_a_description_of_another_country_stays_unresolved(extract, text, wrong):
    assert frozenset(wrong) not in met_pairs(extract(text))


# --- "Talks with B were on the agenda but will not happen on this trip" ----------------------------------------

@pytest.mark.parametrize("text", [
    "Commissioner Eva Lind will hold talks with Minister Tran Van An. Talks with the Minister for Mines, Hoang "
    "Duc Long, was on the agenda but will not happen on this trip.",
    "Senator Ana Roe arrived in Lima on Monday. A meeting with Minister Luis Vega was planned but did not happen.",
    "Minister Ola Berg is in Accra. Talks with Minister Kofi Mensah had been expected but were called off.",
])
def test_a_meeting_noun_whose_later_verb_says_no(extract, text):
    facts = extract(text)
    partner = {"Long", "Vega", "Mensah"} & {p.name.split()[-1] for p in facts.persons.values()}
    assert not any(partner <= {facts.persons[a.key].name.split()[-1] for a in m.attendees if a.kind == "person"}
                   and m.status.value in {"Occurred", "Scheduled"} for m in facts.meetings)


# --- "the Minister of Finance, B": a title NER took for a body is no attendee ------------------------------

@pytest.mark.parametrize("text", [
    "Envoy Lars Holm held talks with Prime Minister Ruth Mwangi and the Minister for Trade, Peter Otieno, on Monday.",
    "Minister Ola Berg held talks with President Ana Costa and the Minister for Energy, Kofi Mensah, on Friday.",
    "Senator Maria Costa held talks with Governor Luis Vega and the Secretary for Defence, Jorge Rivas, on Sunday.",
])
def test_a_title_tagged_as_a_body_is_not_an_attendee(extract, text):
    facts = extract(text)
    assert facts.meetings
    assert all(a.kind == "person" for m in facts.meetings for a in m.attendees)


# --- "her meeting in Oslo on 3 May with B": a with-phrase after a place and a day ------------------------------

@pytest.mark.parametrize("text, guest", [
    ("Commissioner Eva Lind will travel to Hanoi. The trip comes after the Commissioner's talks in Geneva on 28 "
     "January with Chile's Ambassador to the European Union, Rosa Vidal, who presented the plan.", "Vidal"),
    ("Minister Ola Berg flew to Rome. It follows his meeting in Oslo on 3 May with Peru's Ambassador to the Holy See, "
     "Luis Tapia.", "Tapia"),
    ("Senator Maria Costa is in Lima. Her meeting at the ministry on Friday with Brazil's Ambassador to Peru, Jorge "
     "Rivas, went well.", "Rivas"),
])
def test_with_after_a_place_and_a_day(extract, text, guest):
    pairs = met_pairs(extract(text))
    assert any(guest in pair for pair in pairs)
