"""The walkaway lens: what is the alternative, where is the line, and is the walk real?

The power to leave gives every other move its weight. The BATNA is what the user does if this
deal dies; the walk-away point is the worst deal they would still take and follows from it.
A walk is strategic when the alternative beats the deal — then leave, sooner rather than
later, towards the better option. A walk without such an alternative is a bluff: if it is
called, the leverage is gone. Never bluff a walk you cannot take.
"""

from __future__ import annotations

import re

from board import patterns
from board.codes import FindingCode as F
from board.codes import MoveCode as M
from board.models import Finding
from board.rules.common import View, finding, quote


def alt_vs_offer(v: View) -> float | None:
    """How much the alternative beats the offer on the table (negative: the offer is better).

    With no offer on the table, an alternative that beats even the user's own ask beats
    anything they could offer; otherwise the comparison is unknown."""
    if v.on_table is None:
        ask = _own_ask(v)
        diff = v.gain(v.alternative, ask)
        return diff if diff is not None and diff > 0 else None
    if v.a.offer_vs_alternative is not None and v.wants is not None:
        return -v.a.offer_vs_alternative
    return v.gain(v.alternative, v.on_table)


def _own_ask(v: View) -> float | None:
    if v.my_latest is not None:
        return v.my_latest
    plan = v.planned_opening
    return plan.amount if plan else v.target


def _offer_words(v: View) -> str:
    if v.on_table is not None:
        return f"their {v.money(v.on_table)}"
    return f"even your own ask of {v.money(_own_ask(v))}"


def offer_vs_line(v: View) -> float | None:
    """How much the offer on the table clears the walk-away point (negative: below the line)."""
    if v.a.offer_vs_reservation is not None and v.wants is not None:
        return v.a.offer_vs_reservation
    return v.gain(v.on_table, v.reservation)


def walking(v: View) -> str | None:
    """The words of the user's planned or threatened walk. A walkaway-mode case is one by
    definition — unless the walk being weighed is theirs (they threatened to leave)."""
    plan = v.walk_planned
    if plan is not None:
        return plan.words
    if v.mode == "walkaway" and not their_walk(v):
        return v.case.text
    return None


def their_walk(v: View) -> bool:
    return any(t.code == F.TACTIC_WALKAWAY_THREAT for t in v.s.tactics)


def unproven(v: View) -> bool:
    """The alternative's value is asserted, not in hand ("the PE guys will pay 1.5"): the reader
    lists such an alternative among the user's assumptions."""
    alt = v.s.alternative
    return alt is not None and alt.amount is not None and alt.words in v.s.assumptions


def unvalued(v: View) -> bool:
    """An alternative is named but what it is worth is not ("we can keep renting")."""
    return v.s.alternative is not None and v.s.alternative.amount is None and not v.s.no_alternative


_COSTLY = patterns.compile(r"\b(?:lay(?:ing)? (?:off|people off|staff off)|lay-?offs?|redundanc(?:y|ies)|let (?:\w+ )?(?:people|staff) go|los(?:e|ing) (?:money|the (?:house|business|shop|deposit)|everything)|"
                           r"go(?:ing)? under|go(?:ing)? bust|bankrupt\w*|shut(?:ting)? (?:down|the)|clos(?:e|ing) (?:down|the (?:shop|business|doors))|sit(?:ting)? empty|stand(?:ing)? empty|"
                           r"(?:can'?t|cannot|couldn'?t) (?:really )?afford|unemployed|out of work|no income|(?:be|end up) (?:stuck|homeless|broke)|take a (?:big |huge |massive )?(?:hit|loss)"
                           # a switch that costs more than it saves: "~$60k of new tooling and 6-9 months to qualify parts", "3 months of lost production"
                           r"|(?:need|cost|spend|take)\b[^.;!?]{0,30}\b(?:new tooling|re-?tooling|months? to (?:re-?)?qualify)|(?:months?|weeks?) of (?:lost|no) (?:production|revenue|sales|income|business|work)"
                           r"|lost (?:production|revenue|sales) (?:for|of) (?:\w+ )?(?:months?|weeks?))\b"
                           # the court as the fallback, told by its bill: "a contested hearing would run me £4-5k in fees and take 6+ months"
                           r"|\b(?:hearing|trial|court|litigation|lawsuit|legal action|small claims|tribunal|arbitration)\b[^.;!?]{0,60}\b(?:cost|run|set)s? (?:me|us)(?: back)?\b[^.;!?]{0,30}\b(?:in |of )?(?:legal |court |solicitors?'?s? |lawyers?'?s? |attorneys?'?s? )?(?:fees|costs)\b", re.I)
