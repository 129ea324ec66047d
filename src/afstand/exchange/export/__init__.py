"""`afstand export`: the journal as a document for a supervisor (Markdown, HTML) or as data
(JSON for `afstand import`, CSV for a spreadsheet).

Every format is a small `render` function in a module of its own. This module chooses the
entries, makes them fit to hand over (aliases, no free text), builds the report's figures on
exactly what the document shows, and writes the result privately."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afstand.errors import UsageError
from afstand.i18n import Language, current_language, set_language, t
from afstand.journal.format import entries_adapter
from afstand.journal.periods import Period
from afstand.journal.store import Journal

if TYPE_CHECKING:
    from afstand.models.entry import Entry
    from afstand.report.figures import Report


class Format(StrEnum):
    markdown = "markdown"
    html = "html"
    json = "json"
    csv = "csv"


SUFFIXES = {
    ".md": Format.markdown,
    ".markdown": Format.markdown,
    ".html": Format.html,
    ".htm": Format.html,
    ".json": Format.json,
    ".csv": Format.csv,
}


def format_for(output: str | None) -> Format:
    """The format an output file's name asks for (Markdown when it says nothing)."""
    if output:
        return SUFFIXES.get(Path(output).suffix.lower(), Format.markdown)
    return Format.markdown


@dataclass(frozen=True)
class ExportOptions:
    period: Period = field(default_factory=Period)
    client: str | None = None
    supervision_only: bool = False
    alias_clients: bool = False
    no_notes: bool = False

    @property
    def complete(self) -> bool:
        """Whether every exported entry is exactly as stored (and so fit for `import`)."""
        return not (self.alias_clients or self.no_notes)


@dataclass
class Summary:
    """The report's figures over exactly the entries of the document (aliased when they are)."""

    report: Report
    data: dict[str, Any]
    client: str | None  # the client of --client as the document shows it
    today: date


@dataclass
class Exported:
    data: bytes
    count: int


@contextmanager
def speaking(lang: Language) -> Iterator[None]:
    """Interface texts in `lang` for the length of the block."""
    before = current_language()
    set_language(lang)
    try:
        yield
    finally:
        set_language(before)


@contextmanager
def without_gc_pauses() -> Iterator[None]:
    """Python's cycle collector rescans everything alive whenever many objects were made; for
    the parsed data of a whole journal that triples the time. An export or an import makes no
    cycles worth collecting, so the collector rests until it is done."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def export(
    journal: Journal,
    fmt: Format,
    options: ExportOptions,
    *,
    lang: Language,
    today: date,
    now: datetime,
) -> Exported:
    """The export as bytes (UTF-8; the CSV with a byte order mark)."""
    with speaking(lang), without_gc_pauses():
        # the work is done in a function of its own, so that everything it made is freed
        # before the collector wakes up again (else its first round walks through all of it)
        return _export(journal, fmt, options, lang=lang, today=today, now=now)


def _export(
    journal: Journal,
    fmt: Format,
    options: ExportOptions,
    *,
    lang: Language,
    today: date,
    now: datetime,
) -> Exported:
    from afstand.exchange.export import select

    if fmt is Format.json and options.complete:
        # the fast path for moving a whole journal: the entries' text exactly as stored
        from afstand.exchange.export import json_format

        # keep only the date and the text of each entry: holding the parsed data of a
        # whole journal would make Python's garbage collector slow everything down
        kept = [
            (select.by_date(stored), text)
            for stored, text in journal.stored_entries(options.period)
            if select.wanted(stored, options.client, options.supervision_only)
        ]
        kept.sort(key=lambda pair: pair[0])  # months come in order; this keeps it so
        texts = [text for _, text in kept]
        document = json_format.render(texts, options, now=now)
        from afstand.exchange import supervision_log

        if supervision_log.wanted(options):
            document = supervision_log.with_supervision(document, journal)
        return Exported(document, len(texts))
    rows = sorted(
        (
            row
            for row in journal.raw_entries(options.period)
            if select.wanted(row, options.client, options.supervision_only)
        ),
        key=select.by_date,
    )
    mapping = select.alias_map(str(row["client"]) for row in rows) if options.alias_clients else {}
    entries = _validated(journal, options.period, rows)
    if mapping:
        entries = select.alias_entries(entries, mapping)
    if options.no_notes:
        entries = select.drop_notes(entries)
    if fmt is Format.json:
        from afstand.exchange.export import json_format

        texts = [json_format.entry_text(json_format.stored_form(e)) for e in entries]
        return Exported(json_format.render(texts, options, now=now), len(texts))
    if fmt is Format.csv:  # data only: no figures
        from afstand.exchange.export import csv_format

        return Exported(csv_format.render(entries, None, options, lang), len(entries))
    client = options.client
    if client is not None and options.alias_clients:
        client = mapping.get(client, "C1")  # the only client of the export, if any
    summary = summarise(select.report_rows(rows, mapping, options.no_notes), options, today, client)
    del rows  # the report has what it needs of them; free them before the document grows
    if fmt is Format.html:
        from afstand.exchange.export import html

        return Exported(html.render(entries, summary, options, lang).encode(), len(entries))
    from afstand.exchange.export import markdown

    return Exported(markdown.render(entries, summary, options, lang).encode(), len(entries))


def _validated(journal: Journal, period: Period, rows: list[dict[str, Any]]) -> list[Entry]:
    from pydantic import ValidationError

    try:
        return entries_adapter().validate_python(rows)
    except ValidationError:
        journal.entries(period)  # raises the full account of what is wrong, file by file
        raise


def summarise(
    rows: list[dict[str, Any]], options: ExportOptions, today: date, client: str | None
) -> Summary:
    """The report over `rows` (entries as stored, already aliased where asked); `client` is the
    client of `--client` as the document shows it."""
    from afstand.report.data import report_data
    from afstand.report.figures import Report, view_of

    views = sorted((view_of(row) for row in rows), key=lambda view: view.day)
    report = Report(period=options.period, client=client, entries=views, previous=[], today=today)
    data = report_data(report)
    data["previous"] = None  # the document compares nothing it does not contain
    if options.supervision_only:
        # a gap between flagged reflections says nothing about reflecting
        data["attention"] = [p for p in data["attention"] if p["code"] != "no-reflection"]
    return Summary(report=report, data=data, client=client, today=today)


def write_file(path: Path, data: bytes) -> None:
    """Write `path` readable by the owner only (0600), atomically: a crash leaves the old file
    or the new one. Unlike the journal's own writes this never creates or changes the folder:
    it is the user's (a desktop, a USB stick), not afstand's."""
    from afstand.files import atomic_write

    if path.is_dir():
        raise UsageError(t("export.output_folder", path=path), hint=t("hint.export_output"))
    folder = path.parent
    if not folder.is_dir():
        raise UsageError(t("export.output_no_folder", folder=folder), hint=t("hint.export_output"))
    atomic_write(path, data, own_folder=False)
