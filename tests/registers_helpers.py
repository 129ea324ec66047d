"""Synthetic logs for the register tests: activities built in one line each."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from afstand.registers.activity import Activity
from afstand.registers.catalog import load_profiles
from afstand.registers.profile import Profile


def activity(day: str, minutes: int, kind: str = "supervision", **fields: Any) -> Activity:
    return Activity.model_validate(
        {"date": date.fromisoformat(day), "minutes": minutes, "kind": kind, **fields}
    )


def timed(day: str, start: str, end: str, kind: str = "supervision", **fields: Any) -> Activity:
    begin, finish = time.fromisoformat(start), time.fromisoformat(end)
    minutes = (finish.hour * 60 + finish.minute) - (begin.hour * 60 + begin.minute)
    return activity(day, minutes, kind, start=begin, end=finish, **fields)


def shipped(profile_id: str) -> Profile:
    return load_profiles(None).get(profile_id)
