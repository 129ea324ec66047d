"""Finding, reading and checking question sets: the shipped ones and the user's own."""

from __future__ import annotations

import re
import stat
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Literal

import msgspec

from afstand.control_chars import may_hold_controls
from afstand.errors import InvalidInput, NotFound
from afstand.i18n import counted, t
from afstand.models.question_set import QuestionSet, SetQuestion
from afstand.questionnaires.tags import KNOWN_TAGS
from afstand.user_files import is_text
from afstand.yaml_reader import Problem, YamlDocument, YamlError, read_yaml, yaml_files

Origin = Literal["built-in", "user"]

MAX_CACHE_BYTES = 20_000_000

# The order in which a reflection walks through the shipped sets when the config names none.
DEFAULT_SETS = ("countertransference", "kiesler", "basic-needs", "self-care")


def shipped_dir() -> Path:
    """The shipped sets: `afstand/questionnaires/sets/` in an installed wheel; in a source checkout
    and an editable install, the project's top-level `questionnaires/` folder."""
    packaged = resources.files(__package__ or "afstand.questionnaires") / "sets"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "questionnaires"


@dataclass(frozen=True)
class LoadedSet:
    questionnaire: QuestionSet
    origin: Origin
    path: Path
    replaces_shipped: bool = False


@dataclass
class Catalog:
    sets: dict[str, LoadedSet] = field(default_factory=dict)
    invalid: dict[Path, list[Problem]] = field(default_factory=dict)

    def __iter__(self) -> Iterator[LoadedSet]:
        return iter(self.sets.values())

    def invalid_file(self, set_id: str) -> Path | None:
        """The user's set file named for `set_id` that is invalid, if there is one."""
        return next((path for path in self.invalid if path.stem == set_id), None)

    def get(self, set_id: str) -> QuestionSet:
        loaded = self.sets.get(set_id)
        if loaded is None:
            broken = self.invalid_file(set_id)
            if broken is not None:
                raise InvalidInput(
                    t("questionnaire.invalid_named", id=set_id, path=broken),
                    hint=t("hint.validate", path=broken),
                    problems=[pr.render() for pr in self.invalid[broken]],
                )
            raise NotFound(
                t("questionnaire.not_found", id=set_id),
                hint=t("hint.questionnaires_list"),
            )
        return loaded.questionnaire


def load_catalog(user_dir: Path | None, cache: Path | None = None) -> Catalog:
    """The shipped sets and the user's own. With `cache`, a file that has not changed since
    it was last found valid is taken from there instead of being parsed and checked again."""
    remembered = CheckedSets(cache)
    catalog = Catalog()
    for path in yaml_files(shipped_dir()):
        _, shipped = remembered.check(path)
        if shipped is None:  # shipped sets are tested; a failure is a bug
            shipped = parse_questionnaire(path)
        catalog.sets[shipped.id] = LoadedSet(shipped, "built-in", path)
    for path in yaml_files(user_dir) if user_dir else []:
        problems, question_set = remembered.check(path)
        if question_set is None:
            catalog.invalid[path] = problems
            continue
        replaces = catalog.sets.get(question_set.id)
        if replaces is not None and replaces.origin == "user":
            catalog.invalid[path] = [
                Problem(
                    str(path),
                    t("questionnaire.duplicate_id", id=question_set.id, other=replaces.path),
                )
            ]
            continue
        catalog.sets[question_set.id] = LoadedSet(
            question_set, "user", path, replaces_shipped=replaces is not None
        )
    remembered.save()
    return catalog


CACHE_FORMAT = "afstand-checked-question-sets/3"


class _Cached(msgspec.Struct, frozen=True):
    """A set file as it was when found valid (size, times, inode, device), and the set."""

    stamp: list[int]
    set: msgspec.Raw  # a QuestionSet as JSON, decoded only when its file is unchanged
    # the SHA-256 of `set` as afstand wrote it: a set changed in the cache by hand (a
    # question twice, another id, a scale without ends) is checked anew from its file
    digest: str


class _CacheFile(msgspec.Struct, frozen=True):
    format: str
    afstand: str
    files: dict[str, _Cached]


_SET_DECODER = msgspec.json.Decoder(QuestionSet)


