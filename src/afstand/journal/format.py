"""The format of a month file (see docs/journal-format.md): the one place that reads, checks,
explains and writes it.

Format 2 keeps each distinct wording of a question set once per month, under a hash of its
content, and each entry only its answers and that hash. Format 1 (every entry with the full
wording of what it was asked) is still read, and written again as format 2 when its month
next changes.

Reading is one pass of msgspec over the bytes, straight into checked structs
(afstand.models.month_file). Two kinds of month take a slower path: one whose bytes may hold a
control character (only a hand-edited file: afstand never writes one), whose texts are then
cleaned as every text a user gives is; and one that fails the fast pass, which is read a
second time to say in words what is wrong with it (or to read it as format 1)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

import msgspec

from afstand.control_chars import may_hold_controls, strip_controls
from afstand.errors import JournalUnreadable
from afstand.i18n import t
from afstand.models.month_file import KEY_LENGTH, wording_key
from afstand.struct_problems import explain

if TYPE_CHECKING:
    from pydantic import BaseModel

    from afstand.models.entry import Answer, AnswerValue, ChosenOption, Entry, SetAnswers
    from afstand.models.month_file import (
        Header,
        MonthBlock,
        StoredAnswer,
        StoredEntry,
        StoredOption,
        StoredSet,
        StoredText,
        WordedQuestion,
        Wording,
    )
    from afstand.models.text import Text

    Model = TypeVar("Model", bound=BaseModel)
    Block = TypeVar("Block", bound=msgspec.Struct)

    class _Named(Protocol):
        @property
        def id(self) -> str: ...

    Option = TypeVar("Option", bound=_Named)  # a stored option, or one of an `Entry`
    Words = TypeVar("Words")  # a stored text, or one of an `Entry`

    class _Scale(Protocol[Words]):
        """A question's scale and the words of its anchors (stored, or as an `Entry` holds
        them)."""

        @property
        def min(self) -> int | None: ...
        @property
        def max(self) -> int | None: ...
        @property
        def anchors(self) -> dict[int, Words]: ...


FORMAT = "afstand-journal"
SCHEMA_VERSION = 2  # what afstand writes
OLDEST_VERSION = 1  # the oldest it still reads


def sort_entries(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.date, e.created))


# -- a month in memory ---------------------------------------------------------------------


class QuestionWords(NamedTuple):
    """A question of a wording as an `Answer` of an expanded entry carries it (pydantic texts
    and options), made once per month from the stored wording. Readers of many entries read the
    stored wording itself (`Month.wordings`), and need no pydantic."""

    type: str
    prompt: Text
    min: int | None
    max: int | None
    anchors: dict[int, Text]
    tags: dict[str, str]
    options: list[ChosenOption]


class SetWords(NamedTuple):
    set: str
    version: int
    title: Text
    questions: dict[str, QuestionWords]


@dataclass
class Month:
    """A checked month: its wordings and its entries as stored, whatever version it was read
    in. `expand` gives an entry with the wording it was asked in."""

    name: str
    wordings: dict[str, Wording] = field(default_factory=dict)
    entries: list[StoredEntry] = field(default_factory=list)
    version: int = SCHEMA_VERSION
    _words: dict[str, SetWords] = field(default_factory=dict, repr=False, compare=False)
    _memo: dict[tuple[int, type, Any], tuple[list[ChosenOption], dict[int, Text]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _facts: dict[tuple[Any, ...], AnswerFacts] = field(
        default_factory=dict, repr=False, compare=False
    )

    def words(self, key: str) -> SetWords:
        """The wording under `key`, in the shape an expanded `Entry` holds it (made once a
        month). To read answers without building entries, read `wordings[key]` instead."""
        found = self._words.get(key)
        if found is None:
            found = self._words[key] = _set_words(self.wordings[key])
        return found

    def expand(self, stored: StoredEntry) -> Entry:
        from afstand.models.entry import Entry, SetAnswers

        sets = []
        for stored_set in stored.sets:
            wording = self.words(stored_set.wording)
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

    def _expand_answer(self, wording: SetWords, stored: StoredAnswer) -> Answer:
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
                    chosen_options(question.options, stored),
                    _anchors(question, stored),
                )
            options, anchors = list(known[0]), dict(known[1])
        else:
            options = chosen_options(question.options, stored)
            anchors = _anchors(question, stored)
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


def _text(stored: StoredText) -> Text:
    from afstand.models.text import Text

    return _built(Text, {"nl": stored.nl, "en": stored.en})


def _option(stored: StoredOption) -> ChosenOption:
    from afstand.models.entry import ChosenOption

    feedback = None if stored.feedback is None else _text(stored.feedback)
    return _built(
        ChosenOption,
        {"id": stored.id, "label": _text(stored.label), "feedback": feedback, "tags": stored.tags},
    )


def _set_words(wording: Wording) -> SetWords:
    questions = {
        question_id: QuestionWords(
            question.type,
            _text(question.prompt),
            question.min,
            question.max,
            {k: _text(v) for k, v in question.anchors.items()},
            question.tags,
            [_option(o) for o in question.options],
        )
        for question_id, question in wording.questions.items()
    }
    return SetWords(wording.set, wording.version, _text(wording.title), questions)


def chosen_options(options: Sequence[Option], stored: StoredAnswer) -> list[Option]:
    """The options an answer chose, of its question's `options` (stored, or as an `Entry`
    holds them): the ones it names itself, or else the ones its value names."""
    if stored.options is None:
        if not options:
            return []
        value = stored.value
        return [o for o in options if _chosen(o.id, value)]
    by_id = {o.id: o for o in options}
    return [by_id[i] for i in stored.options]


class StoredFacts(NamedTuple):
    """An answer beside the stored wording of its question, with no text built: for a quick
    look at many entries (`afstand list`), or at one (`afstand show`), that needs no pydantic."""

    question: WordedQuestion
    answer: StoredAnswer

    @property
    def value(self) -> AnswerValue:
        return self.answer.value

    @property
    def min(self) -> int | None:
        return self.question.min

    @property
    def max(self) -> int | None:
        return self.question.max

    @property
    def tags(self) -> dict[str, str]:
        return self.question.tags

    @property
    def type(self) -> str:
        return self.question.type

    @property
    def options(self) -> list[StoredOption]:
        return self.chosen()

    @property
    def anchors(self) -> dict[int, StoredText]:
        """The anchors the answer keeps, as for an expanded answer."""
        return _anchors(self.question, self.answer)

    def chosen(self) -> list[StoredOption]:
        """The options the answer chose."""
        return chosen_options(self.question.options, self.answer)


def stored_facts(month: Month, stored: StoredEntry) -> Iterator[StoredFacts]:
    """The answers of a stored entry beside their questions' stored wording."""
    for stored_set in stored.sets:
        questions = month.wordings[stored_set.wording].questions
        for answer in stored_set.answers:
            yield StoredFacts(questions[answer.question], answer)


