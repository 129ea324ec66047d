"""The journal on disk: one JSON file per month, written atomically and privately, never
written over when it cannot be read, and safe when several processes save at once."""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afstand.control_chars import strip_controls
from afstand.errors import InvalidInput, JournalUnreadable, NotFound, StorageFailed
from afstand.journal.periods import Period
from afstand.journal.store import Journal
from afstand.models.entry import Entry
from afstand.models.submission import Submission
from afstand.questionnaires.catalog import load_catalog
from afstand.reflection.answer_checks import build_entry

FIXTURES = Path(__file__).parent / "fixtures" / "journal"
CATALOG = load_catalog(None)
CREATED = datetime(2026, 10, 20, 18, 0, tzinfo=UTC)


def make_entry(
    day: date,
    client: str = "K7",
    *,
    entry_id: str | None = None,
    created: datetime | None = None,
    **fields: Any,
) -> Entry:
    data: dict[str, Any] = {
        "client": client,
        "date": day,
        "answers": {"countertransference": {"position": 4}},
        **fields,
    }
    entry = build_entry(
        Submission(**data),
        CATALOG,
        now=created or CREATED,
        today=date(2026, 11, 1),
        entry_id=entry_id,
    )
    # build_entry only sets `created` this way for new entries
    return entry.model_copy(update={"created": created or CREATED, "updated": None})


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data" / "journal"


@pytest.fixture
def journal(folder: Path) -> Journal:
    return Journal(folder)


def month_file(folder: Path, month: str) -> Path:
    return folder / month[:4] / f"{month}.json"


def stray_files(folder: Path) -> list[str]:
    """Files in the journal that are neither month files nor the lock: left-over temp files."""
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file()
        and p.name != ".lock"
        and (p.name.startswith(".") or not p.name.endswith(".json"))
    )


# --- round trips --------------------------------------------------------------------------------


def test_an_added_entry_reads_back_equal(journal: Journal) -> None:
    entry = make_entry(
        date(2026, 10, 5),
        note="Ze vertelde over haar vader — ik voelde me machteloos. 🌧",
        supervision=True,
        supervision_question="Waarom wil ik redden?",
        answers={
            "countertransference": {
                "position": 6,
                "type2_signals": ["rescuing", "merging"],
                "reaction_source": "own_history",
                "what_pulled": "her silence",
            },
            "kiesler": {"control_position": 3, "messages": ["submissive"], "pull_strength": 2},
        },
    )
    journal.add(entry)
    assert journal.entries() == [entry]
    assert journal.find(entry.id[:8]) == entry


def test_entries_are_sorted_by_date_then_creation_time(journal: Journal) -> None:
    late_created = make_entry(date(2026, 10, 5), created=CREATED + timedelta(hours=2))
    early_created = make_entry(date(2026, 10, 5), created=CREATED)
    later_day = make_entry(date(2026, 10, 12))
    september = make_entry(date(2026, 9, 28))
    for entry in (later_day, late_created, september, early_created):
        journal.add(entry)
    assert [e.id for e in journal.entries()] == [
        september.id,
        early_created.id,
        late_created.id,
        later_day.id,
    ]
    # the file itself holds its month's entries in that order too
    document = json.loads(month_file(journal.folder, "2026-10").read_bytes())
    assert [e["id"] for e in document["entries"]] == [
        early_created.id,
        late_created.id,
        later_day.id,
    ]


def test_one_file_per_month_with_the_header(journal: Journal, folder: Path) -> None:
    journal.add(make_entry(date(2025, 12, 31)))
    journal.add(make_entry(date(2026, 10, 1)))
    journal.add(make_entry(date(2026, 10, 31)))
    journal.add(make_entry(date(2026, 9, 15)))
    assert journal.months() == ["2025-12", "2026-09", "2026-10"]
    files = sorted(str(p.relative_to(folder)) for p in folder.glob("[0-9]*/*.json"))
    assert files == ["2025/2025-12.json", "2026/2026-09.json", "2026/2026-10.json"]
    document = json.loads(month_file(folder, "2026-10").read_bytes())
    assert document["format"] == "afstand-journal"
    assert document["schema_version"] == 2
    assert document["month"] == "2026-10"
    assert [e["date"] for e in document["entries"]] == ["2026-10-01", "2026-10-31"]


