"""`afstand import`: reading a JSON export (see afstand.exchange.export.json_format) and
checking all of it before anything is written. A file that does not validate changes nothing:
every problem is named by its field (`entries.3.client`) and the journal stays as it was.

An export made with `--alias-clients` or `--no-notes` says `"complete": false`: it is not the
journal as it was (the client codes or the free text are gone), so importing it is refused
unless the user says `--force`."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path
from typing import Literal

from pydantic import AwareDatetime, Field, StrictBool, StrictInt, StrictStr, ValidationError

from afstand.errors import InvalidInput
from afstand.exchange.export import without_gc_pauses
from afstand.exchange.export.json_format import EXPORT_FORMAT, SCHEMA_VERSION
from afstand.field_errors import problems_from
from afstand.i18n import t
from afstand.journal.store import Journal
from afstand.models.entry import Answer, Entry
from afstand.models.questionnaire import ITEM_ID_PATTERN, SET_ID_PATTERN
from afstand.models.text import Strict
from afstand.questionnaires.catalog import has_control_characters
from afstand.user_files import (
    DataRefused,
    data_problems,
    parse_json,
    read_regular_file,
    size_in_words,
)

MAX_PROBLEMS = 20
MAX_BYTES = 512_000_000  # an export of decades of daily reflections is a fraction of this


class Selection(Strict):
    """What the export was made of (for the reader; import does not need it)."""

    start: Date | None = Field(default=None, alias="from")
    end: Date | None = Field(default=None, alias="to")
    client: StrictStr | None = None
    supervision_only: StrictBool = False


class ExportFile(Strict):
    """The JSON export, as `afstand import` accepts it."""

    format: Literal["afstand-export"]
    schema_version: StrictInt
    afstand_version: StrictStr
    exported: AwareDatetime
    complete: StrictBool = True
    aliased: StrictBool = False
    notes: StrictBool = True
    notice: StrictStr | None = None
    selection: Selection | None = None
    entries: list[Entry]

    def incomplete_reasons(self) -> list[str]:
        reasons = []
        if self.aliased:
            reasons.append(t("import.reason.aliased"))
        if not self.notes:
            reasons.append(t("import.reason.no_notes"))
        if not self.complete and not reasons:
            reasons.append(t("import.reason.aliased"))
        return reasons


def read_export(source: str) -> ExportFile:
    """The export in the file `source` (`-`: stdin), validated in full."""
    name = "<stdin>" if source == "-" else source
    try:
        raw = _read_stdin() if source == "-" else read_regular_file(Path(source), MAX_BYTES)
    except FileNotFoundError as error:
        raise InvalidInput(t("import.missing", path=name)) from error
    except OSError as error:
        raise InvalidInput(
            t("import.unreadable_os", path=name, reason=error.strerror or str(error))
        ) from error
    if len(raw) > MAX_BYTES:
        raise InvalidInput(t("file.too_large", path=name, limit=size_in_words(MAX_BYTES)))
    return parse_export(raw, name)


def _read_stdin() -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        data: bytes = stream.read(MAX_BYTES + 1)
        return data
    return sys.stdin.read(MAX_BYTES + 1).encode("utf-8", "surrogateescape")


def parse_export(raw: bytes, name: str) -> ExportFile:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInput(t("import.not_utf8", path=name)) from error
    try:
        document = parse_json(text)
    except json.JSONDecodeError as error:
        raise InvalidInput(
            t("import.not_json", path=name),
            hint=t("hint.import_export"),
            problems=[f"{name}:{error.lineno}:{error.colno}: {error.msg}"],
        ) from error
    except DataRefused as error:
        raise InvalidInput(
            t("import.invalid", path=name),
            hint=t("hint.import_invalid"),
            problems=[f"{name}: {error.message}"],
        ) from None
    # JSON text is UTF-8, so text that UTF-8 cannot hold can only come from \u escapes
    if "\\u" in text:
        problems = data_problems(document)
        if problems:
            raise InvalidInput(
                t("import.invalid", path=name),
                hint=t("hint.import_invalid"),
                problems=_shorten(problems),
            )
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise InvalidInput(
            t("import.not_export", path=name, expected=EXPORT_FORMAT), hint=t("hint.import_export")
        )
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidInput(
            t("import.bad_version", path=name, version=version), hint=t("hint.import_export")
        )
    if version > SCHEMA_VERSION:
        raise InvalidInput(
            t("import.too_new", path=name, version=version, supported=SCHEMA_VERSION),
            hint=t("hint.upgrade"),
        )
    try:
        export = ExportFile.model_validate(document)
    except ValidationError as error:
        problems = problems_from(error, lambda field, message: f"{field}: {message}")
        raise InvalidInput(
            t("import.invalid", path=name),
            hint=t("hint.import_invalid"),
            problems=_shorten(problems),
        ) from error
    problems = duplicate_ids(export.entries) + foreign_problems(export.entries)
    if problems:
        raise InvalidInput(
            t("import.invalid", path=name),
            hint=t("hint.import_invalid"),
            problems=_shorten(problems),
        )
    return export


def duplicate_ids(entries: list[Entry]) -> list[str]:
    first: dict[str, int] = {}
    problems = []
    for index, entry in enumerate(entries):
        if entry.id in first:
            problems.append(
                f"entries.{index}.id: "
                + t("import.duplicate_id", id=entry.id, first=first[entry.id])
            )
        else:
            first[entry.id] = index
    return problems


def foreign_problems(entries: list[Entry]) -> list[str]:
    """What afstand itself could not have written: ids outside the documented patterns (they
    travel on into exports and spreadsheets), values that do not fit their question's type,
    and control characters in the texts of a question."""
    problems = []
    for index, entry in enumerate(entries):
        for position, answered in enumerate(entry.sets):
            where = f"entries.{index}.sets.{position}"
            if not re.fullmatch(SET_ID_PATTERN, answered.id):
                problems.append(f"{where}.id: {t('import.bad_id', value=_shown(answered.id))}")
            texts = [answered.title.nl, answered.title.en]
            for number, answer in enumerate(answered.answers):
                problems.extend(_answer_problems(answer, f"{where}.answers.{number}"))
                texts += [answer.prompt.nl, answer.prompt.en]
                texts += [o.label.nl for o in answer.options] + [o.label.en for o in answer.options]
            if any(text and has_control_characters(text) for text in texts):
                problems.append(f"{where}: {t('check.control_characters')}")
    return problems


def _answer_problems(answer: Answer, where: str) -> list[str]:
    problems = []
    if not re.fullmatch(ITEM_ID_PATTERN, answer.question):
        problems.append(f"{where}.question: {t('import.bad_id', value=_shown(answer.question))}")
    option_ids = [option.id for option in answer.options]
    for number, option_id in enumerate(option_ids):
        if not re.fullmatch(ITEM_ID_PATTERN, option_id):
            problems.append(
                f"{where}.options.{number}.id: {t('import.bad_id', value=_shown(option_id))}"
            )
    value = answer.value
    kind = answer.type
    if kind == "scale":
        fits = (
            isinstance(value, int)
            and not isinstance(value, bool)
            and (answer.min is None or answer.min <= value)
            and (answer.max is None or value <= answer.max)
        )
    elif kind == "choice":
        fits = isinstance(value, str) and option_ids == [value]
    elif kind == "checklist":
        fits = isinstance(value, list) and bool(value) and set(value) == set(option_ids)
    elif kind == "yesno":
        fits = isinstance(value, bool)
    else:
        fits = isinstance(value, str)
    if not fits:
        problems.append(f"{where}.value: {t('import.bad_value', type=kind)}")
    return problems


def _shown(value: str) -> str:
    return repr(value) if len(value) <= 40 else repr(value[:39]) + "…"


def check_complete(export: ExportFile, name: str, force: bool) -> list[str]:
    """Refuse an incomplete export unless `force`; with `force`, the warnings to show."""
    if export.complete and export.notes and not export.aliased:
        return []
    reasons = ", ".join(export.incomplete_reasons())
    if not force:
        raise InvalidInput(
            t("import.incomplete", path=name, reasons=reasons), hint=t("hint.import_force")
        )
    return [t("import.forced", reasons=reasons)]


def _shorten(problems: list[str]) -> list[str]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    return [*problems[:MAX_PROBLEMS], t("import.more", count=len(problems) - MAX_PROBLEMS)]


@dataclass(frozen=True)
class Listed:
    """An entry named in what `import` says: a conflict, or one it replaced."""

    id: str
    date: str
    client: str


@dataclass(frozen=True)
class ImportOutcome:
    name: str
    warnings: list[str]
    added: int
    skipped: int
    conflicts: list[Listed]
    replaced: list[Listed]


def import_file(
    journal: Journal, source: str, *, overwrite: bool, force: bool, dry_run: bool
) -> ImportOutcome:
    """Read, check and merge the export in `source` (`-`: stdin); what happened, as data."""
    with without_gc_pauses():
        # in a function of its own, so that the parsed file is freed before the collector
        # wakes up again (else its first round walks through all of it)
        return _import_file(journal, source, overwrite=overwrite, force=force, dry_run=dry_run)


def _import_file(
    journal: Journal, source: str, *, overwrite: bool, force: bool, dry_run: bool
) -> ImportOutcome:
    name = "<stdin>" if source == "-" else source
    export = read_export(source)
    warnings = check_complete(export, name, force)
    result = journal.merge(export.entries, overwrite=overwrite, dry_run=dry_run)

    def listed(entries: list[Entry]) -> list[Listed]:
        return [Listed(e.id, e.date.isoformat(), e.client) for e in entries]

    return ImportOutcome(
        name=name,
        warnings=warnings,
        added=len(result.added),
        skipped=len(result.skipped),
        conflicts=listed(result.conflicts),
        replaced=listed(result.replaced),
    )
