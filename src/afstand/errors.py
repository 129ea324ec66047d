"""The errors afstand raises below the CLI. The CLI turns each into `error:` and `hint:` lines
on stderr and the exit code of its class (documented in the README)."""

from __future__ import annotations


class AfstandError(Exception):
    """Something the user can act on. `message` and `hint` are already in the user's language."""

    exit_code = 1

    def __init__(
        self, message: str, hint: str | None = None, problems: list[str] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.problems = problems or []


class NotFound(AfstandError):
    """An entry, question set or file that the user named does not exist."""


class UsageError(AfstandError):
    """The command was called in a way that cannot work (like `reflect` without a terminal)."""

    exit_code = 2


class InvalidInput(AfstandError):
    """A question set, answers file, import file or config that does not validate."""

    exit_code = 3


class JournalUnreadable(AfstandError):
    """A journal file that is corrupt or written by a newer afstand; it is never written over."""

    exit_code = 4


class StorageFailed(AfstandError):
    """Writing failed (disk full, no permission, lock not obtained); nothing saved was lost."""

    exit_code = 5


class Cancelled(AfstandError):
    """The user stopped a command; what was saved stays saved."""

    exit_code = 130
