"""Which mode a turn runs in when the user does not say."""

from __future__ import annotations

from board.codes import Mode
from board.models import Situation


def choose_mode(asked: str | None, previous: str | None, situation: Situation) -> str:
    """An explicit ``--mode`` wins; else what the user plans this turn; else the thread's mode; else prep."""
    if asked:
        return Mode(asked).value
    planned = {p.action for p in situation.plans}
    if "walk" in planned:
        return Mode.WALKAWAY.value
    if "concede" in planned:
        return Mode.CONCEDE.value
    return Mode(previous).value if previous else Mode.PREP.value
