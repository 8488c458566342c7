"""Counterparty tactics in the user's account: final offers, threats to leave, absent authorities,
nibbles after agreement, and a friendly-and-hostile double act.

Two kinds of text are read differently. In the user's narrative the other side is "they", "he",
"the dealer", a name: "they said they'd go with the other vendor". In the other side's own words
(a quote, a line after "she emailed:", their lines of a pasted chat) they say "we" and "I":
"we'll just go with her", "I have plenty of other buyers". A threat the *user* makes ("tell them
I'll walk") is a plan, not their tactic.
"""

from __future__ import annotations

import re

from board.codes import FindingCode as F

_THEY = (r"(?:they|he|she|the (?:\w+ ){0,2}?(?:buyer|seller|client|customer|company|recruiter|landlord|tenant|vendor|supplier|dealer|"
         r"manager|boss|owner|agent|couple|team|director|rep|firm|guy|lady|wife|husband)s?|[A-Z][a-z]+)")
_THEY_WILL = _THEY + r"(?:'ll| will| would|'d| might| could| may| (?:is|are|was|were) (?:going to|gonna)| threaten(?:ed|s|ing)? to| said (?:they|he|she)(?:'d| would| will|'ll))"
_WE_WILL = r"(?:we|i)(?:'ll| will| would|'d| might| (?:are|am|'re|'m) (?:going to|gonna)| (?:can|could))"
_LEAVE = (r"(?:just |simply |happily |have to |need to )?(?:go with|hire|find|look (?:elsewhere|around|at (?:other|another))|take (?:our|their|his|her|my) business|"
          r"move (?:on|to|our|the)|give (?:the|our|your|their|this|that) (?:\w+ )?(?:slot|business|contract|account|space|work|job|deal|order|listing|spot|place|role) to|switch(?: to)?|walk(?: away)?|pass|buy (?:\w+ )?(?:elsewhere|from)|sell (?:it |the \w+ )?to|rent (?:it )?to|give it to|"
          r"give notice|hand in (?:our|their|his|her|my) notice|leave|pull (?:out|the offer)|take it off the market|go elsewhere|shop around|"
          r"get (?:\w+ ){0,2}(?:elsewhere|from someone else)|use (?:another|a different|someone)|delist|drop (?:you|us|the)|cancel|not renew|end the)")
_OTHERS = (r"(?:other|another|plenty of|lots of|a lot of|several|a bunch of|many|a few|two|three|more) (?:other )?(?:\w+ )?(?:buyers|offers|candidates|finalists?|options|people|interest|"
           r"bidders|tenants|applicants|vendors|suppliers|devs|developers|quotes|contractors|agencies|firms|companies|interested parties|viewings)")

THREAT_NARRATIVE = re.compile(
    r"\b" + _THEY_WILL + r" [\"“‘']?" + _LEAVE + r"\b"
    r"|\b" + _THEY + r" (?:has|have|had|'ve got|has got|mentioned|said (?:they|he|she) (?:has|have|had)) " + _OTHERS + r"\b"
    r"|\bor (?:else )?(?:they|he|she)(?:'ll| will|'re| are|'s| is) (?:\w+ )?(?:going|moving|switching|walk(?:ing)?|leav(?:e|ing)|out|giv(?:e|ing) notice|hand(?:ing)? in|tak(?:e|ing)|look(?:ing)?|find(?:ing)?|sign(?:ing)? with|hir(?:e|ing)|book(?:ing)?|buy(?:ing)?)\b"
    r"|\b(?:threaten(?:ed|s|ing)? to (?:walk|leave|go|pull|cancel|switch|move)|plenty of (?:other )?fish)\b"
    r"|\bthere(?:'s| is| are) (?:plenty of|lots of|loads of|a lot of|many|several|other|a queue of|a line of) (?:other )?(?:\w+ )?(?:houses|homes|cars|flats|apartments|places|properties|candidates|buyers|options|suppliers|vendors|"
    r"tenants|people|bidders|applicants|agencies|freelancers|contractors|companies)(?: (?:they|he|she) (?:could|can|might)| out there| interested| (?:queu|lin)ing up| waiting| available| who)\b", re.I)

THREAT_SPEECH = re.compile(
    r"\b" + _WE_WILL + r" " + _LEAVE + r"\b"
    r"|\b(?:we|i) (?:have|'ve got|got|'ve had|had) " + _OTHERS + r"\b"
    r"|\bor (?:else )?(?:we|i)(?:'ll| will|'re| are|'m| am) (?:\w+ )?(?:going|moving|switching|walk(?:ing)?|leav(?:e|ing)|out|done|giv(?:e|ing) notice|tak(?:e|ing)|look(?:ing)?)\b"
    r"|\bor (?:else )?(?:we|i) (?:just |simply )?(?:walk|go (?:with|elsewhere|to)|rent (?:it )?to|sell (?:it )?to|give (?:it|the \w+) to|take (?:our|my) business|move|switch|find|hire|buy|look|leave|cancel|pull)\b"
    r"|\b(?:otherwise|if not|or else)\b[^.!?]{0,40}\b(?:we|i)(?:'ll|'m|m| will| am)? (?:(?:just|gonna|going to) )*(?:go|grab|buy|hire|find|get|look|take|walk|move|switch)\b"
    r"|\bplenty of (?:other )?(?:fish|buyers|people|interest|options)\b|\bsomeone else (?:will|would|can|is)\b|\b(?:no deal|we'?re done|i'?m out|deal'?s off)\b", re.I)

