"""Offers a chat line makes in words rather than digits, read against the positions so far.

"Let's meet in the middle" with no number is an offer at the midpoint of the two sides' latest
positions; "I can take $100 off" is the asking price less 100 ("another $50 off": the owner's current price less 50); "the listing price is
the lowest I can go" (by the side whose listing it is) and "I'll pay your full asking price"
(by the other side) are offers at the asking price. The owner's current price is their last
offer, or the asking price before they have named one. Negated or questioned forms ("I can't
meet you in the middle", "can you take 50 off?") still count: a question is how a side offers
in a chat ("would you do 150?"), but a refusal is not an offer.
"""

from __future__ import annotations

import re

from board import patterns

_MIDDLE = patterns.compile(r"\b(?:meet (?:you |me |us |each other )?(?:in the middle|halfway|half way|half-way|in between)|"
                           r"split (?:the|that|it|this)(?: difference)?|(?:go|come) halfway|meet somewhere in (?:the middle|between))\b", re.I)
_OFF = patterns.compile(r"(?<![\w.,])(?:[$€£]\s?)?(\d{1,6}(?:\.\d{1,2})?)\s?(?:[$€£]|dollars?|bucks)?\s+(?:off|less)\b", re.I)
_DOWN_BY = patterns.compile(r"\b(?:lower|drop|reduce|knock|bring|come|go|cut)\w*\s+(?:it\s+|the price\s+)?(?:down\s+)?by\s+(?:[$€£]\s?)?(\d{1,6}(?:\.\d{1,2})?)(?![\d%])", re.I)
_OFF_BEFORE = patterns.compile(r"\b(?:knock|take|shave|drop)\w*(?: it)?(?: off)? (?:another|a further|an extra|an additional) (?:[$€£]\s?)?(\d{1,6}(?:\.\d{1,2})?)(?![\d%.,])", re.I)
_FURTHER = patterns.compile(r"\b(?:another|further|an? (?:extra|additional))\b|\bmore off\b", re.I)
_AT_ASKING_OWNER = patterns.compile(
    r"\b(?:(?:firm|fixed) (?:on|at)|stick(?:ing)? (?:to|with)|stay(?:ing)? (?:at|with)|hold(?:ing)? (?:at|to)|need|keep it at)"
    r" (?:the |my )?(?:full |listing |listed |asking |original |advertised )+price\b"
    r"|\b(?:full |listing |listed |asking |original |advertised )+price is (?:the (?:lowest|best|least)|my (?:lowest|bottom|final|best)|firm|final)", re.I)
_AT_ASKING_OTHER = patterns.compile(
    r"\b(?:pay|do|give you|offer|take it (?:for|at)|buy it (?:for|at)|go with)(?: you)? (?:the |your )?(?:full |listing |listed |asking |original |advertised )+price\b"
    r"|\b(?:pay|give you) (?:the |what )?(?:full amount|what you(?:'re| are) asking|full)\b", re.I)
_DENIED = patterns.compile(r"\b(?:can'?t|cannot|won'?t|couldn'?t|wouldn'?t|not|no|never|don'?t|unable)\b(?:\W+\w+){0,4}\W*$", re.I)
_PRICE_AFTER = patterns.compile(r"^\W*(?:of|at|,)?\s*(?:[$€£]\s?)?\d")


def _denied(text: str, start: int) -> bool:
    clause = re.split(r"[.!?;,]\s|\bbut\b", text[max(0, start - 60):start])[-1]
    return bool(_DENIED.search(clause))


def implied(text: str, by: str, last: dict[str, float | None], asking: float | None, owner: str | None) -> float | None:
    """The amount a line offers in words, or None. ``last`` holds each side's latest offer."""
    other = "them" if by == "me" else "me"

    def position(side: str) -> float | None:
        if last[side] is not None:
            return last[side]
        return asking if owner == side else None

    m = _MIDDLE.search(text)
    if m and not _denied(text, m.start()):
        mine, theirs = position(by), position(other)
        if mine is not None and theirs is not None and abs(mine - theirs) > 0.005 * max(mine, theirs):
            return round((mine + theirs) / 2, 2)
        return None
    if owner is None or asking is None:
        return None
    if by == owner:
        m = _AT_ASKING_OWNER.search(text)
        if m and not _denied(text, m.start()):
            return asking
    else:
        m = _AT_ASKING_OTHER.search(text)
        if m and not _denied(text, m.start()) and not _PRICE_AFTER.match(text[m.end():]):
            return asking
    m = _OFF.search(text) or _DOWN_BY.search(text) or _OFF_BEFORE.search(text)
    # "$50 off" is off the listing; "another $50 off" is off where the owner stands now
    base = position(owner) if _FURTHER.search(text) else asking
    if m and base is not None and not _denied(text, m.start()) and "%" not in text[m.end(1):m.end(1) + 2]:
        cut = float(m.group(1))
        if 0 < cut < base / 2:
            return base - cut
    return None
