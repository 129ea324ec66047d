"""Conflict copies of month files (the names themselves are recognised in conflict_names.py,
for every kind of file)."""

from __future__ import annotations

import re
from pathlib import Path

from afstand.conflict_names import Copy, copies_in, is_temporary, original_name

__all__ = ["Copy", "copies_in", "is_month_name", "is_temporary", "month_copies", "original_name"]

MONTH_NAME = re.compile(r"^(\d{4})-(\d{2})\.json$")


def is_month_name(name: str) -> bool:
    match = MONTH_NAME.match(name)
    return match is not None and 1 <= int(match.group(2)) <= 12


def month_copies(journal_folder: Path) -> dict[str, list[Copy]]:
    """The conflict copies of month files, by month (`YYYY-MM`), each list in order of name."""
    found: dict[str, list[Copy]] = {}
    if not journal_folder.is_dir():
        return found
    for year_dir in sorted(journal_folder.iterdir()):
        if not (year_dir.is_dir() and year_dir.name.isdigit()):
            continue
        year = year_dir.name

        def belongs(name: str, year: str = year) -> bool:
            return is_month_name(name) and name.startswith(year + "-")

        for path in sorted(year_dir.iterdir()):
            if belongs(path.name) or is_temporary(path.name):
                continue
            original = original_name(path.name, belongs)
            if original is not None:
                found.setdefault(original[:-5], []).append(Copy(path, year_dir / original))
    return found
