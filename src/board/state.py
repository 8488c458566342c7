"""The board's checkpointed state: plain data only, validated into models at node boundaries."""

from __future__ import annotations

import operator
from typing import Annotated, Any, NotRequired, TypedDict


def keep_board_order(left: list[dict[str, Any]], right: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Critiques arrive from concurrent branches in any order; keep them in board order.

    Each critique carries its board position in ``order``; a later critique from the same
    advisor replaces an earlier one (a rerun of the turn).
    """
    merged = {c["advisor"]: c for c in left}
    merged.update({c["advisor"]: c for c in right})
    return sorted(merged.values(), key=lambda c: (c.get("order", 0), c["advisor"]))


class Message(TypedDict):
    text: str
    mode: str
    answers: NotRequired[bool]
    """True when the message answers the board's clarifying questions (it never pauses again)."""


class Turn(TypedDict, total=False):
    """One finished turn, kept for `board show` and `board threads`."""

    text: str
    mode: str
    engine: str
    next_move: str | None
    say: str
    at: str
    upto: int
    """How many of the thread's messages this turn had read (for `board show`)."""


class BoardState(TypedDict, total=False):
    messages: Annotated[list[Message], operator.add]
    """Every message the user sent in this thread, oldest first; a turn starts by adding one."""
    mode: str
    """The mode of the current turn."""
    situation: dict[str, Any]
    """The thread's Situation, rebuilt each turn on top of the previous one."""
    analysis: dict[str, Any]
    critiques: Annotated[list[dict[str, Any]], keep_board_order]
    """This turn's critiques in board order (reset by intake with ``Overwrite``)."""
    recommendation: dict[str, Any] | None
    questions: list[str]
    usage: Annotated[dict[str, dict[str, int]], operator.or_]
    """Token counts by voice for this turn (reset by intake)."""
    engine: str
    turns: Annotated[list[Turn], operator.add]
    asked: Annotated[list[str], operator.add]
    """Every clarifying question the board paused on in this thread (each is asked once)."""


class AdvisorTask(TypedDict):
    """What one advisor branch receives through ``Send``."""

    advisor: str
    case: dict[str, Any]
