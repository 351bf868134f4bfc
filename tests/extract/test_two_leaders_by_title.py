"""'The two leaders' are the two people named before who hold a head of state's or government's title
(`leader_titles.txt`: a Taoiseach, a chancellor, a president, a prime minister), even when the meeting told
just before is a welcome by someone else."""
import pytest


@pytest.mark.parametrize("host", ["Taoiseach", "Chancellor", "President"])
def test_the_two_leaders_are_the_leaders_named_before(extract, host):
    facts = extract(f"{host} Sean Boyle and Prime Minister Lars Holm agreed on a reset. The Danish delegation, led by "
                    "Mr Holm, included Trade Minister Ole Dahl. The visitors were welcomed on the lawn of Castle Hall by "
                    f"the {host} and the Foreign Minister, Niamh Walsh. The two leaders then held one-on-one talks.")
    private = [m for m in facts.meetings if m.evidence.text.startswith("The two leaders")]
    assert len(private) == 1
    assert {facts.persons[a.key].name for a in private[0].attendees if a.kind == "person"} == {"Sean Boyle", "Lars Holm"}
