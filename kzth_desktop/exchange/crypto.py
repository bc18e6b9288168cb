"""Keys, fingerprints, signatures and encryption, all through the ``cryptography`` package.

- signatures: Ed25519 over ``SIGNATURE_CONTEXT + purpose + NUL + message`` (domain separation:
  a registration's signature can never pass for a bundle's);
- encryption to the coordinator: ephemeral-static X25519, HKDF-SHA256 (info names the format
  version and both public keys, and the sender's signing key), AES-256-GCM with associated data;
- private keys at rest: raw key bytes sealed with AES-256-GCM under a key derived from the
  passphrase by scrypt (the public key is the associated data, so sealed keys cannot be
  swapped); one scrypt derivation unlocks all keys sealed together;
- fingerprints: SHA-256 of the raw public key; shown as the first 160 bits in base32,
  8 groups of 4 (``K7QF 2M9X …``), to be read aloud over the phone.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

KEY_SIZE = 32  # raw Ed25519 / X25519 keys, and AES-256 keys
NONCE_SIZE = 12
SIGNATURE_SIZE = 64
SIGNATURE_CONTEXT = b"KZTH signature v1\x00"
FINGERPRINT_GROUPS = 8
FINGERPRINT_GROUP = 4
SEALED_FORMAT = "kzth-sealed-key"


class CryptoError(Exception):
    """A key or a sealed value cannot be used."""


class SealedKeyParamsError(CryptoError):
    """A sealed key asks for key-derivation parameters outside the accepted range."""


class WrongPassphraseError(CryptoError):
    """The passphrase does not open the sealed private key."""


class DecryptionError(CryptoError):
    """The ciphertext does not open with this key (wrong recipient, or altered)."""


# --- keys ----------------------------------------------------------------------------------------


def new_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def new_encryption_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def public_raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw)


def private_raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def signing_key_from_raw(raw: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(raw)


def encryption_key_from_raw(raw: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(raw)


def _check_raw_public(raw: bytes) -> bytes:
    if not isinstance(raw, bytes) or len(raw) != KEY_SIZE:
        raise CryptoError("a public key is 32 bytes")
    return raw


# --- fingerprints --------------------------------------------------------------------------------


def fingerprint(public_key: bytes) -> str:
    """The fingerprint of a raw public key: SHA-256, 64 lowercase hex digits (stored form)."""
    return hashlib.sha256(_check_raw_public(public_key)).hexdigest()


def display_fingerprint(fp_hex: str) -> str:
    """``K7QF 2M9X …``: the first 160 bits of the fingerprint in base32, 8 groups of 4."""
    digest = bytes.fromhex(fp_hex)
    text = base64.b32encode(digest[: FINGERPRINT_GROUPS * FINGERPRINT_GROUP * 5 // 8]).decode()
    return " ".join(text[i:i + FINGERPRINT_GROUP] for i in range(0, len(text), FINGERPRINT_GROUP))


def fingerprint_matches(text: str, fp_hex: str) -> bool:
    """Whether ``text`` (the shown groups, with or without spaces, any case; or the full hex)
    names the fingerprint ``fp_hex``. At least the 8 groups must be given."""
    typed = "".join(ch for ch in text if not ch.isspace() and ch != "-")
    if len(typed) == 64 and all(c in "0123456789abcdefABCDEF" for c in typed):
        return typed.lower() == fp_hex
    shown = display_fingerprint(fp_hex).replace(" ", "")
    return typed.upper() == shown


# --- private keys sealed under a passphrase -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScryptParams:
    n: int
    r: int
    p: int


# 2**17 × 8 × 128 bytes = 128 MiB and about half a second per derivation (OWASP's minimum);
# tests lower it through this module variable. The parameters are stored with each sealed key.
DEFAULT_SCRYPT = ScryptParams(n=2**17, r=8, p=1)
SCRYPT = DEFAULT_SCRYPT

# What a sealed key read back (from the database) may ask for; anything else is refused
# before any derivation, so that a planted n = 2**40 is a message, not a MemoryError. The
# range is the cost written (n = 2**17, r = 8, p = 1) with a margin: n a power of two from
# 2**14 (16 MiB) to 2**18 (256 MiB, still under the 300 MB budget of DESIGN §8); r = 8 exactly;
# p from 1 to 4; a salt of 16 to 64 bytes. The lower bound of n is the smaller of 2**14 and the
# cost this process seals with (the tests seal with a cheap one, conftest).
SCRYPT_MIN_N, SCRYPT_MAX_N = 2**14, 2**18
SCRYPT_R = 8
SCRYPT_MAX_P = 4
SALT_MIN, SALT_MAX = 16, 64


def _normal_passphrase(passphrase: str) -> bytes:
    # NFC: the same Kazakh letters typed on two keyboards give the same bytes
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


@dataclass(frozen=True, slots=True)
class PassphraseKey:
    """An AES-256 key derived from a passphrase by scrypt, with its salt and parameters."""

    params: ScryptParams
    salt: bytes
    key: bytes = b""

    @classmethod
    def derive(cls, passphrase: str, params: ScryptParams | None = None,
               salt: bytes | None = None) -> PassphraseKey:
        params = params or SCRYPT
        salt = salt if salt is not None else os.urandom(16)
        kdf = Scrypt(salt=salt, length=KEY_SIZE, n=params.n, r=params.r, p=params.p)
        return cls(params, salt, kdf.derive(_normal_passphrase(passphrase)))


def seal_private_key(raw_private: bytes, key: PassphraseKey, aad: bytes) -> str:
    """The private key encrypted under the passphrase key, as a small JSON text."""
    nonce = os.urandom(NONCE_SIZE)
    ciphertext = AESGCM(key.key).encrypt(nonce, raw_private, SEALED_FORMAT.encode() + aad)
    return json.dumps({
        "format": SEALED_FORMAT, "kdf": "scrypt", "n": key.params.n, "r": key.params.r,
        "p": key.params.p, "salt": _b64(key.salt), "aead": "AES-256-GCM", "nonce": _b64(nonce),
        "ciphertext": _b64(ciphertext),
    }, separators=(",", ":"))


def _params(data: dict[str, object]) -> ScryptParams:
    n, r, p = data.get("n"), data.get("r"), data.get("p")
    if not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in (n, r, p)):
        raise SealedKeyParamsError("bad scrypt parameters: n, r, p must be positive integers")
    return check_scrypt_params(ScryptParams(int(n), int(r), int(p)))  # type: ignore[call-overload]


def _pow2(n: int) -> str:
    return f"2^{n.bit_length() - 1}" if n > 0 and n & (n - 1) == 0 else str(n)


def check_scrypt_params(params: ScryptParams) -> ScryptParams:
    """``params`` if inside the accepted range (see SCRYPT_MIN_N…), else SealedKeyParamsError."""
    low = min(SCRYPT_MIN_N, SCRYPT.n)
    n, r, p = params.n, params.r, params.p
    if n & (n - 1) or not low <= n <= SCRYPT_MAX_N:
        raise SealedKeyParamsError(
            f"scrypt n = {_pow2(n)}, accepted {_pow2(low)}…{_pow2(SCRYPT_MAX_N)}")
    if r != SCRYPT_R:
        raise SealedKeyParamsError(f"scrypt r = {r}, accepted {SCRYPT_R}")
    if not 1 <= p <= SCRYPT_MAX_P:
        raise SealedKeyParamsError(f"scrypt p = {p}, accepted 1…{SCRYPT_MAX_P}")
    return params


def _salt(data: dict[str, object]) -> bytes:
    salt = _unb64(data.get("salt"))
    if not SALT_MIN <= len(salt) <= SALT_MAX:
        raise SealedKeyParamsError(
            f"salt of {len(salt)} bytes, accepted {SALT_MIN}…{SALT_MAX}")
    return salt


def sealed_salt(sealed: str) -> tuple[ScryptParams, bytes]:
    """The scrypt parameters and salt of a sealed key, checked against the accepted range."""
    data = _load_sealed(sealed)
    return _params(data), _salt(data)


def open_private_key(sealed: str, passphrase: str | PassphraseKey, aad: bytes) -> bytes:
    """The raw private key; WrongPassphraseError if the passphrase does not open it,
    SealedKeyParamsError (before any derivation) if its parameters are out of range."""
    data = _load_sealed(sealed)
    params, salt = _params(data), _salt(data)
    if isinstance(passphrase, PassphraseKey):
        key = passphrase
        if (key.params, key.salt) != (params, salt):
            raise CryptoError("this passphrase key was derived with another salt")
    else:
        key = PassphraseKey.derive(passphrase, params, salt)
    nonce = _unb64(data.get("nonce"))
    if len(nonce) != NONCE_SIZE:
        raise CryptoError(f"sealed key: a nonce of {len(nonce)} bytes")
    try:
        return AESGCM(key.key).decrypt(nonce, _unb64(data.get("ciphertext")),
                                       SEALED_FORMAT.encode() + aad)
    except InvalidTag:
        raise WrongPassphraseError("the passphrase does not open this key") from None


def _load_sealed(sealed: str) -> dict[str, object]:
    try:
        data = json.loads(sealed)
    except json.JSONDecodeError as exc:
        raise CryptoError(f"sealed key unreadable: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != SEALED_FORMAT \
            or data.get("kdf") != "scrypt" or data.get("aead") != "AES-256-GCM":
        raise CryptoError("not a sealed key of this program")
    return data


# --- signatures ----------------------------------------------------------------------------------


def _signed_message(purpose: str, message: bytes) -> bytes:
    return SIGNATURE_CONTEXT + purpose.encode("ascii") + b"\x00" + message


def sign(key: Ed25519PrivateKey, purpose: str, message: bytes) -> bytes:
    return key.sign(_signed_message(purpose, message))


def verify(public_key: bytes, purpose: str, message: bytes, signature: bytes) -> bool:
    """Whether ``signature`` is ``public_key``'s Ed25519 signature of (purpose, message)."""
    try:
        pub = Ed25519PublicKey.from_public_bytes(_check_raw_public(public_key))
        pub.verify(signature, _signed_message(purpose, message))
    except (InvalidSignature, ValueError, CryptoError):
        return False
    return True


