"""The board's questions: the missing facts that would change its advice, short and concrete."""

from __future__ import annotations

from board.models import Critique
from board.rules.common import View

LIMIT = 5


def generic_questions(v: View) -> list[str]:
    """Questions any voice can ask: the decisive facts, most decisive first."""
    out = []
    if v.s.reservation is None:
        out.append("What is the worst deal you would still take — your walk-away number?")
    if v.s.alternative is None:
        out.append("If this deal dies, what will you do instead, and what is that worth?")
    if v.s.market_range is None and not v.s.offers:
        out.append("What do comparable deals go for?")
    if not v.s.counterparty_info:
        out.append("What do you know about their alternatives and their deadline?")
    return out


def board_questions(critiques: list[Critique], limit: int = LIMIT) -> list[str]:
    """The voices' questions merged in board order, without repeats, at most ``limit``."""
    seen: set[str] = set()
    out: list[str] = []
    for c in critiques:
        if c.error:
            continue
        for q in c.questions:
            key = q.strip().lower()
            if key and key not in seen:
                seen.add(key)
                out.append(q.strip())
    return out[:limit]
