"""The concession lens: trade, don't cave — the size and rhythm of every move.

Someone must move for a deal to happen, but every move buys one back. Shrinking steps say
"near my limit", growing steps say "there is more"; a large first step gives away most of the
gap at once. Never concede past the walk-away point. Other issues on the table are currency:
give what is cheap for the user and valuable for them. A deadlock needs a conditional move.
"""

from __future__ import annotations

import math

import re

from board.codes import FindingCode as F
from board.codes import MoveCode as M
from board.models import Finding, Plan
from board.rules.common import View, finding, nice_round, quote, reciprocal

LARGE_FIRST_SHARE = 0.40
"""A first move giving up this share of the gap (or half the room to the line) is large."""


_PCT_OFF = re.compile(r"(\d+(?:[.,]\d+)?)\s?(?:%|percent|per cent) (?:off|discount|cut|lower|less|below)", re.I)


def own_listing(v: View) -> float | None:
    """The user's own list or asking price, when it is theirs to move from (they are the one paid)."""
    a = v.s.asking
    return a.amount if a is not None and a.amount is not None and v.wants == "more" else None


def _standing_number(v: View) -> float | None:
    """Where the user stands before the planned move: their latest number, else their own listing."""
    return v.my_latest if v.my_latest is not None else own_listing(v)


def planned(v: View) -> Plan | None:
    """The concession the user is weighing: a plan to concede, or a counter (or, after their own
    listing, an "opening" reply) that moves toward them."""
    plans = v.plans("concede")
    if plans:
        return plans[0]
    now = _standing_number(v)
    actions = ("counter", "open") if v.my_latest is None and now is not None else ("counter",)
    for p in [p for p in v.s.plans if p.action in actions]:
        if now is not None and (v.gain(now, v.planned_level(p)) or 0) > 0:
            return p
    return None


def standing(v: View) -> float | None:
    """Where the user's planned move starts: their latest number, their own listing, the base a
    planned "20% off" is taken from, else their target."""
    now = _standing_number(v)
    if now is not None:
        return now
    plan = v.plans("concede")[0] if v.plans("concede") else None
    m = _PCT_OFF.search(plan.words) if plan is not None and v.wants == "more" else None
    level = v.planned_level(plan) if m else None
    pct = float(m.group(1).replace(",", ".")) if m else 0
    if level and 0 < pct < 100:
        return round(level / (1 - pct / 100), 2)
    return v.target


def planned_step(v: View) -> tuple[float, float] | None:
    """(level, step) of the planned concession, when both can be computed."""
    plan = planned(v)
    if plan is None:
        return None
    level = v.planned_level(plan)
    start = standing(v)
    step = v.gain(start, level)
    if level is None or step is None or step <= 0:
        return None
    return level, step


def steps(v: View) -> list[float]:
    """My moves toward them, made and planned, in order — a planned yes to their number, after a run of moves of
    my own, is the last step too ("8,000, then 7,500, and now I'll just say yes to their 6,500")."""
    made = [s for s in v.my_steps if s > 0]
    plan = planned_step(v) or (_yes_step(v) if len(made) >= 2 and not closing_after_their_move(v) else None)
    return made + [plan[1]] if plan else made


def ask_back(v: View, speaker: bool = True) -> str:
    """What to ask for in return: the first other issue, or a move of theirs."""
    issues = v.other_issues
    if not issues:
        return "meet me partway" if speaker else "meet you partway"
    issue = issues[0]
    return f"move on {issue}" if issue.lower().startswith(("the ", "a ", "your ", "my ")) else f"move on the {issue}"


def next_step(v: View) -> tuple[float, float] | None:
    """A next concession smaller than the last one made: (size, level it takes the user to).

    After moves, half the smallest so far (so the steps shrink); before any, a fifth of the gap."""
    made = [s for s in v.my_steps if s > 0]
    start = standing(v)
    if start is None or v.wants is None:
        return None
    if made:
        size = nice_round(min(made) / 2)
    else:
        gap = abs(start - v.on_table) if v.on_table is not None else None
        size = nice_round(gap * 0.2) if gap else None
    if not size:
        return None
    unit = 10.0 ** math.floor(math.log10(size))  # the level said as plainly as the step: 76,000, not 76,020
    level = round((start - v.sign * size) / unit) * unit
    return abs(start - level), float(round(level, 6))