def test_files_are_private_to_the_owner(journal: Journal, folder: Path) -> None:
    old_umask = os.umask(0)  # a careless umask must not make the journal readable by others
    try:
        journal.add(make_entry(date(2026, 10, 5)))
    finally:
        os.umask(old_umask)
    path = month_file(folder, "2026-10")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / ".lock").stat().st_mode) == 0o600


def test_an_existing_open_folder_is_made_private(journal: Journal, folder: Path) -> None:
    (folder / "2026").mkdir(parents=True)
    folder.chmod(0o755)
    (folder / "2026").chmod(0o755)
    journal.add(make_entry(date(2026, 10, 5)))
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "2026").stat().st_mode) == 0o700


def test_entries_by_period_and_client(journal: Journal) -> None:
    a = make_entry(date(2026, 9, 30), "K7")
    b = make_entry(date(2026, 10, 1), "K8")
    c = make_entry(date(2026, 10, 15), "K7")
    d = make_entry(date(2026, 11, 1), "K7")
    for entry in (a, b, c, d):
        journal.add(entry)
    october = Period(date(2026, 10, 1), date(2026, 10, 31))
    assert [e.id for e in journal.entries(october)] == [b.id, c.id]
    assert [e.id for e in journal.entries(october, client="K7")] == [c.id]
    assert [e.id for e in journal.entries(client="K7")] == [a.id, c.id, d.id]
    assert [e.id for e in journal.entries(Period(start=date(2026, 10, 2)))] == [c.id, d.id]


def test_clients_most_recent_first(journal: Journal) -> None:
    journal.add(make_entry(date(2026, 9, 1), "K7"))
    journal.add(make_entry(date(2026, 10, 3), "MW-03"))
    journal.add(make_entry(date(2026, 10, 9), "K8"))
    journal.add(make_entry(date(2026, 10, 1), "K7"))
    assert journal.clients() == ["K8", "MW-03", "K7"]
    assert journal.clients(since=date(2026, 10, 2)) == ["K8", "MW-03"]


def test_an_empty_journal(journal: Journal) -> None:
    assert journal.months() == []
    assert journal.entries() == []
    assert journal.clients() == []


def test_adding_the_same_id_twice_is_refused(journal: Journal, folder: Path) -> None:
    entry = make_entry(date(2026, 10, 5))
    journal.add(entry)
    before = month_file(folder, "2026-10").read_bytes()
    with pytest.raises(InvalidInput):
        journal.add(entry.model_copy(update={"note": "a copy"}))
    assert month_file(folder, "2026-10").read_bytes() == before


# --- replace and delete -------------------------------------------------------------------------


def test_replace_in_the_same_month(journal: Journal) -> None:
    entry = make_entry(date(2026, 10, 5))
    other = make_entry(date(2026, 10, 6))
    journal.add(entry)
    journal.add(other)
    changed = entry.model_copy(update={"note": "looked at it again", "updated": CREATED})
    journal.replace(changed)
    assert journal.entries() == [changed, other]


def test_replace_moves_an_entry_to_its_new_month(journal: Journal, folder: Path) -> None:
    moving = make_entry(date(2026, 10, 5))
    staying = make_entry(date(2026, 10, 20))
    journal.add(moving)
    journal.add(staying)
    moved = moving.model_copy(update={"date": date(2026, 9, 29)})
    journal.replace(moved)
    assert journal.months() == ["2026-09", "2026-10"]
    assert journal.entries(Period(date(2026, 9, 1), date(2026, 9, 30))) == [moved]
    assert journal.entries(Period(date(2026, 10, 1), date(2026, 10, 31))) == [staying]
    assert journal.find(moving.id[:8]).date == date(2026, 9, 29)
    assert len(journal.entries()) == 2


