"""Time afstand as whole processes, the way a user meets it, and optionally jrnl beside it.

    python benchmarks/run.py [--runs 3] [--jrnl] [--sizes 1000,13000]

Builds synthetic journals (benchmarks/make_journal.py) under benchmarks/work/, runs each
everyday and bulk command in several rounds (median and spread of the wall time, and the largest
peak memory the OS counted for the process), prints a table with the ratios to
`afstand --version`, and writes it to benchmarks/RESULTS.md with the machine and the date.
Commands that change the journal work on a copy, and each run on an entry or a client of its
own. With --jrnl it installs jrnl 4.x into its own virtual environment and times the same kind
of work on a jrnl journal of the same size."""

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
from collections.abc import Callable
from dataclasses import dataclass
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

# one run: the command line and the environment; `run` is the number of the run (0: warm-up)
Plan = Callable[[int], tuple[list[str], dict[str, str]]]


@dataclass
class Row:
    label: str
    median: float
    spread: float
    peak_mb: float


def measure(command: list[str], env: dict[str, str], stdin: str | None) -> tuple[float, float]:
    """Wall time in seconds and peak resident memory in MB of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        env=env,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    if stdin is not None:
        assert process.stdin is not None
        process.stdin.write(stdin)
        process.stdin.close()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        error = process.stderr.read() if process.stderr else ""
        raise SystemExit(f"{' '.join(command)} failed:\n{error}")
    return elapsed, usage.ru_maxrss / 1024  # KB on Linux


def installed_env(**extra: str) -> dict[str, str]:
    """The environment of a timed process: this one's, but free to read compiled bytecode."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **extra}


def compile_bytecode(python: str, package: Path) -> None:
    """What pip does at install time: compile the package's modules once, so that a run
    reads bytecode instead of compiling the sources again."""
    subprocess.run([python, "-m", "compileall", "-q", str(package)], check=True)


@dataclass
class Timing:
    """A command to time: its label, its command line for each run, and what it reads."""

    label: str
    plan: Plan
    stdin: str | None = None


def timed(timings: list[Timing], runs: int) -> list[Row]:
    """Median and spread (max - min) of each command over `runs` rounds after a warm-up round.
    A round runs every command once, in order: a spell of load on a shared machine then falls
    on all of them alike, `--version` included, instead of on the few timed during it."""
    samples: dict[str, list[float]] = {timing.label: [] for timing in timings}
    peaks: dict[str, list[float]] = {timing.label: [] for timing in timings}
    for index in range(runs + 1):
        for timing in timings:
            command, env = timing.plan(index)
            elapsed, peak = measure(command, env, timing.stdin)
            if index:
                samples[timing.label].append(elapsed)
                peaks[timing.label].append(peak)
    rows = []
    for timing in timings:
        times = samples[timing.label]
        row = Row(
            timing.label,
            statistics.median(times),
            max(times) - min(times),
            max(peaks[timing.label]),
        )
        print(f"  {row.label}: {row.median:.3f} s, {row.peak_mb:.0f} MB", flush=True)
        rows.append(row)
    return rows


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


@dataclass
class Targets:
    """Entries and clients for the commands that need one of their own in each run."""

    entries: int
    bytes_on_disk: int
    old_ids: list[tuple[str, str]]  # entries of the first year: id and client
    two_year_clients: list[str]  # clients with about two years of entries
    first_day: datetime.date


def targets(home: Path, runs: int) -> Targets:
    from afstand.journal.store import Journal

    journal = Journal(home / "journal")
    spans: dict[str, list[datetime.date]] = {}
    old_ids: list[tuple[str, str]] = []
    first: datetime.date | None = None
    count = 0
    for _, stored in journal.stored():
        count += 1
        first = first or stored.date
        if stored.date < first + datetime.timedelta(days=365):
            old_ids.append((stored.id, stored.client))
        spans.setdefault(stored.client, []).append(stored.date)
    # the clients with the longest history of up to about two years (all of them are
    # shorter in a journal younger than that)
    clients = sorted(
        (code for code, days in spans.items() if (max(days) - min(days)).days <= 760),
        key=lambda code: -(max(spans[code]) - min(spans[code])).days,
    )
    size = sum(p.stat().st_size for p in (home / "journal").rglob("*.json"))
    assert first is not None and len(old_ids) > 2 * runs + 2 and len(clients) > runs
    return Targets(count, size, old_ids, clients, first)


