"""Pasted chats and email threads: who said which line, and which numbers were offers.

A transcript is two or more lines of the form ``Speaker: message`` with at least two
speakers. The user's side comes from what they say about themselves ("I'm the buyer",
"I'm Jane", a ``Me:`` speaker, else the ``You:`` a messaging app puts on the user's own messages); the other
speakers are "them". Chats exported from messaging apps arrive here already without their time stamps (exports.py). Every price a side names is
an offer of that side, in order, except what only *mentions* a price: the listing price
quoted back ("you're asking 300?"), the other side's number echoed ("300 is too much"), a
number refused ("I can't do 18"), or a number that is not money.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from board import lexicon, patterns
from board.implied import implied
from board.money import Mention, amounts, scan

_LINE = patterns.compile(r"^[ \t>*-]*\(?([A-Z][\w .'&-]{0,30}?|[a-z][\w.'-]{0,15})\)?[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*:[ \t]*(\S.*)$", re.M)
_ME_NAMES = {"me", "i", "myself", "you (me)", "user", "us", "we", "our side", "my side"}
_THEM_NAMES = {"them", "they", "other side", "counterparty", "other", "recruiter", "hr", "landlord", "employer",
               "hiring manager", "manager", "dealer", "salesman", "salesperson", "sales", "agent", "client", "customer",
               "vendor", "supplier", "boss", "company", "owner", "tenant", "buyer", "seller", "candidate", "contractor",
               "freelancer", "realtor", "broker", "rep"}
_NOT_SPEAKERS = (lexicon.NOTE_LABELS - _ME_NAMES - {"you", "my", "our"}) | {"p.s"}

_LISTING_CUE = patterns.compile(r"\b(?:asking|list(?:ed|ing)?|ad (?:says|said)|advertised|posted|the price (?:is|was)|you(?:'re| are) (?:asking|selling|offering|charging|wanting)|you want|you(?: (?:have|had|got)| 'v?e got|'ve got) (?:it|them|this|that|these|those)(?: listed| posted| up)?(?: for| at))\W*(?:\w+\W+){0,3}$", re.I)
_REFERENCE_CUE = patterns.compile(r"\b(?:(?:online|refurbished|elsewhere|amazon|ebay|store) for|i'?ve seen|seen (?:it|them|this|these|one|ones)(?: \w+)?(?: for)?|retail(?:s|ed)?|msrp|(?:kbb|kelley blue book|blue book)(?: \w+)?(?: (?:says|lists|value|price))?|resell (?:it|them|this|that|these)(?: \w+)? for|(?:poured|invested|sunk) (?:about |over |around |almost )?|(?:charge|charges|charging|charged) (?:me|us)|new (?:it|they|these|this|ones?) (?:cost|go|sell)|paid|(?<!if i )(?<!if we )(?:bought|purchased) (?:[\w-]+ ){0,8}?for|originally|it cost|cost me|"
                                  r"worth|value[ds]?|goes for|shipping(?: will)? cost|costs? me|spent)\W*(?:\w+\W+){0,3}$"
                                  r"|\b(?:someone|somebody|some guy|a guy|one guy|another guy|a lady|one lady|a person|a buyer|one buyer|another buyer|people|he|she|they)(?: \w+){0,2} (?:offered|bid|paid|will pay|would pay|wants to pay)(?: me| us)?(?: \w+)?\W*$"
                                  r"|\b(?:that|which) (?:only |just )?(?:costs?|sells? for|retails? for|goes for)(?: only| just| about| around| like)?\W*$"
                                  r"|\b(?:deposit|fees?|tax(?:es)?),?(?: (?:which|that))? (?:is|was|of|will be|would be)(?: about| around| only| just)?\W*$", re.I)
_OFFER_CUE = patterns.compile(r"\b(?:how about|what about|would you|will you|could you|can you|i can|i could|i'?ll|i will|i would|i'?d|let'?s|do|take|pay|offer|give|accept|"
                              r"go|for|at|closer to|up to|down to|stretch to|go to|come to|drop to|lowest|highest|least|most|make it|deal|meet|settle|sell|buy|is fine|works|agreed?(?: on| to| upon)?)\W*(?:\w+\W+){0,2}$", re.I)
_REFUSE = patterns.compile(r"\b(?:can'?t|cannot|won'?t|couldn'?t|not|no way|never|don'?t (?:have|got))\b(?:\W+\w+){0,3}\W*$", re.I)
_NO_WAY = patterns.compile(r"\b(?:no way|not a chance|there'?s no chance)(?: that)? (?:i|we) (?:can|could|would|will|am able to)\b(?:\W+\w+){0,8}\W*$", re.I)
"""A refusal that carries its own modal: "there is no way I can sell a new phone for $290"."""
_LIMIT = patterns.compile(r"\b(?:but|how about|what about|would you|will you|could you|can you|i can(?!'?t|not)|i could(?!n)|i'?ll|lowest|highest|least|most|"
                          r"(?:more|less|lower|higher) th[ae][nt]|below|above|under|over|beyond|past|(?:south|north) of|(?:moving|budging|budge|move|going down|coming down) (?:off|from))\b", re.I)
_ASKED_NOT = patterns.compile(r"\b(?:(?:are you sure|sure|so|really) you (?:can'?t|cannot|won'?t)|(?:can'?t|won'?t|couldn'?t) you)(?: \w+)?(?: (?:do|go|take|accept|pay|meet|come|make it))(?: (?:up|down))?(?: to| for| at)?\W*$", re.I)
_TOO = patterns.compile(r"^\W{0,3}(?:(?!(?:but|if|and|so|unless|because|though|then)\b)\w+\W+){0,3}?(?:is|seems|sounds)?\W*(?:way |a bit |little |bit |too |kind of |pretty )*(?:to?o (?:much|high|low|steep|expensive|cheap)|(?:a (?:little|bit) )?(?:on the )?(?:low|high) (?:side|for)|lowball|"
                        r"out of|(?:is|seems|sounds) (?:(?:a bit|a little|way|well|far|slightly|just|still) )?(?:over|above|beyond|outside|out of) (?:my|our|the) (?:\w+ )?(?:budget|range|means|limit)|a bit (?:much|high|steep)|(?:is|seems) (?:(?:very|really|rather|quite|so|far|pretty|awfully|extremely|ridiculously) )?(?:high|steep|low|ridiculous|insane|crazy)|way too|is a lot|is not|isn'?t)", re.I)
_DIFF_BEFORE = patterns.compile(r"\b(?:(?:lower|drop|reduce|knock|bring|come|go|cut)\w*\s+(?:it\s+|the price\s+)?(?:down\s+)?by|extra|additional|another|difference of|off|save|saves|saving|knock(?:ed)? off|take off|throw in(?: a| an| the)?|include(?: a| an| the)?)[ \t]*$", re.I)
_MORE_LESS = patterns.compile(r"^\s*(?:more|less|lower|higher|off|over|under|below|above|cheaper|difference|discount|towards?)\b", re.I)
_PAY_ASKING = patterns.compile(r"\b(?:pay|do|give you|offer|accept|take)(?: you)? (?:the |your )?(?:full )?(?:asking|listing|listed) price(?: of| at)?\W*$", re.I)
_QUOTED = patterns.compile(r"\byou(?: just| already)? (?:said|offered|told me|mentioned|quoted)(?: (?:that )?(?:you'?d|you would|you could|you can|you'?ll))?(?: (?:do|pay|take|go|give me|sell it for|accept))?\W*$", re.I)
_MARKET_SALE = patterns.compile(r"\b(?:(?:normally|usually|typically|regularly|ordinarily)(?: (?:are|is|cost|costs|run|runs|retail(?:s|ed)?|sell|sells|go|goes|priced)(?: for| at)?)?|(?:go|goes|went|sell|sells|sold) for)\W*(?:\w+\W+){0,3}$", re.I)
_FIRST_OR_YOU = patterns.compile(r"\b(?:i|i'?d|i'?ll|i'?m|we|we'?d|we'?ll|we'?re|let|you|u)\b", re.I)
_NEW_AFTER = patterns.compile(r"^\s*(?:brand[- ]new|new|retail|in (?:the )?stores?|at (?:the )?stores?)\b", re.I)
_PART = patterns.compile(r"\b(?:of which|difference (?:between|of))\b", re.I)
_COST_INSIDE = patterns.compile(r"\b(?:the )?(?:parts?|materials?|labou?r|supplies|the (?:oem |genuine |original )?(?:parts?|materials?|tyres?|tires?|components?))(?: alone| by themselves| on (?:their|its) own)? "
                               r"(?:are|is|cost|costs|run|runs|come to|comes to|add up to)(?: me| us)?(?: (?:close to|about|around|roughly|nearly|almost|over|at least|like))?\W*$", re.I)
"""Before a number in a line, a part of the job priced on its own ("OEM parts alone are close to 900"): a cost behind the
price, not an offer."""
_COUNT_ECHO = patterns.compile(r"\b\d+\s+(?!(?:dollars?|bucks|euros?|pounds?|quid|grand|k|usd|eur|gbp|each|per|a|an|the|for|at|or|and|is|was)\b)[a-z]+\s+"
                               r"(?:instead of|rather than|vs\.?|versus|not|compared to|compared with|up from|down from)\s*$", re.I)
"""Before a bare number: a count with its noun and a comparison ("20 bags instead of", "50 seats, not"): the same count again."""
_THING = patterns.compile(r"^\s*(?!(?:offer|bid|counter\w*|price|deal|total|payment|cash|budget|limit|max\w*|month|week|year|night|day|hour|piece|each|per|and|or|for|if|to|now|then|is|it|sounds?|would|will|works?)\b)[a-z]", re.I)


@dataclass
class Line:
    speaker: str
    text: str
    start: int


@dataclass
class Transcript:
    lines: list[Line]
    me: set[str]
    them: set[str]
    narrative: str
    """The text outside the chat lines (the user's own framing)."""
    notices: list[str] = field(default_factory=list)


_SPOKEN = patterns.compile(r"\b(?:i|i'?m|i'?d|i'?ll|i'?ve|me|my|we|we'?re|we'?d|we'?ll|us|our|you|your|u|ur)\b|\?|!", re.I)


def parse(text: str, role: str | None = None) -> Transcript | None:
    """Split ``text`` into speaker lines; None when it does not look like a transcript."""
    matches = [m for m in _LINE.finditer(text)
               if m.group(1).strip().lower() not in _NOT_SPEAKERS and len(_untagged(m.group(1).strip()).split()) <= 3 and "." not in m.group(1)]
    lines = [part for m in matches for part in _split_turns(_untagged(m.group(1).strip()), m.group(2), m.start(2))]
    speakers = []
    for ln in lines:
        if ln.speaker.lower() not in [s.lower() for s in speakers]:
            speakers.append(ln.speaker)
    if len(lines) < 2 or len(speakers) < 2:
        return None
    if not any(sp.lower() in _ME_NAMES | _THEM_NAMES for sp in speakers) and (
            2 * sum(bool(_SPOKEN.search(ln.text)) for ln in lines) < len(lines)
            or all(re.match(r"[ \t]*[-*•]", text[text.rfind("\n", 0, m.start(2)) + 1:m.start(2)]) for m in matches)):
        return None  # "- Vendor A: $1,180/unit, 4-hour support" / "- Vendor B: …": a list of notes, not people speaking
    spans = [(m.start(), m.end()) for m in matches]
    narrative, last = [], 0
    for a, b in spans:
        narrative.append(text[last:a])
        last = b
    narrative.append(text[last:])
    me, them, notices = _sides(speakers, text, role)
    return Transcript(lines, me, them, "".join(narrative), notices)


_ROUND_TAG = patterns.compile(r"^(?:r|rd|round|rnd|#)?\s*\d{1,2}[.):]?\s+(\S.*)$", re.I)


def _untagged(speaker: str) -> str:
    """A history with its rounds numbered ("R1  me: $12,000 | them: $8,000", "Round 2 - us: 480"): the speaker is
    the side named after the round tag, so every round's "me" is the same speaker."""
    m = _ROUND_TAG.match(speaker)
    if m and m.group(1).strip(" -–").lower() in _ME_NAMES | _THEM_NAMES:
        return m.group(1).strip(" -–")
    return speaker


_SECOND_TURN = patterns.compile(r"\s+(?:[/|;→⇒]|->|=>)\s*([A-Za-z][\w'-]{0,20})[ \t]*:[ \t]*(\S.*)$")


def _split_turns(speaker: str, text: str, start: int) -> list[Line]:
    """One line holding two turns ("Me: 24,000 / them: 29,900"): each turn its own line, when the second
    speaker is a side's name (me, them, the dealer…), not a colon inside a message."""
    m = _SECOND_TURN.search(text)
    if m is None or m.group(1).lower() not in _ME_NAMES | _THEM_NAMES or m.group(1).lower() == speaker.lower():
        return [Line(speaker, text.strip(), start)]
    # "me: £600 → them: £500 → me: £560": a whole history on one line, each turn its own line
    return [Line(speaker, text[:m.start()].strip(), start), *_split_turns(m.group(1), m.group(2), start + m.start(2))]


_MY_TURN_TOLD = patterns.compile(r"^[ \t]*(?:(?:then|so|and|later|eventually)[ ,]+)?(?:i|we) (?:went (?:down |up )?to|came (?:down |up )?to|dropped (?:it |my price )?to|offered|countered(?: at| with)?|replied|said|texted back|wrote back|answered|responded|moved to|came back (?:at|with))\b", re.I | re.M)
"""A line of the user's own account, between pasted lines, telling the user's own turn ("I went to $7,000."): the
pasted lines are all the other side's."""


def _told_of(speaker: str, text: str) -> bool:
    """Whether the user's own account names ``speaker`` as someone else: the name outside its line label,
    in the third person ("then his sales manager Rick comes over", "after Rick walks off"), not "I'm Rick"."""
    name = re.escape(speaker)
    for m in re.finditer(r"(?<![\w'])" + name + r"(?![\w'])", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if re.fullmatch(r"[ \t>*-]*\(?", text[line_start:m.start()]) and re.match(r"\)?[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*:", text[m.end():]):
            continue  # its line label
        if re.search(r"\b(?:i'?m|i am|me|my name is|this is)[ ,(]*$", text[max(0, m.start() - 15):m.start()], re.I):
            continue
        return True
    return False


def _sides(speakers: list[str], text: str, role: str | None) -> tuple[set[str], set[str], list[str]]:
    low = {s: s.lower() for s in speakers}
    me = {s for s in speakers if low[s] in _ME_NAMES}
    named = re.search(r"\bi(?:'m| am)\s+(?:the\s+)?[\"']?([\w .'-]{1,30}?)[\"']?(?:\s+(?:here|in (?:this|the) chat|side))?\s*(?:[.,;:!)\n]|$)", text, re.I)
    if named:
        who = named.group(1).strip().lower()
        me |= {s for s in speakers if low[s] == who or low[s] == who.split()[0] or low[s].split()[0] == who}  # "I'm Sam": "Sam Jones"
    if not me and role:
        me = {s for s in speakers if low[s] == role or (role == "candidate" and low[s] in ("candidate", "employee"))}
    if not me:
        me = {s for s in speakers if low[s] == "you"}  # a messaging app labels the user's own messages "You" ("Dave: 45?" / "You: 55")
    notices: list[str] = []
    if not me:
        others = [s for s in speakers if low[s] in _THEM_NAMES]
        rest = [s for s in speakers if s not in others]
        told = {s for s in rest if _told_of(s, text)}
        if others and len(rest) == 1 and rest[0] not in told:
            me = {rest[0]}
        elif rest and all(s in told for s in rest):
            me = set()  # "Jake (salesman) was friendly… then his manager Rick comes over": both are people in the user's story
        elif len(rest) > 1 and _MY_TURN_TOLD.search(text):
            me = set()  # "Greg: … / Linda: … / I went to $7,000.": the user's turns are told between their lines, so no label is the user
        else:
            me = {speakers[0]}
            notices.append(f"Assumed you are '{speakers[0]}' in the pasted conversation; say which side you are if not.")
    them = {s for s in speakers if s not in me}
    return me, them, notices


def _is_offer(line: Line, m: Mention, asking: float | None, last_other: float | None, owner: bool,
              last_own: float | None = None) -> bool:
    """Whether a price in a line is an offer of its speaker; ``owner`` is the side the listing is theirs."""
    before = line.text[max(0, m.start - 60):m.start]
    after = line.text[m.end:m.end + 40]
    if m.is_range:
        return False  # "in the 1000-1500 range" is a hint, not an offer
    if (_MORE_LESS.match(after) and (re.match(r"\s*off\b", after) or not re.search(r"\b(?:for|at|do|take|pay|offer)\W*$", before, re.I))) \
            or _DIFF_BEFORE.search(before):
        return False  # "$50 more", "an extra $50": a difference, not a price
    clause = re.split(r"[.!?;]\s", before)[-1]
    if _REFERENCE_CUE.search(clause) or _NEW_AFTER.match(after) or _PART.search(clause) or _COST_INSIDE.search(clause):
        return False  # what it cost new, what it is worth, a part of a total ("of which $25 in cash")
    sale = _MARKET_SALE.search(clause)
    if sale and not _FIRST_OR_YOU.search(clause[:sale.start()][-40:]) and not re.match(r"\W*(?:so |and )?(?:that'?s|that is|is) my (?:offer|price)", after, re.I):
        return False  # "those go for $200": what others sell for, not what the speaker asks or offers
    if m.kind == "bare" and (re.match(r"\s*(?:\"|”|″|''|inch(?:es)?\b)", after) or re.match(r"'?s\b", after) and m.value % 10 == 0 and (m.value < 100 or 1900 <= m.value <= 2030)):
        return False  # 36" high, 18.5 inches deep: a measurement; the 80's, 1900's: a decade
    if m.kind == "bare" and m.value.is_integer() and 1900 <= m.value <= 2039 and re.search(r"\b(?:a|an)\s*$", before) \
            and re.match(r"\s*(?:[,.;!)]|model\b|$)", after):
        return False  # "It's a 1975, and ...": a model year, not a price
    if m.kind == "bare" and _COUNT_ECHO.search(before):
        return False  # "20 bags instead of 12": the same count again, not a price
    if re.search(r"\b(?:a|an)\s*$", before) and _THING.match(after):
        return False  # "a $25 gift card": a thing worth an amount, not a price for the deal
    if _QUOTED.search(clause):
        return False  # "you just said you'd do 400": their number quoted back, not the speaker's
    if not owner and _LISTING_CUE.search(clause) and not _PAY_ASKING.search(clause):
        return False  # the listing price quoted back by the side that did not set it
    if not owner and asking is not None and abs(m.value - asking) < 0.005 * asking:
        if re.match(r"[^.!]{0,25}\?", after) or _TOO.search(after) or not (_OFFER_CUE.search(before) or _PAY_ASKING.search(before)):
            return False
    refused = _REFUSE.search(clause)
    if refused and not _LIMIT.search(clause[refused.start():]) and not _ASKED_NOT.search(clause):
        return False  # "I can't do 18", "I really can't afford 1700" (but "I can't go lower than 18" is a floor)
    no_way = _NO_WAY.search(clause)
    if no_way and not _LIMIT.search(clause[no_way.start():], re.search(r"\b(?:can|could|would|will|to)\b", clause[no_way.start():]).end()):
        return False  # "no way I can sell it for $290" (but "no way I can go below 280" is a floor)
    restated = owner and asking is not None and abs(m.value - asking) < 0.005 * asking
    if _TOO.search(after) and not _OFFER_CUE.search(clause) and not restated:
        return False  # "7000 is too high": a number judged, not offered
    if last_other is not None and abs(m.value - last_other) < 0.005 * max(last_other, 1):
        if (re.match(r"\W{0,3}\?", after) and not _OFFER_CUE.search(before)):
            return False  # "300 is too much", "the $25?": their number echoed back
    if m.scaled and not (_OFFER_CUE.search(before) or not line.text[:m.start].strip()):
        return False  # "I have 2 new helmets" is not 2,000
    if m.scaled and re.match(r"\s*(?:tomorrow|today|tonight|this (?:morning|afternoon|evening)|in the (?:morning|afternoon|evening)|o'?clock)\b", after, re.I):
        return False  # "by 5 tomorrow" is a time
    if last_own is not None and last_other is not None and m.value < 0.5 * min(last_own, last_other) \
            and abs(m.value - abs(last_own - last_other)) < 0.005 * max(m.value, 1):
        return False  # "I can get the other 30 dollars": the gap between the two sides, not a price
    return True


_YOUR_NUMBER = patterns.compile(r"(?<!pay )(?<!paying )(?<!take )(?<!taking )(?<!accept )(?<!accepting )(?<!do )(?<!meet )(?<!match )(?<!to )(?<!with )\byour (?:\w+ )?(?:rate|price|quote|ask|asking price|fee|number|offer|proposal|figure|bid|estimate)(?: of| is| was| at)?\s*[$€£]?\s*$", re.I)
"""Before an amount in one side's line: the other side's number named back to them ("your rate of £650/day") —
not one the speaker takes up ("I'm willing to pay your asking price of $13500" is their own move to it)."""


RATE_LINE = patterns.compile(r"\b(?:my|our) (?:absolute |hard |real )?(?:floor|minimum|bottom[- ]?line|walk-?away(?: point)?|limit|red line|ceiling|max(?:imum)?)\b(?: is| of| at| would be)?\s*(?:about |around )?$", re.I)
"""Before a rate the speaker's side will not cross ("Us: 28%, then 27%. Our floor is 25%"): their line, not an offer."""


def _rate_levels(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with the line's percents as rate levels ("Them: 22%" when a margin is negotiated), unless it states money."""
    if any(m.kind == "money" for m in found):
        return found
    rates = [Mention(p.value, p.start, p.end, p.text, "money", "%") for p in scan(text) if p.kind == "percent" and 0 < p.value <= 100
             and not RATE_LINE.search(re.split(r"[.!?;,]\s", text[:p.start])[-1])]
    return sorted(found + rates, key=lambda m: m.start) if rates else found


def offers(tr: Transcript, asking: float | None, owner: str | None = None, scale: float | None = None,
           rates: bool = False) -> list[tuple[str, float, str]]:
    """(by, amount, words) for each offer in the chat, in order; ``owner`` is the side whose listing it is.

    ``scale`` is the size of the deal from the user's own words around the chat ("comps are
    410-440k"), so "Us: 405" is read as 405,000 when the chat itself states no money. ``rates``:
    the number negotiated is a rate (a margin, a commission), so "Them: 22%" is an offer of 22%."""
    reference = asking
    if reference is None:
        found = [m.value for ln in tr.lines for m in amounts(ln.text) if m.kind == "money"]
        reference = max(found) if found else scale  # the deal's own scale, not a fee or a discount
    out: list[tuple[str, float, str]] = []
    last: dict[str, float | None] = {"me": None, "them": None}
    asked: str | None = None  # the other side's line just before, when it asks something other than a price
    for ln in tr.lines:
        by = "me" if ln.speaker in tr.me else "them"
        other = "them" if by == "me" else "me"
        found = amounts(ln.text, reference)
        found = _rate_levels(ln.text, found) if rates else found
        kept = [m for m in _with_year_shaped_prices(ln.text, _changed_to(ln.text, found))
                if _plausible(m, reference) and _is_offer(ln, m, asking, last[other], owner in (None, by), last[by])
                and not (asked and _answers_question(ln.text, m))]
        q = _QUESTION_NOT_PRICE.search(ln.text)
        asked = ln.text if q and ("?" in ln.text or not re.sub(r"^.*[.!?]\s", "", ln.text[:q.start()]).strip()) \
            and not _PRICE_TALK.search(ln.text) else None
        yours = [m for m in kept if _YOUR_NUMBER.search(ln.text[max(0, m.start - 40):m.start])]
        later: list[Mention] = []
        if yours and len(yours) < len(kept):
            kept = [m for m in kept if m not in yours]  # "Your rate of £650/day is above what we budgeted, we were thinking £500": 650 is the other side's
            later = [m for m in yours if m.start > kept[0].start]
            for m in yours:
                if m not in later:
                    out.append((other, m.value, f"{ln.speaker}: {ln.text}"[:200]))
                    last[other] = m.value
        said = _summed(ln.text, _echoes_dropped(ln.text, kept, last[other]))
        if not said:
            value = implied(ln.text, by, last, asking, owner)
            said = [value] if value is not None else []
        words = f"{ln.speaker}: {ln.text}"
        for value in said:
            out.append((by, value, words if len(words) <= 200 else words[:199] + "…"))
            last[by] = value
        for m in later:  # "…pay $9450 but I'm willing to pay your asking price of $13500": named back after the speaker's own number
            out.append((other, m.value, words if len(words) <= 200 else words[:199] + "…"))
            last[other] = m.value
    return out


_QUESTION_NOT_PRICE = patterns.compile(r"\b(?:how (?:many|old|long|far|big|tall|wide|high|heavy|large|often|soon|are|is|was|were)|how much (?:does|do|did) (?:it|they|this|that|these|those|the \w+) weigh|"
                                       r"what (?:year|size|kind|type|model|colou?r|floor|condition|time|day|date|make)|when|which|mileage|miles)\b", re.I)
_PRICE_TALK = patterns.compile(r"[$€£]|\d|\b(?:price\w*|offer\w*|pay|paying|take|accept|lowest|highest|budget|cost\w*|sell|selling|deal|cash|afford|worth|"
                               r"how much(?! (?:does|do|did) (?:it|they|this|that|these|those|the \w+) weigh)|asking|rent|discount|cheaper|lower|negotia\w*|firm|obo|go down|come down|budge)\b", re.I)
"""A question that asks for a count, a year, a size or a state ("how many miles?", "when was it built?"), not a price."""
_OFFER_AFTER = patterns.compile(r"\s*(?:firm|obo|or (?:best|nearest)|(?:is|would be) (?:my|the) (?:price|offer|lowest|best|bottom|final)|and (?:it'?s|its) yours|(?:for|on) (?:it|the|this)|,?\s*(?:and )?(?:a |we have a |it'?s a )?deal)\b", re.I)


def _answers_question(text: str, m: Mention) -> bool:
    """A plain number (no currency) in the first sentence of the answer to a question about something other than
    the price: "Spring 2017" to "when was it built?", "3" to "how many bathrooms?", "less than 3000" to "how many
    miles?" is a year, a count or a distance, not a price (and is never read as thousands)."""
    if m.kind != "bare":
        return False
    first = re.match(r"(?:[^.!?]|[.!?](?=\S))*", text)
    if first is None or m.start > first.end():
        return False
    clause = re.split(r"[.!?;,]\s", text[:m.start])[-1]
    return not (_OFFER_CUE.search(clause) and re.search(r"\b(?:i|we|you)\b", clause, re.I)) and not _OFFER_AFTER.match(text[m.end:])


_YEAR_SHAPED = patterns.compile(r"(?<![\w$€£.,])(19\d\d|20[0-3]\d)(?![\w.,]\d|\w|'s|-)")
_PROPOSE_BEFORE = patterns.compile(r"\b(?:how about|what about|(?:go|come|drop|get it)(?: down| up)? to|(?:lower|drop|bring|brought|reduce|cut|take|knock|come down)(?: it| that| the price| the rent| rent)?(?: down)? to|(?:go|come|drop|sell|rent it|do it|take) (?:any )?(?:below|under|lower than|less than|above|over|higher than|more than)|(?:i can|i could|i'?ll|will you|would you|could you|can you) (?:do|take|pay|accept)|"
                                   r"offer(?: you)?|settle (?:for|on)|meet (?:you )?at|let (?:it|them) go for|sell (?:it|them) for)\s*$", re.I)


_NUMBER_CAN = patterns.compile(r"(?<![\w$€£.,])(\d{1,6}(?:\.\d{1,2})?)(?=\s+can\s+(?:work|do|be|go|happen|manage|stretch)\b)", re.I)


_CHANGED_FROM = patterns.compile(r"\b(?:price|prices|rent|rate|rates|fee|fees|cost|premium|subscription|renewal|pricing|charge)(?:'s)?\s+(?:[\w'-]+\s+){0,4}?"
                               r"(?:go(?:es)?|is going|going|went|ris(?:es|ing)|rose|increas(?:es|ed|ing)|jump(?:s|ed)|moves?|moving|will (?:go|move|rise|increase|change)|chang(?:es|ing)|(?:is |are )?(?:going |gone )?up)\s+from\s*$", re.I)


def _changed_to(text: str, found: list[Mention]) -> list[Mention]:
    """ "Rent's going from $2,100 to $2,450": read as a span, it is a change — its new figure is the one put forward."""
    return [replace(m, value=m.high, high=None)
            if m.is_range and m.high is not None and _CHANGED_FROM.search(text[max(0, m.start - 60):m.start]) else m for m in found]


def _with_year_shaped_prices(text: str, found: list[Mention]) -> list[Mention]:
    """Numbers the money reader set aside that a chat line uses as prices: a four-digit number like 1900 or
    2000 read as a year, put back when a proposal introduces it ("how about 2000 instead?", "I'm willing to
    go down to 2000 in this situation"), and a number before the modal "can" ("200 can work")."""
    starts = {m.start for m in found}
    extra = [Mention(float(c.group(1)), c.start(1), c.end(1), c.group(1), "bare") for c in _NUMBER_CAN.finditer(text)
             if c.start(1) not in starts]  # "250 can work": the modal, not 250 cans
    if not re.search(r"\b(?:19|20)\d\d\b", text):
        return sorted(found + extra, key=lambda m: m.start) if extra else found
    starts |= {m.start for m in extra}
    for y in _YEAR_SHAPED.finditer(text):
        if y.start() in starts or not _PROPOSE_BEFORE.search(text[max(0, y.start() - 40):y.start()]):
            continue
        if re.match(r"\s+(?:[A-Z]|model\b|models\b)", text[y.end():]):
            continue  # "how about 2005 Hondas": a model year
        extra.append(Mention(float(y.group(1)), y.start(), y.end(), y.group(1), "bare"))
    return sorted(found + extra, key=lambda m: m.start) if extra else found


_FOR_ITEM = patterns.compile(r"\s*(?:[$€£]|dollars?|bucks)?\s*(?:for|on) (?:the |a |an |my |your |this |that |these |those )?(?!total\b|all\b|both\b|everything\b|it\b|them\b)([a-z][\w-]*)", re.I)
_AND_THEN = patterns.compile(r"^\s*(?:[\w'-]+\s+){0,4}?(?:,\s*)?(?:and|plus|&|\+)\s+(?:[\w'-]+\s+){0,2}?(?:another\s+|an? extra\s+)?(?:[$€£]\s?)?$", re.I)


def _summed(text: str, kept: list[Mention]) -> list[float]:
    """The amounts a line offers, a price split over the items of one deal added up: "I'll do 42 for the bike and
    10 for the accessories" offers 52 for both (a total said after it, "for a total of 14", is the same offer).
    Alternatives ("150 for the set, or 120 for the table") and a single item's price stay apart."""
    out: list[float] = []
    i = 0
    while i < len(kept):
        j, items, item_end = i, [], None
        while j < len(kept):
            f = _FOR_ITEM.match(text, kept[j].end)
            if not f or (item_end is not None and not _AND_THEN.match(text[item_end:kept[j].start])):
                break
            items.append(f.group(1).lower())
            item_end = f.end()
            j += 1
        if j - i >= 2 and len(set(items)) == j - i:
            total = round(sum(m.value for m in kept[i:j]), 2)
            out.append(total)
            if j < len(kept) and abs(kept[j].value - total) < 0.005 * max(total, 1):
                j += 1  # "... for a total of $14": the same offer
            i = j
        else:
            out.append(kept[i].value)
            i += 1
    return out


def _echoes_dropped(text: str, kept: list[Mention], theirs: float | None) -> list[Mention]:
    """A line that repeats the other side's number and then names its own ("$180 for this? If you come up to
    $190 you have a deal", "That's still basically 60. Let's say 65") answers with the later number: the
    repeated one is theirs, quoted back, unless the speaker puts it forward too ("I can do 60 or 65")."""
    if theirs is None or len(kept) < 2:
        return kept
    own = [abs(m.value - theirs) >= 0.005 * max(theirs, 1) for m in kept]
    later_own = [False] * len(kept)
    for i in range(len(kept) - 2, -1, -1):
        later_own[i] = later_own[i + 1] or own[i + 1]
    out = []
    for i, m in enumerate(kept):
        echo = not own[i]
        clause = re.split(r"[.!?;]\s", text[max(0, m.start - 60):m.start])[-1]
        if echo and later_own[i] and not _OFFER_CUE.search(clause):
            continue
        out.append(m)
    return out


_OWN_MOVE = patterns.compile(r"\b(?:(?:i|we)(?:'m|'ll|'d| am| will| would| can| could)\b|willing|"
                             r"(?:lower|drop|bring|brought|come|came|go|get|knock|take|bump)\w* (?:it |the price |the rent |rent |that |this )?(?:down |up )?to\b)", re.I)


def alternative_yields(window: str, start: int, end: int) -> bool:
    """Whether an alternative cue at ``window[start:end]`` (the words before an amount in a chat line) gives way to
    the speaker's own move: the amount chosen right after "I can go with" / "go to" ("I can go with $45"), a move
    of the speaker's own between the cue and the amount ("if you could move in soon I can lower it to 2000", "I
    have one I'm willing to part with for $100"), or an offer the speaker makes ("let me make you another offer")."""
    if re.search(r"\bgo (?:with|to)\W*$", window[:end]) and not window[end:].strip(" $€£"):
        return True
    if re.search(r"\b(?:make|give|send|shoot|throw|have for|got for)(?: you| ya)?(?: one more| an?)?\s*$", window[:start], re.I):
        return True
    return bool(_OWN_MOVE.search(window[end:]))


def _plausible(m: Mention, reference: float | None) -> bool:
    """A price counts only when it sits near the scale of the deal ("$2,00" on a $2,350 flat does not)."""
    if m.value <= 0:
        return False
    if reference is None:
        return m.kind == "money" or m.value >= 5
    if m.kind == "money":
        return reference / 10 <= m.value <= reference * 10
    if m.value.is_integer() and 1900 <= m.value <= 2039:
        return reference / 3 <= m.value <= reference * 3  # "it is from 2003" on a $6,400 car is a year
    return reference / 8 <= m.value <= reference * 3