def test_replace_moving_the_only_entry_of_a_month_removes_that_file(
    journal: Journal, folder: Path
) -> None:
    entry = make_entry(date(2026, 10, 5))
    journal.add(entry)
    journal.replace(entry.model_copy(update={"date": date(2025, 12, 24)}))
    assert not month_file(folder, "2026-10").exists()
    assert journal.months() == ["2025-12"]
    assert [e.date for e in journal.entries()] == [date(2025, 12, 24)]


def test_replace_an_unknown_entry(journal: Journal) -> None:
    journal.add(make_entry(date(2026, 10, 5)))
    with pytest.raises(NotFound):
        journal.replace(make_entry(date(2026, 10, 5)))
    assert len(journal.entries()) == 1


def test_delete(journal: Journal, folder: Path) -> None:
    gone = make_entry(date(2026, 10, 5))
    kept = make_entry(date(2026, 10, 6))
    journal.add(gone)
    journal.add(kept)
    assert journal.delete(gone.id) == gone
    assert journal.entries() == [kept]
    with pytest.raises(NotFound):
        journal.find(gone.id)


def test_deleting_the_last_entry_of_a_month_removes_its_file(
    journal: Journal, folder: Path
) -> None:
    entry = make_entry(date(2026, 10, 5))
    journal.add(entry)
    journal.delete(entry.id)
    assert not month_file(folder, "2026-10").exists()
    assert journal.months() == []
    assert journal.entries() == []


def _moved_after_find(journal: Journal, folder: Path) -> tuple[Entry, Entry, Entry]:
    """An entry, what `find` found of it, and the entry as another terminal then moved it to
    September, a month that `find` saw without it."""
    entry = make_entry(date(2026, 10, 5))
    journal.add(entry)
    journal.add(make_entry(date(2026, 9, 7)))
    found = journal.find(entry.id[:8])
    moved = found.model_copy(
        update={"date": date(2026, 9, 3), "updated": CREATED + timedelta(hours=1)}
    )
    Journal(folder).replace(moved)
    return entry, found, moved


def test_a_delete_after_find_finds_the_entry_that_another_process_moved(
    journal: Journal, folder: Path
) -> None:
    entry, found, moved = _moved_after_find(journal, folder)
    assert journal.delete(found.id) == moved
    remaining = Journal(folder).entries()
    assert len(remaining) == 1 and remaining[0].id != entry.id
    assert entry.id.encode() not in month_file(folder, "2026-09").read_bytes()


def test_an_edit_after_find_notices_that_another_process_moved_the_entry(
    journal: Journal, folder: Path
) -> None:
    entry, found, moved = _moved_after_find(journal, folder)
    mine = found.model_copy(update={"note": "mine", "updated": CREATED + timedelta(hours=2)})
    with pytest.raises(StorageFailed):
        journal.replace(mine, read_as=found)
    assert Journal(folder).find(entry.id) == moved


def test_delete_an_unknown_entry(journal: Journal) -> None:
    journal.add(make_entry(date(2026, 10, 5)))
    with pytest.raises(NotFound):
        journal.delete("00000000-0000-4000-8000-000000000000")
    assert len(journal.entries()) == 1


# --- find -------------------------------------------------------------------------------------


FIXTURE_ID = "3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"  # the entry of the fixtures


def fixed_id(prefix: str) -> str:
    return f"{prefix}-0000-4000-8000-000000000000"


def test_find_by_prefix(journal: Journal) -> None:
    entry = make_entry(date(2026, 10, 5), entry_id=fixed_id("abcd1234"))
    journal.add(entry)
    journal.add(make_entry(date(2026, 9, 5), entry_id=fixed_id("ffff0000")))
    assert journal.find("abcd") == entry
    assert journal.find("abcd1234") == entry
    assert journal.find(entry.id) == entry
    assert journal.find(" ABCD12 ") == entry