TAKE_IT = re.compile(
    r"\b(?:take it or leave it|final offer|best and final|last offer|non-?negotiable|(?:it'?s|is|that'?s|this is|was) (?:our |their |my |his |her )?final|"
    r"final (?:answer|number|price|figure|word)|best (?:we|i|they|he|she) can do|won'?t go (?:any )?(?:higher|lower|further|up|down)|"
    r"(?:not|won'?t be) (?:able to )?(?:budging|moving|go (?:any )?(?:higher|lower|up))|firm on|that'?s (?:it|the best)|top of the (?:band|range|budget)|"
    r"can'?t go (?:any )?(?:higher|lower|further)|no wiggle room|won'?t budge|(?:is|as) (?:high|low|far) as (?:we|i|they|he|she) can go|no (?:more )?room|"
    r"(?:all|what) the budget allows|nothing more (?:we|i|they) can do|can'?t (?:do|offer) (?:any )?(?:more|better)|(?:won'?t|can'?t|not going to) move beyond|"
    r"(?:won'?t|wouldn'?t|not going to|can'?t) (?:go|come) (?:up|down)|(?:will not|won'?t|not going to) (?:go|come) (?:any )?(?:higher|lower)"
    r"|(?:[$€£]\s?\d[\d,.]{0,40}\s?k?|\d[\d,.]{0,40}\s?(?:k|dollars|euros?|pounds|bucks|quid)?)\s*(?:,\s*)?(?:firm|fixed|flat,? no haggling|non-?negotiable|no haggling|no offers)"
    r"|(?<!my )(?<!our )(?:price|rent|rate|fee|offer|number|salary|figure|it|that|this)(?:'s| is| was| are) (?:absolutely |completely |totally )?(?:firm|fixed|set in stone|not (?:up for )?negotia(?:ble|tion)|non-?negotiable)"
    r"|(?:is|are|'s) not (?:up for )?negotia(?:ble|tion)|isn'?t (?:up for )?negotia(?:ble|tion)|not open to negotiation|no (?:room for )?negotiation|no haggling|(?:this|that) is (?:the|our) (?:price|number), period)\b", re.I)

AUTHORITY = re.compile(
    r"\b(?:(?:my|his|her|their|our|the) (?:manager|boss|director|partner|wife|husband|spouse|board|ceo|cfo|coo|committee|finance(?: team)?|vp|head office|"
    r"headquarters|legal|procurement|deal desk|owner|sales manager|regional manager|superiors?|higher-?ups?|management|team lead|lender|bank) "
    r"(?:won'?t|wouldn'?t|has to|needs to|must|will have to|didn'?t|doesn'?t|hasn'?t|would never|will never|approve|caps?|capped|signs? off|decides|sets)"
    r"|need(?:s)? to (?:check|run it by|talk to|ask|clear it with|get approval|get sign-?off)|check(?:ing)? with (?:my|his|her|their|the)"
    r"|run it (?:by|past)|take (?:it|that) back to|(?:needs?|requires?|pending|subject to) (?:\w+ )?(?:approval|sign-?off)|not (?:my|his|her|their) (?:call|decision)"
    r"|(?:above|out of|outside) (?:my|his|her|their) (?:pay grade|authority|hands|remit)|approval from|have to get it approved|let me see what i can do with"
    r"|(?:talk|speak|go) to (?:my|his|her|their|the) (?:manager|boss|director|partner|sales manager)|(?:only|can only) (?:approve|authori[sz]e)"
    r"|(?:has|have|gets?) the (?:final|last) (?:say|word)|(?:only|just) (?:the|my|his|her|their) \w+ can (?:approve|sign|decide|agree)|(?:ask|check with|consult) (?:the|my|his|her|their) (?:head office|finance team|board|owner|landlord|partner)"
    r"|(?:get|getting|needs?|waiting for) (?:the )?(?:green light|okay|ok|go-?ahead) from)\b", re.I)

