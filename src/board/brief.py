"""The prep brief: one page of Markdown to take into the room, from a thread's last board.

Pure functions over the contract object (no I/O): the facts with the words they came from,
the line the user won't cross, each advisor's key point, the recommendation and the words
to say, the questions to ask the other side, and the tactics to expect with their counters.
``fact_rows`` is shared with the chat's ``/facts``.
"""

from __future__ import annotations

import re

from board.codes import FindingCode, MoveCode, Severity
from board.models import BoardResult, Critique, Fact, Situation
from board.personas import Board
from board.rules.common import CURRENCY_SYMBOLS, percent_text

F = FindingCode
SEVERITY_RANK = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
MAX_ITEMS = 5

COUNTERS: dict[FindingCode, tuple[str, str]] = {
    F.TACTIC_TAKE_IT_OR_LEAVE_IT: (
        '"This is our final offer"',
        "Don't answer a final number with your own final number. Test it: ask what would have to "
        "change for them to move, and put another issue (timing, terms) on the table.",
    ),
    F.TACTIC_WALKAWAY_THREAT: (
        "A threat to walk",
        "Don't chase. Acknowledge it calmly, restate what the deal is worth to them, and leave "
        "the door open: \"If anything changes, here is where I could meet you.\"",
    ),
    F.TACTIC_HIGHER_AUTHORITY: (
        '"My boss / the committee won\'t approve it"',
        "Ask what the decision-maker needs to see, or to include them; reserve the same right "
        "before you agree to anything.",
    ),
    F.TACTIC_NIBBLE: (
        "One more small thing after you agree",
        "Trade it, don't gift it: \"Happy to look at that if we can also settle …\" — or point to "
        "the agreement you already have.",
    ),
    F.TACTIC_GOOD_COP_BAD_COP: (
        "A friendly and a hostile negotiator",
        "Treat them as one side: the friendly one's offers come from the same budget. Name the "
        "pattern lightly if it keeps going.",
    ),
    F.COUNTER_ANCHOR: (
        "An early, extreme number from them",
        "Don't orbit it. Say it is far from what you expected and re-anchor with your own "
        "justified number.",
    ),
    F.DEADLINE_PRESSURE: (
        '"Now or never" time pressure',
        "Ask what actually happens after the deadline; don't decide faster than you can check "
        "your walk-away point.",
    ),
}
EXPECTED = [F.TACTIC_TAKE_IT_OR_LEAVE_IT, F.TACTIC_NIBBLE, F.TACTIC_HIGHER_AUTHORITY]
"""Tactics worth preparing for even when none has been seen yet, most common first."""


def money(amount: float | None, situation: Situation) -> str:
    if amount is None:
        return "?"
    currency = situation.currency or ""
    if currency == "%":
        return percent_text(amount)
    text = f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"
    symbol = CURRENCY_SYMBOLS.get(currency.upper(), CURRENCY_SYMBOLS.get(currency))
    if symbol:
        text = f"{symbol}{text}"
    elif currency:
        text = f"{text} {currency}"
    return f"{text} {situation.unit}" if situation.unit else text


def _fact(fact: Fact | None, situation: Situation) -> tuple[str, str | None] | None:
    if fact is None:
        return None
    value = money(fact.amount, situation) if fact.amount is not None else fact.words
    return value, fact.words if fact.amount is not None else None


