"""The merge of versions of one supervision series (its file and a sync tool's conflict copies).

A series is merged part by part, each part by when it was last changed, so that a change made
on one computer survives a different change made on the other:

- the series itself (kind, title, supervisor, goals, dimensions, ...): the version whose own
  fields were edited last (`edited`, else `created`);
- meetings, by id: the version changed last (`updated`; a meeting of an older afstand counts
  from its inbreng or verslag, else from the earliest time there is); a meeting in one version
  only is kept;
- evaluations, by kind: the one written last.

Two versions with the same time that differ (which afstand itself does not produce) are
ordered by their JSON, so the outcome never depends on the order in which versions are met,
and merging the outcome again changes nothing.

Deletions stick as they do for reflections (journal/tombstones.py): a series or a meeting whose
id has a deletion record is dropped when it was not changed after the deletion; one changed
after it is kept, and reported."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from datetime import time as Time
from typing import Any

from afstand.models.supervision import Evaluation, Meeting, Series

_EARLIEST = datetime.min.replace(tzinfo=UTC)
_EVALUATION_ORDER = {"early": 0, "midway": 1, "final": 2}
_OWN_PARTS = {"meetings", "evaluations", "updated"}


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def series_changed(series: Series) -> datetime:
    """When anything in the series last changed."""
    return series.updated or series.created


def meeting_changed(meeting: Meeting) -> datetime:
    if meeting.updated is not None:
        return meeting.updated
    found = [meeting.inbreng.prepared if meeting.inbreng else None]
    found.append(meeting.verslag.written if meeting.verslag else None)
    return max((when for when in found if when is not None), default=_EARLIEST)


def _head(series: Series) -> dict[str, Any]:
    return series.model_dump(mode="json", exclude=_OWN_PARTS)


def _head_rank(series: Series) -> tuple[datetime, str]:
    return series.edited or series.created, _json(_head(series))


def _meeting_rank(meeting: Meeting) -> tuple[datetime, str]:
    return meeting_changed(meeting), _json(meeting.model_dump(mode="json"))


def _evaluation_rank(evaluation: Evaluation) -> tuple[datetime, str]:
    return evaluation.written, _json(evaluation.model_dump(mode="json"))


@dataclass
class SeriesMerge:
    series: Series | None  # None: the series was deleted (and not changed since)
    removed_meetings: list[str] = field(default_factory=list)
    kept_after_deletion: list[tuple[str, str]] = field(default_factory=list)  # (kind, id)


def merge_series(versions: Iterable[Series], deleted: Mapping[str, datetime]) -> SeriesMerge:
    """One series from every version of it (all with the same id)."""
    every = list(versions)
    head = max(every, key=_head_rank)
    meetings: dict[str, Meeting] = {}
    evaluations: dict[str, Evaluation] = {}
    for version in every:
        for meeting in version.meetings:
            known = meetings.get(meeting.id)
            if known is None or _meeting_rank(meeting) > _meeting_rank(known):
                meetings[meeting.id] = meeting
        for evaluation in version.evaluations:
            had = evaluations.get(evaluation.kind)
            if had is None or _evaluation_rank(evaluation) > _evaluation_rank(had):
                evaluations[evaluation.kind] = evaluation
    outcome = SeriesMerge(series=None)
    kept = []
    for meeting_id, meeting in sorted(meetings.items()):
        when = deleted.get(meeting_id)
        if when is not None and meeting_changed(meeting) <= when:
            outcome.removed_meetings.append(meeting_id)
            continue
        if when is not None:
            outcome.kept_after_deletion.append(("meeting", meeting_id))
        kept.append(meeting)
    kept.sort(key=lambda m: (m.date, m.start or Time.min, m.id))
    updates = [v.updated for v in every if v.updated is not None]
    merged = head.model_copy(
        update={
            "meetings": kept,
            "evaluations": sorted(evaluations.values(), key=lambda e: _EVALUATION_ORDER[e.kind]),
            "updated": max(updates) if updates else None,
        }
    )
    when = deleted.get(merged.id)
    if when is not None and series_changed(merged) <= when:
        return SeriesMerge(series=None, removed_meetings=outcome.removed_meetings)
    if when is not None:
        outcome.kept_after_deletion.append(("series", merged.id))
    outcome.series = merged
    return outcome


def adds_nothing(merged: Series | None, version: Series, deleted: Mapping[str, datetime]) -> bool:
    """Whether everything in `version` is in `merged` (as it is, changed since, or deleted
    after it): then nothing of it is lost when its copy goes."""
    if merged is None:
        when = deleted.get(version.id)
        return when is not None and series_changed(version) <= when
    again = merge_series([merged, version], deleted).series
    return again is not None and again == merged