def test_find_with_an_ambiguous_prefix_lists_the_candidates(journal: Journal) -> None:
    first = make_entry(date(2026, 10, 5), entry_id=fixed_id("abcd1111"))
    second = make_entry(date(2026, 9, 5), entry_id=fixed_id("abcd2222"))
    journal.add(first)
    journal.add(second)
    with pytest.raises(InvalidInput) as raised:
        journal.find("abcd")
    assert "2 reflections start with abcd" in raised.value.message
    assert raised.value.hint == "give more of the id"
    listed = "\n".join(raised.value.problems)
    assert first.id in listed and second.id in listed
    assert journal.find("abcd2") == second


@pytest.mark.parametrize("prefix", ["", "a", "abc", "  abc  "])
def test_find_with_a_prefix_shorter_than_4(journal: Journal, prefix: str) -> None:
    journal.add(make_entry(date(2026, 10, 5), entry_id=fixed_id("abcd1234")))
    with pytest.raises(InvalidInput) as raised:
        journal.find(prefix)
    assert "at least the first 4 characters" in raised.value.message


def test_find_not_found(journal: Journal) -> None:
    journal.add(make_entry(date(2026, 10, 5), entry_id=fixed_id("abcd1234")))
    with pytest.raises(NotFound) as raised:
        journal.find("beef")
    assert raised.value.exit_code == 1
    assert "no reflection with id beef" in raised.value.message


def test_find_does_not_match_an_id_in_the_middle_of_another(journal: Journal) -> None:
    # the prefix appears inside the other id, and in a note: it is not a match
    journal.add(make_entry(date(2026, 10, 5), entry_id=fixed_id("1234abcd"), note="abcd"))
    with pytest.raises(NotFound):
        journal.find("abcd")


# --- files that cannot be read ----------------------------------------------------------------

CORRUPT = [
    pytest.param("truncated.json", "is damaged", "will not write over it", id="truncated"),
    pytest.param("not_json.json", "is damaged", "will not write over it", id="not-json"),
    pytest.param(
        "not_a_journal.json", "is not an afstand journal file", "will not write over", id="other"
    ),
    pytest.param("newer_version.json", "was written by a newer afstand", "upgrade", id="v99"),
    pytest.param(
        "version_as_string.json", "has an invalid schema version", "will not write", id="v-str"
    ),
    pytest.param("entry_without_client.json", "holds invalid data", "will not write", id="client"),
    pytest.param("entry_bad_date.json", "holds invalid data", "will not write", id="bad-date"),
]


def install(folder: Path, fixture: str, month: str = "2026-10") -> Path:
    path = month_file(folder, month)
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURES / fixture, path)
    return path


def test_the_fixtures_differ_from_a_readable_month_only_in_what_is_broken(
    journal: Journal, folder: Path
) -> None:
    install(folder, "valid_month.json")
    (entry,) = journal.entries()
    assert entry.client == "K7"
    assert entry.id == "3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"


@pytest.mark.parametrize(("fixture", "message", "hint"), CORRUPT)
def test_a_corrupt_month_is_reported_with_its_path_and_never_written_over(
    journal: Journal, folder: Path, fixture: str, message: str, hint: str
) -> None:
    path = install(folder, fixture)
    before = path.read_bytes()
    with pytest.raises(JournalUnreadable) as raised:
        journal.entries()
    error = raised.value
    assert error.exit_code == 4
    assert str(path) in error.message
    assert message in error.message
    assert error.hint is not None and hint in error.hint
    assert path.read_bytes() == before

    with pytest.raises(JournalUnreadable):
        journal.add(make_entry(date(2026, 10, 21)))
    assert path.read_bytes() == before
    assert stray_files(folder) == []


@pytest.mark.parametrize(("fixture", "message", "hint"), CORRUPT)
def test_a_corrupt_month_cannot_be_changed_by_replace_or_delete(
    journal: Journal, folder: Path, fixture: str, message: str, hint: str
) -> None:
    path = install(folder, fixture)
    before = path.read_bytes()
    # a file that does not even hold the id cannot hold the entry: not found, or unreadable
    expected = JournalUnreadable if FIXTURE_ID.encode() in before else NotFound
    with pytest.raises(expected):
        journal.delete(FIXTURE_ID)
    with pytest.raises(expected):
        journal.replace(make_entry(date(2026, 10, 5), entry_id=FIXTURE_ID))
    assert path.read_bytes() == before


