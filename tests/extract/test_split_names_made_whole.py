"""Names NER split or cut, made whole: a lone given name before a given name and surname ("Rosa |
Elena Ferro"), a surname left as a name of its own right after a given name and surname ("Rosa Tuz |
Canche"), a name after a style of address that NER read as a body ("H.E. Tomas Berg"), a given name
before a Gaelic surname ("Seán | Ó Briain"); a comma-set portfolio is no name ("the Minister of Trade,
Rural Roads and ...")."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, full, part", [
    ("Flood talks in Oaxaca drew road agency director Ramón Pech Chan and Cusco Governor Luz Adriana Quiroga, "
     "whose region lost two bridges.", "Luz Adriana Quiroga", "Luz"),
    ("Flood talks in Oaxaca drew road agency director Ramón Pech Chan and Cusco Governor Luz Adriana Quiroga, "
     "whose region lost two bridges.", "Ramón Pech Chan", "Ramón Pech"),
    ("Also present were the port director Rosa Uc Canche and the mayor.", "Rosa Uc Canche", "Rosa Uc"),
    ("At the dam site were transport director Saúl Uc Canche and Lima Governor Luz Adriana Quiroga, whose "
     "city needs water.", "Luz Adriana Quiroga", "Luz"),
])
def test_names_split_side_by_side_are_one(extract, text, full, part):
    found = names(extract(text))
    assert full in found and part not in found, found


@pytest.mark.parametrize("text, full", [
    ("On arrival the visitors saw the Minister of Lands and Trade, H.E. Mahamat Saleh Annadif.",
     "Mahamat Saleh Annadif"),
    ("The visitors were received by H.E. Abakar Moussa Tidjani at noon.", "Abakar Moussa Tidjani"),
])
def test_a_name_after_a_style_read_as_a_body(extract, text, full):
    assert full in names(extract(text))


@pytest.mark.parametrize("text, full", [
    ("Speaking in Lima, where he met the trade envoy this morning, Tadhg Ó Murchú said the talks would be useful. "
     "Later Ó Murchú flew home.", "Tadhg Ó Murchú"),
    ("After the vote Ciarán Ó Briain told reporters the count was fair. Ó Briain then left.", "Ciarán Ó Briain"),
    ("Talking in Paris after he met EU Trade Commissioner Ana Lind on Monday, Colm Ó Laoire said the talks "
     "would be tough. Ó Laoire then flew home.", "Colm Ó Laoire"),
    ("Éamon Ó Cuív, who met the trade commissioner, said the talks were tough. Ó Cuív left early.", "Éamon Ó Cuív"),
    ("The farm minister, Gráinne Ní Dhuibhir, met growers. Ní Dhuibhir said prices were low.",
     "Gráinne Ní Dhuibhir"),
])
def test_a_given_name_before_a_gaelic_surname(extract, text, full):
    found = names(extract(text))
    assert full in found and full.split(" ", 1)[1] not in found, found


@pytest.mark.parametrize("text, name, not_a_name", [
    ("The team was led by the Minister of Trade, Rural Roads and Water Works, H.E. Tomas Berg.", "Tomas Berg",
     "Rural Roads"),
    ("She met the Minister of Energy, Public Works and Housing, Dina Korsak, on Friday.", "Dina Korsak",
     "Public Works"),
])
def test_a_listed_portfolio_is_no_name(extract, text, name, not_a_name):
    found = names(extract(text))
    assert name in found and not_a_name not in found, found


@pytest.mark.parametrize("text, expected", [
    ("Ana Ruiz won the award and Tomas Vell came second.", {"Ana Ruiz", "Tomas Vell"}),
    ("Seated were Rosa Ferro Diaz and Ana Ruiz.", {"Rosa Ferro Diaz", "Ana Ruiz"}),
])
def test_names_with_a_boundary_stay_apart(extract, text, expected):
    assert expected <= names(extract(text))


@pytest.mark.parametrize("text, name", [
    ("Cllr Rana Begum-Ali, who has run the authority since 2021, met the minister on Monday.", "Rana Begum-Ali"),
    ("Opposition leader Cllr Tomas Vell accused the council of delay.", "Tomas Vell"),
    ("The motion was tabled by Cllr. Dina Korsak of the Green group.", "Dina Korsak"),
])
def test_the_councillor_abbreviation_is_an_office_not_a_name(extract, text, name):
    facts = extract(text)
    assert name in names(facts)
    assert any(facts.persons[o.person].name == name and "Councillor" in o.title for o in facts.offices)


@pytest.mark.parametrize("text, full", [
    ("The talks with Sultan Rashid Al Noor, Minister of Water and Roads, were put off.", "Sultan Rashid Al Noor"),
    ("The guests were received by Sultan Hamad Al Shamsi, Minister of Culture, on Monday.", "Sultan Hamad Al Shamsi"),
    ("A planned meeting between the visiting minister and Sultan Rashid Al Mansoori, Minister of Water and Roads, "
     "was postponed.", "Sultan Rashid Al Mansoori"),
])
def test_a_monarch_word_before_a_ministers_name_is_his_given_name(extract, text, full):
    facts = extract(text)
    assert full in names(facts)
    assert not any(o.title == "Sultan" for o in facts.offices)


@pytest.mark.parametrize("text, name", [
    ("Sultan Haitham bin Tariq received the envoy in Muscat on Monday.", "Haitham bin Tariq"),
    ("The envoy met Sultan Haitham bin Tariq, the ruler of Oman, in Muscat.", "Haitham bin Tariq"),
    ("King Abdullah II, the monarch, met the envoy.", "Abdullah II"),
])
def test_a_reigning_monarch_keeps_the_title(extract, text, name):
    facts = extract(text)
    assert name in names(facts)
    assert any(facts.persons[o.person].name == name and o.title in {"Sultan", "King"} for o in facts.offices)
