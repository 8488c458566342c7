"""Reading the user's words into a Situation, on top of what the thread already knew.

The reading is layered: clean the text (cap, control characters), read the role, label the
amounts of the user's own words (facts.py), read a pasted chat if there is one
(transcript.py), read the word-facts (cues.py), then merge with ``prior``. Pure: no I/O.

One convention matters for every advisor: the asking (list, sticker, posted) price stays in
``asking`` and is not copied into ``offers`` (offers are numbers said in the exchange). It
belongs to the side that wants more: for a seller, landlord or vendor it is their own opening
offer, for a buyer, tenant or client the counterparty's; ``analyse`` counts it so when that
side has named no other number before.
"""

from __future__ import annotations

import re
from collections import Counter

from board import agreement, cues, exports, labels, multiples, patterns, percent
from board.facts import _ALT_RE, BELIEF, NOT_A_PARTY, MATCH_DEMAND, THEIR_RIVAL_BID, Labelled, on_my_trade_in, _nearest, label_amounts, quotes, sentences
from board.models import Fact, MarketRange, Offer, Plan, Situation, Tactic
from board.money import MAX_MENTIONS, Mention, absurd, amounts, scan
from board import plans as planning
from board import roles, signals, tactics
from board.codes import FindingCode
from board import transcript as chat

MAX_CHARS = 200_000
WORDS_CAP = 50_000
"""Word cues (role, deadline, tactics…) are read in this many characters: a real account is far shorter."""
_DIGITS = patterns.compile(r"\d+")
_CONTROL = patterns.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


_AMOUNT = r"(?:[A-Z]{0,2}[$€£])?\d[\d,.]*(?:\s?k)?"  # the space only with a "k": a bare space left to the arrow, or rows of arrows backtrack
_HISTORY_ROW = patterns.compile(r"(?m)^[ \t]*([A-Za-z][\w'-]{1,20})[ \t]*[=\-–]?[ \t]*(" + _AMOUNT + r")[ \t]*(?:/|\||;|,)[ \t]*([A-Za-z][\w'-]{1,20})[ \t]*[=\-–]?[ \t]*(" + _AMOUNT + r")[ \t]*$")
"""A round of a history written without colons ("Buyer 455 / us 489"); with colons ("Me: 24,000 / them: 29,900")
the transcript reader splits the two turns itself."""


_CONDITION_AFTER = patterns.compile(r"\s*[,;—-]?\s*(?:but |and )?(?:only |just )?(?:if|provided(?: that)?|providing|as long as|so long as|on (?:the )?condition(?: that)?|in (?:exchange|return) for|in exchange|in return)\b[^.!?\n]{3,200}", re.I)
"""A condition told after the move, in the same sentence ("…€276k, but only if they commit to an earlier start")."""


def _plan_conditions(s: Situation, text: str) -> None:
    """A planned move's words with the condition that follows them in the sentence, so the move reads as a trade."""
    for i, p in enumerate(s.plans):
        at = text.find(p.words)
        if at < 0 or re.search(r"[.!?\"”:]\s*$", p.words):
            continue  # the words end their sentence: what follows is another one
        m = _CONDITION_AFTER.match(text, at + len(p.words))
        if m:
            s.plans[i] = p.model_copy(update={"words": p.words + m.group()})


_ARROWS = r"[ \t]*(?:->|→|=>|-->|>)[ \t]*"
_ARROW_ROW = patterns.compile(r"(?m)^[ \t]*(?:[-•*][ \t]*)?([A-Za-z][\w'-]{0,20}(?: [A-Za-z][\w'-]{0,20})?)[ \t]*:[ \t]*(" + _AMOUNT + r"(?:" + _ARROWS + _AMOUNT + r")+)[ \t]*$")
"""One side's moves on one line ("Contractor: €310k -> €300k -> €290k"); with the other side's on the next line."""


def _rounds(text: str) -> str:
    """Two sides' moves noted one line each, interleaved into rounds: the first line's first, then the other's, and so on.

    "Contractor: 310 -> 300 -> 290 / Us: 250 -> 265 -> 272" is three rounds, not three moves of theirs
    and then three of mine; read in a row, each of my moves would look made while they stood still."""
    rows = list(_ARROW_ROW.finditer(text))
    pairs: list[tuple[int, int, str]] = []
    i = 0
    while i + 1 < len(rows):  # pair the rows from the top, each row once: a third row starts the next pair
        a, b = rows[i], rows[i + 1]
        first, second = (re.split(_ARROWS, r.group(2).strip()) for r in (a, b))
        if text[a.end():b.start()].strip() or a.group(1).lower() == b.group(1).lower() or abs(len(first) - len(second)) > 1:
            i += 1
            continue
        turns = []
        for k in range(max(len(first), len(second))):
            turns += [f"{a.group(1)}: {first[k]}"] if k < len(first) else []
            turns += [f"{b.group(1)}: {second[k]}"] if k < len(second) else []
        pairs.append((a.start(), b.end(), "\n".join(turns)))
        i += 2
    for start, end, turns in reversed(pairs):  # from the end, so the earlier offsets still hold
        text = text[:start] + turns + text[end:]
    return text


def clean(text: str) -> tuple[str, list[str]]:
    """Cap the length and drop control characters, saying so in notices; a chat exported from a messaging app
    loses its time stamps (exports.py)."""
    notices = []
    if len(text) > MAX_CHARS:
        notices.append(f"Read the first {MAX_CHARS:,} of {len(text):,} characters; the rest was ignored.")
        text = text[:MAX_CHARS]
    cleaned, n = _CONTROL.subn(" ", text)
    if n:
        notices.append(f"Removed {n} control character{'s' if n != 1 else ''} (NUL and the like) from the text.")
    cleaned = exports.plain(cleaned.replace("\r\n", "\n").replace("\r", "\n"))
    if len(_ARROW_ROW.findall(cleaned[:WORDS_CAP])) >= 2:
        cleaned = _rounds(cleaned)  # "Contractor: 310 -> 300 -> 290" over "Us: 250 -> 265 -> 272": three rounds
    if len(_HISTORY_ROW.findall(cleaned[:WORDS_CAP])) >= 2:
        cleaned = _HISTORY_ROW.sub(r"\1: \2\n\3: \4", cleaned)  # "Buyer 455 / us 489": a round of a pasted history, one line per side
    return cleaned, notices