@pytest.mark.parametrize(("fixture", "message", "hint"), CORRUPT)
def test_a_damaged_month_does_not_stop_changing_an_entry_elsewhere(
    journal: Journal, folder: Path, fixture: str, message: str, hint: str
) -> None:
    # edit and delete touch only the month that holds the entry
    path = install(folder, fixture)
    before = path.read_bytes()
    entry = make_entry(date(2026, 8, 5))
    journal.add(entry)
    changed = entry.model_copy(update={"note": "changed"})
    journal.replace(changed, read_as=entry)
    assert journal.read_month("2026-08") == [changed]
    assert journal.delete(entry.id) == changed
    assert journal.read_month("2026-08") == []
    assert path.read_bytes() == before


@pytest.mark.parametrize(("fixture", "message", "hint"), CORRUPT)
def test_clients_reports_a_corrupt_month_as_unreadable(
    journal: Journal, folder: Path, fixture: str, message: str, hint: str
) -> None:
    # `clients` reads the plain data of many entries (the interactive reflect offers them)
    path = install(folder, fixture)
    with pytest.raises(JournalUnreadable) as raised:
        journal.clients()
    assert str(path) in raised.value.message


@pytest.mark.parametrize(("fixture", "message", "hint"), CORRUPT)
def test_a_corrupt_month_costs_only_that_month(
    journal: Journal, folder: Path, fixture: str, message: str, hint: str
) -> None:
    path = install(folder, fixture)
    before = path.read_bytes()
    september = make_entry(date(2026, 9, 14))
    journal.add(september)
    assert journal.entries(Period(date(2026, 9, 1), date(2026, 9, 30))) == [september]
    assert path.read_bytes() == before


def test_the_newer_version_message_names_both_versions(journal: Journal, folder: Path) -> None:
    install(folder, "newer_version.json")
    with pytest.raises(JournalUnreadable) as raised:
        journal.entries()
    assert "journal format 99" in raised.value.message
    assert "reads up to 2" in raised.value.message
    assert raised.value.hint == "upgrade afstand: pip install --upgrade afstand"


def test_a_schema_version_written_as_text_is_shown_as_text(journal: Journal, folder: Path) -> None:
    # "invalid schema version (1)" would puzzle anyone: 1 is the version this afstand reads
    install(folder, "version_as_string.json")
    with pytest.raises(JournalUnreadable) as raised:
        journal.entries()
    assert "('1')" in raised.value.message


def test_a_bad_entry_is_named_in_the_problems(journal: Journal, folder: Path) -> None:
    install(folder, "entry_without_client.json")
    with pytest.raises(JournalUnreadable) as raised:
        journal.entries()
    assert any(p.startswith("entries.0.client") for p in raised.value.problems)


def test_a_month_that_cannot_be_read_is_reported(journal: Journal, folder: Path) -> None:
    path = month_file(folder, "2026-10")
    path.mkdir(parents=True)  # a folder in place of the file: reading it fails as for no rights
    with pytest.raises(JournalUnreadable) as raised:
        journal.entries()
    assert str(path) in raised.value.message
    assert "cannot read the journal file" in raised.value.message
    with pytest.raises(JournalUnreadable):
        journal.add(make_entry(date(2026, 10, 5)))
    assert path.is_dir()


# --- migrations -------------------------------------------------------------------------------


@pytest.mark.parametrize("version", [0, -1, True, None, 1.0])
def test_an_impossible_schema_version_is_refused(
    journal: Journal, folder: Path, version: Any
) -> None:
    document = json.loads((FIXTURES / "valid_month.json").read_bytes())
    document["schema_version"] = version
    path = month_file(folder, "2026-10")
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(document))
    with pytest.raises(JournalUnreadable) as raised:
        journal.entries()
    assert "invalid schema version" in raised.value.message


# --- interrupted and failed writes --------------------------------------------------------------


