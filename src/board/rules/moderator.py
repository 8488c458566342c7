"""The moderator: one next move for the board, chosen by an explicit priority, with the splits shown.

Priority (the same order as ``advisors/moderator.md``):

1. **The line.** Never advise a deal worse than the walk-away point.
   a. In ``prep``, an offer below the line or below the alternative is their opening: answer
      it with ``counter-offer`` (re-anchor from your own number), never accept.
      (Only a list price past the line, with no offer made, no better alternative and the value
      unknown — ``anchor-uninformed`` — is no opening to answer yet: step 4 comes first.)
   b. The offer on the table is below the line and the alternative beats it → ``walk-away``. (In
      ``walkaway`` with the talks deadlocked, when the user's own line shows they would pay a
      premium to keep this deal — the line is worse than the alternative, or they say they would
      rather close it — the better alternative is first played as a ``slow-walkaway``: one clear
      signal they can answer, then the better option; here and in f. In ``concede``, when the move
      being weighed crosses the line, it is not made: ``hold-firm`` at the line, the alternative
      being why the user can.)
   c. When the user's own number is too far out to be credible (``anchor-extreme``), holding it is
      no position: a concession across the line or an offer below it is answered with
      ``counter-offer`` (re-anchor with a credible figure at or above the line), not ``hold-firm``.
   d. A planned or made concession crosses the line → ``hold-firm`` — unless the talks are
      deadlocked and other issues are in play: then the way out is a conditional trade on those
      issues, not a price step across the line → ``trade-concession``; and when the number past the line
      would be the user's first (a planned opening or counter, no number of theirs yet), there is no
      position to hold: answer their number with a justified figure on the user's side of the line →
      ``counter-offer``.
   e. The offer is below the line with no better alternative → ``hold-firm`` (``improve-batna``
      when stress-testing a walk with nothing to walk to — but when the talks are deadlocked, they
      called their number final or they threaten to move on, the answer is a conditional ``counter-offer`` at or above the line,
      not a walk dressed up; in ``concede``, deadlocked talks with other issues in play are broken by a
      conditional trade on those issues → ``trade-concession``, and a planned move that stays clear of the line is made only
      in exchange → ``trade-concession`` — or, when they have been moving too (their latest number a
      step toward the user), it answers their move → ``counter-offer``, no bigger than the last step). Never ``accept``.
   f. The alternative beats the offer → ``walk-away`` (strategic) — but in ``walkaway``, when it is
      they who threaten to walk (and the user is not planning a walk of their own — a dare such as "walk
      if you want" is not one), the better alternative makes the threat harmless: ``hold-firm``;
      and when the user would rather close this deal, the alternative is leverage first:
      ``counter-offer`` with what they are competing with (in ``concede`` too); in ``concede``, a planned move that
      still beats the alternative is answered with ``counter-offer`` (use the alternative), not a give.
      But when no walk-away point is set and the comparison rests on an untested assumption (the
      skeptic's ``assumption-untested``), test it first → ``gather-information``. In ``prep`` with no
      offer on the table, an alternative that beats the user's own planned ask means the ask is too
      low, not that the deal is dead → ``anchor-first``, above the alternative.
2. **A nibble is answered, not walked from.** After agreement, one more small ask is traded for
   something back or declined → ``trade-concession``; the agreed deal stands.
3. **No bluffing.** A walk without an alternative that beats the offer is not made (when stress-
   testing a walk, an alternative weaker than the offer makes it a bluff too): if the offer
   already meets the target → ``accept``; if a weaker alternative exists the deal on the table is
   worth negotiating → ``counter-offer`` (so too when there is none but losing the deal is a plain loss,
   ``batna-weaker-than-offer``: the deal beats nothing); an alternative only believed, not in hand (a process
   elsewhere not yet ended, a price someone "would" pay) → ``improve-batna``: firm it up before walking on it;
   with no alternative at all → ``improve-batna`` — except
   that, when the talks are deadlocked, or when stress-testing a walk against a number they called
   final (or under their own threat to move on), the answer is a justified, conditional
   ``counter-offer`` ("if you…, then I…"), not a bluff; and when stress-testing a walk staged around
   the user's own opening that is too far out to be believed (``anchor-extreme``), the answer is a
   credible ``counter-offer`` in its place, not a better alternative first.
4. **Decisive facts first.** The value is unknown and the user has named no number yet (at most
   their list price or their offer is out), or (walkaway) the alternative's worth is unknown →
   ``gather-information`` — but an unpriced alternative told as not needing the deal (more paid
   work than time, booked solid) behind a number or walk the user means to put → ``slow-walkaway``.
5. **The mode.** ``prep``: with no alternative at all and a number in play (theirs, the range, or
   the user's line), build one first → ``improve-batna``; re-anchor with ``counter-offer`` if they named a number (or took a
   position: a planned counter, a tactic); a planned give-for-nothing → ``trade-concession``;
   else ``anchor-first`` when informed (``gather-information`` when not). ``walkaway``: a real but
   unpriced alternative in a deadlock → ``slow-walkaway``; when the walk being weighed is
   theirs (a threat to leave) → ``gather-information`` (test it); when the user's own walk rests
   on an untested assumption → ``gather-information`` (test it before threatening); otherwise nothing shows the
   alternative beats the deal, so negotiate it → ``counter-offer``.
   ``concede``: their first number far outside the market range is an anchor to answer, not a
   price to move toward (``counter-offer``); the user's steps growing → stop the pattern:
   ``hold-firm`` when the retreat is one-sided and nothing but the number is open, else a ``counter-offer`` smaller than the last step; a large first move in answer to a "final" → test the final (``hold-firm``; not when the move weighed is the yes below)
   — in both cases unless their cap or final is an absent boss's, or leaves room on other named issues, and those issues are open
   (for growing steps, any other open issue will do):
   trade on them (below); tempted
   to say yes to an offer that clears the line and sits inside the market range after both sides
   have closed in (or after they came at least most of the way since the user's last number) → ``accept``; otherwise a concession in view moves only in exchange
   (``trade-concession``); when no concession is the question, answer their number (``counter-offer``).
   In every mode an offer that meets the target (and clears the line) → ``accept`` — above all when
   the user was about to offer less than it: never bid against their own number.

The moderator reads the codes the voices raised, plus the line checks of step 1 straight from
the numbers (so a failed walkaway voice never lets a deal below the line through).
"""

