"""Shared helpers for the offline rules: the case seen through the user's direction, and money.

Every comparison in the rules goes through ``View.gain(a, b)``: how much better ``a`` is than
``b`` *for this user* (a seller wants more, a buyer wants less). Amounts are written in the
user's currency and unit ("$85,000", "€60,000", "£40/hour") by ``View.money``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property

from board.codes import FindingCode, Mode, Severity
from board.engines.base import Case
from board.models import Analysis, Finding, Offer, Plan, Situation

CURRENCY_SYMBOLS = {
    # one table for every place that writes an amount (advice, say lines, the brief)
    "USD": "$", "$": "$", "US$": "$", "DOLLAR": "$", "DOLLARS": "$",
    "EUR": "€", "€": "€", "EURO": "€", "EUROS": "€",
    "GBP": "£", "£": "£", "POUND": "£", "POUNDS": "£",
    "JPY": "¥", "¥": "¥", "INR": "₹", "₹": "₹",
    "CAD": "C$", "AUD": "A$", "NZD": "NZ$", "CHF": "CHF ", "SEK": "SEK ", "NOK": "NOK ", "DKK": "DKK ", "ISK": "ISK ", "SGD": "S$",
}
_UNITS = {
    "hour": "/hour", "hr": "/hour", "day": "/day", "week": "/week", "month": "/month",
    "year": "/year", "yr": "/year", "annum": "/year", "night": "/night", "sq ft": "/sq ft", "unit": "/unit",
}
_MORE_ROLES = {"seller", "candidate", "landlord", "vendor", "employee", "contractor", "freelancer", "supplier", "claimant"}
_LESS_ROLES = {"buyer", "employer", "tenant", "client", "customer", "purchaser", "hirer", "defendant"}
_RECIPROCAL = re.compile(
    r"\b(if (they|he|she|you)|in (exchange|return)|provided|as long as|only if|on condition|"
    r"in trade|trade (it|for)|for a|swap|get .* back|ask for .* in return)\b",
    re.I,
)
MAIN_ISSUE_WORDS = {"price", "salary", "rate", "rent", "fee", "fees", "base", "base salary", "pay", "cost", "amount"}


def percent_text(amount: float) -> str:
    """A percentage as people write it: 9%, 6.5%, -2%."""
    text = f"{amount:.2f}".rstrip("0").rstrip(".")
    return ("0" if text == "-0" else text) + "%"


def nice_round(amount: float) -> float:
    """Round a suggested figure to what a person would say: thousands for big sums, else two
    significant figures (94,000 not 93,500; 2,700 not 2,666; 1.60 not 1.62)."""
    size = abs(amount)
    if not size:
        return 0.0
    step = 1000.0 if size >= 10_000 else 10.0 ** (math.floor(math.log10(size)) - 1)
    return float(round(round(amount / step) * step, 6))


def reciprocal(words: str) -> bool:
    """Whether a planned move is conditional on getting something back."""
    return bool(_RECIPROCAL.search(words))


def quote(words: str, limit: int = 160) -> str:
    words = " ".join(words.split())
    if len(words) > limit:
        words = words[: limit - 1].rstrip() + "…"
    return f"\u201c{words}\u201d"


@dataclass
class View:
    """A case read for the rules: direction, the numbers that matter, and money formatting."""

    case: Case
    notes: dict[str, object] = field(default_factory=dict)

    @property
    def s(self) -> Situation:
        return self.case.situation

    @property
    def a(self) -> Analysis:
        return self.case.analysis

    @property
    def mode(self) -> Mode:
        return Mode(self.case.mode)

    # -- direction -------------------------------------------------------------------------
    @cached_property
    def wants(self) -> str | None:
        """``more`` or ``less``: stated, or inferred from the role, the line, or the offers."""
        if self.s.wants:
            return self.s.wants
        role = (self.s.role or "").lower()
        if role in _MORE_ROLES:
            return "more"
        if role in _LESS_ROLES:
            return "less"
        t, r = self.amount(self.s.target), self.amount(self.s.reservation)
        if t is not None and r is not None and t != r:
            return "more" if t > r else "less"
        mine, theirs = self.mine, self.theirs
        if mine and theirs and mine[0].amount != theirs[0].amount:
            return "more" if mine[0].amount > theirs[0].amount else "less"
        # People move toward the other side: a seller's numbers fall, a buyer's rise.
        for side, falling in (("me", "more"), ("them", "less")):
            nums = [o.amount for o in self.s.offers if o.by == side]
            if len(nums) >= 2 and nums[-1] != nums[-2]:
                down = nums[-1] < nums[-2]
                return falling if down else ("less" if falling == "more" else "more")
        # What the user hopes for, or means to open with, usually sits on their side of the
        # other side's first number.
        theirs_first = theirs[0].amount if theirs else self.amount(self.s.asking)
        plan = next((p.amount for p in self.s.plans if p.action in ("open", "counter") and p.amount is not None), None)
        for mine_first in (plan, t):
            if mine_first is not None and theirs_first is not None and mine_first != theirs_first:
                return "more" if mine_first > theirs_first else "less"
        return None

    @property
    def sign(self) -> int:
        return -1 if self.wants == "less" else 1

    def gain(self, a: float | None, b: float | None) -> float | None:
        """How much better ``a`` is than ``b`` for the user (negative: worse). None if unknown."""
        if a is None or b is None or self.wants is None:
            return None
        return self.sign * (a - b)

    def at_least(self, a: float | None, b: float | None) -> bool:
        """True when ``a`` is known to be as good as ``b`` or better for the user."""
        g = self.gain(a, b)
        return g is not None and g >= 0

    def worse(self, a: float | None, b: float | None) -> bool:
        """True when ``a`` is known to be worse than ``b`` for the user."""
        g = self.gain(a, b)
        return g is not None and g < 0

    def beyond(self, base: float, share: float) -> float:
        """A figure ``share`` of ``base`` further in the user's favour."""
        if (self.s.currency or "").strip() == "%":
            return base + self.sign * (100 + base) * share  # a change from the status quo: a share of the price it leads to
        return base + self.sign * abs(base) * share

    # -- facts -----------------------------------------------------------------------------
    @staticmethod
    def amount(fact) -> float | None:
        return None if fact is None else fact.amount

    @property
    def target(self) -> float | None:
        return self.amount(self.s.target)

    @property
    def reservation(self) -> float | None:
        return self.amount(self.s.reservation)

    @property
    def alternative(self) -> float | None:
        return self.amount(self.s.alternative)

    @property
    def mine(self) -> list[Offer]:
        return [o for o in self.s.offers if o.by == "me"]

    @property
    def theirs(self) -> list[Offer]:
        return [o for o in self.s.offers if o.by == "them"]

    @property
    def on_table(self) -> float | None:
        if self.a.offer_on_table is not None:
            return self.a.offer_on_table
        return self.theirs[-1].amount if self.theirs else None

    @property
    def table_words(self) -> str:
        return self.theirs[-1].words if self.theirs else self.money(self.on_table)

    @property
    def asking_is_theirs(self) -> bool:
        """A list or asking price belongs to the other side when the user is the one paying."""
        return self.s.asking is not None and self.wants == "less"

    @property
    def their_anchor(self) -> tuple[float, str] | None:
        """The counterparty's first number (their first offer, or their asking price)."""
        if self.theirs:
            first = self.theirs[0]
            return first.amount, first.words
        if self.asking_is_theirs and self.s.asking.amount is not None:
            return self.s.asking.amount, self.s.asking.words
        return None

    def plans(self, *actions: str) -> list[Plan]:
        return [p for p in self.s.plans if p.action in actions]

    @property
    def planned_opening(self) -> Plan | None:
        """The number the user means to open or counter with, if they have not yet made one."""
        for p in self.plans("open", "counter"):
            if p.amount is not None:
                return p
        return None

    @cached_property
    def opening(self) -> tuple[float, str] | None:
        """The user's first number: made (first offer) or planned — or, for a seller, their own listing price."""
        if self.mine:
            return self.mine[0].amount, self.mine[0].words
        p = self.planned_opening
        if p:
            return p.amount, p.words
        if self.s.asking is not None and self.s.asking.amount and self.a.asking_as_opening == "me":
            return self.s.asking.amount, self.s.asking.words  # "I'm listing at $19,500": the list price is my opening
        return None

    @property
    def my_latest(self) -> float | None:
        return self.mine[-1].amount if self.mine else None

    @property
    def walk_planned(self) -> Plan | None:
        walks = self.plans("walk")
        return walks[0] if walks else None

    @property
    def other_issues(self) -> list[str]:
        return [i for i in self.s.issues if i.strip().lower() not in MAIN_ISSUE_WORDS]

    @property
    def range_edge(self) -> float | None:
        """The market range's edge in the user's favour (top for a seller, bottom for a buyer)."""
        m = self.s.market_range
        if m is None:
            return None
        return m.low if self.wants == "less" else m.high

    # -- concessions -----------------------------------------------------------------------
    def planned_level(self, plan: Plan) -> float | None:
        """The level a planned concession would put the user at (Plan.amount is a level or a step)."""
        if plan.amount is None:
            return None
        latest = self.my_latest if self.my_latest is not None else self.target
        if latest is None:
            return plan.amount
        if plan.amount < abs(latest) * 0.35 and re.search(r"\b(by|another|extra|more|further|off)\b", plan.words, re.I):
            return latest - self.sign * plan.amount
        return plan.amount

    @cached_property
    def my_steps(self) -> list[float]:
        """Each of my moves toward them (positive = toward them), from the offers made."""
        if self.a.my_concessions:
            return list(self.a.my_concessions)
        amounts = [o.amount for o in self.mine]
        return [self.sign * (a - b) for a, b in zip(amounts, amounts[1:])]

    # -- words -----------------------------------------------------------------------------
    def money(self, amount: float | None) -> str:
        if amount is None:
            return "an unknown amount"
        cur = (self.s.currency or "$").strip()
        if cur == "%":
            return percent_text(amount)  # the case is stated in percentages ("a 9% hike", "2% below")
        symbol = CURRENCY_SYMBOLS.get(cur.upper(), CURRENCY_SYMBOLS.get(cur, None))
        neg = "-" if amount < 0 else ""
        amount = abs(amount)
        digits = f"{amount:,.0f}" if float(amount).is_integer() or amount >= 1000 else f"{amount:,.2f}"
        text = f"{neg}{symbol}{digits}" if symbol else f"{neg}{digits} {cur}"
        return text + self.unit_suffix

    @property
    def unit_suffix(self) -> str:
        unit = (self.s.unit or "").lower()
        for key, suffix in _UNITS.items():
            if key in unit:
                return suffix
        return ""

    def pct(self, share: float) -> str:
        return f"{share * 100:.0f}%"

    @property
    def up_down(self) -> str:
        """The word for a move in the user's favour ("up" for a seller, "down" for a buyer)."""
        return "down" if self.wants == "less" else "up"

    @property
    def floor_word(self) -> str:
        return "ceiling" if self.wants == "less" else "floor"


def finding(code: FindingCode, severity: Severity | str, evidence: str, advice: str) -> Finding:
    return Finding(code=code, severity=Severity(severity), evidence=evidence, advice=advice)
