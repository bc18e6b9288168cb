"""The policy for a new key passphrase: long enough, not a common password, not a pattern.

A passphrase seals the workspace's private keys (scrypt, :mod:`kzth_desktop.exchange.crypto`);
whoever copies the database can try passphrases offline, so a guessable one is refused:

- shorter than ``MIN_PASSPHRASE`` (12) characters → PASSPHRASE_TOO_SHORT;
- one of the common passwords shipped in ``resources/passwords/common.txt`` → PASSPHRASE_COMMON.
  It is compared casefolded (NFKC), without spaces and punctuation, and also without the
  digits and signs added before or after it ("Password2025!" is "password") and with the
  usual sign-for-letter swaps undone ("P@ssw0rd" is "password");
- made of one character or one short unit repeated ("aaaaaaaaaaaa", "abcabcabcabc"), or of at
  most three runs along a keyboard row, the alphabet or the digits, either way
  ("qwertyuiop12", "йцукенгшщзхъ", "1234567890abc") → PASSPHRASE_SIMPLE.

Each refusal is a ServiceError whose kk/ru message says why and what to choose instead.
Only new passphrases are checked; an existing key opens with whatever sealed it.
"""

from __future__ import annotations

import string
import unicodedata
from functools import cache

from kzth_desktop.paths import resource
from kzth_desktop.services.errors import ErrorCode, ServiceError

MIN_PASSPHRASE = 12
COMMON_FILE = ("passwords", "common.txt")
# keyboard rows (Latin QWERTY, Russian and Kazakh ЙЦУКЕН), alphabets and the digits
SEQUENCES = (
    "qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "01234567890",
    "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю", "әіңғүұқөһ",
    "abcdefghijklmnopqrstuvwxyz", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
)
_RUN = 3  # the shortest run that counts as a run
_TRIM = string.digits + string.punctuation + "«»—–№"
# the usual letter-for-sign swaps ("p@ssw0rd" is "password")
_LEET = str.maketrans({"@": "a", "0": "o", "$": "s", "1": "i", "3": "e", "!": "i", "5": "s",
                       "7": "t", "4": "a"})


@cache
def common_passwords() -> frozenset[str]:
    """The shipped list (lines not starting with #), casefolded."""
    text = resource(*COMMON_FILE).read_text(encoding="utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def _folded(passphrase: str) -> str:
    return "".join(unicodedata.normalize("NFKC", passphrase).casefold().split())


def _core(folded: str) -> str:
    """Letters and digits only (any script)."""
    return "".join(ch for ch in folded if ch.isalnum())


def is_common(passphrase: str) -> bool:
    folded = _folded(passphrase)
    unleet = folded.translate(_LEET)
    candidates: set[str] = set()
    for text in (folded, unleet):
        core = _core(text)
        candidates |= {text, core, core.strip(string.digits), core.rstrip(string.digits),
                       core.lstrip(string.digits), text.strip(_TRIM), text.rstrip(_TRIM)}
    common = common_passwords()
    return any(len(c) >= 4 and c in common for c in candidates)


def _is_run(piece: str) -> bool:
    return len(piece) >= _RUN and any(piece in seq or piece in seq[::-1] for seq in SEQUENCES)


def is_simple(passphrase: str) -> bool:
    """One character or one unit repeated, or at most three runs along a row/alphabet."""
    text = _folded(passphrase)
    core = _core(text) or text
    n = len(core)
    if len(set(core)) <= 2:
        return True
    if any(n % k == 0 and core == core[:k] * (n // k) for k in range(1, n // 2 + 1)):
        return True
    # fewest runs that make up the whole text (dynamic programming over its prefixes)
    fewest = [0] + [n + 1] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - 40), end - _RUN + 1):
            if fewest[start] + 1 < fewest[end] and _is_run(core[start:end]):
                fewest[end] = fewest[start] + 1
    return fewest[n] <= 3


def check_new_passphrase(passphrase: str | None) -> str:
    """``passphrase`` if the policy accepts it, else the ServiceError that says why."""
    if passphrase is None:
        raise ServiceError(ErrorCode.PASSPHRASE_REQUIRED)
    if len(passphrase) < MIN_PASSPHRASE:
        raise ServiceError(ErrorCode.PASSPHRASE_TOO_SHORT, min=MIN_PASSPHRASE)
    if is_common(passphrase):
        raise ServiceError(ErrorCode.PASSPHRASE_COMMON)
    if is_simple(passphrase):
        raise ServiceError(ErrorCode.PASSPHRASE_SIMPLE)
    return passphrase