def _anchors(question: _Scale[Words], stored: StoredAnswer) -> dict[int, Words]:
    """The anchors an answer keeps: the ones it names itself, or else those shown by default."""
    if stored.anchors is not None:
        return {k: question.anchors[k] for k in stored.anchors}
    if not question.anchors:
        return {}
    value = stored.value
    return {k: v for k, v in question.anchors.items() if _anchor_shown(k, question, value)}


class AnswerFacts(NamedTuple):
    """One answer with what the stored wording says about it: the shape readers of many
    entries (the report, the exports) look at. Its words are the stored ones, so reading them
    builds no pydantic model."""

    set_id: str
    question: str
    type: str
    prompt: StoredText
    value: AnswerValue
    min: int | None
    max: int | None
    tags: dict[str, str]
    options: list[StoredOption]
    anchors: dict[int, StoredText]


def stored_answers(month: Month, stored: StoredEntry) -> Iterator[AnswerFacts]:
    """The answers of a stored entry, without building the entry. The same answer to the same
    question is worked out once per month (the facts are shared: read them, never change them)."""
    known = month._facts
    for stored_set in stored.sets:
        wording = None
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
                if wording is None:
                    wording = month.wordings[stored_set.wording]
                facts = known[key] = answer_facts(wording, answer)
            yield facts


