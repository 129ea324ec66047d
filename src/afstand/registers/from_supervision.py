"""The supervision log's series and meetings as activities a register counts.

It reads only what a register asks for: the kind, the group's size, the supervisor, the
series' title and learning goals, and each meeting's date, times, minutes and whether it was
online. A meeting's notes, its inbreng (the reflections brought in), its actions and its
reflectieverslag are never read, so they cannot reach a register document.

The log is described here by the attributes it is read through (`SeriesLike`, `MeetingLike`),
so this module depends on their names only."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, time
from typing import TYPE_CHECKING, Protocol

from afstand.registers.activity import KINDS, Activity

if TYPE_CHECKING:
    from afstand.journal.store import Journal


class SupervisorLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def registry(self) -> str | None: ...
    @property
    def number(self) -> str | None: ...


class GoalLike(Protocol):
    @property
    def number(self) -> int: ...
    @property
    def text(self) -> str: ...


class MeetingLike(Protocol):
    @property
    def date(self) -> date: ...
    @property
    def start(self) -> time | None: ...
    @property
    def end(self) -> time | None: ...
    @property
    def minutes(self) -> int: ...
    @property
    def mode(self) -> str: ...
    @property
    def goals(self) -> Sequence[int]: ...


class SeriesLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def supervisor(self) -> SupervisorLike: ...
    @property
    def group_size(self) -> int: ...
    @property
    def goals(self) -> Sequence[GoalLike]: ...
    @property
    def meetings(self) -> Sequence[MeetingLike]: ...


def activities_from_series(all_series: Iterable[SeriesLike]) -> list[Activity]:
    """One activity per meeting, in the order of date and time."""
    found: list[Activity] = []
    for series in all_series:
        kind = series.kind if series.kind in KINDS else "supervision"
        goals = {goal.number: goal.text for goal in series.goals}
        for meeting in series.meetings:
            found.append(
                Activity.model_validate(
                    {
                        "date": meeting.date,
                        "minutes": meeting.minutes,
                        "start": meeting.start,
                        "end": meeting.end,
                        "kind": kind,
                        "mode": "online" if meeting.mode == "online" else "in-person",
                        "group_size": series.group_size,
                        "series_id": series.id,
                        "series_title": series.title,
                        "facilitator": series.supervisor.name,
                        "facilitator_register": series.supervisor.registry,
                        "facilitator_number": series.supervisor.number,
                        "goals": [goals[n] for n in sorted(goals)],
                    }
                )
            )
    return sorted(found, key=lambda a: (a.date, a.start or time.min))


def activities_from_log(journal: Journal) -> list[Activity]:
    """The meetings of the journal's supervision log, as activities."""
    from afstand.supervision.store import SupervisionLog

    return activities_from_series(SupervisionLog(journal).all())
