"""Names in places the rules were not written for, each class in wordings of our own:
short parliamentary titles ("Labour TD X", "Conservative MLA Y") and the seat a member sits for ("the MP
for Z", a place); a person known by one name after an office with its complement; a byline's name on its
own line and a newspaper's name; the place of a dateline with an agency credit; an office alone that the
tagger read as a name."""
import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, full, title", [
    ("The group is led by Labour TD Aoife Brennan, who chairs the committee.", "Aoife Brennan", "td"),
    ("At home, the opposition's finance critic, Conservative MLA Dale Ostrowski, doubted the price.", "Dale Ostrowski", "mla"),
    ("Green MPP Leah Thornbury asked the minister about the tender.", "Leah Thornbury", "mpp"),
])
def test_short_parliamentary_titles(extract, text, full, title):
    facts = extract(text)
    assert full in names(facts), names(facts)
    assert any(t.endswith(title) for s, t, _ in offices_by_surname(facts) if s == full.split()[-1]), offices_by_surname(facts)


@pytest.mark.parametrize("text, seat", [
    ("Giles Marchbank, the Conservative MP for Marstonbury, told the House that trains were late.", "Marstonbury"),
    ("Maeve Doyle, the Labour member for Castlebrook, asked about the ferry.", "Castlebrook"),
    ("The MLA for Hartsfield, Jonas Pereira, said the plant would close.", "Hartsfield"),
])
def test_the_seat_a_member_sits_for_is_no_person(extract, text, seat):
    assert seat not in names(extract(text)), names(extract(text))


@pytest.mark.parametrize("text, name", [
    ("The retreat was opened by Coordinating Minister for Maritime Affairs Suryadi, who hosted a dinner.", "Suryadi"),
    ("The talks were opened by Minister of Energy Hartono.", "Hartono"),
    ("The exhibition was launched by Minister for Tourism and Culture Wiranto, who cut the ribbon.", "Wiranto"),
])
def test_a_person_known_by_one_name_after_an_office(extract, text, name):
    assert name in names(extract(text)), names(extract(text))


def test_a_portfolio_without_a_name_gives_no_person(extract):
    facts = extract("The plan was praised by the Minister for Trade and Industry, the paper said.")
    assert not names(facts), names(facts)


@pytest.mark.parametrize("text, person, paper", [
    ("TALKS RESUME\n\nBy Megan Ostergaard\nMillbrook Courier staff writer\n\nThe mayor met the visitors on Monday.",
     "Megan Ostergaard", "Millbrook Courier"),
    ("FERRY DEAL\n\nBy Tomas Ekberg\nHarbour Gazette\n\nThe port authority signed the deal on Friday.",
     "Tomas Ekberg", "Harbour Gazette"),
    ("The mayor met the visitors on Monday, the Lakeside Herald reported. Lakeside Herald reporter Ann Kloss was there.",
     "Ann Kloss", "Lakeside Herald"),
])
def test_a_byline_name_and_a_newspaper(extract, text, person, paper):
    found = names(extract(text))
    assert person in found and paper not in found, found


@pytest.mark.parametrize("text, place", [
    ("Kota Bharu, Kelantan (BERNAMA) - Foreign Minister Nurul Hidayah held talks in Kota Bharu.",
     "Kota Bharu"),
    ("Santa Rosalia, Baja California (EFE) - The governor met the envoy in Santa Rosalia on Monday.", "Santa Rosalia"),
    ("Port Vila, Efate (AFP) - Prime Minister Joel Kalsakau greeted the delegation.", "Port Vila"),
])
def test_a_datelines_place_is_no_person(extract, text, place):
    assert place not in names(extract(text)), names(extract(text))


@pytest.mark.parametrize("text, office", [
    ("Pope greets Syriac Orthodox Patriarch, calls for peace", "Syriac Orthodox Patriarch"),
    ("Philippine Foreign Affairs Secretary Ligaya Ferrer-Gatdula attended the dinner.", "Foreign Affairs Secretary"),
    ("Coptic Catholic Patriarch to visit Lebanon next week", "Coptic Catholic Patriarch"),
])
def test_an_office_alone_is_no_person(extract, text, office):
    assert not any(office in n for n in names(extract(text))), names(extract(text))


def test_a_surname_that_is_an_office_word_stays_a_name(extract):
    assert "John Major" in names(extract("John Major said the treaty would hold."))


def test_a_demonym_read_into_a_body_gives_the_country(extract):
    facts = extract("Philippine Foreign Affairs Secretary Ligaya Ferrer-Gatdula attended the dinner.")
    assert ("Ferrer-Gatdula", "foreign affairs secretary", "Philippines") in offices_by_surname(facts), \
        offices_by_surname(facts)
