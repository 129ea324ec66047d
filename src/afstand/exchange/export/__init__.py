"""`afstand export`: the journal as a document for a supervisor (Markdown, HTML) or as data
(JSON for `afstand import`, CSV for a spreadsheet).

Every format is a small object in `formats` (chosen by name or by the file's extension) with
one `chunks(source)`. This module chooses the entries month by month, makes them fit to hand
over (aliases, no free text), builds the report over exactly what a document shows, and writes
the result privately. Every format is written while the months are read, so a whole journal is
never held in memory at once: JSON and CSV in one pass. A document for a reader starts with
the figures over everything it shows, so it reads the months more than once: the report reads
them for its figures, a first pass writes the few reflections flagged for supervision (they
come first too), a second writes the others."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from afstand.errors import UsageError
from afstand.i18n import Language, current_language, set_language, t
from afstand.journal.format import (
    Month,
    block_from_file,
    compress,
    read_headers,
    sort_entries,
)
from afstand.journal.periods import Period, month_of
from afstand.journal.store import Journal, paused_gc

if TYPE_CHECKING:
    from afstand.exchange.export.document import Phrases, Question
    from afstand.exchange.export.formats import ExportFormat
    from afstand.exchange.export.shown import Fit, Shown
    from afstand.models.entry import Entry
    from afstand.models.month_file import StoredEntry
    from afstand.report.entries import EntryView
    from afstand.report.model import Report


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
class Material:
    """What a document says above and below its reflections: the report over exactly the
    entries it shows, how many of them are flagged for supervision and how many not, and how
    the export was asked for."""

    report: Report | None
    options: ExportOptions
    lang: Language
    today: date
    now: datetime
    flagged: int = 0
    others: int = 0

    @property
    def client(self) -> str | None:
        """The client of --client as the document shows it."""
        return self.report.client if self.report is not None else self.options.client


class Layout(Protocol):
    """A document format (markdown, html): the lines above, of and below the reflections."""

    STRIP_END: bool

    def head(
        self, material: Material, questions: list[Question], flagged: list[str]
    ) -> list[str]: ...

    def entry(self, entry: Shown, phrases: Phrases) -> list[str]: ...

    def tail(self, material: Material) -> list[str]: ...


class Exported:
    """An export made piece by piece while it is written: `count` is final once every chunk
    has been taken."""

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
    fmt: ExportFormat,
    options: ExportOptions,
    *,
    lang: Language,
    today: date,
    now: datetime,
) -> Exported:
    """The export (UTF-8; the CSV with a byte order mark), made as its chunks are taken."""
    result = Exported()
    source = Source(journal, options, lang, today, now, result)

    def chunks() -> Iterator[bytes]:
        with speaking(lang), paused_gc():
            yield from fmt.chunks(source)

    result.chunks = chunks()
    return result


@dataclass
class Source:
    """What a format reads its export from: the journal, month by month, as the options
    choose it."""

    journal: Journal
    options: ExportOptions
    lang: Language
    today: date
    now: datetime
    result: Exported

    def selected(self) -> Iterator[tuple[Month, list[StoredEntry]]]:
        """Month by month, the entries the options choose, as stored."""
        from afstand.exchange.export import select

        options = self.options
        current: Month | None = None
        chosen: list[StoredEntry] = []
        for month, stored in self.journal.stored(options.period):
            if current is not None and month is not current:
                if chosen:
                    yield current, chosen
                chosen = []
            current = month
            if select.wanted(stored, options.client, options.supervision_only):
                chosen.append(stored)
        if current is not None and chosen:
            yield current, chosen

    def aliases(self) -> dict[str, str]:
        """Real code → alias for every client the export shows, in order of first appearance
        by date (empty when codes are kept), from a light scan of the months."""
        from afstand.exchange.export import select

        options = self.options
        if not options.alias_clients:
            return {}
        chosen = (
            (name, header)
            for name, header in self.journal.headers(options.period)
            if select.wanted(header, options.client, options.supervision_only)
        )
        return select.alias_map(
            header.client
            for _, month in groupby(chosen, key=lambda found: found[0])
            for _, header in sorted(month, key=lambda found: (found[1].date, found[1].created))
        )

    def fit(self) -> Fit:
        from afstand.exchange.export.shown import Fit

        return Fit(self.aliases(), self.options.no_notes)

    def fitted(self) -> tuple[Iterator[list[Entry]], dict[str, str]]:
        """Month by month, the chosen entries made fit to hand over (aliases, no free text),
        and the aliases."""
        from afstand.exchange.export import select

        options = self.options
        mapping = self.aliases()

        def months() -> Iterator[list[Entry]]:
            for month, chosen in self.selected():
                entries = sort_entries([month.expand(stored) for stored in chosen])
                if mapping:
                    entries = select.alias_entries(entries, mapping)
                if options.no_notes:
                    entries = select.drop_notes(entries)
                yield entries

        return months(), mapping

    def document_chunks(self, layout: Layout) -> Iterator[bytes]:
        """A document for a reader. Its top needs everything it shows: the report over the
        entries (from the report's own light views), the questions for supervision and the
        flagged reflections, all gathered in a first pass over the months (the flagged come
        first, and are few). A second pass writes the other reflections month by month."""
        from afstand.exchange.export import document
        from afstand.exchange.export.shown import in_order
        from afstand.report.entries import MonthViews, view_of

        options, lang = self.options, self.lang
        fit = self.fit()
        views: list[EntryView] = []
        questions: list[Question] = []
        flagged: list[str] = []
        others: set[str] = set()
        for month, chosen in self.selected():
            phrases = document.Phrases(lang)
            month_views = MonthViews(month)
            for stored in in_order(chosen):
                # the views as the document shows the entries
                view = month_views.view(stored, fit.client(stored.client))
                if stored.supervision_question is not None:
                    view.supervision_question = fit.text(stored.supervision_question)
                views.append(view)
                # only what comes first is written now: the answers of the others can wait
                if not (stored.supervision or options.no_notes):
                    others.add(stored.id)
                    continue
                shown = fit.entry(month, stored)
                if len(shown.answers) < sum(len(s.answers) for s in stored.sets):
                    # without their text answers, some sets may not count as answered
                    fewer = view_of(stored, shown.answers)
                    view.sets, view.dimensions = fewer.sets, fewer.dimensions
                if shown.supervision:
                    flagged += layout.entry(shown, phrases)
                    question = document.question_of(shown, options.no_notes)
                    if question is not None:
                        questions.append(question)
                else:
                    others.add(stored.id)
        shown_views, views = views, []
        self.result.count = len(shown_views)
        client = options.client
        if client is not None:
            client = fit.mapping.get(client, "C1") if options.alias_clients else client
        report = summarise(shown_views, options, self.today, client)
        del shown_views
        count = self.result.count - len(others)
        material = Material(report, options, lang, self.today, self.now, count, len(others))

        def pieces() -> Iterator[list[str]]:
            yield layout.head(material, questions, flagged)
            if others:
                for month, chosen in self.selected():
                    phrases = document.Phrases(lang)
                    yield [
                        line
                        for _, shown in fit.month(month, [s for s in chosen if s.id in others])
                        for line in layout.entry(shown, phrases)
                    ]
            yield layout.tail(material)

        yield from document.chunks_of(pieces(), strip_end=layout.STRIP_END)

    def json_chunks(self) -> Iterator[bytes]:
        from afstand.exchange import supervision_log
        from afstand.exchange.export import json_format

        options = self.options
        yield json_format.opening(options, self.now)
        if options.complete:
            yield from self._stored_months()
        else:
            first = True
            entries_by_month, _ = self.fitted()
            for entries in entries_by_month:
                wordings, stored = compress(entries)
                month = month_of(entries[0].date)
                yield json_format.month_line(month, wordings, stored, first=first)
                self.result.count += len(entries)
                first = False
        closing = json_format.closing()
        if supervision_log.wanted(options):
            closing = supervision_log.with_supervision(closing, self.journal)
        yield closing

    def _stored_months(self) -> Iterator[bytes]:
        """The fast path for moving a whole journal: each month's entries as stored, and a
        month that goes whole copied from its file after a light check (`import` checks
        everything again before it writes anything)."""
        from afstand.exchange.export import json_format, select

        options, journal = self.options, self.journal
        first = True
        seen: set[str] = set()
        for name in journal.months_in(options.period):
            synced = journal.has_copies(name)  # merged in memory: never copied whole
            raw = journal.month_bytes(name)
            if raw is None and not synced:
                continue
            headers = [] if raw is None or synced else read_headers(raw, journal.month_path(name))
            ids = {h.id for h in headers}
            whole = None
            if (
                raw is not None
                and headers
                and len(journal.visible(name, headers)) == len(headers)  # none deleted elsewhere
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
                month = journal.read(name)  # with copies counted in, without what was deleted
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
            self.result.count += len(chosen_ids)
            first = False

    def csv_chunks(self) -> Iterator[bytes]:
        from afstand.exchange.export import csv_format

        yield csv_format.opening()
        fit = self.fit()
        for month, chosen in self.selected():
            rows = csv_format.Rows(self.lang, self.options.no_notes)
            found: list[str] = []
            for _, shown in fit.month(month, chosen):
                found += rows.of(shown)
                self.result.count += 1
            yield csv_format.more(found)


def summarise(
    views: list[EntryView], options: ExportOptions, today: date, client: str | None
) -> Report:
    """The report over `views` (of the entries as shown: aliased and without free text where
    asked); `client` is the client of `--client` as the document shows it. It compares
    nothing it does not contain."""
    from msgspec.structs import replace

    from afstand.report import figures

    views.sort(key=lambda view: view.day)
    report = figures.summarise(views, options.period, client, today)
    if options.supervision_only:
        # a gap between flagged reflections says nothing about reflecting
        kept = [p for p in report.attention if p.code != "no-reflection"]
        report = replace(report, attention=kept)
    return report


def check_output(path: Path, refused: Sequence[Path] = ()) -> None:
    """Refuse an output that is a folder, lies in a folder that does not exist or in one of
    afstand's own folders (`refused`), or is neither a file nor a device or named pipe."""
    import stat

    if path.is_dir():
        raise UsageError(t("export.output_folder", path=path), hint=t("hint.export_output"))
    folder = path.parent
    if not folder.is_dir():
        raise UsageError(t("export.output_no_folder", folder=folder), hint=t("hint.export_output"))
    where = folder.resolve() / path.name
    for own in refused:
        own = own.resolve()
        if where == own or own in where.parents:
            raise UsageError(
                t("export.output_own_folder", path=path), hint=t("hint.export_output_own")
            )
    if path.exists():
        mode = path.stat().st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
            raise UsageError(t("export.output_special", path=path), hint=t("hint.export_output"))


def write_file(path: Path, data: bytes | Iterable[bytes], refused: Sequence[Path] = ()) -> None:
    """Write `path` readable by the owner only (0600), atomically: a crash leaves the old file
    or the new one. Unlike the journal's own writes this never creates or changes the folder:
    it is the user's (a desktop, a USB stick), not afstand's. A device or a named pipe is
    written as a stream, never replaced; afstand's own folders are refused."""
    import stat

    from afstand.files import atomic_write

    check_output(path, refused)
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        with path.open("wb") as stream:
            for chunk in [data] if isinstance(data, bytes) else data:
                stream.write(chunk)
        return
    atomic_write(path, data, own_folder=False)
