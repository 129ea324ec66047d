"""Turning a plain journal into an encrypted one and back, all or nothing.

The converted journal is built complete in `journal.new/`, marked complete, and only then
swapped in by two renames. Whatever moment a crash strikes, `recover` (run before every use of
the journal) finishes or undoes the swap, so the journal opens in one of the two states,
never a mix.

Every command that uses the journal holds the conversion lock (a lock on the data folder, which
outlives the swap and needs no file) shared, from its first use of the journal to its end; a
conversion holds it alone. So no command reads or writes while a conversion runs, and a
leftover of an interrupted conversion is only ever finished or undone under that lock, never
while a conversion is still building."""

from __future__ import annotations

import json
import os
import re
import shutil
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from afstand.conflict_names import original_name
from afstand.crypto import HEADER, MAGIC, Cipher, header_path, is_encrypted
from afstand.errors import JournalUnreadable, StorageFailed, UsageError
from afstand.files import atomic_write, folder_lock, storage_error, sync_folder
from afstand.i18n import t
from afstand.journal import sync
from afstand.journal.format import read_month_file
from afstand.journal.store import Journal
from afstand.paths import ensure_private_dir

COMPLETE = ".complete"


@dataclass(frozen=True)
class Converted:
    months: int


def conversion_lock(journal_dir: Path, *, shared: bool) -> AbstractContextManager[None]:
    return folder_lock(journal_dir.parent, shared=shared)


def _new(journal_dir: Path) -> Path:
    return journal_dir.with_name(journal_dir.name + ".new")


def _old(journal_dir: Path) -> Path:
    return journal_dir.with_name(journal_dir.name + ".old")


def interrupted(journal_dir: Path) -> bool:
    """Whether a conversion left something behind (or is building right now)."""
    return (
        _new(journal_dir).exists()
        or _old(journal_dir).exists()
        or (journal_dir / COMPLETE).exists()
    )


def recover(journal_dir: Path) -> None:
    """Finish a conversion that was built completely; throw away one that was not. Only under
    the conversion lock: a conversion that is still running holds it, and is waited for."""
    if not interrupted(journal_dir):
        return
    with conversion_lock(journal_dir, shared=False):
        _recover(journal_dir)


def use_journal(journal_dir: Path) -> ExitStack:
    """Recover what a crash left, then hold the conversion lock shared until the returned
    stack is closed (at the end of the command)."""
    for _ in range(5):
        recover(journal_dir)
        stack = ExitStack()
        stack.enter_context(conversion_lock(journal_dir, shared=True))
        if not interrupted(journal_dir):
            return stack
        stack.close()  # a conversion was interrupted in between: recover that first
    raise StorageFailed(t("storage.busy"), hint=t("hint.busy"))


def refuse_stray_encryption(journal_dir: Path, drafts_dir: Path) -> None:
    """A journal without `encryption.json` whose files are encrypted lost its header (deleted,
    or not synced yet). It is still an encrypted journal: never write plain text beside it."""
    if is_encrypted(journal_dir):
        return
    candidates = [*journal_dir.glob("[0-9]*/*.json"), *drafts_dir.glob("*.json")]
    for path in candidates:
        try:  # without blocking: a pipe in the folder must not hang every command
            descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
            try:
                start = os.read(descriptor, len(MAGIC))
            finally:
                os.close(descriptor)
        except OSError:
            continue
        if start == MAGIC:
            raise JournalUnreadable(
                t("crypto.header_missing", path=path, header=header_path(journal_dir)),
                hint=t("hint.header_missing", header=header_path(journal_dir)),
            )


def _recover(journal_dir: Path) -> None:
    new, old = _new(journal_dir), _old(journal_dir)
    try:
        if (new / COMPLETE).exists():
            if journal_dir.exists():
                if old.exists():
                    shutil.rmtree(old)
                journal_dir.rename(old)
            new.rename(journal_dir)
            sync_folder(journal_dir.parent)
        elif new.exists():
            shutil.rmtree(new)
        if (journal_dir / COMPLETE).exists():  # a journal on a read-only disk stays readable
            (journal_dir / COMPLETE).unlink()
        if old.exists() and journal_dir.exists():
            shutil.rmtree(old)
    except OSError as error:
        raise storage_error(error, journal_dir) from error


