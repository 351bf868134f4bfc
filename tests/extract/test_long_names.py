"""Long names NER cuts short: Spanish and Portuguese double surnames and names of three or four words
("Rosa Elena | Villanueva Paredes"), two given names and two surnames split into two entities, forms of
address that open a name ("Shri", "Smt.", "Cde"), and where such a name must stop."""
import pytest

from tests.conftest import met_pairs, names


@pytest.mark.parametrize("text, name", [
    ("The Peruvian trade minister, Rosa Elena Villanueva Paredes, arrived in Lima on Tuesday.",
     "Rosa Elena Villanueva Paredes"),
    ("Ms. Carolina Vargas Llosa, the former foreign minister, spoke first.", "Carolina Vargas Llosa"),
    ("Talks were led by Juan Pablo Ortega Salinas, who chairs the border commission.", "Juan Pablo Ortega Salinas"),
    ("Later that day Maria Luisa Pereira Santos told reporters the deal was close.", "Maria Luisa Pereira Santos"),
])
def test_surnames_ner_left_after_a_name_belong_to_it(extract, text, name):
    found = names(extract(text))
    assert name in found, found
    assert not any(n != name and n in name for n in found), found


@pytest.mark.parametrize("text, first, second", [
    ("The Colombian interior minister, Luisa Fernanda Gomez Arango, met Ecuador's Gabriel Alejandro Espinosa Mera "
     "in Quito.", "Luisa Fernanda Gomez Arango", "Gabriel Alejandro Espinosa Mera"),
    ("Chile's Camila Andrea Fuentes Rios received Peru's Jorge Luis Quispe Mamani in Santiago on Monday.",
     "Camila Andrea Fuentes Rios", "Jorge Luis Quispe Mamani"),
    ("On Friday, Ana Maria Salgado Ruiz held talks with Luis Alberto Herrera Soto in Bogota.",
     "Ana Maria Salgado Ruiz", "Luis Alberto Herrera Soto"),
])
def test_two_long_names_in_one_meeting_are_whole_and_meet(extract, text, first, second):
    facts = extract(text)
    assert {first, second} <= names(facts), names(facts)
    assert frozenset((first.split()[-1], second.split()[-1])) in met_pairs(facts)


@pytest.mark.parametrize("text, name", [
    ("Shri Rakesh Kumar Verma, the Indian ambassador, opened the fair.", "Rakesh Kumar Verma"),
    ("The minister received Smt. Meena Iyer at her office.", "Meena Iyer"),
    ("Cde Tendai Chikowore, the party's deputy secretary, met the envoy in Harare.", "Tendai Chikowore"),
    ("The motion was moved by Hon. Grace Wanjiru Mwangi on Tuesday.", "Grace Wanjiru Mwangi"),
])
def test_a_form_of_address_opens_a_name_and_is_not_part_of_it(extract, text, name):
    found = names(extract(text))
    assert name in found, found
    assert not any(n.split()[0] in {"Shri", "Smt", "Smt.", "Cde", "Hon", "Hon."} for n in found), found


@pytest.mark.parametrize("text, person, not_in_name", [
    ("Ana Ruiz Memorial Hospital opened a new wing in Madrid.", None, "Memorial"),
    ("Rosa Elena Visits Lima Today", None, "Visits"),
    ("Minister Pedro Salas Monday rejected the plan.", "Pedro Salas", "Monday"),
    ("The envoy, Tomas Berg, flew on to Lima, where he met officials.", "Tomas Berg", "Lima"),
])
def test_a_name_is_not_run_into_the_words_after_it(extract, text, person, not_in_name):
    found = names(extract(text))
    assert not any(not_in_name in n for n in found), found
    if person:
        assert person in found, found


def test_two_people_listed_without_a_comma_stay_two(extract):
    found = names(extract("The guests were Tomas Vell, Maria Soto and Pedro Lind."))
    assert {"Tomas Vell", "Maria Soto", "Pedro Lind"} <= found, found


@pytest.mark.parametrize("text", [
    "He was joined by Pablo Ferrada, Director for Asia-Pacific Affairs at the ministry.",
    "Questions went to the Office for Euro-Atlantic Integration, said Ana Ruiz.",
    "Maria Soto, head of Latin-American Affairs, declined to comment.",
])
def test_a_hyphenated_region_is_no_person_even_when_it_opens_with_a_given_name(extract, text):
    found = names(extract(text))
    assert not any("-" in n and n.split("-")[0] in {"Asia", "Euro", "Latin"} for n in found), found


@pytest.mark.parametrize("text, person, title", [
    ("Mary Akech, Deputy Minister of Finance, said the budget was ready.", "Mary Akech", "Deputy Minister of Finance"),
    ("The talks were joined by Samuel Oduya, Deputy Chief of Defence Forces.", "Samuel Oduya",
     "Deputy Chief of Defence Forces"),
    ("Lina Haddad, Assistant Secretary for Consular Affairs, met the families.", "Lina Haddad",
     "Assistant Secretary for Consular Affairs"),
])
def test_an_apposition_opened_by_a_rank_modifier_keeps_the_whole_title(extract, text, person, title):
    facts = extract(text)
    titles = {o.title for o in facts.offices if facts.persons[o.person].name == person}
    assert any(t.startswith(title) for t in titles), titles
    assert not any(t in {"Deputy", "Assistant"} for t in titles), titles


@pytest.mark.parametrize("text, name", [
    ("Nigeria's Bola Okonjo-Adebayo met Kenya's Amina Wanjiru in Accra.", "Bola Okonjo-Adebayo"),
    ("Talks resumed after Ghana's Yaw Mensah-Bonsu arrived in Lome.", "Yaw Mensah-Bonsu"),
    ("The envoy thanked Senegal's Moussa Diallo-Sarr for the invitation.", "Moussa Diallo-Sarr"),
])
def test_a_hyphenated_name_after_a_countrys_possessive_is_a_person(extract, text, name):
    assert name in names(extract(text))


@pytest.mark.parametrize("text", [
    "Ghana's Asante-Kotoko beat the visitors on Sunday.",
    "Kenya's Safaricom-Vodafone deal was signed on Friday.",
])
def test_a_hyphenated_single_word_after_a_countrys_possessive_stays_no_person(extract, text):
    assert not names(extract(text))
