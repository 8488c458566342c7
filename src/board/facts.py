"""Labelling the amounts of a plain-words description: whose number is it, and what is it?

Each amount is labelled by the nearest cue between it and the previous amount in the same
sentence ("they offered", "my floor is", "I'm hoping for", "another offer at"), or by what
follows it ("80k is my floor"). An amount with no cue of its own continues the previous one's
label when only a list joins them ("I offered 24, then went to 25, then 27"). Bare numbers
count only when a cue names them, so counts and dates that slipped past the money reader do
not become offers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from board.money import Mention, amounts

_THEM = (r"(?:they|he|she|the other (?:side|party|company|guy)|"
         r"(?:the |their |my |our |this )?(?:recruiter|company|employer|hiring manager|hr|dealer|dealership|"
         r"seller|buyer|landlord|tenant|client|customer|vendor|supplier|contractor|agency|manager|boss|"
         r"owner|guy|lady|firm|team|startup|agent|realtor|broker|freelancer|candidate|store|shop|"
         r"purchaser|investor|bank|insurer|counterparty|partner))")
_ME = r"(?:i|i'm|i've|i'd|i'll|we|we're|we've|we'd|we'll|me|us)"
_OFFER_VERB = (r"(?:offer(?:ed|ing|s)?|came back|come back|counter(?:ed|ing|s)?|counter-?offer(?:ed)?|"
               r"propos(?:ed|e|ing)|quot(?:ed|e|ing)|suggest(?:ed|s)?|bid|came down|come down|went up|go up|"
               r"went to|moved|move|raised|rais(?:e|ing)|increased|lowered|reduced|dropped|drop(?:ping)?|"
               r"said|say|asked for|ask(?:ed|ing)? for|ask(?:ed)?|want(?:s|ed)?|would do|could do|can do|"
               r"pay(?:ing)?|settled|meet|met|opened|open(?:ing)?|told (?:them|him|her))")

# (label, pattern) in priority order for ties; the cue nearest to the amount wins.
_LEFT: list[tuple[str, str]] = [
    ("reservation", r"\b(?:floor|bottom[- ]?line|minimum|min|lowest (?:i|we)(?:'d|'ll| would| will| can| could)?(?: go| accept| take)?"
                    r"|won'?t (?:go |accept |take |settle )?(?:below|under|less than|lower than|for less than|anything below)"
                    r"|can'?t (?:go |accept |do |take )?(?:below|under|less than|lower than|above|over|more than|higher than)"
                    r"|not (?:go |accept |pay )?(?:below|under|above|over)|walk(?: away)?(?: (?:if|when|unless)\b[^.;!?]{0,30}?)? (?:below|under|above|over|less than|more than|higher than|lower than|exceeds?)"
                    r"|walk-?away(?: point| number)?|walkaway|reservation(?: price| point)?|(?:max|maximum)(?: budget)?|budget(?: is| of)?|ceiling|cap"
                    r"|no more than|most (?:i|we) (?:can|could|would|will)(?: pay| afford| do| go| spend)?|highest (?:i|we)(?:'d|'ll| would| will| can| could)? (?:go|pay)"
                    r"|limit|at least|need at least|top of my budget|afford(?: up to)?|drop dead)\b"),
    ("target", r"\b(?:hop(?:ing|e) (?:for|to get|to land|to sell for|to pay|to buy)|hoping|aim(?:ing)? (?:for|at)|target(?: is| of)?|goal(?: is| of)?|"
               r"ideally|(?:i'?d|i would|we'?d) love(?: to get| to pay| to sell for| to buy for)?|want to (?:get|pay|sell for|buy (?:it )?for|end up (?:at|around|with))|"
               r"shoot(?:ing)? for|looking (?:for|to get)|dream(?: number)?|would like(?: to get)?|i'?d like(?: to get)?|i want)\b"),
    ("alternative", r"\b(?:another offer|other offer|competing offer|second offer|backup offer|other job|other company|"
                    r"(?:current|existing|present) (?:job|employer|salary|role|position|rent|lease|supplier|vendor|contract|price|rate|comp)(?: pays?| paying| is| of| at)?|"
                    r"currently (?:make|earn|get|pay|paid|making|earning|paying)|i (?:make|earn|get paid)(?: now)?|making now|"
                    r"(?:another|other|a different|competing) (?:dealer|dealership|vendor|supplier|store|seller|buyer|landlord|place|agency|contractor|firm|bidder|candidate|company|client)(?: (?:quoted|offered|pays?|charges?|is offering|has offered|will pay|would pay))?|"
                    r"keep renting(?: at| for)?|elsewhere|alternative(?: is)?|backup|fallback|fall back|plan b|other option|"
                    r"quote from|offer from|could (?:just )?(?:sell|buy|rent|get|hire)(?: it)?(?: to| from)?(?: someone else| elsewhere)?(?: for| at)?)\b"),
    ("me_offer", r"\b(?:i'?m|i am|we'?re|we are|i was|we were) (?:now |still |only )?asking(?: them)?(?: for)?(?: (?:a raise|an increase|a bump) (?:to|of))?"),
    ("plan_walk", r"\b(?:walk(?:ing)? away|walk|leave)\b"),
    ("plan_concede", r"\b(?:thinking (?:of|about) (?:dropping|going|coming|moving|lowering|raising|offering)|(?:drop|come down|go up|move|lower|concede|meet (?:them|him|her) )"
                     r"(?: my (?:price|ask|number|offer))?(?: to)?|split the difference(?: at)?|meet in the middle(?: at)?)\b"),
    ("plan_counter", r"\b(?:(?:will|'ll|going to|gonna|plan to|planning to|thinking of|thinking about|want to|should i|about to|intend to) "
                     r"(?:counter(?:ing)?(?: with| at)?|come back (?:with|at)|propos(?:e|ing)|offer(?:ing)?|ask(?:ing)? for|open(?:ing)? (?:with|at)|say(?:ing)?|tell(?:ing)? them)|counter(?:ing)? (?:with|at))\b"),
    ("plan_accept", r"\b(?:(?:will|'ll|going to|gonna|plan to|thinking of|should i) (?:accept|take)(?: it| the offer)?)\b"),
    ("asking", r"\b(?:asking(?: price)?|ask(?:ing)? is|listed (?:it )?(?:at|for)|list(?:ing)? price|listing (?:is|was|at|says|for)|(?:is|was) listed|sticker(?: price)?|msrp|advertised|posted(?: rate| price)?|"
               r"priced at|price tag|(?:they|he|she|seller|landlord|dealer)(?:'s| is| are) asking|(?:they|he|she) want(?:s|ed)?|rent is|price is)\b"),
    ("market", r"\b(?:market(?: rate| value| price| range)?|comps?|comparables?|glassdoor|levels\.fyi|payscale|indeed|kbb|kelley|blue book|zillow|"
               r"redfin|going rate|typical(?:ly)?|average|median|similar (?:ones|roles|jobs|cars|units|places|homes|houses|apartments)|"
               r"worth|valued at|appraised(?: at)?|range(?: is)?|pay band|band|sell for|go for|goes for|retail(?:s)?(?: for| at)?|new (?:it|they) costs?)\b"),
    ("them_offer", r"\b(?:got|received|have|had|was given|were given|landed) (?:a |an |the |their )?(?:job |written |verbal |formal |initial |final )?offer(?: letter)?(?: for| of| at| with)?\b"),
    ("me_offer", r"\b" + _ME + r"\b[^.;!?]{0,30}?\b" + _OFFER_VERB + r"\b(?: (?:to|at|with|of|for|them|him|her|it))*"),
    ("me_offer", r"\b(?:my (?:offer|counter|counteroffer|counter-offer|opening|first offer|ask|initial offer|number|bid|quote|rate|price|last offer|latest offer)(?: was| is| of| at)?)\b"),
    ("them_offer", r"\b" + _THEM + r"\b[^.;!?]{0,30}?\b" + _OFFER_VERB + r"\b(?: (?:to|at|with|of|for|me|us|it))*"),
    ("them_offer", r"\b(?:their (?:offer|counter|counteroffer|counter-offer|opening|first offer|initial offer|number|bid|quote|final offer|latest offer|price)|"
                   r"(?:the|an?|initial|first|written|verbal) offer(?: letter)?(?: is| was| of| at| came in at)?|offer(?:ed)? me|they'?re offering|came in at|"
                   r"they'?ll do|they could do|they can do)\b"),
]
_TRAIL = r"(?:\s+(?:to|at|with|for|of|around|about|roughly|maybe|it|them|him|her|down|up|by|my (?:price|ask|offer|number|rate)))*"
_LEFT_RE = [(label, re.compile("(?:" + pat + ")" + _TRAIL, re.I)) for label, pat in _LEFT]

_RIGHT: list[tuple[str, re.Pattern[str]]] = [
    ("reservation", re.compile(r"^\s*(?:is|would be|as|=)?\s*(?:my|our|the)\s*(?:absolute\s*)?(?:floor|minimum|bottom[- ]?line|walk-?away|limit|max(?:imum)?|ceiling|budget|reservation)", re.I)),
    ("reservation", re.compile(r"^\s*(?:is|would be)\s*the (?:lowest|most|highest|least)\b", re.I)),
    ("target", re.compile(r"^\s*(?:is|would be)\s*(?:my|our|the)\s*(?:target|goal|dream|ideal)", re.I)),
    ("them_offer", re.compile(r"^\s*(?:is|was)\s*(?:their|the)\s*(?:offer|final|best|counter)", re.I)),
    ("alternative", re.compile(r"^[^.;!?]{0,20}\b(?:from|at) (?:another|the other|a different|a competing) ", re.I)),
]

_CONTINUE = re.compile(r"^\s*(?:,|and|then|,?\s*then|,?\s*and then|,?\s*then (?:to|up to|down to|at)|or|/|,\s*and)?\s*"
                       r"(?:(?:went|came|moved|dropped|raised it)\s*(?:up|down)?\s*(?:to)?)?\s*$", re.I)


@dataclass(frozen=True)
class Labelled:
    label: str
    """target, reservation, alternative, asking, market, me_offer, them_offer, plan_* or ``none``."""
    mention: Mention
    words: str


_SENT = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s.!?]))*(?:[.!?]+(?=\s|$)|\n|$)")


@lru_cache(maxsize=4)
def sentences(text: str) -> tuple[tuple[int, str], ...]:
    """Sentences with their offsets; a dot inside a number ("1.2M") does not end one.

    Cached: every reader of the same text walks the same sentences.
    """
    return tuple((m.start(), m.group()) for m in _SENT.finditer(text) if m.group().strip())


def _nearest(segment: str) -> str | None:
    best: tuple[int, int, str] | None = None
    for order, (label, rx) in enumerate(_LEFT_RE):
        for m in rx.finditer(segment):
            key = (m.end(), -order)
            if best is None or key > best[:2]:
                best = (m.end(), -order, label)
    return best[2] if best else None


def _negated(segment: str) -> bool:
    return bool(re.search(r"\b(?:not|never|no|don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|won'?t|isn'?t|wasn'?t|without)\b[^,;]{0,25}$", segment, re.I))


def label_amounts(text: str, reference: float | None = None) -> list[Labelled]:
    """Every amount of ``text`` with the role it plays, in order of appearance."""
    found = amounts(text, reference)
    out: list[Labelled] = []
    k = 0
    for s_start, sent in sentences(text):
        s_end = s_start + len(sent)
        inside = []
        while k < len(found) and found[k].start < s_end:
            if found[k].start >= s_start:
                inside.append(found[k])
            k += 1
        prev_end, prev_label = s_start, None
        for i, m in enumerate(inside):
            seg = text[prev_end:m.start]
            label = _nearest(seg)
            nxt = inside[i + 1].start if i + 1 < len(inside) else s_end
            right = text[m.end:min(nxt, m.end + 60)]
            for r_label, rx in _RIGHT:
                if rx.search(right):
                    label = r_label
                    break
            if label is None and prev_label and _CONTINUE.match(seg):
                label = prev_label
            if label and (label.startswith("plan_") or label == "alternative") and _negated(seg):
                label = None
            if label is None and m.kind == "bare":
                prev_end = m.end
                continue
            words = sent.strip()
            if len(words) > 200:
                lo = max(0, m.start - s_start - 100)
                words = sent[lo:lo + 200].strip()
            out.append(Labelled(label or "none", m, words))
            prev_end, prev_label = m.end, label
    return out
