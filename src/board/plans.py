"""Plans told apart from offers, and the amounts plans name in words.

A second pass over the labelled amounts (facts.py) that looks at the verb governing each one:

- Intent, future or conditional ("I'm going to", "I'll", "thinking of", "planning to", "should
  I", "was going to say", "my plan is to") makes the amount a *plan*; past tense ("I offered",
  "I said", "I countered with", "went down to") makes it an *offer* already made. The nearer of
  the two to the amount decides.
- The plan's action comes from its verb: open/start/list → ``open``; counter/come back →
  ``counter``; say/ask/put/quote/reply → ``counter`` once they have named a number, else
  ``open``; drop/come down/meet/knock off → ``concede``; accept/take/sign → ``accept``.
- A subject-less diary sentence ("Asked for $210k, they came back at $170k") is the user's.
- A range is a market range when nobody owns it or comparables are named ("similar flats go for
  €1.150–€1.300"); one shelf or retail price is not a range.

:func:`complete` then gives an amount to plans that name it in words: a percentage of a known
base ("counter at 40% off" the list price) or a known number ("ask for exactly my minimum").
"""

from __future__ import annotations

import re
from dataclasses import replace

from board.facts import Labelled, sentences
from board.labels import THIRD_PARTY
from board.models import Plan, Situation

_INTENT = re.compile(
    r"\b(?:(?:i|we)(?:'ll| will| would|'d| shall)|(?:i'?m|i am|we'?re|we are|i was|we were) (?:going|gonna|planning|about|thinking|tempted|considering)"
    r"|(?:going|gonna|planning|plan|plans|planned|intend|want|wanna|about|tempted|ready) to|gonna|thinking (?:of|about)|was thinking|(?:my|the|our) plan"
    r"|considering|might as well|may as well|inclined to|leaning (?:towards?|to)|(?:my|our) gut (?:says|tells me)|should (?:i|we)|shall (?:i|we)|(?:do|can|shall) (?:i|we)(?= (?:just |then |now )?(?:say|ask|go|offer|counter|open|send|reply|respond|accept|take|drop|come|quote|bid))|could (?:i|we)|maybe (?:i|we)|(?:i|we) might|(?:i|we) may)\b",
    re.I)
_DONE = re.compile(
    r"\b(?:offered|said|told (?:them|him|her)|countered|quoted|proposed|asked for|replied|responded|wrote back|texted|emailed|sent|bid|opened|"
    r"went (?:down|up|to|with|in)|came (?:down|up|back)|dropped|moved|raised|lowered|reduced|put in|threw out|floated|pitched|tabled|settled|agreed|"
    r"knocked|shaved|gave)\b", re.I)
_RESTATED = re.compile(r"(?:—|–|-|,|\(|:)\s*(?:so|i\.e\.|that'?s|which is|or|about|around|roughly|making it)?\s*(?:about |around |roughly )?$", re.I)
_NEGATED = re.compile(r"\b(?:not|never|n't|no way)\b[^.;!?]{0,15}$", re.I)
_REPORTED = re.compile(r"\b(?:said|told (?:them|him|her)|replied|wrote|texted|emailed)\b", re.I)
_ME_SUBJECT = re.compile(r"\b(?:i|we|i'?ve|we'?ve|i'?d|we'?d|my|our)\b", re.I)

_VERBS: list[tuple[str, re.Pattern[str]]] = [
    ("walk", re.compile(r"\b(?:walk|leave)(?:s|es|ed|d|ing)?\b", re.I)),
    ("accept", re.compile(r"\b(?:accept\w*|tak(?:e|ing) (?:it|the (?:offer|deal|\w+k|\d[\w.,]*))|sign(?:s|ed|ing)?|say(?:ing)? (?:yes|sure|ok(?:ay)?|fine|yeah|ja|oui|alright|no problem)(?: to)?|go(?:ing)? along(?: with)?|eat(?:ing)? (?:the|it|that)|agree(?:s|d|ing)? to)\b", re.I)),
    ("concede", re.compile(r"\b(?:drop|come down|go down|go up|come up|lower|raise|reduce|cut|meet (?:them|him|her|in)|split|concede|bump|settle|knock|shave|"
                           r"take [^.;!?]{0,20}off|discount|give (?:them|him|her)? ?(?:a|an|the)? ?(?:discount|break|cut))(?:s|es|ed|d|ing)?\b", re.I)),
    ("counter", re.compile(r"\b(?:counter|come back|push back|re-?anchor)(?:s|es|ed|d|ing)?\b", re.I)),
    ("open", re.compile(r"\b(?:open|start|anchor|lead|list|put (?:it|them|the \w+) (?:up|on|out)|name)(?:s|es|ed|d|ing)?\b", re.I)),
    ("say", re.compile(r"\b(?:say|ask|reply|respond|put|quote|pitch|price|charge|bid|offer|propose|tell|write|text|email|message|send|go in|go (?:with|for)|suggest|request)(?:s|es|ed|d|ing)?\b", re.I)),
]

