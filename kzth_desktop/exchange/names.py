"""Organisation names compared as people read them: NFKC, spaces, case, and look-alike letters.

A name typed with one Latin letter inside Cyrillic text (Latin "о" in «ДП г. Шымкент») looks
the same on screen and on paper but is another string. :func:`skeleton` maps such names to one
form, after UTS #39 ("Unicode Security Mechanisms", section 4, *skeleton*): NFKC, case folded,
then every character replaced by its prototype from the confusables data. The data here
is the part of Unicode's ``confusables.txt`` that matters for names written in Kazakh and
Russian: the Cyrillic letters that look like Latin ones (both cases, the Kazakh ones included)
and the digits that look like letters. The project adds no dependency for it (the domain layer
is standard library + cryptography), so the table is data kept here: a Cyrillic letter maps to
the Latin prototype it is confused with.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

# Cyrillic (and digits) → the Latin prototype they are confused with (UTS #39 confusables.txt,
# the mappings between the Cyrillic, Latin and Common scripts), in case-folded form: names are
# folded first, so a lower-case letter whose capital is a look-alike (в of В/B, н of Н/H) maps
# to the Latin letter too: «ДП г. ШЫМКЕНТ» and «ДП г. Шымкент» have one skeleton.
CONFUSABLES: Mapping[str, str] = {
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "х": "x", "у": "y", "ү": "y", "ѕ": "s", "і": "i", "ј": "j",
    "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ԁ": "d", "ɡ": "g", "ı": "i",
    # Latin and digits that look alike among themselves
    "1": "l", "|": "l", "0": "o",
}


def tidy_name(name: str) -> str:
    """NFKC with runs of white space made one space, trimmed: the name as it is kept."""
    return " ".join(unicodedata.normalize("NFKC", name).split())


def skeleton(name: str) -> str:
    """The UTS #39 skeleton of ``name``, case folded: equal for names that look the same."""
    text = unicodedata.normalize("NFD", tidy_name(name).casefold())
    mapped = "".join(CONFUSABLES.get(ch, ch) for ch in text)
    return unicodedata.normalize("NFD", mapped)


def looks_alike(a: str, b: str) -> bool:
    """Two names that differ only by look-alike letters, spaces or case."""
    return skeleton(a) == skeleton(b)


__all__ = ["CONFUSABLES", "looks_alike", "skeleton", "tidy_name"]