class CheckedSets:
    """Question-set files as afstand last found them valid, each under its path and the
    size, times and inode of the file then: a file that changed in any way is checked anew.
    Only what passed every check is kept; the cache is afstand's own, and a cache that cannot
    be read or written is passed over in silence (it only saves time). A set in it is decoded
    straight into a QuestionSet, with no pydantic: one that is not as afstand wrote it (see
    `_Cached.digest`), that does not decode, or whose bytes may hold a control character, is
    passed over and its file checked anew."""

    def __init__(self, cache: Path | None) -> None:
        self.cache = cache
        self.known: dict[str, tuple[list[int], bytes]] = {}
        self.used: dict[str, tuple[list[int], bytes]] = {}
        if cache is not None:
            self.known = _read_cache(cache)

    def check(self, path: Path) -> tuple[list[Problem], QuestionSet | None]:
        stamp = _stamp(path)
        key = str(path)
        found = self.known.get(key)
        if stamp is not None and found is not None and found[0] == stamp:
            cached = _decode_set(found[1])
            if cached is not None:
                self.used[key] = found
                return [], cached
        problems, question_set = check_file(path)
        # a path that is not valid UTF-8 cannot be a key of the cache's JSON: that one set is
        # checked every time, the others still come from the cache
        if question_set is not None and stamp is not None and is_text(key):
            raw = msgspec.json.encode(question_set)
            # a text that only looks like a control character would be checked every time
            if _decode_set(raw) == question_set:
                self.used[key] = (stamp, raw)
        return problems, question_set

    def save(self) -> None:
        """Write what this load used, when it differs from what was there."""
        if self.cache is None or self.used == self.known:
            return
        from afstand import __version__
        from afstand.errors import AfstandError
        from afstand.files import atomic_write

        data = _CacheFile(
            format=CACHE_FORMAT,
            afstand=__version__,
            files={
                key: _Cached(stamp=stamp, set=msgspec.Raw(raw), digest=_digest(raw))
                for key, (stamp, raw) in self.used.items()
            },
        )
        with suppress(AfstandError, OSError, ValueError, msgspec.EncodeError):
            atomic_write(self.cache, msgspec.json.encode(data))


def _decode_set(raw: bytes) -> QuestionSet | None:
    if may_hold_controls(raw):
        return None
    try:
        return _SET_DECODER.decode(raw)
    except (msgspec.DecodeError, RecursionError):
        return None


def _stamp(path: Path) -> list[int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev]


def _read_cache(cache: Path) -> dict[str, tuple[list[int], bytes]]:
    from afstand import __version__
    from afstand.errors import AfstandError
    from afstand.user_files import read_regular_file

    try:  # never waits on a pipe put in its place
        data = msgspec.json.decode(read_regular_file(cache, MAX_CACHE_BYTES), type=_CacheFile)
    except (AfstandError, OSError, msgspec.DecodeError, RecursionError):
        return {}
    if data.format != CACHE_FORMAT or data.afstand != __version__:
        return {}
    return {
        key: (found.stamp, raw)
        for key, found in data.files.items()
        if _digest(raw := bytes(found.set)) == found.digest
    }


def _digest(raw: bytes) -> str:
    import hashlib

    return hashlib.sha256(raw).hexdigest()


def parse_questionnaire(path: Path) -> QuestionSet:
    problems, question_set = check_file(path)
    if question_set is None:
        raise InvalidInput(
            t("questionnaire.invalid", path=path),
            hint=t("hint.validate", path=path),
            problems=[problem.render() for problem in problems],
        )
    return question_set


def check_file(path: Path, display: str | None = None) -> tuple[list[Problem], QuestionSet | None]:
    """Every problem in one question-set file, and the set itself when there are none."""
    name = display or str(path)
    try:
        document = read_yaml(path, name)
    except YamlError as error:
        return [error.problem], None
    return check_document(document, name)


def check_document(document: YamlDocument, name: str) -> tuple[list[Problem], QuestionSet | None]:
    """Every problem in a question-set document, each in the user's words and at its line, and
    the set as the program asks it when there are none. The fields are checked by pydantic
    (all problems at once), the rules that span fields by `semantic_problems`."""
    from pydantic import ValidationError

    from afstand.field_errors import problems_from
    from afstand.models.questionnaire import Questionnaire

    if not isinstance(document.data, dict):
        return [Problem(name, t("questionnaire.not_mapping"), line=1)], None

    def make(path: str, message: str) -> Problem:
        return Problem(name, message, field=path, line=document.line_of(tuple(path.split("."))))

    unsafe = [make(path, t("check.control_characters")) for path in control_characters(document)]
    try:
        question_set = Questionnaire.model_validate(document.data).as_question_set()
    except ValidationError as error:
        return [*unsafe, *problems_from(error, make)], None
    problems = [make(path, message) for path, message in semantic_problems(question_set)]
    problems = [*unsafe, *problems]
    return problems, (None if problems else question_set)


def control_characters(document: YamlDocument) -> list[str]:
    """The fields whose text holds control characters (an escape sequence acts on the
    terminal that shows it): a question set's texts are shown as they are, so they are
    refused. A line break and a tab are text."""
    found: list[str] = []
    stack: list[tuple[object, str]] = [(document.data, "")]
    while stack:
        value, where = stack.pop()
        if isinstance(value, str):
            if has_control_characters(value):
                found.append(where)
        elif isinstance(value, dict):
            for key, child in value.items():
                stack.append((child, f"{where}.{key}" if where else str(key)))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                stack.append((child, f"{where}.{index}" if where else str(index)))
    return sorted(found)


# C0 controls but a tab and a line break, DEL, and the C1 controls
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def has_control_characters(text: str) -> bool:
    return _CONTROL.search(text) is not None


