"""One builder per evidence document. Each takes the progress of one register (what counts
and what not) and returns an `Evidence`; none of them sees a client code or a reflection."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from afstand.errors import UsageError
from afstand.i18n import counted, t
from afstand.registers.activity import Activity
from afstand.registers.counting import Counted, Progress
from afstand.registers.documents.shape import Evidence, Section, Table
from afstand.registers.profile import DOCUMENTS
from afstand.registers.words import facilitator_words, hours, kind_words, mode_words, time_range

DIMENSIONS = ("technical-instrumental", "normative", "personal")
CODE_THEMES = ("people", "effective", "safety", "trust")
NO_SERIES = ""

Words = Mapping[str, Mapping[str, str]]  # series id → dimension → the user's words


def build(kind: str, progress: Progress, lang: str, words: Words | None = None) -> Evidence:
    builders: dict[str, Callable[[Progress, str, Words], Evidence]] = {
        "attendance": attendance,
        "statement": statement,
        "dimensions": dimensions,
        "monthly-log": monthly_log,
        "reflective-account": reflective_account,
        "discussion-record": discussion_record,
        "cpd-list": cpd_list,
    }
    if kind not in builders:
        raise UsageError(t("registers.document_unknown", name=kind), hint=", ".join(DOCUMENTS))
    return builders[kind](progress, lang, words or {})


def _about(progress: Progress, lang: str) -> tuple[str, ...]:
    lines = [progress.profile.name.get(lang)]
    if progress.start is not None and progress.end is not None:
        lines.append(
            t(
                "registers.doc.period",
                start=progress.start.isoformat(),
                end=progress.end.isoformat(),
            )
        )
    lines.append(t("registers.doc.made", today=progress.today.isoformat()))
    return tuple(lines)


def _professional() -> Section:
    return Section(signatures=(t("registers.doc.your_name"), t("registers.doc.your_number")))


def _footer(progress: Progress, lang: str) -> str:
    return t(
        "registers.doc.footer", source=progress.profile.source, checked=progress.profile.checked
    )


def _left_out(progress: Progress) -> tuple[str, ...]:
    if not progress.not_counted:
        return ()
    return (t("registers.doc.left_out", count=len(progress.not_counted)),)


def attendance(progress: Progress, lang: str, words: Words) -> Evidence:
    points = progress.profile.unit == "points"
    keys: tuple[str, ...] = (
        "number",
        "date",
        "time",
        "hours",
        "kind",
        "mode",
        "group_size",
        "series",
        "facilitator",
        "signature",
    )
    headers = tuple(t(f"registers.column.{key}") for key in keys)
    role = progress.profile.role_column
    if points:
        headers = tuple(
            t("registers.column.points") if key == "hours" else header
            for key, header in zip(keys, headers, strict=True)
        )
    rows: tuple[tuple[str, ...], ...] = tuple(
        (
            str(number),
            item.activity.date.isoformat(),
            time_range(item.activity),
            hours(item.credited_minutes),
            kind_words(item.activity.kind),
            mode_words(item.activity.mode),
            str(item.activity.group_size),
            item.activity.series_title or "",
            facilitator_words(item.activity),
            "",
        )
        for number, item in enumerate(progress.counted, start=1)
    )
    if role is not None:  # before the column to sign
        keys = (*keys[:-1], "role", keys[-1])
        headers = (*headers[:-1], role.get(lang), headers[-1])
        rows = tuple(
            (*row[:-1], item.activity.role or "", row[-1])
            for row, item in zip(rows, progress.counted, strict=True)
        )
    total = t(
        "registers.doc.total_points" if points else "registers.doc.total_hours",
        total=hours(progress.counted_minutes),
        meetings=counted(len(progress.counted), "meeting"),
    )
    return Evidence(
        kind="attendance",
        register=progress.profile.id,
        title=t("registers.doc.attendance"),
        about=_about(progress, lang),
        sections=(
            _professional(),
            Section(
                table=Table(keys, headers, rows, signature_column=True),
                lines=(total, *_left_out(progress)),
            ),
        ),
        footer=_footer(progress, lang),
    )


def _by_series(items: Sequence[Counted]) -> dict[str, list[Counted]]:
    found: dict[str, list[Counted]] = {}
    for item in items:
        found.setdefault(item.activity.series_id or NO_SERIES, []).append(item)
    return found


def _series_fields(items: Sequence[Counted]) -> tuple[tuple[str, str], ...]:
    first: Activity = items[0].activity
    goals: list[str] = []
    for item in items:
        goals += [goal for goal in item.activity.goals if goal not in goals]
    fields = [
        (t("registers.field.kind"), kind_words(first.kind)),
        (t("registers.field.facilitator"), facilitator_words(first) or "—"),
        (
            t("registers.field.dates"),
            t(
                "registers.doc.from_to",
                start=items[0].activity.date.isoformat(),
                end=items[-1].activity.date.isoformat(),
            ),
        ),
        (t("registers.field.meetings"), str(len(items))),
        (t("registers.field.hours"), hours(sum(i.credited_minutes for i in items))),
        (t("registers.field.group_size"), str(first.group_size)),
    ]
    if goals:
        fields.append((t("registers.field.goals"), "; ".join(goals)))
    return tuple(fields)


def _series_heading(series_id: str, items: Sequence[Counted]) -> str:
    title = items[0].activity.series_title
    if series_id == NO_SERIES:
        return t("registers.doc.no_series")
    return title or t("registers.doc.series_untitled", date=items[0].activity.date.isoformat())


def statement(progress: Progress, lang: str, words: Words) -> Evidence:
    sections = [_professional()]
    groups = _by_series(progress.counted)
    for series_id, items in groups.items():
        sections.append(
            Section(heading=_series_heading(series_id, items), fields=_series_fields(items))
        )
    if not groups:
        sections.append(Section(lines=(t("registers.doc.nothing_counted"),)))
    if progress.profile.statement_prompts:
        sections.append(
            Section(blanks=tuple(prompt.get(lang) for prompt in progress.profile.statement_prompts))
        )
    declaration = [t("registers.doc.declaration")]
    if progress.profile.signer_registers:
        declaration.append(
            t("registers.doc.signer", registers=", ".join(progress.profile.signer_registers))
        )
    sections.append(
        Section(
            heading=t("registers.doc.signed"),
            lines=tuple(declaration),
            signatures=(
                t("registers.doc.sign_name"),
                t("registers.doc.sign_register"),
                t("registers.doc.sign_date"),
                t("registers.doc.sign_signature"),
            ),
        )
    )
    return Evidence(
        kind="statement",
        register=progress.profile.id,
        title=t("registers.doc.statement"),
        about=(
            *_about(progress, lang),
            t(
                "registers.doc.total_hours",
                total=hours(progress.counted_minutes),
                meetings=counted(len(progress.counted), "meeting"),
            ),
        ),
        sections=tuple(sections),
        footer=_footer(progress, lang),
    )


def dimensions(progress: Progress, lang: str, words: Words) -> Evidence:
    sections = [_professional()]
    for series_id, items in _by_series(progress.counted).items():
        given = words.get(series_id) or words.get(items[0].activity.series_title or "") or {}
        lines = tuple(
            f"{t(f'registers.dimension.{name}')}: {given[name]}"
            for name in DIMENSIONS
            if given.get(name)
        )
        blanks = tuple(
            t(f"registers.dimension.{name}") for name in DIMENSIONS if not given.get(name)
        )
        sections.append(
            Section(
                heading=_series_heading(series_id, items),
                fields=_series_fields(items),
                lines=lines,
                blanks=blanks,
            )
        )
    if len(sections) == 1:
        sections.append(Section(lines=(t("registers.doc.nothing_counted"),)))
    return Evidence(
        kind="dimensions",
        register=progress.profile.id,
        title=t("registers.doc.dimensions"),
        about=(*_about(progress, lang), t("registers.doc.dimensions_about")),
        sections=tuple(sections),
        footer=_footer(progress, lang),
    )


def monthly_log(progress: Progress, lang: str, words: Words) -> Evidence:
    keys = ("month", "meetings", "hours", "minimum", "met")
    headers = tuple(t(f"registers.column.{key}") for key in keys)
    per_month: dict[date, int] = {}
    for item in progress.counted:
        first = item.activity.date.replace(day=1)
        per_month[first] = per_month.get(first, 0) + 1
    months = list(progress.months)
    if progress.this_month is not None:
        months.append(progress.this_month)
    rows = []
    for month in months:
        if month is progress.this_month and month.short:
            met = t("registers.doc.month_running")
        else:
            met = t("word.yes") if not month.short else t("registers.doc.month_short")
        rows.append(
            (
                f"{month.month:%Y-%m}",
                str(per_month.get(month.month, 0)),
                hours(month.minutes),
                hours(month.minimum),
                met,
            )
        )
    short = len(progress.short_months)
    summary = t(
        "registers.doc.months_short", count=short, months=counted(len(progress.months), "month")
    )
    return Evidence(
        kind="monthly-log",
        register=progress.profile.id,
        title=t("registers.doc.monthly_log"),
        about=_about(progress, lang),
        sections=(
            _professional(),
            Section(table=Table(keys, headers, tuple(rows)), lines=(summary,)),
            Section(
                heading=t("registers.doc.signed_monthly"),
                signatures=(
                    t("registers.doc.sign_name"),
                    t("registers.doc.sign_signature"),
                    t("registers.doc.sign_date"),
                ),
            ),
        ),
        footer=_footer(progress, lang),
    )


ACCOUNTS = 5


def reflective_account(progress: Progress, lang: str, words: Words) -> Evidence:
    """Five forms, the first ones filled in with the latest activities that count; the
    answers are written by hand or typed in afterwards: afstand puts no reflection in them."""
    candidates = [
        item.activity for item in progress.counted if item.activity.kind != "reflective-discussion"
    ][-ACCOUNTS:]
    sections = [_professional()]
    for index in range(ACCOUNTS):
        activity = candidates[index] if index < len(candidates) else None
        fields: tuple[tuple[str, str], ...] = ()
        if activity is not None:
            fields = (
                (t("registers.field.date"), activity.date.isoformat()),
                (t("registers.field.kind"), kind_words(activity.kind)),
                (t("registers.field.series"), activity.series_title or "—"),
            )
        else:
            fields = ((t("registers.field.date"), ""),)
        sections.append(
            Section(
                heading=t("registers.doc.account", number=index + 1, total=ACCOUNTS),
                fields=fields,
                blanks=tuple(t(f"registers.nmc.question{n}") for n in range(1, 5)),
                checkboxes=tuple(t(f"registers.nmc.theme.{theme}") for theme in CODE_THEMES),
                new_page=index > 0,
            )
        )
    return Evidence(
        kind="reflective-account",
        register=progress.profile.id,
        title=t("registers.doc.reflective_account"),
        about=(*_about(progress, lang), t("registers.doc.account_about")),
        sections=tuple(sections),
        footer=_footer(progress, lang),
    )


def discussion_record(progress: Progress, lang: str, words: Words) -> Evidence:
    discussions = [
        item.activity for item in progress.counted if item.activity.kind == "reflective-discussion"
    ]
    sections = [_professional()]
    listed: list[Activity | None] = list(discussions) or [None]
    for activity in listed:
        fields = (
            (t("registers.field.date"), activity.date.isoformat() if activity else ""),
            (t("registers.field.other"), (activity.facilitator or "") if activity else ""),
            (t("registers.field.pin"), (activity.facilitator_number or "") if activity else ""),
            (t("registers.field.mode"), mode_words(activity.mode) if activity else ""),
        )
        sections.append(
            Section(
                heading=t("registers.doc.discussion"),
                fields=fields,
                blanks=(t("registers.nmc.contact"),),
                signatures=(
                    t("registers.doc.sign_signature"),
                    t("registers.doc.sign_other"),
                ),
            )
        )
    return Evidence(
        kind="discussion-record",
        register=progress.profile.id,
        title=t("registers.doc.discussion_record"),
        about=(*_about(progress, lang), t("registers.doc.discussion_about")),
        sections=tuple(sections),
        footer=_footer(progress, lang),
    )


def cpd_list(progress: Progress, lang: str, words: Words) -> Evidence:
    keys = ("date", "kind", "series", "hours", "mode", "facilitator")
    headers = tuple(t(f"registers.column.{key}") for key in keys)
    rows = tuple(
        (
            item.activity.date.isoformat(),
            kind_words(item.activity.kind),
            item.activity.series_title or "",
            hours(item.credited_minutes),
            mode_words(item.activity.mode),
            facilitator_words(item.activity),
        )
        for item in progress.counted
    )
    gap_lines = tuple(
        t(
            "registers.doc.gap_ongoing" if gap.ongoing else "registers.doc.gap",
            after=gap.after.isoformat(),
            until=gap.until.isoformat(),
            months=counted(gap.months, "month"),
        )
        for gap in progress.gaps
    )
    sections = [
        _professional(),
        Section(
            table=Table(keys, headers, rows),
            lines=(
                t(
                    "registers.doc.total_hours",
                    total=hours(progress.counted_minutes),
                    meetings=counted(len(progress.counted), "activity"),
                ),
            ),
        ),
        Section(
            heading=t("registers.doc.gaps"),
            lines=gap_lines or (t("registers.doc.no_gaps"),),
            blanks=tuple(
                t("registers.doc.gap_explain", after=gap.after.isoformat()) for gap in progress.gaps
            ),
        ),
    ]
    return Evidence(
        kind="cpd-list",
        register=progress.profile.id,
        title=t("registers.doc.cpd_list"),
        about=_about(progress, lang),
        sections=tuple(sections),
        footer=_footer(progress, lang),
    )
