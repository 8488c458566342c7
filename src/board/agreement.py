"""Agreement reached without the number restated: "Ok deal.", "I'll take it!", "sounds good, see you at 5".

In a pasted chat, a side that answers the other side's price with a plain, unconditional yes
agrees to *that* price (the other side's last one), though the line names no number. Only
``Situation.agreed`` is set: an acceptance is not a new offer, so the offer history is
unchanged. Not an agreement:

- a question ("deal?", "do we have a deal?", "would you accept that?");
- a conditional ("if you can do 1300, we have a deal", "deal if you deliver"): by the
  mirror-image doctrine an acceptance that adds a condition is a counter-offer;
- a refusal ("no deal", "not a deal", "can't do that");
- a yes followed by a new number or a new ask in the same line ("ok but 450?", "sure, but can
  you throw in the case?"): a counter.

Prose reports ("he said ok to 450", "they accepted my 450") are read too, and the generic
agreement cues of ``cues.agreed_at`` are screened with :func:`not_agreed`.
"""

from __future__ import annotations

import re

from board import patterns, tactics

_LEAD = r"^\W*(?:(?:oh|ah|wow|well|hmm+|haha+|lol|great|perfect|awesome|cool|excellent|wonderful|fantastic|good|thanks|thank you|ok(?:ay)?|alright|all right|sure|yes|yeah|yep|yup|fine|absolutely|definitely|then|so|sounds? good|deal|done|i think|i guess|i suppose|in that case)\b\W*){0,3}"
_ACCEPT = patterns.compile(
    _LEAD + r"(?:"
    r"(?:it'?s |that'?s |we(?:'ve| have) (?:got )?|you(?:'ve)? got (?:yourself )?|you have )?(?:a )?deal\b(?! (?:breaker|with)\b)"
    r"|ok(?:ay)?|k|alright|all right|sure(?: thing)?|yes|yeah|yea|ya|yep|yup|fine|agreed?|absolutely|definitely|of course|perfect|great|excellent|awesome|cool|done"
    r"|(?:that |this |it )?(?:sounds? (?:good|great|fair|fine|reasonable|perfect|like a (?:(?:great|good|fair) )?(?:deal|plan))|works?(?: for me| for us)?|is fine|will work|would work|'?s fine|works? fine)"
    r"|i(?:'ll| will| can) (?:take|do|accept) (?:it|that|them|this)(?! (?:for|at)\b)"
    r"|(?:i |we )?accept(?:ed)?\b(?! (?:anything|less|lower|more)\b)"
    r"|(?:i'?m |we'?re )?(?:ok|okay|fine|happy|good|alright) with (?:that|it|this)"
    r"|let'?s do (?:it|that|this)|you got it|it'?s (?:a deal|yours)|(?:it'?s |they'?re )?(?:all )?yours|sold|i'?m in"
    r"|(?:i can|i could) live with (?:that|it)|(?:that'?s |it'?s |this is )?(?:a )?(?:very |pretty )?(?:(?:fair|reasonable)(?: price| offer| deal| enough)?|good (?:price|offer|deal))|count me in|consider it done|(?:yes|ok(?:ay)?),? please"
    r")(?![\w'])", re.I)
"""A line that opens with a yes to the price on the table."""

_QUESTION = patterns.compile(r"^[^.!\n]*\?")
_COND = patterns.compile(r"\b(?:if|unless|as long as|provided|providing|so long as|on (?:the )?condition|only (?:if|when|with)|assuming|contingent)\b", re.I)
_REFUSAL = patterns.compile(r"\b(?:no deal|not (?:a )?deal|not (?:ok(?:ay)?|fine|good|sure|happy|with that)|no thanks|no thank you|can'?t|cannot|couldn'?t|won'?t|wouldn'?t|"
                            r"don'?t|doesn'?t|(?:i'?ll|i will) pass|too (?:much|high|low|steep)|no way|never|nope|sorry)\b", re.I)
_BUT_ASK = patterns.compile(r"\b(?:but|however|though|although|except)\b.{0,80}?(?:\?|\b(?:can you|could you|would you|will you|need (?:you|it)|have to|must|throw in|include|deliver|"
                            r"lower|higher|less|more|go (?:down|up)|come (?:down|up)|meet|how about|what about|instead)\b)", re.I)
