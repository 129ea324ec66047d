"""`afstand import`: a JSON export merged into a journal. Everything is checked before anything
is written; an entry already present is skipped, one with other content is a conflict that
keeps the local version unless --overwrite."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afstand.journal.store import Journal
from afstand.models.entry import Entry
from helpers import Cli, as_schema_1, entries_in, flat
from test_export import entry_id, make_entry, october_entries, write_journal


def snapshot(home: Path) -> dict[str, bytes]:
    """Every file of the journal with its bytes (the lock aside)."""
    folder = home / "journal"
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".lock"
    }


@pytest.fixture
def october(afstand_home: Path) -> Journal:
    return write_journal(afstand_home, october_entries())


@pytest.fixture
def exported(cli: Cli, october: Journal, tmp_path: Path) -> Path:
    path = tmp_path / "journal.json"
    result = cli("export", "--format", "json", "-o", str(path))
    assert result.code == 0, result.stderr
    return path


@pytest.fixture
def other_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A second, empty afstand home: the new computer."""
    home = tmp_path / "new-computer"
    monkeypatch.setenv("AFSTAND_HOME", str(home))
    return home


def entries_of(path: Path) -> list[dict[str, Any]]:
    return entries_in(json.loads(path.read_text(encoding="utf-8")))


def edited(path: Path, target: Path, change: Any) -> Path:
    """The export at `path` changed by `change`, written to `target` in schema 1 (a flat list
    of entries, as exports were before format 2; import still reads it)."""
    document = as_schema_1(json.loads(path.read_text(encoding="utf-8")))
    change(document)
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return target


# --- round trip ---------------------------------------------------------------------------------


def test_export_then_import_elsewhere_then_export_gives_the_same_entries(
    cli: Cli, exported: Path, other_home: Path, tmp_path: Path
) -> None:
    result = cli("import", str(exported))
    assert result.code == 0, result.stderr
    assert result.stdout == ""
    assert "5 added, 0 already present, 0 conflicts, 0 replaced" in flat(result.stderr)
    again = tmp_path / "again.json"
    assert cli("export", "-o", str(again)).code == 0
    assert entries_of(again) == entries_of(exported)
    journal = Journal(other_home / "journal")
    assert journal.entries() == sorted(october_entries(), key=lambda e: (e.date, e.created))


def test_importing_twice_skips_everything_the_second_time(
    cli: Cli, exported: Path, other_home: Path
) -> None:
    assert cli("import", str(exported)).code == 0
    before = snapshot(other_home)
    result = cli("import", str(exported))
    assert result.code == 0
    assert "0 added, 5 already present, 0 conflicts" in flat(result.stderr)
    assert snapshot(other_home) == before


def test_importing_into_the_same_journal_changes_nothing(
    cli: Cli, exported: Path, afstand_home: Path
) -> None:
    before = snapshot(afstand_home)
    result = cli("import", str(exported))
    assert result.code == 0
    assert "5 already present" in flat(result.stderr)
    assert snapshot(afstand_home) == before


def test_import_reads_stdin(cli: Cli, exported: Path, other_home: Path) -> None:
    result = cli("import", "-", stdin=exported.read_text(encoding="utf-8"))
    assert result.code == 0, result.stderr
    assert "<stdin>: 5 added" in flat(result.stderr)


def test_new_entries_are_added_beside_the_local_ones(
    cli: Cli, exported: Path, other_home: Path
) -> None:
    local = make_entry(20, "2026-10-06", "ZZ9", {"countertransference": {"position": 3}})
    write_journal(other_home, [local])
    assert cli("import", str(exported)).code == 0
    ids = [e.id for e in Journal(other_home / "journal").entries()]
    assert ids == [entry_id(n) for n in (1, 20, 2, 3, 4, 5)]


# --- conflicts --------------------------------------------------------------------------------


def change_note(document: dict[str, Any]) -> None:
    document["entries"][1]["note"] = "Written on the other computer."


def test_a_changed_entry_is_a_conflict_and_the_local_one_is_kept(
    cli: Cli, exported: Path, afstand_home: Path, tmp_path: Path
) -> None:
    changed = edited(exported, tmp_path / "changed.json", change_note)
    before = snapshot(afstand_home)
    result = cli("import", str(changed))
    assert result.code == 0
    assert "0 added, 4 already present, 1 conflict, 0 replaced" in flat(result.stderr)
    assert f"conflict: {entry_id(2)[:8]} (2026-10-08, MW-03)" in flat(result.stderr)
    assert "--overwrite" in flat(result.stderr)
    assert snapshot(afstand_home) == before


