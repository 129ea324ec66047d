"""Hostile and broken input: files that are not what they claim, a drafts folder or an
encryption header changed by hand, bytes that are not text, and a reader that arrives in the
middle of a conversion. Each gets a clear `error:` and `hint:`, and nothing on disk changes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from afstand import files
from afstand.crypto import unlock
from afstand.journal import encryption as conversion
from afstand.journal.store import Journal
from helpers import Cli, as_schema_1, flat

PASSPHRASE = "correct horse battery"
ANSWERS = """client: {client}
date: {day}
note: {note}
answers:
  countertransference: {{position: 4, type2_signals: [rescuing]}}
  kiesler: {{control_position: 4}}
"""


def save(cli: Cli, client: str, day: str, note: str = "a note") -> None:
    result = cli(
        "reflect", "--answers", "-", stdin=ANSWERS.format(client=client, day=day, note=note)
    )
    assert result.code == 0, result.stderr


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file and folder below `folder`, with its bytes and mode."""
    found: dict[str, tuple[bytes, int]] = {}
    for path in sorted(folder.rglob("*")):
        data = path.read_bytes() if path.is_file() else b""
        found[path.relative_to(folder).as_posix()] = (data, path.stat().st_mode)
    return found


def refused_cleanly(result: Any, code: int) -> None:
    assert result.code == code, result.stderr
    assert result.stderr.startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture
