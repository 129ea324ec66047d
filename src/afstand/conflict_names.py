"""Conflict copies: the names a sync tool gives to the other computer's version of a file.

When two computers change one file before they sync, the sync tool keeps one version under the
file's own name and saves the other beside it under a new name. Each tool has its own pattern:

    Syncthing   2026-10.sync-conflict-20261103-101500-ABCDEFG.json
    Dropbox     2026-10 (Anna's conflicted copy 2026-11-03).json
    Nextcloud   2026-10 (conflicted copy 2026-11-03 101500).json
                and, older, 2026-10_conflict-20261103-101500.json
    OneDrive    2026-10-LAPTOP.json, 2026-10-LAPTOP-2.json

The content of a copy is the other computer's version of the same file; an encrypted copy is
encrypted under the name of the file it is a copy of. This module only recognises names, for
every kind of file afstand keeps in a synced folder (months, records, drafts, the supervision
log); what is done with a copy is decided by the owner of that kind of file."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

_SYNCTHING = re.compile(
    r"^(?P<stem>.+?)\.sync-conflict-\d{8}-\d{6}-[A-Za-z0-9]{7}(?P<ext>\.[^.]+)?$"
)
# Dropbox ("Anna's conflicted copy 2026-11-03", also numbered) and today's Nextcloud
# ("conflicted copy 2026-11-03 101500"): a parenthesis that holds the words "conflicted copy"
_CONFLICTED = re.compile(
    r"^(?P<stem>.+?) \((?:[^()]*?['’]s )?conflicted copy[^()]*(?:\(\d+\))?[^()]*\)"
    r"(?P<ext>\.[^.]+)?$",
    re.IGNORECASE,
)
_NEXTCLOUD_OLD = re.compile(r"^(?P<stem>.+?)_conflict-\d{8}-\d{6}(?P<ext>\.[^.]+)?$")
_ONEDRIVE_SUFFIX = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$")


def original_name(name: str, is_original: Callable[[str], bool]) -> str | None:
    """The name of the file that `name` is a conflict copy of, when it is one of a file for
    which `is_original` holds; else None. OneDrive's pattern (a dash and the computer's name)
    says too little on its own, so every pattern is only believed for a known original."""
    for pattern in (_SYNCTHING, _CONFLICTED, _NEXTCLOUD_OLD):
        match = pattern.match(name)
        if match:
            original = match.group("stem") + (match.group("ext") or "")
            return original if is_original(original) else None
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    else:
        ext = "." + ext
    for index, char in enumerate(stem):
        if char == "-" and index > 0:
            candidate = stem[:index] + ext
            if _ONEDRIVE_SUFFIX.match(stem[index + 1 :]) and is_original(candidate):
                return candidate
    return None


def is_temporary(name: str) -> bool:
    """A file that an atomic write leaves only when it is killed halfway (see files.py)."""
    return name.startswith(".") and name.endswith(".tmp")


@dataclass(frozen=True)
class Copy:
    """A conflict copy (`path`) of the file `original` (which may itself be missing)."""

    path: Path
    original: Path


def copies_in(folder: Path, is_original: Callable[[str], bool]) -> list[Copy]:
    """The conflict copies in one folder of files for which `is_original` holds."""
    if not folder.is_dir():
        return []
    copies = []
    for path in sorted(folder.iterdir()):
        if path.is_dir() or is_original(path.name) or is_temporary(path.name):
            continue
        original = original_name(path.name, is_original)
        if original is not None:
            copies.append(Copy(path, folder / original))
    return copies