def answer_facts(wording: Wording, answer: StoredAnswer) -> AnswerFacts:
    """`answer` (to a question of `wording`) with what the wording says about it."""
    question = wording.questions[answer.question]
    return AnswerFacts(
        wording.set,
        answer.question,
        question.type,
        question.prompt,
        answer.value,
        question.min,
        question.max,
        question.tags,
        chosen_options(question.options, answer),
        question.anchors,
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


def encode_month(month: str, entries: list[Entry], known: Iterable[Wording] = ()) -> bytes:
    """The month file (format 2) for `entries`, in order of date and creation; `known` as for
    `compress`."""
    wordings, stored = compress(sort_entries(entries), known)
    return _encode(month, wordings, stored)


def compress(
    entries: list[Entry], known: Iterable[Wording] = ()
) -> tuple[dict[str, Wording], list[StoredEntry]]:
    """Split entries into the month's wordings and what each entry keeps of its own.

    `known` are wordings the month already held (the whole wording of a set, as a reflection
    saves it, and the partial ones an older afstand gathered from its entries): an entry whose
    set fits one of them shares it, the largest first, so that a partial wording is merged
    into the whole one it is part of. Those that no entry uses are not written."""
    from afstand.models.month_file import StoredSet

    drafts = [_Draft.of(w) for w in sorted(known, key=_extent, reverse=True)]
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
            StoredSet(
                wording=keys[id(draft)],
                answers=[_stored_answer(wordings[keys[id(draft)]], a) for a in answered.answers],
            )
            for answered, draft in zip(entry.sets, chosen, strict=True)
        ]
        stored.append(_stored_entry(entry, sets))
    return wordings, stored


def _stored_entry(entry: Entry, sets: list[StoredSet]) -> StoredEntry:
    from afstand.models.month_file import StoredEntry

    return StoredEntry(
        id=entry.id,
        created=entry.created,
        updated=entry.updated,
        date=entry.date,
        client=entry.client,
        sets=sets,
        note=entry.note,
        supervision=entry.supervision,
        supervision_question=entry.supervision_question,
        phase=entry.phase,
    )


def with_entry(month: Month, entry: Entry, asked: Iterable[Wording] = ()) -> Month:
    """`month` with a new `entry` added as it is stored, its other entries as they are (not
    expanded, not written anew). Each set the entry answered shares a wording that holds all it
    showed: first one of `asked` (the whole wording of the set it was asked from, see
    afstand.models.question_set.set_wording), else one the month holds, else one made from
    the entry alone. Expanding the stored entry gives `entry` exactly."""
    from afstand.models.month_file import StoredSet

    wordings = dict(month.wordings)
    offered = list(asked)
    sets = []
    for answered in entry.sets:
        key = _wording_for(answered, offered, wordings)
        wording = wordings[key]
        sets.append(
            StoredSet(wording=key, answers=[_stored_answer(wording, a) for a in answered.answers])
        )
    return _inserted(month, _stored_entry(entry, sets), wordings)


def with_stored(month: Month, entry: StoredEntry, wordings: Mapping[str, Wording]) -> Month:
    """`month` with a new `entry` that was made as it is stored (see
    afstand.reflection.new_entry), its sets naming their wordings in `wordings`; the month's
    other entries as they are. A wording the month already holds is shared; a key that the
    month (a hand-edited file) gives to other words is passed over."""
    from msgspec.structs import replace

    held = dict(month.wordings)
    sets = []
    for stored_set in entry.sets:
        key = _keep(wordings[stored_set.wording], held)
        sets.append(stored_set if key == stored_set.wording else replace(stored_set, wording=key))
    return _inserted(month, replace(entry, sets=sets), held)


def _inserted(month: Month, stored: StoredEntry, wordings: dict[str, Wording]) -> Month:
    """`month` with `stored` among its entries, in order of date and creation."""
    entries = list(month.entries)
    order = (stored.date, stored.created)
    at = next((i for i, e in enumerate(entries) if (e.date, e.created) > order), len(entries))
    entries.insert(at, stored)
    return Month(month.name, wordings, entries, SCHEMA_VERSION)


def _wording_for(answered: SetAnswers, offered: list[Wording], wordings: dict[str, Wording]) -> str:
    """The key in `wordings` of a wording for `answered` (added to `wordings` when new)."""
    same_set = [w for w in offered if w.set == answered.id and w.version == answered.version]
    for wording in same_set:
        if _covers(wording, answered):
            return _keep(wording, wordings)
    for key, wording in wordings.items():
        same = wording.set == answered.id and wording.version == answered.version
        if same and _covers(wording, answered):
            return key
    draft = _Draft(answered.id, answered.version, answered.title)
    draft.add(answered)
    return _keep(draft.wording(), wordings)


