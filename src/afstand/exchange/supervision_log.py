"""The supervision log in the JSON export, and back in on import.

A complete export of the whole journal (no period, client or supervision-only selection)
carries every series under the key `supervision`, one series per line, after the entries; an
export of a part of the journal leaves the log out, since its meetings refer to reflections
that may not be in it. Kept apart from the entries' export on purpose: it adds one key to the
finished document and leaves the rest as it is."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from afstand.supervision.store import SupervisionLog

if TYPE_CHECKING:
    from afstand.exchange.export import ExportOptions
    from afstand.journal.store import Journal
    from afstand.models.supervision import Series
    from afstand.supervision.store import MergeCount


def wanted(options: ExportOptions) -> bool:
    period = options.period
    return (
        options.complete
        and period.start is None
        and period.end is None
        and options.client is None
        and not options.supervision_only
    )


def with_supervision(document: bytes, journal: Journal) -> bytes:
    """The export `document` with the journal's series added, when there are any."""
    every = SupervisionLog(journal).all()
    if not every:
        return document
    assert document.endswith(b"\n}\n")
    lines = [
        json.dumps(
            s.model_dump(mode="json", exclude_none=True), ensure_ascii=False, separators=(",", ":")
        ).encode("utf-8")
        for s in every
    ]
    return b"".join(
        (document[: -len(b"\n}\n")], b',\n  "supervision": [\n', b",\n".join(lines), b"\n  ]\n}\n")
    )


def merge_series(
    journal: Journal, series: list[Series], *, overwrite: bool, dry_run: bool
) -> MergeCount:
    return SupervisionLog(journal).merge(series, overwrite=overwrite, dry_run=dry_run)
