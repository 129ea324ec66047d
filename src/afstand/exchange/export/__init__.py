"""`afstand export`: the journal as a document for a supervisor (Markdown, HTML) or as data
(JSON for `afstand import`, CSV for a spreadsheet).

Every format is a small object in `formats` (chosen by name or by the file's extension) with
one `render(material)`. This module chooses the entries, makes them fit to hand over (aliases,
no free text), builds the report over exactly what the document shows, and writes the result
privately."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afstand.errors import UsageError
from afstand.i18n import Language, current_language, set_language, t
from afstand.journal.format import entries_adapter
from afstand.journal.periods import Period
from afstand.journal.store import Journal

if TYPE_CHECKING:
    from afstand.exchange.export.formats import ExportFormat
    from afstand.models.entry import Entry
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
    """What a format renders: the entries of the document (aliased and without free text
    where asked), the report over exactly those entries, and how the export was asked for."""

    entries: Sequence[Entry]
    report: Report | None
    options: ExportOptions
    lang: Language
    today: date
    now: datetime
    texts: Sequence[bytes] = ()  # the entries exactly as stored, for a complete JSON export

    @property
    def client(self) -> str | None:
        """The client of --client as the document shows it."""
        return self.report.client if self.report is not None else self.options.client


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
    fmt: ExportFormat,
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
        material = _material(journal, fmt, options, lang=lang, today=today, now=now)
        count = len(material.texts) if material.texts else len(material.entries)
        data = fmt.render(material)
        if fmt.name == "json":
            from afstand.exchange import supervision_log

            if supervision_log.wanted(options):
                data = supervision_log.with_supervision(data, journal)
        return Exported(data, count)


def _material(
    journal: Journal,
    fmt: ExportFormat,
    options: ExportOptions,
    *,
    lang: Language,
    today: date,
    now: datetime,
) -> Material:
    from afstand.exchange.export import select

    if fmt.stored_text and options.complete:
        # the fast path for moving a whole journal: the entries' text exactly as stored;
        # keep only the date and the text of each entry: holding the parsed data of a
        # whole journal would make Python's garbage collector slow everything down
        kept = [
            (select.by_date(stored), text)
            for stored, text in journal.stored_entries(options.period)
            if select.wanted(stored, options.client, options.supervision_only)
        ]
        kept.sort(key=lambda pair: pair[0])  # months come in order; this keeps it so
        texts = [text for _, text in kept]
        return Material([], None, options, lang, today, now, texts)
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
    if not fmt.wants_report:
        return Material(entries, None, options, lang, today, now)
    client = options.client
    if client is not None and options.alias_clients:
        client = mapping.get(client, "C1")  # the only client of the export, if any
    report = summarise(select.report_rows(rows, mapping, options.no_notes), options, today, client)
    del rows  # the report has what it needs of them; free them before the document grows
    return Material(entries, report, options, lang, today, now)


def _validated(journal: Journal, period: Period, rows: list[dict[str, Any]]) -> list[Entry]:
    from pydantic import ValidationError

    try:
        return entries_adapter().validate_python(rows)
    except ValidationError:
        journal.entries(period)  # raises the full account of what is wrong, file by file
        raise


def summarise(
    rows: list[dict[str, Any]], options: ExportOptions, today: date, client: str | None
) -> Report:
    """The report over `rows` (entries as stored, already aliased where asked); `client` is the
    client of `--client` as the document shows it. It compares nothing it does not contain."""
    from afstand.report import figures
    from afstand.report.entries import view_of

    views = [view_of(row) for row in rows]
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


def write_file(path: Path, data: bytes, refused: Sequence[Path] = ()) -> None:
    """Write `path` readable by the owner only (0600), atomically: a crash leaves the old file
    or the new one. Unlike the journal's own writes this never creates or changes the folder:
    it is the user's (a desktop, a USB stick), not afstand's. A device or a named pipe is
    written as a stream, never replaced; afstand's own folders are refused."""
    import stat

    from afstand.files import atomic_write

    check_output(path, refused)
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        with path.open("wb") as stream:
            stream.write(data)
        return
    atomic_write(path, data, own_folder=False)
