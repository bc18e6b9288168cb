"""Fresh key pairs for a workspace, sealed under its passphrase, as rows to store.

Below both the workspace (which stores them when it is created with a passphrase) and the
key service (which makes, unlocks and replaces them later), so that neither imports the other.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kzth_desktop.exchange import crypto
from kzth_desktop.services.passphrases import MIN_PASSPHRASE, check_new_passphrase
from kzth_desktop.storage.models import OwnKey as OwnKeyRow
from kzth_desktop.storage.models import utcnow

SIGNING, ENCRYPTION = "signing", "encryption"
ALGORITHMS = {SIGNING: "Ed25519", ENCRYPTION: "X25519"}

__all__ = ["ALGORITHMS", "ENCRYPTION", "MIN_PASSPHRASE", "SIGNING", "check_new_passphrase",
           "new_key_rows", "purposes_of", "sealing_aad"]


def purposes_of(role: str) -> tuple[str, ...]:
    return (SIGNING, ENCRYPTION) if role == "coordinator" else (SIGNING,)


def sealing_aad(purpose: str, public_key: bytes) -> bytes:
    return f"{purpose}/{ALGORITHMS[purpose]}/".encode() + public_key


def new_key_rows(role: str, passphrase: str) -> list[OwnKeyRow]:
    """Fresh key pairs for ``role``, sealed under ``passphrase`` (one scrypt derivation)."""
    check_new_passphrase(passphrase)
    pkey = crypto.PassphraseKey.derive(passphrase)
    rows = []
    for purpose in purposes_of(role):
        key: Ed25519PrivateKey | X25519PrivateKey = (
            crypto.new_signing_key() if purpose == SIGNING else crypto.new_encryption_key())
        public = crypto.public_raw(key)
        rows.append(OwnKeyRow(
            purpose=purpose, algorithm=ALGORITHMS[purpose], public_key=public,
            fingerprint=crypto.fingerprint(public),
            sealed_private=crypto.seal_private_key(crypto.private_raw(key), pkey,
                                                   sealing_aad(purpose, public)),
            created_at=utcnow(),
        ))
    return rows