def _conditional(v: View) -> str:
    """The "if you…, then I…" sentence, with the user's numbers wherever they are known: the step's level, else
    the number the move starts from, else theirs — never the user's walk-away point, which is not said aloud."""
    nxt = next_step(v)
    start = standing(v)
    if nxt:
        to = f"I can come to {v.money(nxt[1])}"
    elif start is not None:
        to = f"I can move from {v.money(start)}"
    elif v.on_table is not None:
        to = f"I can look again at your {v.money(v.on_table)}"
    else:
        to = "I can move"
    return f"\u201cIf you can {ask_back(v)}, {to}.\u201d"


def _answers_their_move(v: View) -> bool:
    """Whether they moved toward me after my last number and my planned step is no bigger than about theirs:
    the trading rhythm of a converging negotiation, not a one-sided retreat."""
    offers = v.s.offers
    last_me = max((i for i, o in enumerate(offers) if o.by == "me"), default=None)
    theirs = [o.amount for o in offers if o.by == "them"]
    if last_me is None or offers[-1].by != "them" or len(theirs) < 2:
        return False
    before = [o.amount for o in offers[:last_me] if o.by == "them"]
    theirs_step = v.gain(offers[-1].amount, before[-1]) if before else None
    mine = planned_step(v)
    return bool(theirs_step and theirs_step > 0 and mine is not None and mine[1] <= 1.5 * theirs_step)


def closing_after_their_move(v: View) -> bool:
    """Whether a yes to their number closes the gap after they moved toward me since my last number (from their
    earlier offer, or from their own asking price) by at least about as much as the yes gives: a converging
    close ("we offered 262 on the 275 listing; they'll accept 266.5"), not a one-sided retreat."""
    offers = v.s.offers
    last_me = max((i for i, o in enumerate(offers) if o.by == "me"), default=None)
    if last_me is None or offers[-1].by != "them":
        return False
    before = [o.amount for o in offers[:last_me] if o.by == "them"]
    listed = v.s.asking.amount if v.s.asking is not None and v.wants == "less" else None
    prev = before[-1] if before else listed
    theirs_step = v.gain(offers[-1].amount, prev)
    mine = v.gain(offers[last_me].amount, offers[-1].amount)
    return bool(theirs_step and theirs_step > 0 and mine is not None and 0 <= mine <= 1.5 * theirs_step)


def _first_answer(v: View, plan: Plan) -> bool:
    """Whether the plan is my first counter off my own listing, answering their first number with a modest step:
    they named a number, I answer it — the opening exchange, not a one-sided retreat (a large step still is)."""
    if v.my_latest is not None or v.on_table is None or plan.action != "counter" or len([o for o in v.s.offers if o.by == "them"]) != 1:
        return False
    step, start = planned_step(v), standing(v)
    gap = abs(start - v.on_table) if start is not None else 0
    return bool(step and gap and step[1] / gap < LARGE_FIRST_SHARE)


def unilateral(v: View) -> Finding | None:
    plan = planned(v)
    nibbled = v.s.agreed is not None and any(t.code == F.TACTIC_NIBBLE for t in v.s.tactics)
    caving = v.on_table is not None and v.my_latest is not None and v.worse(v.on_table, v.my_latest) and not v.at_least(v.on_table, v.target)
    giving_in = [p for p in v.plans("accept") if nibbled or caving  # "I asked 70k, I'll just agree to their cap": my number dropped for theirs
                 or (v.mode == "concede" and not v.at_least(v.on_table, v.target))]
    if not nibbled and closing_after_their_move(v):
        giving_in = []  # they came most of the way since my last number: saying yes is the close, not caving
    if plan is not None and not reciprocal(plan.words) and not _answers_their_move(v) and not _first_answer(v, plan):
        evidence = f"You plan to give ground with nothing asked in return: {quote(plan.words)}"
        sev = "high"
    elif giving_in and not reciprocal(giving_in[0].words):
        evidence = f"You mean to say yes to what they asked, with nothing asked in return: {quote(giving_in[0].words)}"
        sev = "high"
    else:
        moved_alone = []
        last_them: float | None = None
        mine_prev: float | None = None
        them_at_prev: float | None = None
        for o in v.s.offers:
            if o.by == "them":
                last_them = o.amount
                continue
            if mine_prev is not None and (v.gain(mine_prev, o.amount) or 0) > 0 and last_them == them_at_prev:
                moved_alone.append(o)
            mine_prev, them_at_prev = o.amount, last_them
        if not moved_alone:
            return None
        o = moved_alone[-1]
        evidence = f"You moved to {v.money(o.amount)} ({quote(o.words, 80)}) while they had not moved."
        sev = "high" if len(moved_alone) > 1 else "medium"
    return finding(
        F.CONCESSION_UNILATERAL, sev, evidence,
        f"A one-sided move teaches them that pressure works. Attach a condition to every step: {_conditional(v)}",
    )


