"""A counted subject ("the two mediators", "the three envoys", "both") takes up the people of the
meeting told before only when it counts them: mediators who met one side and then the other do not
make the two sides meet."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Envoy Rosa Lind met General Omar Haddad and Minister Karim Nasser on Saturday. The next day the two "
    "mediators met Colonel Avi Stern.",
    "Envoy Rosa Lind held talks with General Omar Haddad, Minister Karim Nasser and Judge Sara Kahn. Later the "
    "three envoys received Colonel Avi Stern.",
    "Envoy Rosa Lind met General Omar Haddad and Minister Karim Nasser in Cairo. Both mediators then saw "
    "Colonel Avi Stern in Doha.",
])
def test_a_count_that_does_not_fit_takes_up_nobody(extract, text):
    assert frozenset({"Lind", "Stern"}) not in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Envoy Rosa Lind met General Omar Haddad on Saturday. The next day the two met Colonel Avi Stern.",
    "Envoy Rosa Lind met General Omar Haddad on Saturday. On Sunday both men received Colonel Avi Stern.",
    "Envoy Rosa Lind met General Omar Haddad and Minister Karim Nasser. Later the three received Colonel Avi Stern.",
])
def test_a_count_that_fits_takes_up_the_meeting_before(extract, text):
    assert frozenset({"Lind", "Stern"}) in met_pairs(extract(text))
