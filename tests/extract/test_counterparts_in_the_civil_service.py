"""A counterpart's title where it differs by country: India's External Affairs Minister has Foreign Ministers
abroad; a South Asian Foreign Secretary is a civil servant whose counterpart in the region is a Foreign
Secretary too (`same_title_countries.txt`), while a British one's counterpart in Europe is a Foreign Minister."""
import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, office", [
    ("External Affairs Minister Ravi Menon spoke over dinner with his Nepali counterpart Ram Thapa.",
     ("Thapa", "foreign minister", "Nepal")),
    ("Foreign Secretary Anita Rao met her Nepali counterpart Hari Koirala on Monday.",
     ("Koirala", "foreign secretary", "Nepal")),
    ("Foreign Secretary Anita Rao held talks with her Pakistani counterpart, Imran Qadir, in Islamabad.",
     ("Qadir", "foreign secretary", "Pakistan")),
    ("Foreign Secretary Tom Hale met his Dutch counterpart, Pieter Visser, in The Hague.",
     ("Visser", "foreign minister", "Netherlands")),
])
def test_the_counterpart_s_title_fits_the_country(extract, text, office):
    assert office in offices_by_surname(extract(text)), offices_by_surname(extract(text))
