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


def atomic_write(
    path: Path,
    data: bytes | Iterable[bytes],
    *,
    own_folder: bool = True,
    sync_rename: bool = True,
) -> None:
    """Replace `path` with `data` (bytes, or chunks of them written as they come): a crash,
    or an error while the chunks are made, leaves the old file, never a mix.

    The file is created readable by the owner only. With `own_folder` (afstand's own data)
    the folder is created owner-only too; a folder of the user's (an export) is left alone.
    Without `sync_rename` the folder is not synced: after a power cut the file may still be
    the old one (complete, never a mix) until the caller syncs the folder itself."""
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
    if sync_rename:
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
def exclusive_lock(lock_path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold an exclusive lock on `lock_path` (waiting up to `timeout`), for read-modify-write.

    The lock is held on an open file, so the system releases it when the process dies. When
    the work under the lock fails and this call created the lock file, the file goes again:
    a refused command leaves nothing behind."""
    ensure_private_dir(lock_path.parent)
    descriptor, created = _open_locked(lock_path, timeout)
    try:
        yield
    except BaseException:
        if created:
            with suppress(OSError):
                os.unlink(lock_path)
        raise
    finally:
        _unlock(descriptor)
        os.close(descriptor)


@contextmanager
def folder_lock(folder: Path, *, shared: bool, timeout: float | None = None) -> Iterator[None]:
    """Hold a lock on `folder` itself (shared: many holders at once, but none beside an
    exclusive holder). A folder needs no lock file, so taking the lock changes nothing on
    disk, and works in a read-only folder too. A missing folder holds nothing to protect."""
    if os.name != "posix":  # pragma: no cover - folders cannot be opened there
        yield
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except FileNotFoundError:
        yield
        return
    except OSError as error:
        raise storage_error(error, folder) from error
    try:
        locked = _lock_folder(descriptor, folder, shared, timeout)
        try:
            yield
        finally:
            if locked:
                _unlock(descriptor)
    finally:
        os.close(descriptor)


def _lock_folder(descriptor: int, folder: Path, shared: bool, timeout: float | None) -> bool:
    """Wait for the lock on an open folder; False where the file system cannot lock folders
    (some network file systems), where no other afstand can take it either."""
    deadline = time.monotonic() + (LOCK_TIMEOUT_SECONDS if timeout is None else timeout)
    try:
        while not _try_lock(descriptor, shared):
            if time.monotonic() >= deadline:
                raise StorageFailed(t("storage.busy"), hint=t("hint.busy"))
            time.sleep(0.02)
    except OSError as error:
        if error.errno in (errno.EBADF, errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL):
            return False
        raise storage_error(error, folder) from error
    return True


def _open_locked(lock_path: Path, timeout: float | None) -> tuple[int, bool]:
    """Open `lock_path` (creating it) and lock it; whether this call created the file.

    A lock file may be removed by the process holding it (see `exclusive_lock`): after taking
    the lock, the path must still name the locked file, or the lock is taken anew."""
    deadline = time.monotonic() + (LOCK_TIMEOUT_SECONDS if timeout is None else timeout)
    while True:
        created = False
        try:
            descriptor = os.open(lock_path, os.O_RDWR)
        except FileNotFoundError:
            try:
                descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
                created = True
            except FileExistsError:
                continue
            except OSError as error:
                raise storage_error(error, lock_path) from error
        except OSError as error:
            raise storage_error(error, lock_path) from error
        try:
            while not _try_lock(descriptor, shared=False):
                if time.monotonic() >= deadline:
                    raise StorageFailed(t("storage.locked"), hint=t("hint.locked", path=lock_path))
                time.sleep(0.02)
            if _still_named(descriptor, lock_path):
                return descriptor, created
            _unlock(descriptor)
        except BaseException:
            os.close(descriptor)
            raise
        os.close(descriptor)


def _still_named(descriptor: int, path: Path) -> bool:
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(descriptor)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def remove_leftover_temporaries(folder: Path) -> int:
    """Remove the temporary files that an interrupted `atomic_write` left in `folder` and the
    folders below it (`.NAME.<random>.tmp`); how many there were. They may hold entries, so
    forgetting must not leave them. Call it under the lock that the writers of `folder` take."""
    if not folder.is_dir():
        return 0
    count = 0
    for path in folder.rglob(".*.tmp"):
        if path.is_file() and not path.is_symlink():
            remove_file(path)
            count += 1
    return count


if os.name == "posix":
    import fcntl

    def _try_lock(descriptor: int, shared: bool = False) -> bool:
        try:
            fcntl.flock(descriptor, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)

else:  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(descriptor: int, shared: bool = False) -> bool:
        try:  # no shared locks here: a shared lock is an exclusive one
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
