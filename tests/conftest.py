"""Every test gets its own AFSTAND_HOME and English, so no test touches a real journal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from afstand.cli import run
from afstand.i18n import set_language
from helpers import Cli, Result, Terminal, Typed

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def afstand_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "afstand-home"
    monkeypatch.setenv("AFSTAND_HOME", str(home))
    monkeypatch.delenv("AFSTAND_LANG", raising=False)
    monkeypatch.delenv("AFSTAND_PASSPHRASE", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    set_language("en")
    # the first-run welcome was seen: a test of anything else reads afstand's usual output
    home.mkdir(mode=0o700)
    (home / "welcomed").touch(mode=0o600)
    yield home
    set_language("en")


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """Run afstand in-process: `cli("report", "--json", stdin="...")` → Result."""

    def invoke(*args: str, stdin: str | None = None) -> Result:
        import io
        import sys

        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = run(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


@pytest.fixture
def typed(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Typed:
    """Run afstand with `lines` typed at its questions, one per line."""
    import sys

    def invoke(*args: str, lines: list[str] = ()) -> Result:  # type: ignore[assignment]
        monkeypatch.setattr(sys, "stdin", Terminal("".join(f"{line}\n" for line in lines)))
        capsys.readouterr()
        code = run(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke
