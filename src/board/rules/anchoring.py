"""The anchoring lens: who sets the reference point, and is the number credible?

The first credible number pulls every later one toward it. Going first pays only when the
user knows the value and the range and can justify the number; then the opening sits beyond
the target with room to trade back down. Without that knowledge a first number is a bet, and
when the other side has anchored the answer is a justified number of one's own, not a haggle
around theirs.
"""

from __future__ import annotations

import re

from board import money, patterns
from board.codes import FindingCode as F
from board.codes import MoveCode as M
from board.models import Finding
from board.rules.common import View, finding, nice_round, quote

EXTREME_BEYOND_RANGE = 0.20
"""An opening more than this share beyond the market range's favourable edge costs credibility."""
EXTREME_RATIO = 2.0
"""Without a range: an opening this many times their number (or this fraction of it) is extreme;
a lowball of theirs does not make a sound counter extreme, so the bar is high."""
TIMID_MARGIN = 0.05
"""An opening less than this share beyond the target (or walk-away point) leaves no room."""
ROOM = 0.10
"""How far beyond the target a suggested opening sits."""


def suggested_opening(v: View) -> float | None:
    """An opening beyond the target with room to trade, kept within reach of the market range,
    and never worse than what the user can already get elsewhere or would walk away at."""
    if v.wants is None:
        return None  # which side of the target is "beyond" is unknown
    opening = _opening(v)
    floors = [x for x in (v.alternative, v.reservation) if x is not None]
    if opening is not None and floors:
        floor = max(floors, key=lambda x: v.sign * x)
        if v.sign * opening < v.sign * v.beyond(floor, ROOM / 2):
            opening = nice_round(v.beyond(floor, ROOM))  # "I'd be at $12,000" with $12,400 in hand would be a step back
    return opening


def _opening(v: View) -> float | None:
    t, edge = v.target, v.range_edge
    if t is None and edge is None:
        r = v.reservation
        if r is not None:
            return nice_round(v.beyond(r, 0.2))
        own = next((p.amount for p in v.s.plans if p.amount is not None and p.action in ("open", "counter", "walk")), None)
        if own is not None:
            return own
        anchor = v.their_anchor
        return nice_round(v.beyond(anchor[0], ROOM)) if anchor is not None and v.wants else None
    options = [x for x in (v.beyond(t, ROOM) if t is not None else None, edge) if x is not None]
    best = max(options, key=lambda x: v.sign * x)
    if edge is not None:
        cap = v.beyond(edge, ROOM)
        if v.sign * best > v.sign * cap:
            best = cap
    return nice_round(best)


def opening_words(v: View, prefix: str = "about ") -> str:
    """The suggested opening in words, or what to do when there is nothing to compute it from."""
    opening = suggested_opening(v)
    if opening is not None:
        return f"{prefix}{v.money(opening)}"
    return "a number at your end of the range that you can justify" if v.s.market_range else "a number you can justify, beyond your target"


def _justification(v: View) -> str:
    m = v.s.market_range
    if m is not None:
        return f"the market range you found ({v.money(m.low)}–{v.money(m.high)}: {quote(m.words, 80)})"
    return "one concrete reason — a comparable, a quote, or the value you bring"


def _first_is_theirs(v: View) -> bool:
    """Whether the other side named the first number (a listing of the user's own counts as theirs first)."""
    own_listing = v.a.asking_as_opening == "me" if v.a.asking_as_opening else (v.s.asking is not None and v.wants == "more")
    if own_listing:
        return False
    offers = v.s.offers
    if offers:
        return offers[0].by == "them"
    return v.their_anchor is not None


def lowball(v: View) -> bool:
    """Their first number lies outside the market range on the user's bad side: an anchor, not a price."""
    anchor, m = v.their_anchor, v.s.market_range
    if anchor is None or m is None or v.wants is None:
        return False
    return v.worse(anchor[0], m.high if v.wants == "less" else m.low)


_NOT_OPENING = patterns.compile(r"\b(?:latest|revised|new|improved|updated|second|third|final|last|best|another|again|now|came back|back with|moved|raised|up to|down to)\b", re.I)


def opening_lowball(v: View) -> bool:
    """Their only number so far is an opening outside the market range: an anchor to answer before anything is
    walked from. Words that mark it as a later round ("their latest offer") make it a position, not an opening."""
    return len(v.theirs) == 1 and lowball(v) and not _NOT_OPENING.search(v.theirs[0].words)


