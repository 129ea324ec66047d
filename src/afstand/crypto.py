"""Encryption at rest (opt-in): AES-256-GCM with a key derived by scrypt from a passphrase.

One header per journal, `journal/encryption.json`, holds the scheme, the scrypt parameters, a
random salt and a check value (so a wrong passphrase is told apart from a damaged file). Each
encrypted file is MAGIC + a random 12-byte nonce + the ciphertext with its tag. The file's
logical name (`journal/2026/2026-10.json`, `drafts/<id>.json`) is bound in as associated data,
so a file moved into another's place is refused like a changed one. The recovery recipe in
docs/privacy.md decrypts the files with Python and the `cryptography` library alone."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from afstand.errors import InvalidInput, JournalUnreadable
from afstand.i18n import t

MAGIC = b"afstand-enc\x01"  # 12 bytes; the last byte is the version of the file format
HEADER = "encryption.json"
SCHEME = "afstand-encryption"
SCHEME_VERSION = 1
SCRYPT_N = 2**17  # about 0.4 s and 128 MiB here: slow for guessing, bearable once a command
SCRYPT_R = 8
SCRYPT_P = 1
CHECK = b"afstand passphrase check"
CHECK_LENGTH = len(MAGIC) + 12 + len(CHECK) + 16

# What afstand will try when it reads a header: the scrypt parameters it writes lie well inside.
# A header changed by hand cannot make a command use more memory or time than this.
SCRYPT_MAX_MEMORY = 256 * 1024 * 1024  # bytes; scrypt uses 128 * n * r
SCRYPT_N_RANGE = (2**10, 2**20)  # n: a power of two in this range
SCRYPT_R_RANGE = (1, 32)
SCRYPT_P_RANGE = (1, 16)
SCRYPT_MAX_WORK = 2**24  # n * r * p: sixteen times the default
SALT_LENGTHS = (16, 64)


@dataclass(frozen=True)
class Cipher:
    key: bytes

    def encrypt(self, name: str, plaintext: bytes) -> bytes:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = os.urandom(12)
        return MAGIC + nonce + AESGCM(self.key).encrypt(nonce, plaintext, MAGIC + name.encode())

    def decrypt(self, name: str, blob: bytes, path: Path) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + 12 + 16:
            raise JournalUnreadable(
                t("crypto.not_encrypted", path=path), hint=t("hint.crypto_not_encrypted")
            )
        nonce, body = blob[len(MAGIC) : len(MAGIC) + 12], blob[len(MAGIC) + 12 :]
        try:
            return AESGCM(self.key).decrypt(nonce, body, MAGIC + name.encode())
        except InvalidTag:
            raise JournalUnreadable(
                t("crypto.tampered", path=path), hint=t("hint.journal_corrupt", path=path)
            ) from None


@dataclass(frozen=True)
class ScryptParameters:
    salt: bytes
    n: int
    r: int
    p: int


def scrypt_parameters(kdf: dict[str, Any]) -> tuple[ScryptParameters | None, list[str]]:
    """The scrypt parameters of a header, or what is wrong with them (in words)."""
    problems: list[str] = []

    def whole(key: str, low: int, high: int) -> int:
        value = kdf.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            problems.append(f"kdf.{key}: " + t("crypto.param_not_int", value=_short(value)))
            return 0
        if not low <= value <= high:
            problems.append(
                f"kdf.{key}: " + t("crypto.param_range", value=_short(value), low=low, high=high)
            )
        return value

    if kdf.get("name") != "scrypt":
        problems.append("kdf.name: " + t("crypto.param_name", value=_short(kdf.get("name"))))
    n = whole("n", *SCRYPT_N_RANGE)
    r = whole("r", *SCRYPT_R_RANGE)
    p = whole("p", *SCRYPT_P_RANGE)
    if n > 0 and n & (n - 1):
        problems.append("kdf.n: " + t("crypto.param_power", value=n))
    if not problems and (128 * n * r > SCRYPT_MAX_MEMORY or n * r * p > SCRYPT_MAX_WORK):
        problems.append("kdf: " + t("crypto.param_cost", n=n, r=r, p=p))
    salt = _base64(kdf.get("salt"))
    if salt is None or not SALT_LENGTHS[0] <= len(salt) <= SALT_LENGTHS[1]:
        problems.append("kdf.salt: " + t("crypto.param_salt", low=SALT_LENGTHS[0]))
    if problems or salt is None:
        return None, problems
    return ScryptParameters(salt=salt, n=n, r=r, p=p), []


def _base64(value: Any) -> bytes | None:
    if not isinstance(value, str) or len(value) > 1000:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:
        return None


def _short(value: Any) -> str:
    shown = repr(value) if not isinstance(value, int) or abs(value) < 10**30 else "…"
    return shown if len(shown) <= 40 else shown[:39] + "…"


def derive_key(passphrase: str, parameters: ScryptParameters) -> bytes:
    # a passphrase from the environment may hold bytes that are not UTF-8: keep them as bytes
    return hashlib.scrypt(
        passphrase.encode("utf-8", "surrogateescape"),
        salt=parameters.salt,
        n=parameters.n,
        r=parameters.r,
        p=parameters.p,
        dklen=32,
        maxmem=SCRYPT_MAX_MEMORY + 1024 * 1024,
    )


def new_header(passphrase: str, n: int = SCRYPT_N) -> tuple[dict[str, Any], Cipher]:
    salt = os.urandom(16)
    kdf = {
        "name": "scrypt",
        "n": n,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": base64.b64encode(salt).decode(),
    }
    cipher = Cipher(derive_key(passphrase, ScryptParameters(salt, n, SCRYPT_R, SCRYPT_P)))
    check = cipher.encrypt("check", CHECK)
    header = {
        "format": SCHEME,
        "version": SCHEME_VERSION,
        "cipher": "AES-256-GCM",
        "kdf": kdf,
        "check": base64.b64encode(check).decode(),
    }
    return header, cipher


def header_path(journal_dir: Path) -> Path:
    return journal_dir / HEADER


def is_encrypted(journal_dir: Path) -> bool:
    return header_path(journal_dir).is_file()


def read_header(journal_dir: Path) -> dict[str, Any]:
    path = header_path(journal_dir)
    try:
        with path.open("rb") as stream:
            raw = stream.read(64 * 1024)
        header: dict[str, Any] = json.loads(raw)
        if not isinstance(header, dict) or header.get("format") != SCHEME:
            raise ValueError
        if not isinstance(header.get("kdf"), dict):
            raise ValueError
    except (OSError, ValueError, RecursionError) as error:
        raise JournalUnreadable(
            t("crypto.bad_header", path=path), hint=t("hint.journal_corrupt", path=path)
        ) from error
    if header.get("version") != SCHEME_VERSION:
        raise JournalUnreadable(t("crypto.newer", path=path), hint=t("hint.upgrade"))
    return header


def unlock(journal_dir: Path, passphrase: str) -> Cipher:
    """The cipher for this journal, or InvalidInput when the passphrase is wrong. Parameters
    outside what afstand writes are refused before any work is done with them."""
    path = header_path(journal_dir)
    header = read_header(journal_dir)
    parameters, problems = scrypt_parameters(header["kdf"])
    check = _base64(header.get("check"))
    if check is None or len(check) != CHECK_LENGTH or not check.startswith(MAGIC):
        problems.append("check: " + t("crypto.param_check"))
    if parameters is None or problems:
        raise JournalUnreadable(
            t("crypto.bad_parameters", path=path),
            hint=t("hint.crypto_parameters", path=path),
            problems=problems,
        )
    assert check is not None
    cipher = Cipher(derive_key(passphrase, parameters))
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce, body = check[len(MAGIC) : len(MAGIC) + 12], check[len(MAGIC) + 12 :]
    try:
        AESGCM(cipher.key).decrypt(nonce, body, MAGIC + b"check")
    except InvalidTag:
        raise InvalidInput(t("crypto.wrong_passphrase"), hint=t("hint.wrong_passphrase")) from None
    return cipher
