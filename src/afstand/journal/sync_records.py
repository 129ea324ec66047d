"""Reading and writing the small record files under `journal/sync/<computer>/` (the deletion
records and the record of each month's latest write): JSON, encrypted like the month files
when the journal is, with a `format` name and a version. A conflict copy of a record file is
read as the file it is a copy of, so records that a sync tool doubled still count."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afstand.errors import JournalUnreadable
from afstand.i18n import t

if TYPE_CHECKING:
    from afstand.journal.store import Journal

VERSION = 1


def read_record(
    journal: Journal, path: Path, kind: str, original: Path | None = None
) -> dict[str, Any]:
    """The record in `path` (a copy of `original`, if given); JournalUnreadable when it cannot
    be read, decrypted or is not a record of `kind`."""
    try:
        data = journal.read_bytes(path, as_path=original)
    except OSError as error:
        raise JournalUnreadable(
            t("journal.unreadable", path=path, reason=error.strerror or str(error))
        ) from error
    try:
        document = json.loads(data)
    except ValueError as error:
        raise JournalUnreadable(t("sync.bad_record", path=path)) from error
    if not isinstance(document, dict) or document.get("format") != kind:
        raise JournalUnreadable(t("sync.bad_record", path=path))
    if document.get("version") != VERSION:
        raise JournalUnreadable(t("sync.bad_record", path=path), hint=t("hint.upgrade"))
    return document


def write_record(
    journal: Journal, path: Path, kind: str, body: dict[str, Any], *, sync_rename: bool = True
) -> None:
    """Write a record, complete or not at all. Without `sync_rename`, for a record whose loss
    in a power cut is harmless (the previous one is then read), its folder is not synced."""
    document = {"format": kind, "version": VERSION, **body}
    data = json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    journal.write_bytes(path, data.encode("utf-8") + b"\n", sync_rename=sync_rename)
