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