def semantic_problems(questionnaire: QuestionSet) -> list[tuple[str, str]]:
    """The rules that span fields: ranges, options per type, references, tag values."""
    found: list[tuple[str, str]] = []
    seen: dict[str, int] = {}
    for index, question in enumerate(questionnaire.questions):
        where = f"questions.{index}"
        if question.id in seen:
            found.append(
                (
                    f"{where}.id",
                    t("check.duplicate_question", id=question.id, other=seen[question.id]),
                )
            )
        else:
            seen[question.id] = index
        found.extend(_question_problems(question, where))
        if question.show_if is not None:
            found.extend(_condition_problems(questionnaire, index, question))
    return found


def _question_problems(question: SetQuestion, where: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    kind = question.type
    if kind == "scale":
        if question.min is None or question.max is None:
            found.append((where, t("check.scale_range")))
        elif question.min >= question.max:
            found.append(
                (f"{where}.max", t("check.scale_order", min=question.min, max=question.max))
            )
        else:
            for value in question.anchors:
                if not question.min <= value <= question.max:
                    found.append(
                        (
                            f"{where}.anchors.{value}",
                            t(
                                "check.anchor_range",
                                value=value,
                                min=question.min,
                                max=question.max,
                            ),
                        )
                    )
            if question.min not in question.anchors or question.max not in question.anchors:
                found.append(
                    (f"{where}.anchors", t("check.anchor_ends", min=question.min, max=question.max))
                )
    else:
        for name in ("min", "max"):
            if getattr(question, name) is not None:
                found.append((f"{where}.{name}", t("check.only_scale", key=name, type=kind)))
        if question.anchors:
            found.append((f"{where}.anchors", t("check.only_scale", key="anchors", type=kind)))
        if question.tags:
            found.append((f"{where}.tags", t("check.tags_on_question")))
    if kind in ("choice", "checklist"):
        needed = 2 if kind == "choice" else 1
        if len(question.options) < needed:
            found.append(
                (
                    f"{where}.options",
                    t("check.too_few_options", type=kind, options=counted(needed, "option")),
                )
            )
    elif question.options:
        found.append((f"{where}.options", t("check.no_options", type=kind)))
    option_seen: set[str] = set()
    for position, option in enumerate(question.options):
        if option.id in option_seen:
            found.append(
                (f"{where}.options.{position}.id", t("check.duplicate_option", id=option.id))
            )
        option_seen.add(option.id)
        found.extend(_tag_problems(option.tags, f"{where}.options.{position}.tags", False))
    found.extend(_tag_problems(question.tags, f"{where}.tags", kind == "scale"))
    return found


# a pole or an octant is something chosen, not a degree: these belong on options
OPTION_ONLY_TAGS = ("pole", "octant")


def _tag_problems(tags: dict[str, str], where: str, on_scale: bool) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for dimension, value in tags.items():
        allowed = KNOWN_TAGS.get(dimension)
        if allowed is not None and value not in allowed:
            found.append(
                (
                    f"{where}.{dimension}",
                    t(
                        "check.tag_value",
                        value=value,
                        dimension=dimension,
                        allowed=", ".join(allowed),
                    ),
                )
            )
        if dimension == "axis" and not on_scale:
            found.append((f"{where}.{dimension}", t("check.axis_on_scale")))
        if dimension in OPTION_ONLY_TAGS and on_scale:
            found.append(
                (f"{where}.{dimension}", t("check.option_tag_on_scale", dimension=dimension))
            )
    return found


def _condition_problems(
    questionnaire: QuestionSet, index: int, question: SetQuestion
) -> list[tuple[str, str]]:
    condition = question.show_if
    assert condition is not None
    where = f"questions.{index}.show_if"
    earlier = {q.id: q for q in questionnaire.questions[:index]}
    target = earlier.get(condition.question)
    if target is None:
        return [(f"{where}.question", t("check.condition_target", id=condition.question))]
    if question.in_quick and not target.in_quick:
        # the quick reflection would never ask the question this one depends on
        return [(f"{where}.question", t("check.condition_quick", id=target.id))]
    option_ids = {option.id for option in target.options}
    kind = target.type
    if condition.equals is not None:
        value = condition.equals
        fits = (
            (kind == "yesno" and isinstance(value, bool))
            or (kind == "choice" and isinstance(value, str) and value in option_ids)
            or (
                kind == "scale"
                and isinstance(value, int)
                and not isinstance(value, bool)
                and target.min is not None
                and target.max is not None
                and target.min <= value <= target.max
            )
        )
        if not fits:
            return [
                (
                    f"{where}.equals",
                    t("check.condition_value", value=value, id=target.id, type=kind),
                )
            ]
    if condition.any_of is not None:
        unknown = [value for value in condition.any_of if value not in option_ids]
        if kind not in ("choice", "checklist") or unknown or not condition.any_of:
            return [
                (
                    f"{where}.any_of",
                    t("check.condition_options", id=target.id, values=", ".join(unknown) or "-"),
                )
            ]
    for name in ("at_least", "at_most"):
        bound = getattr(condition, name)
        if bound is not None and (
            kind != "scale"
            or target.min is None
            or target.max is None
            or not target.min <= bound <= target.max
        ):
            return [(f"{where}.{name}", t("check.condition_scale", id=target.id))]
    return []
