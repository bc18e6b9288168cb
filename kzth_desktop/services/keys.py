"""The workspace's own key pairs: created, unlocked with the passphrase, re-sealed, replaced.

A respondent has one Ed25519 signing pair; a coordinator also an X25519 encryption pair. The
private halves are stored sealed (scrypt + AES-256-GCM, :mod:`kzth_desktop.exchange.crypto`)
in the ``own_key`` table; nothing else ever sees them. A workspace created without a
passphrase gets its keys on first need (:meth:`KeyService.ensure_keys`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from kzth_desktop.exchange import crypto
from kzth_desktop.services.errors import ErrorCode, ServiceError
from kzth_desktop.services.keypairs import (
    ENCRYPTION,
    SIGNING,
    check_new_passphrase,
    new_key_rows,
    sealing_aad,
)
from kzth_desktop.services.workspace import Workspace
from kzth_desktop.storage.models import OwnKey as OwnKeyRow
from kzth_desktop.storage.models import utcnow


@dataclass(frozen=True, slots=True)
class OwnKey:
    """A key pair of this workspace (public half only)."""

    purpose: str  # signing | encryption
    algorithm: str
    public_key: bytes
    fingerprint: str  # SHA-256 hex
    created_at: dt.datetime
    retired_at: dt.datetime | None

    @property
    def display(self) -> str:
        return crypto.display_fingerprint(self.fingerprint)


def _info(row: OwnKeyRow) -> OwnKey:
    return OwnKey(row.purpose, row.algorithm, row.public_key, row.fingerprint, row.created_at,
                  row.retired_at)


def _current(s: Session) -> list[OwnKeyRow]:
    return list(s.scalars(
        select(OwnKeyRow).where(OwnKeyRow.retired_at.is_(None)).order_by(OwnKeyRow.id)))


@dataclass(frozen=True, slots=True)
class _Sealed:
    purpose: str
    public_key: bytes
    sealed_private: str


class Unlocker:
    """Opens sealed keys with one passphrase, deriving the scrypt key once per salt."""

    def __init__(self, passphrase: str) -> None:
        self.passphrase = passphrase
        self._derived: dict[tuple[crypto.ScryptParams, bytes], crypto.PassphraseKey] = {}

    def open(self, row: OwnKeyRow | _Sealed) -> bytes:
        """The raw private key; WRONG_PASSPHRASE, or SEALED_KEY_INVALID when the stored key
        is damaged or asks for scrypt parameters outside the accepted range (checked before
        any derivation: a planted n = 2**40 is refused, not a MemoryError)."""
        try:
            params, salt = crypto.sealed_salt(row.sealed_private)
            key = self._derived.get((params, salt))
            if key is None:
                key = crypto.PassphraseKey.derive(self.passphrase, params, salt)
                self._derived[(params, salt)] = key
            return crypto.open_private_key(row.sealed_private, key,
                                           sealing_aad(row.purpose, row.public_key))
        except crypto.WrongPassphraseError:
            raise ServiceError(ErrorCode.WRONG_PASSPHRASE) from None
        except (crypto.CryptoError, ValueError) as exc:
            raise ServiceError(ErrorCode.SEALED_KEY_INVALID, detail=str(exc)) from None


class KeyService:
    """Key use cases of a workspace of either role."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # --- reading -------------------------------------------------------------------------------
    def keys(self, *, include_retired: bool = False) -> list[OwnKey]:
        def work(s: Session) -> list[OwnKey]:
            if include_retired:
                return [_info(r) for r in s.scalars(select(OwnKeyRow).order_by(OwnKeyRow.id))]
            return [_info(r) for r in _current(s)]

        return self.ws.read(work)

    def has_keys(self) -> bool:
        return bool(self.keys())

    def key(self, purpose: str) -> OwnKey:
        for k in self.keys():
            if k.purpose == purpose:
                return k
        raise ServiceError(ErrorCode.NO_KEYS)

    # --- creating ------------------------------------------------------------------------------
    def create_keys(self, passphrase: str) -> list[OwnKey]:
        rows = new_key_rows(self.ws.role, passphrase)

        def work(s: Session) -> list[OwnKey]:
            if _current(s):
                raise ServiceError(ErrorCode.KEYS_EXIST)
            s.add_all(rows)
            s.flush()
            return [_info(r) for r in rows]

        return self.ws.write(work)

    def ensure_keys(self, passphrase: str) -> list[OwnKey]:
        """The current keys; created under ``passphrase`` if the workspace has none yet.
        Existing keys are checked to open with the passphrase."""
        if self.has_keys():
            self.check_passphrase(passphrase)
            return self.keys()
        return self.create_keys(passphrase)

    def replace_keys(self, passphrase: str) -> list[OwnKey]:
        """New key pairs (a lost key or a forgotten passphrase); the old ones are retired.

        A respondent then sends a new registration; a coordinator issues a new request."""
        rows = new_key_rows(self.ws.role, passphrase)

        def work(s: Session) -> list[OwnKey]:
            now = utcnow()
            for old in _current(s):
                old.retired_at = now
            s.flush()
            s.add_all(rows)
            s.flush()
            return [_info(r) for r in rows]

        return self.ws.write(work)

    # --- the passphrase ------------------------------------------------------------------------
    def check_passphrase(self, passphrase: str) -> None:
        unlock = Unlocker(passphrase)

        def work(s: Session) -> None:
            rows = _current(s)
            if not rows:
                raise ServiceError(ErrorCode.NO_KEYS)
            for row in rows:
                unlock.open(row)

        self.ws.read(work)

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-seals every key that opens with ``old`` under ``new``, in one transaction."""
        check_new_passphrase(new)
        unlock = Unlocker(old)
        pkey = crypto.PassphraseKey.derive(new)

        def work(s: Session) -> None:
            rows = list(s.scalars(select(OwnKeyRow).order_by(OwnKeyRow.id)))
            if not any(r.retired_at is None for r in rows):
                raise ServiceError(ErrorCode.NO_KEYS)
            for row in rows:
                try:
                    raw = unlock.open(row)
                except ServiceError:
                    if row.retired_at is None:
                        raise
                    continue  # a retired key sealed under a passphrase long forgotten
                row.sealed_private = crypto.seal_private_key(
                    raw, pkey, sealing_aad(row.purpose, row.public_key))

        self.ws.write(work)

    # --- private keys, for the services --------------------------------------------------------
    def _private(self, purpose: str, unlock: Unlocker, fingerprint: str | None) -> bytes:
        def work(s: Session) -> _Sealed:
            query = select(OwnKeyRow).where(OwnKeyRow.purpose == purpose)
            if fingerprint is None:
                query = query.where(OwnKeyRow.retired_at.is_(None))
            else:
                query = query.where(OwnKeyRow.fingerprint == fingerprint)
            row = s.scalars(query.order_by(OwnKeyRow.id.desc())).first()
            if row is None:
                raise ServiceError(ErrorCode.NO_KEYS)
            return _Sealed(row.purpose, row.public_key, row.sealed_private)

        return unlock.open(self.ws.read(work))

    def signing_key(self, passphrase: str | Unlocker) -> Ed25519PrivateKey:
        unlock = passphrase if isinstance(passphrase, Unlocker) else Unlocker(passphrase)
        return crypto.signing_key_from_raw(self._private(SIGNING, unlock, None))

    def encryption_key(self, passphrase: str | Unlocker,
                       fingerprint: str | None = None) -> X25519PrivateKey:
        unlock = passphrase if isinstance(passphrase, Unlocker) else Unlocker(passphrase)
        return crypto.encryption_key_from_raw(self._private(ENCRYPTION, unlock, fingerprint))

    def encryption_fingerprints(self) -> Sequence[str]:
        """Every encryption key this workspace ever had (bundles may still be sealed to an
        old one), newest first."""
        return [k.fingerprint for k in reversed(self.keys(include_retired=True))
                if k.purpose == ENCRYPTION]
