"""Files that must never be half-written: atomic replace, fsync, owner-only, and a lock."""

from __future__ import annotations

import errno
import os
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from afstand.errors import StorageFailed
from afstand.i18n import t
from afstand.paths import ensure_private_dir

LOCK_TIMEOUT_SECONDS = 15.0


def atomic_write(path: Path, data: bytes | Iterable[bytes], *, own_folder: bool = True) -> None:
    """Replace `path` with `data` (bytes, or chunks of them written as they come): a crash,
    or an error while the chunks are made, leaves the old file, never a mix.

    The file is created readable by the owner only. With `own_folder` (afstand's own data)
    the folder is created owner-only too; a folder of the user's (an export) is left alone."""
    if own_folder:
        ensure_private_dir(path.parent)
    try:
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )  # mkstemp creates it 0600
    except OSError as error:
        raise storage_error(error, path) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            if isinstance(data, bytes):
                stream.write(data)
            else:
                for chunk in data:
                    stream.write(chunk)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        with suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise storage_error(error, path) from error
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX). File systems that cannot sync a folder
    (EINVAL, ENOTSUP) are passed by: the file itself was synced before the rename."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError as error:
        if error.errno in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            return
        raise storage_error(error, folder) from error


def remove_file(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as error:
        raise storage_error(error, path) from error
    sync_folder(path.parent)


def storage_error(error: OSError, path: Path) -> StorageFailed:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFailed(t("storage.disk_full", path=path), hint=t("hint.disk_full"))
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageFailed(t("storage.permission", path=path), hint=t("hint.permission"))
    return StorageFailed(t("storage.failed", path=path, reason=error.strerror or str(error)))


@contextmanager
def exclusive_lock(lock_path: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Hold an exclusive lock on `lock_path` (waiting up to `timeout`), for read-modify-write.

    The lock is held on an open file, so the system releases it when the process dies."""
    ensure_private_dir(lock_path.parent)
    try:
        descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as error:
        raise storage_error(error, lock_path) from error
    try:
        deadline = time.monotonic() + timeout
        while not _try_lock(descriptor):
            if time.monotonic() >= deadline:
                raise StorageFailed(t("storage.locked"), hint=t("hint.locked", path=lock_path))
            time.sleep(0.02)
        try:
            yield
        finally:
            _unlock(descriptor)
    finally:
        os.close(descriptor)


if os.name == "posix":
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)

else:  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]


def read_stdin(limit: int | None = None) -> bytes:
    """Everything on standard input (`-` as a file name), as bytes: at most `limit` + 1 of
    them, so that the caller can tell a file that is too large."""
    size = -1 if limit is None else limit + 1
    stream = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        return bytes(stream.read(size))
    return str(sys.stdin.read(size)).encode("utf-8")
