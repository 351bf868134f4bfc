"""Meeting wordings beyond "met": visits and audiences paid to a person, handshakes, "spoke with A in
person", joining someone for talks, "called on" a host, convening, and who was present. Each class
in several wordings, with the near misses that are no meeting."""
import pytest

from tests.conftest import met_pairs, statuses_between


def _pairs(extract, text):
    return met_pairs(extract(text))


@pytest.mark.parametrize("text, pair", [
    # a visit or an audience paid to someone
    ("Chancellor Ilse Maar paid a visit to King Odo Renn at his palace in Varna.", {"Maar", "Renn"}),
    ("The envoy Lara Quist made a brief visit to President Emil Dorf on Sunday.", {"Quist", "Dorf"}),
    ("King Omar Faisal gave an audience to Minister Lena Holt at the royal court.", {"Faisal", "Holt"}),
    ("Sultan Hamid Kerr granted an audience to Ambassador Tim Roe on Monday.", {"Kerr", "Roe"}),
    # handshakes
    ("President Hana Roe shook hands with Premier Jon Ek before the dinner.", {"Roe", "Ek"}),
    ("Premier Jon Ek and President Hana Roe shook hands at the border crossing.", {"Roe", "Ek"}),
    ("Mayor Lia Dorn was seen shaking hands with Governor Paul Kemp after the parade.", {"Dorn", "Kemp"}),
    # speaking in person
    ("President Omar Dahl spoke with Chancellor Gret Lind in person for the first time.", {"Dahl", "Lind"}),
    ("Governor Ana Mota talked face to face with Senator Eli Park about the floods.", {"Mota", "Park"}),
    ("Chancellor Gret Lind spoke to President Omar Dahl on the sidelines of the summit.", {"Dahl", "Lind"}),
    # joining someone for a meeting
    ("Senator Ada Moor joined President Luis Brandt for talks in the capital.", {"Moor", "Brandt"}),
    ("Minister Ed Park joined Chancellor Ute Brahm at the summit dinner.", {"Park", "Brahm"}),
    ("Governor Sue Lacey joined Mayor Dan Ortiz in a meeting with the farmers.", {"Lacey", "Ortiz"}),
    # calling on a host
    ("Ambassador Ray Quinn called on Prime Minister Haruto Sato at his residence.", {"Quinn", "Sato"}),
    ("The new envoy, Tara Mills, called on President Jon Bakr on Tuesday.", {"Mills", "Bakr"}),
    ("Before leaving, Minister Ivo Lund called on King Odo Renn at the palace to say goodbye.", {"Lund", "Renn"}),
    # convening
    ("President Teo Marx and Chancellor Ute Brahm convened in Bern for a two-day summit.", {"Marx", "Brahm"}),
    ("Premier Rhea Wolf convened with President Lars Ek at the lakeside villa.", {"Wolf", "Ek"}),
    ("Ministers Ana Bel and Tin Sok reconvened in Oslo on Friday.", {"Bel", "Sok"}),
    # a meal given for a guest
    ("Prime Minister Tao Lin hosted a state banquet for President Ines Kohl.", {"Lin", "Kohl"}),
    ("The mayor, Rob Sand, gave a luncheon for Governor Ann Pohl at city hall.", {"Sand", "Pohl"}),
    ("Queen Ada Lorne will host a dinner for President Ines Kohl on Friday.", {"Lorne", "Kohl"}),
    # verbs spaCy lemmatises as other words ("dined" -> "din"): their inflections are still theirs
    ("President Ines Kohl dined with Prime Minister Tao Lin at the palace.", {"Kohl", "Lin"}),
    ("Governor Ann Pohl has dined with Mayor Rob Sand twice this year.", {"Pohl", "Sand"}),
    ("Senator Eli Park was dining with Chancellor Gret Lind when the news broke.", {"Park", "Lind"}),
])
def test_meeting_wordings(extract, text, pair):
    assert frozenset(pair) in _pairs(extract, text)


@pytest.mark.parametrize("text", [
    "Chancellor Ilse Maar paid a visit to Berlin on Sunday.",
    "President Emil Dorf made a visit to the grave of Yuri Lenz.",
    "Senator Amy Cross called on President Jon Bakr to resign.",
    "The opposition leader, Omar Dahl, called on Prime Minister Haruto Sato for an inquiry.",
    "Governor Ana Mota called on the government to act.",
    "President Omar Dahl spoke with Chancellor Gret Lind about the budget.",  # no channel said: no meeting in person
    "President Teo Marx convened the cabinet on Monday.",
    "Minister Ed Park joined the Labour Party in 1990.",
    "Prime Minister Tao Lin hosted a banquet for the veterans.",
])
def test_near_misses_are_no_meeting(extract, text):
    assert not _pairs(extract, text)


def test_a_refused_handshake_is_declined(extract):
    facts = extract("Governor Paul Kemp refused to shake hands with Mayor Lia Dorn.")
    assert statuses_between(facts, "Kemp", "Dorn") == {"Declined"}


