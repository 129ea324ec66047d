"""Something due on a day, for the status screen and the user's own calendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DueDate:
    """One thing due on a day. `key` tells two due dates on one day apart and keeps the event's
    UID the same when the calendar file is written again, so a calendar updates it instead of
    adding it twice."""

    day: date
    summary: str
    key: str
    description: str | None = None
