"""Percent talk turned into amounts: "a 10% raise on my €54.000", "they're raising prices 9%".

The money reader keeps a percent only when it applies to the base right after it ("15% off
$240,000"). People negotiate in percentages all the time without that: a raise ("asked for
10%, she came back with 3%"), a price hike ("+12% at renewal"), a discount ("8% off list"),
a commission ("the agent wants 3%, I'd pay 2.5%"). This module turns each such percent into
an amount the labeller can label like any other, in one of two ways:

* **a base is known** — an explicit one right after the percent ("10% raise on my €54.000",
  "5% increase on our $2,400 rent"), else the text's current amount ("my current salary is
  $80k", "we pay £3,000 a month"): the percent becomes the resulting amount, in the base's
  currency and unit (10% raise on 54,000 → 59,400);
* **no base and no money at all in the text** — the percent is kept as itself, a change from
  the status quo (+9 for a 9% hike, −2 for "2% below our current prices") or, for a fee or
  commission, the rate itself (3 for "3% commission"), in the unit ``%``
  (:data:`PERCENT_UNIT`, written "9%" in advice). Gap, concession size and alternative-vs-offer
  arithmetic then work in percentage points.

When the text states money but no base for its percents, the percents are left out as before:
mixing a percentage with an amount would compare apples and pears.

A margin, commission or royalty that is itself being negotiated ("they want to cut our margin
to 22%", "commission rising from 20% to 25%") is a rate like a fee: with no money in the text
its percents are the levels put forward, even beside "margin", which elsewhere only describes a
business ("we run on 30% margins").

Percents that are not the price under negotiation stay out: equity, interest rates, tax, tips,
bonuses, deposits, chances, shares of time. A percent with no direction word of its own (a bare
"3%" in a reply) takes the direction of the percent talk before it.
"""

from __future__ import annotations

import re

from board import patterns
from board.money import Mention, scan

PERCENT_UNIT = "%"
"""The ``currency`` of amounts that are percentages (a change from the status quo, or a fee rate)."""

_ANY_PERCENT = patterns.compile(r"%|\bper\s?cent\b|\bpct\b", re.I)

_NOT_PRICE_AFTER = patterns.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:equity|stake|shares?|ownership|options?|vesting|apr|apy|interest|ltv|tax(?:es)?|vat|gst|tip|gratuity|bonus(?:es)?|"
    r"down(?:\s*payment)?|deposit|margin|margins|growth|chance|odds|probability|likely|sure|certain|confident|of the time|of (?:my|our|the) (?:time|week|team|workforce|staff|company|business|shares|equity|profits?|revenue)|"
    r"match|401k|pension|utili[sz]ation|occupancy|battery|complete|done|finished|remote|humidity|abv|alcohol|attendance|"
    r"of (?:people|buyers|sellers|candidates|clients|customers|cases|respondents)|stake|royalt(?:y|ies)|profit share|revenue share)\b",
    re.I)
_NOT_PRICE_BEFORE = patterns.compile(
    r"\b(?:interest|apr|inflation|tax|vat|tip|equity|stake|chance|odds|probability|battery|down payment|deposit|"
    r"bonus(?: of| target| is| was)?|growth|margin|occupancy|vacancy|match(?:es|ing)?|score|grade|approval)\s*(?:of|at|is|was|rate)?\s*$",
    re.I)

_UP = (r"rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|up|more|on top(?: of)?|bump(?:s|ed|ing)?|uplift|ris(?:e|es|ing)|rose|"
       r"jump(?:s|ed|ing)?|markup|mark-up|above|over|higher|extra|premium|inflat(?:e|ing|ion)")
_DOWN = (r"cut(?:s|ting)?|off|discount(?:s|ed)?|below|under|less|lower(?:ed|ing)?|reduc(?:e|es|ed|ing|tion)|decreas(?:e|es|ed|ing)|"
         r"down|cheaper|rebate|knock(?:ed)?|drop(?:s|ped)?|savings?|concession")
_DIR_AFTER = patterns.compile(r"^\s*(?:(?:a|an|the|per|each|every|this|next|from)\s+)?(?:\w+-[\w-]+\s+)?(?:year|month|quarter|annual(?:ly)?|yearly|monthly)?\s*(?:(?:price|prices|rent|rate|fee|pay|salary|cost|premium|list)\s+)?(?:(?P<up>" + _UP + r")|(?P<down>" + _DOWN + r"))\b", re.I)
_OBJECT = (r"(?:\s+(?:(?:the|our|my|their|its|his|her|your)\s+)?(?:\w+\s+)?(?:price|prices|pricing|rent|rate|rates|fee|fees|cost|costs|salary|pay|premium|premiums|"
           r"subscription|bill|contract|licen[cs]es?|it|them|us|me|everything))")
_DIR_BEFORE = patterns.compile(r"(?:(?P<up>" + _UP + r")|(?P<down>" + _DOWN + r"))\b" + _OBJECT + r"?(?:\s+(?:\w+\s+){0,2}?(?:by|of|at|to|with|for))?"
                               r"\s*(?:(?:a|an|the|just|only|about|around|roughly|another|further|extra|nearly|almost|over)\s+)*$", re.I)
