"""How the registers' figures read: hours with a decimal comma in Dutch, kinds and reasons in
words, a meeting's time."""

from __future__ import annotations

from afstand.i18n import number, t
from afstand.registers.activity import Activity


def hours(minutes: float) -> str:
    """`2`, `1.5`, `0.33` (`1,5` in Dutch): hours without trailing zeros."""
    value = round(minutes / 60, 2)
    if value == int(value):
        return str(int(value))
    text = number(value, 2)
    return text.rstrip("0")


def hours_count(minutes: float) -> int:
    """The `count` for a text about hours: 1 chooses the singular ("1 hour")."""
    return 1 if round(minutes) == 60 else 2


def kind_words(kind: str) -> str:
    return t(f"registers.kind.{kind}")


def mode_words(mode: str) -> str:
    return t(f"registers.mode.{mode}")


def reason_words(reason: str, minimum: int | None = None) -> str:
    if reason == "too-short":
        return t("registers.reason.too-short", minimum=minimum or 0)
    return t(f"registers.reason.{reason}")


def time_range(activity: Activity) -> str:
    if activity.start is not None and activity.end is not None:
        return f"{activity.start:%H:%M}–{activity.end:%H:%M}"
    if activity.start is not None:
        return f"{activity.start:%H:%M}"
    return ""


def facilitator_words(activity: Activity) -> str:
    if activity.facilitator is None:
        return ""
    extra = " ".join(
        part for part in (activity.facilitator_register, activity.facilitator_number) if part
    )
    return f"{activity.facilitator} ({extra})" if extra else activity.facilitator
