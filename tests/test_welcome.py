"""The first run welcomes: one short message on stderr, once, for a person at a terminal."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import Cli, flat


@pytest.fixture
def first_run(afstand_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home where afstand never ran, and stderr a terminal (as a person sees it)."""
    (afstand_home / "welcomed").unlink()
    # the captured stderr of the test itself (it is replaced between setup and the test)
    monkeypatch.setattr("afstand.cli.welcome._stderr_is_terminal", lambda: True)
    return afstand_home


def test_the_first_run_says_where_the_journal_lives_once(cli: Cli, first_run: Path) -> None:
    first = cli("list")
    assert first.code == 0
    said = flat(first.stderr)
    assert said.startswith("Welcome to afstand.")
    assert str(first_run / "journal") in said
    assert "never names" in said and "afstand encrypt" in said
    assert first.stdout == ""
    marker = first_run / "welcomed"
    assert stat.S_IMODE(marker.stat().st_mode) == 0o600
    again = cli("list")
    assert "Welcome" not in again.stderr
    assert cli("report").code == 0 and "Welcome" not in cli("report").stderr


def test_help_and_version_do_not_welcome(cli: Cli, first_run: Path) -> None:
    for args in (("--version",), ("--help",), ("list", "--help"), ()):
        result = cli(*args)
        assert "Welcome" not in result.stderr + result.stdout
    assert not (first_run / "welcomed").exists()


def test_the_welcome_speaks_dutch(cli: Cli, first_run: Path) -> None:
    said = flat(cli("list", "--lang", "nl").stderr)
    assert said.startswith("Welkom bij afstand.") and "nooit namen" in said


def test_an_encrypted_journal_is_said_to_be_encrypted(
    cli: Cli, afstand_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AFSTAND_PASSPHRASE", "a long enough passphrase")
    assert cli("encrypt").code == 0
    (afstand_home / "welcomed").unlink()
    monkeypatch.setattr("afstand.cli.welcome._stderr_is_terminal", lambda: True)
    said = flat(cli("list").stderr)
    assert "It is encrypted with your passphrase." in said
    assert "afstand encrypt" not in said


def test_a_script_is_not_welcomed_and_the_welcome_waits(afstand_home: Path) -> None:
    (afstand_home / "welcomed").unlink()
    env = {**os.environ, "AFSTAND_HOME": str(afstand_home)}
    done = subprocess.run(
        [sys.executable, "-m", "afstand", "list"],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Welcome" not in done.stderr
    assert not (afstand_home / "welcomed").exists()
