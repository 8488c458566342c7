"""Words for the table, and the moderator's mode-specific answer, in the user's own numbers."""

from __future__ import annotations

from board.codes import FindingCode as F
from board.codes import MoveCode as M
from board.rules import anchoring, concession
from board.rules.common import View


def _reason(v: View) -> str:
    m = v.s.market_range
    if m is not None:
        return f"what comparable deals go for ({v.money(m.low)} to {v.money(m.high)})"
    return "what I bring and what comparable deals go for"


def _line(v: View) -> float | None:
    """The number to hold: the walk-away point, raised to the alternative when that is better."""
    if v.alternative is not None and v.wants is not None:
        if v.reservation is None or v.at_least(v.alternative, v.reservation):
            return v.alternative
    for x in (v.reservation, v.target, v.my_latest):
        if x is not None:
            return x
    return None


def say(v: View, move: M, codes: set[str]) -> str:
    table = v.money(v.on_table)
    line = _line(v)
    if move == M.WALK_AWAY:
        if v.on_table is None:
            return ("Thank you for everything. I have a better option and I've decided to take it. I've valued "
                    "working with you, and if anything changes on your side, I'd be glad to talk.")
        return (f"Thank you for your time. At {table} the numbers don't work for us, and I have a better option "
                f"that I'm going to take. If anything changes on your side, you know where to find me.")
    if move == M.SLOW_WALKAWAY:
        need = f"I need {v.money(line)}" if line is not None else "I need a better number"
        return (f"I've been clear that {need}. If we can't get there, I'll go with my other option — I'd rather "
                f"not, so let me know if anything changes.")
    if move == M.HOLD_FIRM:
        limit = f"I can't go {'above' if v.wants == 'less' else 'below'} {v.money(line)}" if line is not None else "I'm not able to move on this"
        if F.TACTIC_TAKE_IT_OR_LEAVE_IT in codes:
            return f"I hear that this is your final offer. {limit}; what would have to be true for you to look at it again?"
        opener = f"I appreciate the offer, but at {table} this doesn't work for me. " if v.on_table is not None else ""
        return f"{opener}{limit}. If you can {concession.ask_back(v)}, I'm glad to look at it again."
    if move == M.IMPROVE_BATNA:
        thanks = f"Thank you for the {table} offer. " if v.on_table is not None else ""
        return f"{thanks}I want to give this proper thought — let me come back to you in a couple of days."
    if move == M.GATHER_INFORMATION:
        if v.on_table is None:
            return "Before we talk numbers, what range did you have in mind, and what matters most to you in this?"
        return (f"Help me understand how you got to {table} — what's driving it, and what happens on your side "
                f"if we don't agree?")
    if move == M.ANCHOR_FIRST:
        return f"Based on {_reason(v)}, I'm looking for {anchoring.opening_words(v, '')}."
    if move == M.COUNTER_OFFER:
        if len(v.mine) >= 1 and concession.next_step(v):
            number = concession.next_step(v)[1]
        else:
            number = anchoring.suggested_opening(v)
        at = v.money(number) if number is not None else "a number I can justify"
        thanks = f"Thank you for the {table} offer. " if v.on_table is not None else ""
        return f"{thanks}Based on {_reason(v)}, I'd be at {at}."
    if move == M.TRADE_CONCESSION and F.TACTIC_NIBBLE in codes:
        deal = f"We agreed {table}" if v.on_table is not None else "We agreed the deal as it stands"
        return f"{deal}. If something in it has to change, I'd need something back for it — otherwise let's keep what we agreed."
    if move == M.TRADE_CONCESSION:
        return concession._conditional(v).strip("\u201c\u201d")
    if move == M.ACCEPT:
        return f"{table} works for me — let's put it in writing today."
    return "Let me think about this and come back to you."


def mode_answer(v: View, move: M, codes: set[str]) -> str:
    """What the mode asks: prep — the opening and the line; walkaway — strategic or bluff, if
    called, leaving well; concede — make the move or not, how big, what to get back."""
    line = f"your line is {v.money(v.reservation)}" if v.reservation is not None else "set your walk-away point before you go in"
    if v.mode == "prep":
        if move == M.GATHER_INFORMATION and v.their_anchor is not None and v.s.uninformed:
            return f"For the meeting: don't answer their {v.money(v.their_anchor[0])} until you know what it is worth; {line}."
        if move == M.IMPROVE_BATNA:
            return f"Before the meeting: build the alternative and put a number on it; then {line.replace('before you go in', 'from it')}."
        if v.their_anchor is not None:
            open_ = f"answer their {v.money(v.their_anchor[0])} with {anchoring.opening_words(v)}"
        elif v.s.market_range is not None or v.target is not None:
            open_ = f"open with {anchoring.opening_words(v)}"
        else:
            open_ = "get a market range before you name a number"
        return f"For the meeting: {open_}; {line}."
    if v.mode == "walkaway":
        if F.BATNA_STRONGER_THAN_OFFER in codes:
            kind = f"The walk is strategic: your alternative ({v.money(v.alternative)}) is better, so if they call it you simply take it."
        elif F.WALKAWAY_BLUFF in codes:
            kind = "The walk is a bluff: if they call it, you return with no leverage or leave for something worse."
        else:
            kind = "Whether the walk is real depends on your alternative's worth."
        return (f"{kind} If you do leave, leave well: calm, one voice on your side, and the door open — "
                f"\u201cthe numbers don't work for us\u201d, never an insult.")
    nxt = concession.next_step(v)
    if move in (M.HOLD_FIRM, M.WALK_AWAY, M.IMPROVE_BATNA):
        return "Don't make this concession."
    if move == M.ACCEPT:
        if v.target is None:
            return "No concession is needed: the offer clears your line."
        return "No concession is needed: the offer already meets your target."
    size = f" Keep it to about {v.money(nxt[0])}, smaller than your last step." if nxt else ""
    return f"Move only as a trade: ask them to {concession.ask_back(v, speaker=False)} in return.{size}"