def test_overwrite_replaces_the_local_entry(
    cli: Cli, exported: Path, afstand_home: Path, tmp_path: Path
) -> None:
    changed = edited(exported, tmp_path / "changed.json", change_note)
    result = cli("import", "--overwrite", str(changed))
    assert result.code == 0
    assert "0 conflicts, 1 replaced" in flat(result.stderr)
    journal = Journal(afstand_home / "journal")
    assert journal.find(entry_id(2)).note == "Written on the other computer."
    assert len(journal.entries()) == 5


def test_overwrite_moves_an_entry_whose_date_changed_month(
    cli: Cli, exported: Path, afstand_home: Path, tmp_path: Path
) -> None:
    def move(document: dict[str, Any]) -> None:
        document["entries"][1]["date"] = "2026-09-30"

    changed = edited(exported, tmp_path / "moved.json", move)
    assert cli("import", "--overwrite", str(changed)).code == 0
    journal = Journal(afstand_home / "journal")
    assert [e.id for e in journal.read_month("2026-09")] == [entry_id(2)]
    assert entry_id(2) not in [e.id for e in journal.read_month("2026-10")]
    assert len(journal.entries()) == 5


def test_a_dry_run_writes_nothing(cli: Cli, exported: Path, other_home: Path) -> None:
    result = cli("import", "--dry-run", str(exported))
    assert result.code == 0
    assert "5 added" in flat(result.stderr) and "dry run" in flat(result.stderr)
    assert snapshot(other_home) == {}