from __future__ import annotations

import re

from board import plans as planning
from board.codes import FindingCode as F
from board.codes import MoveCode as M
from board.models import Critique, Disagreement, Recommendation
from board.rules import anchoring as an
from board.rules import concession as cn
from board.rules import walkaway as wk
from board.rules.common import View
from board.rules.say import mode_answer, say
from board.situation import NO_NEED

LINE_CODES = (F.OFFER_BELOW_RESERVATION, F.BATNA_STRONGER_THAN_OFFER, F.CONCESSION_BEYOND_RESERVATION, F.WALKAWAY_BLUFF)


def decide(v: View, codes: set[str]) -> tuple[M, str]:
    """The next move and the one-sentence reason, by the priority in the module docstring."""
    table, line, alt = v.money(v.on_table), v.money(v.reservation), v.money(v.alternative)
    below, stronger = F.OFFER_BELOW_RESERVATION in codes, F.BATNA_STRONGER_THAN_OFFER in codes
    meets = v.at_least(v.on_table, v.target) and not v.worse(v.on_table, v.reservation)
    if F.ANCHOR_UNINFORMED in codes and not v.s.offers and not stronger:
        below = False  # only a list price is out and the value is unknown: find the value first (step 4), not a line to hold
    if v.mode == "prep" and (below or stronger) and v.on_table is not None:
        worse = f"below your line of {line}" if below else f"worse than your alternative ({alt})"
        return M.COUNTER_OFFER, f"Their {table} is {worse}: never accept it; answer with your own justified number."
    if stronger and v.mode == "walkaway" and F.DEADLOCK in codes and (v.worse(v.reservation, v.alternative) or v.s.prefers_deal):
        return M.SLOW_WALKAWAY, (f"Your alternative ({alt}) beats {wk._offer_words(v)} and the talks are stuck: signal you are ready to go to it "
                                 "and give them one clear chance to move — if they don't, leave for the better option.")
    if below and stronger and v.mode != "walkaway" and an.opening_lowball(v):
        return M.COUNTER_OFFER, (f"Their {table} is an opening far from the market, below your line of {line}: never accept it, and don't walk from "
                                 f"a first number — answer it with a justified figure at or above {line}. If they won't come past your line, "
                                 f"your alternative ({alt}) wins: then leave.")
    if below and stronger and v.mode == "concede" and F.CONCESSION_BEYOND_RESERVATION in codes:
        return M.HOLD_FIRM, (f"The move you are weighing crosses your walk-away point of {line}: don't make it. Hold at {line} — your alternative "
                             f"({alt}) is why you can; if they won't come to it, take the better option.")
    if below and stronger:
        return M.WALK_AWAY, f"Their {table} is below your line of {line} and your alternative ({alt}) beats it: take the better option."
    if (F.CONCESSION_BEYOND_RESERVATION in codes or below) and F.ANCHOR_EXTREME in codes:
        return M.COUNTER_OFFER, f"Don't go below your line of {line} — but your own number is too far out to hold: re-anchor with a credible, justified figure at or above your line."
    if F.CONCESSION_BEYOND_RESERVATION in codes and F.DEADLOCK in codes and F.TRADE_OPPORTUNITY in codes and not stronger:
        return M.TRADE_CONCESSION, (f"The move you are weighing crosses your walk-away point of {line}: don't make it. The talks are stuck, "
                                    f"so break them with a conditional trade on the other issues ({', '.join(v.other_issues)}), not a price step past your line.")
    if F.CONCESSION_BEYOND_RESERVATION in codes and not v.mine and not v.plans("concede") and (v.plans("open") or v.plans("counter")) \
            and (v.on_table is not None or v.their_anchor is not None):
        return M.COUNTER_OFFER, (f"The first number you are weighing is already past your walk-away point of {line}: don't open there. "
                                 f"You have no position to hold yet — answer their number with a justified figure of your own on your side of {line}.")
    if F.CONCESSION_BEYOND_RESERVATION in codes:
        return M.HOLD_FIRM, f"The move you are weighing crosses your walk-away point of {line}: don't make it."
    if below:
        if v.mode == "walkaway" and codes & {F.BATNA_MISSING, F.WALKAWAY_BLUFF}:
            if F.DEADLOCK in codes or F.TACTIC_TAKE_IT_OR_LEAVE_IT in codes or F.TACTIC_WALKAWAY_THREAT in codes:
                return M.COUNTER_OFFER, (f"Their {table} is below your line of {line}, so the answer is no — but you have no better option to walk to, "
                                         "so don't dress it up as a walk: answer with a justified, conditional number of your own that stays "
                                         f"at or above {line}.")
            return M.IMPROVE_BATNA, f"Their {table} is below your line of {line}, and you have no better option to walk to yet: never accept it; build the alternative."
        if v.mode == "concede" and F.DEADLOCK in codes and F.TRADE_OPPORTUNITY in codes:
            return M.TRADE_CONCESSION, (f"Their {table} is below your line of {line}: never accept it. The talks are stuck, so don't just hold "
                                        f"or drop to your line — break them with a conditional trade on the other issues ({', '.join(v.other_issues)}).")
        plan = cn.planned(v)
        level = v.planned_level(plan) if plan is not None else None
        if v.mode == "concede" and level is not None and not v.worse(level, v.reservation) and reciprocal(v):
            return M.COUNTER_OFFER, (f"Their {table} is below your line of {line}: never accept it. They have been moving too, so answer their move "
                                     f"with a counter that stays clear of the line — no further than {v.money(level)}, and in a step no bigger than your last — "
                                     "and ask for something back with it.")
        if v.mode == "concede" and level is not None and not v.worse(level, v.reservation):
            return M.TRADE_CONCESSION, (f"Their {table} is below your line of {line}: never accept it. Your move to {v.money(level)} "
                                        f"stays clear of the line — make it only in exchange for something back.")
        return M.HOLD_FIRM, f"Their {table} is below your line of {line}: never accept it; hold your position."
    if stronger and F.ASSUMPTION_UNTESTED in codes and v.reservation is None:
        return M.GATHER_INFORMATION, (f"Your alternative ({alt}) looks better than {wk._offer_words(v)}, but the comparison rests on what you "
                                      "assume, not what you have checked: test it (are the two really the same deal?) before you walk or give ground.")
    if stronger:  # the offer clears the line here: below-the-line cases were answered above
        if v.mode == "prep" and v.on_table is None:
            return M.ANCHOR_FIRST, (f"Your alternative ({alt}) already beats the number you were going to ask: that ask is too low. "
                                    "Open first, above the alternative, with a justified figure.")
        if v.mode == "walkaway" and F.TACTIC_WALKAWAY_THREAT in codes and (v.walk_planned is None or planning.dared(v.walk_planned.words)):
            return M.HOLD_FIRM, (f"They threaten to walk, and your alternative ({alt}) beats {wk._offer_words(v)}: their threat costs you nothing. "
                                 "Hold your position calmly — if they leave, take the better option; if they stay, the deal is on your terms.")
        if v.s.prefers_deal:
            return M.COUNTER_OFFER, (f"Your alternative ({alt}) beats {wk._offer_words(v)} on the number, but you would rather close this deal: "
                                     "don't give in and don't walk yet — tell them what they are competing with and counter with a number at least that good.")
        if v.mode == "walkaway":
            return M.WALK_AWAY, f"Your alternative ({alt}) beats {wk._offer_words(v)}: the walk is strategic, not a bluff."
        plan = cn.planned(v)
        level = v.planned_level(plan) if plan is not None else None
        if level is not None and v.worse(v.alternative, level):
            return M.COUNTER_OFFER, (f"Your alternative ({alt}) beats {wk._offer_words(v)}: counter with a number that still beats it, "
                                     "and tell them what they are competing with.")
        return M.WALK_AWAY, f"Your alternative ({alt}) beats {wk._offer_words(v)}: giving ground to get below it would be worse than leaving — take the better option unless they beat it."
    if F.TACTIC_NIBBLE in codes:
        return M.TRADE_CONCESSION, "They are asking for more after agreeing: give it only for something back — or decline it; the deal you agreed stands."
    if F.WALKAWAY_BLUFF in codes or (v.mode == "walkaway" and F.BATNA_WEAKER_THAN_OFFER in codes):
        if meets:
            return M.ACCEPT, f"Walking would be a bluff, and their {table} already meets your target of {v.money(v.target)}: take it."
        if wk.unproven(v):
            return M.IMPROVE_BATNA, (f"Walking would be a bluff — your alternative ({alt}) is a hope, not an offer in hand. Firm it up first "
                                     "(a date, a written number), and keep this deal alive while you do; walk only to an option you hold.")
        if v.s.alternative is not None and not v.s.no_alternative:
            if v.alternative is None:
                return M.COUNTER_OFFER, (f"Walking would be a bluff — what you would fall back on is no better than their {table}. "
                                         "Negotiate this deal with a justified counter instead.")
            return M.COUNTER_OFFER, f"Walking would be a bluff — their {table} beats your alternative ({alt}). Negotiate this deal with a justified counter instead."
        if F.BATNA_WEAKER_THAN_OFFER in codes:
            return M.COUNTER_OFFER, (f"Walking would be a bluff — with nothing else lined up, losing this deal is a plain loss and their {table} beats it. "
                                     "Negotiate this deal with a justified counter and trade for what you need instead.")
        if F.DEADLOCK in codes:
            return M.COUNTER_OFFER, ("The talks are stuck, and walking would be a bluff — nothing better stands behind it. "
                                     "A deadlock is broken by a conditional move, not a fake exit: put a justified number of your own "
                                     "on the table with what you want back ('if you…, then I…').")
        if v.mode == "walkaway" and codes & {F.TACTIC_TAKE_IT_OR_LEAVE_IT, F.TACTIC_WALKAWAY_THREAT}:
            return M.COUNTER_OFFER, ("They are pressing (a number called final, or a threat to move on), and walking would be a bluff — nothing better stands behind it. "
                                     "Don't answer pressure with a bluff: test it with a justified, conditional number of your own "
                                     "and the evidence behind it.")
        if v.mode == "walkaway" and F.ANCHOR_EXTREME in codes:
            return M.COUNTER_OFFER, ("The walk-out is a bluff — nothing better stands behind it — staged around a number too far out to be "
                                     "believed. Drop both: open with a credible, justified figure and negotiate this deal.")
        return M.IMPROVE_BATNA, "Walking now would be a bluff — nothing better stands behind it. Strengthen the alternative before you threaten to leave."
    if F.ANCHOR_UNINFORMED in codes and (v.their_anchor is None or not v.mine):
        if v.theirs:
            return M.GATHER_INFORMATION, (f"Their {v.money(v.theirs[-1].amount)} is on the table, but you don't know what it is worth yet: "
                                          "any counter would be a guess pulled toward their number — find the value first, then answer with a justified figure.")
        if v.their_anchor is not None:
            return M.GATHER_INFORMATION, (f"You don't know the value yet, and their {v.money(v.their_anchor[0])} list price says what they hope for, "
                                          "not what it is worth: get the figures that decide the value before you make the first offer.")
        return M.GATHER_INFORMATION, "You don't know the value yet and no number is on the table: get comparables, or let them name a number first."
    if v.mode == "walkaway" and v.s.alternative is not None and v.alternative is None and v.on_table is not None:
        if F.DEADLOCK in codes:
            return M.SLOW_WALKAWAY, "You have a real alternative and the talks are stuck: signal you are ready to leave, and keep the door open."
        if NO_NEED.search(v.s.alternative.words) and (v.plans("counter") or v.walk_planned is not None):
            return M.SLOW_WALKAWAY, ("You don't need this deal — your time has other buyers — so your number can stand: name it with its reasons, "
                                     "say calmly that below it you'll pass, and leave the door open.")
        return M.GATHER_INFORMATION, "Whether this walk is strategic depends on what your alternative is worth: price it against their offer first."
    if v.mode == "prep":
        if v.s.no_alternative and not meets and (v.on_table is not None or v.s.market_range is not None or v.reservation is not None):
            return M.IMPROVE_BATNA, ("You have no alternative to this deal, so they set the pace: before the meeting, build one — "
                                     "another offer, quote or option with a number on it — then answer with your own figure.")
        if F.COUNTER_ANCHOR in codes or (v.on_table is not None and not meets):
            return M.COUNTER_OFFER, "They have named a number: answer it with your own justified figure rather than haggling around theirs."
        if meets:
            return M.ACCEPT, f"Their {table} already meets your target of {v.money(v.target)}."
        if codes & {F.CONCESSION_UNILATERAL, F.CONCESSION_INCREASING, F.CONCESSION_LARGE_FIRST}:
            return M.TRADE_CONCESSION, "The move you are planning gives ground for nothing: make any move a trade."
        if codes & {F.ANCHOR_OPPORTUNITY, F.ANCHOR_TIMID, F.ANCHOR_EXTREME} or v.s.market_range is not None:
            return M.ANCHOR_FIRST, "No number is on the table and you know the range: go first with a justified number."
        if v.plans("counter") or [t for t in v.s.tactics if t.code != F.TACTIC_NIBBLE]:
            return M.COUNTER_OFFER, "They have taken a position: answer it with a justified number of your own, and test their pressure."
        return M.GATHER_INFORMATION, "Nothing is on the table and you lack a market range: find it before anyone names a number."
    plan = cn.planned(v)
    level = v.planned_level(plan) if plan is not None else None
    if meets and level is not None and v.worse(level, v.on_table):
        return M.ACCEPT, (f"Their {table} already meets your target of {v.money(v.target)} — and it beats the {v.money(level)} "
                          "you were about to offer: don't bid against their own number; take it.")
    if meets and not codes & {F.CONCESSION_UNILATERAL, F.TACTIC_TAKE_IT_OR_LEAVE_IT}:
        return M.ACCEPT, f"Their {table} already meets your target of {v.money(v.target)} and clears your line."
    if v.mode == "walkaway":
        if wk.walking(v) is None and wk.their_walk(v):
            return M.GATHER_INFORMATION, "The walk on the table is theirs: test it before you react — ask why, and find out whether their alternative is real."
        if wk.walking(v) is not None and F.ASSUMPTION_UNTESTED in codes:
            return M.GATHER_INFORMATION, ("The walk you are weighing rests on what you assume, not what you have checked: test that first "
                                          "(quietly, before you say a word about leaving) — then decide whether the walk is real.")
        return M.COUNTER_OFFER, "Nothing shows your alternative beats this deal, so walking isn't the move yet: negotiate it with a justified number of your own, and keep leaving as an option you can really take."
    if F.COUNTER_ANCHOR in codes and an.lowball(v):
        return M.COUNTER_OFFER, (f"Their {v.money(v.their_anchor[0])} is outside the market range: don't move toward it — "
                                 "re-anchor with your own justified figure.")
    if F.CONCESSION_INCREASING in codes and F.CONCESSION_UNILATERAL not in codes and v.theirs and (step := cn.next_step(v)):
        return M.COUNTER_OFFER, (f"Your steps are growing, which tells them there is more to come. They are trading moves with you, so answer — "
                                 f"but break the pattern: a step smaller than your last, to about {v.money(step[1])}, and ask for something back.")
    # the "final" is an absent boss's, or it leaves room on other named issues: trade on those, not a stand-off on the number
    open_elsewhere = F.TRADE_OPPORTUNITY in codes and (F.TACTIC_HIGHER_AUTHORITY in codes or bool(_ROOM_ELSEWHERE.search(v.case.text)))
    if F.CONCESSION_INCREASING in codes and F.TRADE_OPPORTUNITY not in codes:  # with other issues open, trade on them (below)
        return M.HOLD_FIRM, ("Your steps are growing, which tells them there is more to come: don't make this one. Stay where you are "
                             "until they move; any later step is smaller than the last, and only for something back.")
    if F.TACTIC_TAKE_IT_OR_LEAVE_IT in codes and F.CONCESSION_LARGE_FIRST in codes and not open_elsewhere \
            and not (v.mode == "concede" and converged(v)):  # the large step is behind them; the move weighed now is a yes that closes
        return M.HOLD_FIRM, ("They called their number final, and the move you are weighing gives up a large share of the gap in one go — "
                             "exactly what a 'final' is meant to produce. Test it first: ask what makes it final, and hold your position.")
    if v.mode == "concede" and converged(v):
        return M.ACCEPT, (f"Their {table} clears your line of {line} and sits inside the market range, and both sides have been closing in: "
                          "saying yes is a sound close — at most, one small conditional counter.")
    trading = {F.CONCESSION_UNILATERAL, F.CONCESSION_INCREASING, F.CONCESSION_LARGE_FIRST, F.DEADLOCK, F.TRADE_OPPORTUNITY}
    if codes & trading or v.plans("concede"):
        return M.TRADE_CONCESSION, "If you move, move only in exchange for something back, in a smaller step than the last."
    if v.on_table is None:
        return M.COUNTER_OFFER, "Don't settle yet: put a justified number of your own on the table and make them answer it."
    return M.COUNTER_OFFER, f"Don't settle at their {table} yet: answer it with a justified number of your own."


