"""Series and meetings: made from what the user wrote, checked as a whole before anything is
stored. Every problem is a line `field: message`; one problem and nothing changes."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from afstand.errors import AfstandError, InvalidInput
from afstand.field_errors import problems_from
from afstand.i18n import t
from afstand.models.supervision import (
    Action,
    Goal,
    Meeting,
    MeetingInput,
    Series,
    SeriesInput,
    Supervisor,
)

if TYPE_CHECKING:
    from afstand.journal.store import Journal

MAX_TEXT = 10_000
MAX_SHORT = 200

M = TypeVar("M", bound=BaseModel)

# A reflection id is resolved through the journal: a unique start of it, as `afstand show`.
FindReflection = Callable[[str], str]


def reflection_finder(journal: Journal) -> FindReflection:
    def find(prefix: str) -> str:
        return journal.find(prefix).id

    return find


def _clean(text: str | None) -> str | None:
    return text.strip() if text is not None and text.strip() else None


def text_problem(where: str, text: str | None, limit: int) -> str | None:
    if text is None:
        return None
    if any(ord(c) < 32 and c not in "\n\t" for c in text) or "\x7f" in text:
        return f"{where}: {t('supervision.control_characters')}"
    if len(text) > limit:
        return f"{where}: {t('answer.too_long', limit=limit)}"
    return None


def _invalid(problems: list[str]) -> InvalidInput:
    return InvalidInput(
        t("supervision.invalid"), hint=t("hint.supervision_file"), problems=problems
    )


# -- series ------------------------------------------------------------------------------------


def series_problems(given: SeriesInput) -> list[str]:
    problems = []
    if not given.supervisor.name.strip():
        problems.append(f"supervisor.name: {t('schema.too_short')}")
    for where, text, limit in (
        ("supervisor.name", given.supervisor.name, MAX_SHORT),
        ("supervisor.registry", given.supervisor.registry, MAX_SHORT),
        ("supervisor.number", given.supervisor.number, MAX_SHORT),
        ("title", given.title, MAX_SHORT),
        *((f"goals.{i}", g, MAX_TEXT) for i, g in enumerate(given.goals)),
    ):
        problem = text_problem(where, text, limit)
        if problem:
            problems.append(problem)
    for index, goal in enumerate(given.goals):
        if not goal.strip():
            problems.append(f"goals.{index}: {t('schema.too_short')}")
    if not 1 <= given.group_size <= 20:
        problems.append(f"group_size: {t('schema.out_of_range', value=given.group_size)}")
    if not 1 <= given.planned_meetings <= 100:
        problems.append(
            f"planned_meetings: {t('schema.out_of_range', value=given.planned_meetings)}"
        )
    return problems


def new_series(given: SeriesInput, now: datetime) -> Series:
    problems = series_problems(given)
    if problems:
        raise _invalid(problems)
    return Series(
        id=str(uuid.uuid4()),
        created=now,
        kind=given.kind,
        title=_clean(given.title),
        supervisor=_supervisor(given),
        group_size=given.group_size,
        planned_meetings=given.planned_meetings,
        started=given.started,
        goals=[Goal(number=i, text=g.strip()) for i, g in enumerate(given.goals, start=1)],
    )


def edit_series(series: Series, given: SeriesInput, now: datetime) -> Series:
    """The series with what the file says. Goals keep their numbers (meetings refer to them):
    the n-th goal of the file replaces goal n; a goal that meetings touched cannot go."""
    problems = series_problems(given)
    touched = {n for m in series.meetings for n in m.goals}
    for number in sorted(touched):
        if number > len(given.goals):
            problems.append(f"goals: {t('supervision.goal_in_use', number=number)}")
    first = series.ordered_meetings()[0].date if series.meetings else None
    if first is not None and given.started > first:
        problems.append(f"started: {t('supervision.started_after_meeting', date=first)}")
    if problems:
        raise _invalid(problems)
    return series.model_copy(
        update={
            "updated": now,
            "edited": now,
            "kind": given.kind,
            "title": _clean(given.title),
            "supervisor": _supervisor(given),
            "group_size": given.group_size,
            "planned_meetings": given.planned_meetings,
            "started": given.started,
            "goals": [Goal(number=i, text=g.strip()) for i, g in enumerate(given.goals, start=1)],
        }
    )


def series_input_of(series: Series) -> SeriesInput:
    """A series in the shape of its file: what `edit` starts from."""
    return SeriesInput.model_validate(
        {
            "kind": series.kind,
            "title": series.title,
            "supervisor": series.supervisor.model_dump(exclude_none=True),
            "group_size": series.group_size,
            "planned_meetings": series.planned_meetings,
            "started": series.started,
            "goals": [g.text for g in series.goals],
        }
    )


def _supervisor(given: SeriesInput) -> Supervisor:
    return Supervisor(
        name=given.supervisor.name.strip(),
        registry=_clean(given.supervisor.registry),
        number=_clean(given.supervisor.number),
    )


def parse_series_input(data: Any, name: str) -> SeriesInput:
    return parse_model(SeriesInput, data, name)


def parse_meeting_input(data: Any, name: str) -> MeetingInput:
    return parse_model(MeetingInput, data, name)


def parse_model(model: type[M], data: Any, name: str) -> M:
    if not isinstance(data, dict):
        raise InvalidInput(t("answers.not_mapping", path=name), hint=t("hint.supervision_file"))
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise _invalid(
            problems_from(error, lambda where, message: f"{where}: {message}")
        ) from error


# -- meetings ----------------------------------------------------------------------------------


def parse_clock(text: str, where: str) -> time:
    """`14:00` or `9:30`."""
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise _invalid([f"{where}: {t('supervision.time_invalid', value=text)}"]) from None


def build_meeting(
    series: Series,
    others: list[Series],
    given: MeetingInput,
    find_reflection: FindReflection,
    meeting_id: str | None = None,
    keep: Meeting | None = None,
) -> Meeting:
    """A meeting of `series` from `given`, checked against the series (not before it starts,
    goals that exist) and against every meeting (no overlap in time); the reflections must be
    in the journal. `keep` is the meeting being edited: its inbreng and verslag stay."""
    problems: list[str] = []
    start = end = None
    try:
        start = parse_clock(given.start, "start") if given.start is not None else None
    except InvalidInput as error:
        problems += error.problems
    try:
        end = parse_clock(given.end, "end") if given.end is not None else None
    except InvalidInput as error:
        problems += error.problems
    minutes = given.minutes
    if start is not None and end is not None:
        span = _minutes(start, end)
        if span <= 0:
            problems.append(f"end: {t('supervision.end_before_start')}")
        elif minutes is not None and minutes != span:
            problems.append(f"minutes: {t('supervision.minutes_differ', minutes=span)}")
        else:
            minutes = span
    elif end is not None and start is None:
        problems.append(f"start: {t('supervision.end_without_start')}")
    elif start is not None and minutes is not None:
        end_at = datetime.combine(given.date, start) + timedelta(minutes=minutes)
        if end_at.date() != given.date:
            problems.append(f"minutes: {t('supervision.past_midnight')}")
        else:
            end = end_at.time()
    if minutes is None and not problems:
        problems.append(f"minutes: {t('supervision.no_duration')}")
    elif minutes is not None and not 1 <= minutes <= 24 * 60:
        problems.append(f"minutes: {t('schema.out_of_range', value=minutes)}")
    if given.date < series.started:
        problems.append(
            f"date: {t('supervision.before_series', date=given.date, started=series.started)}"
        )
    known_goals = {g.number for g in series.goals}
    for index, number in enumerate(given.goals):
        if number not in known_goals:
            problems.append(f"goals.{index}: {t('supervision.no_goal', number=number)}")
    reflections: list[str] = []
    for index, prefix in enumerate(given.reflections):
        try:
            found = find_reflection(prefix)
        except AfstandError as error:
            problems.append(f"reflections.{index}: {error.message}")
            continue
        if found not in reflections:
            reflections.append(found)
    for index, action in enumerate(given.actions):
        problem = text_problem(f"actions.{index}", action, MAX_TEXT)
        if problem:
            problems.append(problem)
    problem = text_problem("notes", given.notes, MAX_TEXT)
    if problem:
        problems.append(problem)
    own_id = meeting_id or (keep.id if keep else None)
    clash = _clash(given.date, start, end, series, others, own_id)
    if clash:
        problems.append(clash)
    if problems:
        raise _invalid(problems)
    assert minutes is not None
    old_actions = {a.text: a for a in keep.actions} if keep else {}
    return Meeting(
        id=own_id or str(uuid.uuid4()),
        date=given.date,
        start=start,
        end=end,
        minutes=minutes,
        mode=given.mode,
        goals=sorted(set(given.goals)),
        reflections=reflections,
        actions=[
            old_actions.get(text.strip(), Action(text=text.strip()))
            for text in given.actions
            if text.strip()
        ],
        notes=_clean(given.notes),
        inbreng=keep.inbreng if keep else None,
        verslag=keep.verslag if keep else None,
    )


def meeting_input_of(meeting: Meeting) -> MeetingInput:
    return MeetingInput(
        date=meeting.date,
        start=meeting.start.strftime("%H:%M") if meeting.start else None,
        end=meeting.end.strftime("%H:%M") if meeting.end else None,
        minutes=None if meeting.start else meeting.minutes,
        mode=meeting.mode,
        goals=list(meeting.goals),
        reflections=list(meeting.reflections),
        actions=[a.text for a in meeting.actions],
        notes=meeting.notes,
    )


def _minutes(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def _clash(
    day: date,
    start: time | None,
    end: time | None,
    series: Series,
    others: list[Series],
    own_id: str | None,
) -> str | None:
    """One person is in one meeting at a time: a meeting on the same day whose time overlaps,
    in any series; in the same series, any second meeting on a day without times."""
    for other in [series, *others]:
        for meeting in other.meetings:
            if meeting.id == own_id or meeting.date != day:
                continue
            same_series = other.id == series.id
            if None in (start, end, meeting.start, meeting.end):
                if same_series:
                    return f"date: {t('supervision.same_day', date=day)}"
                continue
            assert start and end and meeting.start and meeting.end
            if start < meeting.end and meeting.start < end:
                return "start: " + t(
                    "supervision.overlap",
                    date=day,
                    start=meeting.start.strftime("%H:%M"),
                    end=meeting.end.strftime("%H:%M"),
                )
    return None


def add_meeting(series: Series, meeting: Meeting, now: datetime) -> Series:
    meeting = meeting.model_copy(update={"updated": now})
    return series.model_copy(update={"meetings": [*series.meetings, meeting], "updated": now})


def replace_meeting(series: Series, meeting: Meeting, now: datetime) -> Series:
    meeting = meeting.model_copy(update={"updated": now})
    return series.model_copy(
        update={
            "meetings": [meeting if m.id == meeting.id else m for m in series.meetings],
            "updated": now,
        }
    )


def remove_meeting(series: Series, meeting_id: str, now: datetime) -> Series:
    return series.model_copy(
        update={"meetings": [m for m in series.meetings if m.id != meeting_id], "updated": now}
    )


def meeting_number(series: Series, meeting: Meeting) -> int:
    return [m.id for m in series.ordered_meetings()].index(meeting.id) + 1


def meeting_by_number(series: Series, number: int) -> Meeting:
    ordered = series.ordered_meetings()
    if not 1 <= number <= len(ordered):
        raise InvalidInput(
            t("supervision.no_meeting", number=number, count=len(ordered)),
            hint=t("hint.supervision_show"),
        )
    return ordered[number - 1]


def mark_action_done(series: Series, number: int, action: int, now: datetime) -> Series:
    meeting = meeting_by_number(series, number)
    if not 1 <= action <= len(meeting.actions):
        raise InvalidInput(t("supervision.no_action", number=action, count=len(meeting.actions)))
    actions = [
        a.model_copy(update={"done": True}) if i == action else a
        for i, a in enumerate(meeting.actions, start=1)
    ]
    return replace_meeting(series, meeting.model_copy(update={"actions": actions}), now)


def open_actions(series: Series, before: date | None = None) -> list[tuple[int, Action]]:
    """Actions not yet done, with the number of the meeting that agreed them."""
    found = []
    for number, meeting in enumerate(series.ordered_meetings(), start=1):
        if before is not None and meeting.date >= before:
            continue
        found += [(number, a) for a in meeting.actions if not a.done]
    return found
