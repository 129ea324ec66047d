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


def derive_key(passphrase: str, kdf: dict[str, Any]) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=base64.b64decode(kdf["salt"]),
        n=int(kdf["n"]),
        r=int(kdf["r"]),
        p=int(kdf["p"]),
        dklen=32,
        maxmem=256 * 1024 * 1024,
    )


def new_header(passphrase: str, n: int = SCRYPT_N) -> tuple[dict[str, Any], Cipher]:
    kdf = {
        "name": "scrypt",
        "n": n,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": base64.b64encode(os.urandom(16)).decode(),
    }
    cipher = Cipher(derive_key(passphrase, kdf))
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
        header: dict[str, Any] = json.loads(path.read_bytes())
        if header.get("format") != SCHEME or not isinstance(header.get("kdf"), dict):
            raise ValueError
    except (OSError, ValueError) as error:
        raise JournalUnreadable(
            t("crypto.bad_header", path=path), hint=t("hint.journal_corrupt", path=path)
        ) from error
    if header.get("version") != SCHEME_VERSION:
        raise JournalUnreadable(t("crypto.newer", path=path), hint=t("hint.upgrade"))
    return header


def unlock(journal_dir: Path, passphrase: str) -> Cipher:
    """The cipher for this journal, or InvalidInput when the passphrase is wrong."""
    header = read_header(journal_dir)
    cipher = Cipher(derive_key(passphrase, header["kdf"]))
    try:
        check = base64.b64decode(header["check"])
    except (KeyError, ValueError) as error:
        raise JournalUnreadable(t("crypto.bad_header", path=header_path(journal_dir))) from error
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce, body = check[len(MAGIC) : len(MAGIC) + 12], check[len(MAGIC) + 12 :]
    try:
        AESGCM(cipher.key).decrypt(nonce, body, MAGIC + b"check")
    except InvalidTag:
        raise InvalidInput(t("crypto.wrong_passphrase"), hint=t("hint.wrong_passphrase")) from None
    return cipher
