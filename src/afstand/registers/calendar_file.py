"""Due dates as an iCalendar file (RFC 5545) for the user's own calendar: the ends of
registration periods, and any other dates handed in (a verslag before a meeting, an
evaluation). All-day events, with no client data: only what is due and for which register or
series.

Written by hand, the format is small: lines end in CRLF, lines longer than 75 octets are
folded (a space at the start of the next line, never inside a UTF-8 character), and a text
escapes backslash, semicolon, comma and line breaks."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

from afstand import __version__
from afstand.i18n import t
from afstand.models.due_date import DueDate
from afstand.registers.counting import Progress
from afstand.registers.words import hours

FOLD_AT = 75


def escape_text(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """One content line, folded at 75 octets without breaking a character in two."""
    encoded = line.encode("utf-8")
    if len(encoded) <= FOLD_AT:
        return line
    pieces: list[str] = []
    current = ""
    size = 0
    limit = FOLD_AT
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, FOLD_AT - 1  # the leading space takes one octet
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def period_due_dates(progresses: Iterable[Progress], lang: str) -> list[DueDate]:
    """The last day of every registration period that is known, with what is still needed."""
    found: list[DueDate] = []
    for progress in progresses:
        if progress.end is None:
            continue
        name = progress.profile.name.get(lang)
        remaining = progress.remaining_minutes
        description = (
            t("registers.ics.remaining", hours=hours(remaining))
            if remaining is not None and remaining > 0
            else None
        )
        found.append(
            DueDate(
                day=progress.end,
                summary=t("registers.ics.period_end", register=name),
                key=f"period-end-{progress.profile.id}",
                description=description,
            )
        )
    return found


def _uid(due: DueDate) -> str:
    digest = hashlib.sha256(f"{due.key}|{due.day.isoformat()}".encode()).hexdigest()[:24]
    return f"{digest}@afstand"


def render(due_dates: Sequence[DueDate], now: datetime) -> bytes:
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//afstand//afstand {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(t('registers.ics.name'))}",
    ]
    for due in sorted(due_dates, key=lambda d: (d.day, d.key)):
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_uid(due)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{due.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{due.day + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape_text(due.summary)}",
        ]
        if due.description:
            lines.append(f"DESCRIPTION:{escape_text(due.description)}")
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")
