"""Teams a country sends or a minister brings, the head's own staff "with" the team, lower-case Arabic surname
particles, genders the first-name table guessed against the text's pronouns, a possessive that looks ahead to the
subject, and calls paid on two people."""
import pytest

from tests.conftest import delegation_of, met_pairs, names, surnames


# --- "The minister brought a team to Lima, including B": the bringer's delegation -------- -------------------

@pytest.mark.parametrize("text, country, head, member", [
    ("Chile's trade minister, Rosa Vidal, met Peruvian Minister Luis Tapia in Lima. The Chilean minister had "
     "brought a team of six to Lima, including her deputy, Jorge Rivas, and the head of the customs service, Ana Soto.",
     "Chile", "Vidal", "Rivas"),
    ("Minister Rosa Vidal of Chile brought a small team to the talks, including her adviser Jorge Rivas.",
     "Chile", "Vidal", "Rivas"),
    ("Kenya's energy minister, Ruth Wanjiru, took a delegation to Kampala, including her deputy, Peter Otieno.",
     "Kenya", "Wanjiru", "Otieno"),
])
def test_a_team_someone_brings(extract, text, country, head, member):
    delegation = delegation_of(extract(text), country)
    facts = extract(text)
    assert surnames(facts, [delegation.head]) == {head}
    assert member in surnames(facts, delegation.members)


# --- "Ghana sent a team led by A": a country's team, with the head's own staff "with" it ----------------------

@pytest.mark.parametrize("text, country, head, member", [
    ("Ghana sent a team led by Kofi Mensah.", "Ghana", "Mensah", None),
    ("Niger sent a small team headed by Musa Abdou, with his chief of staff, Aicha Garba.", "Niger",
     "Abdou", "Garba"),
    ("Peru sent a mission led by Rosa Quispe, with her deputy, Luis Tapia, to the Geneva talks.", "Peru",
     "Quispe", "Tapia"),
])
def test_a_team_a_country_sends(extract, text, country, head, member):
    facts = extract(text)
    delegation = delegation_of(facts, country)
    assert surnames(facts, [delegation.head]) == {head}
    if member:
        assert member in surnames(facts, delegation.members)


# --- "Ali Youssef el-Sharif": a lower-case particle glued to the surname -------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The minister received Foreign Minister Hamid Osman el-Tayeb in Doha.", "Hamid Osman el-Tayeb"),
    ("Talks with envoy Omar Khalid al-Nasser ended on Friday.", "Omar Khalid al-Nasser"),
    ("Deputy Minister Salma Hadi el-Amin arrived on Sunday.", "Salma Hadi el-Amin"),
])
def test_a_lower_case_particle_surname_stays_in_the_name(extract, text, name):
    assert name in names(extract(text))


def test_the_surname_alone_is_the_same_person(extract):
    facts = extract("Oman received Egypt's Foreign Minister Hamid Osman el-Tayeb in Muscat. Egypt's team was "
                    "headed by el-Tayeb.")
    assert surnames(facts, [delegation_of(facts, "Egypt").head]) == {"el-Tayeb"}


# --- a gender only the first-name table told yields to the text's pronouns ----------------------------------

@pytest.mark.parametrize("text, partner", [
    ("Foreign Minister Vivian Tan greeted his Chinese counterpart Li Wei on Monday. Tan met Turkish Foreign Minister "
     "Emre Kaya. He also met Chilean Foreign Minister Jorge Rivas.", "Rivas"),
    ("Minister Allison Ng opened his office in Lima. Ng met Minister Emre Kaya. He later met Senator Jorge Rivas.",
     "Rivas"),
    ("Governor Ashley Tan welcomed his guests. Tan met Mayor Emre Kaya on Monday. He then met Minister Jorge Rivas.",
     "Rivas"),
])
def test_the_texts_pronoun_overrules_the_first_name_table(extract, text, partner):
    assert frozenset({"Tan" if "Tan" in text else "Ng", partner}) in met_pairs(extract(text))


# --- "Ahead of his talks with X, Minister C called on ...": the possessive looks ahead to the subject -------

@pytest.mark.parametrize("text, pair", [
    ("Minister Tom Berg spoke in Oslo on Monday. Ahead of his meeting with Minister Luis Vega, Governor Jorge Rivas "
     "visited the port.", {"Rivas", "Vega"}),
    ("Senator Paul Dent left early. Before his talks with King Harald, Minister Jorge Rivas toured the museum.",
     {"Rivas", "Harald"}),
    ("Ambassador Omar Diallo arrived on Sunday. After his lunch with Mayor Ruth Wanjiru, Envoy Peter Otieno flew "
     "home.", {"Otieno", "Wanjiru"}),
])
def test_a_possessive_in_the_opening_phrase_is_the_subject(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


# --- "called on A and B": a call on each --------------------------------------------------------------------

@pytest.mark.parametrize("text, first, second", [
    ("Foreign Minister Li Wei called on his Chilean counterpart Jorge Rivas and President Ana Soto on Monday.",
     "Rivas", "Soto"),
    ("The envoy, Tom Berg, called on Governor Ruth Wanjiru and Mayor Peter Otieno in Nairobi.", "Wanjiru", "Otieno"),
    ("Minister Eva Lind called on Speaker Kofi Mensah and Chief Justice Ama Owusu in Accra.", "Mensah", "Owusu"),
])
def test_two_people_called_on_did_not_meet_each_other(extract, text, first, second):
    pairs = met_pairs(extract(text))
    assert frozenset({first, second}) not in pairs


# --- "the two ministers are to meet again": the pair of the meeting told before, not a deputy minister -----------

@pytest.mark.parametrize("text", [
    "Chilean Foreign Minister Rosa Vidal and Peruvian Foreign Minister Luis Tapia met on Wednesday in Lima.\n\n"
    "Vidal came with Chile's deputy trade minister, Jorge Rivas.\n\nOfficials said trade had fallen. Exports of "
    "copper were down. Prices were low.\n\nBoth ministers are to meet again in Santiago on May 6.",
    "Trade Minister Ana Soto and Trade Minister Tom Berg held talks in Oslo on Monday. Soto was joined by deputy "
    "trade minister Paul Dent.\n\nFishing quotas were the main subject. Both sides want a deal by June. Salmon "
    "prices have doubled.\n\nThe two ministers are due to meet again in Lima in July.",
    "Defence Minister Ruth Wanjiru and Defence Minister Kofi Mensah met in Accra. Wanjiru brought her deputy "
    "defence minister, Peter Otieno.\n\nThe talks covered border patrols. Officers from both armies took part. "
    "A joint exercise is planned.\n\nThe two ministers plan to meet again in Nairobi next month.",
])
def test_the_two_ministers_meeting_again(extract, text):
    facts = extract(text)
    first, second = [n.split()[-1] for n in (text.split(" and ")[0].split(" Minister ")[-1],
                                             text.split(" and ")[1].split(" met")[0].split(" held")[0])]
    scheduled = [m for m in facts.meetings if m.status.value == "Scheduled"]
    assert scheduled
    people = {facts.persons[a.key].name.split()[-1] for a in scheduled[-1].attendees if a.kind == "person"}
    assert people == {first, second}


# --- a delegation mentioned in the next sentence's own meeting was not at the meeting before ----------------

@pytest.mark.parametrize("text, host", [
    ("Foreign Minister Rosa Vidal came leading a delegation that included her deputy, Jorge Rivas. Vidal was "
     "received by Vice President Ana Soto on Wednesday. But talks asked for by the Chilean side with "
     "Interior Minister Luis Vega did not take place.", "Soto"),
    ("Minister Tom Berg led a delegation that included his adviser, Paul Dent. Berg was received by Governor Ruth "
     "Wanjiru on Monday. A meeting the Norwegian side sought with Senator Peter Otieno was not held.", "Wanjiru"),
    ("Minister Kofi Mensah came with a delegation that included his deputy, Ama Owusu. Mensah was received by Mayor "
     "Luis Vega on Friday. Talks proposed by the Ghanaian side with Governor Eva Lind did not happen.", "Vega"),
])
def test_a_delegation_told_in_another_meeting_stays_out(extract, text, host):
    facts = extract(text)
    deputy = text.split(", ")[1].split(".")[0].split()[-1]
    assert frozenset({deputy, host}) not in met_pairs(facts)


# --- a courtesy or farewell visit told as being in someone's office or home -----------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Minister Tom Berg spoke on Monday. Outgoing Ghanaian Ambassador to Norway Kofi Mensah was at the Berg "
     "family's home on a farewell visit.", {"Berg", "Mensah"}),
    ("Governor Ruth Wanjiru was in Nairobi. Ambassador Paul Dent was at the governor's residence on a courtesy visit.",
     {"Wanjiru", "Dent"}),
    ("Ambassador Paul Dent was in Minister Tom Berg's office on a courtesy visit on Friday.", {"Berg", "Dent"}),
])
def test_a_courtesy_visit_in_someones_office(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


def test_being_in_an_office_is_no_visit(extract):
    facts = extract("Minister Tom Berg spoke on Monday. Ambassador Paul Dent was at the minister's office on Friday.")
    assert frozenset({"Berg", "Dent"}) not in met_pairs(facts)


# --- "received the Minister Delegate to ... in charge of ..., B": a long title's holder -------- ------------

@pytest.mark.parametrize("text, pair", [
    ("Minister Tom Berg met the envoy on Monday. Berg also received the Minister Delegate to the Chadian "
     "Minister of Foreign Affairs in charge of African Relations, Paul Kabore.", {"Berg", "Kabore"}),
    ("Governor Ruth Wanjiru received the Deputy Head of Mission of the Embassy of Peru in charge of Trade, Luis Vega.",
     {"Wanjiru", "Vega"}),
    ("Minister Eva Lind hosted the Secretary of State to the Prime Minister in charge of Digital Affairs, Omar Diallo.",
     {"Lind", "Diallo"}),
])
def test_a_long_titles_holder_after_the_comma(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


# --- Mongolian initials glued to the name ----------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mongolian Premier Ts.Ganbold and Chilean President Ana Soto will hold talks.", "Ganbold"),
    ("Foreign Minister B.Erdenebat met the envoy at the airport.", "Erdenebat"),
    ("The delegation was received by Speaker Sh.Otgonbayar in Ulaanbaatar.", "Otgonbayar"),
])
def test_a_glued_initial_keeps_the_name(extract, text, name):
    assert any(name in n for n in names(extract(text)))


