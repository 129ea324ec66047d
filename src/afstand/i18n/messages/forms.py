"""The shape of one interface text: its wording per language, and where the wording changes
with a number, the singular too (`en_one`, `nl_one`, chosen when `count` is 1)."""

from __future__ import annotations

from typing import TypedDict


class Forms(TypedDict, total=False):
    nl: str
    en: str
    nl_one: str
    en_one: str