_NO_LOWER = patterns.compile(r"\b(?:but )?(?:no|not any) (?:lower|less|higher|more)\b", re.I)
""""Ok but no lower": a yes that closes the door on more, not a counter."""
_YES_IN = patterns.compile(r"\b(?:accept(?:ed)?|deal|agreed?|works?|will do|(?<=\d )it is|ok(?:ay)?|sure|yes|fine|take it|take the)\b", re.I)
"""A yes anywhere in a line that restates their number ("I will accept the price of 1900", "$60 it is")."""
_JUDGED = patterns.compile(r"\b(?:low|high|steep|expensive|cheap|much|lowball)\b", re.I)
_STRONG = patterns.compile(r"\b(?:deal|take (?:it|that|them|this)|accept(?:ed)?|agreed?|(?:it'?s |they'?re )?(?:all )?yours|you got it|works?|will work|would work|let'?s do|sold|live with|(?:ok|okay|fine|happy|good|alright) with|do that|count me in|consider it done|i'?m in|fair)\b", re.I)
"""A yes that names what it says yes to; a bare "ok", "sure", "great" only answers the line just before."""
_COUNTER = patterns.compile(r"\b(?:how about|what about|would you|will you|could you|can you|counter|instead|lowest|best (?:price|offer|you can))\b", re.I)
_HEDGE = patterns.compile(r"^\W*(?:ok(?:ay)?|alright|all right|sure|yes|yeah|yea|fine|k)\b,?\s+(?:[\w']+\s+){0,3}?"
                          r"(?:think|see(?! you)|check|consider|get back|let you know|understand|hear you|got it|see what|talk|ask|wait|hold on|hmm|let me|but|though|however|maybe|probably|not sure|i guess|what|how|why|so what)\b", re.I)
_LOGISTICS = patterns.compile(r"\b(?:pick(?:ing)? (?:it |them )?up|come (?:by|over|get)|meet|when|where|what time|address|cash|venmo|paypal|directions|deliver|today|tonight|tomorrow|send)\b", re.I)
"""What a question after a yes may ask without taking the yes back ("That works. When can you pick it up?")."""

_MONEY = r"(?:[$€£]\s?\d[\d,.]*(?:\s?k\b)?|\d[\d,.]*(?:\s?k\b)?(?:\s?(?:dollars|bucks|euros?|pounds))?)"
_PROSE = patterns.compile(
    r"\b(?:he|she|they|the (?:\w+ ){0,2}?\w+|[A-Z][a-z]+|i|we)(?:'ve| have| has| had)?(?: (?:just|finally|already|then|eventually))? "
    r"(?:said (?:ok(?:ay)?|yes|fine|sure|deal|alright)(?: to)?|agreed(?: to| on)?|accepted|took|went (?:for|with))"
    r" (?:(?:my|our|his|her|their|the|an?) )?(?:(?:final |last |counter[- ]?|revised )?(?:offer|price|counter(?:offer)?|number|bid|figure) (?:of |at )?)?(?:of |at )?" + _MONEY, re.I)
"""A prose report of a yes to a number: "he said ok to 450", "they accepted my $450 offer"."""


def _money_value(words: str) -> bool:
    return bool(re.search(r"\d", words))


def not_agreed(sent: str, a: int, b: int) -> bool:
    """Whether an agreement cue at ``sent[a:b]`` is asked, conditional or refused, not told."""
    end = re.search(r"[.!?\n]", sent[b:])
    tail = sent[b:b + end.end()] if end else sent[b:]
    head = sent[max(0, a - 80):a]
    clause_start = max(head.rfind(c) for c in (".", "!", "?", "\n"))
    head = head[clause_start + 1:]
    told_in_passing = re.match(r"(?:after|once|when|since|as|while|just as|right as)\b", sent[a:b], re.I) \
        or re.search(r"\b(?:after|once|when|since|now that|as|while|because|that)\s+$", head, re.I)
    """"can he back out after we shook hands?": a question that takes the agreement as given"""
    stop = re.search(r"[.!?\n,;'\"“”‘’]", sent[b:])
    if stop and stop.group() == "?" and not told_in_passing:
        return True  # "do we have a deal?", "deal?"
    if re.search(r"\b(?:a|such a|what a|real|really)\s*$", head, re.I) and re.match(r"(?:great|fine|good)\b", sent[a:b], re.I):
        return True  # "it's a great deal": praise of the price, not a yes
    if _COND.search(head) or re.match(r"\W*(?:if|unless|as long as|provided|so long as|only if|on condition)\b", tail, re.I):
        return True  # "if you could go to $1300, we have a deal", "deal if you deliver"
    if not told_in_passing and re.search(r"(?:^|[,;:]|\b(?:so|then|and|ok(?:ay)?|well))\s*(?:do|did|would|will|could|can|shall|should|have|is|are)\s+(?:we|you|they|he|she|it|this|that)\s+(?:\w+\s+){0,2}$", head, re.I):
        return True  # "do we have a deal", "would you accept"
    return False


