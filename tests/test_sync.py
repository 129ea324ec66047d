"""Two computers, one journal in a synced folder: conflict copies are found and merged, nothing
is lost, and nothing deleted comes back.

Each test plays two computers with two copies of a journal folder (`home-a`, `home-b`), changes
both, and then does what a sync tool does: a file changed on one side only is taken over; a file
changed on both keeps this side's version and puts the other's beside it as a conflict copy, under
the naming pattern of the tool."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from afstand.journal.conflicts import original_name
from helpers import Cli, Snapshot, entries_in, flat, snapshot, sync_into

PATTERNS = {
    "syncthing": "{stem}.sync-conflict-20261103-101500-ABCDEFG.json",
    "dropbox": "{stem} (Anna's conflicted copy 2026-11-03).json",
    "nextcloud": "{stem} (conflicted copy 2026-11-03 101500).json",
    "nextcloud-old": "{stem}_conflict-20261103-101500.json",
    "onedrive": "{stem}-LAPTOP.json",
    "onedrive-numbered": "{stem}-LAPTOP-2.json",
}

ANSWERS = """client: {client}
date: {day}
note: {note}
answers:
  countertransference: {{position: 4}}
"""


class Computers:
    """Run afstand as computer `a` or `b`, each with its own copy of the journal."""

    def __init__(self, cli: Cli, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.cli, self.root, self.monkeypatch = cli, root, monkeypatch
        self.answers = root / "answers"
        self.answers.mkdir(parents=True, exist_ok=True)
        self.count = 0

    def home(self, name: str) -> Path:
        return self.root / f"home-{name}"

    def run(self, name: str, *args: str) -> tuple[int, str, str]:
        self.monkeypatch.setenv("AFSTAND_HOME", str(self.home(name)))
        self.monkeypatch.setenv("AFSTAND_COMPUTER", f"computer-{name}")
        result = self.cli(*args)
        return result.code, result.stdout, result.stderr

    def reflect(self, name: str, client: str, day: str, note: str) -> str:
        self.count += 1
        path = self.answers / f"answers-{self.count}.yaml"
        path.write_text(ANSWERS.format(client=client, day=day, note=note), encoding="utf-8")
        code, _, err = self.run(name, "reflect", "--answers", str(path))
        assert code == 0, err
        return self.ids(name)[note]

    def ids(self, name: str) -> dict[str, str]:
        """Every entry as note → id."""
        code, out, err = self.run(name, "export", "--format", "json")
        assert code == 0, err
        return {e["note"]: e["id"] for e in entries_in(json.loads(out))}

    def entries(self, name: str) -> dict[str, dict[str, object]]:
        code, out, err = self.run(name, "export", "--format", "json")
        assert code == 0, err
        return {e["note"]: e for e in entries_in(json.loads(out))}

    def clone(self, source: str, target: str) -> Snapshot:
        shutil.copytree(self.home(source), self.home(target))
        return snapshot(self.home(source))


@pytest.fixture
def computers(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Computers:
    return Computers(cli, tmp_path / "sync", monkeypatch)


def changes_on_two_computers(pc: Computers) -> Snapshot:
    """The story of the issue: new reflections in the same month on both computers, an edit on
    one and (later) a delete of the same entry on the other, and a client forgotten on one."""
    pc.reflect("a", "K1", "2026-10-01", "first")
    pc.reflect("a", "K9", "2026-10-02", "about K9")
    pc.reflect("a", "K1", "2026-10-03", "third")
    pc.reflect("a", "K9", "2026-09-10", "K9 in September")
    base = pc.clone("a", "b")
    pc.reflect("a", "K2", "2026-10-05", "new on a")
    first = pc.ids("a")["first"]
    assert pc.run("a", "edit", first, "--note", "first, edited on a")[0] == 0
    pc.reflect("b", "K3", "2026-10-06", "new on b")
    assert pc.run("b", "delete", first, "--yes")[0] == 0  # after the edit on a: it goes
    assert pc.run("b", "forget", "--client", "K9", "--yes")[0] == 0
    return base


EXPECTED = {"third", "new on a", "new on b"}


@pytest.mark.parametrize("tool", sorted(PATTERNS))
def test_two_computers_merge_to_what_the_user_expects(computers: Computers, tool: str) -> None:
    pc = computers
    base = changes_on_two_computers(pc)
    made = sync_into(pc.home("a"), pc.home("b"), base, PATTERNS[tool])
    assert made == [PATTERNS[tool].format(stem="2026-10")]

    # a command that only reads counts the copy in and says so, in one line
    code, out, err = pc.run("a", "list", "--json")
    assert code == 0, err
    assert {e["client"] for e in json.loads(out)} == {"K1", "K2", "K3"}
    assert "1 conflict copy" in err and "afstand check --repair" in flat(err)
    assert len(err.strip().splitlines()) == 1
    assert set(pc.entries("a")) == EXPECTED

    # a command that writes merges first, under the lock, removes the copy, and says so
    answers = pc.answers / "after.yaml"
    answers.write_text(
        ANSWERS.format(client="K4", day="2026-10-07", note="after the merge"), encoding="utf-8"
    )
    code, _, err = pc.run("a", "reflect", "--answers", str(answers))
    assert code == 0, err
    assert "merged 1 conflict copy into" in flat(err)
    assert set(pc.entries("a")) == EXPECTED | {"after the merge"}
    year = pc.home("a") / "journal" / "2026"
    assert sorted(p.name for p in year.iterdir()) == ["2026-10.json"]  # September went too
    code, out, err = pc.run("a", "check")
    assert code == 0, out + err


def test_the_merge_is_the_same_in_either_direction_and_when_run_twice(
    computers: Computers,
) -> None:
    pc = computers
    base = changes_on_two_computers(pc)
    b_before = snapshot(pc.home("b"))
    a_before = snapshot(pc.home("a"))
    sync_into(pc.home("a"), pc.home("b"), base, PATTERNS["syncthing"])
    # on b, the copy comes the other way round: a's month beside b's
    sync_into_snapshot(pc.home("b"), a_before, b_before, base, PATTERNS["dropbox"])
    for name in ("a", "b"):
        code, out, err = pc.run(name, "check", "--repair")
        assert code == 0, out + err
        assert "merged 1 conflict copy" in out
    merged_a, merged_b = pc.entries("a"), pc.entries("b")
    assert set(merged_a) == EXPECTED
    assert merged_a == merged_b
    for name in ("a", "b"):  # merged twice: nothing more to do, nothing changed
        code, out, err = pc.run(name, "check", "--repair")
        assert code == 0 and "nothing to repair" in err, out + err
    assert pc.entries("a") == merged_a == pc.entries("b")


def sync_into_snapshot(
    target: Path, theirs: Snapshot, mine_before: Snapshot, base: Snapshot, pattern: str
) -> None:
    """`sync_into` with the other side as it was (a snapshot), for the second direction."""
    source = target.parent / "other-side"
    if source.exists():
        shutil.rmtree(source)
    for name, data in theirs.items():
        path = source / "journal" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert snapshot(target) == mine_before
    sync_into(target, source, base, pattern)


def test_a_forgotten_client_never_returns(computers: Computers) -> None:
    pc = computers
    pc.reflect("a", "K9", "2026-10-02", "K9 one")
    pc.reflect("a", "K9", "2026-11-02", "K9 two")
    pc.reflect("a", "K1", "2026-11-03", "K1")
    base = pc.clone("a", "b")
    assert pc.run("a", "forget", "--client", "K9", "--yes")[0] == 0
    # b changes both months before the sync, so both come back to a as conflict copies
    pc.reflect("b", "K1", "2026-10-04", "b in October")
    pc.reflect("b", "K1", "2026-11-04", "b in November")
    made = sync_into(pc.home("a"), pc.home("b"), base, PATTERNS["nextcloud"])
    # October was emptied on a (its file removed) and changed on b: b's version comes back
    assert made == ["2026-11 (conflicted copy 2026-11-03 101500).json"]
    _, out, err = pc.run("a", "list", "--json")
    assert {e["client"] for e in json.loads(out)} == {"K1"}, err
    assert pc.run("a", "check", "--repair")[0] == 0
    assert set(pc.entries("a")) == {"K1", "b in October", "b in November"}
    # the deletion records hold ids and times only: no client code, no text
    for path in (pc.home("a") / "journal" / "sync").rglob("*.json"):
        text = path.read_text(encoding="utf-8")
        assert "K9" not in text and "K1" not in text and "note" not in text


def test_an_entry_changed_after_its_deletion_elsewhere_is_kept_and_the_user_told(
    computers: Computers,
) -> None:
    pc = computers
    pc.reflect("a", "K1", "2026-10-01", "keep me")
    pc.reflect("a", "K1", "2026-10-02", "other")
    base = pc.clone("a", "b")
    entry = pc.ids("a")["keep me"]
    assert pc.run("a", "delete", entry, "--yes")[0] == 0
    assert pc.run("b", "edit", entry, "--note", "changed later on b")[0] == 0
    sync_into(pc.home("a"), pc.home("b"), base, PATTERNS["syncthing"])
    code, out, err = pc.run("a", "check", "--repair")
    assert code == 0, out + err
    assert "was changed after it was deleted on another computer" in flat(out)
    assert set(pc.entries("a")) == {"changed later on b", "other"}


def test_an_encrypted_journal_merges_encrypted_copies(
    computers: Computers, monkeypatch: pytest.MonkeyPatch
) -> None:
    pc = computers
    monkeypatch.setenv("AFSTAND_PASSPHRASE", "correct horse battery")
    pc.reflect("a", "K1", "2026-10-01", "first")
    assert pc.run("a", "encrypt")[0] == 0
    base = pc.clone("a", "b")  # the same encryption.json (salt) on both
    pc.reflect("a", "K2", "2026-10-02", "on a")
    pc.reflect("b", "K3", "2026-10-03", "on b")
    made = sync_into(pc.home("a"), pc.home("b"), base, PATTERNS["onedrive"])
    copy = pc.home("a") / "journal" / "2026" / made[0]
    assert copy.read_bytes().startswith(b"afstand-enc")
    assert set(pc.entries("a")) == {"first", "on a", "on b"}
    code, out, err = pc.run("a", "check", "--repair")
    assert code == 0, out + err
    assert not copy.exists()
    assert set(pc.entries("a")) == {"first", "on a", "on b"}
    # the records are encrypted like the months
    for path in (pc.home("a") / "journal" / "sync").rglob("*.json"):
        assert path.read_bytes().startswith(b"afstand-enc")


def test_a_copy_of_encryption_json_from_another_key_is_reported_never_used(
    computers: Computers, monkeypatch: pytest.MonkeyPatch
) -> None:
    pc = computers
    monkeypatch.setenv("AFSTAND_PASSPHRASE", "correct horse battery")
    pc.reflect("a", "K1", "2026-10-01", "first")
    pc.reflect("b", "K1", "2026-10-01", "on b")
    assert pc.run("a", "encrypt")[0] == 0
    assert pc.run("b", "encrypt")[0] == 0  # encrypted twice: two salts, two keys
    header = pc.home("a") / "journal" / "encryption.json"
    original = header.read_bytes()
    copy = header.with_name("encryption.sync-conflict-20261103-101500-ABCDEFG.json")
    copy.write_bytes((pc.home("b") / "journal" / "encryption.json").read_bytes())
    code, out, err = pc.run("a", "check", "--repair")
    assert code == 1
    assert "encryption-conflict" in out and "replaces nothing" in flat(out)
    assert header.read_bytes() == original and copy.exists()
    # a copy equal to the original is only a copy
    copy.write_bytes(original)
    code, out, err = pc.run("a", "check", "--repair")
    assert code == 0, out + err
    assert not copy.exists()


# -- the names ---------------------------------------------------------------------------------


@pytest.mark.parametrize("tool", sorted(PATTERNS))
def test_each_tools_conflict_names_are_recognised(tool: str) -> None:
    name = PATTERNS[tool].format(stem="2026-10")
    assert original_name(name, lambda n: n == "2026-10.json") == "2026-10.json"
    header = PATTERNS[tool].format(stem="encryption")
    assert original_name(header, lambda n: n == "encryption.json") == "encryption.json"


@pytest.mark.parametrize(
    "name",
    ["2026-10.json", "2026-11.json", "notes.txt", "2026-10.json.bak", "2026-10 (1).json"],
)
def test_other_names_are_not_conflict_copies(name: str) -> None:
    is_month: Callable[[str], bool] = lambda n: n == "2026-10.json"  # noqa: E731
    assert original_name(name, is_month) is None


def test_a_computer_name_that_cannot_be_a_folder_name_is_refused(
    computers: Computers, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pc = computers
    entry = pc.reflect("a", "K1", "2026-10-01", "first")
    monkeypatch.setenv("AFSTAND_HOME", str(pc.home("a")))
    monkeypatch.setenv("AFSTAND_COMPUTER", "../elsewhere")
    result = pc.cli("delete", entry, "--yes")
    assert result.code == 2
    assert "AFSTAND_COMPUTER" in result.stderr and "Traceback" not in result.stderr
    assert "first" in pc.ids("a")
    monkeypatch.setenv("AFSTAND_HOME", str(pc.home("a")))
    monkeypatch.setenv("AFSTAND_COMPUTER", "../elsewhere")
    answers = pc.answers / "refused.yaml"
    answers.write_text(
        ANSWERS.format(client="K1", day="2026-10-02", note="not saved"), encoding="utf-8"
    )
    assert pc.cli("reflect", "--answers", str(answers)).code == 2
    assert "not saved" not in pc.ids("a")  # refused before anything was written


def test_a_save_whose_write_record_fails_is_still_a_save(
    computers: Computers, monkeypatch: pytest.MonkeyPatch
) -> None:
    from afstand.errors import StorageFailed
    from afstand.journal import write_log

    def full_disk(*args: object, **kwargs: object) -> None:
        raise StorageFailed("disk full")

    monkeypatch.setattr(write_log, "record", full_disk)
    pc = computers
    answers = pc.answers / "saved.yaml"
    answers.write_text(ANSWERS.format(client="K1", day="2026-10-02", note="kept"), encoding="utf-8")
    code, _, err = pc.run("a", "reflect", "--answers", str(answers))
    assert code == 0, err
    assert "Saved reflection" in err and "record of this write could not be updated" in flat(err)
    assert "kept" in pc.ids("a")


def test_a_deletion_counts_after_a_change_from_a_clock_that_runs_ahead(tmp_path: Path) -> None:
    from datetime import UTC, date, datetime, timedelta

    from afstand.journal.store import Journal
    from afstand.models.entry import Entry

    journal = Journal(tmp_path / "journal")
    ahead = datetime.now(UTC) + timedelta(hours=2)  # edited on a computer whose clock is ahead
    entry = Entry.model_validate(
        {
            "id": "12345678-1234-4234-8234-123456789abc",
            "created": ahead - timedelta(hours=1),
            "updated": ahead,
            "date": date(2026, 10, 1),
            "client": "K1",
        }
    )
    journal.add(entry)
    path = journal.month_path("2026-10")
    old_copy = path.read_bytes()
    journal.add(entry.model_copy(update={"id": "12345678-1234-4234-8234-123456789abd"}))
    journal.delete(entry.id)
    path.with_name("2026-10-LAPTOP.json").write_bytes(old_copy)  # the old version comes back
    assert entry.id not in {e.id for e in Journal(tmp_path / "journal").entries()}


# -- a sync that is half way -------------------------------------------------------------------


def record_of(home: Path, computer: str, month: str) -> Path:
    return home / "journal" / "sync" / f"computer-{computer}" / "months" / f"{month}.json"


def half_synced(pc: Computers) -> tuple[Path, Path]:
    """b wrote October after the last sync; on a, b's small write record has arrived and the
    month file has not yet. Returns a's October and b's."""
    pc.reflect("a", "K1", "2026-10-01", "first")
    pc.clone("a", "b")
    pc.reflect("b", "K2", "2026-10-02", "new on b")
    arrived = record_of(pc.home("a"), "b", "2026-10")
    arrived.parent.mkdir(parents=True)
    shutil.copy2(record_of(pc.home("b"), "b", "2026-10"), arrived)  # as a sync tool copies
    month = Path("journal") / "2026" / "2026-10.json"
    return pc.home("a") / month, pc.home("b") / month


def test_a_month_whose_newer_version_is_still_on_its_way_is_no_false_alarm(
    computers: Computers,
) -> None:
    pc = computers
    october, theirs = half_synced(pc)
    before = october.read_bytes()

    code, _, err = pc.run("a", "list")
    assert code == 0
    assert "sync seems to be still busy" in flat(err) and "back in time" not in flat(err)

    code, out, _ = pc.run("a", "check", "--json")
    (problem,) = json.loads(out)["problems"]
    assert code == 1 and (problem["kind"], problem["repairable"]) == ("sync-in-progress", False)
    assert "run 'afstand check' again" in flat(str(problem["message"]))

    # nothing is written over the month meanwhile, and --repair does not take it as it is
    code, _, err = pc.run("a", "edit", pc.ids("a")["first"], "--note", "not now")
    assert code == 4 and "wait until the sync is done" in flat(err)
    code, out, _ = pc.run("a", "check", "--repair")
    assert code == 1 and "cannot bring back" not in flat(out)
    assert october.read_bytes() == before

    shutil.copy2(theirs, october)  # the month file arrives
    code, out, err = pc.run("a", "check")
    assert code == 0, out + err
    assert set(pc.entries("a")) == {"first", "new on b"}


def test_a_month_restored_from_a_backup_is_still_reported_as_gone_back(
    computers: Computers,
) -> None:
    pc = computers
    october, theirs = half_synced(pc)
    old = october.read_bytes()
    shutil.copy2(theirs, october)  # the sync finished
    october.write_bytes(old)  # and then an older backup was put over the month
    code, out, _ = pc.run("a", "check", "--json")
    assert code == 1 and [p["kind"] for p in json.loads(out)["problems"]] == ["went-back"]


def test_a_month_still_behind_long_after_the_record_came_is_reported_as_gone_back(
    computers: Computers, monkeypatch: pytest.MonkeyPatch
) -> None:
    from afstand.journal import write_log

    pc = computers
    half_synced(pc)
    monkeypatch.setattr(write_log, "ARRIVAL_WAIT", 0.0)
    code, out, _ = pc.run("a", "check", "--json")
    assert code == 1 and [p["kind"] for p in json.loads(out)["problems"]] == ["went-back"]
    code, _, err = pc.run("a", "list")
    assert "back in time" in flat(err) or "older than its last write" in flat(err)


def test_a_month_new_on_the_other_computer_that_has_not_arrived_is_no_false_alarm(
    computers: Computers,
) -> None:
    pc = computers
    pc.reflect("a", "K1", "2026-10-01", "first")
    pc.clone("a", "b")
    pc.reflect("b", "K2", "2026-11-02", "November on b")
    arrived = record_of(pc.home("a"), "b", "2026-11")
    arrived.parent.mkdir(parents=True)
    shutil.copy2(record_of(pc.home("b"), "b", "2026-11"), arrived)
    code, out, _ = pc.run("a", "check", "--json")
    assert code == 1 and [p["kind"] for p in json.loads(out)["problems"]] == ["sync-in-progress"]
