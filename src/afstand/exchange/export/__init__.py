"""`afstand export`: the journal as a document for a supervisor (Markdown, HTML) or as data
(JSON for `afstand import`, CSV for a spreadsheet).

Every format is a small `render` function in a module of its own. This module chooses the
entries, makes them fit to hand over (aliases, no free text), builds the report's figures on
exactly what the document shows, and writes the result privately."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afstand.errors import UsageError
from afstand.i18n import Language, current_language, set_language, t
from afstand.journal.format import (
    Month,
    block_from_file,
    compress,
    entry_answers,
    read_headers,
    read_month_file,
    sort_entries,
)
from afstand.journal.periods import Period, month_of
from afstand.journal.store import Journal, paused_gc

if TYPE_CHECKING:
    from afstand.models.entry import Entry
    from afstand.models.month_file import StoredEntry
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


class Exported:
    """An export made piece by piece while it is written, so that a whole journal is never
    held in memory at once: `count` is final once every chunk has been taken."""

    def __init__(self) -> None:
        self.count = 0
        self.chunks: Iterator[bytes] = iter(())

    @property
    def data(self) -> bytes:
        return b"".join(self.chunks)


@contextmanager
def speaking(lang: Language) -> Iterator[None]:
    """Interface texts in `lang` for the length of the block."""
    before = current_language()
    set_language(lang)
    try:
        yield
    finally:
        set_language(before)


def export(
    journal: Journal,
    fmt: Format,
    options: ExportOptions,
    *,
    lang: Language,
    today: date,
    now: datetime,
) -> Exported:
    """The export (UTF-8; the CSV with a byte order mark), made as its chunks are taken."""
    result = Exported()

    def chunks() -> Iterator[bytes]:
        with speaking(lang), paused_gc():
            if fmt is Format.json:
                yield from _json_chunks(journal, options, now, result)
            elif fmt is Format.csv:
                yield from _csv_chunks(journal, options, lang, result)
            else:
                yield _document(journal, fmt, options, lang=lang, today=today, result=result)

    result.chunks = chunks()
    return result


def _selected(
    journal: Journal, options: ExportOptions
) -> Iterator[tuple[Month, list[StoredEntry]]]:
    """Month by month, the entries the options choose, as stored."""
    from afstand.exchange.export import select

    current: Month | None = None
    chosen: list[StoredEntry] = []
    for month, stored in journal.stored(options.period):
        if current is not None and month is not current:
            if chosen:
                yield current, chosen
            chosen = []
        current = month
        if select.wanted(stored, options.client, options.supervision_only):
            chosen.append(stored)
    if current is not None and chosen:
        yield current, chosen


def _fitted(
    journal: Journal, options: ExportOptions
) -> tuple[Iterator[list[Entry]], dict[str, str]]:
    """Month by month, the chosen entries made fit to hand over (aliases, no free text), and
    the aliases (from a first, light pass over the months, in order of date)."""
    from afstand.exchange.export import select

    mapping: dict[str, str] = {}
    if options.alias_clients:
        mapping = select.alias_map(
            stored.client
            for _, chosen in _selected(journal, options)
            for stored in sorted(chosen, key=lambda e: (e.date, e.created))
        )

    def months() -> Iterator[list[Entry]]:
        for month, chosen in _selected(journal, options):
            entries = sort_entries([month.expand(stored) for stored in chosen])
            if mapping:
                entries = select.alias_entries(entries, mapping)
            if options.no_notes:
                entries = select.drop_notes(entries)
            yield entries

    return months(), mapping


def _json_chunks(
    journal: Journal, options: ExportOptions, now: datetime, result: Exported
) -> Iterator[bytes]:
    from afstand.exchange.export import json_format

    yield json_format.opening(options, now)
    first = True
    if options.complete:
        # the fast path for moving a whole journal: each month's entries as stored, and a
        # month that goes whole copied from its file after a light check (`import` checks
        # everything again before it writes anything)
        from afstand.exchange.export import select

        seen: set[str] = set()
        for name in journal.months_in(options.period):
            raw = journal.month_bytes(name)
            if raw is None:
                continue
            path = journal.month_path(name)
            headers = read_headers(raw, path)
            ids = {h.id for h in headers}
            whole = None
            if (
                headers
                and len(ids) == len(headers)
                and ids.isdisjoint(seen)
                and all(
                    options.period.contains(h.date)
                    and select.wanted(h, options.client, options.supervision_only)
                    for h in headers
                )
            ):
                whole = block_from_file(raw, name)
            if whole is not None:
                yield (b"" if first else b",\n") + whole
                chosen_ids = ids
            else:
                month = read_month_file(raw, path)
                chosen = [
                    s
                    for s in month.entries
                    if options.period.contains(s.date)
                    and select.wanted(s, options.client, options.supervision_only)
                    and s.id not in seen
                ]
                chosen_ids = {s.id for s in chosen}
                if len(chosen_ids) < len(chosen):  # the same id twice in one month: once
                    chosen = list({s.id: s for s in chosen}.values())
                if not chosen:
                    continue
                yield json_format.month_line(name, month.wordings, chosen, first=first)
            seen |= chosen_ids
            result.count += len(chosen_ids)
            first = False
    else:
        entries_by_month, _ = _fitted(journal, options)
        for entries in entries_by_month:
            wordings, stored = compress(entries)
            yield json_format.month_line(month_of(entries[0].date), wordings, stored, first=first)
            result.count += len(entries)
            first = False
    yield json_format.closing()


def _csv_chunks(
    journal: Journal, options: ExportOptions, lang: Language, result: Exported
) -> Iterator[bytes]:
    from afstand.exchange.export import csv_format

    yield csv_format.opening()
    entries_by_month, _ = _fitted(journal, options)
    for entries in entries_by_month:
        yield csv_format.more(entries, options, lang)
        result.count += len(entries)


def _document(
    journal: Journal,
    fmt: Format,
    options: ExportOptions,
    *,
    lang: Language,
    today: date,
    result: Exported,
) -> bytes:
    """A document for a reader (Markdown, HTML): its summary comes first, so it is made whole."""
    entries_by_month, mapping = _fitted(journal, options)
    entries = [entry for month in entries_by_month for entry in month]
    result.count = len(entries)
    client = options.client
    if client is not None and options.alias_clients:
        client = mapping.get(client, "C1")  # the only client of the export, if any
    summary = summarise(entries, options, today, client)
    if fmt is Format.html:
        from afstand.exchange.export import html

        return html.render(entries, summary, options, lang).encode()
    from afstand.exchange.export import markdown

    return markdown.render(entries, summary, options, lang).encode()


def summarise(
    entries: list[Entry], options: ExportOptions, today: date, client: str | None
) -> Summary:
    """The report over `entries` (already aliased and without free text where asked);
    `client` is the client of `--client` as the document shows it."""
    from afstand.report.data import report_data
    from afstand.report.figures import Report, view_of

    views = sorted(
        (view_of(entry, entry_answers(entry)) for entry in entries), key=lambda view: view.day
    )
    report = Report(period=options.period, client=client, entries=views, previous=[], today=today)
    data = report_data(report)
    data["previous"] = None  # the document compares nothing it does not contain
    if options.supervision_only:
        # a gap between flagged reflections says nothing about reflecting
        data["attention"] = [p for p in data["attention"] if p["code"] != "no-reflection"]
    return Summary(report=report, data=data, client=client, today=today)


def write_file(path: Path, data: bytes | Iterable[bytes]) -> None:
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
