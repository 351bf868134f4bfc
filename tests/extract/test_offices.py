"""Offices: pre-name titles, appositions, possessives, "former", organisations."""
import pytest

from tests.conftest import person_key


def office_of(facts, surname, former=False):
    key = person_key(facts, surname)
    return [(o.title, o.org) for o in facts.offices if o.person == key and o.former == former]


@pytest.mark.parametrize("text, surname, title, org", [
    ("Ukrainian Defense Minister Rustem Umerov arrived on Friday.", "Umerov", "Defense Minister", "Ukraine"),
    ("U.S. Secretary of State John Kerry spoke to reporters.", "Kerry", "Secretary of State", "United States"),
    ("German Chancellor Olaf Scholz called for calm.", "Scholz", "Chancellor", "Germany"),
    ("Russia's Foreign Minister Sergei Lavrov said talks would continue.", "Lavrov", "Foreign Minister", "Russia"),
    ("French President Emmanuel Macron landed in Dakar.", "Macron", "President", "France"),
    ("Indian Prime Minister Narendra Modi addressed the crowd.", "Modi", "Prime Minister", "India"),
    ("Deputy Foreign Minister Anna Petrova will attend.", "Petrova", "Deputy Foreign Minister", None),
    ("Igor Sechin, the head of Russia's largest oil company, declined to comment.", "Sechin", "head of largest oil company", "Russia"),
    ("The British prime minister, Alan Pryce, flew to Ottawa.", "Pryce", "prime minister", "United Kingdom"),
    ("Federal Reserve Board Chairman Aldo Ferri left rates where they were.", "Ferri", "Federal Reserve Board Chairman", "Federal Reserve Board"),
    ("Republican Senator Lindsey Graham praised the move.", "Graham", "Senator", None),
    ("Sen. Elizabeth Warren criticized the bill.", "Warren", "Senator", None),
    ("chief of the General Staff Valery Gerasimov was present.", "Gerasimov", "chief of the General Staff", None),
])
def test_current_office(extract, text, surname, title, org):
    offices = office_of(extract(text), surname)
    assert (title, org) in offices, offices


def test_former_office_and_coordinated_title(extract):
    facts = extract("The president chose his aide and former culture minister Vladimir Medinsky to lead.")
    assert ("culture minister", None) in office_of(facts, "Medinsky", former=True)
    assert ("aide", None) in office_of(facts, "Medinsky")


def test_ex_prefix_is_former(extract):
    facts = extract("Former Italian Prime Minister Mario Draghi gave a speech.")
    assert ("Prime Minister", "Italy") in office_of(facts, "Draghi", former=True)
    assert office_of(facts, "Draghi") == []


def test_list_titles_stay_with_their_names(extract):
    facts = extract("Present were Defense Minister Karl Berg, Interior Minister Lena Holm and Finance Minister Ole Dahl.")
    assert office_of(facts, "Berg") == [("Defense Minister", None)]
    assert office_of(facts, "Holm") == [("Interior Minister", None)]
    assert office_of(facts, "Dahl") == [("Finance Minister", None)]


def test_possessive_person_is_not_in_title(extract):
    facts = extract("Daniel Colter, Macron's deputy national security adviser, spoke to reporters.")
    titles = [t for t, _ in office_of(facts, "Colter")]
    assert titles and all("Macron" not in t for t in titles)
    assert any("deputy national security adviser" in t for t in titles)


def test_organisation_acronym_in_title(extract):
    facts = extract("Federal Security Service (FSB) Director Alexander Bortnikov attended.")
    assert office_of(facts, "Bortnikov") == [("Federal Security Service Director", "Federal Security Service")]


def test_title_set_off_by_comma(extract):
    facts = extract("Portugal's Prime Minister, Rui Amaral said the negotiations must continue.")
    assert ("Prime Minister", "Portugal") in office_of(facts, "Amaral")