def _keep(wording: Wording, wordings: dict[str, Wording]) -> str:
    """`wording`'s key, with the wording in `wordings`. A key is only a name within a file: one
    that a hand-edited file gave to other words is passed over, never shared."""
    key = wording_key(wording)
    while key in wordings and wordings[key] != wording:
        key = hashlib.sha256(key.encode()).hexdigest()[:KEY_LENGTH]
    wordings.setdefault(key, wording)
    return key


def _covers(wording: Wording, answered: SetAnswers) -> bool:
    """Whether `wording` holds everything `answered` showed, in the same words: each question
    it answered, each option it chose and each anchor it showed."""
    if wording.title != _stored_text(answered.title):
        return False
    for answer in answered.answers:
        question = wording.questions.get(answer.question)
        if question is None or (question.type, question.min, question.max, question.tags) != (
            answer.type,
            answer.min,
            answer.max,
            answer.tags,
        ):
            return False
        if question.prompt != _stored_text(answer.prompt):
            return False
        options = {o.id: o for o in question.options}
        if any(options.get(o.id) != _stored_option(o) for o in answer.options):
            return False
        anchors = question.anchors
        if any(anchors.get(k) != _stored_text(v) for k, v in answer.anchors.items()):
            return False
    return True


def _extent(wording: Wording) -> int:
    return sum(1 + len(q.options) + len(q.anchors) for q in wording.questions.values())


def _stored_answer(wording: Wording, answer: Answer) -> StoredAnswer:
    from afstand.models.month_file import StoredAnswer

    question = wording.questions[answer.question]
    value = answer.value
    chosen = [o.id for o in answer.options]
    options = None
    if chosen != [o.id for o in question.options if _chosen(o.id, value)]:
        options = chosen
    anchors = None
    # the wording holds the same words for an anchor as every answer that shares it (see
    # `_Draft.takes`): which anchors is all that can differ
    derived = {k for k in question.anchors if _anchor_shown(k, question, value)}
    if derived != set(answer.anchors):
        anchors = list(answer.anchors)
    return StoredAnswer(question=answer.question, value=value, options=options, anchors=anchors)


def _stored_text(text: Text) -> StoredText:
    from afstand.models.month_file import StoredText

    return StoredText(nl=text.nl, en=text.en)


def _stored_option(option: ChosenOption) -> StoredOption:
    from afstand.models.month_file import StoredOption

    feedback = None if option.feedback is None else _stored_text(option.feedback)
    return StoredOption(
        id=option.id, label=_stored_text(option.label), feedback=feedback, tags=option.tags
    )


class _Draft:
    """A wording being gathered from the entries that answered one version of a set."""

    def __init__(self, set_id: str, version: int, title: Any) -> None:
        self.set_id, self.version, self.title = set_id, version, title
        self.questions: dict[str, dict[str, Any]] = {}

    @classmethod
    def of(cls, wording: Wording) -> _Draft:
        """A draft that starts as a wording the month already held."""
        words = _set_words(wording)
        draft = cls(words.set, words.version, words.title)
        for question_id, question in words.questions.items():
            draft.questions[question_id] = {
                "head": (question.type, question.prompt, question.min, question.max, question.tags),
                "anchors": dict(question.anchors),
                "options": {o.id: o for o in question.options},
            }
        return draft

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
            questions[question_id] = WordedQuestion(
                type=kind,
                prompt=_stored_text(prompt),
                min=low,
                max=high,
                anchors={k: _stored_text(v) for k, v in sorted(known["anchors"].items())},
                tags=tags,
                options=[_stored_option(o) for o in known["options"].values()],
            )
        return Wording(
            set=self.set_id,
            version=self.version,
            title=_stored_text(self.title),
            questions=questions,
        )


_ENCODER = msgspec.json.Encoder()


