"""Builders for the rules tests: hand-made Situations, Cases and personas (no reader, no analyst)."""

from __future__ import annotations

from board.engines.base import Case
from board.models import Analysis, Fact, MarketRange, Offer, Plan, Situation, Tactic
from board.personas import Persona, load_board
from board.rules.common import View


def fact(amount: float | None, words: str = "") -> Fact:
    return Fact(amount=amount, words=words or f"about {amount}")


def offers(*pairs: tuple[str, float]) -> list[Offer]:
    return [Offer(by=by, amount=amount, words=f"{by} said {amount:g}") for by, amount in pairs]


def situation(**kw) -> Situation:
    """A Situation from short keywords: target=95000 becomes a Fact, market=(80000, 100000) a range…"""
    for key in ("target", "reservation", "alternative", "asking"):
        if key in kw and not isinstance(kw[key], (Fact, type(None))):
            kw[key] = fact(kw[key], f"my {key} is {kw[key]:g}")
    if "market" in kw:
        low, high = kw.pop("market")
        kw["market_range"] = MarketRange(low=low, high=high, words=f"the range is {low:g} to {high:g}")
    if "history" in kw:
        kw["offers"] = offers(*kw.pop("history"))
    if "plan" in kw:
        action, amount, words = kw.pop("plan")
        kw["plans"] = [Plan(action=action, amount=amount, words=words)]
    if "tactic" in kw:
        code, words = kw.pop("tactic")
        kw["tactics"] = [Tactic(code=code, words=words)]
    kw.setdefault("currency", "USD")
    return Situation(**kw)


def case(mode: str = "prep", analysis: Analysis | None = None, text: str = "", **kw) -> Case:
    return Case(mode=mode, text=text or "the user's words", situation=situation(**kw), analysis=analysis or Analysis())


def view(mode: str = "prep", **kw) -> View:
    return View(case(mode, **kw))


def board():
    return load_board()


def persona(name: str, codes: list[str] | None = None, lens: str = "A custom lens for the test board.") -> Persona:
    return Persona(
        name=name, display_name=name.capitalize(), lens=lens, order=5, codes=codes or [],
        prompt="You are a custom voice written for the tests of the offline rules.",
    )
