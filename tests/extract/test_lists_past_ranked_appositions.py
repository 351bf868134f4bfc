"""A list of people goes on past an apposition that opens with an office's rank words ("A, Principal Secretary
in the Ministry of Roads, and B") and past an abbreviated title on the next name ("and Amb. B", "and Gen. C")."""
import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, member", [
    ("Minister Omar Haddad hosted a Kenyan delegation led by Treasury Secretary Grace Achieng. The delegation "
     "further included Daniel Kiprop, Principal Secretary in the Ministry of Roads, and Amb. Yusuf Abdi, its "
     "ambassador in Doha.", "Abdi"),
    ("Minister Omar Haddad hosted a Kenyan delegation led by Treasury Secretary Grace Achieng. The delegation "
     "included Daniel Kiprop, Senior Deputy Governor of the central bank, and Peter Ouma.", "Ouma"),
    ("Minister Omar Haddad hosted a Kenyan delegation led by Treasury Secretary Grace Achieng. The delegation "
     "included Daniel Kiprop, the trade envoy, and Gen. Peter Ouma.", "Ouma"),
])
def test_the_list_goes_on_after_a_ranked_title(extract, text, member):
    facts = extract(text)
    assert {"Kiprop", member} <= surnames(facts, delegation_of(facts, "Kenya").members)