"""An alternative told only as what losing the deal would cost ("if we lose them I'd have to lay off 25
people"): with no value put on it, it is still plainly worse than a deal that is on the table."""


_HARD_TO_REPLACE = patterns.compile(r"\b(?:find(?:ing)?|hir(?:e|ing)|replac(?:e|ing)|recruit(?:ing)?|train(?:ing)? up) (?:someone|somebody|anyone|a replacement|another (?:\w+ )?(?:one|person|nanny|hire|engineer|developer|candidate|supplier|vendor|agency|tenant|client))"
                                    r"(?: (?:as good|comparable|similar|like (?:her|him|them)|new|else))*(?: [\w']+){0,4}? (?:would|could|will|'d|might|is going to|can) (?:probably |realistically |easily |likely )?"
                                    r"(?:take (?:months|weeks|ages|forever|a year|half a year|(?:at least )?(?:\w+|\d+) (?:months|weeks))|be (?:really |very |almost )?(?:impossible|a nightmare|hard|difficult|tough))\b[^.;!?\n]*", re.I)
"""Replacing the other side would be slow or hard ("finding someone as good would take months"): the fallback named
beside it ("we'll find someone else") is a plain loss, not an option."""


_LOSING = patterns.compile(r"\b(?:if|when|once|without) (?:(?:we|i) (?:lose|lost|walk|don'?t (?:get|close|sign|renew|keep))|(?:they|he|she) (?:leave|go|walk|switch)|(?:this|the) (?:deal|contract|account) (?:dies|falls through|goes))\b[^.;!?\n]*", re.I)


def _from_clause_start(text: str, m: re.Match[str]) -> str:
    """A match widened back to the start of its clause (the patterns themselves start at their cue: a leading
    "anything but a stop" would make every search quadratic on long unpunctuated text)."""
    start = max(text.rfind(c, 0, m.start()) for c in ".;!?\n") + 1
    return text[start:m.end()].strip()


def cost_of_losing(v: View) -> str | None:
    """What losing this deal would cost, in the user's words, when it is a plain loss: the alternative
    itself ("we'd have to lay people off") or, with no alternative, the sentence that says so."""
    alt = v.s.alternative
    if alt is not None:
        if alt.amount is not None:
            return None
        at = v.case.text.find(alt.words)
        end = at + len(alt.words) + (re.search(r"[.;!?\n]|$", v.case.text[at + len(alt.words):]).start() if at >= 0 else 0)
        whole = v.case.text[at:end] if at >= 0 else alt.words  # "Plan B would be X, but we'd need $60k of new tooling": the rest of its sentence
        if _COSTLY.search(whole):
            return alt.words
        hard = _HARD_TO_REPLACE.search(v.case.text)
        return _from_clause_start(v.case.text, hard) if hard else None  # "we'll find someone else" — "finding someone as good would take months"
    for m in _LOSING.finditer(v.case.text):
        if _COSTLY.search(m.group()):
            return _from_clause_start(v.case.text, m)
    if v.s.no_alternative and (_NEED.search(v.s.no_alternative) or _COSTLY.search(v.s.no_alternative)):
        return v.s.no_alternative  # "zero other gigs that month and could really use the exposure", "unemployed for months": no deal is nothing
    return None


_NEED = patterns.compile(r"\b(?:(?:could|can|would) (?:really |badly |definitely |honestly )?(?:use|do with)|(?:really |badly |desperately )?need) (?:the |this |that |some |a )?"
                         r"(?:money|cash|income|work|gig|job|booking|business|contract|sale|exposure|deal|client|account|revenue|paycheck|pay)\b", re.I)
"""Needing what this deal brings, said with there being nothing else: losing it is a plain loss."""


def _alt_words(v: View) -> str:
    alt = v.s.alternative
    if alt is None:
        return "no alternative"
    return f"your alternative ({v.money(alt.amount)}: {quote(alt.words, 80)})" if alt.amount is not None else f"your alternative ({quote(alt.words, 80)})"


