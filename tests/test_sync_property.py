"""Random changes on two computers, synced and merged, equal the same changes made in one
journal: for every entry the last change wins, wherever it was made (so of an entry changed on
both, the newer version; of one changed after its deletion elsewhere, the change)."""

from __future__ import annotations

import re
import shutil
import tempfile
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afstand.journal.check import check, repair
from afstand.journal.store import Journal
from afstand.models.entry import Entry
from helpers import snapshot, sync_into

DAYS = [date(2026, 10, 3), date(2026, 10, 20), date(2026, 11, 5), date(2026, 12, 1)]
PATTERNS = [
    "{stem}.sync-conflict-20261103-101500-ABCDEFG.json",
    "{stem} (Anna's conflicted copy 2026-11-03).json",
    "{stem}-LAPTOP.json",
]

operation = st.tuples(
    st.sampled_from(["a", "b"]),
    st.sampled_from(["add", "edit", "move", "delete"]),
    st.integers(min_value=0, max_value=50),
    st.sampled_from(DAYS),
)


def new_entry(day: date, note: str) -> Entry:
    now = datetime.now(UTC)
    return Entry.model_validate(
        {"id": str(uuid.uuid4()), "created": now, "date": day, "client": "K1", "note": note}
    )


def visible(journal: Journal) -> dict[str, Entry]:
    return {e.id: e for e in journal.entries()}


def open_journal(home: Path, computer: str, monkeypatch: pytest.MonkeyPatch) -> Journal:
    monkeypatch.setenv("AFSTAND_COMPUTER", f"computer-{computer}")
    return Journal(home / "journal")  # a new one for every command, as the CLI does


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    operations=st.lists(operation, min_size=1, max_size=12),
    pattern=st.sampled_from(PATTERNS),
)
def test_two_computers_merged_equal_one_journal(
    operations: list[tuple[str, str, int, date]],
    pattern: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = Path(tempfile.mkdtemp(prefix="afstand-sync-"))
    try:
        homes = {"a": root / "a", "b": root / "b"}
        model: dict[str, Entry | None] = {}  # the one journal: id → its last version, or gone
        start = open_journal(homes["a"], "a", monkeypatch)
        for number, day in enumerate(DAYS[:3]):
            entry = new_entry(day, f"base {number}")
            start.add(entry)
            model[entry.id] = entry
        shutil.copytree(homes["a"], homes["b"])
        base = snapshot(homes["a"])

        for count, (side, kind, pick, day) in enumerate(operations):
            journal = open_journal(homes[side], side, monkeypatch)
            present = sorted(visible(journal).values(), key=lambda e: e.id)
            if kind == "add" or not present:
                entry = new_entry(day, f"added {count}")
                journal.add(entry)
                model[entry.id] = entry
                continue
            chosen = present[pick % len(present)]
            if kind == "delete":
                journal.delete(chosen.id)
                model[chosen.id] = None
                continue
            update: dict[str, object] = {"note": f"{kind} {count}", "updated": datetime.now(UTC)}
            if kind == "move":
                update["date"] = day
            changed = chosen.model_copy(update=update)
            journal.replace(changed)
            model[chosen.id] = changed

        expected = {key: entry for key, entry in model.items() if entry is not None}
        before = {side: snapshot(home) for side, home in homes.items()}
        other = root / "other"
        for side, home in homes.items():  # each computer gets the other's files
            theirs = "b" if side == "a" else "a"
            if other.exists():
                shutil.rmtree(other)
            for name, data in before[theirs].items():
                path = other / "journal" / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            sync_into(home, other, base, pattern)
            with open_journal(home, side, monkeypatch).lock():  # what every writer does first
                pass
            # an entry moved to another month on one computer and changed on the other can be
            # in two months now, without any conflict copy: `check --repair` keeps the newer
            repair(open_journal(home, side, monkeypatch), home / "drafts")
            merged = visible(open_journal(home, side, monkeypatch))
            assert merged == expected, side
            repair(open_journal(home, side, monkeypatch), home / "drafts")  # merged twice
            assert visible(open_journal(home, side, monkeypatch)) == expected
            assert check(open_journal(home, side, monkeypatch), home / "drafts").ok
            leftovers = [
                p.name
                for p in (home / "journal").glob("20*/*")
                if not re.fullmatch(r"\d{4}-\d{2}\.json", p.name)
            ]
            assert leftovers == [], leftovers
    finally:
        shutil.rmtree(root, ignore_errors=True)
