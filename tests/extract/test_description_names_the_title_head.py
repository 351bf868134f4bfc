"""A description ("the chairperson", "the chancellor") names an office by its head word. An office that
only mentions that word in its complement ("Special Adviser to the Chairperson", "chief of staff to the
Chancellor") is someone else's: it must not make the description ambiguous, nor be what it refers to."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("The Chairperson of the Regional Council, Dr. Omar Fadel, received the Special Adviser to the Chairperson "
     "on the Coast, Dr. Karim Sow, on Monday. The talks lasted two hours. Aid was discussed at length.\n\n"
     "The Chairperson regretted the refusal of the rebel group, headed by Mr. Ali Noor, to attend. "
     "He urged all groups to \"choose peace now\" and disarm.", "choose peace now", "Omar Fadel"),
    ("Chancellor Ute Brand hosted Erik Moll, the chief of staff to the Chancellor, at the office. They spoke "
     "for an hour. The press waited outside.\n\nThe chancellor said the rebels, led by Piet Vos, had signalled "
     "a truce. She called it \"a first step\".", "a first step", "Ute Brand"),
    ("Health Minister Rui Costa toured the ward with Tiago Reis, a senior adviser to the minister. Nurses "
     "lined the corridor. The visit ran late.\n\nThe minister said the strike, called by union head Joana "
     "Dias, had ended. He described the deal as \"fair to everyone\".", "fair to everyone", "Rui Costa"),
])
def test_a_description_refers_to_the_holder_of_the_office_it_heads(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_two_holders_of_the_headed_office_still_leave_the_description_unresolved(extract):
    text = ("Chancellor Ute Brand hosted Chancellor Hans Ohm of the neighbouring republic. They spoke for an "
            "hour. The press waited outside.\n\nThe chancellor said the rebels, led by Piet Vos, had signalled a "
            "truce. \"It is a first step,\" the chancellor said.")
    assert speaker_of(extract(text), "It is a first step") is None