# --- "It met C": the delegation told as the subject just before --------------------------------------------------

@pytest.mark.parametrize("text, host", [
    ("A Chilean delegation arrived in Lima on Tuesday. The delegation, headed by Deputy Minister Rosa Vidal, includes "
     "Jorge Rivas. It met in the evening with Peruvian Minister Luis Tapia at the ministry.", "Tapia"),
    ("A Chilean delegation headed by Rosa Vidal arrived in Lima. It met Minister Luis Tapia on Tuesday.", "Tapia"),
    ("A Ghanaian mission led by Kofi Mensah reached Abuja. It held talks with Governor Musa Bello on Friday.", "Bello"),
])
def test_it_is_the_delegation_told_just_before(extract, text, host):
    facts = extract(text)
    head = surnames(facts, [next(d.head for d in facts.delegations.values() if d.head)])
    assert frozenset({*head, host}) in met_pairs(facts)


# --- members named by their post in a place, or by title after "with" -----------------------------------------

@pytest.mark.parametrize("text, country, member", [
    ("The delegation, headed by Deputy Minister Rosa Vidal, includes Jorge Rivas and Chile's ambassador in Lima, "
     "Ana Soto.", "Chile", "Soto"),
    ("Nepal's negotiators were headed by Meena Rao, Under Secretary at the Trade Ministry, with Joint "
     "Secretary Arun Kumar and Deepak Joshi of the Ministry of Mines.", "Nepal", "Kumar"),
    ("The Kenyan delegation was led by Minister Ruth Wanjiru, with Permanent Secretary Peter Otieno.", "Kenya",
     "Otieno"),
])
def test_members_by_post_in_a_place_or_titled_after_with(extract, text, country, member):
    facts = extract(text)
    assert member in surnames(facts, delegation_of(facts, country).members)


# --- a meeting only floated or mooted is proposed; "A's first meeting was with B" -----------------------------

@pytest.mark.parametrize("text", [
    "A summit between President Ana Soto and President Luis Vega has been mooted by both sides.",
    "Talks between Minister Tom Berg and Minister Kofi Mensah were floated last month.",
    "Officials have floated a meeting between Governor Ruth Wanjiru and Mayor Peter Otieno.",
])
def test_a_floated_meeting_is_only_proposed(extract, text):
    facts = extract(text)
    assert facts.meetings and all(m.status.value == "Proposed" for m in facts.meetings)


@pytest.mark.parametrize("text, pair", [
    ("Prime Minister Tom Berg arrived on Monday. Mr Berg's first meeting was with Fiji Prime Minister Ratu Lagi, who "
     "asked for help.", {"Berg", "Lagi"}),
    ("Minister Ana Soto landed in Accra. Her first meeting was with Governor Kofi Mensah.", {"Soto", "Mensah"}),
    ("Senator Eva Lind toured the port. Lind's last meeting of the day was with Mayor Peter Otieno.", {"Lind", "Otieno"}),
])
def test_a_meeting_that_was_with_someone(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


# --- "was later to confer ... before flying to Lima for talks with B on Tuesday": a plan, not a past meeting ----

@pytest.mark.parametrize("text", [
    "Minister Ana Soto was later to confer with bankers before flying to Lima for talks with Governor Luis Vega on "
    "Tuesday.",
    "Minister Tom Berg was then to visit a port before travelling to Accra for talks with Governor Kofi Mensah.",
    "Senator Eva Lind was also to tour the museum before heading to Nairobi for a meeting with Mayor Peter Otieno.",
])
def test_was_to_with_an_adverb_is_a_plan(extract, text):
    facts = extract(text)
    assert facts.meetings and all(m.status.value == "Scheduled" for m in facts.meetings)
