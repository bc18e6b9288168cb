"""The import verdict is a pure function of the bytes and of what the coordinator holds."""

from __future__ import annotations

import hashlib

from kzth_desktop.annex import load_default_annex
from kzth_desktop.exchange import ImportResult
from kzth_desktop.exchange.verdict import Holdings, judge_bundle

ANNEX = load_default_annex()


def _holdings(received: frozenset[str] = frozenset()) -> Holdings:
    def no_key(fingerprint: str) -> object:
        raise AssertionError("no key is opened for a file refused before decryption")

    return Holdings(ANNEX, (), ("00" * 32,), {}, no_key, received)  # type: ignore[arg-type]


def test_a_file_received_before_is_a_duplicate_without_being_opened():
    data = b"not even a zip"
    verdict = judge_bundle(data, _holdings(frozenset({hashlib.sha256(data).hexdigest()})))
    assert verdict.result is ImportResult.DUPLICATE and verdict.reason is None


def test_garbage_is_rejected_with_its_reason_and_nothing_else_is_needed():
    verdict = judge_bundle(b"not even a zip", _holdings())
    assert verdict.result is ImportResult.REJECTED
    assert verdict.reason is not None and verdict.manifest is None
