"""The merge of versions of a month: by entry id, the most recently changed version wins.

Every change of an entry sets its `updated` time, so of two versions with the same id the one
changed last is kept; a version that was never edited counts from its `created` time. When two
versions have the same time but differ (which afstand itself does not produce), the one whose
JSON sorts last is kept, so that the outcome never depends on the order in which copies are
met. Deletion records (id → when) remove a version that is not newer than its deletion; a
version changed after its deletion is kept, and reported.

So the merge is a maximum per id over a fixed order: the same whatever order the copies come
in, and merging the outcome again changes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

_EARLIEST = datetime.min.replace(tzinfo=UTC)


def parse_time(value: object) -> datetime:
    """A stored time; a missing or malformed one counts as the earliest there is (such an entry
    is refused by validation anyway)."""
    if not isinstance(value, str):
        return _EARLIEST
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return _EARLIEST
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def changed(entry: Mapping[str, Any]) -> datetime:
    """When this version of an entry was last changed: `updated`, else `created`."""
    return parse_time(entry.get("updated") or entry.get("created"))


def _rank(entry: Mapping[str, Any]) -> tuple[datetime, str]:
    return changed(entry), json.dumps(entry, sort_keys=True, ensure_ascii=False)


@dataclass
class Merged:
    entries: list[dict[str, Any]]  # one version per id, in order of id
    removed: list[str] = field(default_factory=list)  # ids removed by a deletion record
    kept_after_deletion: list[str] = field(default_factory=list)  # changed after their deletion


def merge_versions(
    versions: Iterable[Iterable[dict[str, Any]]], deleted: Mapping[str, datetime]
) -> Merged:
    """One entry per id from every version of a month (the month file and its copies)."""
    best: dict[str, dict[str, Any]] = {}
    for entries in versions:
        for entry in entries:
            entry_id = entry.get("id")
            if not isinstance(entry_id, str):
                continue
            known = best.get(entry_id)
            if known is None or _rank(entry) > _rank(known):
                best[entry_id] = entry
    merged = Merged(entries=[])
    for entry_id in sorted(best):
        entry = best[entry_id]
        when = deleted.get(entry_id)
        if when is not None and changed(entry) <= when:
            merged.removed.append(entry_id)
            continue
        if when is not None:
            merged.kept_after_deletion.append(entry_id)
        merged.entries.append(entry)
    return merged


def covers(
    entries: Mapping[str, Mapping[str, Any]],
    entry: Mapping[str, Any],
    deleted: Mapping[str, datetime],
) -> bool:
    """Whether `entries` (by id) hold `entry` as it is or a later version of it, or it was
    deleted after that version: then nothing of it is lost when its copy goes."""
    entry_id = entry.get("id")
    if not isinstance(entry_id, str):
        return True  # nothing to keep: an entry without an id is refused by validation
    present = entries.get(entry_id)
    if present is not None and _rank(present) >= _rank(entry):
        return True
    when = deleted.get(entry_id)
    return when is not None and changed(entry) <= when
