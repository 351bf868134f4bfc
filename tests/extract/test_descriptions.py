"""A description that stands for one person named before ("the Colombian-born senator said",
"the 62-year-old told reporters", "the ministry's spokeswoman said", "the French-born banker met").

Linked only when exactly one person named before fits every word, country and age of it; with two
fitting people, or none, the description stays nobody and its quote has no speaker."""
import pytest

from tests.conftest import met_pairs, speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    # nationality and office
    ("Carlos Mendez, a Colombian-born senator, arrived in Madrid on Monday. "
     "“We came to listen,” the Colombian-born senator said.", "came to listen", "Carlos Mendez"),
    # age, from an apposition or a pre-posed age
    ("Tomas Weller, 62, chairs the port authority. “The cranes are old,” the 62-year-old told reporters on Friday.",
     "cranes are old", "Tomas Weller"),
    ("The 58-year-old Helen Marsh leads the union. On Sunday the 58-year-old said the strike “will go on until June.”",
     "will go on", "Helen Marsh"),
    # role of an organisation, by possessive
    ("Maria Lind, a spokeswoman for the Foreign Ministry, spoke on Tuesday. "
     "“No talks are planned,” the ministry's spokeswoman said.", "No talks", "Maria Lind"),
    # modifiers in front of the name
    ("Retired general Pieter de Wit joined the panel. “Nobody asked the army,” the retired general said.",
     "Nobody asked", "Pieter de Wit"),
])
def test_a_description_fitting_one_person_speaks_for_them(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    # two people fit: never guess
    ("Tomas Weller, 62, and Rolf Adler, 62, chair the board. “The cranes are old,” the 62-year-old told "
     "reporters on Friday.", "cranes are old"),
    ("Carlos Mendez, a Colombian-born senator, and Jorge Pena, a Colombian-born senator, spoke. "
     "“It is over,” the Colombian-born senator said.", "It is over"),
    ("Maria Lind, a spokeswoman for the ministry, and Eva Holm, a spokeswoman for the ministry, spoke. "
     "“No talks are planned,” the ministry's spokeswoman said.", "No talks"),
    # nobody fits: another age, another country, another body
    ("Tomas Weller, 62, chairs the board. “The cranes are old,” the 45-year-old said.", "cranes are old"),
    ("Carlos Mendez, a Colombian-born senator, arrived in Madrid on Monday. "
     "“We came to listen,” the Peruvian-born senator said.", "came to listen"),
    ("Maria Lind, a spokeswoman for the Foreign Ministry, spoke on Tuesday. "
     "“No talks are planned,” the army's spokeswoman said.", "No talks"),
])
def test_a_description_fitting_no_one_or_several_names_no_speaker(extract, text, words):
    assert speaker_of(extract(text), words) is None


@pytest.mark.parametrize("text, pair", [
    ("Paul Ferrand, a French-born banker, flew to Lagos. The French-born banker met Governor Ade Bello on Monday.",
     {"Ferrand", "Bello"}),
    ("Oil tycoon Sergei Volkov landed in Rome. On Friday the tycoon sat down with Mayor Luca Conti at city hall.",
     {"Volkov", "Conti"}),
    ("Lucy Hart is a veteran diplomat. The veteran diplomat later hosted Governor Ade Bello for dinner in Accra.",
     {"Hart", "Bello"}),
])
def test_a_meeting_whose_subject_is_a_description(extract, text, pair):
    assert met_pairs(extract(text)) == {frozenset(pair)}


@pytest.mark.parametrize("text, words, speaker", [
    # an office description: its one holder, or the one holder from the country it names
    ("Senator Carlos Mendez arrived in Madrid on Monday. “We came to listen,” the senator said.",
     "came to listen", "Carlos Mendez"),
    ("President Ana Lopez of Peru met President Diego Soto of Chile in Lima. "
     "The Peruvian president said the border was “open for business.”", "open for business", "Ana Lopez"),
    ("Secretary of State Mark Hale met Foreign Minister Jun Ito in Tokyo. "
     "The Secretary said the alliance was “stronger than ever.”", "stronger than ever", "Mark Hale"),
    # two holders of the office: nobody is guessed
    ("Senator Carlos Mendez met Senator Jorge Pena in Lima. “It is over,” the senator said.", "It is over", None),
    ("President Ana Lopez of Peru met President Diego Soto of Chile in Lima. "
     "The president said the border was “open for business.”", "open for business", None),
    ("Mayor Rita Vance and Mayor Tom Hale toured the port. The mayor called it “a wreck.”", "a wreck", None),
])
def test_an_office_description_names_its_one_holder_only(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # "the 62-year-old said": the parser hangs the description on the verb; it is still the subject
    ("Tomas Weller, 62, chairs the board. “The cranes are old,” the 62-year-old said.", "cranes are old",
     "Tomas Weller"),
    ("Helen Marsh, 58, leads the union. “We will not sign,” the 58-year-old said on Sunday.", "will not sign",
     "Helen Marsh"),
    # ... and when two people fit, the quote is nobody's, not the earlier sentence's subject's
    ("Tomas Weller, 62, and Rolf Adler, 62, chair the board. “The cranes are old,” the 62-year-old said.",
     "cranes are old", None),
])
def test_a_description_the_parser_hangs_on_the_verb_is_its_subject(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker
