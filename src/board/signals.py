"""Two word-facts read apart from the cues: a stalled negotiation, and not knowing the value.

``read_stalled`` finds the user saying that neither side is moving ("nobody budges", "stuck
since October", "at an impasse", "going back and forth for weeks"). One side not moving is
not a stall ("they won't budge" is their firmness, a tactic): the words must cover both sides
or name the standstill itself.

``read_uninformed`` finds the user admitting they don't know the value, the price, the market
or the range of the thing. Not knowing something about the other side ("no clue if he's
looking at other cars") is missing counterparty information, not an uninformed anchor.
"""

from __future__ import annotations

import re

from board import patterns
from board.cues import find
from board.fastre import fast

_NOBODY = r"(?:nobody|no ?one|neither(?: side| party| of us| one)?|none of us)"
_BOTH = r"(?:both (?:sides|of us|parties)|we both|each side|both)"
_MOVE = (r"(?:budg(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|yield(?:s|ed)?|compromis(?:e|es|ed|ing)|bend(?:s|ing)?|blink(?:s|ed)?|"
         r"back(?:s|ed)? down|(?:gave|given|give) (?:an inch|ground|way)|giving (?:an inch|ground|way))"
         r"\b(?!\s+(?:in|out|into)\b(?!\s+(?:weeks|months|days|ages|a while|(?:the |these )?(?:last|past)\b)))")
_SPAN = (r"(?:for (?:weeks|months|days|ages|a while|a month|a week|(?:\w+ )?(?:rounds|calls|meetings|emails))|since \w+|all (?:week|month)|in (?:weeks|months|days|ages)"
         r"|(?:for )?(?:the )?(?:last |past )?(?:\d+|two|three|four|five|six|seven|eight|a few|several|a couple of) (?:weeks|months|days|rounds|calls|meetings|sessions|emails))")
_AUX = r"(?:'s|'re| is| are| has| have| had| will| would| wants to| want to| seems to| seem to|'ll| can| is willing to| are willing to| is going to| are going to)?"
_WHAT = r"(?: there| here)?(?: (?:at|on|around|over) (?:[^.;!?\w]*\d[^.;!?]{0,20}?|(?:the )?(?:price|number|rent|rate|fee|salary|money|figure|amount|terms)))?"

_STALLED = fast(
    r"\b(?:"
    + _NOBODY + _AUX + r"(?: really| actually| even| ever)?(?: been| prepared to| willing to)? " + _MOVE
    + r"|(?:" + _NOBODY + r"|" + _BOTH + r")(?:'s|'re| is| are| has| have| seem| seems)(?: been)? (?:dug in|digging in|holding (?:firm|out|the line)|stuck|refusing to (?:move|budge))"
    + r"|" + _BOTH + r" (?:won'?t|refuse to|refuses to|aren'?t willing to|are not willing to|can'?t) (?:move|budge)"
    + r"|(?:won'?t|haven'?t|hasn'?t|didn'?t|isn'?t|aren'?t|refuses? to|not) (?:\w+ ){0,2}(?:budg\w*|mov(?:e|ed|ing)\b)[^.;!?]{0,40}?"
    r"(?:neither (?:have|has|will|did|am|are|do|would) (?:i|we)|nor (?:have|will|do|am|are|would) (?:i|we)|(?:i|we) (?:won'?t|haven'?t|can'?t|am not|'m not|aren'?t|'re not|didn'?t) (?:\w+ )?either)"
    # each side's no, told in turn: "they won't move off 60/40, we haven't moved off 50/50"
    + r"|(?:they|he|she|the (?:\w+ )?\w+|(?-i:[A-Z][a-z]+))(?: still)? (?:won'?t|haven'?t|hasn'?t|didn'?t|refuses? to|refused to|will not|have not|has not) (?:\w+ ){0,2}(?:budg\w*|mov(?:e|ed|ing))\b[^.;!?]{0,40}?[,;—]\s*(?:and |while |but )?"
    r"(?:we|i)(?: still)? (?:won'?t|haven'?t|hasn'?t|didn'?t|refuse to|refused to|will not|have not) (?:\w+ ){0,2}(?:budg\w*|mov(?:e|ed|ing))\b"
    + r"|(?:stale-?mate|impasse|dead-?lock(?:ed)?|stand-?off|stand-?still|at loggerheads)"
    + r"|(?:we|we'?ve|we'?re|we are|we have|things|talks|negotiations?|it'?s|it has|the (?:talks|negotiations?|deal|discussions?))(?: have| has| are| is)?(?: been)?"
    r"(?: completely| totally| kind of| pretty much| basically| just)? stuck" + _WHAT + r"(?= " + _SPAN + r"|\s*$|\s*[.;!?,—]| and )"
    + r"|(?:going|went|gone|been|go) (?:back and forth|round (?:and round|in circles)|around in circles|in circles)(?: [^.;!?]{0,20}?)? " + _SPAN
    + r"|(?:nothing|no one|nobody) has (?:changed|moved|budged) " + _SPAN
    + r"|nothing (?:really )?(?:moves|moved|is moving|has moved|budges|budged|has budged|changes|has changed) (?:on|from) (?:either|both) sides?"
    + r"|(?:same|identical) (?:numbers?|positions?|offers?|arguments?) (?:for|since|over and over|again and again|every (?:time|call|round|meeting))"
    + r"|no (?:movement|progress) (?:from (?:either|both)|on either side|on both sides|" + _SPAN + r")"
    + r"|getting nowhere|going nowhere|not getting anywhere"
    + r")",
    re.I,
)

_NOT_STALLED = patterns.compile(r"\b(?:not|no longer|never|isn'?t|aren'?t|wasn'?t|weren'?t|avoid(?:ing)?|break(?:ing)?|broke|end(?:ed|ing)?|out of|before (?:we|it))\b"
                                r"(?:\s+[\w'’]+){0,3}\s*$", re.I)


_KEPT = r"(?:stayed|held|stuck|remained|sat) (?:firm )?(?:at|on)\s*[$€£]?\s*\d"
_KEPT_IN_TURN = patterns.compile(r"\b(?:(?:we|i)\b[^.;!?\n]{0,40}?\b" + _KEPT + r"[^.;!?\n]{0,30}[.;,]\s*(?:and |but |while )?(?:they|he|she) (?:also )?" + _KEPT
                                 + r"|(?:they|he|she) " + _KEPT + r"[^.;!?\n]{0,30}[.;,]\s*(?:and |but |while )?(?:we|i) (?:also )?" + _KEPT + r")", re.I)
"""Each side kept its number, told in turn, across a full stop too: "we stayed at 17. They stayed at 14."."""


def read_stalled(text: str) -> str | None:
    """The user's words saying the negotiation is stuck (both sides), or None."""
    kept = _KEPT_IN_TURN.search(text)
    if kept:
        end = re.search(r"[.;!?\n](?!\d)|$", text[kept.end():])
        return text[kept.start():kept.end() + end.start()].strip()  # to the end of the second side's clause
    for clause in find(text, _STALLED, negatable=False):
        m = _STALLED.search(clause)
        if m and _NOT_STALLED.search(clause[max(0, m.start() - 30):m.start()]):
            continue
        return clause
    return None


_ADMIT = (r"(?:(?:have|had|got|with)? ?(?:no|zero|not (?:much|any|a)|little|very little) (?:real |clear |good |actual |solid |proper )?(?:idea|clue|sense|feel(?:ing)?)(?: (?:about|of|for|on|as to))?"
          r"|not (?:really |entirely |totally |quite )?sure(?: about| of)?|unsure(?: about| of)?|clueless(?: about| on| as to)?|(?:don'?t|do not|didn'?t) (?:really |actually )?know(?: about)?"
          r"|can'?t (?:really )?tell|no way (?:of|to) know(?:ing)?|in the dark(?: about| on)?)")
_VALUE = (r"(?:worth|normal|fair|reasonable|typical|standard|usual|realistic|market|value|pric(?:e|es|ed|ing)|rates?|going rate|range|comps|comparables|ballpark|"
          r"how much|how (?:negotiable|flexible|firm|soft)\b|(?:room|wiggle room|leeway|give) (?:there is )?(?:below|under|off|on) (?:the )?(?:asking|list|sticker|price)|"
          r"what (?:to|i should|we should|i'?d|i could|we could) (?:ask|charge|offer|pay|quote|bid|expect|say|put|list|counter)|"
          r"(?:what|how much)\b[^.;!?]{0,30}?\b(?:pay|pays|paid|go(?:es)? for|sells? for|sold for|cost|costs|charge|charges|earn|earns|make|makes|rent(?:s)? for|fetch(?:es)?)\b)")
_VALUE_ADMIT = patterns.compile(r"\b" + _ADMIT + r"\b[^.;!?]{0,50}?\b" + _VALUE, re.I)
_VALUE_ADMIT = patterns.compile(_VALUE_ADMIT.pattern + r"|\b" + _ADMIT + r"\b,? (?:if|whether) (?:that'?s|thats|it'?s|its|this is|that is|the (?:price|quote|number|offer) is|(?:that|this|it) (?:price|quote|number|offer) is) (?:any |a )?"
                                r"(?:good|bad|fair|high|low|cheap|expensive|decent|terrible|awful|great|ok|okay|reasonable|a rip-?off|a steal|a deal)\b", re.I)
"""Also "no clue if that's good or terrible", "not sure whether the quote is high": the value of their number, unknown."""
_UNSEEN = patterns.compile(r"\b(?:haven'?t|have not|never|didn'?t|not) (?:really |even )?(?:researched|looked (?:anything |it |them )?up|checked (?:the )?(?:market|prices|comps)|"
                           r"done (?:any|my|much) (?:research|homework)|"
                           r"(?:looked at|checked|compared) (?:(?:any|the|other|many|much|local|recent|similar) )*(?:[\w-]+ (?:or|and|nor) (?:any |the )?)?"
                           r"(?:(?:sold|selling|asking|local|market|recent|similar) )?(?:market|prices|comps|comparables|listings|sales))\b"
                           r"|\bno (?:data|numbers|benchmarks|comps|comparables|price list|market data)\b(?! (?:problem|issue))"
                           # "havent really looked at what else has sold on the street", "never checked what these go for"
                           r"|\b(?:haven'?t|have not|never|didn'?t|not) (?:really |even |actually |yet )?(?:look(?:ed)? (?:at|into|up)|check(?:ed)?|research(?:ed)?|google(?:d)?|ask(?:ed)? around about) (?:what|how much) "
                           r"(?:[\w'’-]+ ){0,4}?(?:has |have |had )?(?:sold|sell|sells|went|go(?:es)? for|going for|cost|costs|pays?|charges?|earns?|makes?|rents? for|is worth|are worth|fetch(?:es|ed)?)\b", re.I)
_HOW_SOFT = patterns.compile(r"\bhow (?:negotiable|flexible|firm|soft)$", re.I)
_ABOUT_THEM = patterns.compile(r"^\W*(?:if|whether|why|what|how|when)? ?(?:\w+ ){0,2}?(?:they|he|she|them|his|her|their|the other (?:side|party|guy)"
                               r"|(?:the|this|that|our|my) (?:seller|buyer|landlord|tenant|owner|vendor|supplier|client|customer|recruiter|employer|dealer|agent|broker|counterparty)s?)\b"
                               r"(?!\s+(?:roles?|jobs?|ones?|cars?|things?|kind|type)\b)", re.I)


def read_uninformed(text: str) -> str | None:
    """The user's words admitting they don't know the value, price, market or range, or None.

    The admission must govern a word about value ("no idea what it's worth", "not sure what's
    fair", "no clue what these go for", "haven't looked anything up"); one whose object is the
    other side ("no idea if he's looking elsewhere", "not sure what they're thinking") is not.
    """
    for clause in find(text, _VALUE_ADMIT, negatable=False):
        m = _VALUE_ADMIT.search(clause)
        if m is None:
            continue
        tail = clause[m.start():m.end()]
        admit = re.match(r"\b" + _ADMIT + r"\b", tail, re.I)
        if admit and _ABOUT_THEM.search(tail[admit.end():]):
            continue
        if _HOW_SOFT.search(tail) and _ABOUT_THEM.search(clause[m.end():]):
            continue  # "no idea how negotiable the seller is": their stance, not the value
        return clause
    return next(iter(find(text, _UNSEEN, negatable=False)), None)
