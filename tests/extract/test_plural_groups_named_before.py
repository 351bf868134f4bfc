"""A plural that takes up people named before as a meeting's party: "the two ministers paid a visit to
C", "the mediator met the two negotiators separately", "the three men held talks with D", "the Jordanian ministers
were guests at a dinner". Who it is follows from its count, its office word, its country and its sex."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pairs", [
    ("Omani Foreign Minister Salim Harthi and Trade Minister Yusuf Kindi landed in Wellington on Monday. On "
     "Thursday the two ministers paid a visit to Prime Minister Grant Ellison.",
     [{"Harthi", "Ellison"}, {"Kindi", "Ellison"}]),
    ("Omani Foreign Minister Salim Harthi and Trade Minister Yusuf Kindi landed in Wellington on Monday. The two "
     "Omani ministers called on Prime Minister Grant Ellison on Thursday.",
     [{"Harthi", "Ellison"}, {"Kindi", "Ellison"}]),
    ("Omani Foreign Minister Salim Harthi and Trade Minister Yusuf Kindi landed in Wellington on Monday. The Omani "
     "ministers were guests at a dinner hosted by Senator Ruth Calder on Tuesday.",
     [{"Harthi", "Calder"}, {"Kindi", "Calder"}]),
    ("Prime Minister Grant Ellison received the two Omani ministers, Salim Harthi and Yusuf Kindi, on Thursday.",
     [{"Harthi", "Ellison"}, {"Kindi", "Ellison"}]),
])
def test_counted_or_national_ministers_are_the_ministers_named_before(extract, text, pairs):
    found = met_pairs(extract(text))
    for pair in pairs:
        assert frozenset(pair) in found, found


@pytest.mark.parametrize("text", [
    "Chief negotiator Milan Kovac flew in from Zagreb and his counterpart Dren Berisha from Tirana. The mediator, "
    "Ulla Strand, met the two negotiators separately on Friday.",
    "Chief negotiator Milan Kovac flew in from Zagreb and his counterpart Dren Berisha from Tirana. On Friday the two "
    "negotiators were received by the mediator, Ulla Strand.",
    "Chief negotiator Milan Kovac flew in from Zagreb and his counterpart Dren Berisha from Tirana. On Friday the "
    "mediator, Ulla Strand, held talks with both negotiators.",
])
def test_the_negotiators_are_the_two_negotiators_named_before(extract, text):
    found = met_pairs(extract(text))
    assert frozenset({"Kovac", "Strand"}) in found and frozenset({"Berisha", "Strand"}) in found, found


@pytest.mark.parametrize("text, group, partner", [
    ("The rebel delegation, led by Tomas Varga, arrived on Sunday. With him were Imre Farkas, a legal adviser, and "
     "Gabor Hollo, a spokesman. On Monday the three men held talks with the mediator, Ines Keller.",
     {"Varga", "Farkas", "Hollo"}, "Keller"),
    ("Tomas Varga, Imre Farkas and Gabor Nagy flew in from Szeged on Sunday. The mediator, Ines Keller, received "
     "the three men on Monday.", {"Varga", "Farkas", "Nagy"}, "Keller"),
    ("Senator Alma Ruiz and Judge Clara Nunez arrived from Quito. Later the two women had lunch with Mayor Pedro "
     "Salas.", {"Ruiz", "Nunez"}, "Salas"),
])
def test_the_counted_men_or_women_are_the_group_just_named(extract, text, group, partner):
    found = met_pairs(extract(text))
    for person in group:
        assert frozenset({person, partner}) in found, (person, found)


@pytest.mark.parametrize("text, not_pair", [
    # three men named together: "the two men" cannot split them
    ("Tomas Varga, Imre Farkas and Gabor Nagy flew in on Sunday. The two men later met Ines Keller.",
     {"Varga", "Keller"}),
    # the ministers are of another country than the adjective says
    ("Chilean Foreign Minister Ana Soto and Peruvian Trade Minister Luis Vera spoke on Monday. The two Bolivian "
     "ministers met Mayor Pedro Salas on Tuesday.", {"Soto", "Salas"}),
    # a deputy is none of "the two ministers"
    ("Foreign Minister Ana Soto and Deputy Minister Luis Vera spoke on Monday. Foreign Minister Rosa Diaz arrived "
     "later. The two ministers met Mayor Pedro Salas on Tuesday.", {"Vera", "Salas"}),
])
def test_no_group_where_the_people_do_not_fit(extract, text, not_pair):
    assert frozenset(not_pair) not in met_pairs(extract(text))
