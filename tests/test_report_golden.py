"""The text report as a user reads it: golden files at 80 columns without colour, and checks
that hold for any rendering (nothing wider than the terminal, no markup, columns that line up,
nothing said only in colour).

To regenerate the golden files after an intended change of the report:

    AFSTAND_UPDATE_GOLDEN=1 pytest tests/test_report_golden.py

Each test then writes its file and fails on purpose, so that regenerating never passes by
accident (in CI); read the diff, then run again without the variable."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console

from afstand.cli import output
from afstand.cli.views.report import render, sparkline
from afstand.i18n import set_language, t
from helpers import Cli
from report_helpers import JournalBuilder, write_october

GOLDEN = Path(__file__).parent / "golden"
WIDTH = 80

CASES = {
    "report_month_en.txt": ("--month", "2026-10"),
    "report_month_nl.txt": ("--lang", "nl", "--month", "2026-10"),
    "report_client_en.txt": ("--month", "2026-10", "--client", "k7"),
    "report_client_nl.txt": ("--lang", "nl", "--month", "2026-10", "--client", "k7"),
    "report_all_en.txt": ("--month", "2026-10", "--all"),
}


@pytest.fixture
def width80(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The consoles read COLUMNS once when they are made: make them anew at 80 columns."""
    monkeypatch.setenv("COLUMNS", str(WIDTH))
    output.out.cache_clear()
    output.err.cache_clear()
    yield
    output.out.cache_clear()
    output.err.cache_clear()


@pytest.fixture
def october(afstand_home: Path) -> dict[str, str]:
    return write_october(JournalBuilder(afstand_home))