@pytest.fixture
def saved(journal: Journal, folder: Path) -> Iterator[tuple[Path, bytes]]:
    journal.add(make_entry(date(2026, 10, 5), note="the first"))
    path = month_file(folder, "2026-10")
    yield path, path.read_bytes()


@pytest.mark.parametrize("call", ["replace", "fsync"])
@pytest.mark.parametrize(
    "failure",
    [KeyboardInterrupt(), OSError(errno.EIO, "Input/output error")],
    ids=["interrupt", "eio"],
)
def test_an_interrupted_write_leaves_the_old_file_and_no_temp_file(
    journal: Journal,
    folder: Path,
    saved: tuple[Path, bytes],
    monkeypatch: pytest.MonkeyPatch,
    call: str,
    failure: BaseException,
) -> None:
    path, before = saved

    def fail(*args: Any, **kwargs: Any) -> None:
        raise failure

    monkeypatch.setattr(f"afstand.files.os.{call}", fail)
    expected = KeyboardInterrupt if isinstance(failure, KeyboardInterrupt) else StorageFailed
    with pytest.raises(expected):
        journal.add(make_entry(date(2026, 10, 6), note="the second"))
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert stray_files(folder) == []
    assert [e.note for e in journal.entries()] == ["the first"]


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT])
@pytest.mark.parametrize("call", ["fsync", "replace"])
def test_a_full_disk_is_reported_and_the_old_file_is_kept(
    journal: Journal,
    folder: Path,
    saved: tuple[Path, bytes],
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    call: str,
) -> None:
    path, before = saved

    def full(*args: Any, **kwargs: Any) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(f"afstand.files.os.{call}", full)
    with pytest.raises(StorageFailed) as raised:
        journal.add(make_entry(date(2026, 10, 6)))
    monkeypatch.undo()
    assert raised.value.exit_code == 5
    assert "disk is full" in raised.value.message
    assert str(path) in raised.value.message
    assert raised.value.hint is not None and "nothing was lost" in raised.value.hint
    assert path.read_bytes() == before
    assert stray_files(folder) == []


def test_a_full_disk_while_writing_the_data(
    journal: Journal, folder: Path, saved: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, before = saved
    real_fdopen = os.fdopen

    class FullFile:
        def __init__(self, stream: Any) -> None:
            self.stream = stream

        def __enter__(self) -> FullFile:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()

        def write(self, data: bytes) -> int:
            self.stream.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name: str) -> Any:
            return getattr(self.stream, name)

    monkeypatch.setattr("afstand.files.os.fdopen", lambda *a, **k: FullFile(real_fdopen(*a, **k)))
    with pytest.raises(StorageFailed) as raised:
        journal.add(make_entry(date(2026, 10, 6)))
    monkeypatch.undo()
    assert "disk is full" in raised.value.message
    assert path.read_bytes() == before
    assert stray_files(folder) == []


