"""The format of a month file (see docs/journal-format.md): the one place that reads, checks,
explains and writes it.

Format 2 keeps each distinct wording of a question set once per month, under a hash of its
content, and each entry only its answers and that hash. Format 1 (every entry with the full
wording of what it was asked) is still read, and written again as format 2 when its month
next changes. Reading is one pass of pydantic over the bytes; only a month that fails it is
read a second time, to say in words what is wrong with it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from afstand.errors import JournalUnreadable
from afstand.i18n import t

if TYPE_CHECKING:
    from pydantic import BaseModel

    from afstand.models.entry import Answer, AnswerValue, ChosenOption, Entry, SetAnswers
    from afstand.models.month_file import (
        Header,
        MonthBlock,
        StoredAnswer,
        StoredEntry,
        WordedQuestion,
        Wording,
    )
    from afstand.models.text import Text

    Model = TypeVar("Model", bound=BaseModel)

FORMAT = "afstand-journal"
SCHEMA_VERSION = 2  # what afstand writes
OLDEST_VERSION = 1  # the oldest it still reads
KEY_LENGTH = 16  # hex digits of the SHA-256 of a wording that address it


def sort_entries(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.date, e.created))


# -- a month in memory ---------------------------------------------------------------------


@dataclass
class Month:
    """A checked month: its wordings and its entries as stored, whatever version it was read
    in. `expand` gives an entry with the wording it was asked in."""

    name: str
    wordings: dict[str, Wording] = field(default_factory=dict)
    entries: list[StoredEntry] = field(default_factory=list)
    version: int = SCHEMA_VERSION
    _memo: dict[tuple[int, type, Any], tuple[list[ChosenOption], dict[int, Text]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _facts: dict[tuple[Any, ...], AnswerFacts] = field(
        default_factory=dict, repr=False, compare=False
    )

    def expand(self, stored: StoredEntry) -> Entry:
        from afstand.models.entry import Entry, SetAnswers

        sets = []
        for stored_set in stored.sets:
            wording = self.wordings[stored_set.wording]
            answers = [self._expand_answer(wording, answer) for answer in stored_set.answers]
            sets.append(
                _built(
                    SetAnswers,
                    {
                        "id": wording.set,
                        "version": wording.version,
                        "title": wording.title,
                        "answers": answers,
                    },
                )
            )
        return _built(
            Entry,
            {
                "id": stored.id,
                "created": stored.created,
                "updated": stored.updated,
                "date": stored.date,
                "client": stored.client,
                "sets": sets,
                "note": stored.note,
                "supervision": stored.supervision,
                "supervision_question": stored.supervision_question,
                "phase": stored.phase,
            },
        )

    def expanded(self) -> list[Entry]:
        return [self.expand(stored) for stored in self.entries]

    def _expand_answer(self, wording: Wording, stored: StoredAnswer) -> Answer:
        from afstand.models.entry import Answer

        question = wording.questions[stored.question]
        value = stored.value
        if stored.options is None and stored.anchors is None:
            # answers with the same value to the same question have the same options and
            # anchors: work them out once per month
            key = (id(question), type(value), tuple(value) if isinstance(value, list) else value)
            known = self._memo.get(key)
            if known is None:
                known = self._memo[key] = (
                    chosen_options(question, stored),
                    _anchors(question, stored),
                )
            options, anchors = list(known[0]), dict(known[1])
        else:
            options, anchors = chosen_options(question, stored), _anchors(question, stored)
        return _built(
            Answer,
            {
                "question": stored.question,
                "type": question.type,
                "prompt": question.prompt,
                "value": value,
                "options": options,
                "min": question.min,
                "max": question.max,
                "anchors": anchors,
                "tags": question.tags,
            },
        )

    def encode(self, keep: list[StoredEntry] | None = None) -> bytes:
        """The month file with `keep` (default: all) of its entries, as they are stored."""
        return _encode(self.name, self.wordings, self.entries if keep is None else keep)


def _built(cls: type[Model], values: dict[str, Any]) -> Model:
    """A model from parts that were each checked when their month was read: what
    `model_construct` does for a model whose every field is given, without its per-field
    bookkeeping, which would double the time of reading many entries."""
    model = cls.__new__(cls)
    object.__setattr__(model, "__dict__", values)
    object.__setattr__(model, "__pydantic_fields_set__", set(values))
    object.__setattr__(model, "__pydantic_extra__", None)
    object.__setattr__(model, "__pydantic_private__", None)
    return model


def chosen_options(question: WordedQuestion, stored: StoredAnswer) -> list[ChosenOption]:
    """The options an answer chose, with their wording."""
    if stored.options is None:
        if not question.options:
            return []
        value = stored.value
        return [o for o in question.options if _chosen(o.id, value)]
    by_id = {o.id: o for o in question.options}
    return [by_id[i] for i in stored.options]


def _anchors(question: WordedQuestion, stored: StoredAnswer) -> dict[int, Text]:
    if stored.anchors is not None:
        return {k: question.anchors[k] for k in stored.anchors}
    if not question.anchors:
        return {}
    value = stored.value
    return {k: v for k, v in question.anchors.items() if _anchor_shown(k, question, value)}


class AnswerFacts(NamedTuple):
    """One answer with what the wording says about it: the shape readers of many entries
    (the report, the mirror) look at, the same whether it comes from a stored entry or an
    `Entry`."""

    set_id: str
    question: str
    type: str
    prompt: Text
    value: AnswerValue
    min: int | None
    max: int | None
    tags: dict[str, str]
    options: list[ChosenOption]
    anchors: dict[int, Text]


def stored_answers(month: Month, stored: StoredEntry) -> Iterator[AnswerFacts]:
    """The answers of a stored entry, without building the entry. The same answer to the same
    question is worked out once per month (the facts are shared: read them, never change them)."""
    known = month._facts
    for stored_set in stored.sets:
        wording = month.wordings[stored_set.wording]
        for answer in stored_set.answers:
            value = answer.value
            key = (
                stored_set.wording,
                answer.question,
                type(value),
                tuple(value) if isinstance(value, list) else value,
                None if answer.options is None else tuple(answer.options),
            )
            facts = known.get(key)
            if facts is None:
                question = wording.questions[answer.question]
                facts = known[key] = AnswerFacts(
                    wording.set,
                    answer.question,
                    question.type,
                    question.prompt,
                    value,
                    question.min,
                    question.max,
                    question.tags,
                    chosen_options(question, answer),
                    question.anchors,
                )
            yield facts


def entry_answers(entry: Entry) -> Iterator[AnswerFacts]:
    for answered_set, a in entry.answers():
        yield AnswerFacts(
            answered_set.id,
            a.question,
            a.type,
            a.prompt,
            a.value,
            a.min,
            a.max,
            a.tags,
            a.options,
            a.anchors,
        )


def _chosen(option_id: str, value: object) -> bool:
    if isinstance(value, list):
        return option_id in value
    return isinstance(value, str) and option_id == value


def _anchor_shown(key: int, question: Any, value: object) -> bool:
    """Which anchors an answer keeps by default: the two ends and the chosen value's."""
    if key == question.min or key == question.max:
        return True
    return type(value) is int and key == value


# -- writing -------------------------------------------------------------------------------


def encode_month(month: str, entries: list[Entry]) -> bytes:
    """The month file (format 2) for `entries`, in order of date and creation."""
    wordings, stored = compress(sort_entries(entries))
    return _encode(month, wordings, stored)


def compress(entries: list[Entry]) -> tuple[dict[str, Wording], list[StoredEntry]]:
    """Split entries into the month's wordings and what each entry keeps of its own."""
    from afstand.models.month_file import StoredEntry, StoredSet

    drafts: list[_Draft] = []
    placed: list[list[_Draft]] = []
    for entry in entries:
        chosen = []
        for answered in entry.sets:
            draft = next((d for d in drafts if d.takes(answered)), None)
            if draft is None:
                draft = _Draft(answered.id, answered.version, answered.title)
                drafts.append(draft)
            draft.add(answered)
            chosen.append(draft)
        placed.append(chosen)
    keys: dict[int, str] = {}
    wordings: dict[str, Wording] = {}
    for draft in drafts:
        wording = draft.wording()
        key = wording_key(wording)
        keys[id(draft)] = key
        wordings[key] = wording
    stored = []
    for entry, chosen in zip(entries, placed, strict=True):
        sets = [
            _built(
                StoredSet,
                {
                    "wording": keys[id(draft)],
                    "answers": [
                        _stored_answer(wordings[keys[id(draft)]], a) for a in answered.answers
                    ],
                },
            )
            for answered, draft in zip(entry.sets, chosen, strict=True)
        ]
        stored.append(
            _built(
                StoredEntry,
                {
                    "id": entry.id,
                    "created": entry.created,
                    "updated": entry.updated,
                    "date": entry.date,
                    "client": entry.client,
                    "sets": sets,
                    "note": entry.note,
                    "supervision": entry.supervision,
                    "supervision_question": entry.supervision_question,
                    "phase": entry.phase,
                },
            )
        )
    return wordings, stored