def read_situation(text: str, prior: Situation | None = None) -> Situation:
    """Read ``text`` on top of what the thread already knew (``prior``)."""
    text, notices = clean(text or "")
    head = text[:WORDS_CAP]
    said = cues.read_role(head) or roles.infer(head)
    role = prior.role if prior and prior.role and not cues.explicit_role(head) else said
    role = role or said
    wants = cues.wants_for(role)
    conv = chat.parse(text, role)
    own_words = conv.narrative if conv else text
    reference = _reference(prior, text)
    labelled = planning.refine(label_amounts(own_words, reference, role), own_words)
    new = Situation(role=role, wants=wants)
    pending = _fill_facts(new, labelled, text, own_words)
    if conv:
        notices += conv.notices
        asking = new.asking.amount if new.asking else None
        owner = {"more": "me", "less": "them"}.get(new.wants or "")
        said = []
        told = sorted(m.value for m in amounts(conv.narrative) if m.kind == "money" and m.value)
        rates = new.currency in (None, percent.PERCENT_UNIT) and percent.rate_talk(text)  # "Them: 22%" when a margin is what is negotiated
        for by, a, w in chat.offers(conv, asking, owner, told[len(told) // 2] if told else None, rates):
            if new.role == "buyer" and any(abs(x.value - a) < 0.005 * max(abs(a), 1) and on_my_trade_in(w, x.end, text) for x in amounts(w)):
                continue  # "we can do 9k on the Camry" the user trades in: the trade-in's value, another issue, not the price
            if by == "them" and _threat_price(w, a):
                continue  # "my partner says we can get someone off instagram for 500": their other option's price, not an offer
            rival = _their_rival(w, a)
            if rival is not None:
                if rival:
                    said.append(Offer(by="them", amount=a, words=w))  # "the vendor's received another offer at £500,000 … match by 5pm": their ask now
                continue  # their own rival bid, told without a demand: their option, not mine
            if _names_alternative(w, a):
                if new.alternative is None or new.alternative.amount is None:
                    new.alternative = Fact(amount=a, words=w)  # "we've got another quote at £19,800": not an offer
                continue
            said.append(Offer(by=by, amount=a, words=w))
        if rates and new.reservation is None:
            _rate_line_in_chat(new, conv)
        opens = conv.lines[0].start if conv.lines else 0
        before = [o for o in new.offers if 0 <= text.find(o.words) < opens]  # "asked $9,400 on Craigslist", then the chat
        rest = [o for o in new.offers if o not in before]
        first = {by: next((o.amount for o in said if o.by == by), None) for by in ("me", "them")}
        before = [o for o in before if first[o.by] is None or abs(o.amount - first[o.by]) > 0.005 * o.amount]  # "We offered $575k", then "Us: 575"
        new.offers = before + said + rest
        if conv.me and role is None:
            new.role = None
        if new.role is None:
            new.role = _facing(conv.them)
            new.wants = cues.wants_for(new.role) or _wants_from_chat(said)
        if new.unit is None:  # "We can offer €3.600/month": the chat's prices say what they are per
            new.unit = next((m.unit for o in said for m in amounts(o.words) if m.unit and abs(m.value - o.amount) < 0.005 * max(o.amount, 1)), None)
    for by, cut, words in pending:  # "can you knock off another 300": off where the price stands once the chat is read
        base = _standing(new)
        if base is not None and 0 < cut < base / 2:
            new.offers.append(Offer(by=by, amount=base - cut, words=words))
    if len(_DIGITS.findall(text)) > MAX_MENTIONS:
        notices.append(f"Read only the first {MAX_MENTIONS:,} numbers of the text.")
    for m in absurd(text):
        notices.append(f"Ignored an implausible amount: {m.text.strip()!r}.")
    if len(text) > WORDS_CAP:
        notices.append(f"Read deadlines, tactics and other word cues in the first {WORDS_CAP:,} characters only.")
    _fill_words(new, head, labelled, chat_tactics=conv is not None)
    if conv:
        # their tactics are in their lines and in the user's own account, not in the user's lines
        theirs = "\n".join(ln.text for ln in conv.lines if ln.speaker in conv.them)
        spoken = "\n".join(conv.narrative[a:b] for a, b, owner in quotes(conv.narrative) if owner == "them")
        yes = agreement.in_chat(conv, said)  # "Ok deal." to their 450: agreed at 450, no new offer
        later = "\n".join(ln.text for ln in conv.lines if ln.speaker in conv.them and ln.start >= yes[0]) if yes else None
        new.tactics = [Tactic(code=code, words=words) for code, words in
                       cues.read_tactics(conv.narrative[:WORDS_CAP], (theirs + "\n" + spoken)[:WORDS_CAP],
                                         later[:WORDS_CAP] if later is not None else None)]
        if not any(t.code == FindingCode.TACTIC_GOOD_COP_BAD_COP for t in new.tactics):
            cops = tactics.two_voices([(ln.speaker, ln.text[:2000]) for ln in conv.lines[:500] if ln.speaker in conv.them])
            if cops:
                new.tactics.append(Tactic(code=FindingCode.TACTIC_GOOD_COP_BAD_COP, words=cops))
        if yes and (not new.agreed or (cues.agreed_at(head) or (len(text), ""))[0] >= yes[0]):
            new.agreed = yes[1]
    if new.agreed is None and "scope" not in new.issues \
            and any(t.code == FindingCode.TACTIC_NIBBLE and _MORE_WORK.search(t.words) for t in new.tactics):
        new.issues.append("scope")  # "the planner also asked if we could add a ceremony set": before any deal, one more issue to trade
    planning.complete(new, own_words)
    _plan_conditions(new, own_words)  # "my next move is €276k, but only if they start earlier": the condition is part of the move
    if new.target is None:
        aim = next((p for p in new.plans if p.amount is not None and p.action in ("open", "counter") and _WHAT_I_WANT.search(p.words)), None)
        if aim is not None:
            new.target = Fact(amount=aim.amount, words=aim.words)  # "I'll tell him 200 since that's what I want": the opening is also the aim
    walks = [p.words for p in new.plans if p.action == "walk"]
    if walks and (new.alternative is None or new.alternative.amount is None):
        new.alternative = _destination_value(walks[0], own_words, labelled) or new.alternative  # "going with B unless…": B's price
    if new.market_range is None:
        new.market_range = multiples.market_from_multiples(own_words[:WORDS_CAP], [i.mention for i in labelled])
    _market_as_alternative(new)
    _moving_as_alternative(new, own_words)
    _agreed_price(new)
    _line_at_todays_price(new, own_words, labelled)
    if new.wants is None and new.target and new.reservation and new.target.amount and new.reservation.amount:
        if new.target.amount != new.reservation.amount:  # aiming above the floor means more is better
            new.wants = "more" if new.target.amount > new.reservation.amount else "less"
    if new.wants is None and new.reservation is not None:
        new.wants = _line_wants(new.reservation.words, new.reservation.amount)
    _their_cap(new, own_words, labelled)  # "$250k at a $3M cap": the cap is their price
    _make_or_buy(new, own_words, labelled)  # "wants 6% royalty … that's $1.5M over 5 yrs" vs "a design-around: ~$400k"
    _status_quo_alternative(new, own_words)  # "a 12% increase" vs "a quote at basically our current prices": the alternative is +0%
    _alternative_at_the_line(new)
    _listed_options(new, own_words)  # "A (fintech): £95k … B: £82k … I replied to B": B's number is on the table, A is the alternative
    _outside_offer_countered(new, own_words)  # "a written offer for $92k at a logistics company … my manager came back with $82k": 92k is the alternative
    _offer_elsewhere_before_theirs(new, own_words)  # "recruiter will ask what number I want … a written offer from a startup: $172k": the alternative
    _pending_process(new)  # "in final rounds with another firm (expected range €65-70k)": an alternative in the making, not the market
    _switching_cost(new, own_words, labelled)  # "$41k/yr … about $8k of one-off migration work": the alternative costs $49k
    new.notices = notices
    return merge(prior, new, text) if prior else new


_FLOOR_WORDS = patterns.compile(r"\b(?:floor|minimum|min|bottom[- ]?line|rock[- ]bottom|at least|no less than|lowest|(?:less|lower) than|below|under|south of)\b", re.I)
_CEILING_WORDS = patterns.compile(r"\b(?:ceiling|max(?:imum)?|cap(?:ped)?|budget|at (?:the )?most|no more than|highest|most (?:i|we)|(?:more|higher) than|above|over|north of|exceed\w*|afford)\b", re.I)


_HAPPY_ABOVE = patterns.compile(r"\banything (over|above|more than|north of|upwards of|under|below|less than|south of)\b[^.;!?]{0,30}\b(?:happy|fine|good|great|thrilled|take it|accept|sell|do it|deal)", re.I)
""""Anything over 5k and I'd be happy": the bar is a floor; "anything under 300 I'd take it": a ceiling."""


def _line_wants(words: str, amount: float | None) -> str | None:
    """Which way is better, read off how the walk-away point is put: a floor ("my minimum is 550", "I won't
    settle for less than 900") means more is better, a ceiling ("my budget tops out at 40k", "no more than
    2,000") less. Only the words just before the amount count, and only when they point one way."""
    window = words
    if amount is not None:
        for m in amounts(words):
            if abs(m.value - amount) < 0.005 * max(abs(amount), 1):
                start = max(0, m.start - 60)
                cut = max(words.rfind(c, start, m.start) for c in ",;")
                window = words[max(start, cut + 1):m.end + 25]  # "they won't go below 1,180, I won't go above 1,100": my clause only
                break
    happy = _HAPPY_ABOVE.search(window)
    if happy:
        return "more" if happy.group(1).lower() in ("over", "above", "more than", "north of", "upwards of") else "less"
    floor, ceiling = bool(_FLOOR_WORDS.search(window)), bool(_CEILING_WORDS.search(window))
    if floor == ceiling:
        return None
    return "more" if floor else "less"


_FACING = {"seller": "buyer", "dealer": "buyer", "landlord": "tenant", "buyer": "seller", "tenant": "landlord", "collector": "seller",
           "recruiter": "candidate", "employer": "candidate", "hiring manager": "candidate", "hr": "candidate",
           "candidate": "employer", "client": "vendor", "customer": "vendor", "vendor": "client", "supplier": "client",
           "contractor": "client", "freelancer": "client", "agency": "client", "builder": "client", "rep": "client"}


def _wants_from_chat(said: list[Offer]) -> str | None:
    """With no role named, the side of a pasted chat that asks the higher price is the one that wants more."""
    mine = [o.amount for o in said if o.by == "me"]
    theirs = [o.amount for o in said if o.by == "them"]
    if not mine or not theirs or mine[-1] == theirs[-1]:
        return None
    return "more" if mine[-1] > theirs[-1] else "less"


def _facing(them: set[str]) -> str | None:
    """The user's role from the other side's label in a pasted chat ("Seller: 434" → the user buys)."""
    roles = {_FACING[t.lower()] for t in them if t.lower() in _FACING}
    return roles.pop() if len(roles) == 1 else None


_QUOTE_BEFORE = patterns.compile(r"\b(?:quote|quoted|offer|offered|bid|price|estimate)\b[^.;!?]{0,25}$", re.I)
_ELSEWHERE_AFTER = patterns.compile(r"^\s*(?:bucks|dollars|pounds|quid|euros)?\s*(?:elsewhere|somewhere else|from (?:another|a different|a cheaper|the other|a rival|a competing) \w+|(?:at|from) (?:a|the) (?:shop|garage|place|guy|dealer|company|firm) (?:down the road|across town|nearby|up the road))\b", re.I)
"""In a chat line, a price said with where it came from after it ("a quote for 1750 elsewhere"): another party's price."""


def _names_alternative(words: str, amount: float) -> bool:
    """Whether a chat line's number is cued as another party's (an alternative), not the speaker's offer."""
    for m in amounts(words):
        if abs(m.value - amount) < 0.005 * max(abs(amount), 1):
            window = re.split(r"(?<=[.!?])\s+", words[max(0, m.start - 80):m.start])[-1]  # the amount's own sentence
            if _QUOTE_BEFORE.search(window) and _ELSEWHERE_AFTER.match(words[m.end:m.end + 50]):
                return True  # "I got a quote for 1750 elsewhere, can you do 1800?": the price is somebody else's
            if not _ALT_RE.search(window.lstrip()):
                return False  # no alternative cue at all: the nearest cannot be one (the full reading is costly per line)
            hit = _nearest(window)
            if not (hit and hit[0] == "alternative"):
                return False
            cue = _ALT_RE.match(window, hit[1])  # a move of the speaker's own after the cue makes the amount theirs
            return not (cue and chat.alternative_yields(window, cue.start(), cue.end()))
    return False


def _their_rival(words: str, amount: float) -> bool | None:
    """Whether a chat line's number is the counterparty's rival bid: True when they ask the user to match it, False when only
    told, None when it is not one."""
    for m in amounts(words):
        if abs(m.value - amount) < 0.005 * max(abs(amount), 1):
            rival = THEIR_RIVAL_BID.search(re.split(r"(?<=[.!?])\s+", words[max(0, m.start - 80):m.start])[-1])
            if not rival:
                return None
            match = bool(MATCH_DEMAND.search(words[m.end:m.end + 200]))
            return match if match or not rival.group("pron") else None
    return None


def _threat_price(words: str, amount: float) -> bool:
    """Whether a line of theirs prices their threat to go elsewhere ("we can get someone off instagram for 500"):
    the number is what their other option costs, not what they offer."""
    for m in amounts(words):
        if abs(m.value - amount) < 0.005 * max(abs(amount), 1):
            window = re.split(r"(?<=[.!?])\s+", words[max(0, m.start - 80):m.start])[-1]
            priced = re.search(r"\b(?:for|at)(?: (?:about|around|like|only|just|maybe))?\s*[$€£]?\s*$", window, re.I)  # "…for 500", not "I can go with $65"
            threat = tactics.THREAT_SPEECH.search(window)
            return bool(priced and threat and threat.end() <= priced.start()) and not re.search(r"\b(?:you|u)\b", window[-25:], re.I)
    return False


_BUYS_IN_A_MARKET = {"buyer", "tenant", "client", "customer"}


def _market_as_alternative(s: Situation) -> None:
    """A buyer, tenant or client who means to walk goes to the market: its best price is the alternative.

    The listings they have seen are offers open to them ("the 1-beds I've seen are 2,300-2,500"),
    so walking away means paying the low end of the range; for a seller or a candidate a market
    range is a hope, not a buyer in hand, and stays out."""
    m = s.market_range
    if s.alternative is not None or m is None or s.role not in _BUYS_IN_A_MARKET or s.wants != "less" \
            or s.no_alternative and re.search(r"\bthe only\b", s.no_alternative, re.I):
        return  # "it's the only one I've found": the range is not a place to go
    if not any(p.action == "walk" for p in s.plans):
        return
    s.alternative = Fact(amount=m.low, words=m.words)
    s.no_alternative = None


def _rate_line_in_chat(s: Situation, conv: chat.Transcript) -> None:
    """"Us: 28%, then 27%. Our floor is 25%": the user's line said in a noted round, when a rate is negotiated."""
    for ln in conv.lines:
        if ln.speaker not in conv.me:
            continue
        for p in (m for m in scan(ln.text) if m.kind == "percent" and 0 < m.value <= 100):
            if chat.RATE_LINE.search(ln.text[max(0, p.start - 40):p.start]):
                s.reservation = Fact(amount=p.value, words=f"{ln.speaker}: {ln.text}"[:200])
                return


_AT_TODAYS_PRICE = patterns.compile(
    r"\b(?:quot(?:e|es|ed)|offer(?:s|ed)?|bid|proposal|pric(?:e|es|ed|ing)|terms|deal|contract)\b[^.;!?\d]{0,40}?\b(?:at|for|on|with|of|matching)\s+"
    r"(?:(?:basically|essentially|about|around|roughly|more or less|pretty much|exactly|effectively|just)\s+)?(?:(?:our|the|my|today'?s)\s+)?"
    r"(?:current|existing|present|today'?s|same|old|unchanged)\s+(?:prices?|pricing|rates?|terms|levels?)\b"
    r"|\b(?:no|zero|without (?:a|an|any))\s+(?:price\s+)?(?:increase|rise|hike|uplift)\b", re.I)
"""Another party's price that keeps today's level ("a written quote at basically our current prices"): a change of 0%."""


def _status_quo_alternative(s: Situation, text: str) -> None:
    """A rise put to the user in percent ("a 12% increase") against another party at today's prices: the alternative is +0%.

    The percents are changes from today's price here, so another party quoting today's price is worth 0 on the
    same scale, and beats any rise."""
    if s.currency != percent.PERCENT_UNIT or (s.alternative is not None and s.alternative.amount is not None):
        return
    theirs = [o for o in s.offers if o.by == "them"]
    if not theirs or not percent.CHANGE_WORDS.search(theirs[-1].words) or percent.rate_talk(text):
        return
    for start, sent in sentences(text):
        m = _AT_TODAYS_PRICE.search(sent)
        if m and labels.THIRD_PARTY.search(text[max(0, start - 300):start + m.start()]) and not _NEGATED_BEFORE.search(sent[:m.start()]):
            s.alternative = Fact(amount=0.0, words=sent.strip())
            return


_NEGATED_BEFORE = patterns.compile(r"\b(?:not|never|n'?t|won'?t|refus\w*)\b[^.;!?]{0,30}$", re.I)


_THEIR_RATE_ASK = patterns.compile(
    r"\b(?:wants?|wanted|asking|asks?|asked|demand\w*|propos\w*|quot\w*|charg\w*|pushing|insist\w*)\b[^.;!?]{0,30}?\d+(?:\.\d+)?\s?%\s*(?:\w+\s+){0,2}?"
    r"(?:royalt(?:y|ies)|licen[cs]e|licensing|fees?|commission|rev(?:enue)?[- ]share|cut|take|rate)\b", re.I)
"""The other side asking a rate ("Patent holder wants 6% royalty"), to be turned into money in the next words."""
_IN_MONEY = patterns.compile(r"\b(?:that'?s|that is|which is|it'?s|this is|works out (?:to|at)|comes to|adds up to|amounts to|equals|means)\s+"
                             r"(?:(?:about|roughly|around|approximately|some|nearly|over|close to|~)\s*)?[$€£]?\s*$", re.I)
"""Before the money a rate comes to: "at our volumes that's roughly $1.5M"."""
_MAKE_INSTEAD = patterns.compile(
    r"\b(?:design(?:ing)?[- ]around|work[- ]?around|build(?:ing)? (?:it|one|this|that|our own|them)(?: \w+)? (?:ourselves|myself|in-?house)|"
    r"(?:do|doing|make|making|develop|developing|write|writing|build|building) (?:it|this|that|them|the \w+) (?:ourselves|myself|in-?house)|"
    r"in-?house (?:build|version|solution|alternative|option|team|development)|(?:our|my) own (?:build|version|solution|implementation|tool|system)|re-?engineer\w*|replac\w+ (?:it|them|the \w+) with our own)\b"
    r"[^.;!?$€£\d]{0,40}$", re.I)
"""Before what doing it oneself would cost ("our team costed a design-around: ~$400k", "building it in-house would run us $250k")."""


def _make_or_buy(s: Situation, text: str, labelled: list[Labelled]) -> None:
    """A rate asked, its money cost, and the cost of doing without it: the offer and the alternative of a make-or-buy.

    "Wants 6% royalty … that's roughly $1.5M over 5 yrs" is their price in money; "a design-around costed at
    ~$400k" is what the user pays if they walk. Both are costs to the user, so less is better."""
    if (s.alternative is not None and s.alternative.amount is not None) or not _THEIR_RATE_ASK.search(text):
        return
    cost: Labelled | None = None
    make: Labelled | None = None
    for item in labelled:
        m = item.mention
        if m.kind != "money" or m.currency == percent.PERCENT_UNIT or item.label not in ("none", "current", "them_offer"):
            continue
        start = _sentence_start_of(text, m.start)
        before = text[start:m.start]
        if cost is None and _IN_MONEY.search(before) and _THEIR_RATE_ASK.search(text[max(0, start - 300):m.start]):
            cost = item
        elif make is None and _MAKE_INSTEAD.search(before[-80:]):
            make = item
    if cost is None or make is None:
        return
    s.offers = [o for o in s.offers if o.words != make.words]  # "building it in-house would cost ~$250k": not their price
    if not any(o.by == "them" and o.amount == cost.mention.value for o in s.offers):
        s.offers.append(Offer(by="them", amount=cost.mention.value, words=cost.words))
    s.alternative = Fact(amount=make.mention.value, words=make.words)
    s.wants = s.wants or "less"


_AT_A_CAP = patterns.compile(r"\b(?:at|on)\s+(?:an?|the|their|his|her)\s*[$€£]?\s*$", re.I)
_CAP_AFTER = patterns.compile(r"^\s*(?:(?:pre|post)-?\s?money\s+)?(?:valuation\s+)?(?:cap|valuation|pre|post)\b", re.I)
_INVESTOR = patterns.compile(r"\b(?:angels?|investors?|vcs?|funds?|syndicate|backers?|lead|they|he|she|firm|partner)\b", re.I)


def _their_cap(s: Situation, text: str, labelled: list[Labelled]) -> None:
    """"One angel is interested: $250k at a $3M cap": the cap (or valuation) is the price they put forward; the
    cheque is the size of the round, not the number negotiated."""
    if s.wants != "more":
        return
    for item in labelled:
        m = item.mention
        if item.label not in ("none", "them_offer") or m.kind != "money" or not _AT_A_CAP.search(text[max(0, m.start - 12):m.start]) \
                or not _CAP_AFTER.match(text[m.end:m.end + 30]):
            continue
        start = _sentence_start_of(text, m.start)
        if _INVESTOR.search(text[start:m.start]) and not labels.ME_SUBJECT.search(text[start:m.start]):
            at = next((i for i, o in enumerate(s.offers) if o.by == "them" and o.words == item.words), len(s.offers))
            s.offers = [o for o in s.offers if not (o.by == "them" and o.words == item.words)]  # "offered $400k at a $5M cap": the cheque is no price
            s.offers.insert(at, Offer(by="them", amount=m.value, words=item.words))
            return


def _sentence_start_of(text: str, at: int) -> int:
    for start, sent in sentences(text):
        if start <= at < start + len(sent):
            return start
    return 0


def _reference(prior: Situation | None, text: str) -> float | None:
    """The scale for bare numbers: the prior thread's amounts when this turn states none."""
    if prior is None or any(m.kind == "money" for m in amounts(text)):
        return None
    known = [o.amount for o in prior.offers] + [f.amount for f in (prior.target, prior.reservation, prior.asking) if f and f.amount]
    return sorted(known)[len(known) // 2] if known else None


def _fill_facts(s: Situation, labelled: list[Labelled], text: str, own: str | None = None) -> list[tuple[str, float, str]]:
    """``own``: the user's own words the amounts were found in (their offsets index it; the text less a pasted chat)."""
    own = text if own is None else own
    pending: list[tuple[str, float, str]] = []  # a further cut with no price yet to take it off
    first_bare_asking = False
    current: Fact | None = None
    listed: int | None = None  # where the last point of a market list ended
    alt_end: int | None = None  # where the last alternative amount ended
    quoted_list: list[float] = []  # the amounts of that list so far
    spread: MarketRange | None = None
    for item in labelled:
        m, words = item.mention, item.words
        fact = Fact(amount=m.value, words=words)
        if item.label == "target":
            s.target = fact
        elif item.label == "reservation":
            s.reservation = fact
        elif item.label == "alternative":
            in_list = alt_end is not None and 0 <= m.start - alt_end <= 12 and m.value is not None
            if not (s.alternative and s.alternative.amount is not None and m.value is not None and s.wants
                    and (_lists_alternatives(s.alternative.words, words) or in_list)
                    and _better(s.alternative.amount, m.value, s.wants)):
                s.alternative = fact  # of "two backup offers at $600k and $595k" the best one counts
            quoted_list = quoted_list + [m.value] if in_list else [m.value]
            alt_end = m.end  # "quotes from 3 venues: 12k, 13.5k and 15k": a list of them
        elif item.label == "current" and _current_is_alternative(s.role, text):
            current = current or fact
        elif item.label == "asking" and (s.asking is None or (first_bare_asking and m.kind == "money")):
            first_bare_asking = m.kind == "bare"
            s.asking = fact
        elif item.label == "market":
            if s.market_range is None or m.is_range:
                s.market_range = MarketRange(low=m.value, high=m.high if m.high is not None else m.value, words=words)
                listed = m.end if not m.is_range else None
            elif listed is not None and 0 <= m.start - listed <= 12:
                # "comparables at $15,500, $15,995 and $16,400": a list of points spans a range
                s.market_range = MarketRange(low=min(s.market_range.low, m.value), high=max(s.market_range.high, m.value),
                                             words=s.market_range.words if words in s.market_range.words else _span(text, s.market_range.words, words))
                listed = m.end
        elif item.label in ("me_offer", "them_offer"):
            if _further_cut(m, own) and _standing(s) is None:
                pending.append(("me" if item.label == "me_offer" else "them", m.value, words))
                continue
            s.offers.append(Offer(by="me" if item.label == "me_offer" else "them", amount=_off_the_price(m, own, s), words=words))
        elif item.label.startswith("plan_"):
            s.plans.append(Plan(action=item.label[5:], amount=_off_the_price(m, own, s), words=words))
        if len(quoted_list) >= 2 and item.label == "alternative":
            spread = MarketRange(low=min(quoted_list), high=max(quoted_list), words=_span(text, s.alternative.words, words) if s.alternative else words)
    if s.market_range is None and spread is not None:
        s.market_range = spread  # quotes for the same thing side by side: what the market charges, not only the best option
    if s.alternative is None and current is not None:
        s.alternative = current  # staying where I am is the alternative when nothing better is named
    currencies = Counter(i.mention.currency for i in labelled if i.mention.currency)
    s.currency = currencies.most_common(1)[0][0] if currencies else None
    s.unit = next((i.mention.unit for i in labelled if i.mention.unit and i.label != "none"), None)
    return pending


def _span(text: str, first: str, last: str) -> str:
    """The words from the start of ``first`` to the end of ``last`` (two quotes of one sentence)."""
    a, b = text.find(first), text.find(last)
    if a < 0 or b < 0 or b + len(last) <= a:
        return first
    return text[a:b + len(last)]


def _lists_alternatives(first: str, words: str) -> bool:
    """Two alternative amounts quoted from one sentence ("two backup offers at $600k and $595k")."""
    return first[:30] in words or words[:30] in first


def _better(a: float, b: float, wants: str) -> bool:
    return a > b if wants == "more" else a < b


_OFF_AFTER = patterns.compile(r"^\s*(?:off|knocked off|discount|less|(?:price )?(?:credit|reduction|rebate|cut)|(?:in )?(?:credit|reduction))\b(?! (?:work|sick|the (?:table|record)))", re.I)


_OFF_BEFORE = patterns.compile(r"\b(?:reduction|discount|credit|rebate|price cut|knock-?off) of\s*(?:about |around |roughly |some )?[$€£]?\s*$", re.I)
"""Before an amount: "a reduction of £15,000", "a credit of $25k" — off the price on the table, like "£500 off"."""


_CUT_BEFORE = patterns.compile(r"\b(?:knock\w*|tak(?:e|ing)|took|shav(?:e|ing)|drop\w*|cut(?:ting)?|come down|go down)(?: it| the price)?(?: off| down)?"
                               r" (?:another|a further|further|an extra|an additional)\s*[$€£]?\s*$", re.I)


def _further_cut(m: Mention, text: str) -> bool:
    """"knock off another 300", "take a further £200": a cut off where the price stands, not a price."""
    return m.value is not None and bool(_CUT_BEFORE.search(text[max(0, m.start - 40):m.start]))


_PAST_DEAL = patterns.compile(r"\b(?:last (?:year|time|contract|round|season|term)|previous(?:ly)?|years? ago|in (?:19|20)\d\d|back in|originally)\b", re.I)


_NOT_ABOVE_NOW = patterns.compile(r"\b(?:not|never|won'?t|no way (?:we|i)(?:'re|'m| are| am)?|refuse to) (?:be )?(?:pay(?:ing)?|go(?:ing)?|spend(?:ing)?) (?:a (?:cent|penny|dollar|euro) )?(?:more|higher|above|over) than "
                                  r"(?:(?:what )?(?:we|i) (?:paid|pay|are paying|'re paying|am paying|'m paying)(?: now| today| last year| currently)?|last year(?:'s)?(?: price| rate| renewal| fee| amount)?|(?:the |our |my )?current (?:price|rate|rent|fee))", re.I)
_TODAYS_PRICE = patterns.compile(r"\b(?:last year|currently|right now|today|at the moment|this year)\b[^.;!?]{0,40}\b(?:we|i) (?:paid|pay|are paying|'re paying)|\b(?:we|i) (?:paid|pay|are paying|'re paying)\b[^.;!?]{0,30}\b(?:last year|currently|now|today)\b", re.I)
_SWITCHING_COST = patterns.compile(r"\b(?:one-?off|one-?time|switching|migration|moving|set-?up|onboarding|transition)\b[^.;!?]{0,30}$|^[^.;!?]{0,12}\b(?:of |in )?(?:one-?off |one-?time )?(?:migration|switching|moving|set-?up|onboarding|transition) (?:work|costs?|fees?)", re.I)


def _line_at_todays_price(s: Situation, text: str, labelled: list[Labelled]) -> None:
    """"We're not paying more than last year, full stop": the line is today's price, said earlier ("last year we paid
    $54,000")."""
    said = _NOT_ABOVE_NOW.search(text)
    if s.reservation is None and said:
        today = next((i for i in labelled if i.label in ("none", "current", "me_offer") and _TODAYS_PRICE.search(i.words)), None)
        if today is not None:
            sent = next((t for _, t in sentences(text) if said.group() in t), said.group())
            s.reservation = Fact(amount=today.mention.value, words=sent.strip())


_RECURRING = patterns.compile(r"\b(?:pcm|pw|p/?m|a month|per month|monthly|/\s?mo(?:nth)?|an hour|per hour|/\s?h(?:ou)?r|hourly|a day|per day|/\s?day|daily|a week|per week|weekly|"
                              r"per (?:unit|piece|kg|lb|mile|sf|sq ?ft|word|box|ton|tonne)|/\s?(?:unit|piece|kg|lb|mile|sf|word|box|t))\b", re.I)


def _alternative_at_the_line(s: Situation) -> None:
    """"My minimum is CHF 220'000, under this it is better for me to keep it": the line is set by the alternative
    in one breath, so the alternative is worth about the line — what a lower offer is weighed against."""
    alt, line = s.alternative, s.reservation
    if alt is not None and alt.amount is None and line is not None and line.amount is not None \
            and (alt.words[:40] in line.words or line.words[:40] in alt.words):  # one quotes the other's sentence
        s.alternative = Fact(amount=line.amount, words=alt.words)
    elif alt is not None and alt.amount is None and line is not None and line.amount is not None and NO_NEED.search(alt.words):
        s.alternative = Fact(amount=line.amount, words=alt.words)  # "booked solid through March, I don't need this job": the line it backs


NO_NEED = patterns.compile(r"\b(?:booked (?:solid|up|out)|more work than|turn(?:ed|ing)? (?:down|away)|wait(?:ing)?[- ]?list|"
                            r"(?:don'?t|do not) (?:really |actually )?need (?:this|the|that)|(?:fine|ok(?:ay)?|good|alright) without)\b", re.I)
"""An alternative told as not needing this deal — more paid work than time, fine without it: whatever line the user
states is one that alternative backs, so it is worth about the line."""


_MOVING_COSTS = patterns.compile(r"\b(?:moving|to move|relocating|switching|a move)(?: out)? (?:would|will|'d|could|might)? ?(?:cost|set) (?:me|us)(?: back)?\b[^.;!?\d$€£]{0,15}", re.I)


def _moving_as_alternative(s: Situation, text: str) -> None:
    """"Comparable places nearby are 2,200-2,350 and moving would cost me ~2k": a renter who prices the move has
    named the alternative — the market's low end, plus the one-off move spread over a year of rent."""
    m = s.market_range
    if s.alternative is not None or m is None or s.role not in ("tenant",) or s.wants != "less" or s.unit != "per month":
        return
    hit = _MOVING_COSTS.search(text)
    if hit is None:
        return
    cost = next((x for x in amounts(text[hit.end():hit.end() + 25]) if x.kind == "money" or x.value >= 100), None)
    if cost is None or cost.value <= 0:
        return
    s.alternative = Fact(amount=round(m.low + cost.value / 12, 2), words=m.words)
    s.no_alternative = None


def _switching_cost(s: Situation, text: str, labelled: list[Labelled]) -> None:
    """An alternative with a one-off cost of switching to it, said beside it, is worth its price plus that cost to a
    payer (minus it to a payee)."""
    alt = s.alternative
    if s.role in ("tenant", "landlord") or s.unit in ("per hour", "per day", "per week", "per month") or (alt is not None and _RECURRING.search(alt.words)):
        return  # a one-off cost does not add to a monthly rent or an hourly rate
    if alt is not None and alt.amount is not None and s.wants in ("more", "less"):
        at = text.find(alt.words)
        for i in labelled:
            a = i.mention.start
            if i.label == "none" and at >= 0 and at <= a <= at + len(alt.words) + 160 and i.mention.value < alt.amount \
                    and (_SWITCHING_COST.search(text[max(0, a - 60):a]) or _SWITCHING_COST.search(text[i.mention.end:i.mention.end + 50])):
                cost = i.mention.value
                s.alternative = Fact(amount=alt.amount + cost if s.wants == "less" else alt.amount - cost, words=alt.words)
                break


_OPTION_LINE = patterns.compile(r"(?m)^[ \t]*(?:[-•*][ \t]*)?(?:(?i:option|vendor|supplier|quote|bid|offer|contractor|dealer|builder|agency|firm|company|provider|bidder|venue|hotel|property)[ \t]+)?([A-Z]|[1-3])(?:[ \t]*\([^)\n]{0,80}\))?[ \t]*[:\-–][ \t]+(\S[^\n]*)$")
"""A line of a list of options, each under its own letter or number ("A (corner spot): $5,200/mo", "B: £82k pa")."""


def _option_cues(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Whom the user deals with ("meeting landlord A's broker", "I replied to B") and what they would fall back on ("or I'll accept A")."""
    n = re.escape(name)
    dealing = re.compile(r"\b(?:meeting|meet(?:ing)? with|call with|negotiating with|talking to|replied to|reply to|told|countered|emailed|wrote to|pushing back on|counter(?:ing)?) "
                         r"(?:(?:the |a )?(?:landlord|company|employer|firm|supplier|vendor|buyer|seller|option|offer|client|agency) )?(?-i:" + n + r")\b(?!['’]s (?:offer|quote|loi|lease|terms) (?:is|was))"
                         r"|\b(?-i:" + n + r")['’]s (?:broker|recruiter|agent|rep|owner|manager|hr|hiring manager|landlord|team|people|lawyer|solicitor)\b[^.;!?\n]{0,30}\b(?:told|said|says|wrote|emailed|replied|insists|won'?t)"
                         r"|\b(?:calls|meetings|rounds|email|e-mail|call|ring|text|(?:we|i)(?:'d| would)? (?:really |much )?prefer|(?:ceiling|maximum|max|limit|cap|budget|top price|walk-?away(?: point)?) (?:for|with)) (?-i:" + n + r")\b", re.I)
    fallback = re.compile(r"\b(?:accept|take|go with|sign with|join|fall back (?:on|to)|choose|pick|sign) (?:option |offer )?(?-i:" + n + r")\b", re.I)
    return dealing, fallback


def _listed_options(s: Situation, text: str) -> None:
    """Options listed one per line under a letter ("A (fintech): £95k…", "B: £82k…"): the one the user is dealing with — met,
    replied to, whose broker spoke — has its price on the table; the other, the one they would accept instead, is the
    alternative at its own price. Of three or more quotes ("Vendor A: …", "Supplier B (…): …"), the one singled out — met,
    called, preferred, with a ceiling of its own — is dealt with and the alternative is the one they would take instead,
    else the best of the rest. Their listed price goes on the table only when no number of theirs was read otherwise, and
    only when the words tell the options apart."""
    if s.alternative is not None and s.alternative.amount is not None:
        return
    told = any(o.by == "them" for o in s.offers)  # "they won't go below 1,180": their number read already, only the alternative is new
    options: dict[str, tuple[float, str]] = {}
    for m in _OPTION_LINE.finditer(text[:WORDS_CAP]):
        money = [a for a in amounts(m.group(2)) if a.kind == "money" and a.value]
        if money and m.group(1) not in options:
            options[m.group(1)] = (money[0].value, m.group(0).strip())
    if len(options) < 2 or len(options) > 4:
        return
    rest = _OPTION_LINE.sub("", text[:WORDS_CAP])
    dealing = {k for k in options if _option_cues(k)[0].search(rest)}
    falling = {k for k in options if _option_cues(k)[1].search(rest)}
    deal = (dealing - falling) or (set(options) - falling if len(falling) == 1 else set())
    if len(deal) != 1:
        return
    (mine,) = deal
    others = set(options) - deal
    if len(others) > 1:  # three quotes, one dealt with: the one they would take instead, else the best of the rest
        others = (others & falling) or ({min(others, key=lambda k: options[k][0] if s.wants == "less" else -options[k][0])} if s.wants else set())
    if len(others) != 1:
        return
    (other,) = others
    if other in dealing:
        return
    s.alternative = Fact(amount=options[other][0], words=options[other][1])
    s.no_alternative = None
    if told:
        return
    at = text.find(options[mine][1])
    later = next((i for i, o in enumerate(s.offers) if text.find(o.words) > at), len(s.offers))
    s.offers.insert(later, Offer(by="them", amount=options[mine][0], words=options[mine][1]))  # in the order said


_OUTSIDE_OFFER = patterns.compile(r"\b(?:(?:written|job|formal|firm|verbal|outside|external) offer|offer (?:from|at) (?:a|an|another|the other|[A-Z]\w+)|(?i:new) (?:job|role|position|company|employer|place|firm)|"
                                 r"other (?:company|firm|employer|job)|(?:another|a different|a rival|a competing) (?:company|firm|employer|startup|bank|agency|hospital|school|club|team))\b")
_RETENTION = patterns.compile(r"\b(?:(?:my|our) (?:current )?(?:manager|boss|employer|company|firm|director|supervisor|line manager|team lead|lead|ceo|founder|partner|hr|club|president|chair)\b"
                              r"[^.;!?\n]{0,120}?\b(?:came back|come back|comes back|countered|counter-?offer(?:ed)?|matched|offered|responded|replied|put)\b|counter-?offer (?:from|by) (?:my|our)|retention (?:offer|bonus|package))", re.I)


def _outside_offer_countered(s: Situation, text: str) -> None:
    """An employee's outside offer that the current employer answers with a counter ("a written offer for $92k at a logistics
    company … I told my manager and he came back with $82k"): the employer's counter is on the table and the outside offer,
    better than both the counter and today's pay, is the alternative — not an earlier offer of the same side."""
    if s.role not in (None, "candidate", "employee") or s.wants == "less":
        return
    theirs = [o for o in s.offers if o.by == "them"]
    if len(theirs) < 2 or not _RETENTION.search(_sentence_of(text, theirs[-1].words)):
        return
    counter = theirs[-1].amount
    outside = [o for o in theirs[:-1] if _OUTSIDE_OFFER.search(o.words) and not _RETENTION.search(_sentence_of(text, o.words)) and o.amount > counter]
    if len(outside) != 1:
        return
    alt = s.alternative
    if alt is not None and alt.amount is not None and alt.amount >= outside[0].amount:
        return
    s.offers = [o for o in s.offers if o is not outside[0]]
    s.alternative = Fact(amount=outside[0].amount, words=outside[0].words)
    s.no_alternative = None


_NOT_NAMED_YET = patterns.compile(r"\b(?:(?:they|he|she)\s+(?:haven'?t|hasn'?t|have not|has not|didn'?t|did not)\s+(?:\w+\s+)?(?:said|named|mentioned|given|put|shared|quoted|offered)\s+(?:a|any|their|his|her)\s+(?:number|figure|range|budget|salary|price|rate)"
                                  r"|no (?:number|figure|budget|range|salary|price)(?: (?:has been |was ))?(?: yet| (?:mentioned|named|given|discussed|on the table))|(?:asked|ask|asks|asking) (?:me )?(?:to (?:share|give|name|send(?: over)?|state|tell (?:them|her|him))\s+)?(?:for )?(?:my |our |a |some )?(?:salary |rate |comp |pay )?(?:expectations|number|quote|figure)"
                                  r"|what (?:number|salary|rate|figure|price) (?:are you|you'?re|i'?m|am i) (?:looking for|after|expecting|thinking|targeting))\b", re.I)
"""The other side has not named a number: they asked for mine ("what number are you looking for", "send over a quote")."""


def _offer_elsewhere_before_theirs(s: Situation, text: str) -> None:
    """While the other side has named no number, "a written offer from a health-tech startup: $172k" is another
    party's offer: the user's alternative, not a number on this table."""
    if not _NOT_NAMED_YET.search(text[:WORDS_CAP]):
        return
    elsewhere = [o for o in s.offers if o.by == "them" and _OUTSIDE_OFFER.search(o.words)]
    if len(elsewhere) != 1 or len([o for o in s.offers if o.by == "them"]) != 1:
        return
    offer = elsewhere[0]
    alt = s.alternative
    if alt is not None and alt.amount is not None and s.wants and not _better(offer.amount, alt.amount, s.wants):
        return
    s.offers = [o for o in s.offers if o is not offer]
    s.alternative = Fact(amount=offer.amount, words=offer.words)
    s.no_alternative = None


_PENDING = patterns.compile(r"\b(?:(?:final|last|late|later|second|third|next|advanced) (?:rounds?|stages?|interviews?)|interviewing|in (?:the )?(?:hiring )?process|in talks|talking) "
                            r"(?:with|at|for) (?:another|a second|the other|a different|other|one other|a rival|a competing) (?:[\w-]+ )?(?:firm|company|employer|bank|startup|agency|team|consultancy|client|role|job|business|studio|lab|hospital|school)\b", re.I)
"""A process elsewhere not yet concluded ("in final rounds with another firm")."""


def _pending_process(s: Situation) -> None:
    """A pay range said of a process elsewhere that has not ended ("final rounds with another firm, expected range
    €65-70k") is the alternative the user is building — worth its low end, and only believed, not in hand — not the
    market for this job."""
    m = s.market_range
    if s.alternative is not None or m is None or s.role not in (None, "candidate", "employee") or not _PENDING.search(m.words):
        return
    s.alternative = Fact(amount=m.low if s.wants != "less" else m.high, words=m.words)
    s.market_range, s.no_alternative = None, None
    if m.words not in s.assumptions:
        s.assumptions.append(m.words)  # not an offer in hand: the walk on it would be a bet


def _sentence_of(text: str, words: str) -> str:
    """The whole sentence a fact's words were cut from (the words alone when not found)."""
    at = text.find(words)
    return next((t for start, t in sentences(text) if start <= at < start + len(t)), words) if at >= 0 else words


def _agreed_price(s: Situation) -> None:
    """A deal told with its price ("we agreed €41.000 and shook on it") with no offer of theirs read: the
    agreed price is what is on the table now — what a nibble or a walk would be weighed against."""
    if not s.agreed or any(o.by == "them" for o in s.offers) or _PAST_DEAL.search(s.agreed):
        return
    found = [m for m in amounts(s.agreed) if m.kind == "money" and m.value]
    if len(found) == 1 and not (s.alternative and s.alternative.amount == found[0].value):
        s.offers.append(Offer(by="them", amount=found[0].value, words=s.agreed))


def _standing(s: Situation) -> float | None:
    """Where the price stands now: the last offer of the side whose price it is (the side that wants more)."""
    side = "me" if s.wants == "more" else "them"
    return next((o.amount for o in reversed(s.offers) if o.by == side), None)


def _off_the_price(m: Mention, text: str, s: Situation) -> float | None:
    """"£500 off" is a price, not 500: the asking price less the amount ("another £300 off", "knock off
    another 300", "a $25,000 credit", "a reduction of £15,000", or no asking price known: their last
    price less it). A further cut comes off where the price stands now: the last offer of the side
    whose price it is (the side that wants more)."""
    before = text[max(0, m.start - 40):m.start]
    cut_before = bool(_CUT_BEFORE.search(before))
    if m.value is None or not (cut_before or _OFF_AFTER.match(text[m.end:m.end + 20]) or _OFF_BEFORE.search(before)):
        return m.value
    theirs = [o.amount for o in s.offers if o.by == "them"]
    further = cut_before or re.search(r"\b(?:another|further|extra|additional|more)\W+(?:\w+\W+)?$", before[-25:], re.I)
    asking = s.asking.amount if s.asking else None
    owners = [o.amount for o in s.offers if o.by == "me"] if further and s.wants == "more" else theirs
    base = owners[-1] if owners and (further or asking is None) else (theirs[-1] if theirs and asking is None else asking)
    if base is None or m.value >= base / 2:
        return m.value
    return base - m.value


_STAY = patterns.compile(r"\b(?:could|can|would|might) (?:just |always |happily )?(?:stay|keep (?:my|the|renting))|stay(?:ing)? (?:put|where i am)|happy (?:to stay|where i am)", re.I)


def _current_is_alternative(role: str | None, text: str) -> bool:
    """Current pay is the alternative of someone who can stay (a candidate); current rent only when staying is named."""
    return role in (None, "candidate", "employee") or bool(_STAY.search(text))


_BELIEVED = patterns.compile(BELIEF.pattern.removesuffix(r"\s*$"), re.I)
_RAISE = patterns.compile(r"\b(?:raise|pay rise|pay increase|salary increase|(?:\d+(?:\.\d+)?\s?%|percent) (?:increase|bump)|promotion|annual review|performance review|comp review|give me (?:a )?\d+(?:\.\d+)?\s?%)", re.I)
_QUITTING = patterns.compile(r"\b(?:quit|quitting|resign\w*|notice|leave (?:the|this) (?:company|job|firm)|(?:or|else|otherwise) (?:i|we)(?:'ll| will| am going to|'m going to)? leave)\b", re.I)


def _status_quo_words(labelled: list[Labelled]) -> set[str]:
    return {i.words for i in labelled if i.label == "current"}


_DEST = patterns.compile(r"\b(?:going|go|signing|sign|switching|switch|moving|move|taking|take)\s+(?:with|to)\s+(?:the\s+|a\s+|company\s+|firm\s+)?"
                         r"(?:(?:other|cheaper|lower|new|better|first|second)\s+)*([A-Za-z][\w-]*)", re.I)
_NOT_A_NAME = NOT_A_PARTY  # "going to tell them…", "going to look at other venues": a verb or a pronoun, not a place


def _destination_value(walk: str, text: str, labelled: list[Labelled]) -> Fact | None:
    """The value of the place a walk threat names ("going with the barn"), from an unattributed amount said beside it."""
    m = _DEST.search(walk)
    if not m or m.group(1).lower() in _NOT_A_NAME:
        return None
    name = re.compile(r"\b" + re.escape(m.group(1)) + r"\b", re.I)
    for item in labelled:
        a, b = item.mention.start, item.mention.end
        if item.label == "none" and text[a:b] == item.mention.text and name.search(text[max(0, a - 120):a]) \
                and walk not in text[max(0, a - 120):b]:
            return Fact(amount=item.mention.value, words=item.words)
    return None


_MORE_WORK = patterns.compile(r"\b(?:add|adding|extra|additional|another|more|throw in|throwing in|include|including)\b", re.I)
"""In an extra ask: more work or goods on top ("add a ceremony set", "play an extra hour")."""

_GET_NOTHING = patterns.compile(r"\b(?:if|when|unless) (?:i|we) (?:don'?t|do not|won'?t|refuse to|decline to|fail to) (?:sign|accept|take (?:it|the (?:deal|offer|package))|agree|settle)\b[^.;!?]{0,20}?,? "
                                r"(?:i|we) (?:get|receive|walk away with|leave with|end up with|go home with)(?: (?:absolutely|literally|basically))? (?:nothing|zero|zilch|nada|\$?0)\b"
                                r"|\b(?:otherwise|or else|if not),? (?:i|we) (?:get|walk away with|leave with|end up with)(?: (?:absolutely|literally|basically))? (?:nothing|zero|zilch|nada)\b", re.I)
"""The deal dying leaves the user with nothing ("if I don't sign I get nothing"): an alternative worth zero."""


def _fill_words(s: Situation, text: str, labelled: list[Labelled], chat_tactics: bool = False) -> None:
    s.deadline = cues.read_deadline(text)
    s.issues = cues.read_issues(text)
    s.relationship = cues.read_relationship(text)
    s.uninformed = signals.read_uninformed(text)
    s.assumptions = cues.read_assumptions(text)
    if s.alternative and s.alternative.amount is not None and _BELIEVED.search(s.alternative.words) \
            and s.alternative.words not in s.assumptions:
        s.assumptions.append(s.alternative.words)  # "the PE guys will pay 1.5": a value asserted, not in hand
    s.counterparty_info = cues.read_counterparty(text)
    s.agreed = cues.read_agreed(text)
    s.stalled = signals.read_stalled(text)
    s.prefers_deal = cues.read_prefers_deal(text)
    if not chat_tactics:  # a pasted chat's tactics are read from its lines below, not twice
        s.tactics = [Tactic(code=code, words=words) for code, words in cues.read_tactics(text)]
    s.no_alternative = cues.read_no_alternative(text)
    walk = cues.read_walk(text)
    if s.no_alternative and s.alternative and s.alternative.words in _status_quo_words(labelled) \
            and (walk and _QUITTING.search(walk) or _RAISE.search(text)):
        s.alternative = None  # threatening to quit, or asking for a raise with nothing else lined up: today's pay is what is at stake, not a fallback
    if s.alternative is None and not s.no_alternative:
        named = cues.read_alternative(text)
        if named and planning.planned_claim(named, text):
            named = None  # "plan is to tell her I have another offer": a claim to be made, not an option in hand
        if named:
            s.alternative = Fact(amount=None, words=named)  # an alternative with no value stated
    if s.alternative is None:
        nothing = _GET_NOTHING.search(text)
        if nothing:
            sent = next((t for _, t in sentences(text) if nothing.group() in t), nothing.group())
            s.alternative, s.no_alternative = Fact(amount=0, words=sent.strip()), None  # "if I don't sign I get nothing": the alternative is worth zero
    if s.alternative and s.no_alternative:
        s.no_alternative = None
    planned = {p.words for p in s.plans}
    for action, words in cues.read_plans(text):
        if not any(words in w or w in words for w in planned) \
                or action == "walk" and not any(p.action == "walk" for p in s.plans):  # "offer $17,000, and … I just walk out": both moves
            s.plans.append(Plan(action=action, words=words))
    if walk and (s.alternative is None or s.alternative.amount is None):
        named = _destination_value(walk, text, labelled)
        if named is not None:
            s.alternative = named  # "we're going with the barn unless…": the barn's price, said earlier, is the alternative
    if walk and not any(p.action == "walk" for p in s.plans):
        s.plans.append(Plan(action="walk", words=walk))


_WHAT_I_WANT = patterns.compile(r"\b(?:since|because|as|cause|cos|'cause) (?:that'?s|thats|it'?s|that is|it is) (?:\w+ )?(?:what (?:i|we) (?:really )?(?:want|need|'d like|would like|'m after|am after|'re after|are after|was hoping for|were hoping for)|(?:my|our) (?:target|goal))\b", re.I)
"""After a planned number: the user says it is what they want, so it is their target too."""


_CORRECTION = patterns.compile(r"\b(?:typo|correction|i meant|i mean|my mistake|my bad|mis-?typed|should have said|should be|not \W?\d|sorry,? (?:it was|it's|that was|i))", re.I)
_NOT_AMOUNT = patterns.compile(r"\bnot\s+[$€£]?\s?(\d[\d,]*(?:\.\d+)?)", re.I)


def merge(prior: Situation, new: Situation, text: str = "") -> Situation:
    """This turn's facts over the thread's: new offers appended, corrections replace, the rest kept."""
    out = prior.model_copy(deep=True)
    for name in ("wants", "role", "target", "reservation", "alternative", "market_range", "deadline", "currency",
                 "unit", "asking", "relationship", "uninformed", "agreed", "stalled", "prefers_deal"):
        value = getattr(new, name)
        if value is not None:
            setattr(out, name, value)
    if new.alternative is not None:
        out.no_alternative = None
    if new.no_alternative is not None:
        out.no_alternative, out.alternative = new.no_alternative, None
    fresh = list(new.offers)
    old = [(o.by, round(o.amount, 2)) for o in prior.offers]
    k = 0
    while k < min(len(old), len(fresh)) and (fresh[k].by, round(fresh[k].amount, 2)) == old[k]:
        k += 1  # the user re-pasted the conversation so far
    correcting = bool(_CORRECTION.search(text))
    for offer in fresh[k if k == len(old) or k >= 2 else 0:]:
        if correcting:
            wrong = [float(x.replace(",", "")) for x in _NOT_AMOUNT.findall(text)]
            target = next((o for o in reversed(out.offers) if o.by == offer.by and (not wrong or any(abs(o.amount - w) < 0.01 for w in wrong))), None)
            if target is not None:
                target.amount, target.words = offer.amount, offer.words  # "sorry, typo: it was 720, not 750"
                continue
        last_same = next((o for o in reversed(out.offers) if o.by == offer.by), None)
        if last_same is not None and abs(last_same.amount - offer.amount) < 0.005 * max(abs(offer.amount), 1):
            continue  # the same number restated
        out.offers.append(offer)
    for name in ("issues", "assumptions", "counterparty_info"):
        merged = list(getattr(out, name))
        merged += [x for x in getattr(new, name) if x not in merged]
        setattr(out, name, merged)
    codes = {t.code for t in out.tactics}
    out.tactics += [t for t in new.tactics if t.code not in codes]
    if new.plans:
        out.plans = new.plans
    out.notices = new.notices
    return out