def reservation_missing(v: View) -> Finding | None:
    if v.s.reservation is not None:
        return None
    sev = "medium" if v.mode == "prep" else "high"
    if v.alternative is not None:
        how = f"Your alternative is worth about {v.money(v.alternative)}: set the line there, adjusted for the cost and risk of switching."
    else:
        how = "Work it out from what you would do if this deal died, and write it down before the next conversation."
    return finding(
        F.RESERVATION_MISSING, sev, "You haven't said the worst deal you would still take.",
        f"Without a walk-away point every offer looks negotiable and you can be talked past your limit. {how}",
    )


def batna_missing(v: View) -> Finding | None:
    if v.s.alternative is not None and not v.s.no_alternative:
        return None
    words = quote(v.s.no_alternative) if v.s.no_alternative else "No alternative to this deal is mentioned."
    sev = "high" if walking(v) or v.mode == "walkaway" else "medium"
    return finding(
        F.BATNA_MISSING, sev, words,
        "Whoever needs the deal least sets the pace, and right now that is not you. Before the next round, "
        "build an alternative — another offer, another buyer or supplier, a quote — and put a number on it.",
    )


def batna_weaker(v: View) -> Finding | None:
    diff = alt_vs_offer(v)
    loss = cost_of_losing(v)
    if loss and (v.on_table is not None or their_walk(v) or any(o.by == "them" for o in v.s.offers)):
        on_table = f"their {v.money(v.on_table)}" if v.on_table is not None else "what they are asking"
        return finding(
            F.BATNA_WEAKER_THAN_OFFER, "high" if walking(v) else "medium",
            f"If this deal dies: {quote(loss, 100)}.",
            f"That is a loss, not an option: even {on_table} is likely better than no deal. Don't threaten a walk; "
            f"negotiate here — trade what they want for terms you need — and start building a real alternative.",
        )
    if diff is None or diff >= 0:
        return None
    sev = "high" if walking(v) else "medium"
    return finding(
        F.BATNA_WEAKER_THAN_OFFER, sev,
        f"Their {v.money(v.on_table)} against {_alt_words(v)}: the offer is {v.money(-diff)} better.",
        f"Walking away would cost you about {v.money(-diff)}, so don't threaten it. Improve the alternative "
        f"before you lean on it, or negotiate here by trading for more.",
    )


def batna_stronger(v: View) -> Finding | None:
    diff = alt_vs_offer(v)
    if diff is None or diff <= 0 or unproven(v):
        return None
    return finding(
        F.BATNA_STRONGER_THAN_OFFER, "high",
        f"Y{_alt_words(v)[1:]} beats {_offer_words(v)} by {v.money(diff)}.",
        f"The walk is real. Unless they beat {v.money(v.alternative)}, take the alternative, and say it as "
        f"going to a better option: \u201cI have an option at {v.money(v.alternative)} and I'm going to take it; "
        f"if that changes on your side, let me know.\u201d",
    )


def walkaway_bluff(v: View) -> Finding | None:
    words = walking(v)
    if words is None:
        return None
    diff = alt_vs_offer(v)
    if unproven(v):
        why = f"{_alt_words(v)} is a belief, not an offer in hand — nobody has committed to {v.money(v.alternative)}"
    elif loss := cost_of_losing(v):
        why = f"losing the deal means {quote(loss, 100)}"
    elif v.s.alternative is not None and not v.s.no_alternative:
        if diff is None or diff > 0:
            return None
        why = f"{_alt_words(v)} is {v.money(-diff)} worse than their {v.money(v.on_table)}"
    else:
        why = quote(v.s.no_alternative) if v.s.no_alternative else "there is no alternative to go to"
    evidence = f"{quote(words)} — but {why}" if v.walk_planned else f"A walk is being weighed, but {why}"
    line = v.reservation if v.reservation is not None else v.target
    offer = f"\u201cIf you can get to {v.money(line)}, we have a deal.\u201d" if line is not None else "a conditional offer"
    return finding(
        F.WALKAWAY_BLUFF, "high", evidence,
        f"If they call it, you either come back with no leverage left or leave for something worse. "
        f"Don't threaten a walk you can't take: strengthen the alternative first, or put {offer} on the table instead.",
    )


