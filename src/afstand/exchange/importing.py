"""`afstand import`: reading a JSON export (see afstand.exchange.export.json_format) and
checking all of it before anything is written. A file that does not validate changes nothing:
every problem is named by its field (`entries.3.client`) and the journal stays as it was.

An export made with `--alias-clients` or `--no-notes` says `"complete": false`: it is not the
journal as it was (the client codes or the free text are gone), so importing it is refused
unless the user says `--force`."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date as Date
from typing import Any, Literal, NamedTuple

from pydantic import AwareDatetime, Field, StrictBool, StrictInt, StrictStr, ValidationError

from afstand.errors import InvalidInput, JournalUnreadable
from afstand.exchange.export.json_format import EXPORT_FORMAT, SCHEMA_VERSION
from afstand.field_errors import problems_from
from afstand.files import read_stdin
from afstand.i18n import t
from afstand.journal.format import (
    Month,
    chosen_options,
    read_block,
    read_block_data,
)
from afstand.journal.store import Journal, paused_gc
from afstand.models.entry import AnswerValue, Entry
from afstand.models.month_file import (
    StoredAnswer,
    StoredText,
    WordedQuestion,
    Wording,
    wording_key,
)
from afstand.models.questionnaire import ITEM_ID_PATTERN, SET_ID_PATTERN
from afstand.models.supervision import Series
from afstand.models.text import Strict, Text
from afstand.questionnaires.catalog import has_control_characters
from afstand.user_files import (
    DataRefused,
    data_problems,
    named_path,
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


class ExportHead(Strict):
    """What a JSON export says about itself, in every schema."""

    format: Literal["afstand-export"]
    schema_version: StrictInt
    afstand_version: StrictStr
    exported: AwareDatetime
    complete: StrictBool = True
    aliased: StrictBool = False
    notes: StrictBool = True
    notice: StrictStr | None = None
    selection: Selection | None = None
    supervision: list[Series] = Field(default_factory=list)  # the supervision log, if exported

    def incomplete_reasons(self) -> list[str]:
        reasons = []
        if self.aliased:
            reasons.append(t("import.reason.aliased"))
        if not self.notes:
            reasons.append(t("import.reason.no_notes"))
        if not self.complete and not reasons:
            reasons.append(t("import.reason.aliased"))
        return reasons


class ExportFile(ExportHead):
    """The JSON export, as `afstand import` accepts it: schema 1, a list of entries each with
    its full wording; an export of schema 2 is read into this shape."""

    entries: list[Entry]


class MonthlyExport(ExportHead):
    """Schema 2: month by month, each with its wordings (see json_format)."""

    months: list[Any]  # each read by read_block_data (afstand.journal.format)


def read_export(source: str) -> ExportFile:
    """The export in the file `source` (`-`: stdin), validated in full."""
    name = "<stdin>" if source == "-" else source
    return parse_export(_read_source(source, name), name)


def _read_source(source: str, name: str) -> bytes:
    try:
        raw = (
            read_stdin(MAX_BYTES)
            if source == "-"
            else read_regular_file(named_path(source), MAX_BYTES)
        )
    except FileNotFoundError as error:
        raise InvalidInput(t("import.missing", path=name)) from error
    except OSError as error:
        raise InvalidInput(
            t("import.unreadable_os", path=name, reason=error.strerror or str(error))
        ) from error
    if len(raw) > MAX_BYTES:
        raise InvalidInput(t("file.too_large", path=name, limit=size_in_words(MAX_BYTES)))
    return raw


# An export as json_format writes it: a header, then one month per line (see there), and
# after the months, in an export of the whole journal, the supervision log.
_MONTHS_START = b'\n  "months": [\n'
_MONTHS_END = b"\n  ]\n}\n"
_SUPERVISION_START = b'\n  ],\n  "supervision": [\n'


@dataclass(frozen=True)
class MonthByMonth:
    """An export of schema 2 laid out as afstand writes it, checked in full, to be read
    again a month at a time while it is merged: memory holds one month, not the export."""

    head: ExportHead
    lines: list[bytes]
    supervision: list[Series]

    def batches(self) -> Iterator[Month]:
        """The months again, read from the very bytes that were checked."""
        for line in self.lines:
            yield read_block(line, "")


def read_month_by_month(raw: bytes, name: str) -> MonthByMonth | None:
    """The export in `raw` checked month by month, or None when it is not laid out as afstand
    writes it (then `parse_export` reads it whole, and explains what is wrong)."""
    start = raw.find(_MONTHS_START)
    if start < 0 or not raw.endswith(_MONTHS_END):
        return None
    supervision: list[Series] = []
    tail = raw.rfind(_SUPERVISION_START)
    if tail > start:
        try:
            log = json.loads(b"{" + raw[tail + len(b"\n  ],") :])
            supervision = [Series.model_validate(s) for s in log["supervision"]]
        except (ValueError, KeyError, TypeError):
            return None  # read whole, which explains what is wrong
        raw = raw[:tail] + _MONTHS_END
    try:
        document = json.loads(raw[:start].decode("utf-8-sig") + '\n  "months": []\n}')
    except ValueError:
        return None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        return None
    if document.get("schema_version") != SCHEMA_VERSION:
        return None
    body = raw[start + len(_MONTHS_START) : len(raw) - len(_MONTHS_END)]
    lines = body.split(b"\n") if body else []
    if not all(line.startswith(b'{"month":') for line in lines):
        return None
    if any(not line.endswith(b",") for line in lines[:-1]) or (lines and lines[-1][-1:] == b","):
        return None
    lines = [line.removesuffix(b",") for line in lines]
    problems: list[str] = []
    try:
        head = MonthlyExport.model_validate(document)
    except ValidationError as error:
        problems += problems_from(error, lambda field, message: f"{field}: {message}")
    # Each month is read and checked here once, and only read again while it is merged (its
    # parsed form is not kept: memory holds a month, not the export); the lines are bytes
    # that cannot change in between.
    first: dict[str, tuple[int, int]] = {}
    for index, line in enumerate(lines):
        where = f"months.{index}"
        try:
            month = read_block(line, where)
        except JournalUnreadable as error:
            problems += error.problems
            continue
        problems += [f"{where}.{p}" for p in month_problems(month)]
        for number, entry in enumerate(month.entries):
            place = first.setdefault(entry.id, (index, number))
            if place != (index, number):
                problems.append(
                    f"{where}.entries.{number}.id: "
                    + t(
                        "import.duplicate_id_at",
                        id=entry.id,
                        place=f"months.{place[0]}.entries.{place[1]}",
                    )
                )
        if len(problems) > MAX_PROBLEMS:
            break
    if problems:
        raise InvalidInput(
            t("import.invalid", path=name),
            hint=t("hint.import_invalid"),
            problems=_shorten(problems),
        )
    return MonthByMonth(head, lines, supervision)


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
        if version == 1:
            export = ExportFile.model_validate(document)
        else:
            monthly = MonthlyExport.model_validate(document)
            head = monthly.model_dump(exclude={"months"}, by_alias=True)
            export = ExportFile.model_validate({**head, "entries": []}).model_copy(
                update={"entries": _expanded(monthly.months, name)}
            )
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


def _expanded(months: list[Any], name: str) -> list[Entry]:
    found: list[Entry] = []
    for index, block in enumerate(months):
        try:
            month = read_block_data(block, f"months.{index}")
        except JournalUnreadable as error:
            raise InvalidInput(
                t("import.invalid", path=name),
                hint=t("hint.import_invalid"),
                problems=error.problems,
            ) from error
        found.extend(month.expanded())
    return found


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
            if not _SET_ID.fullmatch(answered.id):
                problems.append(f"{where}.id: {t('import.bad_id', value=_shown(answered.id))}")
            texts = [answered.title.nl, answered.title.en]
            for number, answer in enumerate(answered.answers):
                option_ids = [option.id for option in answer.options]
                found = _answer_problems(
                    answer.question, answer.type, answer.value, answer.min, answer.max, option_ids
                )
                problems += [f"{where}.answers.{number}.{part}" for part in found]
                texts += [answer.prompt.nl, answer.prompt.en]
                texts += [o.label.nl for o in answer.options] + [o.label.en for o in answer.options]
            if any(text and has_control_characters(text) for text in texts):
                problems.append(f"{where}: {t('check.control_characters')}")
    return problems


_SET_ID = re.compile(SET_ID_PATTERN)
_ITEM_ID = re.compile(ITEM_ID_PATTERN)


def _answer_problems(
    question: str,
    kind: str,
    value: AnswerValue,
    low: int | None,
    high: int | None,
    option_ids: list[str],
) -> list[str]:
    """What is wrong with one answer, each as `field: message` within the answer."""
    problems = []
    if not _ITEM_ID.fullmatch(question):
        problems.append(f"question: {t('import.bad_id', value=_shown(question))}")
    for number, option_id in enumerate(option_ids):
        if not _ITEM_ID.fullmatch(option_id):
            problems.append(f"options.{number}.id: {t('import.bad_id', value=_shown(option_id))}")
    if kind == "scale":
        fits = (
            isinstance(value, int)
            and not isinstance(value, bool)
            and (low is None or low <= value)
            and (high is None or value <= high)
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
        problems.append(f"value: {t('import.bad_value', type=kind)}")
    return problems


def _unsafe(text: Text | StoredText | None) -> bool:
    # a printable text has no control characters: the quick answer for nearly every text
    return text is not None and any(
        part and not part.isprintable() and has_control_characters(part)
        for part in (text.nl, text.en)
    )


class _Checked(NamedTuple):
    """What `month_problems` found about one wording: looked at once per month."""

    set_problem: str | None  # the set's id is not one afstand writes
    title_unsafe: bool
    prompts_unsafe: frozenset[str]  # questions whose prompt holds control characters
    labels_unsafe: frozenset[tuple[str, str]]  # (question, option) with such a label


def _checked_wording(wording: Wording) -> _Checked:
    set_problem = None
    if not _SET_ID.fullmatch(wording.set):
        set_problem = f"id: {t('import.bad_id', value=_shown(wording.set))}"
    prompts = frozenset(q for q, asked in wording.questions.items() if _unsafe(asked.prompt))
    labels = frozenset(
        (q, option.id)
        for q, asked in wording.questions.items()
        for option in asked.options
        if _unsafe(option.label)
    )
    return _Checked(set_problem, _unsafe(wording.title), prompts, labels)


def month_problems(month: Month) -> list[str]:
    """`foreign_problems` of a checked month, found on its entries as stored (the same
    problems, under the same names, as of `month.expanded()`): each wording is looked at once,
    and the same answer to the same question once, however many entries gave it. Besides, a
    wording must lie under its key (the hash of its content), as afstand writes it."""
    problems = []
    for key, wording in month.wordings.items():
        if wording_key(wording) != key:
            problems.append(f"wordings.{key}: {t('import.wording_key')}")
    checked = {key: _checked_wording(wording) for key, wording in month.wordings.items()}
    known: dict[tuple[Any, ...], tuple[list[str], bool]] = {}
    for index, stored in enumerate(month.entries):
        for position, stored_set in enumerate(stored.sets):
            key = stored_set.wording
            facts = checked[key]
            found = [] if facts.set_problem is None else [facts.set_problem]
            unsafe = facts.title_unsafe
            for number, answer in enumerate(stored_set.answers):
                value = answer.value
                chosen = answer.options
                memo = (
                    key,
                    answer.question,
                    value.__class__,
                    tuple(value) if value.__class__ is list else value,
                    None if chosen is None else tuple(chosen),
                )
                seen = known.get(memo)
                if seen is None:
                    seen = known[memo] = _stored_answer_problems(
                        facts, month.wordings[key].questions[answer.question], answer
                    )
                if seen is not _CLEAN:
                    found += [f"answers.{number}.{part}" for part in seen[0]]
                    unsafe = unsafe or seen[1]
            if found or unsafe:
                where = f"entries.{index}.sets.{position}"
                problems += [f"{where}.{part}" for part in found]
                if unsafe:
                    problems.append(f"{where}: {t('check.control_characters')}")
    return problems


_CLEAN: tuple[list[str], bool] = ([], False)


def _stored_answer_problems(
    facts: _Checked, question: WordedQuestion, answer: StoredAnswer
) -> tuple[list[str], bool]:
    """The problems of one stored answer, and whether a text it shows holds control
    characters."""
    option_ids = [option.id for option in chosen_options(question.options, answer)]
    found = _answer_problems(
        answer.question, question.type, answer.value, question.min, question.max, option_ids
    )
    unsafe = answer.question in facts.prompts_unsafe or any(
        (answer.question, option_id) in facts.labels_unsafe for option_id in option_ids
    )
    return (found, unsafe) if found or unsafe else _CLEAN


def _shown(value: str) -> str:
    return repr(value) if len(value) <= 40 else repr(value[:39]) + "…"


def check_complete(export: ExportHead, name: str, force: bool) -> list[str]:
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
    series_added: int = 0
    series_conflicts: int = 0
    series_replaced: int = 0


def import_file(
    journal: Journal, source: str, *, overwrite: bool, force: bool, dry_run: bool
) -> ImportOutcome:
    """Read, check and merge the export in `source` (`-`: stdin); what happened, as data."""
    with paused_gc():
        # in a function of its own, so that the parsed file is freed before the collector
        # wakes up again (else its first round walks through all of it)
        return _import_file(journal, source, overwrite=overwrite, force=force, dry_run=dry_run)


def _import_file(
    journal: Journal, source: str, *, overwrite: bool, force: bool, dry_run: bool
) -> ImportOutcome:
    name = "<stdin>" if source == "-" else source
    from afstand.exchange.supervision_log import merge_series

    raw = _read_source(source, name)
    monthly = read_month_by_month(raw, name)
    if monthly is not None:
        warnings = check_complete(monthly.head, name, force)
        result = journal.merge_batches(monthly.batches(), overwrite=overwrite, dry_run=dry_run)
        log = monthly.supervision
    else:
        export = parse_export(raw, name)
        del raw
        warnings = check_complete(export, name, force)
        result = journal.merge(export.entries, overwrite=overwrite, dry_run=dry_run)
        log = export.supervision
    series = merge_series(journal, log, overwrite=overwrite, dry_run=dry_run)

    def listed(entries: list[Entry]) -> list[Listed]:
        return [Listed(e.id, e.date.isoformat(), e.client) for e in entries]

    return ImportOutcome(
        name=name,
        warnings=warnings,
        added=len(result.added),
        skipped=len(result.skipped),
        conflicts=listed(result.conflicts),
        replaced=listed(result.replaced),
        series_added=len(series.added),
        series_conflicts=len(series.conflicts),
        series_replaced=len(series.replaced),
    )
