"""What is due, for `afstand status`: the verslag before the next meeting, an evaluation, the
next meeting and its inbreng, unfinished drafts, quick reflections still to deepen, the
periodic check-in, and a purge that retention asks for.

It only reads; it never asks anything and never needs the network."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from afstand.journal.periods import Period
from afstand.supervision.schedule import (
    DAYS_BEFORE,
    evaluations_due,
    upcoming,
    verslagen_due,
)

if TYPE_CHECKING:
    from afstand.journal.store import Journal
    from afstand.models.supervision import Series
    from afstand.reflection.drafts import Draft


@dataclass(frozen=True)
class Item:
    """One thing that is due. `kind` chooses its sentence; `due` is None when it has no date."""

    kind: str  # verslag, evaluation, meeting, inbreng, draft, quick, check-in, purge
    due: date | None
    overdue: bool
    details: dict[str, Any] = field(default_factory=dict)

    def as_data(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "due": self.due.isoformat() if self.due else None,
            "overdue": self.overdue,
            **self.details,
        }


def series_items(every: list[Series], today: date, days_before: int = DAYS_BEFORE) -> list[Item]:
    items: list[Item] = []
    for series in every:
        short = series.id[:8]
        for number, _meeting, due in verslagen_due(series, today, days_before):
            items.append(
                Item(
                    "verslag",
                    due.day,
                    due.day < today,
                    {"series": short, "meeting": number, "estimated": due.estimated},
                )
            )
        for kind, after in evaluations_due(series, today):
            items.append(
                Item(
                    "evaluation", None, False, {"series": short, "evaluation": kind, "after": after}
                )
            )
        coming = upcoming(series, today)
        if coming:
            following = coming[0]
            number = [m.id for m in series.ordered_meetings()].index(following.id) + 1
            items.append(
                Item(
                    "meeting",
                    following.date,
                    False,
                    {
                        "series": short,
                        "meeting": number,
                        "start": following.start.strftime("%H:%M") if following.start else None,
                        "prepared": following.inbreng is not None,
                    },
                )
            )
    return items


def draft_items(drafts: list[Draft]) -> list[Item]:
    return [
        Item(
            "draft",
            None,
            False,
            {
                "draft": d.id[:8],
                "client": d.client,
                "started": d.started.date().isoformat(),
                "answers": d.answered_count(),
            },
        )
        for d in drafts
    ]


CHECK_IN_SET = "periodic-check-in"
CHECK_IN_DAYS = 28  # about once a month, as the set itself says
RECENT_DAYS = 365  # status reads only the last year: it runs at every shell start


def reflection_items(journal: Journal, today: date) -> list[Item]:
    """Quick reflections still to deepen, and the periodic check-in once it is due again
    (only for someone who has answered it before: it is not in the default sets)."""
    items: list[Item] = []
    last_check_in: date | None = None
    for month, stored in journal.stored(Period(start=today - timedelta(days=RECENT_DAYS))):
        if stored.phase == "quick":
            details = {"entry": stored.id[:8], "client": stored.client}
            items.append(Item("quick", stored.date, False, details))
        if any(month.wordings[s.wording].set == CHECK_IN_SET for s in stored.sets):
            last_check_in = max(last_check_in or stored.date, stored.date)
    if last_check_in is not None:
        due = last_check_in + timedelta(days=CHECK_IN_DAYS)
        if due <= today:
            items.append(Item("check-in", due, due < today, {"last": last_check_in.isoformat()}))
    return items


def purge_item(count: int, months: int) -> list[Item]:
    return [Item("purge", None, False, {"entries": count, "months": months})] if count else []


def ordered(items: list[Item]) -> list[Item]:
    """Overdue first, then by date (undated last), in a stable order otherwise."""
    return sorted(items, key=lambda i: (not i.overdue, i.due is None, i.due or date.max))