def offer_below_reservation(v: View) -> Finding | None:
    diff = offer_vs_line(v)
    if diff is None or diff >= 0:
        return None
    alt = alt_vs_offer(v)
    then = "Your alternative beats it, so be ready to leave." if alt is not None and alt > 0 else "Hold your line or improve your alternative; don't trade past it."
    return finding(
        F.OFFER_BELOW_RESERVATION, "high",
        f"Their {v.money(v.on_table)} is {v.money(-diff)} worse than your walk-away point of {v.money(v.reservation)} ({quote(v.s.reservation.words, 80)}).",
        f"Don't accept it. {then} Tell them plainly: \u201cAt {v.money(v.on_table)} the numbers don't work for us.\u201d",
    )


RULES = {
    F.RESERVATION_MISSING: reservation_missing,
    F.BATNA_MISSING: batna_missing,
    F.BATNA_WEAKER_THAN_OFFER: batna_weaker,
    F.BATNA_STRONGER_THAN_OFFER: batna_stronger,
    F.WALKAWAY_BLUFF: walkaway_bluff,
    F.OFFER_BELOW_RESERVATION: offer_below_reservation,
}


def move(v: View, codes: set[str]) -> M:
    if F.OFFER_BELOW_RESERVATION in codes:
        if F.BATNA_STRONGER_THAN_OFFER in codes:
            return M.WALK_AWAY
        return M.IMPROVE_BATNA if codes & {F.BATNA_MISSING, F.WALKAWAY_BLUFF} else M.HOLD_FIRM
    if F.BATNA_STRONGER_THAN_OFFER in codes:
        return M.WALK_AWAY if v.mode == "walkaway" else M.HOLD_FIRM
    if F.WALKAWAY_BLUFF in codes and v.at_least(v.on_table, v.target):
        return M.ACCEPT
    if codes & {F.WALKAWAY_BLUFF, F.BATNA_MISSING}:
        return M.IMPROVE_BATNA
    if F.RESERVATION_MISSING in codes:
        return M.GATHER_INFORMATION
    if v.at_least(v.on_table, v.target):
        return M.ACCEPT
    return M.HOLD_FIRM if v.on_table is not None else M.ANCHOR_FIRST


def summary(v: View, codes: set[str]) -> str:
    if F.OFFER_BELOW_RESERVATION in codes:
        return f"Their {v.money(v.on_table)} is below your line of {v.money(v.reservation)}: never accept it" + (
            "; your alternative beats it." if F.BATNA_STRONGER_THAN_OFFER in codes else "."
        )
    if F.BATNA_STRONGER_THAN_OFFER in codes:
        return f"Your alternative at {v.money(v.alternative)} beats {_offer_words(v)}: the walk is real."
    if F.WALKAWAY_BLUFF in codes:
        return "Walking now would be a bluff — there is no better option behind it; strengthen the alternative before threatening to leave."
    if F.BATNA_MISSING in codes:
        return "You have no stated alternative, so your power to leave is unproven: build one before the next round."
    if F.RESERVATION_MISSING in codes:
        return "You haven't set a walk-away point; decide the worst deal you'd take before you negotiate further."
    if F.BATNA_WEAKER_THAN_OFFER in codes:
        return f"Their {v.money(v.on_table)} beats your alternative ({v.money(v.alternative)}); keep negotiating rather than leaving."
    if unvalued(v):
        return (f"You have an alternative ({quote(v.s.alternative.words, 80)}) but not what it is worth, so whether it "
                f"beats {_offer_words(v) if v.on_table is not None or _own_ask(v) is not None else 'this deal'} is unknown: put a number on it before you lean on it.")
    return f"Your line is {v.money(v.reservation)} and your alternative is known; negotiate knowing you can leave."


def questions(v: View) -> list[str]:
    out = []
    if v.s.reservation is None:
        out.append("What is the worst deal you would still take — your walk-away number?")
    if v.s.alternative is None or v.s.no_alternative:
        out.append("If this deal dies, what exactly will you do instead, and what is that worth?")
    elif v.alternative is None:
        out.append(f"What is your alternative ({quote(v.s.alternative.words, 60)}) worth, in the same terms as this offer?")
    elif unproven(v):
        out.append(f"Has anyone actually committed to {v.money(v.alternative)} — in writing — or is it a belief?")
    if walking(v):
        out.append("If they call your walk, will you really leave — and does everyone on your side agree on the trigger?")
    return out