def test_a_folder_that_cannot_be_synced_is_no_crash(
    journal: Journal, folder: Path, saved: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    # after the new file is in place, the folder is synced; some file systems refuse that
    real_fsync = os.fsync
    synced_files: list[int] = []

    def fsync_files_only(descriptor: int) -> None:
        if stat.S_ISDIR(os.fstat(descriptor).st_mode):
            raise OSError(errno.EINVAL, "Invalid argument")
        synced_files.append(descriptor)
        real_fsync(descriptor)

    monkeypatch.setattr("afstand.files.os.fsync", fsync_files_only)
    added = make_entry(date(2026, 10, 6))
    # the file itself was synced before the rename, so the save stands
    journal.add(added)
    monkeypatch.undo()
    assert synced_files  # the data itself was synced
    assert [e.id for e in journal.entries()][-1] == added.id
    assert len(journal.entries()) == 2


def test_a_failed_move_to_another_month_loses_nothing(
    journal: Journal, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = make_entry(date(2026, 10, 5))
    journal.add(entry)
    journal.add(make_entry(date(2026, 10, 6)))  # so October is rewritten, not removed
    october = month_file(folder, "2026-10")
    before = october.read_bytes()
    real_replace = os.replace
    calls: list[str] = []

    def fail_second(source: Any, target: Any) -> None:
        if Path(target).parent.name.isdigit():  # a month file, not the record of its write
            calls.append(str(target))
        if len(calls) == 2:  # the new month was written; writing the old one fails
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr("afstand.files.os.replace", fail_second)
    with pytest.raises(StorageFailed):
        journal.replace(entry.model_copy(update={"date": date(2026, 9, 30)}))
    monkeypatch.undo()
    assert october.read_bytes() == before
    # a copy in the new month, never a loss
    assert entry.id in {e.id for e in journal.entries()}


# --- any text survives ------------------------------------------------------------------------

TEXT = st.text(max_size=300)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(note=TEXT, pulled=TEXT, question=TEXT, need=TEXT)
def test_any_text_survives_a_save(note: str, pulled: str, question: str, need: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        journal = Journal(Path(scratch) / "journal")
        entry = make_entry(
            date(2026, 10, 5),
            note=note,
            supervision=True,
            supervision_question=question,
            answers={
                "countertransference": {"position": 4, "what_pulled": pulled},
                "self-care": {"need_now": need},
            },
        )
        journal.add(entry)
        (read,) = Journal(Path(scratch) / "journal").entries()
    assert read == entry
    # control characters never enter the journal; every other character does
    assert read.note == (strip_controls(note).strip() or None)
    assert read.supervision_question == (strip_controls(question).strip() or None)
    texts = {a.question: a.value for _, a in read.answers() if a.type == "text"}
    expected = {
        "what_pulled": strip_controls(pulled).strip(),
        "need_now": strip_controls(need).strip(),
    }
    assert texts == {k: v for k, v in expected.items() if v}


CLEAN_TEXT = st.text(min_size=1).map(strip_controls).filter(bool)


@settings(max_examples=60, deadline=None)
@given(note=CLEAN_TEXT, question=CLEAN_TEXT, value=CLEAN_TEXT)
def test_any_text_in_an_entry_reads_back_exactly(note: str, question: str, value: str) -> None:
    entry = make_entry(date(2026, 10, 5))
    answer = entry.sets[0].answers[0].model_copy(update={"type": "text", "value": value})
    entry = entry.model_copy(
        update={
            "note": note,
            "supervision": True,
            "supervision_question": question,
            "sets": [entry.sets[0].model_copy(update={"answers": [answer]})],
        }
    )
    with tempfile.TemporaryDirectory() as scratch:
        journal = Journal(Path(scratch) / "journal")
        journal.add(entry)
        (read,) = Journal(Path(scratch) / "journal").entries()
    assert read.note == note
    assert read.supervision_question == question
    assert read.sets[0].answers[0].value == value


# --- several processes at once ----------------------------------------------------------------

WORKER = textwrap.dedent(
    """
    import sys
    from afstand.cli import run

    failures = 0
    for _ in range(int(sys.argv[2])):
        failures += run(["reflect", "--answers", sys.argv[1]]) != 0
    sys.exit(failures)
    """
)


def test_several_processes_saving_at_once_lose_nothing(tmp_path: Path) -> None:
    home = tmp_path / "shared-home"
    processes, saves = 4, 10
    env = {**os.environ, "AFSTAND_HOME": str(home), "AFSTAND_LANG": "en"}
    children = []
    for number in range(processes):
        answers = tmp_path / f"answers-{number}.yaml"
        answers.write_text(
            f"client: K{number}\ndate: 2026-10-{number + 5:02d}\n"
            "answers:\n  countertransference:\n    position: 4\n",
            encoding="utf-8",
        )
        children.append(
            subprocess.Popen(
                [sys.executable, "-c", WORKER, str(answers), str(saves)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
        )
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err.decode()
        assert out == b""
    entries = Journal(home / "journal").entries()
    assert len(entries) == processes * saves
    assert len({e.id for e in entries}) == processes * saves
    for number in range(processes):
        assert sum(e.client == f"K{number}" for e in entries) == saves
    assert stray_files(home / "journal") == []
