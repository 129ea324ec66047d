"""Reading YAML that a user wrote: safely, with limits, and with the line of every field."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afstand.i18n import t
from afstand.user_files import FileRefused, FileTooLarge, read_regular_file

if TYPE_CHECKING:
    import yaml

MAX_BYTES = 1_000_000
MAX_DEPTH = 40


@cache
def _loader() -> type[yaml.SafeLoader]:
    """PyYAML's safe loader, imported at the first file read (commands that read none never
    load PyYAML). The C loader is several times faster; the pure one where PyYAML lacks it."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, printed like a linter prints it."""

    file: str
    message: str
    field: str | None = None
    line: int | None = None
    column: int | None = None

    def render(self) -> str:
        if self.field is None:
            where = self.file
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            return f"{where}: {self.message}"
        suffix = f" ({t('word.line')} {self.line})" if self.line is not None else ""
        return f"{self.file}: {self.field}: {self.message}{suffix}"


@dataclass
class YamlDocument:
    data: Any
    lines: dict[tuple[str, ...], int] = field(default_factory=dict)

    def line_of(self, path: tuple[str, ...]) -> int | None:
        """The line of the deepest part of `path` that exists in the file."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return None


class YamlError(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.render())
        self.problem = problem


def read_yaml(path: Path, display: str | None = None, text: str | None = None) -> YamlDocument:
    """Parse one YAML document; raise YamlError with file:line:col for anything wrong."""
    name = display or str(path)
    if text is None:
        try:
            raw = read_regular_file(path, MAX_BYTES)
        except FileTooLarge as error:
            raise YamlError(Problem(name, t("yaml.too_large", limit=MAX_BYTES // 1000))) from error
        except FileRefused as error:
            raise YamlError(Problem(name, error.message)) from None
        except OSError as error:
            raise YamlError(Problem(name, t("yaml.unreadable", reason=error.strerror))) from error
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            raise YamlError(Problem(name, t("yaml.not_utf8"), line=line)) from error
    return parse_yaml(text, name)


def parse_yaml(text: str, name: str) -> YamlDocument:
    import yaml

    if len(text) > MAX_BYTES:
        raise YamlError(Problem(name, t("yaml.too_large", limit=MAX_BYTES // 1000)))
    node: yaml.Node | None = None
    try:
        _check_events(text, name)
        loader = _loader()(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = t("yaml.syntax", detail=error.problem or error.context or "?")
        if mark is None:
            raise YamlError(Problem(name, message)) from error
        raise YamlError(
            Problem(name, message, line=mark.line + 1, column=mark.column + 1)
        ) from error
    except yaml.YAMLError as error:
        raise YamlError(Problem(name, t("yaml.syntax", detail=str(error)))) from error
    except RecursionError as error:
        raise YamlError(Problem(name, t("yaml.too_deep", limit=MAX_DEPTH))) from error
    except ValueError as error:  # a date that does not exist, or an integer too long
        raise YamlError(_unconvertible(node, name)) from error
    lines: dict[tuple[str, ...], int] = {}
    if node is not None:
        _map_lines(node, (), lines, name)
    return YamlDocument(data=data, lines=lines)


def _unconvertible(node: yaml.Node | None, name: str) -> Problem:
    """What PyYAML could not turn into a value, with its place: an unquoted date that does
    not exist (2026-02-30), or an integer of more digits than Python converts."""
    import yaml

    constructor = yaml.constructor.SafeConstructor()
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            stack.extend(part for pair in reversed(current.value) for part in reversed(pair))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(reversed(current.value))
        elif current.tag in (_TIMESTAMP, _INTEGER):
            try:
                constructor.construct_object(current)
            except ValueError:
                if current.tag == _INTEGER:
                    return Problem(name, t("data.number_too_long"), *_position(current.start_mark))
                message = t("yaml.no_such_date", value=current.value)
                return Problem(name, message, *_position(current.start_mark))
    return Problem(name, t("data.number_too_long"))


_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_INTEGER = "tag:yaml.org,2002:int"


def _check_events(text: str, name: str) -> None:
    """Refuse aliases (they can expand without bound) and nesting too deep to be a question set."""
    import yaml

    depth = 0
    for event in yaml.parse(text, Loader=_loader()):
        if isinstance(event, yaml.AliasEvent):
            raise YamlError(Problem(name, t("yaml.alias"), *_position(event.start_mark)))
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise YamlError(
                    Problem(name, t("yaml.too_deep", limit=MAX_DEPTH), *_position(event.start_mark))
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _map_lines(
    node: yaml.Node, path: tuple[str, ...], lines: dict[tuple[str, ...], int], name: str
) -> None:
    import yaml

    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if str(key.value) in seen:  # YAML would keep the last one in silence
                raise YamlError(
                    Problem(
                        name, t("yaml.duplicate_key", key=key.value), *_position(key.start_mark)
                    )
                )
            seen.add(str(key.value))
            child = (*path, str(key.value))
            lines[child] = key.start_mark.line + 1
            _map_lines(value, child, lines, name)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _map_lines(item, (*path, str(index)), lines, name)


def _position(mark: Any) -> tuple[None, int | None, int | None]:
    """(field, line, column) for a Problem from a YAML mark, which may be missing."""
    if mark is None:
        return None, None, None
    return None, mark.line + 1, mark.column + 1


def yaml_files(folder: Path) -> list[Path]:
    """The YAML files in `folder`, by name. Not only regular files: a pipe or a device named
    like one is read (and refused without blocking), never skipped in silence."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and not p.is_dir())
