"""One writer per thread: an advisory lock file beside the thread database.

Two `board` processes writing the same thread at once would interleave their checkpoints;
the second one is refused instead. The lock is ``flock`` on ``<db>.locks/<hash of thread>``:
the operating system releases it when the holder exits, even on SIGKILL, so a crashed turn
never leaves a thread locked. A lock file may be removed only by its holder (``unlink``,
as when a thread is forgotten): whoever then locks the old, removed file notices and locks
the new one. Without ``fcntl`` (Windows) the lock is a no-op.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

BUSY_EXIT_CODE = 75
"""Exit status of `board` when the thread is busy (sysexits' EX_TEMPFAIL: try again later)."""


class ThreadBusy(RuntimeError):
    """Another process holds this thread's lock."""

    def __init__(self, thread_id: str) -> None:
        self.thread_id = thread_id
        super().__init__(
            f"thread {thread_id} is busy in another board process; wait for it to finish and try again"
        )


def lock_path(db_path: Path, thread_id: str) -> Path:
    """The lock file for ``thread_id``: a digest names it, so any thread id is a safe file name."""
    digest = hashlib.sha256(thread_id.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return db_path.with_name(db_path.name + ".locks") / f"{digest}.lock"


class thread_lock:  # noqa: N801 - used like a function: ``with thread_lock(db, thread):``
    """Hold the thread's lock for a ``with`` (or ``async with``) block.

    Raises ``ThreadBusy`` at once, without waiting, when another process (or another open
    of the same file) holds it.
    """

    def __init__(self, db_path: Path, thread_id: str) -> None:
        self.path = lock_path(db_path, thread_id)
        self.thread_id = thread_id
        self._fd: int | None = None

    def __enter__(self) -> thread_lock:
        if fcntl is None:  # pragma: no cover - not POSIX
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise ThreadBusy(self.thread_id) from None
            if _same_file(fd, self.path):
                self._fd = fd
                return self
            os.close(fd)  # the file was removed (``unlink``) while we waited: lock the new one

    def unlink(self) -> None:
        """Remove the lock file while holding it (after a thread is deleted); safe for waiters."""
        if self._fd is not None:
            self.path.unlink(missing_ok=True)

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # closing the last descriptor releases the flock

    async def __aenter__(self) -> thread_lock:
        return self.__enter__()

    async def __aexit__(self, *exc: object) -> None:
        self.__exit__(*exc)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False