def told(text: str) -> tuple[int, str] | None:
    """The first prose report of a yes to a number ("he said ok to 450"), with where it starts."""
    for m in _PROSE.finditer(text):
        sent_start = max(text.rfind(c, 0, m.start()) for c in (".", "!", "?", "\n")) + 1
        head = text[sent_start:m.start()]
        if _COND.search(head) or re.search(r"\b(?:not|never|didn'?t|won'?t|wouldn'?t|hasn'?t|haven'?t|hope|hoping|want|wants|if|whether)\b(?:\s+[\w'’]+){0,3}\s*$", head, re.I):
            continue
        if re.search(r"\b(?:not|never|n't)\b", m.group(), re.I):
            continue
        end = re.search(r"[.!?\n]", text[m.end():])
        return m.start(), text[m.start():m.end() + (end.start() if end else 0)].strip()[:200]
    return None


def acceptance(line: str) -> bool:
    """Whether a chat line (with no number of its own) is an unconditional yes to the price on the table."""
    text = line.strip()
    m = _ACCEPT.match(text)
    if not m:
        return False
    first = re.match(r"[^.!?\n]*[.!?\n]?", text).group()
    if _QUESTION.match(first) or text.endswith("?") and len(re.findall(r"[.!]", text)) == 0:
        return False  # "deal?", "ok, would you take it?"
    bare = _NO_LOWER.sub("", text)
    if _COND.search(text) or _REFUSAL.search(first) or _BUT_ASK.search(bare) or _COUNTER.search(first) or _HEDGE.match(bare):
        return False
    for q in re.findall(r"[^.!?\n]*\?", text[len(first):]):
        if not _LOGISTICS.search(q) and not tactics.NIBBLE.search(q):
            return False  # "Sounds good. Is it in good shape?": still asking about the thing, not closing
            # ("Deal. Oh, one more thing, could you also throw in the pump?" closes, then nibbles)
    return True


def restates_yes(line: str) -> bool:
    """Whether a line that names the other side's own number says yes to it ("i will take the $120 you got a deal")."""
    first = re.match(r"[^.!?\n]*[.!?\n]?", line.strip()).group()
    yes = _YES_IN.search(line)
    return bool(yes) and not _QUESTION.match(first) and not line.rstrip().endswith("?") and not _COND.search(line) \
        and not _REFUSAL.search(line[:yes.end() + 20]) and not _COUNTER.search(line) and not _JUDGED.search(line) and not _BUT_ASK.search(_NO_LOWER.sub("", line))


def _fmt(amount: float) -> str:
    return f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"


def in_chat(conv, offers) -> tuple[int, str] | None:
    """The first line where one side accepts the other side's last price: (where the line starts, words).

    ``conv`` is a parsed transcript, ``offers`` the chat's offers in order (each with ``by``,
    ``amount`` and ``words`` = "Speaker: line"). The accepted price is the other side's last one,
    named at most four lines before and not answered since by a price of the accepting side.
    """
    pending = list(offers)
    last: dict[str, tuple[float, int] | None] = {"me": None, "them": None}
    cond: dict[str, int] = {}  # the line of each side's last conditional yes
    for i, ln in enumerate(conv.lines):
        by = "me" if ln.speaker in conv.me else "them"
        other = "them" if by == "me" else "me"
        words = f"{ln.speaker}: {ln.text}"
        short = words if len(words) <= 200 else words[:199] + "…"
        own = []
        while pending and pending[0].words == short and pending[0].by == by:
            own.append(pending.pop(0).amount)
        theirs = last[other]
        if own and theirs and all(a < 0.2 * theirs[0] for a in own) and acceptance(ln.text):
            own = []  # "sounds good, see you at 5": a time, not a counter
        if own:
            if theirs and all(abs(a - theirs[0]) < 0.005 * max(theirs[0], 1) for a in own) and i - theirs[1] <= 4 \
                    and restates_yes(ln.text):
                return ln.start, f"{short} (yes to {_fmt(theirs[0])})"  # "ok, 450 works": their number, restated
            refused = re.search(r"\b(?:no deal|not|can'?t|cannot|won'?t|never)\b[^.!?\d]{0,25}[$€£]?\d", ln.text, re.I)
            for a in own:
                last[by] = (a, -99 if refused else i)  # "no deal at 110": a number named, not put on the table
            continue
        mine = last[by]
        if mine is not None and (theirs is None or mine[1] > theirs[1]):
            # the accepting side's own price is the latest: a yes only closes on it when the other side
            # said a conditional yes to it since ("if you come today, we have a deal" — "You have a deal!")
            if other in cond and cond[other] > mine[1] and i - cond[other] <= 2 and acceptance(ln.text):
                return ln.start, f"{short} (yes to {_fmt(mine[0])})"
        elif theirs is not None and (i - theirs[1] == 1 or i - theirs[1] <= 4 and _STRONG.search(ln.text)) and acceptance(ln.text):
            return ln.start, f"{short} (yes to {_fmt(theirs[0])})"
        if _COND.search(ln.text) and (_ACCEPT.match(ln.text) or re.search(r"\b(?:deal|works?|ok(?:ay)?|fine|accept)\b", ln.text, re.I)) \
                and not _REFUSAL.search(ln.text):
            cond[by] = i
    return None
