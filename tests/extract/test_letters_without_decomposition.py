"""Latin letters that Unicode does not split into a base letter and an accent (Turkish dotless ı, Polish ł,
Nordic ø æ þ ð, Croatian đ, German ß, French œ, Maltese ħ) are spelled out in identifiers, so a name keeps
one slug word per name word and matches its spelling without the special letter."""
import pytest

from newsgraph.extract.text import slugify


@pytest.mark.parametrize("name, slug", [
    ("Elvin Qasımlı", "elvin-qasimli"),
    ("Lech Wałęsa", "lech-walesa"),
    ("Kjetil Sæbø", "kjetil-saebo"),
    ("Þórdís Guðmundsdóttir", "thordis-gudmundsdottir"),
    ("Đorđe Marković", "dorde-markovic"),
    ("Jürgen Straße", "jurgen-strasse"),
    ("Ħamrun Council", "hamrun-council"),
])
def test_a_letter_without_decomposition_is_spelled_out(name, slug):
    assert slugify(name) == slug


@pytest.mark.parametrize("written, plain", [
    ("Aydın Yıldız", "Aydin Yildiz"),
    ("Łukasz Nowak", "Lukasz Nowak"),
    ("Søren Dahl", "Soren Dahl"),
])
def test_a_name_and_its_plain_spelling_share_a_slug(written, plain):
    assert slugify(written) == slugify(plain)
    assert "-" not in slugify(written.split()[-1])


def test_accented_letters_still_lose_only_their_accents():
    assert slugify("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"
    assert slugify("José Müller-Lüdenscheidt") == "jose-muller-ludenscheidt"