def months_written(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the month files the journal writes from now on, in order (not the records
    of those writes)."""
    written: list[str] = []
    original = Journal.write_bytes

    def counting(self: Journal, path: Path, data: bytes, **options: Any) -> None:
        if path.parent.parent == self.folder:
            written.append(path.name)
        original(self, path, data, **options)

    monkeypatch.setattr(Journal, "write_bytes", counting)
    return written


def test_the_merge_writes_each_month_once_under_one_lock(
    afstand_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal(afstand_home / "journal")
    entries = [
        *october_entries(),
        make_entry(30, "2026-09-03", "K7", {"countertransference": {"position": 4}}),
    ]
    written = months_written(monkeypatch)
    result = journal.merge(entries)
    assert sorted(written) == ["2026-09.json", "2026-10.json"]
    assert len(result.added) == 6 and not (result.skipped or result.conflicts or result.replaced)
    again = journal.merge(entries)
    assert len(again.skipped) == 6 and sorted(written) == ["2026-09.json", "2026-10.json"]


# --- files that are refused ---------------------------------------------------------------------


def set_entry(field: str, value: Any) -> Any:
    def change(document: dict[str, Any]) -> None:
        document["entries"][0][field] = value

    return change


BAD = {
    "wrong type": (set_entry("client", 7), "entries.0.client"),
    "bad client": (set_entry("client", "Jan Jansen"), "entries.0.client"),
    "bad date": (set_entry("date", "2026-13-01"), "entries.0.date"),
    "unknown key in an entry": (set_entry("mood", "fine"), "entries.0.mood: unknown key"),
    "unknown key on top": (lambda d: d.update(extra=1), "extra: unknown key"),
    "missing entries": (lambda d: d.pop("entries"), "entries: required key is missing"),
    "bad answer value": (
        lambda d: d["entries"][2]["sets"][0]["answers"][0].update(value=1.5),
        "entries.2.sets.0.answers.0.value",
    ),
    "duplicate id": (
        lambda d: d["entries"][3].update(id=d["entries"][0]["id"]),
        "entries.3.id: the id",
    ),
    "newer schema": (lambda d: d.update(schema_version=3), "newer afstand"),
    "schema as text": (lambda d: d.update(schema_version="1"), "invalid schema_version"),
    "not an export": (lambda d: d.update(format="afstand-journal"), "not an afstand export"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_file_changes_nothing_and_exits_3(
    cli: Cli, exported: Path, afstand_home: Path, tmp_path: Path, case: str
) -> None:
    change, expected = BAD[case]
    # a new entry in the file too: it must not be added when the rest is wrong
    new = make_entry(40, "2026-08-01", "NEW1", {"countertransference": {"position": 4}})

    def both(document: dict[str, Any]) -> None:
        document["entries"].append(new.model_dump(mode="json", exclude_defaults=True))
        change(document)

    bad = edited(exported, tmp_path / "bad.json", both)
    before = snapshot(afstand_home)
    result = cli("import", str(bad))
    assert result.code == 3, result.stderr
    assert expected in flat(result.stderr)
    assert snapshot(afstand_home) == before


def test_a_newer_schema_version_asks_to_upgrade(cli: Cli, exported: Path, tmp_path: Path) -> None:
    bad = edited(exported, tmp_path / "new.json", lambda d: d.update(schema_version=9))
    result = cli("import", str(bad))
    assert result.code == 3
    assert "upgrade afstand" in flat(result.stderr)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"format": "afstand-export", "schema_version": 1, "entries": [', "not valid JSON"),
        (b"", "not valid JSON"),
        (b"\xff\xfe\x00", "not UTF-8"),
        (b"[1, 2]", "not an afstand export"),
    ],
)
def test_a_file_that_is_no_json_export_exits_3(
    cli: Cli, october: Journal, afstand_home: Path, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    before = snapshot(afstand_home)
    result = cli("import", str(path))
    assert result.code == 3
    assert expected in flat(result.stderr)
    assert snapshot(afstand_home) == before


def test_a_truncated_export_exits_3(
    cli: Cli, exported: Path, afstand_home: Path, tmp_path: Path
) -> None:
    data = exported.read_bytes()
    path = tmp_path / "truncated.json"
    path.write_bytes(data[: len(data) // 2])
    before = snapshot(afstand_home)
    result = cli("import", str(path))
    assert result.code == 3
    assert "truncated.json:" in flat(result.stderr)  # the line and column of the problem
    assert snapshot(afstand_home) == before


def test_a_missing_file_exits_3(cli: Cli, tmp_path: Path) -> None:
    result = cli("import", str(tmp_path / "nothing.json"))
    assert result.code == 3
    assert "does not exist" in flat(result.stderr)


# --- incomplete exports -------------------------------------------------------------------------


@pytest.mark.parametrize("option", ["--alias-clients", "--no-notes"])
def test_an_incomplete_export_is_refused_unless_forced(
    cli: Cli, october: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, option: str
) -> None:
    path = tmp_path / "partial.json"
    assert cli("export", "--format", "json", option, "-o", str(path)).code == 0
    home = tmp_path / "new-computer"
    monkeypatch.setenv("AFSTAND_HOME", str(home))
    result = cli("import", str(path))
    assert result.code == 3
    assert "incomplete export" in flat(result.stderr) and "--force" in flat(result.stderr)
    assert snapshot(home) == {}
    result = cli("import", "--force", str(path))
    assert result.code == 0, result.stderr
    assert "warning" in flat(result.stderr) and "5 added" in flat(result.stderr)
    entries = Journal(home / "journal").entries()
    if option == "--alias-clients":
        assert {e.client for e in entries} == {"C1", "C2", "C3"}
    else:
        assert not any(e.note for e in entries)


def test_entries_compare_by_content(exported: Path) -> None:
    """An export's entries validate to models equal to the journal's own."""
    first = Entry.model_validate(entries_of(exported)[0])
    assert first == october_entries()[0]


# --- an export of format 2, read a month at a time -----------------------------------------------


def test_an_export_of_format_2_is_merged_a_month_at_a_time(
    cli: Cli, exported: Path, other_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from afstand.exchange import importing
    from afstand.journal.format import Month

    def whole(*args: Any) -> None:
        raise AssertionError("an export laid out by afstand is not read whole")

    monkeypatch.setattr(importing, "parse_export", whole)
    batches: list[int] = []
    original = Journal.merge_batches

    def counting(self: Journal, given: Any, **options: Any) -> Any:
        def each() -> Any:
            for batch in given:
                batches.append(len(batch.entries if isinstance(batch, Month) else batch))
                yield batch

        return original(self, each(), **options)

    monkeypatch.setattr(Journal, "merge_batches", counting)
    result = cli("import", str(exported))
    assert result.code == 0, result.stderr
    assert batches == [5]  # October, the one month of the export
    assert len(Journal(other_home / "journal").entries()) == 5


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda raw: raw.replace(b'"client":"K7"', b'"client":"Jan Jansen"', 1),
            "months.0.entries",
        ),
        (
            lambda raw: raw.replace(b"\n  ]\n}\n", b",\n" + raw.split(b"\n")[-4] + b"\n  ]\n}\n"),
            "is also in months.0.entries.0",
        ),
        (lambda raw: raw.replace(b'"wording":"', b'"wording":"0', 1), "months.0.entries"),
    ],
)
def test_a_bad_month_of_a_format_2_export_changes_nothing(
    cli: Cli, exported: Path, afstand_home: Path, tmp_path: Path, change: Any, expected: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(change(exported.read_bytes()))
    assert bad.read_bytes() != exported.read_bytes()
    (afstand_home / "journal" / "2026" / "2026-10.json").unlink()  # everything would be new
    before = snapshot(afstand_home)
    result = cli("import", str(bad))
    assert result.code == 3, result.stderr
    assert expected in flat(result.stderr)
    assert snapshot(afstand_home) == before


# --- a long export: each month checked once, nothing written until all are -----------------------


def year_and_more() -> list[Entry]:
    """One reflection in each of fourteen months."""
    return [
        make_entry(50 + n, f"{2025 + n // 12}-{n % 12 + 1:02d}-10", "K7", {KT: {"position": 4}})
        for n in range(14)
    ]


KT = "countertransference"


@pytest.fixture
def long_export(afstand_home: Path, cli: Cli, tmp_path: Path) -> Path:
    write_journal(afstand_home, year_and_more())
    path = tmp_path / "long.json"
    assert cli("export", "--format", "json", "-o", str(path)).code == 0
    return path


def streamed_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from afstand.exchange import importing

    def whole(*args: Any) -> None:
        raise AssertionError("an export laid out by afstand is not read whole")

    monkeypatch.setattr(importing, "parse_export", whole)


def test_a_bad_last_month_of_a_long_export_refuses_all_of_it(
    cli: Cli, long_export: Path, other_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = long_export.read_bytes().split(b"\n")
    last = max(i for i, line in enumerate(lines) if line.startswith(b'{"month":'))
    assert b'"month":"2026-02"' in lines[last]
    lines[last] = lines[last].replace(
        b'"question":"position","value":4', b'"question":"position","value":99'
    )
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\n".join(lines))
    streamed_only(monkeypatch)
    result = cli("import", str(bad))
    assert result.code == 3, result.stderr
    assert "months.13.entries.0.sets.0.answers.0.value" in flat(result.stderr)
    assert snapshot(other_home) == {}  # the thirteen good months before it neither
    result = cli("import", str(long_export))
    assert result.code == 0, result.stderr
    assert len(Journal(other_home / "journal").entries()) == 14


def test_a_long_export_into_an_empty_journal_writes_each_month_once(
    cli: Cli, long_export: Path, other_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    streamed_only(monkeypatch)
    written = months_written(monkeypatch)
    result = cli("import", str(long_export))
    assert result.code == 0, result.stderr
    assert "14 added" in flat(result.stderr)
    assert sorted(written) == sorted({f"{e.month}.json" for e in year_and_more()})
    assert Journal(other_home / "journal").entries() == year_and_more()


def test_an_import_syncs_each_folder_of_new_months_before_their_write_records(
    cli: Cli, long_export: Path, other_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a write record must never name a month that a power cut could still take back
    from afstand import files
    from afstand.journal import store, write_log

    events: list[tuple[str, Path]] = []
    listed: list[int] = []
    original_write = Journal.write_bytes
    original_sync = files.sync_folder
    original_listing = write_log.record_files

    def writing(self: Journal, path: Path, data: bytes, **options: Any) -> None:
        events.append(("written", path))
        original_write(self, path, data, **options)

    def syncing(folder: Path) -> None:
        original_sync(folder)
        events.append(("synced", folder))

    def listing(journal: Journal) -> Any:
        listed.append(1)
        return original_listing(journal)

    monkeypatch.setattr(Journal, "write_bytes", writing)
    monkeypatch.setattr(files, "sync_folder", syncing)
    monkeypatch.setattr(store, "sync_folder", syncing)
    monkeypatch.setattr(write_log, "record_files", listing)
    assert cli("import", str(long_export)).code == 0
    folder = other_home / "journal"
    months = {f"{e.month}.json" for e in year_and_more()}
    records = {p.name: p for p in folder.glob("sync/*/months/*.json")}
    assert set(records) == months
    for name in months:
        month = folder / name[:4] / name
        wrote = events.index(("written", month))
        recorded = events.index(("written", records[name]))
        assert ("synced", month.parent) in events[wrote:recorded], name
        entries = json.loads(records[name].read_bytes())["entries"]
        assert set(entries) == {e.id for e in year_and_more() if f"{e.month}.json" == name}
    # each year's folder once, not once a month; and every computer's records listed once
    assert sorted(p.name for kind, p in events if kind == "synced" and p.parent == folder) == [
        "2025",
        "2026",
    ]
    assert len(listed) == 1


def test_a_wording_under_a_key_that_is_not_its_hash_is_refused(
    cli: Cli, exported: Path, other_home: Path, tmp_path: Path
) -> None:
    raw = exported.read_bytes()
    key = json.loads(raw)["months"][0]["entries"][0]["sets"][0]["wording"]
    bad = tmp_path / "bad.json"
    bad.write_bytes(raw.replace(key.encode(), b"0123456789abcdef"))  # every reference with it
    result = cli("import", str(bad))
    assert result.code == 3, result.stderr
    assert "months.0.wordings.0123456789abcdef: is not under the key" in flat(result.stderr)
    assert snapshot(other_home) == {}


# --- what afstand could not have written, found on a month as it is stored ------------------------

ESCAPE = "\x1b[2Jwiped"
VALUES = st.one_of(
    st.booleans(),
    st.integers(-2, 9),
    st.sampled_from(["", "own_history", "partly", "zz", "=1+1", "Her grief"]),
    st.lists(st.sampled_from(["rescuing", "merging", "submissive", "zz", "=1+1"]), max_size=3),
)
POISON = st.sets(st.sampled_from(["title", "prompt", "label", "set id", "option id"]))


def _poisoned(wording: Any, poison: set[str]) -> Any:
    """`wording` with what afstand never writes; texts built around the reader, which would
    take the control characters out (a check on its own may not)."""
    from msgspec.structs import replace

    from afstand.models.month_file import StoredText

    def unsafe(text: StoredText) -> StoredText:
        return StoredText(nl=ESCAPE, en=text.en)

    changes: dict[str, Any] = {}
    if "title" in poison:
        changes["title"] = unsafe(wording.title)
    if "set id" in poison:
        changes["set"] = '=HYPERLINK("http://x","y")'
    questions = dict(wording.questions)
    for question_id, question in questions.items():
        update: dict[str, Any] = {}
        if "prompt" in poison and question.type == "scale":
            update["prompt"] = unsafe(question.prompt)
        if question.options and {"label", "option id"} & poison:
            first, *rest = question.options
            if "label" in poison:
                first = replace(first, label=unsafe(first.label))
            if "option id" in poison:
                first = replace(first, id="=1+1")
            update["options"] = [first, *rest]
        questions[question_id] = replace(question, **update)
    return replace(wording, **changes, questions=questions)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.lists(st.tuples(st.integers(0, 999), VALUES), max_size=6), poison=POISON)
def test_a_month_as_stored_has_the_problems_of_its_entries(
    changes: list[tuple[int, Any]], poison: set[str]
) -> None:
    from msgspec.structs import replace

    from afstand.exchange.importing import foreign_problems, month_problems
    from afstand.journal.format import Month, checked_block, compress
    from afstand.models.month_file import MonthBlock

    wordings, stored = compress(october_entries())
    wordings = {key: _poisoned(wording, poison) for key, wording in wordings.items()}
    places = [
        (e, s, a)
        for e, entry in enumerate(stored)
        for s, answered in enumerate(entry.sets)
        for a in range(len(answered.answers))
    ]
    for number, value in changes:
        e, s, a = places[number % len(places)]
        sets = list(stored[e].sets)
        answers = list(sets[s].answers)
        answers[a] = replace(answers[a], value=value)
        sets[s] = replace(sets[s], answers=answers)
        stored[e] = replace(stored[e], sets=sets)
    block = MonthBlock(month="2026-10", wordings=wordings, entries=stored)
    month: Month = checked_block(block, "")
    found = month_problems(month)
    assert [p for p in found if not p.startswith("wordings.")] == foreign_problems(month.expanded())
    assert bool(poison) == any(p.startswith("wordings.") for p in found)
    if not poison and not changes:
        assert found == []


def test_a_month_of_afstand_itself_has_no_problems() -> None:
    from afstand.exchange.importing import month_problems
    from afstand.journal.format import Month, compress

    wordings, stored = compress(october_entries())
    assert month_problems(Month("2026-10", wordings, stored)) == []