def rendered(cli: Cli, args: tuple[str, ...]) -> str:
    result = cli("report", *args)
    assert result.code == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def normalised(text: str) -> str:
    """Trailing spaces are invisible and editors strip them: they are not compared."""
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("AFSTAND_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(normalised(text), encoding="utf-8")
        pytest.fail(f"wrote {path}: read the diff, then run again without AFSTAND_UPDATE_GOLDEN")
    assert path.exists(), f"{path} is missing: make it with AFSTAND_UPDATE_GOLDEN=1"
    assert normalised(text) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", list(CASES))
def test_golden(cli: Cli, october, width80, name: str) -> None:
    check_golden(name, rendered(cli, CASES[name]))


def margin_problems(text: str, lang: str, client: str | None = None) -> list[str]:
    """Lines wider than the terminal, with markup or escape codes, or at the left margin
    without being the title, the disclaimer or a heading (a line the terminal broke)."""
    set_language(lang)
    headings = {
        t(key)
        for key in (
            "report.overview",
            "report.countertransference",
            "report.kiesler",
            "report.needs",
            "report.selfcare",
            "report.generic",
            "report.attention",
            "report.course",
            "circle.heading",
            "pull.heading",
            "report.touch",
        )
    }
    title = t("report.title", start="2026-10-01", end="2026-10-31")
    if client:
        title += f"  ·  {client}"
    disclaimer = " ".join(t("report.disclaimer").split())
    heading_starts = (
        t("report.balance.heading"),
        t("report.control.heading"),
        t("report.supervision", count=0).split("(")[0],
        t("report.previous", start="", end="").split("(")[0],
    )

    def is_margin_line(line: str) -> bool:
        return (
            line in headings
            or line == title
            or line in disclaimer
            or line.startswith(heading_starts)
        )

    problems = []
    for line in text.splitlines():
        too_wide = cell_len(line) > WIDTH
        markup = "\x1b" in line or "[/" in line or "[bold" in line
        broken = bool(line) and not line.startswith(" ") and not is_margin_line(line)
        if too_wide or markup or broken:
            problems.append(line)
    return problems


@pytest.mark.parametrize("name", list(CASES))
def test_the_report_reads_well_at_80_columns(cli: Cli, october, width80, name: str) -> None:
    args = CASES[name]
    lang = "nl" if "nl" in args else "en"
    client = "K7" if "--client" in args else None
    assert margin_problems(rendered(cli, args), lang, client) == []


def test_a_long_supervision_question_keeps_its_margin(cli: Cli, width80, afstand_home) -> None:
    JournalBuilder(afstand_home).add(
        "K7",
        "2026-10-05",
        position=4,
        supervision=True,
        question="I keep wondering whether I should tell her how much her story about the fire "
        "touched me, and what that would do to our work together.",
    )
    text = rendered(cli, ("--month", "2026-10"))
    assert "I keep wondering" in text
    assert margin_problems(text, "en") == []


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_comparison_columns_line_up(cli: Cli, october, width80, lang: str) -> None:
    text = rendered(cli, ("--lang", lang, "--month", "2026-10"))
    set_language(lang)
    heading = t("report.previous", start="2026-09-01", end="2026-09-30")
    rows = text.split(heading + "\n", 1)[1].splitlines()[:6]
    was = f" {t('report.was')} "
    assert len({row.index(was) for row in rows}) == 1, "\n".join(rows)


def test_no_color_says_everything(cli: Cli, october, width80, afstand_home) -> None:
    """What colour adds is style only: the text without colour is the same text."""
    plain = rendered(cli, CASES["report_month_en.txt"])
    assert "\x1b" not in plain

    result = JournalBuilder(afstand_home).report()
    coloured = Console(
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        width=WIDTH,
        record=True,
        markup=False,
        highlight=False,
        emoji=False,
    )
    render(coloured, result)
    assert "\x1b[" in coloured.file.getvalue()  # type: ignore[attr-defined]
    assert normalised(coloured.export_text(styles=False)) == normalised(plain)

    # bars are characters and every count is printed beside its bar
    assert re.search(r"^ +6 too close +2 +█{24}$", plain, re.MULTILINE)
    assert re.search(r"^ +1 far too distant +0 *$", plain, re.MULTILINE)  # zero is zero
    assert "(5 weeks): ▇▇▃▆" in plain
    assert "in 4 of 7 reflections" in plain


def test_sparkline() -> None:
    assert sparkline([1, 4, 7, None], 1, 7) == "▁▅█ "
    assert sparkline([0, 2, 4], 0, 4) == "▁▅█"
    assert sparkline([3, 3], 3, 3) == "▁▁"  # an empty range still draws
    assert sparkline([9, -1], 0, 4) == "█▁"  # values outside the range are clamped


def circle_journal(builder: JournalBuilder) -> None:
    """Twelve reflections with a clear profile around the submissive message (and the two
    octants that the source lacks, to show their mark)."""
    day = 1
    for times, messages, client in (
        (5, ["submissive", "friendly-submissive"], "K7"),
        (4, ["submissive", "hostile-submissive"], "AB1"),
        (2, ["submissive"], "MW-03"),
        (1, ["friendly"], "K7"),
    ):
        for _ in range(times):
            builder.add(client, f"2026-10-{day:02d}", messages=messages, pull=1)
            day += 1


@pytest.mark.parametrize(
    ("name", "lang", "unicode"),
    [
        ("circle_en.txt", "en", True),
        ("circle_nl.txt", "nl", True),
        ("circle_plain_en.txt", "en", False),
    ],
)
def test_the_circle_golden(afstand_home, name: str, lang: str, unicode: bool) -> None:
    from afstand.report.circle_text import draw
    from report_helpers import OCTOBER

    builder = JournalBuilder(afstand_home)
    circle_journal(builder)
    set_language(lang)
    circle = builder.report(OCTOBER).circle
    lines = draw(circle, unicode=unicode)
    assert all(cell_len(line) <= WIDTH for line in lines)
    if not unicode:
        assert all(line.isascii() for line in lines)
    check_golden(name, "\n".join(lines) + "\n")


def test_the_circle_in_the_terminal_falls_back_to_plain_text(
    cli: Cli, width80, afstand_home, monkeypatch: pytest.MonkeyPatch
) -> None:
    circle_journal(JournalBuilder(afstand_home))
    result = JournalBuilder(afstand_home).report()
    plain = Console(
        file=io.StringIO(), width=WIDTH, record=True, markup=False, highlight=False, emoji=False
    )
    plain.encoding  # noqa: B018 - the property the view reads
    monkeypatch.setattr(Console, "encoding", property(lambda self: "ascii"))
    render(plain, result)
    text = plain.export_text(styles=False)
    assert "Main direction: compliant, puts on a pedestal" in text
    circle = text.split("that asked\n", 1)[1].split("\n\n  *", 1)[0]
    assert circle.strip() and circle.isascii(), circle
