"""Organisation names compared as people read them: NFKC, spaces, case, and look-alike letters.

A name typed with one Latin letter inside Cyrillic text (Latin "о" in «ДП г. Шымкент») looks
the same on screen and on paper but is another string. :func:`skeleton` maps such names to one
form, after UTS #39 ("Unicode Security Mechanisms", section 4, *skeleton*): NFKC, then every
character replaced by its prototype from the confusables data, then case folded. The data here
is the part of Unicode's ``confusables.txt`` that matters for names written in Kazakh and
Russian: the Cyrillic letters that look like Latin ones (both cases, the Kazakh ones included)
and the digits that look like letters. No PyPI package with the confusables data can be
installed offline on the field machines, so the table is data kept here, in both directions
(both a Cyrillic and a Latin letter map to the same prototype, the Latin one).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

# Cyrillic (and digits) → the Latin prototype they are confused with (UTS #39 confusables.txt,
# the "MA" mappings between the Cyrillic, Latin and Common scripts)
CONFUSABLES: Mapping[str, str] = {
    # upper case
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "У": "Y", "Ү": "Y", "Ѕ": "S", "І": "l", "Ј": "J",
    "Һ": "H", "Ԛ": "Q", "Ԝ": "W", "Ӏ": "l",
    # lower case
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "ү": "y",
    "ѕ": "s", "і": "i", "ј": "j", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ԁ": "d",
    "ɡ": "g", "ı": "i",
    # Latin and digits that look alike among themselves
    "I": "l", "1": "l", "|": "l", "0": "O",
}


def tidy_name(name: str) -> str:
    """NFKC with runs of white space made one space, trimmed: the name as it is kept."""
    return " ".join(unicodedata.normalize("NFKC", name).split())


def skeleton(name: str) -> str:
    """The UTS #39 skeleton of ``name``, case folded: equal for names that look the same."""
    text = unicodedata.normalize("NFD", tidy_name(name))
    mapped = "".join(CONFUSABLES.get(ch, ch) for ch in text)
    return unicodedata.normalize("NFD", mapped).casefold()


def looks_alike(a: str, b: str) -> bool:
    """Two names that differ only by look-alike letters, spaces or case."""
    return skeleton(a) == skeleton(b)


__all__ = ["CONFUSABLES", "looks_alike", "skeleton", "tidy_name"]