@pytest.mark.parametrize("text, pairs", [
    ("Present at the meeting with President Ivo Mrak were Ministers Ana Bel and Tin Sok.",
     [{"Mrak", "Bel"}, {"Mrak", "Sok"}]),
    ("Governor Kai Lenz and Mayor Ruth Alder were present at the talks with Senator Hugo Pratt.",
     [{"Lenz", "Pratt"}, {"Alder", "Pratt"}]),
    ("President Ines Kohl met Prime Minister Tao Lin. Also present were Ministers Ula Rask and Omar Dahl.",
     [{"Kohl", "Lin"}, {"Kohl", "Rask"}, {"Lin", "Dahl"}]),
    ("Governor Kai Lenz hosted Mayor Ruth Alder on Monday. Also in attendance was Senator Hugo Pratt.",
     [{"Lenz", "Alder"}, {"Lenz", "Pratt"}]),
])
def test_people_present_at_a_meeting_attend_it(extract, text, pairs):
    got = _pairs(extract, text)
    for pair in pairs:
        assert frozenset(pair) in got, (pair, got)


@pytest.mark.parametrize("text, absent", [
    ("Also present were Ministers Ula Rask and Omar Dahl.", {"Rask", "Dahl"}),  # no meeting before
    ("President Ines Kohl met Prime Minister Tao Lin. Also present at the rally was Senator Hugo Pratt.", {"Kohl", "Pratt"}),
    ("President Ines Kohl phoned Prime Minister Tao Lin. Also present was Senator Hugo Pratt.", {"Kohl", "Pratt"}),
])
def test_presence_without_a_meeting_just_before_joins_nothing(extract, text, absent):
    assert frozenset(absent) not in _pairs(extract, text)


@pytest.mark.parametrize("text, people", [
    ("Ministers Ana Bel and Tin Sok met the mayor.", {"Ana Bel", "Tin Sok"}),
    ("The king received Generals Ivan Rusk and Mira Holt.", {"Ivan Rusk", "Mira Holt"}),
    ("Present at the talks were Senators Eda Fink and Tor Hall.", {"Eda Fink", "Tor Hall"}),
])
def test_a_plural_title_is_no_part_of_the_first_name(extract, text, people):
    assert people <= {p.name for p in extract(text).persons.values()}


@pytest.mark.parametrize("text", [
    "Last week Prime Minister Ola Berg was paid a visit by Chancellor Karl Weiss.",
    "Chancellor Karl Weiss paid Prime Minister Ola Berg a visit at his office.",
    "Chancellor Karl Weiss and President Ana Ruiz broke bread at the embassy.",
    "President Ana Ruiz talked to Chancellor Karl Weiss face to face for the first time.",
])
def test_more_wordings_of_a_visit_and_an_exchange_in_person(extract, text):
    pair = {"Weiss", "Berg"} if "Berg" in text else {"Weiss", "Ruiz"}
    assert frozenset(pair) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "The summit in Lisbon on Friday brought together several leaders, including President Ana Ruiz, "
    "Chancellor Karl Weiss and Prime Minister Ola Berg.",
    "A forum in Davos brought together President Ana Ruiz, Chancellor Karl Weiss and Prime Minister Ola Berg.",
    "The dinner brought President Ana Ruiz, Chancellor Karl Weiss and Prime Minister Ola Berg together.",
])
def test_an_event_that_brings_people_together_is_a_meeting_of_them(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Ruiz", "Weiss"}), frozenset({"Weiss", "Berg"}), frozenset({"Ruiz", "Berg"})} <= pairs


@pytest.mark.parametrize("text, place", [
    ("During her visit to Berlin on Monday, President Ana Ruiz met Chancellor Karl Weiss.", "Berlin"),
    ("On a trip to Madrid, Chancellor Karl Weiss held talks with President Ana Ruiz.", "Madrid"),
    ("President Ana Ruiz met Chancellor Karl Weiss during a visit to Vienna.", "Vienna"),
])
def test_the_place_of_the_visit_a_meeting_happened_during(extract, text, place):
    facts = extract(text)
    assert any(m.place == place for m in facts.meetings), [(m.place, m.trigger) for m in facts.meetings]


@pytest.mark.parametrize("text", [
    "President Ana Ruiz met Chancellor Karl Weiss in Riga. Finance Minister Lea Kurz was present in Oslo.",
    "President Ana Ruiz met Chancellor Karl Weiss in Riga. Finance Minister Lea Kurz also attended a fair.",
    "President Ana Ruiz held talks with Chancellor Karl Weiss in Bern. Defence Minister Tom Hale attended a wedding.",
])
def test_presence_elsewhere_joins_no_meeting(extract, text):
    assert not any("Kurz" in pair or "Hale" in pair for pair in met_pairs(extract(text)))


def test_also_attended_without_an_object_joins_the_meeting_before(extract):
    pairs = met_pairs(extract("President Ana Ruiz held talks with Chancellor Karl Weiss in Bern. "
                              "Defence Minister Tom Hale also attended."))
    assert frozenset({"Ruiz", "Hale"}) in pairs and frozenset({"Weiss", "Hale"}) in pairs