def test_title_with_of_phrase(extract):
    facts = extract("UK Chancellor of the Exchequer Owen Marsh gave reporters few details.")
    assert ("Chancellor of the Exchequer", "United Kingdom") in office_of(facts, "Marsh")


def test_counterpart_takes_the_office(extract):
    facts = extract("Prime Minister Hana Kovac held talks with her Chilean counterpart, Marta Villanueva, on Friday.")
    assert ("Prime Minister", "Chile") in office_of(facts, "Villanueva")


def test_counterpart_of_a_national_title_gets_the_matching_minister(extract):
    facts = extract("Secretary of State Antony Blinken will meet his Russian counterpart Sergei Lavrov in Geneva.")
    assert office_of(facts, "Lavrov") == [("Foreign Minister", "Russia")]


def test_hyphenated_title_keeps_its_spelling(extract):
    facts = extract("GENEVA (Reuters) - United Nations Secretary-General Antonio Guterres spoke.")
    titles = [t for t, _ in office_of(facts, "Guterres")]
    assert titles == ["United Nations Secretary-General"]


def test_verb_before_a_title_is_not_part_of_it(extract):
    facts = extract("President Emmanuel Macron is due to host Italian Prime Minister Mario Draghi in Paris.")
    assert office_of(facts, "Draghi") == [("Prime Minister", "Italy")]


def test_subject_of_next_clause_is_not_an_apposition(extract):
    facts = extract("Prime Minister Mark Rutte refused to meet Prime Minister Viktor Orban, a Dutch diplomat said.")
    assert office_of(facts, "Orban") == [("Prime Minister", None)]


def test_date_after_a_title_is_not_part_of_it(extract):
    facts = extract("Senate Majority Leader Chuck Schumer on Tuesday accused Republicans of playing politics.")
    assert office_of(facts, "Schumer") == [("Senate Majority Leader", None)]


def test_org_entity_running_into_the_name(extract):
    facts = extract("Indian National Security Adviser Ajit Doval met reporters.")
    assert office_of(facts, "Doval") == [("National Security Adviser", "India")]


# -- titles with a destination or a complement -----------------------------------------------------
@pytest.mark.parametrize("text, surname, title, org", [
    ("Norwegian Ambassador to Chile Ola Berg presented his letters.", "Berg", "Ambassador to Chile", "Norway"),
    ("The Irish Ambassador to Japan, Ciara Walsh, hosted a dinner.", "Walsh", "Ambassador to Japan", "Ireland"),
    ("Speaking first was Special Envoy to Sudan Tom Akers.", "Akers", "Special Envoy to Sudan", None),
])
def test_ambassadors_and_envoys_to_a_country(extract, text, surname, title, org):
    offices = office_of(extract(text), surname)
    assert (title, org) in offices, offices


@pytest.mark.parametrize("text, surname, title, org", [
    ("Guests included the President of Ghana, Kofi Mensah, and his wife.", "Mensah", "President", "Ghana"),
    ("On Monday he met the Prime Minister of Nepal, Sita Sharma.", "Sharma", "Prime Minister", "Nepal"),
    ("Co-founder of Acme, Jane Roe, resigned on Friday.", "Roe", "Co-founder of Acme", None),
])
def test_pre_posed_title_with_a_complement(extract, text, surname, title, org):
    offices = office_of(extract(text), surname)
    assert (title, org) in offices, offices


def test_a_pre_posed_title_belongs_to_the_name_after_it(extract):
    facts = extract("The governor, Ana Silva, the Mayor of Lyon, Paul Roux, and a bishop attended.")
    assert office_of(facts, "Silva") == [("governor", None)]
    assert [t.split()[0] for t, _ in office_of(facts, "Roux")] == ["Mayor"]


@pytest.mark.parametrize("text, surname, title, org", [
    ("Kuwait's Emir Sheikh Nasser Al-Sabah opened the session.", "Al-Sabah", "Emir", "Kuwait"),
    ("Qatari Emir Sheikh Hamad Al-Thani arrived on Sunday.", "Al-Thani", "Emir", "Qatar"),
    ("Britain's Foreign Secretary Sir Alan Duncan met envoys.", "Duncan", "Foreign Secretary", "United Kingdom"),
])
def test_possessive_titles_with_honorifics(extract, text, surname, title, org):
    offices = office_of(extract(text), surname)
    assert (title, org) in offices, offices


