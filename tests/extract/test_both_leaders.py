""""Both leaders" / "the two leaders" far from any meeting told before are the two people the article gave
a head of state's or government's title (`leader_titles.txt`): a president, a prime minister, a chancellor,
a king. A deputy or vice holder is no leader; with three leaders named, "both" picks no one."""
import pytest

_BETWEEN = ("\n\nFuel prices rose again across the region this week, traders said. Farmers in the north "
            "reported a poor harvest after months without rain, and several roads remain closed after "
            "landslides. Exporters warned of delays at the ports, where queues of lorries stretched for miles.\n\n")


def _pairs(facts):
    name = lambda a: facts.persons[a.key].name if a.kind == "person" else a.key  # noqa: E731
    return {frozenset(name(a) for a in m.attendees) for m in facts.meetings}


@pytest.mark.parametrize("opening, later, trio", [
    ("President Ana Vidal of Norland and Prime Minister Tomas Berg of Sudria arrived in Geneva on Monday.",
     "On Tuesday, both leaders held separate meetings with UN envoy Karl Moser.",
     {"Ana Vidal", "Tomas Berg", "Karl Moser"}),
    ("Chancellor Greta Lind and President Omar Faye opened the forum in Vienna.",
     "The two leaders later sat down with the secretary-general, Maria Costa.",
     {"Greta Lind", "Omar Faye", "Maria Costa"}),
    ("King Tupou Lavaka and Prime Minister Sione Fifita flew to Suva for the forum.",
     "Both leaders then met Fiji's Deputy Prime Minister Kamal Prasad.",
     {"Tupou Lavaka", "Sione Fifita", "Kamal Prasad"}),
])
def test_both_leaders_are_the_two_heads_named_before(extract, opening, later, trio):
    assert frozenset(trio) in _pairs(extract(opening + _BETWEEN + later))


def test_a_deputy_prime_minister_is_no_leader(extract):
    facts = extract("President Ana Vidal and Prime Minister Tomas Berg arrived with Deputy Prime Minister Ole Dahl."
                    + _BETWEEN + "On Tuesday, both leaders held talks with UN envoy Karl Moser.")
    assert frozenset({"Ana Vidal", "Tomas Berg", "Karl Moser"}) in _pairs(facts)


def test_three_leaders_named_leave_both_unresolved(extract):
    facts = extract("President Ana Vidal, Prime Minister Tomas Berg and Chancellor Greta Lind arrived in Geneva."
                    + _BETWEEN + "On Tuesday, both leaders held talks with UN envoy Karl Moser.")
    assert not any({"Ana Vidal", "Tomas Berg"} <= pair or {"Greta Lind", "Tomas Berg"} <= pair for pair in _pairs(facts))
