"""A delegation told under an organisation's initials ("the P.U.F. delegation", "the PUF team") stands for
that organisation under the name the text first gave it in full ("the Patriotic Unity Front"), with no
brackets between them: wordings of our own."""
from __future__ import annotations

import pytest

from tests.conftest import surnames


def _of_body(facts, body: str):
    found = [d for d in facts.delegations.values() if d.represents == body]
    assert found, {d.represents for d in facts.delegations.values()}
    return found[0]


@pytest.mark.parametrize("text, body, head, members", [
    ("The rebel Patriotic Unity Front agreed on Sunday to attend the talks in Lusaka. The P.U.F. delegation, "
     "led by Tomas Oduya, arrived on Monday. With him were Rose Achieng and Peter Lwanga.",
     "Patriotic Unity Front", "Oduya", {"Oduya", "Achieng", "Lwanga"}),
    ("Fighting flared again as the Movement for Democratic Renewal accused the army of shelling its positions. "
     "On Thursday a M.D.R. delegation headed by Claire Mbeki met the mediators in Addis Ababa.",
     "Movement for Democratic Renewal", "Mbeki", {"Mbeki"}),
    ("The Southern Farmers Alliance has long demanded a seat at the table. Its leader, Anna Kovac, said the SFA "
     "delegation would be led by her deputy, Ivo Horvat, and would include the lawyer Mila Juric.",
     "Southern Farmers Alliance", "Horvat", {"Horvat", "Juric"}),
])
def test_a_delegation_under_initials_stands_for_the_name_given_in_full(extract, text, body, head, members):
    facts = extract(text)
    delegation = _of_body(facts, body)
    assert surnames(facts, [delegation.head]) == {head}
    assert surnames(facts, delegation.members) == members


def test_initials_no_name_spells_out_stay_as_written(extract):
    facts = extract("The P.U.F. delegation, led by Tomas Oduya, arrived in Lusaka on Monday for the talks.")
    assert "P.U.F." in {d.represents for d in facts.delegations.values()}


def test_a_persons_name_with_the_same_initials_spells_out_no_body(extract):
    facts = extract("Paul Ugo Fofana, a lawyer, said on Sunday that talks were due. The P.U.F. delegation, led by "
                    "Tomas Oduya, arrived in Lusaka on Monday.")
    assert "Paul Ugo Fofana" not in {d.represents for d in facts.delegations.values()}


def test_a_countrys_dotted_initials_make_no_body(extract):
    facts = extract("The Union Kinship Society hosted a reception. The U.K. delegation, led by Anne Shaw, arrived "
                    "in Lusaka on Monday for the talks.")
    assert {d.represents for d in facts.delegations.values()} == {"United Kingdom"}
