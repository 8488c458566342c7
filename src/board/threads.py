"""Threads as the user sees them: list them, show one as a conversation, forget one for good.

A thread is whatever the SQLite checkpointer holds under its id; these helpers read it back
through the compiled graph (so the state is the graph's own) and never create a database
that is not there yet.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from board.locks import thread_lock
from board.models import BoardResult
from board.paths import database_path
from board.session import open_graph, to_result, waiting_questions

TITLE_WORDS = 8


class UnknownThread(LookupError):
    """No thread with this id in the database."""

    def __init__(self, thread_id: str) -> None:
        self.thread_id = thread_id
        super().__init__(f"no thread '{thread_id}' (board threads lists them)")


@dataclass
class Thread:
    """One thread's checkpointed state, as the helpers and renderers need it."""

    id: str
    values: dict[str, Any]
    updated: str | None
    """ISO time of the latest checkpoint."""
    waiting: list[str] | None = None
    """The clarifying questions the thread is paused on, if it is."""
    messages: list[dict[str, Any]] = field(default_factory=list)
    turns: list[dict[str, Any]] = field(default_factory=list)

    @property
    def title(self) -> str:
        return title_of(self.messages[0]["text"]) if self.messages else "(empty)"

    @property
    def last_move(self) -> str:
        if self.waiting is not None:
            return "waiting for answers"
        if self.turns:
            return self.turns[-1].get("next_move") or "-"
        return "-"

    def result(self) -> BoardResult | None:
        """The thread's last board (or its pause), as the contract object; ``None`` when it has none."""
        if not self.values.get("situation"):
            return None
        try:
            return to_result(self.values, self.id, waiting=self.waiting)
        except Exception:  # every voice failed on the last turn: nothing to show
            return None


def title_of(text: str, words: int = TITLE_WORDS) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _path(db_path: Path | None) -> Path:
    return db_path or database_path()


def _thread_ids(path: Path) -> list[str]:
    if not path.exists():
        return []
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        try:
            rows = conn.execute("SELECT DISTINCT thread_id FROM checkpoints").fetchall()
        except sqlite3.OperationalError:  # an empty database: no table yet
            return []
    return [row[0] for row in rows]


async def _load(graph: Any, thread_id: str) -> Thread | None:
    snapshot = await graph.aget_state({"configurable": {"thread_id": thread_id}})
    values = snapshot.values or {}
    if not values:
        return None
    return Thread(
        id=thread_id,
        values=values,
        updated=snapshot.created_at,
        waiting=waiting_questions(snapshot),
        messages=list(values.get("messages") or []),
        turns=list(values.get("turns") or []),
    )


async def list_threads(db_path: Path | None = None) -> list[Thread]:
    """Every thread, most recently updated first."""
    path = _path(db_path)
    ids = _thread_ids(path)
    if not ids:
        return []
    threads: list[Thread] = []
    async with open_graph(path) as graph:
        for thread_id in ids:
            thread = await _load(graph, thread_id)
            if thread is not None:
                threads.append(thread)
    return sorted(threads, key=lambda t: t.updated or "", reverse=True)


async def get_thread(thread_id: str, db_path: Path | None = None) -> Thread:
    """The thread, or UnknownThread."""
    path = _path(db_path)
    if thread_id not in _thread_ids(path):
        raise UnknownThread(thread_id)
    async with open_graph(path) as graph:
        thread = await _load(graph, thread_id)
    if thread is None:
        raise UnknownThread(thread_id)
    return thread


def count_rows(thread_id: str, db_path: Path | None = None) -> int:
    """How many checkpoint and write rows the database still holds for this thread."""
    path = _path(db_path)
    if not path.exists():
        return 0
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        total = 0
        for table in ("checkpoints", "writes"):
            try:
                total += conn.execute(f"SELECT COUNT(*) FROM {table} WHERE thread_id = ?", (thread_id,)).fetchone()[0]
            except sqlite3.OperationalError:
                pass
    return total


async def forget_thread(thread_id: str, db_path: Path | None = None) -> None:
    """Delete every checkpoint and write of the thread, overwrite the freed pages, and verify.

    ``secure_delete`` zeroes the deleted content and the WAL is checkpointed and truncated, so
    the user's words do not linger in the file. Raises UnknownThread, or RuntimeError when rows
    remain.
    """
    path = _path(db_path)
    if thread_id not in _thread_ids(path):
        raise UnknownThread(thread_id)
    # no turn may write the thread while it is deleted (ThreadBusy when one is running)
    async with thread_lock(path, thread_id) as lock, open_graph(path) as graph:
        saver = graph.checkpointer
        await saver.setup()
        await saver.conn.execute("PRAGMA secure_delete = ON")
        await saver.adelete_thread(thread_id)
        await saver.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        lock.unlink()
    left = count_rows(thread_id, path)
    if left:
        raise RuntimeError(f"thread {thread_id}: {left} rows remain after deleting it")