def _encode(month: str, wordings: dict[str, Wording], entries: list[StoredEntry]) -> bytes:
    """One wording and one entry per line: compact, still readable with `less` and `grep`."""
    used = {stored_set.wording for entry in entries for stored_set in entry.sets}
    header = json.dumps({"format": FORMAT, "schema_version": SCHEMA_VERSION, "month": month})
    encode = _ENCODER.encode
    wording_lines = [
        json.dumps(k).encode() + b":" + encode(w) for k, w in wordings.items() if k in used
    ]
    parts = [header[:-1].encode(), b',"wordings":{\n']
    if wording_lines:
        parts += [b",\n".join(wording_lines), b"\n"]
    parts.append(b'},"entries":[\n')
    if entries:
        parts += [b",\n".join([encode(entry) for entry in entries]), b"\n"]
    parts.append(b"]}\n")
    return b"".join(parts)


def encode_block(month: str, wordings: dict[str, Wording], entries: list[StoredEntry]) -> bytes:
    """A month on one line, without the file's header: `{"month", "wordings", "entries"}`, as
    the JSON export carries months (see afstand.exchange.export.json_format)."""
    used = {stored_set.wording for entry in entries for stored_set in entry.sets}
    encode = _ENCODER.encode
    table = b",".join(
        json.dumps(k).encode() + b":" + encode(w) for k, w in wordings.items() if k in used
    )
    rows = b",".join([encode(entry) for entry in entries])
    name = json.dumps(month).encode()
    return b'{"month":' + name + b',"wordings":{' + table + b'},"entries":[' + rows + b"]}"


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
    """A month as `encode_block` writes it, once read into a MonthBlock: its references to
    wordings checked (JournalUnreadable naming `where` and the problems)."""
    month = Month(block.month, block.wordings, block.entries)
    _check_wordings(month, Path(where))
    return month


def read_block(raw: bytes, where: str) -> Month:
    """A month of an export, as `encode_block` writes it, read and checked as a month file is
    (texts cleaned of control characters); JournalUnreadable with its problems, each under
    `where` (`months.3.entries.0.client: ...`), when it is not one."""
    from afstand.models.month_file import MonthBlock

    try:
        block = _decode(raw, MonthBlock)
    except msgspec.DecodeError:
        try:
            document = json.loads(raw, parse_constant=_not_json)
        except ValueError as error:
            raise JournalUnreadable(
                t("journal.invalid", path=where), problems=[f"{where}: {error}"]
            ) from error
        block = _decode_cleaned(document, MonthBlock, where, f"{where}.")
    return checked_block(block, where)


def read_block_data(document: Any, where: str) -> Month:
    """`read_block` of a month already parsed from JSON."""
    from afstand.models.month_file import MonthBlock

    return checked_block(_decode_cleaned(document, MonthBlock, where, f"{where}."), where)


# -- reading -------------------------------------------------------------------------------

_DECODERS: dict[type, Any] = {}


def _decoder(kind: type[Block]) -> msgspec.json.Decoder[Block]:
    found: msgspec.json.Decoder[Block] | None = _DECODERS.get(kind)
    if found is None:
        found = _DECODERS[kind] = msgspec.json.Decoder(kind)
    return found


def _decode(raw: bytes, kind: type[Block]) -> Block:
    """`raw` as a `kind`, when it holds no control character; msgspec.DecodeError otherwise
    (as when it is not a valid `kind`): the caller then takes the slow path."""
    if may_hold_controls(raw):
        raise msgspec.DecodeError("may hold control characters")
    return _decoder(kind).decode(raw)


def read_month_file(raw: bytes, path: Path) -> Month:
    """The month in `raw` (the file's bytes, decrypted), checked; JournalUnreadable with an
    account of what is wrong when it is not a month file afstand can read."""
    from afstand.models.month_file import MonthFile

    try:
        document = _decode(raw, MonthFile)
    except msgspec.DecodeError:
        return _read_slowly(raw, path)
    month = Month(document.month, document.wordings, document.entries, 2)
    _check_wordings(month, path)
    return month


def read_headers(raw: bytes, path: Path) -> list[Header]:
    """The entries of a month file read lightly: id, dates, client and flag, checked; the
    answers skipped. For a scan over many months that changes only a few (forget, purge).
    A file that is not a readable month raises as `read_month_file` does."""
    from afstand.models.month_file import MonthHeaders

    try:
        # the headers hold no text that control characters are cleaned from
        return _decoder(MonthHeaders).decode(raw).entries
    except msgspec.DecodeError:
        month = read_month_file(raw, path)  # explains what is wrong
        return [header_of(e) for e in month.entries]