def encrypted(cli: Cli, afstand_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    save(cli, "K1", "2026-11-03")
    save(cli, "K2", "2026-10-03")
    monkeypatch.setenv("AFSTAND_PASSPHRASE", PASSPHRASE)
    assert cli("encrypt").code == 0
    return afstand_home / "journal"


# -- 1: a reader in the middle of a conversion ---------------------------------------------------


def test_a_reader_during_a_conversion_waits_and_never_undoes_it(
    cli: Cli, afstand_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for month in range(1, 7):
        save(cli, f"K{month}", f"2026-{month:02d}-10")
    monkeypatch.setenv("AFSTAND_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(files, "LOCK_TIMEOUT_SECONDS", 0.2)
    journal = afstand_home / "journal"
    readers: list[Any] = []
    written = 0
    real_write = conversion.atomic_write

    def write_then_read(path: Path, data: bytes, **kwargs: Any) -> None:
        nonlocal written
        real_write(path, data, **kwargs)
        written += 1
        if written == 3:  # halfway through building journal.new
            readers.append(cli("list", "--json", "--limit", "100"))
            readers.append(cli("reflect", "--answers", "-", stdin="client: K9\nnote: late\n"))

    monkeypatch.setattr(conversion, "atomic_write", write_then_read)
    assert cli("encrypt").code == 0
    assert [r.code for r in readers] == [5, 5]  # busy: try again; nothing was undone
    assert "is encrypting or decrypting the journal" in flat(readers[0].stderr)
    assert not (afstand_home / "journal.new").exists()
    cipher = unlock(journal, PASSPHRASE)
    assert sorted(e.client for e in Journal(journal, cipher).entries()) == [
        f"K{n}" for n in range(1, 7)
    ]


def test_an_interrupted_conversion_is_recovered_by_the_next_command(
    cli: Cli, afstand_home: Path
) -> None:
    save(cli, "K1", "2026-11-03")
    half_built = afstand_home / "journal.new" / "2026"
    half_built.mkdir(parents=True)
    (half_built / "2026-11.json").write_bytes(b"half")
    result = cli("list", "--json")
    assert result.code == 0, result.stderr
    assert [e["client"] for e in json.loads(result.stdout)] == ["K1"]
    assert not (afstand_home / "journal.new").exists()


# -- 3: a draft whose id is a path ---------------------------------------------------------------


def test_a_draft_whose_id_is_a_path_never_removes_a_file_outside_the_drafts(
    cli: Cli, afstand_home: Path
) -> None:
    save(cli, "K1", "2026-11-03")
    save(cli, "X1", "2026-10-03")
    month = afstand_home / "journal" / "2026" / "2026-11.json"
    drafts = afstand_home / "drafts"
    drafts.mkdir()
    (drafts / "evil.json").write_text(
        json.dumps(
            {
                "id": "../journal/2026/2026-11",
                "started": "2026-11-20T10:00:00+00:00",
                "sets": [],
                "client": "X1",
            }
        ),
        encoding="utf-8",
    )
    result = cli("forget", "--client", "X1", "--yes")
    assert result.code == 0, result.stderr
    assert month.exists()
    assert [e.client for e in Journal(afstand_home / "journal").entries()] == ["K1"]
    assert (drafts / "evil.json").exists()  # unreadable: named, left alone


def test_a_draft_whose_id_is_not_its_file_name_is_not_used(afstand_home: Path) -> None:
    from afstand.reflection.drafts import DraftStore

    drafts = afstand_home / "drafts"
    drafts.mkdir(parents=True)
    body = {"id": "other", "started": "2026-11-20T10:00:00+00:00", "sets": [], "client": "K1"}
    (drafts / "mine.json").write_text(json.dumps(body), encoding="utf-8")
    found, broken = DraftStore(drafts).load()
    assert found == []
    assert [b.path.name for b in broken] == ["mine.json"]


# -- 5: forgotten, but left in a temporary file ---------------------------------------------------


def test_forget_and_purge_remove_the_temporary_files_of_interrupted_writes(
    cli: Cli, afstand_home: Path
) -> None:
    save(cli, "K1", "2026-06-03", note="about K1")
    save(cli, "K2", "2026-06-04")
    month = afstand_home / "journal" / "2026" / "2026-06.json"
    leftover = month.with_name(".2026-06.json.x8f2k1.tmp")  # as an interrupted import left it
    shutil.copy(month, leftover)
    result = cli("forget", "--client", "K1", "--yes")
    assert result.code == 0, result.stderr
    assert not leftover.exists()
    assert not any(b"about K1" in p.read_bytes() for p in afstand_home.rglob("*") if p.is_file())
    assert [e.client for e in Journal(afstand_home / "journal").entries()] == ["K2"]


# -- 8: encrypted months without encryption.json -------------------------------------------------


@pytest.mark.parametrize("passphrase", [True, False])
def test_encrypted_months_without_their_header_are_never_joined_by_plain_text(
    cli: Cli,
    encrypted: Path,
    monkeypatch: pytest.MonkeyPatch,
    passphrase: bool,
) -> None:
    (encrypted / "encryption.json").unlink()
    if not passphrase:
        monkeypatch.delenv("AFSTAND_PASSPHRASE")
    before = snapshot(encrypted.parent)
    result = cli("reflect", "--answers", "-", stdin="client: K3\ndate: 2026-12-01\nnote: new\n")
    refused_cleanly(result, 4)
    assert "encryption.json" in result.stderr
    assert "restore" in result.stderr
    assert snapshot(encrypted.parent) == before
    assert not (encrypted / "2026" / "2026-12.json").exists()


# -- 11: a refusal changes nothing, not even the lock file ---------------------------------------


def test_a_write_refused_for_a_damaged_month_leaves_no_lock_file(cli: Cli, encrypted: Path) -> None:
    month = encrypted / "2026" / "2026-11.json"
    data = bytearray(month.read_bytes())
    data[-5] ^= 0x01
    month.write_bytes(bytes(data))
    (encrypted / ".lock").unlink(missing_ok=True)
    before = snapshot(encrypted.parent)
    result = cli("reflect", "--answers", "-", stdin="client: K3\ndate: 2026-11-05\nnote: n\n")
    refused_cleanly(result, 4)
    assert snapshot(encrypted.parent) == before


# -- 12: a changed encryption header --------------------------------------------------------------


def _changed(header: dict[str, Any], name: str) -> dict[str, Any]:
    kdf = header["kdf"]
    changes: dict[str, Any] = {
        "n 2^20": {"kdf": {**kdf, "n": 2**20}},
        "p 2^30": {"kdf": {**kdf, "p": 2**30}},
        "n not a power of two": {"kdf": {**kdf, "n": 3000}},
        "n text": {"kdf": {**kdf, "n": "abc"}},
        "n huge": {"kdf": {**kdf, "n": 10**200}},
        "r 0": {"kdf": {**kdf, "r": 0}},
        "no salt": {"kdf": {k: v for k, v in kdf.items() if k != "salt"}},
        "salt not base64": {"kdf": {**kdf, "salt": "!!"}},
        "short check": {"check": header["check"][:20]},
        "check a number": {"check": 12},
        "kdf argon": {"kdf": {**kdf, "name": "argon2"}},
    }
    return {**header, **changes[name]}


@pytest.mark.parametrize(
    "change",
    [
        "n 2^20",
        "p 2^30",
        "n not a power of two",
        "n text",
        "n huge",
        "r 0",
        "no salt",
        "salt not base64",
        "short check",
        "check a number",
        "kdf argon",
    ],
)
def test_a_changed_encryption_header_is_refused_before_any_work(
    cli: Cli, encrypted: Path, change: str
) -> None:
    path = encrypted / "encryption.json"
    path.write_text(json.dumps(_changed(json.loads(path.read_text()), change)), encoding="utf-8")
    before = snapshot(encrypted.parent)
    result = cli("list")
    refused_cleanly(result, 4)
    assert "was changed" in result.stderr
    assert "hint: restore" in result.stderr
    assert snapshot(encrypted.parent) == before


def test_a_header_with_a_number_of_thousands_of_digits_is_damaged(
    cli: Cli, encrypted: Path
) -> None:
    path = encrypted / "encryption.json"
    text = path.read_text().replace('"r": 8', '"r": ' + "9" * 5000)
    path.write_text(text, encoding="utf-8")
    refused_cleanly(cli("list"), 4)


# -- 13: text that is not text --------------------------------------------------------------------


def test_a_lone_surrogate_in_an_answers_file_is_refused_by_field(
    cli: Cli, afstand_home: Path
) -> None:
    result = cli("reflect", "--answers", "-", stdin='{"client": "K1", "note": "a\\udc80b"}')
    refused_cleanly(result, 3)
    assert "note: holds characters that are not valid text" in result.stderr
    stdin = '{"client": "K1", "answers": {"countertransference": {"what_pulled": "x\\ud800"}}}'
    result = cli("reflect", "--answers", "-", stdin=stdin)
    refused_cleanly(result, 3)
    assert not (afstand_home / "journal").exists()


@pytest.mark.parametrize("items", [[None], [1, "rescuing"], [["rescuing"]]])
def test_a_checklist_of_things_that_are_not_option_ids_is_refused(
    cli: Cli, afstand_home: Path, items: list[Any]
) -> None:
    answers = {"countertransference": {"type2_signals": items}}
    result = cli(
        "reflect", "--answers", "-", stdin=json.dumps({"client": "K1", "answers": answers})
    )
    refused_cleanly(result, 3)
    assert "answers.countertransference.type2_signals" in result.stderr
    assert not (afstand_home / "journal").exists()


def test_bytes_that_are_not_utf8_typed_at_a_prompt_are_asked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from rich.console import Console

    from afstand.cli.prompter import TerminalPrompter

    # a terminal hands undecodable bytes on as lone surrogates (surrogateescape)
    monkeypatch.setattr(sys, "stdin", io.StringIO("caf\udce9\ncafe\n"))
    console = Console(file=io.StringIO(), force_terminal=False)
    prompter = TerminalPrompter(console, None, tmp_path / "tmp")
    assert prompter.ask_note(None) == "cafe"
    assert "not valid text" in console.file.getvalue()  # type: ignore[attr-defined]


def test_an_editor_that_saves_bytes_that_are_not_utf8_changes_nothing(tmp_path: Path) -> None:
    from afstand.cli.editor import open_in_editor
    from afstand.errors import UsageError

    editor = tmp_path / "latin1-editor"
    editor.write_text("#!/bin/sh\nprintf 'caf\\351' > \"$1\"\n", encoding="utf-8")
    editor.chmod(0o700)
    with pytest.raises(UsageError) as raised:
        open_in_editor("initial", str(editor), tmp_path / "tmp", ".txt")
    assert "not UTF-8" in raised.value.message
    assert list((tmp_path / "tmp").iterdir()) == []


def _export(cli: Cli) -> dict[str, Any]:
    """An export in the flat form of schema 1 (entries with their wording), which import still
    takes: what a hand-made or foreign file looks like, and easy to change in a test."""
    result = cli("export", "--format", "json", "-o", "-", "--from", "2000-01-01")
    assert result.code == 0, result.stderr
    return as_schema_1(json.loads(result.stdout))


def _import(cli: Cli, data: dict[str, Any]) -> Any:
    return cli("import", "-", stdin=json.dumps(data))


def test_an_import_with_a_lone_surrogate_writes_nothing_at_all(
    cli: Cli, afstand_home: Path
) -> None:
    save(cli, "K1", "2026-10-03")
    save(cli, "K2", "2026-11-03")
    data = _export(cli)
    shutil.rmtree(afstand_home / "journal")
    data["entries"][1]["note"] = "bad \udc80 text"
    result = _import(cli, data)
    refused_cleanly(result, 3)
    assert "entries.1.note" in result.stderr
    assert Journal(afstand_home / "journal").months() == []


# -- 19: what an import may bring -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "value", "field"),
    [
        (("sets", 0, "id"), '=HYPERLINK("http://x","y")', "entries.0.sets.0.id"),
        (("sets", 0, "answers", 0, "question"), "=1+1", "entries.0.sets.0.answers.0.question"),
        (("sets", 0, "answers", 1, "options", 0, "id"), "@SUM(A1)", "options.0.id"),
        (("sets", 0, "answers", 0, "value"), 99, "entries.0.sets.0.answers.0.value"),
        (("sets", 0, "answers", 0, "value"), "six", "entries.0.sets.0.answers.0.value"),
        (("sets", 0, "answers", 1, "value"), ["merging"], "entries.0.sets.0.answers.1.value"),
    ],
)
def test_an_import_accepts_only_what_afstand_could_have_written(
    cli: Cli, afstand_home: Path, where: tuple[Any, ...], value: Any, field: str
) -> None:
    save(cli, "K1", "2026-10-03")
    data = _export(cli)
    shutil.rmtree(afstand_home / "journal")
    target: Any = data["entries"][0]
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    result = _import(cli, data)
    refused_cleanly(result, 3)
    assert field in result.stderr
    assert Journal(afstand_home / "journal").months() == []


def test_a_streamed_export_with_a_formula_as_a_set_id_is_refused_whole(
    cli: Cli, afstand_home: Path
) -> None:
    save(cli, "K1", "2026-10-03")
    result = cli("export", "--format", "json", "-o", "-")
    data = json.loads(result.stdout)
    (wording,) = [w for w in data["months"][0]["wordings"].values() if w["set"] == "kiesler"]
    wording["set"] = '=HYPERLINK("http://x","y")'
    shutil.rmtree(afstand_home / "journal")
    result = _import(cli, data)
    refused_cleanly(result, 3)
    assert "entries.0.sets." in result.stderr and "HYPERLINK" in result.stderr
    assert Journal(afstand_home / "journal").months() == []


def test_escape_codes_in_an_imported_title_are_taken_out_not_stored(
    cli: Cli, afstand_home: Path
) -> None:
    save(cli, "K1", "2026-10-03")
    data = _export(cli)
    shutil.rmtree(afstand_home / "journal")
    data["entries"][0]["sets"][0]["title"]["en"] = "\x1b[2Jtitle"
    result = _import(cli, data)
    assert result.code == 0, result.stderr
    (entry,) = Journal(afstand_home / "journal").entries()
    assert entry.sets[0].title.en == "title"


def test_an_export_of_afstand_itself_still_imports(cli: Cli, afstand_home: Path) -> None:
    save(cli, "K1", "2026-10-03")
    data = _export(cli)
    shutil.rmtree(afstand_home / "journal")
    result = _import(cli, data)
    assert result.code == 0, result.stderr
    assert [e.client for e in Journal(afstand_home / "journal").entries()] == ["K1"]


# -- 14: files that are not what they claim -------------------------------------------------------

DEEP_JSON = '{"client": "K1", "note": ' + "[" * 5000 + "]" * 5000 + "}"
LONG_NUMBER_JSON = '{"client": "K1", "note": ' + "9" * 5000 + "}"
LONG_NUMBER_YAML = "client: K1\nnote: " + "9" * 5000 + "\n"
DEEP_YAML = "client: K1\nnote: " + "[" * 3000 + "]" * 3000 + "\n"
IMPORT_LONG_NUMBER = '{"format": "afstand-export", "schema_version": ' + "9" * 5000 + "}"
SET_LONG_NUMBER = "id: big\nversion: " + "9" * 5000 + "\n"


@pytest.mark.parametrize(
    ("command", "content"),
    [
        ("answers", DEEP_JSON),
        ("answers", LONG_NUMBER_JSON),
        ("answers", LONG_NUMBER_YAML),
        ("answers", DEEP_YAML),
        ("answers", os.urandom(3000)),
        ("import", DEEP_JSON),
        ("import", IMPORT_LONG_NUMBER),
        ("import", os.urandom(3000)),
        ("validate", SET_LONG_NUMBER),
        ("validate", DEEP_YAML),
        ("validate", os.urandom(3000)),
    ],
)
def test_nesting_long_numbers_and_random_bytes_are_refused_clearly(
    cli: Cli, tmp_path: Path, command: str, content: str | bytes
) -> None:
    path = tmp_path / "input"
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    args = {
        "answers": ["reflect", "--answers", str(path)],
        "import": ["import", str(path)],
        "validate": ["questionnaires", "validate", str(path)],
    }[command]
    result = cli(*args)
    assert result.code in (1, 3), result.stderr
    assert "Traceback" not in result.stderr
    assert "error" in result.stderr or "invalid" in result.stderr


@pytest.mark.parametrize(
    "config",
    [
        "retention_months = " + "9" * 5000 + "\n",
        "x = " + "[" * 3000 + "]" * 3000 + "\n",
    ],
)
def test_a_config_nested_without_end_or_with_endless_numbers_is_refused(
    cli: Cli, afstand_home: Path, config: str
) -> None:
    afstand_home.mkdir(exist_ok=True)
    (afstand_home / "config.toml").write_text(config, encoding="utf-8")
    result = cli("list")
    refused_cleanly(result, 3)
    assert "config" in result.stderr


def _run_afstand(home: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "AFSTAND_HOME": str(home), "LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "afstand", *args], env=env, capture_output=True, timeout=60
    )


@pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and sparse files")
@pytest.mark.parametrize("kind", ["fifo", "/dev/zero", "sparse", "folder"])
def test_only_regular_files_of_a_sane_size_are_read(
    tmp_path: Path, afstand_home: Path, kind: str
) -> None:
    if kind == "fifo":
        path = tmp_path / "pipe.yaml"
        os.mkfifo(path)
    elif kind == "sparse":
        path = tmp_path / "sparse.yaml"
        with path.open("wb") as stream:
            stream.truncate(4 * 1024**3)  # 4 GB, no blocks on disk
    elif kind == "folder":
        path = tmp_path / "folder.yaml"
        path.mkdir()
    else:
        path = Path(kind)
    commands = [["reflect", "--answers", str(path)], ["import", str(path)]]
    if kind != "folder":  # `validate FOLDER` checks the sets in it
        commands.append(["questionnaires", "validate", str(path)])
    for args in commands:
        done = _run_afstand(afstand_home, *args)  # a hang fails here, after 60 seconds
        said = done.stdout.decode() + done.stderr.decode()  # validate lists problems on stdout
        assert done.returncode in (1, 3), said
        assert "Traceback" not in said
        assert ("not a regular file" in said) or ("larger than" in said), said


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and devices")
def test_a_pipe_or_device_among_the_own_sets_is_named_and_never_read(
    cli: Cli, afstand_home: Path
) -> None:
    own = afstand_home / "questionnaires"
    own.mkdir(parents=True)
    os.mkfifo(own / "pipe.yaml")
    (own / "zero.yaml").symlink_to("/dev/zero")
    result = cli("questionnaires", "list")
    assert result.code == 0, result.stderr
    said = flat(result.stdout + result.stderr)
    assert "pipe.yaml" in said
    assert "zero.yaml" in said
    shown = cli("questionnaires", "validate", str(own / "zero.yaml"))
    assert "not a regular file" in shown.stdout


def test_a_config_that_is_not_a_regular_file_is_refused(cli: Cli, afstand_home: Path) -> None:
    (afstand_home / "config.toml").mkdir(parents=True)
    result = cli("list")
    refused_cleanly(result, 3)
    assert "not a regular file" in result.stderr


# -- 16: bytes that are not UTF-8 on the command line --------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("delete", "\udcff\udcff\udcff\udcff", "--yes"),
        ("show", "\udcff\udcff\udcff\udcff"),
        ("edit", "\udcff\udcff\udcff\udcff", "--note", "x"),
        ("list", "--client", "K\udce9"),
    ],
)
def test_bytes_that_are_not_utf8_on_the_command_line_are_refused(
    cli: Cli, args: tuple[str, ...]
) -> None:
    result = cli(*args)
    refused_cleanly(result, 2)
    assert "is not UTF-8 text" in result.stderr
    assert "\\xff" in result.stderr or "\\xe9" in result.stderr


