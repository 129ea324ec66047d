"""afstand in a real terminal: tmux runs it, keys are typed (arrows, Tab, Ctrl-C), and what
the journal and the drafts folder hold afterwards is checked. Skipped where tmux is missing."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from afstand.journal.store import Journal
from afstand.reflection.drafts import DraftStore

pytestmark = [
    pytest.mark.terminal,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

WAIT = 30.0  # seconds: a loaded machine starts Python slowly; this is a limit, not a measure


class Screen:
    """One tmux session running one command."""

    def __init__(self, home: Path, command: list[str], env: dict[str, str] | None = None) -> None:
        self.name = f"afstand-test-{uuid.uuid4().hex[:8]}"
        variables = {"AFSTAND_HOME": str(home), "TERM": "xterm-256color", **(env or {})}
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in variables.items())
        line = f"env {exports} {shlex.join(command)}; echo EXIT=$?; sleep 600"
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", self.name, "-x", "120", "-y", "50", line],
            check=True,
        )

    def keys(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def text(self) -> str:
        return subprocess.run(
            ["tmux", "capture-pane", "-p", "-S", "-", "-t", self.name],
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    def wait_for(self, expected: str) -> str:
        """The screen once it shows `expected` (the last prompt the program printed)."""
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            shown = self.text()
            if expected in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{expected!r} did not appear:\n{self.text()}")

    def answer(self, prompt_count: int, expected: str, *keys: str) -> None:
        """Wait for the `prompt_count`-th appearance of `expected`, then type `keys`."""
        deadline = time.monotonic() + WAIT
        while self.text().count(expected) < prompt_count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{expected!r} #{prompt_count} did not appear:\n{self.text()}")
            time.sleep(0.1)
        self.keys(*keys)

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], check=False)


@pytest.fixture
def screens(afstand_home: Path) -> Iterator[list[Screen]]:
    opened: list[Screen] = []
    yield opened
    for screen in opened:
        screen.close()


def afstand(*args: str) -> list[str]:
    return [sys.executable, "-m", "afstand", *args]


def open_screen(screens: list[Screen], home: Path, *args: str, **env: str) -> Screen:
    screen = Screen(home, afstand(*args), env)
    screens.append(screen)
    return screen


REFLECT = ("reflect", "--client", "K1", "--date", "2026-11-03", "--set", "kiesler")
CHECKLIST = "[numbers, e.g. 1,3] (Enter skips) >"
SCALE = "[1-7] >"
CHOICE = "[1-4] (Enter skips) >"
TEXT = "[one line, or :e for your editor] (Enter skips) >"
NOTE = "Note (optional; :e for your editor) >"
SAVE = "Save this reflection?"


def test_arrow_keys_edit_the_line_and_store_no_escape_codes(
    screens: list[Screen], afstand_home: Path
) -> None:
    screen = open_screen(screens, afstand_home, *REFLECT)
    screen.answer(1, CHECKLIST, "Enter")
    screen.answer(1, SCALE, "4", "Enter")
    screen.answer(1, CHOICE, "Enter")
    # ← ← in the middle of a word, then ↑ at the note brings back what was typed before
    screen.answer(1, TEXT, "abc", "Left", "Left", "X", "Enter")
    screen.answer(1, NOTE, "Up", "End", " again", "Enter")
    screen.answer(1, "Bring this to supervision? [y/N]", "Enter")
    screen.answer(1, SAVE, "Enter")
    screen.wait_for("EXIT=0")
    (entry,) = Journal(afstand_home / "journal").entries()
    assert entry.note == "aXbc again"
    assert {a.question: a.value for _, a in entry.answers()}["next_time"] == "aXbc"
    month = next((afstand_home / "journal").rglob("2026-11.json")).read_bytes()
    assert b"\x1b" not in month and b"\\u001b" not in month


def test_back_shows_the_earlier_answer_ready_to_edit(
    screens: list[Screen], afstand_home: Path
) -> None:
    screen = open_screen(screens, afstand_home, *REFLECT)
    screen.answer(1, CHECKLIST, "Enter")
    screen.answer(1, SCALE, "4", "Enter")
    screen.answer(1, CHOICE, "<", "Enter")
    # the control position again, with 4 on the line: ← BackSpace makes it empty, then 6
    screen.answer(2, SCALE, "BSpace", "6", "Enter")
    screen.answer(2, CHOICE, "Enter")
    screen.answer(1, TEXT, "Enter")
    screen.answer(1, NOTE, "Enter")
    screen.answer(1, "Bring this to supervision? [y/N]", "Enter")
    screen.answer(1, SAVE, "Enter")
    screen.wait_for("EXIT=0")
    (entry,) = Journal(afstand_home / "journal").entries()
    assert {a.question: a.value for _, a in entry.answers()} == {"control_position": 6}


def test_ctrl_c_before_the_first_answer_keeps_no_draft(
    screens: list[Screen], afstand_home: Path
) -> None:
    screen = open_screen(screens, afstand_home, *REFLECT)
    screen.answer(1, CHECKLIST, "C-c")
    shown = screen.wait_for("EXIT=130")
    assert "Nothing was answered yet" in shown
    assert DraftStore(afstand_home / "drafts").load() == ([], [])


def test_ctrl_c_after_an_answer_keeps_it_as_a_draft(
    screens: list[Screen], afstand_home: Path
) -> None:
    screen = open_screen(screens, afstand_home, *REFLECT)
    screen.answer(1, CHECKLIST, "Enter")
    screen.answer(1, SCALE, "5", "Enter")
    screen.answer(1, CHOICE, "C-c")
    shown = screen.wait_for("EXIT=130")
    assert "kept as a draft (1 answer)" in shown
    (draft,), _ = DraftStore(afstand_home / "drafts").load()
    assert draft.client == "K1" and draft.answers == {"kiesler": {"control_position": 5}}


def test_dutch_prompts_take_j_and_the_keys_line(screens: list[Screen], afstand_home: Path) -> None:
    screen = open_screen(screens, afstand_home, *REFLECT, "--lang", "nl")
    screen.answer(1, "[nummers, bv. 1,3] (Enter slaat over) >", "Enter")
    screen.answer(1, "[1-7] >", "3", "Enter")
    screen.answer(1, "[1-4] (Enter slaat over) >", "Enter")
    screen.answer(1, "[één regel, of :e voor je editor] (Enter slaat over) >", "Enter")
    screen.answer(1, "Notitie (optioneel; :e voor je editor) >", "Enter")
    screen.answer(1, "Meenemen naar supervisie? [j/N]", "ja", "Enter")
    screen.answer(1, "Vraag voor je supervisor (optioneel) >", "Enter")
    shown = screen.text()
    assert "Toetsen:" in shown and "< vorige vraag" in shown
    screen.answer(1, "Deze reflectie bewaren? [J/n]", "j", "Enter")
    screen.wait_for("EXIT=0")
    (entry,) = Journal(afstand_home / "journal").entries()
    assert entry.supervision is True


def saved_entry(home: Path, tmp_path: Path) -> str:
    path = tmp_path / "answers.yaml"
    path.write_text("client: K1\nnote: private words\nanswers:\n  kiesler: {control_position: 4}\n")
    env = {**os.environ, "AFSTAND_HOME": str(home)}
    subprocess.run(afstand("reflect", "--answers", str(path)), env=env, check=True)
    listed = subprocess.run(
        afstand("list", "--json"), env=env, check=True, capture_output=True, text=True
    )
    return str(json.loads(listed.stdout)[0]["id"])


@pytest.mark.parametrize("how", ["hang-up", "SIGTERM"])
def test_the_edit_scratch_file_goes_when_afstand_is_stopped(
    screens: list[Screen], afstand_home: Path, tmp_path: Path, how: str
) -> None:
    entry_id = saved_entry(afstand_home, tmp_path)
    # an editor that shows it started, then waits: the user walks away, the terminal closes
    editor = tmp_path / "editor.sh"
    editor.write_text('#!/bin/sh\necho "EDITING $1"\nsleep 600\n')
    editor.chmod(0o700)
    screen = open_screen(screens, afstand_home, "edit", entry_id[:8], EDITOR=str(editor))
    screen.wait_for("EDITING")
    scratch = afstand_home / "tmp"
    (file,) = list(scratch.iterdir())
    assert "private words" in file.read_text()
    if how == "hang-up":
        screen.close()  # tmux hangs up the terminal: SIGHUP
    else:
        pid = int(file.name.split("-")[1])
        os.kill(pid, 15)
        screen.wait_for("EXIT=130")
    deadline = time.monotonic() + WAIT
    while list(scratch.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert list(scratch.iterdir()) == []
