"""Forgetting: everything about one client, and whatever is older than the retention period.

Pure domain code: it reads and changes the journal and the drafts it is given (so an encrypted
journal works the same), returns what it found or did, and prints nothing. A plan scans every
month lightly (what it needs to choose entries, checked); the removal reads in full and checks
every month it would change before anything is written, so a damaged month stops the whole
operation with nothing removed anywhere."""

from __future__ import annotations

import calendar
import difflib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from afstand.dates import month_start
from afstand.errors import NotFound
from afstand.files import exclusive_lock, remove_leftover_temporaries
from afstand.i18n import t
from afstand.journal.periods import Period
from afstand.models.client_code import normalise_client

if TYPE_CHECKING:
    from afstand.journal.store import Journal
    from afstand.models.entry import Entry
    from afstand.reflection.drafts import Draft, DraftStore


@dataclass(frozen=True)
class ForgetPlan:
    """What `forget` would remove: the client's reflections and drafts."""

    client: str
    entries: int
    first: date | None  # the earliest session date among them
    last: date | None  # the latest
    drafts: tuple[str, ...]  # ids of the drafts about the client
    unreadable_drafts: tuple[Path, ...]  # drafts that cannot be read: their client is unknown


@dataclass(frozen=True)
class PurgePlan:
    """What `purge` would remove: everything with a session date before `cutoff`."""

    retention_months: int
    cutoff: date  # entries strictly before this day go; an entry on it stays
    entries: int
    first: date | None
    last: date | None
    clients: int
    drafts: tuple[str, ...]  # ids of drafts whose session (or start) lies before the cut-off


@dataclass(frozen=True)
class Removed:
    """What was removed."""

    entries: int
    first: date | None
    last: date | None
    drafts: int
    ids: frozenset[str] = frozenset()  # of the reflections removed: other records drop them too


# -- one client --------------------------------------------------------------------------------


def plan_forget(journal: Journal, drafts: DraftStore, client: str) -> ForgetPlan:
    """Find everything about `client` (compared without regard to case). A light scan reads and
    checks what it needs of every entry (id, dates, client), so a damaged month stops here.
    Raises NotFound when there is nothing."""
    code = normalise_client(client)
    days: list[date] = []
    known: set[str] = set()
    for _, entry in journal.headers():
        if _is_client(entry.client, code):
            days.append(entry.date)
        else:
            known.add(entry.client)
    found, unreadable = drafts.load()
    draft_ids = tuple(d.id for d in found if d.client is not None and _is_client(d.client, code))
    if not days and not draft_ids:
        close = difflib.get_close_matches(code, sorted(known), n=3, cutoff=0.5)
        hint = t("hint.forget_close", codes=", ".join(close)) if close else t("hint.forget_unknown")
        raise NotFound(t("forget.unknown", client=code), hint=hint)
    return ForgetPlan(
        client=code,
        entries=len(days),
        first=min(days, default=None),
        last=max(days, default=None),
        drafts=draft_ids,
        unreadable_drafts=tuple(bad.path for bad in unreadable),
    )


def forget(journal: Journal, drafts: DraftStore, plan: ForgetPlan) -> Removed:
    """Remove every reflection about the plan's client (under one lock, each month written
    once), then its drafts. A reflection about the client saved since the plan was made goes
    too: the request is to forget the client."""
    removed = journal.remove_where(lambda entry: _is_client(entry.client, plan.client))
    for draft_id in plan.drafts:
        drafts.delete(draft_id)
    remove_leftovers(journal, drafts)
    return _removed(removed, len(plan.drafts))


def remove_leftovers(journal: Journal, drafts: DraftStore) -> None:
    """Remove the temporary files of writes that a crash interrupted: they hold whole months
    (or drafts) as they were about to be written, so forgetting must not leave them. Under
    the journal's lock, so that no write in progress loses its file."""
    if journal.folder.is_dir():
        with exclusive_lock(journal.lock_path):
            remove_leftover_temporaries(journal.folder)
    remove_leftover_temporaries(drafts.folder)


# -- retention ---------------------------------------------------------------------------------


def retention_cutoff(today: date, months: int) -> date:
    """The same day `months` calendar months before `today` (or the last day of that month
    when it is shorter: 31 March minus one month is 28 or 29 February)."""
    try:
        first = month_start(today, -months)
    except ValueError:  # before the year 1: nothing can be older
        return date.min
    last_day = calendar.monthrange(first.year, first.month)[1]
    return first.replace(day=min(today.day, last_day))


def plan_purge(journal: Journal, drafts: DraftStore, months: int, today: date) -> PurgePlan:
    """Find what lies before the cut-off of a retention of `months` months. Only the months up
    to the cut-off are read (and checked)."""
    cutoff = retention_cutoff(today, months)
    old = [entry for _, entry in journal.headers(_before(cutoff))]
    found, _ = drafts.load()
    return PurgePlan(
        retention_months=months,
        cutoff=cutoff,
        entries=len(old),
        first=min((e.date for e in old), default=None),
        last=max((e.date for e in old), default=None),
        clients=len({normalise_client(e.client) for e in old}),
        drafts=tuple(d.id for d in found if _draft_day(d) < cutoff),
    )


def purge(journal: Journal, drafts: DraftStore, plan: PurgePlan) -> Removed:
    """Remove every reflection before the plan's cut-off (one lock, each month written once)
    and the old drafts."""
    removed = journal.remove_where(lambda entry: entry.date < plan.cutoff, _before(plan.cutoff))
    for draft_id in plan.drafts:
        drafts.delete(draft_id)
    remove_leftovers(journal, drafts)
    return _removed(removed, len(plan.drafts))


def entries_past_retention(journal: Journal, months: int, today: date) -> int:
    """How many reflections lie before the cut-off. Cheap: only the month files up to the
    cut-off month are scanned, lightly; when the oldest file is younger, none at all."""
    return sum(1 for _ in journal.headers(_before(retention_cutoff(today, months))))


# -- helpers -----------------------------------------------------------------------------------


def _is_client(stored: str, code: str) -> bool:
    return normalise_client(stored) == code


def _before(cutoff: date) -> Period:
    """The days before `cutoff`; none at all when it is the first day there is."""
    if cutoff == date.min:
        return Period(start=date.max, end=date.min)
    return Period(end=cutoff - timedelta(days=1))


def _draft_day(draft: Draft) -> date:
    return draft.date if draft.date is not None else draft.started.date()


def _removed(entries: list[Entry], drafts: int) -> Removed:
    return Removed(
        entries=len(entries),
        first=entries[0].date if entries else None,
        last=entries[-1].date if entries else None,
        drafts=drafts,
        ids=frozenset(e.id for e in entries),
    )