@pytest.mark.parametrize("text, surname, title", [
    ("Pakistani PM Imran Qadir met the envoy.", "Qadir", "Prime Minister"),
    ("Talks with FM Shah Mahmood were cordial.", "Mahmood", "Foreign Minister"),
    ("The plan was backed by Gen. Omar Bajwan and Amb. Lisa Trent.", "Bajwan", "General"),
])
def test_abbreviated_titles(extract, text, surname, title):
    assert title in [t for t, _ in office_of(extract(text), surname)]


@pytest.mark.parametrize("text, surname", [
    ("Prince Faisal Al-Kabir, the king's nephew, attended.", "Al-Kabir"),
    ("Sheikh Ahmed Al-Mahmoud greeted guests.", "Al-Mahmoud"),
    ("Sir Ralph Dunn, a retired banker, spoke.", "Dunn"),
])
def test_ranks_and_honorifics_are_not_offices(extract, text, surname):
    assert [t for t, _ in office_of(extract(text), surname) if t.lower() in {"prince", "sheikh", "sir"}] == []


# -- offices stated by a verb --------------------------------------------------------------------
@pytest.mark.parametrize("text, surname, title, former", [
    ("Tom Akers is the special envoy of the United Nations to Sudan.", "Akers", "special envoy of the United Nations to Sudan", False),
    ("Lena Holm served as ambassador to Chile until last year.", "Holm", "ambassador to Chile", True),  # clearly past (ANNOTATION.md: former)
    ("Paul Roux became party chairman in May.", "Roux", "party chairman", False),
    ("Matthew Hill, who was spokesman for the Justice Department, disagreed.", "Hill", "spokesman for the Justice Department", True),
    ("Critics cited Rosa Lind, who is deputy mayor of Turin.", "Lind", "deputy mayor", False),
])
def test_copular_and_relative_clause_offices(extract, text, surname, title, former):
    titles = [t for t, _ in office_of(extract(text), surname, former=former)]
    assert any(t.startswith(title) for t in titles), titles


@pytest.mark.parametrize("text, surname", [
    ("Ana Silva is a novelist.", "Silva"),
    ("Ana Silva, a political analyst, said little.", "Silva"),
    ("The Republican strategist Ana Silva disagreed.", "Silva"),
])
def test_occupations_are_not_offices(extract, text, surname):
    facts = extract(text)
    assert office_of(facts, surname) == []


@pytest.mark.parametrize("text, holder, other", [
    ("After talks with Ivo Brandt, the German Chancellor, Mark Ellis said little.", "Brandt", "Ellis"),
    ("Following a call with Carlos Ruiz, the Spanish Prime Minister, Tom Hale flew home.", "Ruiz", "Hale"),
    ("Having met Ola Berg, the Norwegian Foreign Minister, Lena Holm left Oslo.", "Berg", "Holm"),
])
def test_a_title_between_a_name_and_the_clause_subject_is_the_first_names(extract, text, holder, other):
    facts = extract(text)
    assert office_of(facts, holder) and not office_of(facts, other)


@pytest.mark.parametrize("text, surname, title", [
    ("On Friday, the president met with Peter K. Walsh, his special envoy to the Balkans.", "Walsh",
     "special envoy to the Balkans"),
    ("The chancellor arrived with Lena Park, her chief of staff, and two aides.", "Park", "chief of staff"),
    ("Reporters questioned Omar Farid, their spokesman, about the delay.", "Farid", "spokesman"),
])
def test_apposition_opened_by_a_possessive_pronoun_ends_at_its_comma(extract, text, surname, title):
    facts = extract(text)
    titles = [o.title for o in facts.offices if o.person == person_key(facts, surname)]
    assert titles == [title]
