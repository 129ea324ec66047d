"""What is wrong with data read into a msgspec struct, as afstand says it for every file a user
can edit: one line per problem, `field.path: message`, in the user's language where afstand
has the words.

msgspec stops at the first problem and says it in its own terms (`Expected `int`, got `str` -
at `$.entries[0].x``). `explain` turns such a message into afstand's words; `convert` reads
data into a struct and, when that fails, checks every field on its own, so that a file with
five mistakes is refused with all five at once."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from typing import Annotated, Any, TypeVar, get_args, get_origin

import msgspec

from afstand.i18n import t

S = TypeVar("S", bound=msgspec.Struct)
Path = Sequence[str | int]


class ShapeError(ValueError):
    """Data that is not a struct of the wanted kind; `problems` says every way it is not."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def convert(data: Any, kind: type[S]) -> S:
    """`data` (parsed YAML or JSON) as a `kind`, strictly typed (no text read as a number),
    or ShapeError with every problem found."""
    try:
        return msgspec.convert(data, kind, strict=True)
    except msgspec.ValidationError as error:
        problems = struct_problems(data, kind)
        # every field is right on its own: the struct's own check (`__post_init__`) refused
        raise ShapeError(problems or [explain(str(error), data)]) from error


def struct_problems(data: Any, kind: type[msgspec.Struct], within: Path = ()) -> list[str]:
    """Every problem of `data` as a `kind`: missing and unknown keys, and each field checked
    on its own (into its mappings and lists, so that each bad answer is named), with the
    checks the struct gives for what a field's type cannot say (`field_checks`)."""
    if not isinstance(data, dict):
        return value_problems(data, kind, within)
    fields = msgspec.structs.fields(kind)
    checks = getattr(kind, "field_checks", {})
    problems = []
    for field in fields:
        if field.encode_name in data:
            value = data[field.encode_name]
            where = (*within, field.encode_name)
            found = value_problems(value, field.type, where)
            check = checks.get(field.name)
            if not found and check is not None:
                # what the type cannot say (see models.submission), named beside the rest
                said = check(msgspec.convert(value, field.type, strict=True))
                found = [f"{_joined(where)}: {said}"] if said else []
            problems += found
        elif field.required:
            problems.append(f"{_joined((*within, field.encode_name))}: {t('schema.missing')}")
    known = {field.encode_name for field in fields}
    unknown = [
        f"{_joined((*within, key))}: {t('schema.unknown_key')}" for key in data if key not in known
    ]
    return problems + unknown


def value_problems(value: Any, kind: Any, within: Path = ()) -> list[str]:
    """Every problem of `value` as a `kind`, under the path `within`."""
    try:
        msgspec.convert(value, kind, strict=True)
    except msgspec.ValidationError as error:
        message = str(error)
    else:
        return []
    bare = _bare(kind)
    origin = get_origin(bare)
    if origin is dict and isinstance(value, dict):
        key_kind, item_kind = get_args(bare)
        problems = []
        for key, item in value.items():
            problems += value_problems(key, key_kind, (*within, key))
            problems += value_problems(item, item_kind, (*within, key))
        return problems
    if origin is list and isinstance(value, list):
        (item_kind,) = get_args(bare)
        return [
            problem
            for index, item in enumerate(value)
            for problem in value_problems(item, item_kind, (*within, index))
        ]
    if isinstance(bare, type) and issubclass(bare, msgspec.Struct) and isinstance(value, dict):
        return struct_problems(value, bare, within) or [explain(message, value, within)]
    return [explain(message, value, within)]


def _bare(kind: Any) -> Any:
    """`kind` without its `Annotated` constraints."""
    while get_origin(kind) is Annotated:
        kind = get_args(kind)[0]
    return kind


def _joined(path: Path) -> str:
    return ".".join(str(step) for step in path) or "(top)"


_AT = re.compile(
    r"^(?P<what>.*?)(?: - at `(?P<key>key)` in `(?P<of>[^`]*)`| - at `(?P<at>[^`]*)`)?$", re.S
)
_STEP = re.compile(r"\.([^.\[]+)|\[(\d+|\.\.\.)\]")
_EXPECTED = {
    "str": "text",
    "int": "integer",
    "bool": "boolean",
    "array": "list",
    "object": "mapping",
    "date": "date",
    "float": "number",
}


def explain(
    message: str,
    document: Any,
    within: Path = (),
    choices: Mapping[str, Sequence[object]] | None = None,
) -> str:
    """msgspec's `message` about `document` (which lies at `within` in its file) as afstand
    says it: `entries.0.x: ...`. `choices` gives, by field name, the values a field of fixed
    choices may take. A struct's own check names its field first (`date: ...`)."""
    found = _AT.match(message)
    assert found is not None  # the pattern matches any text
    what = found["what"]
    steps: list[str | int] = []
    for name, index in _STEP.findall(found["at"] or found["of"] or ""):
        steps.append(name if name else ("…" if index == "..." else int(index)))
    if found["key"]:
        steps.append("(key)")

    def at(*more: str | int) -> str:
        return _joined((*within, *steps, *more))

    def value() -> str:
        current = document
        for step in steps:
            try:
                current = current[step]
            except (KeyError, IndexError, TypeError):
                return "?"
        return _show(current)

    if m := re.fullmatch(r"Object missing required field `(.+)`", what):
        return f"{at(m[1])}: {t('schema.missing')}"
    if m := re.fullmatch(r"Object contains unknown field `(.+)`", what):
        return f"{at(m[1])}: {t('schema.unknown_key')}"
    if m := re.fullmatch(r"Expected `(\w+)(?: \| null)?`, got `\w+`", what):
        kind = _EXPECTED.get(m[1])
        if kind is not None:
            return f"{at()}: {t('schema.type', expected=t('type.' + kind), got=value())}"
    if re.fullmatch(r"Invalid RFC3339 encoded date", what):
        return f"{at()}: {t('schema.type', expected=t('type.date'), got=value())}"
    if m := re.fullmatch(r"Expected `str` matching regex '(.*)'", what, re.S):
        pattern = m[1].replace("\\\\", "\\").removesuffix("\\Z") + "$"
        return f"{at()}: {t('schema.pattern', value=value(), pattern=pattern)}"
    if re.fullmatch(r"Expected `\w+` of length <= \d+", what):
        return f"{at()}: {t('schema.too_long')}"
    if re.fullmatch(r"Invalid enum value .*", what, re.S):
        name = str(steps[-1]) if steps else str(within[-1]) if within else ""
        known = ", ".join(repr(v) for v in (choices or {}).get(name, ()))
        return f"{at()}: {t('schema.one_of', value=value(), expected=known)}"
    if m := re.fullmatch(r"([a-z_]+): (.+)", what, re.S):
        return f"{at(m[1])}: {m[2]}"
    return f"{at()}: {what}"


def _show(value: Any) -> str:
    """A value as the user typed it: a date (or a date with a time) as its text."""
    if isinstance(value, datetime.date):
        return value.isoformat(" ") if isinstance(value, datetime.datetime) else str(value)
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