def _stored_answer(wording: Wording, answer: Answer) -> StoredAnswer:
    from afstand.models.month_file import StoredAnswer

    question = wording.questions[answer.question]
    value = answer.value
    chosen = [o.id for o in answer.options]
    options = None
    if chosen != [o.id for o in question.options if _chosen(o.id, value)]:
        options = chosen
    anchors = None
    derived = {k: v for k, v in question.anchors.items() if _anchor_shown(k, question, value)}
    if derived != answer.anchors:
        anchors = list(answer.anchors)
    return _built(
        StoredAnswer,
        {"question": answer.question, "value": value, "options": options, "anchors": anchors},
    )


class _Draft:
    """A wording being gathered from the entries that answered one version of a set."""

    def __init__(self, set_id: str, version: int, title: Any) -> None:
        self.set_id, self.version, self.title = set_id, version, title
        self.questions: dict[str, dict[str, Any]] = {}

    def takes(self, answered: SetAnswers) -> bool:
        """Whether `answered` can share this wording: nothing in it says otherwise."""
        if (answered.id, answered.version, answered.title) != (
            self.set_id,
            self.version,
            self.title,
        ):
            return False
        for answer in answered.answers:
            known = self.questions.get(answer.question)
            if known is None:
                continue
            if (answer.type, answer.prompt, answer.min, answer.max, answer.tags) != known["head"]:
                return False
            anchors = known["anchors"]
            # the parts are often the very same objects (read from one month): `is` first
            if any(
                k in anchors and anchors[k] is not v and anchors[k] != v
                for k, v in answer.anchors.items()
            ):
                return False
            options = known["options"]
            if any(
                o.id in options and options[o.id] is not o and options[o.id] != o
                for o in answer.options
            ):
                return False
        return True

    def add(self, answered: SetAnswers) -> None:
        for answer in answered.answers:
            known = self.questions.setdefault(
                answer.question,
                {
                    "head": (answer.type, answer.prompt, answer.min, answer.max, answer.tags),
                    "anchors": {},
                    "options": {},
                },
            )
            known["anchors"].update(answer.anchors)
            options: dict[str, Any] = known["options"]
            incoming = answer.options
            for index, option in enumerate(incoming):
                if option.id in options:
                    continue
                # keep the set's order: place it before the next option already known
                following = next((o.id for o in incoming[index + 1 :] if o.id in options), None)
                if following is None:
                    options[option.id] = option
                else:
                    items = list(options.items())
                    at = [k for k, _ in items].index(following)
                    items.insert(at, (option.id, option))
                    known["options"] = options = dict(items)

    def wording(self) -> Wording:
        from afstand.models.month_file import WordedQuestion, Wording

        questions = {}
        for question_id, known in self.questions.items():
            kind, prompt, low, high, tags = known["head"]
            questions[question_id] = WordedQuestion.model_construct(
                type=kind,
                prompt=prompt,
                min=low,
                max=high,
                anchors=dict(sorted(known["anchors"].items())),
                tags=tags,
                options=list(known["options"].values()),
            )
        return Wording.model_construct(
            set=self.set_id, version=self.version, title=self.title, questions=questions
        )