_DIARY = re.compile(r"^\W*(?:(?:then|and|so|later|first|initially|originally|yesterday|today|last \w+|at first|eventually|finally)\W+)*"
                    r"(?:offered|asked for|asked|countered|quoted|proposed|went (?:down|up|to)|came (?:down|up)|dropped|moved|bid|opened|said|told (?:them|him|her)|put in)\b",
                    re.I)
_COMPARABLE = re.compile(r"\b(?:went for|go(?:ing)? for|fetch(?:es|ed)?|last year|in (?:the|my|our) area|events? (?:our|my|this) size|similar|comparable|comps?|listings?|used ones|others?|other \w+s|going (?:for|between|at|rate)|go(?:es)? for|sell(?:s|ing)? for|sold|"
                         r"rent(?:s|ing)? for|market|range[sd]?|typical(?:ly)?|usually|normally|average|between|on (?:ebay|the forum|craigslist|marketplace)|"
                         r"glassdoor|levels\.fyi|payscale|worth|valued|valuation|appraised|band)\b", re.I)
_RETAIL = re.compile(r"\b(?:shelf|retail(?:s)?|in (?:the )?(?:shops?|stores?|supermarkets?)|rrp|msrp|new (?:it|they|one)s? (?:cost|go|sell)|brand new|paid [^.;!?]{0,15}new|sticker)\b", re.I)


def _left(text: str, m_start: int, prev_end: int) -> str:
    """The words before an amount, back to the sentence start or the previous amount of the sentence."""
    return text[max(prev_end, m_start - 160):m_start]


def _sentence_starts(text: str) -> list[int]:
    return [start for start, _ in sentences(text)]


def _last(rx: re.Pattern[str], s: str) -> re.Match[str] | None:
    found = None
    for found in rx.finditer(s):
        pass
    return found


def _action(tail: str, theirs_before: bool) -> str | None:
    """The plan's action from the verb between the intent and the amount."""
    best: tuple[int, str] | None = None
    for action, rx in _VERBS:
        m = _last(rx, tail)
        if m and action == "walk" and _LEAVE_THING.match(tail, m.start()):
            continue  # leaving a thing behind
        if m and (best is None or m.start() > best[0]):
            best = (m.start(), action)
    if best is None:
        return None
    if best[1] == "say":
        return "counter" if theirs_before else "open"
    return best[1]


def refine(labelled: list[Labelled], text: str) -> list[Labelled]:
    """Relabel plans, offers and ranges by their verbs and words (see the module docstring)."""
    starts = _sentence_starts(text)
    out: list[Labelled] = []
    prev_end, sent_i = 0, -1
    for item in labelled:
        m = item.mention
        i = _sent_index(starts, m.start)
        s_start = starts[i] if i >= 0 else 0
        if i != sent_i:
            sent_i, prev_end = i, s_start
        left = _left(text, m.start, prev_end)
        label = _relabel(item, left, text[s_start:m.start], text[m.end:m.end + 40], out)
        if label == "plan_accept" and THIRD_PARTY.search(left):
            label = "alternative"  # "a competitor … their contract, ready to sign at $45k": taking the other deal
        out.append(replace(item, label=label) if label != item.label else item)
        prev_end = m.end
    return out