def increasing(v: View) -> Finding | None:
    made = steps(v)
    grew = [(a, b) for a, b in zip(made, made[1:]) if b > a * 1.1]
    if not grew:
        return None
    a, b = grew[-1]
    shown = ", then ".join(v.money(s) for s in made)
    nxt = next_step(v)
    cap = nxt[0] if nxt else nice_round(min(made) / 2)
    planned_growth = planned_step(v) is not None and made[-1] == b
    return finding(
        F.CONCESSION_INCREASING, "high" if planned_growth else "medium",
        f"Your steps: {shown} — a step of {v.money(b)} after one of {v.money(a)}.",
        f"Growing steps tell them there is more room. Make the next one smaller than any so far — no more than "
        f"about {v.money(cap)} — and only in exchange: {_conditional(v)}",
    )


def first_move(v: View) -> tuple[float, float | None, float | None] | None:
    """(size, gap before it, my level before it) of my first concession, made or planned — a planned yes to their
    number counts when it is my first move."""
    last_them: float | None = None
    prev: tuple[float, float | None] | None = None
    for o in v.s.offers:
        if o.by == "them":
            last_them = o.amount
            continue
        if prev is not None:
            step = v.gain(prev[0], o.amount)
            if step is not None and step > 0:
                gap = abs(prev[0] - last_them) if last_them is not None else None
                return step, gap, prev[0]
        prev = (o.amount, last_them)
    plan = planned_step(v) or (None if closing_after_their_move(v) else _yes_step(v))
    if plan is None:
        return None
    start = standing(v)
    gap = abs(start - v.on_table) if start is not None and v.on_table is not None else None
    return plan[1], gap, start


def _yes_step(v: View) -> tuple[float, float] | None:
    """(level, step) of a planned yes to their number ("I'll just give him the $165") before any move of mine:
    saying yes from my own number is a first move, and it gives up the whole gap."""
    start = _standing_number(v)
    for p in v.plans("accept"):
        level = p.amount if p.amount is not None else v.on_table
        step = v.gain(start, level) if start is not None and level is not None else None
        if step is not None and step > 0:
            return level, step
    return None


def large_first(v: View) -> Finding | None:
    first = first_move(v)
    if first is None:
        return None
    size, gap, start = first
    share = v.a.my_concession_shares[0] if v.a.my_concession_shares and len(v.mine) > 1 else (size / gap if gap else None)
    room = abs(start - v.reservation) if start is not None and v.reservation is not None else None
    room_share = size / room if room else None
    if not ((share or 0) >= LARGE_FIRST_SHARE or (room_share or 0) >= 0.5):
        return None
    what = f"{v.pct(share)} of the {v.money(gap)} gap" if share and gap else f"{v.pct(room_share)} of your room to your line"
    return finding(
        F.CONCESSION_LARGE_FIRST, "high" if max(share or 0, room_share or 0) >= 0.6 else "medium",
        f"Your first move gives {v.money(size)} — {what} — in one step.",
        f"A big first step says your opening wasn't serious and invites them to wait for more. Make it a "
        f"smaller step, tied to something back: {_conditional(v)}",
    )


def beyond_reservation(v: View) -> Finding | None:
    line = v.reservation
    if line is None:
        return None
    levels = [(o.amount, o.words) for o in v.mine[1:]]
    plan = planned(v)
    if plan is not None and v.planned_level(plan) is not None:
        levels.append((v.planned_level(plan), plan.words))
    for p in [*v.plans("counter"), *v.plans("open")] if v.my_latest is None else []:
        # a first number of my own past my line is a move across it, whatever I started from
        if p is not plan and v.planned_level(p) is not None:
            levels.append((v.planned_level(p), p.words))
    for p in v.plans("accept"):
        level = p.amount if p.amount is not None else v.on_table  # "tempted to just say yes to 900": the number I'd say yes to
        if level is not None:
            levels.append((level, p.words))
            break
    crossing = [(lvl, w) for lvl, w in levels if v.worse(lvl, line)]
    if not crossing:
        return None
    lvl, words = crossing[-1]
    alt = f" If that is the only deal left, your alternative ({v.money(v.alternative)}) wins." if v.alternative is not None else " If that is the only deal left, walking is better."
    return finding(
        F.CONCESSION_BEYOND_RESERVATION, "high",
        f"{quote(words)} — {v.money(lvl)} is {v.money(abs(lvl - line))} past your walk-away point of {v.money(line)}.",
        f"Stop at {v.money(line)}.{alt}",
    )


