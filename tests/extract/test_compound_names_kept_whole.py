"""Arabic, Spanish and Portuguese names NER cuts or splits are kept whole:
- a given name carried over "bin"/"bint" into a surname NER tagged on its own ("Aisha bint | Khalid
  al-Mansouri": the hyphen of the prefixed surname is no word) is one name, not two overlapping ones;
- a given name left before two particles ("Ana de la | Cruz Ruiz");
- a surname closing a name that ends in particles and a surname ("Juan Ramón de la Fuente | Ramírez");
- two known given names left before the surnames ("María Fernanda | Espinosa Garcés")."""
from __future__ import annotations

import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, name", [
    ("Minister of State Aisha bint Khalid al-Mansouri received the envoy.", "Aisha bint Khalid al-Mansouri"),
    ("The envoy was received by Noura bint Saeed al-Kaabi on Monday.", "Noura bint Saeed al-Kaabi"),
    ("Noura bint Saeed al-Kaabi, the culture minister, opened the museum.", "Noura bint Saeed al-Kaabi"),
])
def test_a_patronymic_name_is_one_person(extract, text, name):
    assert names(extract(text)) == {name}


@pytest.mark.parametrize("text, name", [
    ("Ana de la Cruz Ruiz met the visiting minister.", "Ana de la Cruz Ruiz"),
    ("The deal was signed by Ana de la Cruz Ruiz, the trade minister.", "Ana de la Cruz Ruiz"),
    ("Ana de la Cruz Ruiz said the vote would be held.", "Ana de la Cruz Ruiz"),
    ("Mexican Foreign Minister Juan Ramón de la Fuente Ramírez arrived on Monday.", "Juan Ramón de la Fuente Ramírez"),
    ("The talks were led by Juan Ramón de la Fuente Ramírez.", "Juan Ramón de la Fuente Ramírez"),
])
def test_a_name_with_two_particles_is_whole(extract, text, name):
    assert names(extract(text)) == {name}


@pytest.mark.parametrize("text, name", [
    ("María Fernanda Espinosa Garcés, Ecuador's former foreign minister, addressed the forum.",
     "María Fernanda Espinosa Garcés"),
    ("María Fernanda Espinosa Garcés said the vote was fair.", "María Fernanda Espinosa Garcés"),
    ("The forum was addressed by João Pedro Sousa Neto on Monday.", "João Pedro Sousa Neto"),
    ("On Monday, Luisa Maria Ortega Vidal spoke first.", "Luisa Maria Ortega Vidal"),
])
def test_two_given_names_before_the_surnames_are_the_names(extract, text, name):
    assert names(extract(text)) == {name}


@pytest.mark.parametrize("text, expected", [
    # two people named side by side with a comma stay two; a place before a name is no given name
    ("María Fernanda Espinosa Garcés and Tomas Vell spoke.", {"María Fernanda Espinosa Garcés", "Tomas Vell"}),
    ("In Chile Maria Ortega Vidal spoke first.", {"Maria Ortega Vidal"}),
])
def test_separate_names_stay_apart(extract, text, expected):
    assert names(extract(text)) == expected
