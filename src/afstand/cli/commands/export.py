"""`afstand export` and `afstand import`: a document for the supervisor, or the journal as data
to take to another computer."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer

from afstand.cli.context import workspace
from afstand.cli.options import ClientFilter, Since, Until, Year, month_option
from afstand.cli.output import say, warn
from afstand.i18n import counted, current_language, t

FORMATS = ("markdown", "html", "json", "csv")  # as in exchange.export.formats.NAMES
MAX_LISTED = 20


def _check_format(value: str | None) -> str | None:
    if value is None:
        return None
    lowered = value.strip().lower()
    if lowered not in FORMATS:
        raise typer.BadParameter(f"{value!r}: {' | '.join(FORMATS)}")
    return lowered


def export_journal(
    ctx: typer.Context,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="|".join(FORMATS),
            callback=_check_format,
            help=t("help.export.format"),
        ),
    ] = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="FILE", help=t("help.export.output"))
    ] = None,
    month: Annotated[str | None, month_option("help.export.period")] = None,
    start: Since = None,
    end: Until = None,
    year: Year = None,
    client: ClientFilter = None,
    supervision_only: Annotated[
        bool, typer.Option("--supervision-only", help=t("help.filter.supervision"))
    ] = False,
    alias_clients: Annotated[
        bool | None, typer.Option("--alias-clients/--real-codes", help=t("help.export.alias"))
    ] = None,
    no_notes: Annotated[bool, typer.Option("--no-notes", help=t("help.export.no_notes"))] = False,
) -> None:
    from afstand.exchange.export import ExportOptions, check_output, export, write_file
    from afstand.exchange.export.formats import format_for
    from afstand.journal.periods import Period, period_from_options
    from afstand.models.client_code import normalise_client

    now = datetime.now().astimezone()
    today = date.today()
    period = period_from_options(today, month=month, year=year, start=start, end=end)
    chosen = format_for(output, fmt)
    path = Path(output).expanduser() if output and output != "-" else None
    ws = workspace(ctx)
    refused = (ws.paths.data, ws.paths.config_dir)
    if path is not None:
        check_output(path, refused)
    options = ExportOptions(
        period=period or Period(),
        client=normalise_client(client) if client else None,
        supervision_only=supervision_only,
        # a document for a supervisor shows aliases unless the real codes are asked for
        alias_clients=chosen.for_readers if alias_clients is None else alias_clients,
        no_notes=no_notes,
    )
    result = export(
        ws.journal(),
        chosen,
        options,
        lang=current_language(),
        today=today,
        now=now,
    )
    if chosen.name == "json" and not options.complete:
        warn(t("export.incomplete_warning"))
    # the export is made month by month while it is written; what it held is known after
    if path is None:
        _to_stdout(result.chunks)
        if result.count == 0:
            say(t("export.nothing"))
        return
    write_file(path, result.chunks, refused)
    if result.count == 0:
        say(t("export.nothing"))
    say(t("export.written", count=result.count, path=path, format=chosen.name), style="green")


def _to_stdout(chunks: Iterator[bytes]) -> None:
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    for data in chunks:
        if buffer is not None:
            buffer.write(data)
        else:  # a stream without bytes underneath (as in some test runners)
            sys.stdout.write(data.decode("utf-8"))
    if buffer is not None:
        buffer.flush()
    sys.stdout.flush()


def import_journal(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(metavar="FILE", help=t("help.import.file"))],
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help=t("help.import.overwrite"))
    ] = False,
    force: Annotated[bool, typer.Option("--force", help=t("help.import.force"))] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=t("help.import.dry_run"))] = False,
) -> None:
    from afstand.exchange.importing import import_file

    outcome = import_file(
        workspace(ctx).journal(),
        source,
        overwrite=overwrite,
        force=force,
        dry_run=dry_run,
    )
    for message in outcome.warnings:
        warn(message)
    for key, entries in (
        ("import.replaced", outcome.replaced),
        ("import.conflict", outcome.conflicts),
    ):
        for entry in entries[:MAX_LISTED]:
            say(t(key, id=entry.id[:8], date=entry.date, client=entry.client))
        if len(entries) > MAX_LISTED:
            say(t("import.more", count=len(entries) - MAX_LISTED))
    say(
        t(
            "import.summary",
            path=outcome.name,
            added=outcome.added,
            skipped=outcome.skipped,
            conflicts=counted(len(outcome.conflicts), "conflict"),
            replaced=len(outcome.replaced),
        ),
        style="green" if not outcome.conflicts else "yellow",
    )
    if outcome.series_added or outcome.series_conflicts or outcome.series_replaced:
        say(
            t(
                "import.series",
                added=outcome.series_added,
                conflicts=outcome.series_conflicts,
                replaced=outcome.series_replaced,
            )
        )
    if outcome.conflicts:
        say(t("hint.import_overwrite"), style="cyan")
    if dry_run:
        say(t("import.dry_run"))
