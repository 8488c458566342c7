"""Pay counted in weeks turned into amounts: "HR offered 8 weeks severance", "unless they do 20 weeks".

A severance, a notice payout or a redundancy package is often negotiated in weeks of pay, with no
money named at all. Then the weeks are the amounts at stake: each "N weeks" of the package becomes
an amount of N in the unit ``weeks`` (:data:`WEEKS_UNIT`, written "8 weeks" in advice), and the
gap, the concession sizes and the offer-versus-alternative arithmetic work in weeks of pay — the
same way :mod:`board.percent` lets a case stated only in percentages be weighed in points.

Only when the text names no money and talks of severance, notice pay or a payout: beside any
money amount, weeks are durations ("start in 2 weeks", "a 6-week job"), never the price. A rate
("2 weeks per year of service") is the formula behind a number, not a number put forward.
"""

from __future__ import annotations

import re

from board import patterns
from board.money import Mention

WEEKS_UNIT = "weeks"
"""The ``currency`` of amounts that are weeks of pay."""

_PACKAGE = patterns.compile(r"\b(?:severance|severence|redundancy|notice pay|pay in lieu|payout|pay-?out|separation (?:pay|package|agreement)|weeks?'? (?:of )?(?:pay|salary|wages?|base))\b", re.I)
_WEEKS = patterns.compile(r"(?<![\w.,$€£])(\d{1,3})(?:\.5)?\s?(?:-\s?)?weeks?\b(?!\s*(?:per|a|for every|for each|each|/)\s*(?:year|yr)\b)", re.I)
_NOT_PAY_AFTER = patterns.compile(r"^'?\s*(?:of\s+)?(?:notice(?! pay)|ago|later|from now|left|away|after|before|vacation|holiday|pto|leave|off|in\b|to (?:decide|think|sign|respond|answer|consider))", re.I)
_NOT_PAY_BEFORE = patterns.compile(r"\b(?:in|within|after|for the (?:last|past|next)|last|next|past|about|over)\s+(?:the\s+)?(?:next\s+|last\s+|past\s+)?$", re.I)


def with_weeks(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with weeks of pay added as amounts, when the text talks of a package in weeks and names no money."""
    if any(m.kind == "money" for m in found) or "week" not in text.lower() or not _PACKAGE.search(text):
        return found
    added = []
    for m in _WEEKS.finditer(text):
        if _NOT_PAY_AFTER.match(text[m.end():m.end() + 30]) or _NOT_PAY_BEFORE.search(text[max(0, m.start() - 25):m.start()]):
            continue  # "expires in 2 weeks", "2 weeks' notice": time, not pay
        value = float(m.group(0).lower().split("week")[0].replace("-", "").strip())
        added.append(Mention(value, m.start(), m.end(), m.group(0), "money", WEEKS_UNIT))
    if not added:
        return found
    return sorted(found + added, key=lambda x: x.start)
