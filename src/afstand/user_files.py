"""Files and data that come from elsewhere: answers files, import files, question sets and the
config. They are read only when they are what they claim to be (a regular file, not a device,
a FIFO or a folder), never beyond a sane size, and the data in them is checked for what the
parsers let through but nothing downstream can handle: nesting without end, numbers of
thousands of digits, and text that is not text (lone surrogates, which UTF-8 cannot hold)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from afstand.errors import InvalidInput, UsageError
from afstand.i18n import t

MAX_DEPTH = 64  # far more than any file afstand reads needs


class FileRefused(InvalidInput):
    """The file is not a regular file of a sane size; the message says which."""


class FileTooLarge(FileRefused):
    """The file is larger than what afstand reads."""


class DataRefused(InvalidInput):
    """The data cannot be taken in (too deep, a number too long); the message says why."""


def named_path(source: str) -> Path:
    """The file that the user named. An empty name is refused: as a Path it would be the
    current folder, and the error would speak of a folder `.` that the user never named."""
    if not source:
        raise UsageError(t("file.none_named"), hint=t("hint.regular_file"))
    return Path(source)


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of `path`, when it is a regular file of at most `limit` bytes.

    Opened without blocking, so that a FIFO is refused instead of waited on; the size is
    checked before reading, so that a sparse file of gigabytes costs nothing. OSError (such as
    FileNotFoundError) is left to the caller, which knows what the file was for."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(t("file.not_regular", path=path), hint=t("hint.regular_file"))
        if info.st_size > limit:
            raise FileTooLarge(t("file.too_large", path=path, limit=size_in_words(limit)))
        chunks: list[bytes] = []
        total = 0
        while total <= limit:  # a file may grow while it is read
            chunk = os.read(descriptor, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise FileTooLarge(t("file.too_large", path=path, limit=size_in_words(limit)))
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def size_in_words(limit: int) -> str:
    if limit >= 1_000_000:
        return f"{limit // 1_000_000} MB"
    return f"{limit // 1000} kB"


def parse_json(text: str) -> Any:
    """`json.loads`, with nesting and number length turned into DataRefused, and a key written
    twice in one object refused as in YAML (json would keep the last in silence). A syntax
    error stays a json.JSONDecodeError, with its line and column."""
    try:
        return json.loads(text, object_pairs_hook=_object)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise DataRefused(t("data.too_deep", limit=MAX_DEPTH)) from None
    except ValueError:  # the digits of an integer beyond Python's conversion limit
        raise DataRefused(t("data.number_too_long")) from None


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) < len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DataRefused(t("yaml.duplicate_key", key=key))
            seen.add(key)
    return found


def data_problems(data: Any, max_depth: int = MAX_DEPTH) -> list[str]:
    """`field: problem` for each place in parsed data that cannot be taken in: nesting deeper
    than `max_depth`, and text that UTF-8 cannot hold. Walks without recursion."""
    problems: list[str] = []
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    while stack:
        value, where, depth = stack.pop()
        if isinstance(value, str):
            if not is_text(value):
                problems.append(f"{where or '.'}: {t('data.not_text')}")
            continue
        if not isinstance(value, dict | list):
            continue
        if depth >= max_depth:
            problems.append(f"{where or '.'}: {t('data.too_deep', limit=max_depth)}")
            continue
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, child in items:
            name = str(key) if is_text(str(key)) else str(key).encode("utf-8", "replace").decode()
            if isinstance(key, str) and not is_text(key):
                problems.append(f"{where + '.' if where else ''}{name}: {t('data.not_text')}")
            stack.append((child, f"{where}.{name}" if where else name, depth + 1))
    return sorted(problems)


def is_text(value: str) -> bool:
    """Whether `value` can be written as UTF-8 (no lone surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
