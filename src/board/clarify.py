"""Clarifying questions: what the board must know before its advice for a mode can be trusted.

Pure functions over a Situation. Each mode has one fact that decides the advice — prep needs
the user's target, walkaway needs the walk-away point and the alternative, concede needs the
move being considered. When that fact is missing the board asks (at most three short
questions, the deciding one first, then the next facts the mode leans on); when it is known
the board asks nothing and advises.
"""

from __future__ import annotations

import re

from board.codes import Mode, MoveCode
from board.models import Recommendation, Situation

MAX_CLARIFYING = 3


def _worst_deal(situation: Situation) -> str:
    if situation.wants == "more":
        return "What is the least you would accept — the point where you walk away?"
    if situation.wants == "less":
        return "What is the most you would pay — the point where you walk away?"
    return "What is your walk-away point — the worst deal you would still take?"


def _target(situation: Situation) -> str:
    if situation.wants == "more":
        return "What number are you aiming for — the most you can credibly ask?"
    if situation.wants == "less":
        return "What number are you aiming for — the best price you can credibly get?"
    return "What number are you aiming for (your target)?"


ALTERNATIVE = "If this deal falls through, what will you do instead, and what is that worth to you?"
THEIR_OFFER = "What is their latest offer, in their words?"
MARKET = "What do comparable deals go for — do you know a range?"
CONCESSION = "What move are you considering — the number you would go to, or the term you would give?"
CONCESSION_AMOUNT = "How far would you move — to what number?"


def _knows_alternative(situation: Situation) -> bool:
    """An alternative is known when stated, and also when the user said there is none."""
    return situation.alternative is not None or situation.no_alternative is not None


def _their_offer(situation: Situation) -> bool:
    return any(o.by == "them" for o in situation.offers)


def _planned_concession(situation: Situation) -> tuple[bool, bool]:
    """(a concession is planned, its amount is known)."""
    plans = [p for p in situation.plans if p.action in ("concede", "counter")]
    return bool(plans), any(p.amount is not None for p in plans)


def _deciding_missing(situation: Situation, mode: Mode) -> bool:
    if mode is Mode.WALKAWAY:
        return situation.reservation is None or not _knows_alternative(situation)
    if mode is Mode.CONCEDE:
        planned, amount = _planned_concession(situation)
        return not planned or not amount
    return situation.target is None


def clarifying_questions(situation: Situation, mode: str | Mode) -> list[str]:
    """At most three short questions, the deciding one first; none when the deciding fact is known."""
    mode = Mode(mode)
    if not _deciding_missing(situation, mode):
        return []
    wanted: list[tuple[bool, str]]
    if mode is Mode.WALKAWAY:
        wanted = [
            (situation.reservation is None, _worst_deal(situation)),
            (not _knows_alternative(situation), ALTERNATIVE),
            (not _their_offer(situation), THEIR_OFFER),
        ]
    elif mode is Mode.CONCEDE:
        planned, amount = _planned_concession(situation)
        wanted = [
            (not planned, CONCESSION),
            (planned and not amount, CONCESSION_AMOUNT),
            (situation.reservation is None, _worst_deal(situation)),
            (not _their_offer(situation), THEIR_OFFER),
        ]
    else:
        informed = situation.market_range is not None or situation.asking is not None or bool(situation.offers)
        wanted = [
            (situation.target is None, _target(situation)),
            (situation.reservation is None, _worst_deal(situation)),
            (not informed, MARKET),
            (not _knows_alternative(situation), ALTERNATIVE),
        ]
    return [question for missing, question in wanted if missing][:MAX_CLARIFYING]


TOPICS: dict[str, re.Pattern[str]] = {
    "reservation": re.compile(r"walk[- ]?away|least you would accept|most you would pay|worst deal", re.I),
    "alternative": re.compile(r"\balternative\b|instead|falls through|deal dies|batna", re.I),
    "target": re.compile(r"\btarget\b|aiming for|pleased with", re.I),
    "market": re.compile(r"comparable|market|going rate", re.I),
    "their-offer": re.compile(r"their latest offer|their offer", re.I),
}


def topic(question: str) -> str:
    """The fact a question asks for, so two wordings of one question are asked once."""
    for name, pattern in TOPICS.items():
        if pattern.search(question):
            return name
    return " ".join(question.lower().split())


def unasked(questions: list[str], asked: list[str]) -> list[str]:
    """The questions whose fact the thread has not been asked about yet: the board asks once.

    A question the user skipped, or answered in words the reader could not use, is not put to
    them again before every message; it stays in the board's ``questions`` after the advice.
    """
    done = {topic(q) for q in asked}
    return [q for q in questions if topic(q) not in done]


def merge_questions(first: list[str], rest: list[str], limit: int) -> list[str]:
    """``first`` (the clarifying questions), then ``rest``, each fact asked about once."""
    seen: dict[str, str] = {}
    for question in [*first, *rest]:
        if question and question.strip():
            seen.setdefault(topic(question), question.strip())
    return list(seen.values())[:limit]


def waiting_recommendation(questions: list[str]) -> Recommendation:
    """What the board says while it waits for answers (``--ask-first``): gather the facts first."""
    count = "one question" if len(questions) == 1 else f"{len(questions)} questions"
    return Recommendation(
        next_move=MoveCode.GATHER_INFORMATION,
        rationale=(
            f"The board is waiting for your answers to {count} before it advises: "
            "the advice for this mode turns on facts it does not have yet."
        ),
        say="Let me check a few things on my side and come back to you.",
    )
