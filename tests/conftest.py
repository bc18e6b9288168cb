"""Shared test settings: key sealing with a cheap scrypt cost (the real one takes ~0.5 s)."""

from __future__ import annotations

import pytest

from kzth_desktop.exchange import crypto

FAST_SCRYPT = crypto.ScryptParams(n=2**10, r=8, p=1)


@pytest.fixture(autouse=True, scope="session")
def _fast_key_sealing() -> None:
    crypto.SCRYPT = FAST_SCRYPT
