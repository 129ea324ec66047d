"""`afstand supervision evidence`: documents for a register from the log alone (an
attendance list, a statement to sign, SKJ's reflection form), without client data."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from afstand.cli.context import workspace
from afstand.cli.output import say
from afstand.errors import InvalidInput
from afstand.i18n import current_language, t

if TYPE_CHECKING:
    from afstand.models.supervision import Series
    from afstand.supervision.store import SupervisionLog

from afstand.cli.supervision_support import (
    OutputOption,
    SeriesOption,
    StrictOption,
    check_texts,
    current_time,
    log_of,
    write_document,
)


def evidence(
    ctx: typer.Context,
    what: Annotated[
        str, typer.Argument(metavar="attendance|statement|skj", help=t("help.evidence.what"))
    ],
    series_id: SeriesOption = None,
    answers: Annotated[
        str | None, typer.Option("--answers", metavar="FILE", help=t("help.evidence.answers"))
    ] = None,
    output: OutputOption = None,
    strict: StrictOption = False,
) -> None:
    ws = workspace(ctx)
    from afstand.exchange.export.select import code_pattern, replace_codes
    from afstand.supervision.documents import evidence as documents

    if what not in ("attendance", "statement", "skj"):
        raise InvalidInput(t("evidence.unknown", what=what))
    journal = ws.journal()
    log = log_of(ws)
    series = log.find(series_id)
    today = date.today()
    if what == "attendance" and output and Path(output).suffix.lower() == ".csv":
        from afstand.files import atomic_write

        data = documents.attendance_csv(series, today).encode("utf-8")
        atomic_write(Path(output), data, own_folder=False)
        say(t("supervision.written", path=output), style="green")
        return
    if what == "attendance":
        write_document(documents.attendance_document(series, current_language(), today), output)
        return
    mapping = {code: t("word.client_placeholder") for code in journal.clients()}
    pattern = code_pattern(mapping)

    def scrub(text: str) -> str:
        return replace_codes(text, mapping, pattern)

    if what == "statement":
        document = documents.statement_document(series, current_language(), today, scrub)
    else:
        if answers is not None:
            series = _save_dimensions(log, series, answers, strict)
        document = documents.dimensions_document(series, current_language(), today, scrub)
    write_document(document, output)


def _save_dimensions(log: SupervisionLog, series: Series, source: str, strict: bool) -> Series:
    from afstand.models.supervision import Dimensions, DimensionsInput
    from afstand.supervision.files import read_data
    from afstand.supervision.series import MAX_TEXT, parse_model, text_problem

    data, name = read_data(source)
    given = parse_model(DimensionsInput, data, name)
    texts = {k: v for k, v in given.model_dump().items() if isinstance(v, str) and v.strip()}
    problems = [p for k, v in texts.items() if (p := text_problem(k, v, MAX_TEXT))]
    if problems:
        raise InvalidInput(t("supervision.invalid"), problems=problems)
    check_texts(texts, strict, None)
    dimensions = Dimensions(**{k: v.strip() for k, v in texts.items()})
    now = current_time()
    changed = log.change(
        series.id,
        lambda current, others: current.model_copy(
            update={"dimensions": dimensions, "updated": now}
        ),
    )
    say(t("evidence.dimensions_saved"), style="green")
    return changed
