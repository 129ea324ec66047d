"""Shell completion, as a shell runs it: the script afstand prints is loaded into a real bash,
which then asks afstand for client codes, question-set ids and quick reflections. Completing
never asks for a passphrase: stdin is closed and a timeout would catch a wait."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import Cli

BIN = Path(sys.executable).parent
AFSTAND = BIN / "afstand"

pytestmark = [
    pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed"),
    pytest.mark.skipif(not AFSTAND.exists(), reason="afstand is not installed in this Python"),
]


def shell_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AFSTAND_")}
    env.update(AFSTAND_HOME=str(home), PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}")
    return env


def complete_in_bash(home: Path, line: str) -> tuple[list[str], subprocess.CompletedProcess[str]]:
    """Load afstand's bash completion (as `eval "$(afstand --show-completion)"` in .bashrc
    would) and complete the last word of `line`, with stdin closed."""
    words = line.split(" ")
    script = (
        "source <(afstand --show-completion) || exit 9\n"
        f"COMP_WORDS=({' '.join(repr(w) for w in words)})\n"
        f"COMP_CWORD={len(words) - 1}\n"
        "_afstand_completion afstand\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    done = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", script],
        env=shell_env(home),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [w for w in done.stdout.splitlines() if w], done


def save(cli: Cli, client: str, day: str = "2026-11-03") -> None:
    data = {"client": client, "date": day, "answers": {"countertransference": {"position": 4}}}
    result = cli("reflect", "--answers", "-", stdin=json.dumps(data))
    assert result.code == 0, result.stderr


@pytest.fixture
def recent_day() -> str:
    from datetime import date, timedelta

    return (date.today() - timedelta(days=3)).isoformat()


def test_bash_completes_client_codes_from_a_plain_journal(
    cli: Cli, afstand_home: Path, recent_day: str
) -> None:
    save(cli, "K7", recent_day)
    save(cli, "MW-03", recent_day)
    found, _ = complete_in_bash(afstand_home, "afstand reflect --client ")
    assert sorted(found) == ["K7", "MW-03"]
    found, _ = complete_in_bash(afstand_home, "afstand report --client mw")
    assert found == ["mw-03"]  # as typed: afstand reads it as MW-03
    found, _ = complete_in_bash(afstand_home, "afstand list -c K")
    assert found == ["K7"]


def test_an_encrypted_journal_completes_no_client_codes_and_asks_nothing(
    cli: Cli, afstand_home: Path, recent_day: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    save(cli, "K7", recent_day)
    monkeypatch.setenv("AFSTAND_PASSPHRASE", "a long enough passphrase")
    assert cli("encrypt").code == 0
    found, done = complete_in_bash(afstand_home, "afstand reflect --client ")
    assert found == []
    assert "assphrase" not in done.stdout + done.stderr
    assert done.stderr == ""


def test_bash_completes_question_set_ids_commands_and_options(afstand_home: Path) -> None:
    found, _ = complete_in_bash(afstand_home, "afstand reflect --set ki")
    assert found == ["kiesler"]
    found, _ = complete_in_bash(afstand_home, "afstand reflect --set k")
    assert found == ["kiesler", "korthagen"]
    found, _ = complete_in_bash(afstand_home, "afstand questionnaires show self")
    assert found == ["self-care"]
    found, _ = complete_in_bash(afstand_home, "afstand ref")
    assert found == ["reflect"]
    found, _ = complete_in_bash(afstand_home, "afstand reflect --qu")
    assert found == ["--quick"]


def test_bash_completes_the_ids_of_quick_reflections(cli: Cli, afstand_home: Path) -> None:
    save(cli, "K8")  # complete: not offered
    quick = {"client": "K7", "date": "2026-11-03", "answers": {}, "note": "one line"}
    assert cli("reflect", "--answers", "-", stdin=json.dumps(quick)).code == 0
    from afstand.journal.store import Journal

    journal = Journal(afstand_home / "journal")
    (entry,) = [e for e in journal.entries() if e.client == "K7"]
    journal.replace(entry.model_copy(update={"phase": "quick"}))
    found, _ = complete_in_bash(afstand_home, "afstand reflect --deepen ")
    assert found == [entry.id[:8]]


def test_completing_writes_nothing_and_does_not_welcome(afstand_home: Path) -> None:
    (afstand_home / "welcomed").unlink()
    before = sorted(p.name for p in afstand_home.rglob("*"))
    found, done = complete_in_bash(afstand_home, "afstand reflect --client ")
    assert found == [] and done.stderr == ""
    assert sorted(p.name for p in afstand_home.rglob("*")) == before


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_the_completion_script_of_each_shell_is_generated(afstand_home: Path, shell: str) -> None:
    env = shell_env(afstand_home)
    done = subprocess.run(
        [str(AFSTAND), "--show-completion", shell],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "_AFSTAND_COMPLETE" in done.stdout
    assert f"complete_{shell}" in done.stdout
    if shutil.which(shell) and shell != "bash":
        # the shell itself reads the script without complaint
        flag = "-n" if shell == "zsh" else "--no-execute"
        checked = subprocess.run(
            [shell, flag], input=done.stdout, capture_output=True, text=True, timeout=60
        )
        assert checked.returncode == 0, checked.stderr


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_get_the_client_codes_too(
    cli: Cli, afstand_home: Path, recent_day: str, shell: str
) -> None:
    save(cli, "K7", recent_day)
    env = {
        **shell_env(afstand_home),
        "_AFSTAND_COMPLETE": f"complete_{shell}",
        "_TYPER_COMPLETE_ARGS": "afstand reflect --client ",
        "_TYPER_COMPLETE_FISH_ACTION": "get-args",  # as the fish script asks
    }
    done = subprocess.run(
        [str(AFSTAND)],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "K7" in done.stdout


def test_a_shell_afstand_cannot_complete_in_is_an_error_with_a_hint(cli: Cli) -> None:
    result = cli("--show-completion", "tcsh")
    assert result.code == 2
    assert "error: afstand cannot complete in the shell 'tcsh'" in result.stderr
    assert "hint: choose one of: bash, zsh, fish" in result.stderr
    assert result.stdout == ""