_ROOM_ELSEWHERE = re.compile(r"\b(?:(?:some|a bit of|more|a little|any) (?:room|flex(?:ibility)?|wiggle room|leeway|give|movement) (?:on|in|around) (?:the )?(?!(?:price|number|rate|salary|base|rent|fee)\b)\w+"
                             r"|other (?:things|issues|terms|items|points) (?:are |also )*on the table|(?:is|are) also on the table|on the table next (?:year|cycle|round|review)"
                             r"|\b(?:could|can|might|may) (?:\w+ )?(?:look at|do something (?:on|with)|sweeten|improve|move on|flex on) (?:the )?(?!(?:price|number|rate|salary|base|rent|fee)\b)[\w-]+)", re.I)
"""Their side naming room beyond the number: "there may be some room on equity", "other things on the table: net-90, a 3-year term"."""


def reciprocal(v: View) -> bool:
    """They have been trading moves: more than one number of theirs, the latest a step toward the user."""
    theirs = [o.amount for o in v.theirs]
    return len(theirs) >= 2 and v.worse(theirs[-2], theirs[-1])


def converged(v: View) -> bool:
    """The user is weighing a yes to an offer that clears the line and lies inside the market range,
    after both sides have moved toward each other: closing the deal, not a concession to trade."""
    m, table = v.s.market_range, v.on_table
    if not v.plans("accept") or m is None or table is None or v.reservation is None or v.worse(table, v.reservation):
        return False
    if not m.low <= table <= m.high:
        return False
    if cn.closing_after_their_move(v):
        return True  # they came most of the way from their asking or last number since mine: the yes closes it
    return any(s > 0 for s in v.my_steps) and len({o.amount for o in v.theirs}) > 1