def other_files(journal_dir: Path) -> list[Path]:
    """The journal's files beside the months (the supervision log, `supervision/*.json`):
    every JSON file in a folder that is not a year. They are converted like the months."""
    found = []
    for folder in sorted(journal_dir.iterdir()) if journal_dir.is_dir() else []:
        if folder.is_dir() and not folder.name.isdigit() and not folder.name.startswith("."):
            found += sorted(p for p in folder.glob("*.json") if p.is_file())
    return found


_ID_FILE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$")


def copy_of(path: Path) -> Path | None:
    """The file beside `path` that it is a sync tool's conflict copy of, if any (a series
    file is named by its id; the original may be gone)."""
    if _ID_FILE.match(path.name):
        return None
    name = original_name(
        path.name, lambda n: _ID_FILE.match(n) is not None or (path.parent / n).is_file()
    )
    return path.parent / name if name is not None else None


def convert(
    journal_dir: Path,
    drafts_dir: Path,
    source: Cipher | None,
    target: Cipher | None,
    header: dict[str, Any] | None,
) -> Converted:
    """Rewrite every month file from `source` to `target` encryption (None: plain text)."""
    ensure_private_dir(journal_dir)
    with conversion_lock(journal_dir, shared=False):
        _recover(journal_dir)
        if is_encrypted(journal_dir) != (source is not None):  # converted meanwhile
            raise StorageFailed(t("crypto.changed_meanwhile"), hint=t("hint.run_again"))
        if drafts_dir.is_dir() and any(drafts_dir.glob("*.json")):
            raise UsageError(t("crypto.drafts_pending"), hint=t("hint.drafts_pending"))
        return _convert(journal_dir, source, target, header)


def _convert(
    journal_dir: Path, source: Cipher | None, target: Cipher | None, header: dict[str, Any] | None
) -> Converted:
    new = _new(journal_dir)
    reader = Journal(journal_dir, source)
    with reader.lock():  # merges the conflict copies a sync tool left, first
        left = sync.leftover_copies(reader)
        if left:  # a copy that could not be merged would be lost with the old folder
            raise UsageError(t("crypto.copies_left", path=left[0]), hint=t("hint.check_repair"))
        if new.exists():
            shutil.rmtree(new)
        ensure_private_dir(new)
        writer = Journal(new, target)
        if header is not None:
            atomic_write(new / HEADER, json.dumps(header, indent=2).encode())
        months = reader.months()
        for month in months:
            path = reader.month_path(month)
            data = reader.read_bytes(path)
            read_month_file(data, path)  # never carry a damaged month into the new journal
            target_path = writer.month_path(month)
            if target is not None:
                data = target.encrypt(writer._name(target_path), data)
            atomic_write(target_path, data)
        for path in other_files(journal_dir):
            # a sync tool's conflict copy (of a series file) is encrypted under its original's
            # name, and carried over so, to be merged later
            original = copy_of(path)
            data = reader.read_bytes(path, as_path=original)
            target_path = new / path.relative_to(journal_dir)
            if target is not None:
                name_path = new / (original or path).relative_to(journal_dir)
                data = target.encrypt(writer._name(name_path), data)
            atomic_write(target_path, data)
        for path, original in sync.record_files(reader):  # deletion and write records
            data = reader.read_bytes(path, as_path=original)
            target_path = new / path.relative_to(journal_dir)
            if target is not None:
                name_path = new / (original or path).relative_to(journal_dir)
                data = target.encrypt(writer._name(name_path), data)
            atomic_write(target_path, data)
        atomic_write(new / COMPLETE, b"")
        _recover(journal_dir)
    return Converted(months=len(months))
