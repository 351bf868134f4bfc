"""People at a meeting told around it rather than by a meeting verb: the one addressed "during their
meeting" or "when they met", the agents of "attended by", those "also at the talks"; and a meeting
told in a time clause the parser made the object of a later verb ("When A and B last shook hands,
pictures suggested ...") keeps its own status."""
import pytest

from tests.conftest import met_pairs, statuses_between


@pytest.mark.parametrize("text, pair", [
    ("Chilean President Rosa Campos told Argentine President Diego Ferraro during their meeting in "
     "Santiago that exports would rise.", {"Campos", "Ferraro"}),
    ("At their talks on Monday, Norwegian Prime Minister Erik Dahl assured Finnish President Aino "
     "Virtanen that the border would stay open.", {"Dahl", "Virtanen"}),
    ("During their meeting in Lisbon, Portuguese President Rui Costa handed Spanish Premier Pablo "
     "Ortega a letter from the king.", {"Costa", "Ortega"}),
    ("Austrian Chancellor Karl Huber told Czech Premier Jan Novak when they met in Prague that the "
     "pipeline would be finished.", {"Huber", "Novak"}),
])
def test_the_one_addressed_at_their_meeting_was_there(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    # a meeting of someone else's, no "their"
    "Chilean President Rosa Campos told Argentine President Diego Ferraro by letter that exports would "
    "rise after the cabinet meeting.",
    # a call: a contact, not a meeting in person
    "During their telephone call, Chilean President Rosa Campos told Argentine President Diego Ferraro "
    "that exports would rise.",
    # told about someone, who was not addressed
    "Chilean President Rosa Campos spoke about Argentine President Diego Ferraro at a rally in Santiago.",
])
def test_no_meeting_with_someone_not_addressed_in_person(extract, text):
    assert frozenset({"Campos", "Ferraro"}) not in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "The talks, attended by Kenyan Foreign Minister Peter Otieno and Ugandan Foreign Minister Sam "
    "Okello, lasted three hours.",
    "A lunch attended by Kenyan Foreign Minister Peter Otieno and Ugandan Foreign Minister Sam Okello "
    "ended early.",
    "Kenyan Foreign Minister Peter Otieno and Ugandan Foreign Minister Sam Okello attended the talks "
    "in Kampala.",
])
def test_those_who_attended_the_talks_met(extract, text):
    assert frozenset({"Otieno", "Okello"}) in met_pairs(extract(text))


def test_attended_by_one_side_only_is_no_pair_with_others(extract):
    pairs = met_pairs(extract("The conference, attended by Kenyan Foreign Minister Peter Otieno, was "
                              "criticised by Ugandan Foreign Minister Sam Okello."))
    assert frozenset({"Otieno", "Okello"}) not in pairs


@pytest.mark.parametrize("text", [
    "Malian President Ibrahim Diallo met Senegalese President Macky Ndiaye in Dakar. Gambian President "
    "Lamin Jallow was also at the meeting.",
    "Malian President Ibrahim Diallo met Senegalese President Macky Ndiaye in Dakar. Also at the talks "
    "was Gambian President Lamin Jallow.",
    "Malian President Ibrahim Diallo held talks with Senegalese President Macky Ndiaye in Dakar. "
    "Gambian President Lamin Jallow was also in the talks.",
])
def test_someone_also_at_the_meeting_joins_it(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Diallo", "Jallow"}) in pairs and frozenset({"Ndiaye", "Jallow"}) in pairs, pairs


def test_also_at_a_meeting_told_long_before_joins_nothing(extract):
    filler = "The region's economy grew by four percent last year, mostly from gold and cotton. " * 12
    pairs = met_pairs(extract("Malian President Ibrahim Diallo met Senegalese President Macky Ndiaye in "
                              "Dakar. " + filler + "Gambian President Lamin Jallow was also at the summit."))
    assert frozenset({"Diallo", "Jallow"}) not in pairs


@pytest.mark.parametrize("text", [
    "When President Ali Hassan of Jordan and Prime Minister Omar Nasser of Egypt last shook hands, in "
    "Doha in May 2023, the photographs suggested two men who might yet settle the dispute.",
    "When Premier Lin Wei of Taiwan and President Rosa Campos of Chile last met, in Lima in 2022, the "
    "papers suggested a new start.",
    "When Chancellor Karl Huber of Austria and President Jan Novak of Czechia last met, in Brno in 2021, "
    "observers proposed a joint commission.",
])
def test_a_time_clause_read_as_an_object_keeps_its_past(extract, text):
    facts = extract(text)
    names = [p.name.split()[-1] for p in facts.persons.values()]
    a, b = names[0], names[1]
    assert statuses_between(facts, a, b) == {"Occurred"}