def _sent_index(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def _mine(left: str, did: re.Match[str]) -> bool:
    """Whether a past-tense move was the user's: a first-person subject just before, or none at all."""
    before = left[max(0, did.start() - 25):did.start()]
    return bool(_ME_SUBJECT.search(before)) or not re.search(r"[A-Za-z]", left[:did.start()])


_LEAVE_THING = re.compile(r"leav(?:e|es|ing) (?:the|a|an|some|all|our|my|your|their|his|her)\s+"
                          r"(?!(?:table|deal|room|negotiations?|talks|meeting|company|job|firm|team|place|house|flat|apartment|building|office)\b)\w", re.I)


def _relabel(item: Labelled, left: str, from_start: str, right: str, done: list[Labelled]) -> str:
    label, m = item.label, item.mention
    if label == "plan_walk":
        w = _last(_VERBS[0][1], left)
        if w is not None and _LEAVE_THING.match(left, w.start()):
            return "none"  # "could we leave the washing machine": leaving a thing behind, not walking
    if m.is_range and label in ("none", "asking", "me_offer", "them_offer") and (label == "none" or _COMPARABLE.search(left)):
        return "market"
    if label == "market" and not m.is_range and _RETAIL.search(left + " " + right):
        return "none"  # one shelf or retail price is not the range of this deal
    if label == "them_offer" and left == from_start and _DIARY.match(left):
        return "me_offer"  # "Asked for $210k, they came back at $170k": the first is mine
    intent = _last(_INTENT, left)
    if label == "them_offer" and intent and _ME_SUBJECT.search(left[max(0, intent.start() - 15):intent.end()]) \
            and not _DONE.search(left[intent.end():]):
        label = "none"  # "My plan is to ask $3,000": my plan, whatever verb the labeller saw
    if label not in ("me_offer", "none") and not label.startswith("plan_"):
        return label
    did = next((d for d in reversed(list(_DONE.finditer(left))) if _mine(left, d)), None)
    if intent and (did is None or did.start() < intent.start()):
        if did is not None and _REPORTED.search(did.group()) and re.match(r"(?:i|we)(?:'d|'ll| would| will)", intent.group(), re.I):
            return label  # "I told them I'd do 50": said, so offered
        tail = left[intent.end():]
        action = _action(tail, any(x.label == "them_offer" for x in done))
        theirs = any(x.label == "them_offer" for x in done)
        if label.startswith("plan_"):
            if action in ("accept", "concede") and label in ("plan_counter", "plan_open"):
                return "plan_" + action  # "thinking of just saying yes to the 6k"
            if label == "plan_counter" and (re.search(r"\b(?:open|start|anchor|list|lead)\b", tail, re.I)
                                            or (not theirs and not re.search(r"\b(?:counter|come back)", tail, re.I))):
                return "plan_open"  # nothing of theirs to counter yet: it is an opening
            return label
        if label == "none" and (action is None or (len(tail) > 60 and not _RESTATED.search(left))):
            return label
        return "plan_" + (action or ("counter" if any(x.label == "them_offer" for x in done) else "open"))
    if label.startswith("plan_") and label != "plan_walk" and did is not None and (intent is None or did.start() > intent.start()):
        return "me_offer"  # "I countered at 50": done, not planned
    return label


# -- amounts named in words -----------------------------------------------------------------
_PCT = re.compile(r"(\d+(?:[.,]\d+)?)\s?(?:%|percent|per cent)(?:\s+(off|below|under|less than|lower than|above|over|more than|higher than|on top of|of|discount))?"
                  r"(?:\s+(?:the|our|their|my|your|his|her|its|this|that))?(?:\s+(asking|list(?:ing)?|sticker|wholesale|retail|base|original|full|current|their|my))?"
                  r"(?:\s+(price|rate|number|offer|bid|quote|fee|rent|salary))?", re.I)
_BASE_AMOUNT = re.compile(r"(?:%|percent|per cent)\s+(?:off|below|under|less than|above|over|more than|on top of|of)\s+(?:(?:the|our|their|my|your|his|her|its|this|that)\s+)?"
                          r"(?:(?:asking|list|listing|wholesale|retail|sticker|original|full|usual|regular|normal|standard)\s+)?(?:price\s+|rate\s+)?(?:of\s+)?"
                          r"((?:[$€£]\s?)?\d[\d.,]*\s?(?:k|K)?(?:\s?(?:€|£|\$|euros?|dollars?))?)", re.I)
_REFERENCE = re.compile(r"\b(my|our|their|his|her|the)\s+(?:own\s+)?(minimum|min|floor|bottom[- ]?line|walk-?away(?: point| number)?|reservation(?: price)?|limit|"
                        r"max(?:imum)?|budget|ceiling|target|goal|asking(?: price)?|list(?:ing)?(?: price)?|sticker(?: price)?|offer|number|bid|quote|counter)\b", re.I)


def complete(s: Situation, text: str) -> None:
    """Give plans without an amount the amount their words name: a percentage or a known number.

    A sentence that means to move by a percentage ("thinking of countering at 35% off") is a
    plan even when no plan cue caught it.
    """
    bases = _percent_bases(text)
    for _, sent in sentences(text):
        intent = _INTENT.search(sent)
        pct = _PCT.search(sent, intent.end()) if intent else None
        if pct is None or any(p.words in sent or sent.strip() in p.words for p in s.plans):
            continue
        if _ME_SUBJECT.search(sent[max(0, intent.start() - 15):intent.end()]):
            action = _action(sent[intent.end():pct.start()], any(o.by == "them" for o in s.offers))
            if action in ("open", "counter", "concede", "accept"):
                s.plans.append(Plan(action=action, words=sent.strip()))
    for _, sent in sentences(text):
        intent = _INTENT.search(sent)
        if intent is None or any(p.words in sent or sent.strip() in p.words for p in s.plans) \
                or not _ME_SUBJECT.search(sent[max(0, intent.start() - 15):intent.end()]) or _NEGATED.search(sent[:intent.end()]):
            continue
        tail = sent[intent.end():intent.end() + 40]
        if _action(tail, True) == "accept" and (s.offers or s.agreed or s.tactics):
            s.plans.append(Plan(action="accept", words=sent.strip()))  # "thinking of just taking it", "inclined to say sure" to their ask
    for k, p in enumerate(s.plans):
        if p.amount is not None:
            continue
        amount = _percent_amount(s, p.words, text, bases) or _reference_amount(s, p.words)
        if amount is None and p.action == "concede":
            amount = _share_amount(s, p.words)
        if amount is not None:
            s.plans[k] = p.model_copy(update={"amount": round(amount, 2)})


_SHARE = re.compile(r"\b(most|half|all|the bulk|much|a big chunk|a lot|two-thirds|three-quarters|a third|a quarter)\s+(?:of\s+)?(?:the|that)\s+(?:difference|gap|way|distance)\b", re.I)
_HALFWAY = re.compile(r"\b(?:split(?:ting)? the difference|halfway|half-way|in the middle)\b", re.I)
_SHARES = {"most": 0.75, "half": 0.5, "all": 1.0, "the bulk": 0.75, "much": 0.6, "a big chunk": 0.6, "a lot": 0.6,
           "two-thirds": 2 / 3, "three-quarters": 0.75, "a third": 1 / 3, "a quarter": 0.25}


def _share_amount(s: Situation, words: str) -> float | None:
    """"Offering most of the difference": that share of the gap from my number toward theirs."""
    m = _SHARE.search(words)
    half = _HALFWAY.search(words)
    if m is None and half is None:
        return None
    mine = next((o.amount for o in reversed(s.offers) if o.by == "me"), None)
    theirs = next((o.amount for o in reversed(s.offers) if o.by == "them"), None)
    if s.asking is not None and s.asking.amount is not None:
        if mine is None and s.wants == "more":
            mine = s.asking.amount  # my listing is my opening
        if theirs is None and s.wants == "less":
            theirs = s.asking.amount
    if mine is None or theirs is None or mine == theirs:
        return None
    return mine + (_SHARES[m.group(1).lower()] if m else 0.5) * (theirs - mine)


def _percent_bases(text: str) -> list[tuple[int, float]]:
    from board.money import amounts
    out = []
    for m in _BASE_AMOUNT.finditer(text):
        found = amounts(m.group(1))
        if found:
            out.append((m.start(), found[0].value))
    return out


def _percent_amount(s: Situation, words: str, text: str, bases: list[tuple[int, float]]) -> float | None:
    hits = list(_PCT.finditer(words))
    if not hits:
        return None
    intent = _INTENT.search(words)
    h = next((x for x in hits if intent and x.start() > intent.start()), hits[-1])
    pct = float(h.group(1).replace(",", "."))
    how = (h.group(2) or "").lower()
    what = f"{(h.group(3) or '').lower()} {(h.group(4) or '').lower()}".strip()
    theirs = next((o.amount for o in reversed(s.offers) if o.by == "them"), None)
    mine = next((o.amount for o in reversed(s.offers) if o.by == "me"), None)
    where = text.find(words)
    earlier = [v for pos, v in bases if where < 0 or pos < where + h.start()]
    if re.search(r"asking|list|sticker", what):
        base = s.asking.amount if s.asking else None
    elif re.search(r"their|offer|bid|quote", what):
        base = theirs
    elif what.startswith("my"):
        base = mine
    else:
        base = earlier[-1] if earlier else (s.asking.amount if s.asking else None)
    if base is None or not how:
        return None
    if how in ("off", "below", "under", "less than", "lower than", "discount"):
        return base * (1 - pct / 100)
    if how == "of":
        return base * pct / 100
    return base * (1 + pct / 100)


def _reference_amount(s: Situation, words: str) -> float | None:
    m = _REFERENCE.search(words)
    if not m:
        return None
    whose, what = m.group(1).lower(), m.group(2).lower()
    if whose in ("his", "her"):
        return None  # their private limit: not a number we know
    if re.match(r"min|floor|bottom|walk|reservation|limit|max|budget|ceiling", what):
        fact = s.reservation if whose in ("my", "our") else None
        return fact.amount if fact else None
    if what in ("target", "goal"):
        return s.target.amount if s.target and whose in ("my", "our") else None
    if re.match(r"asking|list|sticker", what):
        return s.asking.amount if s.asking else None
    side = "me" if whose in ("my", "our") else "them"
    return next((o.amount for o in reversed(s.offers) if o.by == side), None)
