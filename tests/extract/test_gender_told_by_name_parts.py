"""A part of a name can tell the bearer's gender when the first name does not: a Vietnamese middle name
("Văn", "Thị"), "bin"/"bint", a patronymic ("-ovna"), a feminine surname ("-ová", "-dóttir"). A pronoun
then does not go to someone whose name rules it out."""
import pytest

from newsgraph.extract.name_words import name_part_gender
from tests.conftest import speaker_of


@pytest.mark.parametrize("name, gender", [
    ("Đỗ Văn Hùng", "male"), ("Phạm Thị Lan", "female"), ("Pham Thi Lan", "female"),
    ("Hessa bint Rashid", "female"), ("Khalid bin Saad", "male"), ("Irina Sergeyevna Volkova", "female"),
    ("Petra Dvořáková", "female"), ("Anna Sigurdardottir", "female"), ("Rustam Ali oglu Mammadov", "male"),
])
def test_name_parts_that_tell_gender(name, gender):
    assert name_part_gender(name) == gender


@pytest.mark.parametrize("name", ["Giacomo Casanova", "Lee Jae-won", "Anna", "Vincent van Dijk", "Mark Benson"])
def test_names_that_tell_nothing(name):
    assert name_part_gender(name) is None


def _release(visitor: str, pronoun: str, other: str) -> str:
    possessive = "her" if pronoun == "she" else "his"
    return (f"Minister {visitor} met Trade Minister Somchai Wong in Bangkok on Monday. Later a planned meeting with "
            f"Deputy Prime Minister {other} was called off. The Minister later sent a letter to the Deputy Prime Minister.\n\n"
            f"On {possessive} way home on Friday, the Minister joined a call with officials.\n\n"
            f"\"The call was useful,\" {pronoun} said.")


@pytest.mark.parametrize("visitor, pronoun, other", [
    ("Ana Ruiz", "she", "Lương Văn Tâm"),
    ("Tom Berg", "he", "Trần Thị Hoa"),
    ("Tom Berg", "he", "Þórdís Gunnarsdóttir"),
])
def test_a_pronoun_skips_a_person_whose_name_rules_it_out(extract, visitor, pronoun, other):
    assert speaker_of(extract(_release(visitor, pronoun, other)), "The call was useful") == visitor
