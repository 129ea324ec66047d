"""Accessible mode (`--plain`, or ACCESSIBLE=1): plain lines without any escape code, no
redraws, no box drawing, tables as "label: value" lines. Kept apart from the consoles so
that knowing the mode does not load Rich (`afstand --version` stays fast)."""

from __future__ import annotations

import os
import sys

_plain = False


def set_plain(on: bool) -> None:
    global _plain
    if on != _plain and "afstand.cli.output" in sys.modules:
        # consoles made in the other mode (several runs in one process, as in the tests)
        output = sys.modules["afstand.cli.output"]
        output.out.cache_clear()
        output.err.cache_clear()
    _plain = on


def plain() -> bool:
    return _plain


def accessible_wanted() -> bool:
    """ACCESSIBLE=1 (any value but empty, 0, false or no) asks for accessible mode."""
    return os.environ.get("ACCESSIBLE", "").strip().lower() not in ("", "0", "false", "no")