def uninformed(v: View) -> Finding | None:
    if v.s.uninformed is None:
        return None
    sev = "high" if v.opening or v.mode == "prep" else "medium"
    bet = f" Opening at {v.money(v.opening[0])} is a bet." if v.opening else ""
    if _first_is_theirs(v):
        if v.mine:
            return None  # the user has already answered with a number: re-anchor (counter-anchor)
        if v.theirs:
            amount = v.money(v.theirs[-1].amount)
            return finding(
                F.ANCHOR_UNINFORMED, sev, quote(v.s.uninformed),
                f"Their {amount} is a real offer, but you don't know what the thing is worth — so any counter is a guess "
                f"pulled toward their number, and it may sit below the value. Before you answer, find the value "
                f"(recent sales of the same thing, a valuation, a second buyer or quote); their offer will keep a day.",
            )
        # Only their list or asking price is out: the first offer will still be the user's, and a
        # listing says what they hope for, not what it is worth.
        anchor = v.their_anchor
        theirs = f"their {v.money(anchor[0])}" if anchor is not None else "their number"
        return finding(
            F.ANCHOR_UNINFORMED, sev, quote(v.s.uninformed),
            f"You don't yet know the value, so whatever you answer {theirs} with is a guess — and their number "
            f"tells you what they want, not what it is worth. Before you name yours, get the figures that decide the "
            f"value (comparables, the accounts, other quotes) and ask how they got to {theirs}.",
        )
    return finding(
        F.ANCHOR_UNINFORMED, sev, quote(v.s.uninformed),
        f"You don't yet know the value, so naming a number first is a gamble: too modest leaves money "
        f"behind, too high costs credibility.{bet} Get two or three comparables or a market range first, "
        f"or let them go first: \u201cWhat range did you have in mind?\u201d",
    )


def extreme(v: View) -> Finding | None:
    if v.opening is None or v.wants is None:
        return None
    amount, words = v.opening
    edge = v.range_edge
    if edge:
        share = v.gain(amount, edge) / abs(edge)  # the analyst's opening_vs_market_pct, as a share
        if share <= EXTREME_BEYOND_RANGE:
            return None
        where = f"{v.pct(share)} beyond the {'bottom' if v.wants == 'less' else 'top'} of the range ({v.money(edge)})"
        credible = nice_round(v.beyond(edge, 0.05))
    else:
        anchor = v.their_anchor
        if anchor is None or not anchor[0]:
            return None
        share = v.gain(amount, anchor[0]) / abs(anchor[0])
        low, high = sorted((abs(amount), abs(anchor[0])))
        if share <= 0 or not low or high / low < EXTREME_RATIO:
            return None
        where = f"{high / low:.1f} times away from their {v.money(anchor[0])}"
        target = v.target
        credible = nice_round(v.beyond(target, ROOM) if target is not None else v.beyond(anchor[0], 0.25))
    return finding(
        F.ANCHOR_EXTREME, "high" if share > 2 * EXTREME_BEYOND_RANGE else "medium",
        f"{quote(words)} — {v.money(amount)} is {where}",
        f"A number that far out reads as uninformed and can end the conversation. Open nearer "
        f"{v.money(credible)} and justify it with {_justification(v)}.",
    )


def timid(v: View) -> Finding | None:
    if v.opening is None or v.wants is None:
        return None
    amount, words = v.opening
    checks = [(v.reservation, "walk-away point", "high"), (v.target, "target", "medium")]
    m = v.s.market_range
    if v.target is None and v.reservation is None and m is not None and m.high > m.low:
        mid = (m.low + m.high) / 2
        if v.gain(amount, mid) < 0:
            low_edge = m.high if v.wants == "less" else m.low
            sev = "high" if v.gain(amount, low_edge) <= 0 else "medium"
            return finding(
                F.ANCHOR_TIMID, sev,
                f"{quote(words)} — {v.money(amount)} sits in the weaker half of the range you found ({v.money(m.low)}–{v.money(m.high)})",
                f"An opening there leaves money on the table and nothing to trade. Open at {opening_words(v, '')}, "
                f"the {'bottom' if v.wants == 'less' else 'top'} of the range, and justify it with {_justification(v)}.",
            )
    for ref, name, sev in checks:
        if ref is None or not ref:
            continue
        margin = v.gain(amount, ref) / abs(ref)
        if margin <= TIMID_MARGIN:
            if name == "target" and margin < 0:
                sev = "high"
            room = f" Open at {opening_words(v, '')} instead"
            diff = v.gain(amount, ref)
            rel = "at" if abs(diff) < 0.005 * abs(ref) else f"{v.money(abs(diff))} {'beyond' if diff > 0 else 'short of'}"
            return finding(
                F.ANCHOR_TIMID, sev,
                f"{quote(words)} — {v.money(amount)} is {rel} your {name} of {v.money(ref)}",
                f"An opening there leaves nothing to trade: every concession comes out of what you need.{room}, "
                f"so you can trade back to {v.money(v.target or ref)} and still land where you want.",
            )
    return None


