"""Valuation multiples turned into a market range: "similar shops sold at 2.6x–3.1x SDE".

Businesses, and often software, are priced as a multiple of a figure about them (seller's
discretionary earnings, EBITDA, ARR, revenue, profit). People quote the comparables that way
and state the figure elsewhere ("SDE last 3 years: €131k, €138k, €142k"). The money reader
rightly keeps both out of the offers, yet together they are exactly the credible range the
anchoring advisor needs: 2.6 × €142k to 3.1 × €142k. This module does that multiplication,
and only that: a multiple with no stated figure of the same kind gives nothing.

The base is the last figure of the multiple's kind in the text (people list years oldest
first); MRR counts as ARR once multiplied by twelve, and ARR and revenue stand in for each
other, since a subscription business's revenue is its recurring revenue.
"""

from __future__ import annotations

import re

from board import patterns
from board.models import MarketRange
from board.money import Mention

_METRIC = (r"(?P<metric>seller'?s'? discretionary earnings|discretionary earnings|sde|ebitda|ebit|arr|annual recurring revenue|"
           r"mrr|monthly recurring revenue|revenues?|sales|turnover|takings|net profits?|net income|profits?|earnings|cash ?flow)")

_MULTIPLE = patterns.compile(
    r"(?<![\d.,$€£])(?P<n>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:x|×|times)\s+(?:(?:the|its|our|my|their|his|her|annual|yearly|trailing|ttm|of|on|last year'?s|"
    r"current|adjusted|normali[sz]ed|forward|run-?rate)\s+){0,3}" + _METRIC + r"\b", re.I)
"""The last multiple of a list, with the figure it multiplies ("3.1x SDE", "4 times EBITDA")."""

_EARLIER = patterns.compile(r"(?<![\d.,$€£])(?P<n>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:x|×)?\s*(?:,\s*(?:and|or)\s+|,\s*|\s+and\s+|\s+or\s+|\s*to\s+|\s*[-–—]\s*)$", re.I)
"""One earlier multiple of the list, read backwards from the last ("2.6x, 2.8x and 3.1x", "3.5-4.5x")."""

_FIGURE_AFTER = patterns.compile(r"^\s*(?:(?:a|per) year\s+|/\s*(?:yr|year)\s+)?(?:in\s+)?(?:annual\s+|yearly\s+)?" + _METRIC + r"\b", re.I)
_FIGURE_BEFORE_ALL = patterns.compile(r"\b" + _METRIC + r"\b", re.I)
_BREAK = patterns.compile(r"[.;!?](?=\s)|\n")
"""A sentence or line ends between a figure's name and an amount: the name is not the amount's."""

_FAMILY = {
    "sde": "sde", "discretionary earnings": "sde", "sellers discretionary earnings": "sde",
    "ebitda": "ebitda", "ebit": "ebit",
    "arr": "arr", "annual recurring revenue": "arr", "mrr": "mrr", "monthly recurring revenue": "mrr",
    "revenue": "revenue", "revenues": "revenue", "sales": "revenue", "turnover": "revenue", "takings": "revenue",
    "net profit": "profit", "net profits": "profit", "net income": "profit", "profit": "profit", "profits": "profit",
    "earnings": "profit", "cash flow": "profit", "cashflow": "profit",
}
_STANDS_IN = {"revenue": ("arr",), "arr": ("revenue",)}
"""A subscription business's revenue is its recurring revenue, and the other way round."""


def _factor(n: str) -> float:
    return float(n.replace(",", "."))  # "2,6x" is 2.6 times


def _family(word: str) -> str:
    key = re.sub(r"\s+", " ", re.sub(r"['\u2019]", "", word.lower()))  # "seller's", "sellers'" and "sellers" are one name
    return _FAMILY.get(key, key)


def _figures(text: str, mentions: list[Mention]) -> dict[str, float]:
    """The last stated figure of each kind, from "$456k ARR" or "SDE last 3 years: €131k, €138k"."""
    found: dict[str, float] = {}
    named: set[int] = set()  # where a metric word already names the amount before it ("$38k MRR, ~$456k ARR")
    money = [m for m in mentions if m.kind == "money" and not m.is_range and m.value]
    after = {id(m): _FIGURE_AFTER.match(text[m.end:m.end + 60]) for m in money}
    for m in money:
        if after[id(m)]:
            named.add(m.end + after[id(m)].start("metric"))
    for m in money:
        hit, kind = after[id(m)], None
        if hit:
            kind = hit.group("metric")
        else:
            window_start = max(0, m.start - 70)
            before = [b for b in _FIGURE_BEFORE_ALL.finditer(text, window_start, m.start)
                      if b.start() not in named and not _BREAK.search(text, b.end(), m.start)]
            kind = before[-1].group("metric") if before else None
        if kind:
            found[_family(kind)] = m.value
    if "arr" not in found and "mrr" in found:
        found["arr"] = found["mrr"] * 12
    return found


def market_from_multiples(text: str, mentions: list[Mention]) -> MarketRange | None:
    """The range the quoted multiples put on the business, or None without a figure to multiply."""
    figures: dict[str, float] | None = None
    for hit in _MULTIPLE.finditer(text):
        factors = [_factor(hit.group("n"))]
        head = hit.start()
        while (earlier := _EARLIER.search(text[max(0, head - 16):head])) is not None:
            factors.append(_factor(earlier.group("n")))
            head -= len(earlier.group(0))
        if not all(0.1 <= f <= 50 for f in factors):
            continue
        figures = _figures(text, mentions) if figures is None else figures
        kind = _family(hit.group("metric"))
        base = figures.get(kind) or next((figures[k] for k in _STANDS_IN.get(kind, ()) if k in figures), None)
        if base is None:
            continue
        start = max((b.end() for b in _BREAK.finditer(text, 0, head)), default=0)
        words = text[start:hit.end()].strip(" -•*\t")
        return MarketRange(low=round(min(factors) * base), high=round(max(factors) * base), words=words)
    return None
