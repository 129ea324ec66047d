"""`afstand check`: each kind of damage is reported with its path, `--repair` fixes what needs
no choice and says plainly what it cannot; and a month put back in time is noticed by every
command that reads it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from helpers import Cli, entries_in, flat

ANSWERS = """client: {client}
date: {day}
note: {note}
answers:
  countertransference: {{position: 4}}
"""
PASSPHRASE = "correct horse battery"


def save(cli: Cli, tmp_path: Path, client: str, day: str, note: str) -> str:
    path = tmp_path / f"answers-{note.replace(' ', '-')}.yaml"
    path.write_text(ANSWERS.format(client=client, day=day, note=note), encoding="utf-8")
    result = cli("reflect", "--answers", str(path))
    assert result.code == 0, result.stderr
    return notes_to_ids(cli)[note]


def notes_to_ids(cli: Cli) -> dict[str, str]:
    result = cli("export", "--format", "json")
    assert result.code == 0, result.stderr
    return {e["note"]: e["id"] for e in entries_in(json.loads(result.stdout))}


def month(home: Path, name: str) -> Path:
    return home / "journal" / name[:4] / f"{name}.json"


def problems(cli: Cli, *args: str) -> tuple[int, list[dict[str, object]]]:
    result = cli("check", "--json", *args)
    return result.code, json.loads(result.stdout)["problems"]


def kinds(found: list[dict[str, object]]) -> list[tuple[str, str]]:
    return [(str(p["kind"]), Path(str(p["path"])).name) for p in found]


@pytest.fixture
def two_months(cli: Cli, tmp_path: Path) -> dict[str, str]:
    save(cli, tmp_path, "K1", "2026-10-01", "one")
    save(cli, tmp_path, "K2", "2026-10-02", "two")
    save(cli, tmp_path, "K1", "2026-11-01", "three")
    return notes_to_ids(cli)


def test_a_sound_journal_is_fine(cli: Cli, two_months: dict[str, str]) -> None:
    result = cli("check")
    assert result.code == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert "no problems in" in result.stderr
    data = json.loads(cli("check", "--json").stdout)
    assert data["ok"] is True and data["problems"] == [] and data["files"] >= 2


def test_an_unreadable_month_is_reported_with_its_path_and_left_alone(
    cli: Cli, afstand_home: Path, two_months: dict[str, str]
) -> None:
    path = month(afstand_home, "2026-11")
    path.write_bytes(b"{not json")
    result = cli("check")
    assert result.code == 1
    assert f"{path}: unreadable:" in result.stdout
    assert "0 can be repaired" in flat(result.stderr)
    repaired = cli("check", "--repair")
    assert repaired.code == 1
    assert path.read_bytes() == b"{not json"


def test_a_leftover_temporary_file_is_removed(
    cli: Cli, afstand_home: Path, two_months: dict[str, str]
) -> None:
    leftover = month(afstand_home, "2026-10").with_name(".2026-10.json.abc123.tmp")
    leftover.write_bytes(b"half")
    assert kinds(problems(cli)[1]) == [("temporary-file", leftover.name)]
    result = cli("check", "--repair")
    assert result.code == 0, result.stdout + result.stderr
    assert f"{leftover}: repaired: removed the temporary file" in result.stdout
    assert not leftover.exists()


def test_the_same_id_in_two_months_is_one_entry_after_repair(
    cli: Cli, afstand_home: Path, two_months: dict[str, str]
) -> None:
    october, november = month(afstand_home, "2026-10"), month(afstand_home, "2026-11")
    from afstand.journal.format import decode_month, encode_month

    mine = decode_month(october.read_bytes(), october)
    stray = next(entry for entry in mine if entry.id == two_months["one"])
    others = decode_month(november.read_bytes(), november)
    # a crash while moving the entry left it in both months
    november.write_bytes(encode_month("2026-11", [*others, stray]))
    code, found = problems(cli)
    assert code == 1 and kinds(found) == [("duplicate-id", "2026-11.json")]
    assert two_months["one"] in str(found[0]["message"])
    assert cli("check", "--repair").code == 0
    assert sorted(notes_to_ids(cli)) == ["one", "three", "two"]
    assert two_months["one"] in october.read_text(encoding="utf-8")  # kept where its date is
    assert two_months["one"] not in november.read_text(encoding="utf-8")


def test_a_conflict_copy_that_cannot_be_read_is_reported_not_merged(
    cli: Cli, afstand_home: Path, two_months: dict[str, str]
) -> None:
    copy = month(afstand_home, "2026-10").with_name("2026-10 (conflicted copy 2026-11-03).json")
    copy.write_bytes(b"\x00\x01 garbage")
    code, found = problems(cli)
    assert code == 1 and kinds(found) == [("unreadable", copy.name)]
    assert "conflict copy that cannot be read" in str(found[0]["message"])
    result = cli("check", "--repair")
    assert result.code == 1 and copy.exists()
    # a command that writes leaves it too, and says so
    saved = cli("edit", two_months["one"], "--note", "changed")
    assert saved.code == 0, saved.stderr
    assert copy.exists() and "was left as it is" in flat(saved.stderr)


def test_deleted_reflections_that_came_back_are_removed_again(
    cli: Cli, afstand_home: Path, tmp_path: Path, two_months: dict[str, str]
) -> None:
    october = month(afstand_home, "2026-10")
    before = october.read_bytes()
    assert cli("forget", "--client", "K2", "--yes").code == 0
    october.write_bytes(before)  # a sync tool (or a backup) brings the old month back
    listed = cli("list", "--json")
    assert {e["client"] for e in json.loads(listed.stdout)} == {"K1"}  # never shown again
    code, found = problems(cli)
    assert code == 1 and kinds(found) == [("deleted-came-back", "2026-10.json")]
    result = cli("check", "--repair")
    assert result.code == 0, result.stdout
    assert "removed 1 reflection that had been deleted" in result.stdout
    assert two_months["two"] not in october.read_text(encoding="utf-8")


# -- a month put back in time ------------------------------------------------------------------


def test_a_month_put_back_in_time_is_noticed_and_not_written_over(
    cli: Cli, afstand_home: Path, tmp_path: Path, two_months: dict[str, str]
) -> None:
    october = month(afstand_home, "2026-10")
    backup = october.read_bytes()
    save(cli, tmp_path, "K3", "2026-10-03", "newer")
    october.write_bytes(backup)  # a backup restored over it: "newer" is gone

    listed = cli("list")
    assert listed.code == 0
    assert f"{october} is older than its last write" in flat(listed.stderr)
    assert "1 reflection is missing from it" in flat(listed.stderr)

    edited = cli("edit", two_months["one"], "--note", "would hide the loss")
    assert edited.code == 4
    assert "went back in time" in flat(edited.stderr)
    assert "afstand check --repair" in flat(edited.stderr)
    assert october.read_bytes() == backup

    code, found = problems(cli)
    assert code == 1 and kinds(found) == [("went-back", "2026-10.json")]
    assert found[0]["repairable"] is False
    result = cli("check", "--repair")
    assert result.code == 0, result.stdout + result.stderr
    assert "cannot bring back 1 reflection" in flat(result.stdout)
    assert "not in any conflict copy" in flat(result.stdout)
    assert "conflicted copy backup" in result.stdout
    # afstand takes the month as it is now, and writing works again
    assert cli("edit", two_months["one"], "--note", "goes on").code == 0
    assert cli("check").code == 0


def test_repair_brings_a_month_back_from_a_conflict_copy(
    cli: Cli, afstand_home: Path, tmp_path: Path, two_months: dict[str, str]
) -> None:
    october = month(afstand_home, "2026-10")
    old = october.read_bytes()
    save(cli, tmp_path, "K3", "2026-10-03", "newer")
    newer = october.read_bytes()
    october.write_bytes(old)
    october.with_name("2026-10.sync-conflict-20261103-101500-ABCDEFG.json").write_bytes(newer)
    code, found = problems(cli)
    assert code == 1 and kinds(found) == [
        ("conflict-copy", "2026-10.sync-conflict-20261103-101500-ABCDEFG.json")
    ]
    assert cli("check", "--repair").code == 0
    assert sorted(notes_to_ids(cli)) == ["newer", "one", "three", "two"]


def test_a_month_that_disappeared_is_reported(
    cli: Cli, afstand_home: Path, two_months: dict[str, str]
) -> None:
    november = month(afstand_home, "2026-11")
    november.unlink()
    code, found = problems(cli)
    assert code == 1 and kinds(found) == [("went-back", "2026-11.json")]
    assert "gone since its last write" in str(found[0]["message"])
    # a reflection saved into that month is refused rather than hiding the loss
    result = cli("edit", two_months["one"], "--date", "2026-11-05")
    assert result.code == 4 and "went back in time" in flat(result.stderr)


def test_a_changed_write_record_of_an_encrypted_journal_is_refused(
    cli: Cli, afstand_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AFSTAND_PASSPHRASE", PASSPHRASE)
    save(cli, tmp_path, "K1", "2026-10-01", "one")
    save(cli, tmp_path, "K1", "2026-11-01", "two")
    assert cli("encrypt").code == 0
    records = sorted((afstand_home / "journal" / "sync").rglob("months/*.json"))
    assert [p.name for p in records] == ["2026-10.json", "2026-11.json"]
    assert all(p.read_bytes().startswith(b"afstand-enc") for p in records)
    original = records[0].read_bytes()
    records[0].write_bytes(records[1].read_bytes())  # swapped in from another month
    code, found = problems(cli)
    assert code == 1 and ("unreadable", "2026-10.json") in kinds(found)
    assert "sync" in str(found[0]["path"])
    records[0].write_bytes(original)
    assert cli("decrypt").code == 0  # the records are carried over, in plain text again
    assert json.loads(records[0].read_bytes())["format"] == "afstand-written"
    assert cli("check").code == 0


# -- encryption --------------------------------------------------------------------------------


@pytest.fixture
def encrypted(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, two_months: dict[str, str]
) -> dict[str, str]:
    monkeypatch.setenv("AFSTAND_PASSPHRASE", PASSPHRASE)
    assert cli("encrypt").code == 0
    return two_months


def test_a_missing_encryption_json_is_reported_and_restored_from_its_copy(
    cli: Cli, afstand_home: Path, encrypted: dict[str, str]
) -> None:
    header = afstand_home / "journal" / "encryption.json"
    content = header.read_bytes()
    header.unlink()
    code, found = problems(cli)
    assert code == 1 and kinds(found) == [("encryption-missing", "encryption.json")]
    assert found[0]["repairable"] is False
    copy = header.with_name("encryption-LAPTOP.json")  # OneDrive kept it under another name
    copy.write_bytes(content)
    code, found = problems(cli)
    assert kinds(found) == [("encryption-missing", "encryption.json")]
    assert found[0]["repairable"] is True
    result = cli("check", "--repair")
    assert result.code == 0, result.stdout + result.stderr
    assert header.read_bytes() == content
    assert sorted(notes_to_ids(cli)) == ["one", "three", "two"]


def test_a_damaged_encryption_json_is_reported(
    cli: Cli, afstand_home: Path, encrypted: dict[str, str]
) -> None:
    header = afstand_home / "journal" / "encryption.json"
    header.write_text("{}", encoding="utf-8")
    code, found = problems(cli)
    assert code == 1 and ("encryption-damaged", "encryption.json") in kinds(found)


def test_a_plain_month_in_an_encrypted_journal_is_encrypted_by_repair(
    cli: Cli, afstand_home: Path, tmp_path: Path, encrypted: dict[str, str]
) -> None:
    plain_home = tmp_path / "plain"
    shutil.copytree(afstand_home, plain_home)
    assert cli("decrypt").code == 0
    plain = month(afstand_home, "2026-11").read_bytes()
    shutil.rmtree(afstand_home)
    shutil.copytree(plain_home, afstand_home)
    month(afstand_home, "2026-11").write_bytes(plain)  # written by a copy that was not encrypted
    code, found = problems(cli)
    assert code == 1 and kinds(found) == [("plaintext-month", "2026-11.json")]
    result = cli("check", "--repair")
    assert result.code == 0, result.stdout + result.stderr
    assert month(afstand_home, "2026-11").read_bytes().startswith(b"afstand-enc")
    assert sorted(notes_to_ids(cli)) == ["one", "three", "two"]


# -- drafts ------------------------------------------------------------------------------------


def test_drafts_that_cannot_be_read_and_copies_of_drafts_are_reported(
    cli: Cli, afstand_home: Path, two_months: dict[str, str]
) -> None:
    drafts = afstand_home / "drafts"
    drafts.mkdir(exist_ok=True)
    draft_id = "12345678-1234-4234-8234-123456789abc"
    (drafts / f"{draft_id}.json").write_text("{broken", encoding="utf-8")
    copy = drafts / f"{draft_id}.sync-conflict-20261103-101500-ABCDEFG.json"
    draft = {"id": draft_id, "started": "2026-11-03T10:00:00+00:00", "sets": ["s"]}
    copy.write_text(json.dumps({**draft, "answers": {"s": {"q": 3}}}), encoding="utf-8")
    empty_copy = drafts / f"{draft_id} (conflicted copy 2026-11-03 101500).json"
    empty_copy.write_text("{}", encoding="utf-8")
    code, found = problems(cli)
    assert code == 1
    assert sorted(kinds(found)) == [
        ("conflict-copy", copy.name),
        ("unreadable", empty_copy.name),
        ("unreadable", f"{draft_id}.json"),
    ]
    # a copy cannot be merged into a draft that cannot be read: both are left as they are
    assert all(p["repairable"] is False for p in found)
    assert cli("check", "--repair").code == 1
    assert copy.exists() and empty_copy.exists()


def test_check_is_documented_in_both_languages(cli: Cli) -> None:
    assert cli("check", "--help").code == 0
    assert "Herstel" in cli("--lang", "nl", "check", "--help").stdout


def test_an_import_brings_a_deleted_reflection_back_on_purpose(
    cli: Cli, afstand_home: Path, tmp_path: Path, two_months: dict[str, str]
) -> None:
    export = tmp_path / "export.json"
    assert cli("export", "--format", "json", "-o", str(export)).code == 0
    assert cli("delete", two_months["two"], "--yes").code == 0
    assert "two" not in notes_to_ids(cli)
    result = cli("import", str(export))
    assert result.code == 0, result.stderr
    assert "1 added" in result.stderr
    assert sorted(notes_to_ids(cli)) == ["one", "three", "two"]  # shown, and exported
    assert cli("check").code == 0


def test_a_deleted_reflection_that_came_back_is_not_exported(
    cli: Cli, afstand_home: Path, two_months: dict[str, str]
) -> None:
    october = month(afstand_home, "2026-10")
    before = october.read_bytes()
    assert cli("delete", two_months["two"], "--yes").code == 0
    october.write_bytes(before)
    for fmt in ("json", "csv", "markdown"):
        result = cli("export", "--format", fmt)
        assert result.code == 0 and two_months["two"] not in result.stdout, fmt


def test_the_supervision_log_is_neither_a_month_nor_a_problem(
    cli: Cli, afstand_home: Path, tmp_path: Path, two_months: dict[str, str]
) -> None:
    source = tmp_path / "series.yaml"
    source.write_text(
        "kind: intervision\nsupervisor: {name: Anna de Vries}\ngroup_size: 2\n"
        "planned_meetings: 10\nstarted: 2026-09-01\ngoals:\n  - I notice sooner.\n",
        encoding="utf-8",
    )
    assert cli("supervision", "new", "--file", str(source)).code == 0
    logs = sorted((afstand_home / "journal" / "supervision").glob("*.json"))
    assert logs
    result = cli("check")
    assert result.code == 0 and result.stdout == "", result.stdout + result.stderr
    assert cli("check", "--repair").code == 0
    assert sorted((afstand_home / "journal" / "supervision").glob("*.json")) == logs
    assert sorted(notes_to_ids(cli)) == ["one", "three", "two"]
    assert cli("supervision", "list", "--json").code == 0
