"""The supervision document printed from a real browser: a month of about a hundred
reflections fits on at most twelve A4 pages, in Dutch and in English.

Needs Chromium (`chromium` or `chromium-browser`); skipped without it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

MOST_PAGES = 12
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def browser() -> str | None:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def pages(pdf: Path) -> int:
    """The number of pages of a PDF: pdfinfo's answer, else the page objects counted."""
    if shutil.which("pdfinfo"):
        out = subprocess.run(
            ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
        ).stdout
        return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))  # type: ignore[union-attr]
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes()))


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_month_of_a_hundred_reflections_prints_on_twelve_pages(tmp_path: Path, lang: str) -> None:
    chromium = browser()
    if chromium is None:
        pytest.skip("no Chromium to print with")
    home = tmp_path / "home"
    made = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "make_journal.py"),
            "--home",
            str(home),
            "--years",
            "0.082",  # the 30 days up to 2026-10-31
            "--per-week",
            "25",
        ],
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    document = tmp_path / f"supervision-{lang}.html"
    exported = subprocess.run(
        [
            sys.executable,
            "-m",
            "afstand",
            "--lang",
            lang,
            "export",
            "--month",
            "2026-10",
            "-o",
            str(document),
        ],
        capture_output=True,
        text=True,
        env={"AFSTAND_HOME": str(home), "PATH": "/usr/bin:/bin"},
    )
    assert exported.returncode == 0, exported.stderr
    count = int(re.search(r"(\d+)", exported.stderr).group(1))  # type: ignore[union-attr]
    assert 90 <= count <= 120, exported.stderr
    pdf = tmp_path / f"supervision-{lang}.pdf"
    printed = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--print-to-pdf={pdf}",
            document.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert pdf.exists(), printed.stderr
    assert pages(pdf) <= MOST_PAGES