def wording_key(wording: Wording) -> str:
    """The address of a wording: the start of the SHA-256 of its canonical JSON."""
    canonical = json.dumps(
        _plain(wording), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:KEY_LENGTH]


def _plain(model: BaseModel) -> Any:
    return model.model_dump(mode="json", exclude_defaults=True)


def _line(model: BaseModel) -> str:
    return json.dumps(_plain(model), ensure_ascii=False, separators=(",", ":"))


def _encode(month: str, wordings: dict[str, Wording], entries: list[StoredEntry]) -> bytes:
    """One wording and one entry per line: compact, still readable with `less` and `grep`."""
    used = {stored_set.wording for entry in entries for stored_set in entry.sets}
    header = json.dumps({"format": FORMAT, "schema_version": SCHEMA_VERSION, "month": month})
    wording_lines = [f"{json.dumps(k)}:{_line(w)}" for k, w in wordings.items() if k in used]
    entry_lines = [_line(entry) for entry in entries]
    parts = [header[:-1], ',"wordings":{\n']
    if wording_lines:
        parts += [",\n".join(wording_lines), "\n"]
    parts.append('},"entries":[\n')
    if entry_lines:
        parts += [",\n".join(entry_lines), "\n"]
    parts.append("]}\n")
    return "".join(parts).encode("utf-8")


def encode_block(month: str, wordings: dict[str, Wording], entries: list[StoredEntry]) -> bytes:
    """A month on one line, without the file's header: `{"month", "wordings", "entries"}`, as
    the JSON export carries months (see afstand.exchange.export.json_format)."""
    used = {stored_set.wording for entry in entries for stored_set in entry.sets}
    table = ",".join(f"{json.dumps(k)}:{_line(w)}" for k, w in wordings.items() if k in used)
    rows = ",".join(_line(entry) for entry in entries)
    return f'{{"month":{json.dumps(month)},"wordings":{{{table}}},"entries":[{rows}]}}'.encode()


def block_from_file(raw: bytes, month: str) -> bytes | None:
    """`encode_block` of a whole month, cut from the bytes of its file (format 2, laid out as
    `_encode` writes it) instead of being made anew; None for a file laid out otherwise. For
    the JSON export of whole months: what it copies was checked when the month was read."""
    lines = raw.split(b"\n")
    if len(lines) < 4 or lines[-1] != b"" or lines[-2] != b"]}":
        return None
    if not lines[0].endswith(b',"wordings":{') or b'"schema_version": 2' not in lines[0]:
        return None
    try:
        middle = lines.index(b'},"entries":[')
    except ValueError:
        return None
    table = b"".join(lines[1:middle])
    rows = b"".join(lines[middle + 1 : -2])
    name = json.dumps(month).encode()
    return b'{"month":' + name + b',"wordings":{' + table + b'},"entries":[' + rows + b"]}"


def checked_block(block: MonthBlock, where: str) -> Month:
    """A month as `encode_block` writes it, once pydantic has read it: its references to
    wordings checked (JournalUnreadable naming `where` and the problems)."""
    month = Month(block.month, block.wordings, block.entries)
    _check_wordings(month, Path(where))
    return month


# -- reading -------------------------------------------------------------------------------


@cache
def _month_model() -> type[BaseModel]:
    from afstand.models.month_file import MonthFile

    return MonthFile


def read_month_file(raw: bytes, path: Path) -> Month:
    """The month in `raw` (the file's bytes, decrypted), checked; JournalUnreadable with an
    account of what is wrong when it is not a month file afstand can read."""
    from pydantic import ValidationError

    from afstand.models.month_file import MonthFile

    try:
        document = MonthFile.model_validate_json(raw)
    except ValidationError:
        return _read_slowly(raw, path)
    month = Month(document.month, document.wordings, document.entries, 2)
    _check_wordings(month, path)
    return month