def fact_rows(situation: Situation, compact: bool = False) -> list[tuple[str, str, str | None]]:
    """(label, value, the user's words) for every fact the board holds, in a fixed order.

    ``compact=True`` (the brief) leaves out the offer history (shown on one line) and the
    walk-away point and alternative (they have their own section).
    """
    s = situation
    rows: list[tuple[str, str, str | None]] = []
    if s.wants or s.role:
        wants = {"more": "more is better for you", "less": "less is better for you"}.get(s.wants or "", "")
        rows.append(("You are", ", ".join(x for x in (s.role, wants) if x), None))
    line = [] if compact else [("Walk-away point", s.reservation), ("Alternative", s.alternative)]
    for label, fact in [("Target", s.target), *line, ("Asking price", s.asking)]:
        found = _fact(fact, s)
        if found:
            rows.append((label, *found))
    if s.alternative is None and s.no_alternative and not compact:
        rows.append(("Alternative", "none", s.no_alternative))
    if s.market_range:
        m = s.market_range
        rows.append(("Market range", f"{money(m.low, s)} – {money(m.high, s)}", m.words))
    for n, offer in enumerate([] if compact else s.offers, start=1):
        who = "you" if offer.by == "me" else "they"
        rows.append((f"Offer {n}", f"{who}: {money(offer.amount, s)}", offer.words))
    for plan in s.plans:
        amount = f" {money(plan.amount, s)}" if plan.amount is not None else ""
        rows.append(("You plan", f"{plan.action}{amount}", plan.words))
    if s.issues:
        rows.append(("Other issues", ", ".join(s.issues), None))
    for label, words in (("Deadline", s.deadline), ("Relationship", s.relationship), ("Already agreed", s.agreed)):
        if words:
            rows.append((label, words, None))
    rows.extend(("They know / want", info, None) for info in s.counterparty_info)
    rows.extend(("Assumed, unchecked", words, None) for words in s.assumptions)
    rows.extend((tactic.code.value, "seen", tactic.words) for tactic in s.tactics)
    return rows


def number_rows(result: BoardResult) -> list[str]:
    """The computed numbers that matter at the table, as short sentences."""
    a, s = result.analysis, result.situation
    lines: list[str] = []
    if a.offer_on_table is not None:
        lines.append(f"Offer on the table: {money(a.offer_on_table, s)}")
    if a.gap is not None:
        pct = f" ({a.gap_pct:.0%})" if a.gap_pct is not None else ""
        lines.append(f"Gap between your latest and theirs: {money(a.gap, s)}{pct}")
    if a.my_concessions:
        trend = f" — {a.my_trend}" if a.my_trend else ""
        lines.append("Your moves: " + ", then ".join(money(c, s) for c in a.my_concessions) + trend)
    if a.their_concessions:
        lines.append("Their moves: " + ", then ".join(money(c, s) for c in a.their_concessions))
    if a.offer_vs_reservation is not None:
        side = "above" if a.offer_vs_reservation >= 0 else "short of"
        lines.append(f"Their offer is {money(abs(a.offer_vs_reservation), s)} {side} your walk-away point")
    if a.offer_vs_alternative is not None:
        side = "better" if a.offer_vs_alternative >= 0 else "worse"
        lines.append(f"Their offer is {money(abs(a.offer_vs_alternative), s)} {side} than your alternative")
    return lines


def _codes(result: BoardResult) -> set[FindingCode]:
    found = {f.code for c in result.critiques for f in c.findings}
    return found | {t.code for t in result.situation.tactics}


def key_point(critique: Critique) -> str:
    """The advisor's most severe finding with its advice, else its summary."""
    if critique.error:
        return f"(missing voice: {critique.error})"
    if not critique.findings:
        return critique.summary
    top = min(critique.findings, key=lambda f: SEVERITY_RANK.get(f.severity, 3))
    return f"{_sentences(top.advice, 2)} [{top.code.value}]"


