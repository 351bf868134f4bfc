"""Posts the text does not give a person are not made for them: a counterpart told to hold another head's post
("her counterpart B, who became Prime Minister last year") does not take the host's, and a government said to
be led by someone named with a title adds no "leader of the government" post; a plural demonym is nobody."""
import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, surname, wrong, right", [
    ("The President of Chile Ana Torres met today with her Peruvian counterpart Luis Vargas, who became Prime "
     "Minister last year.", "Vargas", "president", "prime minister"),
    ("Prime Minister Omar Haddad hosted his Emirati counterpart Saeed Rashid, who is also the country's president.",
     "Rashid", "prime minister", "president"),
])
def test_a_counterpart_with_a_head_post_of_his_own_keeps_it(extract, text, surname, wrong, right):
    titles = {t for s, t, _ in offices_by_surname(extract(text)) if s == surname}
    assert right in titles and wrong not in titles, titles


def test_a_counterpart_with_no_post_of_his_own_takes_the_hosts(extract):
    titles = {(s, t) for s, t, _ in offices_by_surname(
        extract("Foreign Minister Lena Berg met her Peruvian counterpart Luis Vargas in Lima."))}
    assert ("Vargas", "foreign minister") in titles, titles


@pytest.mark.parametrize("text, surname", [
    ('"The Chilean government, which Prime Minister Luis Vargas leads, has shown interest," she said.', "Vargas"),
    ("Chile's government, led by Prime Minister Luis Vargas since March, has shown interest.", "Vargas"),
    ("The coalition government, headed by Prime Minister Ana Ruiz, collapsed in May.", "Ruiz"),
])
def test_a_government_led_by_a_titled_leader_adds_no_post(extract, text, surname):
    titles = {t for s, t, _ in offices_by_surname(extract(text)) if s == surname}
    assert not any("government" in t for t in titles), titles


def test_a_committee_chaired_by_a_senator_is_still_a_post(extract):
    titles = {t for _, t, _ in offices_by_surname(
        extract("The finance committee, chaired by Senator Tom Hale, approved the bill."))}
    assert "chair of the finance committee" in titles, titles


@pytest.mark.parametrize("text, expected", [
    ("The reforms improved the lives of many Sri Lankans in rural areas, Minister Ana Perera said.", {"Ana Perera"}),
    ("Thousands of New Zealanders marched on Sunday, Prime Minister Tom Hale said.", {"Tom Hale"}),
    ("The scheme helped many Papua New Guineans, Governor Ana Ruiz said.", {"Ana Ruiz"}),
])
def test_a_plural_demonym_is_nobody(extract, text, expected):
    assert names(extract(text)) == expected, names(extract(text))