def read_headers(raw: bytes, path: Path) -> list[Header]:
    """The entries of a month file read lightly: id, dates, client and flag, checked; the
    answers skipped. For a scan over many months that changes only a few (forget, purge).
    A file that is not a readable month raises as `read_month_file` does."""
    from pydantic import ValidationError

    from afstand.models.month_file import Header, MonthHeaders

    try:
        return list(MonthHeaders.model_validate_json(raw).entries)
    except ValidationError:
        month = read_month_file(raw, path)  # explains what is wrong
        return [Header.model_validate(e.model_dump()) for e in month.entries]


def decode_month(raw: bytes, path: Path) -> list[Entry]:
    """The entries of a month file, with their wording, checked."""
    month = read_month_file(raw, path)
    return month.expanded()


def _check_wordings(month: Month, path: Path) -> None:
    """Every reference of an entry leads somewhere: its wording, its questions, and the options
    and anchors it names itself."""
    problems = []
    wordings = month.wordings
    for index, entry in enumerate(month.entries):
        for number, stored_set in enumerate(entry.sets):
            found = wordings.get(stored_set.wording)
            if found is None:
                where = f"entries.{index}.sets.{number}"
                problems.append(f"{where}.wording: {t('journal.wording_missing')}")
                continue
            questions = found.questions
            for answer in stored_set.answers:
                question = questions.get(answer.question)
                if question is not None and answer.options is None and answer.anchors is None:
                    continue  # the common case: nothing more to look up
                if question is not None:
                    known = {o.id for o in question.options}
                    options_ok = all(i in known for i in answer.options or [])
                    if options_ok and all(k in question.anchors for k in answer.anchors or []):
                        continue
                where = f"entries.{index}.sets.{number}"
                problems.append(f"{where}.answers: {answer.question}?")
    if problems:
        raise JournalUnreadable(
            t("journal.invalid", path=path),
            hint=t("hint.journal_corrupt", path=path),
            problems=problems[:5],
        )


def _read_slowly(raw: bytes, path: Path) -> Month:
    """A month that is not a valid file of format 2: one of format 1, or an account in words
    of what is wrong. The one place that explains a bad month."""
    from pydantic import ValidationError

    from afstand.field_errors import problems_from

    try:
        document = json.loads(raw)
    except UnicodeDecodeError as error:
        raise JournalUnreadable(
            t("journal.not_json", path=path, detail=str(error)),
            hint=t("hint.journal_corrupt", path=path),
        ) from error
    except json.JSONDecodeError as error:
        detail = f"{error.msg} ({t('word.line')} {error.lineno}, {error.colno})"
        raise JournalUnreadable(
            t("journal.not_json", path=path, detail=detail),
            hint=t("hint.journal_corrupt", path=path),
        ) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise JournalUnreadable(
            t("journal.not_journal", path=path), hint=t("hint.journal_corrupt", path=path)
        )
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < OLDEST_VERSION:
        raise JournalUnreadable(
            t("journal.bad_version", path=path, version=version),
            hint=t("hint.journal_corrupt", path=path),
        )
    if version > SCHEMA_VERSION:
        raise JournalUnreadable(
            t("journal.too_new", path=path, version=version, supported=SCHEMA_VERSION),
            hint=t("hint.upgrade"),
        )
    prefix = "entries." if version == 1 else ""
    try:
        if version == 1:
            return _from_format_1(document)
        _month_model().model_validate(document)
    except ValidationError as error:
        problems = problems_from(error, lambda field, message: f"{prefix}{field}: {message}")
        raise JournalUnreadable(
            t("journal.invalid", path=path),
            hint=t("hint.journal_corrupt", path=path),
            problems=problems[:5],
        ) from error
    # valid as Python data but not as JSON bytes cannot happen; keep the promise explicit
    raise JournalUnreadable(t("journal.invalid", path=path))  # pragma: no cover


def _from_format_1(document: dict[str, Any]) -> Month:
    from pydantic import TypeAdapter

    from afstand.models.entry import Entry

    entries = document.get("entries")
    if not isinstance(entries, list):
        entries = None  # let the model say it
    valid = TypeAdapter(list[Entry]).validate_python(entries)
    wordings, stored = compress(valid)
    name = document.get("month")
    return Month(name if isinstance(name, str) else "", wordings, stored, 1)