# --- encryption to a recipient -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sealed:
    ephemeral_public: bytes
    nonce: bytes
    ciphertext: bytes


def _content_key(shared: bytes, info: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=None,
                info=info + b"\x00" + ephemeral + recipient)
    return hkdf.derive(shared)


def encrypt_for(recipient_public: bytes, plaintext: bytes, *, info: bytes, aad: bytes) -> Sealed:
    """Ephemeral-static X25519 → HKDF-SHA256(info ‖ both public keys) → AES-256-GCM."""
    recipient = X25519PublicKey.from_public_bytes(_check_raw_public(recipient_public))
    ephemeral = X25519PrivateKey.generate()
    eph_pub = public_raw(ephemeral)
    shared = ephemeral.exchange(recipient)
    key = _content_key(shared, info, eph_pub, recipient_public)
    nonce = os.urandom(NONCE_SIZE)
    return Sealed(eph_pub, nonce, AESGCM(key).encrypt(nonce, plaintext, aad))


def decrypt_with(recipient: X25519PrivateKey, sealed: Sealed, *, info: bytes,
                 aad: bytes) -> bytes:
    try:
        eph = X25519PublicKey.from_public_bytes(_check_raw_public(sealed.ephemeral_public))
        shared = recipient.exchange(eph)  # ValueError for an all-zero (low-order) result
        key = _content_key(shared, info, sealed.ephemeral_public, public_raw(recipient))
        if len(sealed.nonce) != NONCE_SIZE:
            raise DecryptionError("bad nonce")
        return AESGCM(key).decrypt(sealed.nonce, sealed.ciphertext, aad)
    except (InvalidTag, ValueError, CryptoError) as exc:
        raise DecryptionError(str(exc) or type(exc).__name__) from None


# --- helpers -------------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise CryptoError("expected base64 text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise CryptoError(f"bad base64: {exc}") from exc


b64encode = _b64
b64decode = _unb64
