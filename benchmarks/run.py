"""Time afstand as whole processes, the way a user meets it, and optionally jrnl beside it.

    python benchmarks/run.py [--runs 7] [--jrnl] [--sizes 1000,12000]

Builds synthetic journals (benchmarks/make_journal.py) under benchmarks/work/, times each
command over several runs (median and spread), prints a table with the ratios to
`afstand --version`, and writes it to benchmarks/RESULTS.md with the machine and the date.
With --jrnl it installs jrnl 4.x into its own virtual environment and times the same kind of
work on a jrnl journal of the same size."""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"
END = datetime.date(2026, 10, 31)
ANSWERS = """client: BENCH1
date: 2026-10-30
note: A reflection saved by the benchmark.
answers:
  countertransference: {position: 5, type2_signals: [rescuing]}
  kiesler: {messages: [submissive], control_position: 4}
  basic-needs: {limits: 3}
  self-care: {balance: 2}
"""


def timed(
    command: list[str], env: dict[str, str], runs: int, stdin: str | None = None
) -> tuple[float, float]:
    """Median and spread (max - min) in seconds of `runs` runs, after one warm-up run."""
    samples = []
    for index in range(runs + 1):
        start = time.perf_counter()
        result = subprocess.run(
            command,
            env=env,
            input=stdin,
            text=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
        if index:
            samples.append(elapsed)
    return statistics.median(samples), max(samples) - min(samples)


def afstand_home(size: int) -> Path:
    home = WORK / f"afstand-{size}"
    if not (home / "journal").is_dir():
        years = size / (25 * 52.18)
        subprocess.run(
            [
                sys.executable,
                str(HERE / "make_journal.py"),
                "--home",
                str(home),
                "--years",
                f"{years:.3f}",
                "--per-week",
                "25",
                "--seed",
                "7",
            ],
            check=True,
        )
    return home


def afstand_rows(size: int, runs: int) -> list[tuple[str, float, float]]:
    home = afstand_home(size)
    scratch = Path(tempfile.mkdtemp(prefix="afstand-bench-"))
    shutil.copytree(home, scratch / "home")  # saving must not grow the cached journal
    env = {**os.environ, "AFSTAND_HOME": str(scratch / "home"), "NO_COLOR": "1"}
    exe = shutil.which("afstand") or ""
    cli = [exe] if exe else [sys.executable, "-m", "afstand"]
    commands: list[tuple[str, list[str], str | None]] = [
        ("afstand --version", ["--version"], None),
        ("save a reflection (--answers)", ["reflect", "--answers", "-"], ANSWERS),
        ("report, one month", ["report", "--month", "2026-10"], None),
        ("report, one year", ["report", "--year", "2025"], None),
        ("list, one month", ["list", "--month", "2026-10"], None),
    ]
    help_text = subprocess.run([*cli, "--help"], env=env, capture_output=True, text=True).stdout
    if " export " in help_text:
        commands += [
            (
                "export everything, JSON",
                ["export", "--format", "json", "-o", str(scratch / "out.json")],
                None,
            ),
            (
                "export everything, HTML",
                ["export", "--format", "html", "-o", str(scratch / "out.html")],
                None,
            ),
        ]
    rows = []
    for label, args, stdin in commands:
        median, spread = timed([*cli, *args], env, runs, stdin)
        rows.append((label, median, spread))
    shutil.rmtree(scratch, ignore_errors=True)
    return rows


def jrnl_rows(size: int, runs: int) -> list[tuple[str, float, float]]:
    venv = WORK / "jrnl-venv"
    if not (venv / "bin" / "jrnl").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", "jrnl>=4,<5"], check=True)
    home = Path(tempfile.mkdtemp(prefix="jrnl-bench-"))
    journal = home / "journal.txt"
    lines = []
    day = END - datetime.timedelta(days=round(size / 25 * 7))
    per_day = max(1, round(size / max(1, (END - day).days)))
    count = 0
    while count < size:
        for slot in range(per_day):
            lines.append(
                f"[{day.isoformat()} {9 + slot % 9:02d}:00:00 AM] Session with K{count % 40}."
                f"\nI noticed my urge to rescue and stayed longer than planned.\n"
            )
            count += 1
        day += datetime.timedelta(days=1)
    journal.write_text("\n".join(lines), encoding="utf-8")
    config = home / "jrnl.yaml"
    config.write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: false\n"
        f"indent_character: '|'\njournals:\n  default:\n    journal: {journal}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%F %r'\n"
        "version: v4.0\n",
        encoding="utf-8",
    )
    env = {**os.environ, "HOME": str(home)}
    jrnl = [str(venv / "bin" / "jrnl"), "--config-file", str(config)]
    rows = [
        ("jrnl: add an entry", *timed([*jrnl, "Session with K1. A short reflection."], env, runs)),
        (
            "jrnl: filter one month",
            *timed([*jrnl, "-from", "2026-10-01", "-to", "2026-10-31"], env, runs),
        ),
        ("jrnl: export JSON", *timed([*jrnl, "--export", "json"], env, runs)),
    ]
    shutil.rmtree(home, ignore_errors=True)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", default="1000,12000")
    parser.add_argument("--jrnl", action="store_true", help="also time jrnl 4.x")
    args = parser.parse_args()
    WORK.mkdir(exist_ok=True)
    baseline = timed(
        [sys.executable, "-c", "import typer, rich, pydantic, platformdirs, yaml"],
        dict(os.environ),
        args.runs,
    )
    out = [
        "# Benchmark results\n",
        f"{datetime.date.today().isoformat()} · {platform.platform()} · "
        f"{os.cpu_count()} cores · Python {platform.python_version()} · "
        f"{args.runs} runs each, median (spread)\n",
        f'Baseline `python -c "import typer, rich, pydantic, platformdirs, yaml"`: '
        f"{baseline[0]:.3f} s\n",
    ]
    for size in (int(s) for s in args.sizes.split(",")):
        rows = afstand_rows(size, args.runs)
        if args.jrnl:
            rows += jrnl_rows(size, args.runs)
        version = rows[0][1]
        out.append(f"\n## Journal of about {size:,} entries\n")
        out.append("| command | median | spread | × `--version` |\n|---|---:|---:|---:|")
        for label, median, spread in rows:
            out.append(f"| {label} | {median:.3f} s | {spread:.3f} s | {median / version:.2f} |")
    text = "\n".join(out) + "\n"
    print(text)
    (HERE / "RESULTS.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