def trade(v: View) -> Finding | None:
    issues = v.other_issues
    if not issues:
        return None
    listed = ", ".join(issues)
    return finding(
        F.TRADE_OPPORTUNITY, "high" if v.mode == "concede" else "medium",
        f"Besides the number, these are in play: {listed}.",
        f"Trade across them: give what is cheap for you and valuable for them, and get movement on the number "
        f"in return — {_conditional(v)}",
    )


def stalled(v: View) -> int:
    """Rounds at the end of the history in which neither side changed its number."""
    if v.a.rounds_without_move:
        return v.a.rounds_without_move
    last: dict[str, float] = {}
    repeats = 0
    for o in v.s.offers:
        repeats = repeats + 1 if last.get(o.by) == o.amount else 0
        last[o.by] = o.amount
    return repeats


def deadlock(v: View) -> Finding | None:
    rounds = stalled(v)
    if rounds < 2:
        if not v.s.stalled:
            return None
        return finding(
            F.DEADLOCK, "medium", f"In your words: {quote(v.s.stalled)}.",
            f"Someone has to move, so make the move conditional and small: {_conditional(v)}",
        )
    mine, theirs = v.my_latest, v.on_table
    return finding(
        F.DEADLOCK, "high" if rounds >= 3 else "medium",
        f"Neither side has moved for {rounds} rounds: you at {v.money(mine)}, they at {v.money(theirs)}.",
        f"Someone has to move, so make the move conditional and small: {_conditional(v)}",
    )


RULES = {
    F.CONCESSION_UNILATERAL: unilateral,
    F.CONCESSION_INCREASING: increasing,
    F.CONCESSION_LARGE_FIRST: large_first,
    F.CONCESSION_BEYOND_RESERVATION: beyond_reservation,
    F.TRADE_OPPORTUNITY: trade,
    F.DEADLOCK: deadlock,
}


def move(v: View, codes: set[str]) -> M:
    if F.CONCESSION_BEYOND_RESERVATION in codes:
        # stuck, with other issues to trade: a conditional trade on them, never a price step past the line
        return M.TRADE_CONCESSION if {F.DEADLOCK, F.TRADE_OPPORTUNITY} <= codes else M.HOLD_FIRM
    if F.CONCESSION_INCREASING in codes and v.mode == "concede" and F.TRADE_OPPORTUNITY not in codes:
        return M.HOLD_FIRM  # growing steps say there is more: stop the pattern before the next step
    if codes & {F.CONCESSION_UNILATERAL, F.CONCESSION_INCREASING, F.CONCESSION_LARGE_FIRST, F.DEADLOCK, F.TRADE_OPPORTUNITY}:
        return M.TRADE_CONCESSION
    if v.at_least(v.on_table, v.target):
        return M.ACCEPT
    if v.plans("accept") and v.at_least(v.on_table, v.reservation) and closing_after_their_move(v):
        return M.ACCEPT  # they came most of the way and their number is inside my line: the yes I weigh closes it
    if v.on_table is not None:
        return M.COUNTER_OFFER
    return M.ANCHOR_FIRST if v.s.market_range is not None else M.GATHER_INFORMATION


def summary(v: View, codes: set[str]) -> str:
    nxt = next_step(v)
    size = f" no bigger than {v.money(nxt[0])}" if nxt else ""
    if F.CONCESSION_BEYOND_RESERVATION in codes:
        return f"This move crosses your walk-away point of {v.money(v.reservation)}: don't make it."
    if F.CONCESSION_INCREASING in codes and v.mode == "concede":
        return f"Your steps are growing, which says there is more to come: hold where you are until they move; any later step{size}, and only for something back."
    if codes & {F.CONCESSION_UNILATERAL, F.CONCESSION_INCREASING, F.CONCESSION_LARGE_FIRST}:
        return f"Don't give ground for nothing: make the next step{size}, and only in exchange for something back."
    if F.DEADLOCK in codes:
        return "You are stuck; break it with a small conditional move (\u201cif you…, then I…\u201d)."
    if F.TRADE_OPPORTUNITY in codes:
        return f"Other issues ({', '.join(v.other_issues)}) are on the table: trade across them instead of only on the number."
    return "No concession problem yet; when you move, move in shrinking steps and get something back each time."


def questions(v: View) -> list[str]:
    out = []
    if planned(v) is not None and planned_step(v) is None:
        out.append("Exactly how far are you thinking of moving — to what number?")
    if not v.other_issues:
        out.append("Besides the number, what else could be traded — timing, scope, payment terms, extras?")
    if v.s.offers and not v.theirs:
        out.append("Have they moved at all since your last number?")
    return out
