"""The supervision log on disk: one file per series in `journal/supervision/`, beside the
month files, so that it travels with the journal (a synced folder, a backup).

It has the journal's guarantees because it goes through the journal: bytes pass through
`Journal.read_bytes`/`write_bytes` (encrypted when the journal is, written atomically and
owner-only) and every change is made under the journal's lock, read and written in one go."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from afstand.errors import InvalidInput, JournalUnreadable, NotFound
from afstand.field_errors import problems_from
from afstand.files import exclusive_lock, remove_file
from afstand.i18n import t
from afstand.models.supervision import Series, StoredSeries

if TYPE_CHECKING:
    from afstand.journal.store import Journal

FOLDER = "supervision"
SCHEMA_VERSION = 1
_FILE = re.compile(r"^[0-9a-f-]{36}\.json$")


def encode_series(series: Series) -> bytes:
    stored = StoredSeries(series=series)
    return (
        json.dumps(stored.model_dump(mode="json", exclude_none=True), ensure_ascii=False, indent=1)
        + "\n"
    ).encode("utf-8")


def decode_series(data: bytes, path: Path) -> Series:
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise JournalUnreadable(
            t("supervision.file_damaged", path=path, detail=str(error)),
            hint=t("hint.journal_corrupt", path=path),
        ) from error
    version = raw.get("schema_version") if isinstance(raw, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        raise JournalUnreadable(
            t("journal.too_new", path=path, version=version, supported=SCHEMA_VERSION),
            hint=t("hint.upgrade"),
        )
    try:
        return StoredSeries.model_validate(raw).series
    except ValidationError as error:
        raise JournalUnreadable(
            t("supervision.file_invalid", path=path),
            hint=t("hint.journal_corrupt", path=path),
            problems=problems_from(error, lambda where, message: f"{where}: {message}")[:5],
        ) from error


@dataclass
class MergeCount:
    """What `SupervisionLog.merge` did with the series of an import."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)


class SupervisionLog:
    """The series of one journal."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.folder = journal.folder / FOLDER

    def path(self, series_id: str) -> Path:
        return self.folder / f"{series_id}.json"

    # -- reading -----------------------------------------------------------------------------

    def paths(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir() if _FILE.match(p.name))

    def read(self, path: Path) -> Series:
        try:
            data = self.journal.read_bytes(path)
        except OSError as error:
            raise JournalUnreadable(
                t("journal.unreadable", path=path, reason=error.strerror or str(error))
            ) from error
        return decode_series(data, path)

    def all(self) -> list[Series]:
        """Every series, the earliest started first."""
        return sorted((self.read(p) for p in self.paths()), key=lambda s: (s.started, s.created))

    def all_except(self, series_id: str) -> list[Series]:
        return [s for s in self.all() if s.id != series_id]

    def find(self, prefix: str | None) -> Series:
        """The series whose id starts with `prefix`; without one, the only series there is."""
        every = self.all()
        if prefix is None:
            if len(every) == 1:
                return every[0]
            if not every:
                raise NotFound(t("supervision.none"), hint=t("hint.supervision_new"))
            raise InvalidInput(
                t("supervision.which", count=len(every)),
                hint=t("hint.supervision_series"),
                problems=[describe_series(s) for s in every],
            )
        needle = prefix.strip().lower()
        if len(needle) < 4:
            raise InvalidInput(t("journal.prefix_short"), hint=t("hint.supervision_list"))
        found = [s for s in every if s.id.startswith(needle)]
        if not found:
            raise NotFound(
                t("supervision.no_series", prefix=needle), hint=t("hint.supervision_list")
            )
        if len(found) > 1:
            raise InvalidInput(
                t("supervision.ambiguous", prefix=needle, count=len(found)),
                hint=t("hint.longer_prefix"),
                problems=[describe_series(s) for s in found],
            )
        return found[0]

    # -- changing ----------------------------------------------------------------------------

    @contextmanager
    def locked(self) -> Iterator[None]:
        """The journal's lock: hold it around a read that decides what is written."""
        with exclusive_lock(self.journal.lock_path):
            yield

    def write(self, series: Series) -> None:
        """Write one series (call it inside `locked`)."""
        self.journal.write_bytes(self.path(series.id), encode_series(series))

    def change(self, series_id: str, edit: Callable[[Series, list[Series]], Series]) -> Series:
        """Read the series and all others under the lock, apply `edit` (which raises to change
        nothing) and write the result."""
        with self.locked():
            every = self.all()
            current = next((s for s in every if s.id == series_id), None)
            if current is None:
                raise NotFound(t("supervision.no_series", prefix=series_id))
            changed = edit(current, [s for s in every if s.id != series_id])
            self.write(changed)
            return changed

    def add(self, series: Series) -> None:
        with self.locked():
            if self.path(series.id).exists():
                raise InvalidInput(t("journal.duplicate_id", id=series.id))
            self.write(series)

    def delete(self, series_id: str) -> None:
        with self.locked():
            remove_file(self.path(series_id))

    def drop_reflections(self, ids: set[str]) -> int:
        """Take the reflections `ids` out of every meeting (after they left the journal).
        Returns in how many meetings something changed."""
        if not ids or not self.paths():
            return 0
        changed_meetings = 0
        with self.locked():
            for series in self.all():
                meetings = []
                touched = False
                for meeting in series.meetings:
                    kept = [r for r in meeting.reflections if r not in ids]
                    inbreng = meeting.inbreng
                    if inbreng is not None:
                        brought = [r for r in inbreng.reflections if r not in ids]
                        if brought != inbreng.reflections:
                            inbreng = inbreng.model_copy(update={"reflections": brought})
                    if kept != meeting.reflections or inbreng is not meeting.inbreng:
                        touched = True
                        changed_meetings += 1
                        meeting = meeting.model_copy(
                            update={"reflections": kept, "inbreng": inbreng}
                        )
                    meetings.append(meeting)
                if touched:
                    self.write(series.model_copy(update={"meetings": meetings}))
        return changed_meetings

    def merge(
        self, incoming: list[Series], overwrite: bool = False, dry_run: bool = False
    ) -> MergeCount:
        """Bring the series of an import in, like the journal's entries: a new id is added, an
        equal series skipped, a different one with a known id is a conflict that keeps the
        local one (or replaces it, with `overwrite`)."""
        count = MergeCount()
        with self.locked():
            local = {s.id: s for s in self.all()}
            for series in incoming:
                known = local.get(series.id)
                if known is None:
                    count.added.append(series.id)
                elif known == series:
                    count.skipped.append(series.id)
                    continue
                elif not overwrite:
                    count.conflicts.append(series.id)
                    continue
                else:
                    count.replaced.append(series.id)
                if not dry_run:
                    self.write(series)
        return count


def describe_series(series: Series) -> str:
    """One line that tells series apart: short id, kind, supervisor, start."""
    return (
        f"{series.id[:8]}  {t('supervision.kind.' + series.kind)}  {series.supervisor.name}  "
        f"{series.started.isoformat()}"
    )