def header_of(entry: StoredEntry) -> Header:
    from afstand.models.month_file import Header

    return Header(
        id=entry.id,
        created=entry.created,
        updated=entry.updated,
        date=entry.date,
        client=entry.client,
        supervision=entry.supervision,
    )


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
    """A month that did not pass the fast path: one that may hold control characters, one of
    format 1, or an account in words of what is wrong. The one place that explains a bad
    month."""
    try:
        document = json.loads(raw, parse_constant=_not_json)
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
    except ValueError as error:  # from _not_json
        raise JournalUnreadable(
            t("journal.not_json", path=path, detail=str(error)),
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
    if version == 1:
        return _from_format_1(document, path)
    from afstand.models.month_file import MonthFile

    found = _decode_cleaned(document, MonthFile, str(path), "")
    month = Month(found.month, found.wordings, found.entries, 2)
    _check_wordings(month, path)
    return month


def _not_json(name: str) -> Any:
    """`NaN` and `Infinity`, which Python's json module reads but JSON (and msgspec) has not."""
    raise ValueError(name)


def _decode_cleaned(document: Any, kind: type[Block], where: str, prefix: str) -> Block:
    """`document` (parsed JSON) as a `kind`, its texts cleaned of control characters as every
    text a user gives is; JournalUnreadable naming `where`, with the problem under `prefix`."""
    cleaned = _clean_block(document)
    try:
        return _decoder(kind).decode(msgspec.json.encode(cleaned))
    except (msgspec.ValidationError, TypeError) as error:
        raise JournalUnreadable(
            t("journal.invalid", path=where),
            hint=t("hint.journal_corrupt", path=where),
            problems=[prefix + explain(str(error), cleaned, choices=_CHOICES)],
        ) from error


def _from_format_1(document: dict[str, Any], path: Path) -> Month:
    from pydantic import TypeAdapter, ValidationError

    from afstand.field_errors import problems_from
    from afstand.models.entry import Entry

    entries = document.get("entries")
    if not isinstance(entries, list):
        entries = None  # let the model say it
    try:
        valid = TypeAdapter(list[Entry]).validate_python(entries)
    except ValidationError as error:
        problems = problems_from(error, lambda field, message: f"entries.{field}: {message}")
        raise JournalUnreadable(
            t("journal.invalid", path=path),
            hint=t("hint.journal_corrupt", path=path),
            problems=problems[:5],
        ) from error
    wordings, stored = compress(valid)
    name = document.get("month")
    return Month(name if isinstance(name, str) else "", wordings, stored, 1)


# -- cleaning and explaining ---------------------------------------------------------------


def _clean(value: Any) -> Any:
    return strip_controls(value) if isinstance(value, str) else value


def _clean_text(text: Any) -> None:
    if isinstance(text, dict):
        for language in ("nl", "en"):
            if language in text:
                text[language] = _clean(text[language])


def _dicts(found: Any) -> list[dict[str, Any]]:
    if isinstance(found, dict):
        found = list(found.values())
    return [item for item in found if isinstance(item, dict)] if isinstance(found, list) else []


def _clean_block(document: Any) -> Any:
    """`document` with control characters removed from exactly the texts that pydantic's
    CleanStr cleaned (notes, answers, the words of questions), in place; identifiers are left
    as they are, for the checks to refuse."""
    if not isinstance(document, dict):
        return document
    for wording in _dicts(document.get("wordings")):
        _clean_text(wording.get("title"))
        for question in _dicts(wording.get("questions")):
            _clean_text(question.get("prompt"))
            for anchor in _dicts(question.get("anchors")):
                _clean_text(anchor)
            for option in _dicts(question.get("options")):
                _clean_text(option.get("label"))
                _clean_text(option.get("feedback"))
    for entry in _dicts(document.get("entries")):
        for name in ("note", "supervision_question"):
            if name in entry:
                entry[name] = _clean(entry[name])
        for answered in _dicts(entry.get("sets")):
            for answer in _dicts(answered.get("answers")):
                value = answer.get("value")
                if isinstance(value, list):
                    answer["value"] = [_clean(v) for v in value]
                elif isinstance(value, str):
                    answer["value"] = strip_controls(value)
    return document


# the values of the fields of fixed choices, for a problem to name them
_CHOICES = {"format": (FORMAT,), "schema_version": (1, 2), "phase": ("quick", "complete")}
