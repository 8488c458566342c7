"""The skeptic's lens: what is assumed, what is missing, and what are they doing to you?

Much of what a user "knows" about the other side is assumption: name it and the test that
would tell. The other side's alternatives, constraints and deadline are usually unknown and
matter. Deadlines push people into bad deals; ongoing relationships raise the cost of hard
tactics. Each common tactic has a calm counter.
"""

from __future__ import annotations

import re

from board.codes import FindingCode as F
from board.codes import MoveCode as M
from board.models import Finding
from board.rules.common import View, finding, quote
from board.rules.concession import ask_back

_URGENT = re.compile(
    r"\b(today|tonight|tomorrow|hours?|now or never|expire[sd]?|end of (the )?(day|week)|eod|"
    r"this (week|afternoon|evening)|by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon)|"
    r"only|deadline|asap|immediately|right now|within)\b",
    re.I,
)

COUNTERS = {
    F.TACTIC_TAKE_IT_OR_LEAVE_IT: (
        "Test it rather than believe it. Ask what makes it final, and float a conditional idea: "
        "\u201cWhat would have to be true for you to move on this? If you can {give}, I can look again.\u201d"
    ),
    F.TACTIC_WALKAWAY_THREAT: (
        "Check whether their alternative is real before reacting. Ask calmly: \u201cWhat would you do instead?\u201d "
        "— and don't concede just to keep them at the table."
    ),
    F.TACTIC_HIGHER_AUTHORITY: (
        "Ask to speak with the person who decides, or make it conditional both ways: \u201cThen let's agree it "
        "subject to approval — and I'll need the same right on my side.\u201d"
    ),
    F.TACTIC_NIBBLE: (
        "A deal was agreed; this extra ask is a nibble. Decline it, or ask for something back: "
        "\u201cI can do that if you can {give}.\u201d"
    ),
    F.TACTIC_GOOD_COP_BAD_COP: (
        "Two people, one side. Name it lightly and deal with the substance: \u201cI hear you both; let's look "
        "at what the numbers need to be for this to work.\u201d"
    ),
}


def _give(v: View) -> str:
    return ask_back(v)


def missing_info(v: View) -> Finding | None:
    if v.s.counterparty_info:
        return None
    tactics = {t.code for t in v.s.tactics}
    pressing = tactics & {F.TACTIC_TAKE_IT_OR_LEAVE_IT, F.TACTIC_WALKAWAY_THREAT} or v.mode == "walkaway" or v.walk_planned
    return finding(
        F.MISSING_COUNTERPARTY_INFO, "high" if pressing else "medium",
        "Nothing you wrote says what they will do without this deal, what constrains them, or when they must decide.",
        "Their alternatives and deadline matter as much as yours. Ask: \u201cWhat happens on your side if we "
        "don't agree? What timeline are you working to?\u201d — and check what you can (their other options, "
        "how long they've been looking).",
    )


def assumption(v: View) -> Finding | None:
    if not v.s.assumptions:
        return None
    first = v.s.assumptions[0]
    more = f" (and {len(v.s.assumptions) - 1} more)" if len(v.s.assumptions) > 1 else ""
    sev = "high" if v.mode == "walkaway" or v.walk_planned or len(v.s.assumptions) > 1 else "medium"
    return finding(
        F.ASSUMPTION_UNTESTED, sev, f"{quote(first)}{more}",
        "That is a belief about them, not a fact. Test it before you build on it: ask them directly, or check "
        "it against something you can see (their postings, their other options, their timing).",
    )


def deadline(v: View) -> Finding | None:
    words = v.s.deadline
    if not words:
        return None
    urgent = bool(_URGENT.search(words))
    return finding(
        F.DEADLINE_PRESSURE, "high" if urgent else "medium", quote(words),
        "Ask whose deadline it is and what really happens after it. A real deal survives a night's sleep: "
        "\u201cI'll give you an answer by tomorrow morning.\u201d Don't let the clock decide the number.",
    )


def relationship(v: View) -> Finding | None:
    words = v.s.relationship
    if not words:
        return None
    walking = v.mode == "walkaway" or v.walk_planned is not None
    return finding(
        F.RELATIONSHIP_AT_STAKE, "high" if walking else "medium", quote(words),
        "You'll deal with them again, so hard tactics and a dramatic exit cost more here. Be firm on the "
        "substance and warm in tone: \u201cI value working with you; the numbers just need to work for both of us.\u201d",
    )


def _tactic(code: F):
    def rule(v: View) -> Finding | None:
        found = [t for t in v.s.tactics if t.code == code]
        if not found:
            return None
        if code == F.TACTIC_NIBBLE and v.s.agreed is None:
            return None  # an extra ask before any agreement is another issue to trade, not a nibble
        sev = "medium" if code == F.TACTIC_GOOD_COP_BAD_COP else "high"
        return finding(code, sev, quote(found[0].words), COUNTERS[code].format(give=_give(v)))

    rule.__name__ = code.value.replace("-", "_")
    return rule


RULES = {
    F.MISSING_COUNTERPARTY_INFO: missing_info,
    F.ASSUMPTION_UNTESTED: assumption,
    F.DEADLINE_PRESSURE: deadline,
    F.RELATIONSHIP_AT_STAKE: relationship,
    **{code: _tactic(code) for code in COUNTERS},
}


def move(v: View, codes: set[str]) -> M:
    if F.TACTIC_NIBBLE in codes:
        return M.TRADE_CONCESSION
    if codes & {F.TACTIC_HIGHER_AUTHORITY, F.ASSUMPTION_UNTESTED}:
        return M.GATHER_INFORMATION
    if codes & {F.TACTIC_TAKE_IT_OR_LEAVE_IT, F.TACTIC_WALKAWAY_THREAT, F.TACTIC_GOOD_COP_BAD_COP, F.DEADLINE_PRESSURE}:
        return M.HOLD_FIRM
    if F.MISSING_COUNTERPARTY_INFO in codes:
        return M.GATHER_INFORMATION
    if v.at_least(v.on_table, v.target):
        return M.ACCEPT
    return M.COUNTER_OFFER if v.on_table is not None else M.ANCHOR_FIRST


def summary(v: View, codes: set[str]) -> str:
    tactics = [c for c in codes if c.startswith("tactic-")]
    if tactics:
        return f"They are using pressure ({', '.join(sorted(tactics))}); test it calmly before you move."
    if F.ASSUMPTION_UNTESTED in codes:
        return f"You are building on an assumption ({quote(v.s.assumptions[0], 80)}); test it before relying on it."
    if F.DEADLINE_PRESSURE in codes:
        return f"A deadline ({quote(v.s.deadline, 60)}) is pushing you; find out whose it is before it decides for you."
    if F.MISSING_COUNTERPARTY_INFO in codes:
        return "You know little about their alternatives, constraints or timing; find out before committing."
    return "What you know about the other side is sourced; no pressure tactic shows in what you wrote."


def questions(v: View) -> list[str]:
    out = []
    if not v.s.counterparty_info:
        out.append("What are their alternatives if this deal fails — and what deadline are they working to?")
    if v.s.assumptions:
        out.append(f"How do you know {quote(v.s.assumptions[0], 80)}? What would show it is wrong?")
    if v.s.deadline:
        out.append("Whose deadline is it, and what actually happens if it passes?")
    return out
