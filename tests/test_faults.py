"""Fault injection: afstand as a real process, killed, crowded and starved, keeps every
entry whose save it confirmed. Run alone with `pytest -m faults`."""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afstand.journal.store import Journal
from helpers import Cli

pytestmark = pytest.mark.faults

ANSWERS = """client: K{n}
date: 2026-10-{day:02d}
note: save number {n}
answers:
  countertransference: {{position: 4, type2_signals: [rescuing]}}
  kiesler: {{control_position: 4}}
"""


def start_save(home: Path, n: int, tmp: Path) -> subprocess.Popen[bytes]:
    path = tmp / f"answers-{n}.yaml"
    path.write_text(ANSWERS.format(n=n, day=1 + n % 28), encoding="utf-8")
    env = {**os.environ, "AFSTAND_HOME": str(home)}
    return subprocess.Popen(
        [sys.executable, "-m", "afstand", "reflect", "--answers", str(path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def notes(home: Path) -> list[str]:
    return [entry.note or "" for entry in Journal(home / "journal").entries()]


def kill_moment(rng: random.Random, durations: list[float]) -> float:
    """A moment to kill a run, measured against how long whole runs took here just now (the
    machine may be busy): mostly late, where the work is, and now and then early."""
    typical = statistics.median(durations[-5:])
    if rng.random() < 0.2:
        return rng.uniform(0.0, typical)
    return rng.uniform(0.6, 1.1) * typical


def run_or_kill(
    process: subprocess.Popen[bytes], number: int, rng: random.Random, durations: list[float]
) -> int:
    """Let every fourth run finish (and measure it); kill the others at a random moment within
    the measured length. So the kills land where the work is however busy the machine is,
    and runs both finish and die, whatever the luck of the draw."""
    started = time.monotonic()
    if number % 4 == 0 or not durations:
        code = process.wait()
        if code == 0:
            durations.append(time.monotonic() - started)
        return code
    try:
        return process.wait(timeout=kill_moment(rng, durations))
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        return process.wait()


def test_sigkill_at_random_moments_never_loses_a_confirmed_save(tmp_path: Path) -> None:
    # Kill moments are drawn from the measured length of whole saves, not from a fixed window:
    # on a busy machine start-up alone took longer than a fixed window of 0.35 s, every kill
    # landed before any save and the test failed although nothing was lost.
    home = tmp_path / "home"
    confirmed: list[str] = []
    killed = 0
    durations: list[float] = []
    rng = random.Random(20261121)
    for n in range(200):
        if n >= 40 and killed >= 8:
            break
        code = run_or_kill(start_save(home, n, tmp_path), n, rng, durations)
        if code == 0:  # exit 0 comes only after the save was written and confirmed
            confirmed.append(f"save number {n}")
        else:
            assert code == -signal.SIGKILL, code
            killed += 1
    saved = notes(home)  # every month must still open and validate
    assert set(confirmed) <= set(saved)
    assert len(saved) == len(set(saved)), "an entry was saved twice"
    assert len(confirmed) >= 10 and killed >= 8, "the kills should land before and after saves"


READER = """
import contextlib, io, json, os, random, sys, time
from afstand.cli import run
expected, stop, log = set(json.loads(sys.argv[1])), sys.argv[2], sys.argv[3]
reads = 0
while not os.path.exists(stop):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(["list", "--json", "--limit", "1000"])
    if code == 0:
        seen = [entry["id"] for entry in json.loads(out.getvalue())]
        if sorted(seen) != sorted(expected):
            with open(log, "a") as f:
                f.write(f"read {len(seen)} of {len(expected)} entries\\n")
        reads += 1
    elif code != 5:  # 5: busy, try again later; anything else is a failure
        with open(log, "a") as f:
            f.write(f"exit {code}: {err.getvalue()}\\n")
    time.sleep(random.uniform(0.0, 0.05))
print(reads)
"""


def open_journal(home: Path) -> Journal:
    from afstand.crypto import is_encrypted, unlock
    from afstand.journal.encryption import recover

    folder = home / "journal"
    recover(folder)
    return Journal(folder, unlock(folder, PASSPHRASE) if is_encrypted(folder) else None)


PASSPHRASE = "a passphrase for faults"


def test_a_reader_in_a_loop_during_encrypt_and_decrypt_killed_at_random_loses_nothing(
    cli: Cli, tmp_path: Path, afstand_home: Path
) -> None:
    for n in range(24):  # three entries in each of eight months
        answers = ANSWERS.replace("2026-10-", f"2026-{1 + n % 8:02d}-")
        assert cli("reflect", "--answers", "-", stdin=answers.format(n=n, day=1 + n)).code == 0
    before = {entry.id: entry for entry in open_journal(afstand_home).entries()}
    assert len(before) == 24
    env = {**os.environ, "AFSTAND_HOME": str(afstand_home), "AFSTAND_PASSPHRASE": PASSPHRASE}
    stop, log = tmp_path / "stop", tmp_path / "failures.log"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, json.dumps(sorted(before)), str(stop), str(log)],
        env=env,
        stdout=subprocess.PIPE,
    )
    rng = random.Random(20261202)
    durations: list[float] = []
    outcomes: list[str] = []
    try:
        for number in range(60):
            if number >= 16 and outcomes.count("killed") >= 4 and outcomes.count("done") >= 3:
                break
            encrypted = (afstand_home / "journal" / "encryption.json").exists()
            process = subprocess.Popen(
                [sys.executable, "-m", "afstand", "decrypt" if encrypted else "encrypt"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            code = run_or_kill(process, number, rng, durations)
            if code == 0:
                outcomes.append("done")
            elif code == -signal.SIGKILL:
                outcomes.append("killed")
            else:  # busy (the reader held the journal): refused, nothing changed
                assert code == 5, process.stderr.read() if process.stderr else code
                outcomes.append("busy")
    finally:
        stop.touch()
        reads = int(reader.communicate(timeout=120)[0] or 0)
    assert not log.exists(), log.read_text()
    assert reads > 0
    after = {entry.id: entry for entry in open_journal(afstand_home).entries()}
    assert after == before
    assert outcomes.count("done") >= 3 and outcomes.count("killed") >= 4, outcomes


def test_eight_processes_saving_25_each_at_once_lose_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    script = (
        "import os, sys\n"
        "from afstand.cli import run\n"
        "worker = int(sys.argv[1]); folder = sys.argv[2]\n"
        "for i in range(25):\n"
        "    path = os.path.join(folder, f'w{worker}-{i}.yaml')\n"
        "    with open(path, 'w') as f:\n"
        f"        f.write({ANSWERS!r}.format(n=worker * 100 + i, day=1 + i % 3))\n"
        "    assert run(['reflect', '--answers', path]) == 0\n"
    )
    env = {**os.environ, "AFSTAND_HOME": str(home)}
    workers = [
        subprocess.Popen([sys.executable, "-c", script, str(w), str(tmp_path)], env=env)
        for w in range(8)
    ]
    assert [w.wait(timeout=120) for w in workers] == [0] * 8
    saved = notes(home)
    assert len(saved) == 200
    assert len(set(saved)) == 200


def test_a_full_disk_leaves_the_journal_intact_and_says_so(
    cli,
    tmp_path: Path,
    afstand_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = tmp_path / "first.yaml"
    first.write_text(ANSWERS.format(n=1, day=2), encoding="utf-8")
    assert cli("reflect", "--answers", str(first)).code == 0
    month = afstand_home / "journal" / "2026" / "2026-10.json"
    before = month.read_bytes()

    def full(fd: int) -> None:  # the data is flushed to a disk that has no room left
        raise OSError(errno.ENOSPC, "No space left on device")

    second = tmp_path / "second.yaml"
    second.write_text(ANSWERS.format(n=2, day=3), encoding="utf-8")
    monkeypatch.setattr(os, "fsync", full)
    result = cli("reflect", "--answers", str(second))
    monkeypatch.undo()
    assert result.code == 5
    assert "disk is full" in result.stderr
    assert "nothing was lost" in result.stderr
    assert month.read_bytes() == before
    assert [p.name for p in month.parent.iterdir()] == ["2026-10.json"]


def test_a_read_only_data_folder_gives_a_clear_error(
    cli,
    tmp_path: Path,
    afstand_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tempfile

    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    answers = tmp_path / "a.yaml"
    answers.write_text(ANSWERS.format(n=1, day=2), encoding="utf-8")
    result = cli("reflect", "--answers", str(answers))
    assert result.code == 5
    assert "no permission to write" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="file modes do not stop root")
def test_a_really_read_only_folder_gives_a_clear_error(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "journal").mkdir(parents=True)
    (home / "journal").chmod(0o500)
    try:
        process = start_save(home, 1, tmp_path)
        assert process.wait() == 5
        assert process.stderr is not None
        assert b"no permission" in process.stderr.read()
    finally:
        (home / "journal").chmod(0o700)


VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-10, 10)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
ANSWER_KEYS = st.sampled_from(
    [
        "position",
        "type2_signals",
        "reaction_source",
        "messages",
        "control_position",
        "pull_strength",
        "nope",
    ]
)
SUBMISSIONS = st.fixed_dictionaries(
    {"client": st.one_of(st.sampled_from(["K7", "k 7", "", "JanJansen"]), VALUES)},
    optional={
        "date": st.one_of(st.sampled_from(["2026-10-02", "tomorrow", "2999-01-01"]), VALUES),
        "note": VALUES,
        "supervision": VALUES,
        "answers": st.one_of(
            VALUES,
            st.dictionaries(
                st.sampled_from(["countertransference", "kiesler", "nope"]),
                st.dictionaries(ANSWER_KEYS, VALUES, max_size=4),
                max_size=3,
            ),
        ),
        "extra": VALUES,
    },
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(SUBMISSIONS)
def test_any_answers_file_is_saved_or_refused_clearly(cli: Cli, data: dict[str, object]) -> None:
    result = cli("reflect", "--answers", "-", stdin=json.dumps(data))
    assert result.code in (0, 3), result.stderr
    assert "Traceback" not in result.stderr
    if result.code == 3:
        assert result.stderr.startswith("error: ")
        assert result.stdout == ""


EXPORTS = st.fixed_dictionaries(
    {},
    optional={
        "format": st.one_of(st.just("afstand-export"), VALUES),
        "schema_version": st.one_of(st.integers(-1, 3), VALUES),
        "complete": st.one_of(st.booleans(), VALUES),
        "entries": st.one_of(
            VALUES,
            st.lists(
                st.fixed_dictionaries(
                    {"id": st.one_of(st.uuids().map(str), VALUES)},
                    optional={
                        "date": VALUES,
                        "client": VALUES,
                        "created": VALUES,
                        "sets": VALUES,
                        "note": VALUES,
                    },
                ),
                max_size=3,
            ),
        ),
    },
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(EXPORTS)
def test_any_import_file_is_refused_clearly_and_changes_nothing(
    cli, afstand_home: Path, data: dict[str, object]
) -> None:
    before = sorted((p, p.read_bytes()) for p in afstand_home.rglob("*.json"))
    result = cli("import", "-", stdin=json.dumps(data))
    assert result.code in (0, 3), result.stderr
    assert "Traceback" not in result.stderr
    if result.code == 3:
        assert result.stderr.startswith("error: ")
        assert sorted((p, p.read_bytes()) for p in afstand_home.rglob("*.json")) == before


def write_format_1_journal(folder: Path, months: int) -> set[str]:
    """A journal of `months` months in format 1 (each entry with its full wording), from the
    format-1 fixture; returns the ids of its entries."""
    import uuid
    from datetime import date

    from afstand.models.entry import Entry

    fixture = Path(__file__).parent / "fixtures" / "journal" / "format1_2026-10.json"
    template = [Entry.model_validate(e) for e in json.loads(fixture.read_bytes())["entries"]]
    ids = set()
    for index in range(months):
        year, month = 2024 + index // 12, 1 + index % 12
        name = f"{year:04d}-{month:02d}"
        entries = []
        for n, entry in enumerate(template):
            new_id = str(uuid.UUID(int=index * 100 + n + 1, version=4))
            ids.add(new_id)
            moved = entry.model_copy(update={"id": new_id, "date": date(year, month, n + 1)})
            entries.append(moved.model_dump(mode="json", exclude_defaults=True))
        path = folder / name[:4] / f"{name}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        document = {"format": "afstand-journal", "schema_version": 1, "month": name}
        path.write_text(json.dumps({**document, "entries": entries}), encoding="utf-8")
    return ids


def month_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("[0-9][0-9][0-9][0-9]/*.json"))


def copies_on_disk(folder: Path, ids: set[str]) -> dict[str, int]:
    """How many month files hold each id (not the write records under `sync/`, which name
    every id of their month too)."""
    counts = dict.fromkeys(ids, 0)
    for path in month_files(folder):
        data = path.read_bytes()
        for entry_id in ids:
            counts[entry_id] += data.count(entry_id.encode())
    return counts


def test_migrate_killed_at_random_moments_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    folder = home / "journal"
    ids = write_format_1_journal(folder, 24)
    rng = random.Random(20261202)
    env = {**os.environ, "AFSTAND_HOME": str(home)}
    for _ in range(8):
        process = subprocess.Popen(
            [sys.executable, "-m", "afstand", "migrate"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(0.1, 1.5))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        process.wait()
        read = [entry.id for entry in Journal(folder).entries()]  # every month still opens
        assert sorted(read) == sorted(ids)
        assert set(copies_on_disk(folder, ids).values()) == {1}
    assert subprocess.run([sys.executable, "-m", "afstand", "migrate"], env=env).returncode == 0
    versions = {json.loads(p.read_bytes())["schema_version"] for p in month_files(folder)}
    assert versions == {2}
    assert sorted(e.id for e in Journal(folder).entries()) == sorted(ids)


def test_an_edit_moving_an_entry_killed_at_random_moments_keeps_it_once(tmp_path: Path) -> None:
    home = tmp_path / "home"
    folder = home / "journal"
    ids = write_format_1_journal(folder, 2)  # January and February 2024
    moving = sorted(ids)[0]
    env = {**os.environ, "AFSTAND_HOME": str(home)}
    rng = random.Random(20261203)
    for n in range(8):
        day = f"2024-{1 + n % 2:02d}-{10 + n:02d}"  # back and forth between the two months
        process = subprocess.Popen(
            [sys.executable, "-m", "afstand", "edit", moving, "--date", day],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(0.1, 1.2))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        process.wait()
        read = [entry.id for entry in Journal(folder).entries()]
        assert sorted(read) == sorted(ids)  # every entry once, the moved one too
        shown = subprocess.run(
            [sys.executable, "-m", "afstand", "show", moving], env=env, capture_output=True
        )
        assert shown.returncode == 0, shown.stderr


def test_an_import_killed_at_random_moments_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    """An import into an empty journal, killed anywhere: every month written is whole and
    opens, no entry is there twice, and importing again brings in the rest."""
    source = tmp_path / "source"
    ids = write_format_1_journal(source / "journal", 48)
    export = tmp_path / "everything.json"
    made = subprocess.run(
        [sys.executable, "-m", "afstand", "export", "--format", "json", "-o", str(export)],
        env={**os.environ, "AFSTAND_HOME": str(source)},
        capture_output=True,
    )
    assert made.returncode == 0, made.stderr
    rng = random.Random(20261204)
    durations: list[float] = []
    for number in range(10):
        home = tmp_path / f"home-{number}"
        folder = home / "journal"
        env = {**os.environ, "AFSTAND_HOME": str(home)}
        command = [sys.executable, "-m", "afstand", "import", str(export)]
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        code = run_or_kill(process, number, rng, durations)
        assert code in (0, -signal.SIGKILL)
        read = [entry.id for entry in Journal(folder).entries()]  # every month opens
        assert len(read) == len(set(read)) and set(read) <= ids
        assert set(copies_on_disk(folder, set(read)).values()) <= {1}
        if code == 0:
            assert sorted(read) == sorted(ids)
        again = subprocess.run(command, env=env, capture_output=True)
        assert again.returncode == 0, again.stderr
        assert sorted(entry.id for entry in Journal(folder).entries()) == sorted(ids)
        assert set(copies_on_disk(folder, ids).values()) == {1}
