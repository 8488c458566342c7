"""Negotiation arithmetic on a Situation: positions, gaps, concessions, margins.

Every comparison is signed by what the user wants, so the advisors never have to think about
direction: positive always means "better for me" (offer vs reservation, alternative, target)
or "toward them" (concessions). Pure arithmetic, no reading of words.

Conventions:
- Percentages (``gap_pct``, ``opening_vs_market_pct``) are in percent; shares
  (``my_concession_shares``, ``planned_concession_share``) are fractions of 1.
- The asking price counts as the opening offer of the side that wants more (seller,
  landlord, vendor) when that side named no number before; ``asking_as_opening`` says so.
- When ``wants`` is unknown, the direction is inferred from the two openings (the side that
  opened higher wants more); with nothing to infer from, signed fields stay ``None``.
"""

from __future__ import annotations

from board.models import Analysis, Situation

_PLANNED = ("counter", "concede", "open", "accept")


def _sign(situation: Situation, mine: list[float], theirs: list[float]) -> int | None:
    if situation.wants == "more":
        return 1
    if situation.wants == "less":
        return -1
    if mine and theirs and mine[0] != theirs[0]:
        return 1 if mine[0] > theirs[0] else -1
    return None


def _sequences(situation: Situation) -> tuple[list[tuple[str, float]], str | None]:
    """The offers in order, with the asking price in front as its owner's opening when it applies."""
    offers = [(o.by, o.amount) for o in situation.offers]
    asking = situation.asking.amount if situation.asking else None
    if asking is None or situation.wants is None:
        return offers, None
    owner = "me" if situation.wants == "more" else "them"
    first = next((a for by, a in offers if by == owner), None)
    if first is not None and abs(first - asking) < 0.005 * max(abs(asking), 1):
        return offers, None
    return [(owner, asking)] + offers, owner


def _trend(steps: list[float]) -> str | None:
    moves = [s for s in steps if s > 0]
    if len(moves) < 2:
        return None
    a, b = moves[-2], moves[-1]
    if b > a * 1.1:
        return "increasing"
    if b < a * 0.9:
        return "decreasing"
    return "steady"


def _moves(offers: list[tuple[str, float]], side: str, sign: int) -> tuple[list[float], list[float]]:
    """Each move of ``side`` toward the other (positive = toward), and its share of the gap before it."""
    steps: list[float] = []
    shares: list[float] = []
    last = {"me": None, "them": None}
    other = "them" if side == "me" else "me"
    direction = sign if side == "me" else -sign  # moving toward the other means giving up what you want
    for by, amount in offers:
        if by == side and last[side] is not None and amount != last[side]:
            step = (last[side] - amount) * direction
            steps.append(step)
            if last[other] is not None and last[side] != last[other]:
                shares.append(step / abs(last[side] - last[other]))
        last[by] = amount
    return steps, shares


def _rounds_without_move(offers: list[tuple[str, float]]) -> int:
    """How many of the latest offers only restated their side's previous number."""
    count = 0
    for i in range(len(offers) - 1, -1, -1):
        by, amount = offers[i]
        previous = next((a for b, a in reversed(offers[:i]) if b == by), None)
        if previous is None or abs(previous - amount) > 0.005 * max(abs(amount), 1):
            break
        count += 1
    return count


def _beyond_market(opening: float, low: float, high: float, sign: int) -> float:
    """How far ``opening`` lies beyond the market edge on my side, in percent (0 inside the range)."""
    if sign > 0:
        if opening > high:
            return (opening - high) / high * 100 if high else 0.0
        return (opening - low) / low * 100 if opening < low and low else 0.0
    if opening < low:
        return (low - opening) / low * 100 if low else 0.0
    return (high - opening) / high * 100 if opening > high and high else 0.0


def _diff(a: float | None, b: float | None, sign: int | None) -> float | None:
    if a is None or b is None or sign is None:
        return None
    return (a - b) * sign


def analyse(situation: Situation) -> Analysis:
    offers, asking_side = _sequences(situation)
    mine = [a for by, a in offers if by == "me"]
    theirs = [a for by, a in offers if by == "them"]
    sign = _sign(situation, mine, theirs)
    out = Analysis(asking_as_opening=asking_side)
    out.offer_on_table = theirs[-1] if theirs else None
    out.their_opening = theirs[0] if theirs else None
    out.my_opening = mine[0] if mine else None
    out.my_latest = mine[-1] if mine else None
    if out.my_latest is not None and out.offer_on_table is not None:
        out.gap = abs(out.my_latest - out.offer_on_table)
        if out.offer_on_table:
            out.gap_pct = out.gap / abs(out.offer_on_table) * 100
        out.midpoint = (out.my_latest + out.offer_on_table) / 2
    if sign is not None:
        out.my_concessions, out.my_concession_shares = _moves(offers, "me", sign)
        out.their_concessions, _ = _moves(offers, "them", sign)
        out.my_trend = _trend(out.my_concessions)
        out.their_trend = _trend(out.their_concessions)
    amount = lambda fact: fact.amount if fact is not None else None  # noqa: E731
    reservation, target, alternative = amount(situation.reservation), amount(situation.target), amount(situation.alternative)
    out.offer_vs_reservation = _diff(out.offer_on_table, reservation, sign)
    out.offer_vs_alternative = _diff(out.offer_on_table, alternative, sign)
    out.offer_vs_target = _diff(out.offer_on_table, target, sign)
    out.target_vs_reservation = _diff(target, reservation, sign)
    out.room_to_reservation = _diff(out.my_latest, reservation, sign)
    plan = next((p for p in reversed(situation.plans) if p.amount is not None and p.action in _PLANNED), None)
    opening = out.my_opening if out.my_opening is not None else (plan.amount if plan else None)
    market = situation.market_range
    if market is not None and opening is not None and sign is not None:
        out.opening_vs_market_pct = _beyond_market(opening, market.low, market.high, sign)
    if plan is not None:
        out.planned_amount = plan.amount
        out.planned_vs_reservation = _diff(plan.amount, reservation, sign)
        if out.my_latest is not None and sign is not None:
            out.planned_concession = (out.my_latest - plan.amount) * sign
            if out.gap:
                out.planned_concession_share = out.planned_concession / out.gap
    out.rounds_without_move = _rounds_without_move(offers)
    return out
