"""Entourages listed last (`extract/entourages.py`): "Accompanying the visitor were A and B", "Officials who
accompanied X are A and B", "The ministers travelling with X were A and B". The companions join X's meeting
told before, and, where the text speaks of delegations or sides, X's delegation, which X heads. Also names a
long title sets off that NER cut or read as a body: "Raúl Díaz-Marín Bermejo" (a hyphenated double surname read into the body before it),
"Ana María Soto- | Vega Rojas"."""
import pytest

from tests.conftest import delegation_of, met_pairs, names, surnames

_VISIT = "Ghanaian President Kofi Mensah arrived in Havana on Monday and held talks with Cuban President Luis Ortega. "


@pytest.mark.parametrize("listing", [
    "Accompanying the visitor were Foreign Minister Ama Boateng and Health Minister Kwame Asante.",
    "Accompanying Mensah were Foreign Minister Ama Boateng and Health Minister Kwame Asante.",
    "Also accompanying the guest were Foreign Minister Ama Boateng and Health Minister Kwame Asante.",
    "Ghanaian officials who accompanied Mensah on the trip are Foreign Minister Ama Boateng and Health Minister "
    "Kwame Asante.",
    "The ministers travelling with Mensah were Foreign Minister Ama Boateng and Health Minister Kwame Asante.",
    "Those accompanying the Ghanaian president included Foreign Minister Ama Boateng and Health Minister Kwame Asante.",
])
def test_companions_join_the_meeting_of_the_one_they_go_with(extract, listing):
    pairs = met_pairs(extract(_VISIT + listing))
    assert frozenset({"Mensah", "Ortega"}) in pairs
    assert frozenset({"Boateng", "Ortega"}) in pairs
    assert frozenset({"Asante", "Ortega"}) in pairs


@pytest.mark.parametrize("text, country, members", [
    (_VISIT + "Accompanying the visitor were Foreign Minister Ama Boateng and Health Minister Kwame Asante. "
     "Present for Cuba were Foreign Minister Raul Diaz and Trade Minister Elena Ruiz. The Cuban side thanked them.",
     "Ghana", {"Mensah", "Boateng", "Asante"}),
    ("Malaysian Prime Minister Ahmad Karim and his delegation arrived in Jakarta on Friday and held talks with "
     "President Budi Santoso. The officials who accompanied Karim are Trade Minister Zainal Abidin and Deputy "
     "Foreign Minister Rosli Hamid.", "Malaysia", {"Karim", "Abidin", "Hamid"}),
    ("The Kenyan delegation was received by the Danish prime minister on Tuesday. Kenyan President Grace Wanjiku "
     "led the visit. Travelling with Wanjiku were Trade Minister Peter Otieno and Senator Mary Achieng.",
     "Kenya", {"Wanjiku", "Otieno", "Achieng"}),
])
def test_companions_make_up_the_delegation_the_one_they_go_with_heads(extract, text, country, members):
    facts = extract(text)
    delegation = delegation_of(facts, country)
    assert surnames(facts, delegation.members) >= members
    assert facts.persons[delegation.head].name.split()[-1] in {"Mensah", "Karim", "Wanjiku"}


def test_companions_make_no_delegation_where_the_text_tells_none(extract):
    facts = extract(_VISIT + "Accompanying the visitor were Foreign Minister Ama Boateng and Health Minister Kwame Asante.")
    assert not any(d.members for d in facts.delegations.values())


@pytest.mark.parametrize("text", [
    _VISIT + "Accompanying the talks were protests outside the embassy.",
    "Kofi Mensah and Luis Ortega met in Havana. Accompanying the announcement was a pledge of aid.",
    "The officials who accompanied the vote are unknown.",
])
def test_no_one_listed_no_one_added(extract, text):
    facts = extract(text)
    assert all(len(m.attendees) <= 2 for m in facts.meetings)


@pytest.mark.parametrize("opening", [
    "Cuban President Luis Ortega on Thursday received Ghanaian President Kofi Mensah, who is on an official visit.",
    "Cuban President Luis Ortega on Thursday received Ghanaian President Kofi Mensah on an official visit.",
    "Ghanaian President Kofi Mensah was welcomed by Cuban President Luis Ortega on Thursday.",
])
def test_the_visitor_is_the_one_received(extract, opening):
    facts = extract(opening + " The two leaders discussed trade. Accompanying the visitor were Foreign Minister "
                    "Ama Boateng and Health Minister Kwame Asante.")
    pairs = met_pairs(facts)
    assert frozenset({"Boateng", "Ortega"}) in pairs


@pytest.mark.parametrize("text, name", [
    ("The head of Peru’s Councils of Regions and Ministers, Raúl Díaz-Marín Bermejo, greeted the envoy.",
     "Raúl Díaz-Marín Bermejo"),
    ("The President of Chile’s Councils of Justice and Labour, Raúl Díaz-Marín Bermejo, received him.",
     "Raúl Díaz-Marín Bermejo"),
    ("The head of Chile's Senate, Ana María Soto-Vega Rojas, received the delegation on Monday.",
     "Ana María Soto-Vega Rojas"),
    ("Ana María Soto-Vega Rojas received the delegation on Monday.", "Ana María Soto-Vega Rojas"),
])
def test_a_hyphenated_double_surname_is_kept_whole(extract, text, name):
    assert name in names(extract(text)), names(extract(text))


@pytest.mark.parametrize("text", [
    "President Ana Ruiz left for Lima on Monday. Accompanying the President were Trade Minister Tom Hale and "
    "Senator Eva Diaz.",
    "President Ana Ruiz left for Lima on Monday. Accompanying Ruiz were Trade Minister Tom Hale and Senator Eva Diaz.",
    "President Ana Ruiz flew to Lima. The ministers travelling with Ruiz were Tom Hale and Eva Diaz.",
])
def test_company_on_a_journey_is_no_meeting(extract, text):
    assert not met_pairs(extract(text))
