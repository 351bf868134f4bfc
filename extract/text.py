"""Small text helpers with no spaCy in them, shared by extraction and the RDF layer."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["slugify", "strip_leading_the", "without_accents"]


# Latin letters that Unicode does not decompose into a base letter and an accent: without this table
# "Qarayıbov" would slug as "qaray-bov", two words, and stop matching "Qarayibov" or its own short forms.
_LATIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "æ": "ae", "þ": "th", "ð": "d", "đ": "d",
                                "ß": "ss", "œ": "oe", "ħ": "h"})


def without_accents(text: str) -> str:
    """The text with its accents taken off the letters: "Việt Nam" -> "Viet Nam", "Íngrid" -> "Ingrid"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def slugify(text: str) -> str:
    """A readable, stable identifier part: "Recep Tayyip Erdoğan" -> "recep-tayyip-erdogan",
    "Lech Wałęsa" -> "lech-walesa"."""
    text = without_accents(text).lower().translate(_LATIN_LETTERS)
    text = text.replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def strip_leading_the(text: str) -> str:
    """"the Kremlin" -> "Kremlin"; other text unchanged (case-insensitive, one leading "the ")."""
    return text[4:] if text.lower().startswith("the ") else text
