"""Where the board keeps its threads: one SQLite file in the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path


def database_path() -> Path:
    """``$BOARD_DB``, else ``$XDG_DATA_HOME/board/board.sqlite`` (``~/.local/share`` by default)."""
    explicit = os.environ.get("BOARD_DB")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "board" / "board.sqlite"


class DatabaseUnavailable(ValueError):
    """The thread database cannot be used where ``BOARD_DB`` (or the default) puts it."""


def check_database(path: Path) -> Path:
    """Fail early, in one line, when the database path is a folder or its folder cannot be made or written."""
    if path.is_dir():
        raise DatabaseUnavailable(f"the thread database {path} is a folder; point BOARD_DB at a file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnavailable(f"cannot create the folder for the thread database {path}: {exc.strerror or exc}") from None
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise DatabaseUnavailable(f"cannot write the thread database {path}; point BOARD_DB at a writable file")
    return path
