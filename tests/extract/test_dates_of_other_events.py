"""A date in the meeting's sentence that tells the time of something else is not the meeting's: a
clause or apposition about a participant ("who took office in January", "elected in 2022"), a phrase
about another event ("since 2019", "according to a statement published on Monday"), a date that
modifies another noun ("the 2023 floods"). The meeting's own date, also a bare "next Tuesday" the
parser hung on a guest's name, is still read."""
import pytest

from tests.conftest import meetings_between


@pytest.mark.parametrize("text", [
    "Premier Tomas Halvik, who took office in January 2024, met Chancellor Irena Voss in Tallinn.",
    "Premier Tomas Halvik, elected in August 2022, met Chancellor Irena Voss in Tallinn.",
    "Premier Tomas Halvik met Chancellor Irena Voss, whose party won the vote in 2021, in Tallinn.",
    "Premier Tomas Halvik met Chancellor Irena Voss for the first time since 2019.",
    "Premier Tomas Halvik met Chancellor Irena Voss, the first such meeting since March 2023.",
    "Premier Tomas Halvik met Chancellor Irena Voss to discuss the 2023 floods.",
    "Premier Tomas Halvik met Chancellor Irena Voss to review the treaty signed in 1998.",
    "Premier Tomas Halvik met Chancellor Irena Voss, according to a statement published on Monday.",
])
def test_a_date_of_something_else_is_not_the_meetings(extract, text):
    found = meetings_between(extract(text), "Halvik", "Voss")
    assert found and all(m.date is None for m in found)


@pytest.mark.parametrize("text, day", [
    ("Premier Tomas Halvik, who took office in January, met Chancellor Irena Voss on Tuesday.", "2025-05-13"),
    ("Premier Tomas Halvik met Chancellor Irena Voss on Monday to discuss the 2023 floods.", "2025-05-12"),
    ("The talks between Premier Tomas Halvik and Chancellor Irena Voss, which took place on Tuesday, ended without a "
     "deal.", "2025-05-13"),
    ("Premier Tomas Halvik met Chancellor Irena Voss on Wednesday, as farmers protested outside.", "2025-05-14"),
    ("Premier Tomas Halvik met Chancellor Irena Voss after he arrived in Riga on Monday.", "2025-05-12"),
    ("Premier Tomas Halvik is due to meet President Ana Duarte, Chancellor Irena Voss and Spain's prime minister, "
     "Jorge Lamas next Tuesday in Lisbon.", "2025-05-20"),
])
def test_the_meetings_own_date_is_kept(extract, text, day):
    found = meetings_between(extract(text), "Halvik", "Voss")
    assert found and {m.date.value for m in found if m.date} == {day}