def opportunity(v: View) -> Finding | None:
    if v.s.offers or v.their_anchor or v.s.uninformed is not None or v.s.market_range is None:
        return None
    m = v.s.market_range
    target = f", beyond your target of {v.money(v.target)}" if v.target is not None else ""
    return finding(
        F.ANCHOR_OPPORTUNITY, "high" if v.mode == "prep" else "medium",
        f"No number is on the table yet, and you know the range: {quote(m.words)}",
        f"Go first and set the reference point: open at {opening_words(v, '')}{target}, and give the reason "
        f"in one sentence — {_justification(v)}.",
    )


def counter(v: View) -> Finding | None:
    anchor = v.their_anchor
    if anchor is None or not (_first_is_theirs(v) or lowball(v)) or len(v.mine) > 1:
        return None  # their number after my own listing still anchors when it is far outside the range
    if v.s.agreed and v.s.offers and v.s.offers[-1].words == v.s.agreed:
        return None  # the number is a price both sides agreed, not an anchor to re-set
    if v.s.agreed and any(abs(m.value - anchor[0]) < 0.005 * abs(anchor[0]) for m in money.amounts(re.sub(r"\s*\(yes to [^)]*\)\s*$", "", v.s.agreed))):
        return None  # "we agreed twelve hundred … still twelve hundred yeah?": the agreed price said again, not an anchor
    amount, words = anchor
    sev = "medium"
    line = v.reservation if v.reservation is not None else v.target
    if line is not None and v.gain(amount, line) is not None and v.gain(amount, line) < 0:
        sev = "high"
    answered = f" Your {v.money(v.mine[0].amount)} answered it." if v.mine else ""
    number = f"your own justified figure, {opening_words(v)}" if suggested_opening(v) is not None else "your own justified figure"
    return finding(
        F.COUNTER_ANCHOR, sev, f"They named the first number: {quote(words)}",
        f"Their {v.money(amount)} is now the reference point.{answered} Don't bargain in small steps around "
        f"it — re-anchor with {number}, and explain it with {_justification(v)}.",
    )


RULES = {
    F.ANCHOR_UNINFORMED: uninformed,
    F.ANCHOR_EXTREME: extreme,
    F.ANCHOR_TIMID: timid,
    F.ANCHOR_OPPORTUNITY: opportunity,
    F.COUNTER_ANCHOR: counter,
}


def move(v: View, codes: set[str]) -> M:
    if F.ANCHOR_UNINFORMED in codes and not v.mine:
        return M.GATHER_INFORMATION  # a first offer under their listing is still a number the user can't justify yet
    if F.COUNTER_ANCHOR in codes:
        return M.COUNTER_OFFER
    if F.ANCHOR_UNINFORMED in codes:
        return M.GATHER_INFORMATION
    numbers = bool(v.s.offers) or v.their_anchor is not None
    if codes & {F.ANCHOR_OPPORTUNITY, F.ANCHOR_EXTREME, F.ANCHOR_TIMID}:
        return M.COUNTER_OFFER if numbers else M.ANCHOR_FIRST
    if not numbers:
        return M.ANCHOR_FIRST if v.s.market_range is not None else M.GATHER_INFORMATION
    table = v.on_table
    if v.at_least(table, v.target):
        return M.ACCEPT
    return M.COUNTER_OFFER


def summary(v: View, codes: set[str]) -> str:
    anchor = v.their_anchor
    if F.COUNTER_ANCHOR in codes and anchor:
        return f"They anchored at {v.money(anchor[0])}; answer with your own justified number ({opening_words(v)}), not a small step from theirs."
    if F.ANCHOR_UNINFORMED in codes:
        return "You don't know the value yet, so don't name a number first: get comparables or let them open."
    if F.ANCHOR_EXTREME in codes:
        return f"Your opening of {v.money(v.opening[0])} is too far out to be credible; {opening_words(v)} can be defended."
    if F.ANCHOR_TIMID in codes:
        return f"Your opening of {v.money(v.opening[0])} leaves no room to trade; open at {opening_words(v)}."
    if F.ANCHOR_OPPORTUNITY in codes:
        return f"Nothing is on the table and you know the range: open first at {opening_words(v)} with a one-line reason."
    if anchor is None and not v.s.offers:
        return "No number is on the table and you have no market range yet: find the range before anyone anchors."
    if v.on_table is None:
        return f"Your {v.money(v.my_latest)} is the reference point; make them answer it with a number before you move."
    return f"The reference point is set; the number on the table is {v.money(v.on_table)}."


def questions(v: View) -> list[str]:
    out = []
    if v.s.market_range is None:
        out.append("What do comparable deals go for — do you have a market range or two or three comparables?")
    if v.target is None:
        out.append("What number would you be genuinely pleased with (your target)?")
    if not v.s.offers and v.their_anchor is None:
        out.append("Has the other side named a number or a budget yet?")
    elif v.opening is not None:
        out.append(f"What one-sentence reason can you give for {v.money(v.opening[0])}?")
    return out