NIBBLE = re.compile(
    r"\b(?:one (?:(?:more|last|small|little|tiny|final|quick) ){1,2}(?:thing|request|favou?r|ask|detail)|just one (?:small |more |last )?thing|oh,? and|"
    r"(?:can|could|would|will) you (?:also|just|now) (?:\w+ ){0,2}?(?:throw in|include|add|cover|do|leave|pay|contribute|make|knock|take)|"
    r"(?:they|he|she)(?:'re| are| is|'s)? (?:now |also |then |suddenly |since )+(?:want|wants|asked|asking|asks|request(?:ed|s|ing)?|push(?:ing)? for|add(?:ed|ing)?)|"
    r"(?:now|then|and then) (?:they|he|she) (?:want|wants|asked|is asking|are asking|requested|added|came back asking)|"
    r"(?:also|and) (?:contribute|throw in|cover|leave|include|add)|would you be (?:ok|okay|alright|fine) with|"
    r"last[- ]minute (?:request|ask|addition|change)|(?:the \w+|[A-Z][a-z]+) (?:now |also |then |suddenly |since )+(?:wants?|asked|asks|asking|requests?|requested|expects?)|"
    r"came back (?:and )?(?:asking|wanting|asked|wants)(?: (?:me|us))? (?:to|for) (?:also |just |throw |include |add |cover |pay |leave )|"
    r"before (?:we|i) (?:send|sign) (?:the )?paperwork|as part of the (?:agreed|same) (?:price|deal))\b", re.I)

_WARM = re.compile(r"\b(?:warm|friendly|nice|lovely|sweet|kind|apologetic|sympathetic|on my side|on our side|on your side|want (?:this|it) to work|fighting for (?:me|us|you)|"
                   r"really (?:want|wants) (?:you|me|us)|i'?m sure we can (?:sort|work)|soft(?:er)?|reasonable one|good cop|apologi[sz](?:ed|ing|es))\b", re.I)
_HARD = re.compile(r"\b(?:cold|ice[- ]cold|blunt|hostile|aggressive|tough|rude|harsh|mean|hard-?line|hardball|stern|curt|dismissive|brusque|"
                   r"barely look(?:s|ed)?|snapped|unpleasant|grumpy|angry|bad cop|hard one|impatient|frosty|pushy)\b", re.I)
_PEOPLE = re.compile(r"\b(?:(?!(?:The|Then|This|That|They|Their|She|He|His|Her|It|We|Our|My|But|And|So|Honestly|Last|First|Meanwhile|When|While)\b)[A-Z][a-z]{2,}"
                     r"|(?i:(?:the|his|her|their|its) (?:\w+ )?(?:manager|boss|vp|director|wife|husband|partner|salesman|salesperson|rep|ae|agent|owner|recruiter|"
                     r"hiring manager|deal desk|finance|other one|one|guy|woman|man|colleague)))\b")


def good_cop_bad_cop(text: str) -> str | None:
    """A warm person and a hard one on their side: both moods, in different sentences or clauses, about people."""
    warm = [m for m in _WARM.finditer(text) if not re.search(r"\b(?:not|n'?t|never)\s+(?:\w+\s+)?$", text[max(0, m.start() - 20):m.start()], re.I)]
    hard = [m for m in _HARD.finditer(text) if not re.search(r"\b(?:not|n'?t|never)\s+(?:\w+\s+)?$", text[max(0, m.start() - 20):m.start()], re.I)]
    for w in warm:
        for h in hard:
            lo, hi = sorted((w.start(), h.start()))
            between = text[lo:hi]
            if 25 <= hi - lo <= 600 and re.search(r"[.!?;—]|\b(?:then|while|but|whereas|meanwhile|other)\b", between, re.I) \
                    and len(set(p.group().lower() for p in _PEOPLE.finditer(text[max(0, lo - 80):hi + 80]))) >= 2:
                a, b = max(0, lo - 60), min(len(text), hi + 40)
                words = text[a:b].strip()
                return words if len(words) <= 200 else words[:200] + "…"
    return None


def two_voices(lines: list[tuple[str, str]]) -> str | None:
    """Good cop/bad cop in a transcript: one of their speakers warm, another hard (speaker, text)."""
    def mood(rx: re.Pattern[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for who, said in lines:
            m = rx.search(said)
            if m and not re.search(r"\b(?:not|n'?t|never)\s+(?:\w+\s+)?$", said[max(0, m.start() - 20):m.start()], re.I):
                out.setdefault(who, said)
        return out

    warm, hard = mood(_WARM), mood(_HARD)
    for w, w_said in warm.items():
        for h, h_said in hard.items():
            if w.lower() != h.lower():
                words = f"{w}: {w_said.strip()} … {h}: {h_said.strip()}"
                return words if len(words) <= 200 else words[:200] + "…"
    return None


CODES = [
    (F.TACTIC_TAKE_IT_OR_LEAVE_IT, TAKE_IT, TAKE_IT),
    (F.TACTIC_WALKAWAY_THREAT, THREAT_NARRATIVE, THREAT_SPEECH),
    (F.TACTIC_HIGHER_AUTHORITY, AUTHORITY, AUTHORITY),
    (F.TACTIC_NIBBLE, NIBBLE, NIBBLE),
]
