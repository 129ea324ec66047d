"""Encryption at rest: what is encrypted stays unreadable without the passphrase, nothing
plain is left on disk, tampering is noticed, and a conversion is all or nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from afstand.crypto import MAGIC, new_header, unlock
from afstand.errors import InvalidInput
from afstand.journal import encryption as conversion
from afstand.journal.store import Journal
from afstand.reflection.drafts import DraftStore, new_draft
from helpers import Cli

PASSPHRASE = "correct horse battery"
MARKER = "PLAINTEXT-MARKER-7f3a"
ANSWERS = """client: K7
date: 2026-{month}-03
note: {marker} note
supervision: true
supervision_question: {marker} question
answers:
  countertransference: {{position: 6, type2_signals: [rescuing], what_pulled: {marker} text}}
  kiesler: {{control_position: 5}}
"""


def save(cli: Cli, tmp_path: Path, month: str) -> None:
    path = tmp_path / f"answers-{month}.yaml"
    path.write_text(ANSWERS.format(month=month, marker=MARKER), encoding="utf-8")
    result = cli("reflect", "--answers", str(path))
    assert result.code == 0, result.stderr


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def plaintext_found(home: Path) -> list[Path]:
    needles = (MARKER.encode(), b'"client"', b"K7")
    return [
        p
        for p in files_under(home)
        if p.name != "encryption.json" and any(n in p.read_bytes() for n in needles[:2])
    ]


@pytest.fixture
def encrypted(
    cli,
    tmp_path: Path,
    afstand_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Path:
    save(cli, tmp_path, "09")
    save(cli, tmp_path, "10")
    monkeypatch.setenv("AFSTAND_PASSPHRASE", PASSPHRASE)
    result = cli("encrypt")
    assert result.code == 0, result.stderr
    assert "Keep your passphrase safe" in result.stderr
    return afstand_home


def test_every_journal_file_is_encrypted_and_nothing_plain_is_left(encrypted: Path) -> None:
    months = sorted((encrypted / "journal").glob("*/*.json"))
    assert [p.name for p in months] == ["2026-09.json", "2026-10.json"]
    assert all(p.read_bytes().startswith(MAGIC) for p in months)
    assert plaintext_found(encrypted) == []
    assert not (encrypted / "journal.new").exists()
    assert not (encrypted / "journal.old").exists()


def test_commands_read_and_write_an_encrypted_journal(
    cli,
    encrypted: Path,
    tmp_path: Path,
) -> None:
    listed = cli("list", "--json")
    assert listed.code == 0, listed.stderr
    assert len(__import__("json").loads(listed.stdout)) == 2
    save(cli, tmp_path, "08")  # a new entry in a new month file
    assert (encrypted / "journal" / "2026" / "2026-08.json").read_bytes().startswith(MAGIC)
    report = cli("report", "--month", "2026-10", "--json")
    assert report.code == 0
    assert '"entries": 1' in report.stdout
    assert plaintext_found(encrypted) == []


def test_a_wrong_passphrase_says_so_and_changes_nothing(
    cli,
    encrypted: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = {p: p.read_bytes() for p in files_under(encrypted)}
    monkeypatch.setenv("AFSTAND_PASSPHRASE", "not the passphrase")
    path = tmp_path / "more.yaml"
    path.write_text(ANSWERS.format(month="10", marker="x"), encoding="utf-8")
    result = cli("reflect", "--answers", str(path))
    assert result.code == 3
    assert "wrong passphrase" in result.stderr
    assert {p: p.read_bytes() for p in files_under(encrypted)} == before


def test_without_a_terminal_or_variable_it_asks_for_the_variable(
    cli,
    encrypted: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("AFSTAND_PASSPHRASE")
    result = cli("list")
    assert result.code == 2
    assert "AFSTAND_PASSPHRASE" in result.stderr


def test_a_changed_byte_is_detected(cli: Cli, encrypted: Path) -> None:
    path = encrypted / "journal" / "2026" / "2026-10.json"
    data = bytearray(path.read_bytes())
    data[len(MAGIC) + 20] ^= 0x01
    path.write_bytes(bytes(data))
    result = cli("report", "--month", "2026-10")
    assert result.code == 4
    assert "changed outside afstand or is damaged" in result.stderr
    assert path.read_bytes() == bytes(data)  # never written over


def test_a_month_moved_into_another_months_place_is_detected(cli: Cli, encrypted: Path) -> None:
    folder = encrypted / "journal" / "2026"
    (folder / "2026-09.json").write_bytes((folder / "2026-10.json").read_bytes())
    result = cli("list", "--month", "2026-09")
    assert result.code == 4
    assert "2026-09.json" in result.stderr


def test_a_plain_file_in_an_encrypted_journal_is_refused(cli: Cli, encrypted: Path) -> None:
    stray = encrypted / "journal" / "2026" / "2026-07.json"
    stray.write_text('{"format": "afstand-journal", "schema_version": 1, "entries": []}')
    result = cli("list", "--month", "2026-07")
    assert result.code == 4
    assert "is not encrypted" in result.stderr


def test_decrypt_gives_back_the_same_entries(cli: Cli, encrypted: Path) -> None:
    before = cli("list", "--json").stdout
    result = cli("decrypt")
    assert result.code == 0, result.stderr
    assert not (encrypted / "journal" / "encryption.json").exists()
    month = encrypted / "journal" / "2026" / "2026-10.json"
    assert month.read_bytes().startswith(b'{"format": "afstand-journal"')
    assert cli("list", "--json").stdout == before


def test_encrypt_refuses_while_a_reflection_is_unfinished(
    cli,
    tmp_path: Path,
    afstand_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save(cli, tmp_path, "10")
    draft = new_draft("d1", datetime(2026, 10, 5, tzinfo=UTC), ["kiesler"], "K7", None)
    draft.answers = {"kiesler": {"control_position": 4}}
    DraftStore(afstand_home / "drafts").save(draft)
    monkeypatch.setenv("AFSTAND_PASSPHRASE", PASSPHRASE)
    result = cli("encrypt")
    assert result.code == 2
    assert "unfinished reflection" in result.stderr
    assert not (afstand_home / "journal" / "encryption.json").exists()


def test_a_short_passphrase_is_refused(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFSTAND_PASSPHRASE", "short")
    assert cli("encrypt").code == 3


# --- the parts, with a fast key derivation -------------------------------------------------------


def test_drafts_are_encrypted_and_read_back(tmp_path: Path) -> None:
    _, cipher = new_header(PASSPHRASE, n=2**10)
    store = DraftStore(tmp_path / "drafts", cipher)
    draft = new_draft("d1", datetime(2026, 10, 5, tzinfo=UTC), ["kiesler"], "K7", None)
    draft.note = MARKER
    store.save(draft)
    raw = store.path("d1").read_bytes()
    assert raw.startswith(MAGIC) and MARKER.encode() not in raw
    drafts, broken = store.load()
    assert [d.note for d in drafts] == [MARKER] and broken == []
    plain_drafts, plain_broken = DraftStore(tmp_path / "drafts").load()
    assert plain_drafts == [] and len(plain_broken) == 1  # unreadable without the key


def test_the_passphrase_check_tells_wrong_from_right(tmp_path: Path) -> None:
    import json

    header, _ = new_header(PASSPHRASE, n=2**10)
    (tmp_path / "encryption.json").write_text(json.dumps(header))
    assert unlock(tmp_path, PASSPHRASE).key
    with pytest.raises(InvalidInput):
        unlock(tmp_path, PASSPHRASE + "!")


def plain_journal(folder: Path) -> Journal:
    from afstand.models.submission import Submission
    from afstand.questionnaires.catalog import load_catalog
    from afstand.reflection.answer_checks import build_entry

    journal = Journal(folder)
    catalog = load_catalog(None)
    for month in ("08", "09", "10"):
        submission = Submission(
            client="K7",
            date=date(2026, int(month), 3),
            answers={"kiesler": {"control_position": 4}},
        )
        now = datetime(2026, 11, 1, tzinfo=UTC)
        journal.add(build_entry(submission, catalog, now=now, today=now.date()))
    return journal


def test_a_crash_between_the_two_renames_is_finished_on_the_next_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "journal"
    ids = [e.id for e in plain_journal(folder).entries()]
    header, cipher = new_header(PASSPHRASE, n=2**10)
    real_rename = Path.rename
    calls = []

    def crash_on_second(self: Path, target: Path) -> Path:
        calls.append(self.name)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the power goes off between the renames
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        conversion.convert(folder, tmp_path / "drafts", None, cipher, header)
    monkeypatch.setattr(Path, "rename", real_rename)
    assert not folder.exists()  # the moment of the crash: old moved away, new not yet in place
    conversion.recover(folder)
    journal = Journal(folder, unlock(folder, PASSPHRASE))
    assert [e.id for e in journal.entries()] == ids
    assert not (tmp_path / "journal.old").exists() and not (tmp_path / "journal.new").exists()


def test_a_crash_while_building_leaves_the_old_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "journal"
    plain_journal(folder)
    before = {p: p.read_bytes() for p in files_under(folder)}
    header, cipher = new_header(PASSPHRASE, n=2**10)
    real_encrypt = type(cipher).encrypt
    count = []

    def crash_on_second_month(self, name: str, data: bytes) -> bytes:
        count.append(name)
        if len(count) == 3:  # the check value, the first month, then the crash
            raise KeyboardInterrupt
        return real_encrypt(self, name, data)

    monkeypatch.setattr(type(cipher), "encrypt", crash_on_second_month)
    with pytest.raises(KeyboardInterrupt):
        conversion.convert(folder, tmp_path / "drafts", None, cipher, header)
    monkeypatch.undo()
    conversion.recover(folder)
    assert not (tmp_path / "journal.new").exists()
    after = {p: p.read_bytes() for p in files_under(folder) if p.name != ".lock"}
    assert after == {p: b for p, b in before.items() if p.name != ".lock"}
    assert len(Journal(folder).entries()) == 3


def test_the_recovery_recipe_in_the_privacy_page_decrypts_the_journal(
    cli,
    encrypted: Path,
    tmp_path: Path,
) -> None:
    import json
    import re

    page = (Path(__file__).resolve().parents[1] / "docs" / "privacy.md").read_text()
    section = page.split("## Recovering an encrypted journal without afstand", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    recipe = code.group(1)
    recipe = re.sub(r"^data = .*$", f"data = pathlib.Path({str(encrypted)!r})", recipe, flags=re.M)
    recipe = re.sub(r"^passphrase = .*$", f"passphrase = {PASSPHRASE!r}", recipe, flags=re.M)
    recipe = re.sub(
        r"^out = .*$", f"out = pathlib.Path({str(tmp_path / 'out')!r})", recipe, flags=re.M
    )
    exec(compile(recipe, "privacy.md", "exec"), {})  # the recipe, exactly as documented
    month = json.loads((tmp_path / "out" / "journal" / "2026" / "2026-10.json").read_bytes())
    assert month["format"] == "afstand-journal"
    assert month["entries"][0]["note"] == f"{MARKER} note"