def test_bytes_that_are_not_utf8_are_refused_by_the_real_program(afstand_home: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "afstand", "delete", b"\xff\xff\xff\xff", "--yes"],
        env={**os.environ, "AFSTAND_HOME": str(afstand_home), "LANG": "C.UTF-8"},
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr
    assert b"not UTF-8" in done.stderr


# -- 17: question sets with escape sequences -----------------------------------------------------

ESCAPING_SET = """id: escaping
version: 1
title: {en: "Title \\e[2J"}
description: {en: A set}
source: me
questions:
  - id: q
    type: text
    prompt: {en: "Say \\e]52;c;aGk=\\a it"}
"""


def test_a_question_set_with_escape_sequences_is_refused_by_field(
    cli: Cli, afstand_home: Path
) -> None:
    own = afstand_home / "questionnaires"
    own.mkdir(parents=True)
    (own / "escaping.yaml").write_text(ESCAPING_SET, encoding="utf-8")
    result = cli("questionnaires", "validate", str(own / "escaping.yaml"))
    assert result.code == 1
    assert "title.en: holds control characters" in result.stdout + result.stderr
    assert "questions.0.prompt.en: holds control characters" in result.stdout + result.stderr
    assert "\x1b" not in result.stdout + result.stderr
    shown = cli("questionnaires", "show", "escaping")
    assert shown.code != 0
    assert "\x1b" not in shown.stdout + shown.stderr