_BOUNDED = patterns.compile(r"\b(?:(?P<up>increases?|raises?|rises?|hikes?|uplifts?|bumps?|markups?)|(?P<down>discounts?|cuts?|reductions?|decreases?|rebates?))\s+(?:\w+\s+){0,2}?"
                            r"(?:under|below|over|above|beneath|(?:no |not )?(?:less|more|lower|higher) than|at (?:least|most)|within|capped at|up to|no more than|no less than)\s*$", re.I)
"""A limit put on a rise or a cut ("keep the increase under 5%"): the comparison word bounds it, the noun gives the direction."""
_FEE = patterns.compile(r"\b(?:commission|fee|fees|(?:his|her|their|your|my|the agent'?s|the broker'?s) cut|rate|markup|mark-up|take rate|royalty|percentage|split|charg(?:e|es|ed|ing))\b", re.I)
_RATE_NOUN = r"(?:margins?|commissions?|royalt(?:y|ies)|rev(?:enue)?[- ]share|profit[- ]share|take[- ]rate|markups?|mark-ups?|split)"
_RATE_TALK = patterns.compile(
    r"\b(?:cut|cuts|cutting|squeez\w*|trim\w*|lower\w*|reduc\w*|rais\w*|increas\w*|bump\w*|push\w*|offer\w*|propos\w*|want\w*|ask\w*|demand\w*|"
    r"negotiat\w*|renegotiat\w*|hold(?:ing)?|settle\w*|agree\w*|counter\w*|ris(?:e|es|ing)|going|went|drop\w*)\b"
    r"[^.;!?\n]{0,30}?\b" + _RATE_NOUN + r"\b|\b" + _RATE_NOUN + r"\b[^.;!?\n]{0,12}?\b(?:ris(?:e|es|ing)|going|goes|went|drop\w*|fall\w*|cut|from)\b", re.I)
"""A margin, commission or royalty put forward or moved: the rate is the number on the table, not a description of the business."""
_RATE_LEVEL = patterns.compile(r"\b" + _RATE_NOUN + r"\b", re.I)
_TO_LEVEL = patterns.compile(r"\b(?:down|up|back|it|that|them|us|this|him|her)\s+to\s+(?:(?:just|only|about|around|maybe)\s+)?$", re.I)
_NEGATED = patterns.compile(r"\b(?:not|never|no|n'?t|without)\s+(?:\w+\s+){0,2}?$", re.I)

_BASE_AFTER = patterns.compile(
    r"^\s*(?:(?:raise|increase|hike|bump|rise|uplift|cut|discount|reduction|decrease|off|more|less)\s+)?(?:on|of|to|off|from|over|above|below|under)\s+"
    r"(?:(?:my|our|your|their|his|her|the|a|an|this|that|current|existing|present|base|annual|monthly|yearly)\s+){0,3}"
    r"(?:(?:salary|pay|base|rent|price|prices|rate|fee|bill|contract|invoice|spend|wage|package|quote|total|cost)\s+(?:of\s+)?)?$",
    re.I)
_CURRENT_BEFORE = patterns.compile(
    r"\b(?:current(?:ly)?|present(?:ly)?|existing|right now|at the moment|today|i (?:make|earn|get|take home|am on|'m on|am paid|'m paid)|"
    r"(?:^|[,;(]\s*|\b(?:and|but|i'?m|i am|been|still|paid)\s+)on(?=\s*[$€£]?\s*$)|"
    r"we (?:pay|spend|are paying|'re paying)|i (?:pay|'m paying|am paying)|(?:my|our) (?:salary|pay|base|rent|rate|wage|bill|spend|fee|price) (?:is|was|of|at|sits at)|"
    r"(?:it|this|rent|the rent|the price|the rate|the fee|the contract) (?:is|costs?|runs?)|(?:paying|pays|charging|charges) (?:me|us))\b[^.;!?\d]{0,25}$",
    re.I)
RENEWS_BEFORE = patterns.compile(r"\b(?:renews?|renewing|renewed|comes up for renewal|is up for renewal|currently renews|contract is) (?:at|for)\s*[$€£]?\s*$", re.I)
"""Before the amount a customer renews at: today's price, the base a renewal discount is taken off ("renews at $60k ARR … 20% off")."""
_LIST_BEFORE = patterns.compile(r"\b(?:list(?:ed)?(?: price)?|listing price|sticker(?: price)?|msrp|rrp|rack rate|asking(?: price)?|full price|standard price)(?: is| was| of| at| for)?\s*[$€£]?\s*$", re.I)
"""Before a list price: the base a discount is taken off ("list $240k … asked for 30% off") when no current amount is stated."""
_CURRENT_AFTER = patterns.compile(r"^[^.;!?\d]{0,20}\b(?:now|currently|at the moment|right now|today|these days|at present)\b", re.I)


CHANGE_WORDS = patterns.compile(r"\b(?:" + _UP + "|" + _DOWN + r")\b", re.I)
"""A word of change ("increase", "cut"): a percent that moves today's price, not a rate."""


