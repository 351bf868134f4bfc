"""A list of people goes on past an apposition that opens with an office's rank words ("A, Principal Secretary
at the State Department for Energy, and B") and past an abbreviated title on the next name ("and Amb. B",
"and Gen. C")."""
import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, member", [
    ("Minister Omar Haddad received a Kenyan delegation headed by Energy Secretary Ruth Wanjiku. The Kenyan team "
     "also included Joseph Lagat, Principal Secretary at the State Department for Energy, and Amb. Hassan Farah, "
     "Kenya's envoy to the UAE.", "Farah"),
    ("Minister Omar Haddad received a Kenyan delegation headed by Energy Secretary Ruth Wanjiku. The delegation "
     "included Joseph Lagat, Senior Deputy Governor of the central bank, and Peter Ouma.", "Ouma"),
    ("Minister Omar Haddad received a Kenyan delegation headed by Energy Secretary Ruth Wanjiku. The delegation "
     "included Joseph Lagat, the trade envoy, and Gen. Peter Ouma.", "Ouma"),
])
def test_the_list_goes_on_after_a_ranked_title(extract, text, member):
    facts = extract(text)
    assert {"Lagat", member} <= surnames(facts, delegation_of(facts, "Kenya").members)