def afstand_rows(size: int, runs: int) -> tuple[list[Row], Targets]:
    home = afstand_home(size)
    found = targets(home, runs)
    scratch = Path(tempfile.mkdtemp(prefix="afstand-bench-"))
    shutil.copytree(home, scratch / "home")  # changes must not reach the cached journal
    import afstand

    compile_bytecode(sys.executable, Path(afstand.__file__).parent)
    env = installed_env(AFSTAND_HOME=str(scratch / "home"), NO_COLOR="1")
    exe = shutil.which("afstand", path=str(Path(sys.executable).parent)) or ""
    cli = [exe] if exe else [sys.executable, "-m", "afstand"]

    def same(*args: str) -> Plan:
        return lambda _: ([*cli, *args], env)

    export_json = scratch / "everything.json"
    # a round's `forget` must not take the entries that later rounds show, edit or delete
    forgotten = set(found.two_year_clients[: runs + 1])
    old = iter(id_ for id_, client in found.old_ids if client not in forgotten)
    deleted = [next(old) for _ in range(runs + 1)]
    edited = next(old)
    timings = [
        Timing("afstand --version", same("--version")),
        Timing("save a reflection (reflect --answers)", same("reflect", "--answers", "-"), ANSWERS),
        Timing("list (the last 20)", same("list")),
        Timing("show ID (first year)", same("show", edited[:8])),
        Timing(
            "edit ID --note (first year)",
            lambda n: ([*cli, "edit", edited[:8], "--note", f"changed {n}"], env),
        ),
        Timing(
            "delete ID --yes (first year)",
            lambda n: ([*cli, "delete", deleted[n], "--yes"], env),
        ),
        Timing("report --month", same("report", "--month", "2026-10")),
        Timing("report --year", same("report", "--year", "2025")),
        Timing(
            "report over everything (--from --to)",
            same("report", "--from", found.first_day.isoformat(), "--to", END.isoformat()),
        ),
    ]
    for fmt in ("json", "csv", "markdown", "html"):
        target = export_json if fmt == "json" else scratch / f"everything.{fmt}"
        timings.append(
            Timing(
                f"export everything, {fmt}",
                same("export", "--format", fmt, "-o", str(target)),
            )
        )
    # after the JSON export of the same round, which it imports
    timings.append(
        Timing(
            "import the full export into an empty journal",
            lambda n: (
                [*cli, "import", str(export_json)],
                {**env, "AFSTAND_HOME": str(scratch / f"empty-{n}")},
            ),
        )
    )
    timings.append(
        Timing(
            "forget --client (about two years of entries)",
            lambda n: ([*cli, "forget", "--client", found.two_year_clients[n], "--yes"], env),
        )
    )
    rows = timed(timings, runs)
    shutil.rmtree(scratch, ignore_errors=True)
    return rows, found


def jrnl_rows(size: int, runs: int) -> list[Row]:
    venv = WORK / "jrnl-venv"
    if not (venv / "bin" / "jrnl").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", "jrnl>=4,<5"], check=True)
    python = str(venv / "bin" / "python")
    site = subprocess.run(
        [python, "-c", "import jrnl, pathlib; print(pathlib.Path(jrnl.__file__).parent)"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    compile_bytecode(python, Path(site))
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
    env = installed_env(HOME=str(home))
    jrnl = [str(venv / "bin" / "jrnl"), "--config-file", str(config)]

    def same(*args: str) -> Plan:
        return lambda _: ([*jrnl, *args], env)

    rows = timed(
        [
            Timing("jrnl: add an entry", same("Session with K1. A short reflection.")),
            Timing("jrnl: filter one month", same("-from", "2026-10-01", "-to", "2026-10-31")),
            Timing("jrnl: export JSON", same("--export", "json")),
        ],
        runs,
    )
    shutil.rmtree(home, ignore_errors=True)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="1000,13000")
    parser.add_argument("--jrnl", action="store_true", help="also time jrnl 4.x")
    args = parser.parse_args()
    WORK.mkdir(exist_ok=True)
    (baseline,) = timed(
        [
            Timing(
                "baseline",
                lambda _: (
                    [sys.executable, "-c", "import typer, rich, pydantic, platformdirs, yaml"],
                    installed_env(),
                ),
            )
        ],
        args.runs,
    )
    out = [
        "# Benchmark results\n",
        f"{datetime.date.today().isoformat()} · {platform.platform()} · "
        f"{os.cpu_count()} cores · Python {platform.python_version()} · "
        f"{args.runs} rounds of every command after a warm-up round, median (spread); peak "
        "memory as the OS counted it (largest of the runs); afstand and jrnl run from "
        "compiled bytecode, as installed by pip (compileall first, no PYTHONDONTWRITEBYTECODE)\n",
        f'Baseline `python -c "import typer, rich, pydantic, platformdirs, yaml"`: '
        f"{baseline.median:.3f} s\n",
    ]
    for size in (int(s) for s in args.sizes.split(",")):
        print(f"journal of about {size} entries", flush=True)
        rows, found = afstand_rows(size, args.runs)
        if args.jrnl:
            rows += jrnl_rows(found.entries, args.runs)
        version = rows[0].median
        out.append(f"\n## Journal of {found.entries:,} entries\n")
        out.append(
            f"On disk: {found.bytes_on_disk / 1e6:.1f} MB, "
            f"{found.bytes_on_disk / found.entries / 1024:.2f} KB per entry.\n"
        )
        out.append("| command | median | spread | × `--version` | peak MB |")
        out.append("|---|---:|---:|---:|---:|")
        for row in rows:
            out.append(
                f"| {row.label} | {row.median:.3f} s | {row.spread:.3f} s | "
                f"{row.median / version:.2f} | {row.peak_mb:.0f} |"
            )
    text = "\n".join(out) + "\n"
    print(text)
    (HERE / "RESULTS.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