def test_an_entry_with_escape_sequences_in_its_snapshot_prints_them_inert(
    cli: Cli, afstand_home: Path
) -> None:
    save(cli, "K1", "2026-10-03", note="plain")
    journal = Journal(afstand_home / "journal")
    [entry] = journal.entries()
    first = entry.sets[0]
    answer = first.answers[0].model_copy(
        update={"prompt": first.answers[0].prompt.model_copy(update={"en": "P\x1b[2J?"})}
    )
    changed_set = first.model_copy(update={"answers": [answer, *first.answers[1:]]})
    journal.replace(entry.model_copy(update={"sets": [changed_set, *entry.sets[1:]]}))
    result = cli("show", entry.id[:8])
    assert result.code == 0, result.stderr
    assert "\x1b" not in result.stdout  # shown as a visible escape, or left out
    assert "P" in result.stdout


# -- 9: core dumps ----------------------------------------------------------------------------


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and /proc are Linux")
def test_afstand_turns_core_dumps_off_for_itself() -> None:
    script = (
        "import ctypes, resource, sys\n"
        "from afstand.cli import main\n"
        "sys.argv = ['afstand', '--version']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
        "print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))\n"  # PR_GET_DUMPABLE
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    lines = done.stdout.decode().split("\n")
    assert lines[1:3] == ["(0, 0)", "0"], done.stderr


def test_a_draft_id_that_is_a_path_is_never_made_into_a_file_name() -> None:
    from afstand.errors import InvalidInput
    from afstand.reflection.drafts import DraftStore

    with pytest.raises(InvalidInput):
        DraftStore(Path("drafts")).path("../journal/2026/2026-11")


# -- every bad input of this page, through the real program -------------------------------------


def _bad_inputs(home: Path, folder: Path) -> list[tuple[str, list[str | bytes], str | None]]:
    """(what, arguments, stdin) for each bad input above, against a journal in `home`."""
    fifo = folder / "pipe.json"
    os.mkfifo(fifo)
    sparse = folder / "sparse.json"
    with sparse.open("wb") as stream:
        stream.truncate(4 * 1024**3)
    for name, text in {
        "deep.json": DEEP_JSON,
        "long.json": LONG_NUMBER_JSON,
        "long.yaml": LONG_NUMBER_YAML,
        "import-long.json": IMPORT_LONG_NUMBER,
        "set-long.yaml": SET_LONG_NUMBER,
        "escaping.yaml": ESCAPING_SET,
    }.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "random").write_bytes(os.urandom(3000))
    cases: list[tuple[str, list[str | bytes], str | None]] = [
        ("surrogate note", ["reflect", "--answers", "-"], '{"client":"K1","note":"\\udc80"}'),
        ("bytes as an id", ["delete", b"\xff\xff\xff\xff", "--yes"], None),
        ("bytes to show", ["show", b"\xff\xff\xff\xff"], None),
        ("bytes to edit", ["edit", b"\xff\xff\xff\xff", "--note", "x"], None),
        ("escape sequences", ["questionnaires", "validate", str(folder / "escaping.yaml")], None),
    ]
    for path in ("deep.json", "long.json", "long.yaml", "random", str(fifo), "/dev/zero"):
        cases.append((f"answers {path}", ["reflect", "--answers", str(folder / path)], None))
    for path in ("deep.json", "import-long.json", "random", str(fifo), str(sparse), "/dev/zero"):
        cases.append((f"import {path}", ["import", str(folder / path)], None))
    for path in ("set-long.yaml", "random", str(fifo), "/dev/zero"):
        cases.append((f"set {path}", ["questionnaires", "validate", str(folder / path)], None))
    return cases


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="FIFOs and devices")
def test_every_bad_input_gives_an_error_and_never_a_traceback(
    cli: Cli, tmp_path: Path, afstand_home: Path
) -> None:
    save(cli, "K1", "2026-11-03")
    folder = tmp_path / "inputs"
    folder.mkdir()
    env = {**os.environ, "AFSTAND_HOME": str(afstand_home), "LANG": "C.UTF-8"}
    failures = []
    for what, args, stdin in _bad_inputs(afstand_home, folder):
        done = subprocess.run(
            [sys.executable, "-m", "afstand", *args],
            env=env,
            input=stdin.encode() if stdin is not None else None,
            capture_output=True,
            timeout=60,
        )
        said = (done.stdout + done.stderr).decode("utf-8", "replace")
        clear = "error: " in said or "file invalid" in said  # validate speaks like a linter
        if done.returncode in (0, 130) or "Traceback" in said or not clear:
            failures.append(f"{what}: exit {done.returncode}: {said[-300:]}")
    assert failures == []
    assert [e.client for e in Journal(afstand_home / "journal").entries()] == ["K1"]
