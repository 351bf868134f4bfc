"""A quote after a naming participle and "the" ("the talks, dubbed the 'Lima process', began") is a
name, not someone's words, even where the tagger reads the participle as a past tense or sets it off
after its noun. A characterisation ("labelled a 'fraud'") and a participle with its own "by X" stay
statements."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words", [
    ("The talks, dubbed the \"Jakarta process\", began in 2019, President Suharto Wijaya said.", "Jakarta process"),
    ("Minister Pedro Gil praised the plan, dubbed the \"Atlantic pact\", as a model, he said.", "Atlantic pact"),
    ("The new road, named the \"Road of Friendship\", opened on Friday, Governor Aliyu Danjuma said.",
     "Road of Friendship"),
    ("Minister Chea Sophal said the dam, called the \"Mekong Pearl\", was finished.", "Mekong Pearl"),
    ("The reform, nicknamed the \"Robin Hood tax\", will raise billions, Finance Minister Kwame Ofori said.",
     "Robin Hood tax"),
    ("The corridor, called the \"green lane\", will open in June, Minister Aliya Nurlanova said.", "green lane"),
    ("Minister Tran Van Son defended the scheme, dubbed the \"rice bank\", in parliament.", "rice bank"),
])
def test_a_name_after_a_naming_participle_is_no_statement(extract, text, words):
    assert speaker_of(extract(text), words) is None


@pytest.mark.parametrize("text, words, speaker", [
    ("Senator Lu Wen called the plan a “fraud”.", "fraud", "Lu Wen"),
    ("The deal, dubbed the “worst in history” by Senator Rosa Peralta, passed.", "worst in history", "Rosa Peralta"),
])
def test_characterisations_stay_statements(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker
