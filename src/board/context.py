"""Run-time context for the graph: the engine and the board of personas (never checkpointed)."""

from __future__ import annotations

from dataclasses import dataclass

from board.engines.base import Engine
from board.personas import Board


@dataclass(frozen=True, kw_only=True)
class Context:
    engine: Engine
    """The engine that voices every advisor and the moderator."""
    board: Board
    """The personas sitting on this board, advisors in board order."""
    ask_first: bool = False
    """Pause on clarifying questions before advising (``--ask-first``)."""
