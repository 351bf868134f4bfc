"""A description framing a quote in a word for a family of offices (`generic_office_words.txt`):
"the premier" for a prime minister, "the judge" for a chief justice, "the diplomat"
for an ambassador or a foreign minister. "The diplomat" usually stands for someone unnamed, so it
takes only a named holder of a diplomatic office, never a person with another office or none."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Prime Minister Anwar Rahim spoke after the vote. “We won fairly,” the premier said.", "We won fairly",
     "Anwar Rahim"),
    ("Prime Minister Ewa Lindqvist visited the flooded towns on Sunday. The premier told residents that "
     "“no one will be forgotten”.", "no one will be forgotten", "Ewa Lindqvist"),
    ("“It is a sad day,” Chief Justice Sipho Ndlovu said. “But the law must be applied,” the judge added.",
     "law must be applied", "Sipho Ndlovu"),
    ("Prime Minister Tomasz Zielinski flew to Vilnius on Monday. “We are neighbours and allies,” the premier "
     "was quoted as saying by the state agency.", "neighbours and allies", "Tomasz Zielinski"),
    ("Ambassador Siddiq al-Rawi met the governor on Monday. “Our two peoples share a long history,” the "
     "diplomat said.", "share a long history", "Siddiq al-Rawi"),
    ("Foreign Minister Bui Thanh Hai arrived in Manila on Tuesday. “The sea must stay open,” the veteran "
     "diplomat told reporters.", "sea must stay open", "Bui Thanh Hai"),
    ("High Commissioner Grace Achieng presented her credentials on Friday. “I am honoured,” the diplomat said.",
     "I am honoured", "Grace Achieng"),
    # a foreign ministry's spokesperson is a diplomat too
    ("Foreign ministry spokeswoman Lin Meihua said China opposed the sanctions. “We urge restraint,” the "
     "diplomat added.", "We urge restraint", "Lin Meihua"),
    ("“We urge restraint,” foreign ministry spokesman Guo Jiakun told a regular briefing. The diplomat added that "
     "Beijing “will take all necessary measures”.", "all necessary measures", "Guo Jiakun"),
    ("Foreign ministry spokesperson Dao Thi Thu met the press on Monday. The diplomat called the patrol "
     "“a clear violation”.", "a clear violation", "Dao Thi Thu"),
])
def test_a_word_for_the_office_family_frames_the_holder(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    # "the diplomat" after a sentence about someone with no diplomatic office: an unnamed diplomat
    ("Health Minister Nomvula Dlamini visited the clinic. “The minister was tired,” the diplomat said.",
     "minister was tired"),
    ("Lucia Ferraro runs a bakery in Turin. “Business is slow,” the diplomat said.", "Business is slow"),
    ("Defence ministry spokesman Tan Kah Seng spoke on Monday. “The patrols go on,” the diplomat said.",
     "The patrols go on"),
    # "the premier" is no senator, "the judge" no mayor
    ("Senator Paul Dreyer voted against the budget. “We will veto it,” the premier said.", "veto it"),
    ("Mayor Rita Vance opened the court house. “Justice will be swift,” the judge said.", "Justice will be swift"),
    # an unnamed diplomat introduced as such stays unnamed
    ("Ambassador Siddiq al-Rawi left early. A Western diplomat said the talks were “going nowhere”.",
     "going nowhere"),
])
def test_the_family_word_for_someone_else_names_no_speaker(extract, text, words):
    assert speaker_of(extract(text), words) is None
