"""Small helpers that every view of the report uses to word it the same way: labels without
their closing remark, and a list of client codes that stays short."""

from __future__ import annotations

import re
from collections.abc import Sequence

_CLOSING_REMARK = re.compile(r"\s*\([^()]*\)\s*$")


def without_remark(text: str) -> str:
    """A label without the remark in brackets at its end: "mainly my own history (personal:
    …)" is "mainly my own history"; "weet ik (nog) niet" stays as it is."""
    return _CLOSING_REMARK.sub("", text).strip() or text.strip()


def octant_words(octant: str, short: bool = False) -> str:
    """An octant in words, marked with `*` when the source's table lacks it."""
    from afstand.i18n import t
    from afstand.questionnaires.tags import EXTENSION_OCTANTS

    words = t(f"octant.short.{octant}" if short else f"octant.{octant}")
    return words + ("*" if octant in EXTENSION_OCTANTS else "")


def few(clients: Sequence[str], most: int = 5) -> str:
    """A list of client codes: the first few, and how many more."""
    shown = ", ".join(clients[:most])
    return shown + (f" +{len(clients) - most}" if len(clients) > most else "")


def natural(code: str) -> tuple[object, ...]:
    """A sort key that puts K2 before K10."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", code))