def _line_codes(v: View) -> set[str]:
    """Step 1's checks straight from the numbers, whichever voices answered."""
    codes = set()
    for code, rule in ((F.OFFER_BELOW_RESERVATION, wk.offer_below_reservation), (F.BATNA_STRONGER_THAN_OFFER, wk.batna_stronger)):
        if rule(v) is not None:
            codes.add(code)
    return codes


def _who(names: list[str]) -> str:
    names = [n.capitalize() for n in names]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _side(cs: list[Critique]) -> str:
    verb = "recommends" if len(cs) == 1 else "recommend"
    return f"{_who([c.advisor for c in cs])} {verb} {cs[0].recommended_move} ({cs[0].summary.rstrip('.')})"


def merge(v: View, critiques: list[Critique]) -> Recommendation:
    voiced = [c for c in critiques if c.error is None and c.recommended_move is not None]
    missing = [c.advisor for c in critiques if c.error is not None]
    codes = {f.code for c in voiced for f in c.findings} | _line_codes(v)
    move, why = decide(v, codes)
    groups: dict[str, list[Critique]] = {}
    for c in voiced:
        groups.setdefault(c.recommended_move, []).append(c)
    backers = [c.advisor for c in groups.get(move, [])]
    support = f" {_who(backers)} {'recommends' if len(backers) == 1 else 'recommend'} this." if backers else ""
    if voiced and not backers:
        # the priority can land where no single lens did: say so, so the departure from every voice is not silent
        support = " No advisor named this move from their own lens alone; it is where their findings, taken together, lead."
    missing_note = f" Not heard: {_who(missing)}." if missing else ""
    rationale = f"{why}{support} {mode_answer(v, move, codes)}{missing_note}".strip()

    agreements = []
    for m, cs in groups.items():
        if len(cs) >= 2 and 2 * len(cs) >= len(voiced):
            both = "both" if len(cs) == 2 else "all"
            agreements.append(f"{_who([c.advisor for c in cs])} {both} recommend {m}: {M(m).meaning}")
    if v.on_table is not None and voiced and all(c.recommended_move != M.ACCEPT for c in voiced):
        agreements.append(f"No advisor recommends accepting {v.money(v.on_table)} as it stands.")
    if not v.s.reservation and any(F.RESERVATION_MISSING in {f.code for f in c.findings} for c in voiced):
        agreements.append("Your walk-away point needs to be set before you commit to anything.")

    disagreements = []
    if len(groups) > 1:
        for m, cs in groups.items():
            if m == move:
                continue
            others = groups.get(move) or max(groups.values(), key=len)
            if others is cs:
                continue
            about = f"{_side(cs)}; {_side(others)}."
            disagreements.append(Disagreement(advisors=[c.advisor for c in cs + others], about=about))
    return Recommendation(
        next_move=move, rationale=rationale, say=say(v, move, codes),
        agreements=agreements, disagreements=disagreements, missing_voices=missing,
    )
