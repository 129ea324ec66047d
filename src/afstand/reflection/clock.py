"""The clock a reflection is saved by: the real one, or a fixed one in tests. Apart from the
flow so that saving from an answers file does not load the interactive machinery."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


class SystemClock:
    """The real clock, in the local time zone."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def today(self) -> date:
        return date.today()