def _short(words: str, limit: int = 90) -> str:
    words = " ".join(words.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def _sentences(text: str, count: int) -> str:
    """The first ``count`` sentences, to keep the brief to a page."""
    parts = re.split(r"(?<=[.!])\s+(?=[A-Z“\"])", " ".join(text.split()))
    return " ".join(parts[:count])


def questions_for_them(result: BoardResult) -> list[str]:
    """What to ask the other side, from what the board found missing or untested."""
    s, codes = result.situation, _codes(result)
    asks: list[str] = []
    if result.analysis.offer_on_table is not None:
        asks.append(f"How did you arrive at {money(result.analysis.offer_on_table, s)}?")
    else:
        asks.append("What range did you have in mind, and what is it based on?")
    asks.extend(f"Is it right that {a.rstrip('.?!')}?" for a in s.assumptions[:2])
    if F.MISSING_COUNTERPARTY_INFO in codes or not s.counterparty_info:
        asks.append("What happens on your side if we don't reach an agreement?")
        asks.append("What is your timeline for deciding?")
    if F.TACTIC_HIGHER_AUTHORITY in codes:
        asks.append("Who else needs to sign off, and what will they need to see?")
    if s.issues or F.TRADE_OPPORTUNITY in codes:
        asks.append("Besides the number, what matters most to you" + (f" — {', '.join(s.issues)}?" if s.issues else "?"))
    else:
        asks.append("Besides the number, what matters most to you in this deal?")
    return list(dict.fromkeys(asks))[:MAX_ITEMS]


def tactics_to_expect(result: BoardResult) -> list[tuple[str, str, str]]:
    """(tactic, seen or expected, counter) — the ones seen first, then the common ones."""
    codes = _codes(result)
    seen = [c for c in COUNTERS if c in codes]
    expected = [c for c in EXPECTED if c not in seen]
    rows = [(COUNTERS[c][0], "seen", COUNTERS[c][1]) for c in seen]
    rows += [(COUNTERS[c][0], "expect", COUNTERS[c][1]) for c in expected]
    return rows[:4]


def _line(result: BoardResult) -> list[str]:
    s, lines = result.situation, []
    found = _fact(s.reservation, s)
    lines.append(f"- **Walk-away point:** {found[0]}" + (f' — "{_short(found[1])}"' if found[1] else "") if found
                 else "- **Walk-away point:** not set. Decide it before you go in, and don't move it in the room.")
    alt = _fact(s.alternative, s)
    if alt:
        lines.append(f"- **If there is no deal:** {alt[0]}" + (f' — "{_short(alt[1])}"' if alt[1] else ""))
    elif s.no_alternative:
        lines.append(f'- **If there is no deal:** no alternative yet ("{s.no_alternative}") — work on one.')
    else:
        lines.append("- **If there is no deal:** unknown. Know your alternative before you threaten to leave.")
    if result.analysis.offer_vs_reservation is not None and result.analysis.offer_vs_reservation < 0:
        lines.append(f"- The offer on the table is **{money(-result.analysis.offer_vs_reservation, s)} short of your line**.")
    return lines


def brief(result: BoardResult, board: Board | None = None, title: str | None = None) -> str:
    """One page of Markdown for the negotiation, from the thread's last board."""
    s, rec = result.situation, result.recommendation
    names = {p.name: p.display_name for p in board.advisors} if board else {}
    out = [f"# Negotiation brief{': ' + title if title else ''}", "",
           f"Thread `{result.thread_id}` · mode {result.mode} · {result.engine} engine", ""]

    out += ["## The facts and numbers", ""]
    rows = fact_rows(s, compact=True)
    out += [f"- **{label}:** {value}" + (f' — "{_short(words)}"' if words else "") for label, value, words in rows]
    if s.offers:
        out.append("- **Offers so far:** " + " → ".join(
            f"{'you' if o.by == 'me' else 'they'} {money(o.amount, s)}" for o in s.offers))
    out += [f"- {line}" for line in number_rows(result)]
    if not rows:
        out.append("- The board has no facts yet: tell it the numbers on the table.")
    out += ["", "## The line you won't cross", "", *_line(result)]

    out += ["", "## What each advisor says", ""]
    if not result.critiques:
        out.append("- The board has not advised yet: it is waiting for answers to its questions.")
    for c in result.critiques:
        move = f" (recommends {c.recommended_move.value})" if c.recommended_move else ""
        out.append(f"- **{names.get(c.advisor, c.advisor.title())}**{move}: {key_point(c)}")

    out += ["", "## The recommendation", "", f"**Next move: {rec.next_move.value}** — {MoveCode(rec.next_move).meaning}",
            "", _sentences(rec.rationale, 3)]
    others = [c for c in result.critiques if c.recommended_move and c.recommended_move != rec.next_move]
    if others:
        out += ["", "Not every voice agrees: " + "; ".join(
            f"{names.get(c.advisor, c.advisor.title())} would {c.recommended_move.value}" for c in others) + "."]
    out += ["", "## What to say", "", f"> {rec.say}"]

    out += ["", "## Questions to ask them", ""]
    out += [f"{n}. {q}" for n, q in enumerate(questions_for_them(result), start=1)]

    out += ["", "## Tactics to expect, and counters", ""]
    out += [f"- **{name}** ({how}): {counter}" for name, how, counter in tactics_to_expect(result)]

    if result.questions:
        out += ["", "## Still open for you", ""]
        out += [f"- {q}" for q in result.questions[:3]]
    return "\n".join(out).rstrip() + "\n"