def rate_talk(text: str) -> bool:
    """A margin, commission or royalty is what is negotiated ("they want to cut our margin"), and no money is stated."""
    return bool(_RATE_TALK.search(text)) and not any(m.kind == "money" and m.value > 0 for m in scan(text))


def _direction(text: str, p: Mention, lo: int) -> int:
    """+1 for a rise, -1 for a cut, 0 when the percent's own words say neither."""
    prefix = text[max(lo, p.start - 1):p.start]
    if prefix == "+":
        return 1
    if prefix in ("-", "−") and not re.search(r"\d\s*[-−]$", text[max(0, p.start - 3):p.start]):
        return -1
    bounded = _BOUNDED.search(text[max(lo, p.start - 45):p.start])
    if bounded:
        return 1 if bounded.group("up") else -1
    after = _DIR_AFTER.match(text[p.end:p.end + 40])
    if after:
        return 1 if after.group("up") else -1
    before = _DIR_BEFORE.search(text[max(lo, p.start - 45):p.start])
    if before:
        return 1 if before.group("up") else -1
    return 0


def _sentence_start(text: str, at: int) -> int:
    m = None
    for m in re.finditer(r"[.!?](?=\s)|\n", text[max(0, at - 300):at]):
        pass
    return max(0, at - 300) + m.end() if m else max(0, at - 300)


def with_percents(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` (the text's money and bare amounts) with its percent talk added as amounts, in order."""
    if not _ANY_PERCENT.search(text):
        return found
    percents = [m for m in scan(text) if m.kind == "percent" and 0 < m.value <= 100]
    if not percents:
        return found
    money = [m for m in found if m.kind == "money" and m.value > 0]
    rates = not money and bool(_RATE_TALK.search(text))  # "they want to cut our margin to 22%": the rate is what is negotiated
    base: Mention | None = None
    for m in money:
        if _CURRENT_BEFORE.search(text[max(0, m.start - 60):m.start]) or _CURRENT_AFTER.match(text[m.end:m.end + 40]) \
                or RENEWS_BEFORE.search(text[max(0, m.start - 40):m.start]):
            base = m  # the text's current amount: what the percents are of
            break
    listed = next((m for m in money if _LIST_BEFORE.search(text[max(0, m.start - 30):m.start])), None) if base is None else None
    added: list[Mention] = []
    used: list[Mention] = []
    fees: list[Mention] = []
    last_dir = 0
    for p in percents:
        lo = _sentence_start(text, p.start)
        before, after = text[max(lo, p.start - 40):p.start], text[p.end:p.end + 60]
        rate = rates and bool(_RATE_LEVEL.search(text[max(lo, p.start - 40):p.end + 25]))
        if not rate and (_NOT_PRICE_AFTER.match(after) or _NOT_PRICE_BEFORE.search(before)):
            continue
        sign = _direction(text, p, lo)
        if rates and re.search(r"\b(?:to|from|at)\s+(?:(?:just|only|about|around|roughly|maybe)\s+)?$", before):
            sign = 0  # "cut our margin to 22%", "commission rising from 20%": a level of the rate, not a move of its own
        if _TO_LEVEL.search(before):
            sign = 0  # "bring it down to 4%", "push back to 5%": a level of what is being talked about, not a move of its own
        own = next((m for m in money if m.start >= p.end and _BASE_AFTER.match(text[p.end:m.start])), None)
        if own is not None and base is None:
            base = own  # "a 10% raise on my €54.000": the base for the later, bare percents too
        if not sign and not fees:
            sign = last_dir  # a bare "3%" in a reply: the direction of the percent talk before it
        fee = not sign and (bool(fees) or rates or bool(_FEE.search(text[max(lo, p.start - 40):p.end + 25])))
        if fee:
            fees.append(p)
        if not sign and not fee:
            continue  # "about 30%": no sign of a price change
        if _NEGATED.search(before[-30:]) and not re.search(r"\d", before[-30:]) and not _BOUNDED.search(before):
            continue  # "not a 5% raise", "no 10% discount": a number denied is no number
        of = own or base or (listed if sign < 0 and listed is not None and listed.start < p.start else None)  # "list $240k", then "30% off"
        if fee:
            if money:
                continue  # "3% commission" beside a house price: a fee in money terms, not read here
            added.append(Mention(p.value, p.start, p.end, p.text, "money", PERCENT_UNIT))
            continue
        last_dir = sign
        if of is not None:
            value = round(of.value * (1 + sign * p.value / 100), 2)
            if own is not None:
                used.append(own)  # "10% raise on my €54.000" is one amount, 59,400, as "15% off $240,000" is
                added.append(Mention(value, p.start, own.end, text[p.start:own.end], "money", of.currency, None, of.unit))
            else:
                added.append(Mention(value, p.start, p.end, p.text, "money", of.currency, None, of.unit))
        elif not money:
            added.append(Mention(sign * p.value, p.start, p.end, p.text, "money", PERCENT_UNIT))
    if not added:
        return found
    return sorted([m for m in found if not any(m is u for u in used)] + added, key=lambda m: m.start)
