"""Pasted chats and email threads: who said which line, and which numbers were offers.

A transcript is two or more lines of the form ``Speaker: message`` with at least two
speakers. The user's side comes from what they say about themselves ("I'm the buyer",
"I'm Jane", a ``Me:`` speaker); the other speakers are "them". Every price a side names is
an offer of that side, in order, except what only *mentions* a price: the listing price
quoted back ("you're asking 300?"), the other side's number echoed ("300 is too much"), a
number refused ("I can't do 18"), or a number that is not money.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from board.money import Mention, amounts

_LINE = re.compile(r"^[ \t>*-]*\(?([A-Z][\w .'&-]{0,30}?|[a-z][\w.'-]{0,15})\)?[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*:[ \t]*(\S.*)$", re.M)
_ME_NAMES = {"me", "i", "myself", "you (me)", "user"}
_THEM_NAMES = {"them", "they", "other side", "counterparty", "other", "recruiter", "hr", "landlord", "employer",
               "hiring manager", "manager", "dealer", "salesman", "salesperson", "sales", "agent", "client", "customer",
               "vendor", "supplier", "boss", "company", "owner", "tenant", "buyer", "seller", "candidate", "contractor",
               "freelancer", "realtor", "broker", "rep"}
_NOT_SPEAKERS = {"note", "ps", "p.s", "edit", "update", "subject", "re", "fwd", "tl;dr", "tldr", "question", "context",
                 "background", "price", "asking", "listing", "budget", "salary", "offer", "total", "http", "https",
                 "example", "step", "q", "a", "date", "time", "sent", "from", "to", "cc"}

_LISTING_CUE = re.compile(r"\b(?:asking|list(?:ed|ing)?|ad (?:says|said)|advertised|posted|the price (?:is|was)|you(?:'re| are) (?:asking|selling)|retail(?:s|ed)?|msrp|"
                          r"new (?:it|they|these|this) (?:cost|go|sell)|paid|bought it for|originally|it cost|cost me|worth|value[ds]?|sells? for|go(?:es)? for)\W*(?:\w+\W+){0,3}$", re.I)
_REFUSE = re.compile(r"\b(?:can'?t|cannot|won'?t|couldn'?t|not|no way|too (?:much|high|low)|never)\b(?:\W+\w+){0,5}\W*$", re.I)
_TOO = re.compile(r"^\W{0,3}(?:\w+\W+){0,3}?(?:is|seems|sounds)?\W*(?:way |a bit |little |bit |too |kind of |pretty )*(?:too (?:much|high|low|steep|expensive|cheap)|"
                  r"out of|a bit (?:much|high|steep)|(?:is|seems) (?:high|steep|low|ridiculous|insane|crazy)|way too|is a lot|is not|isn'?t)", re.I)
_MORE_LESS = re.compile(r"^\s*(?:more|less|lower|higher|off|over|under|below|above|cheaper|difference|discount)\b", re.I)


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


def parse(text: str, role: str | None = None) -> Transcript | None:
    """Split ``text`` into speaker lines; None when it does not look like a transcript."""
    lines = [Line(m.group(1).strip(), m.group(2).strip(), m.start(2)) for m in _LINE.finditer(text)
             if m.group(1).strip().lower() not in _NOT_SPEAKERS and len(m.group(1).split()) <= 3]
    speakers = []
    for ln in lines:
        if ln.speaker.lower() not in [s.lower() for s in speakers]:
            speakers.append(ln.speaker)
    if len(lines) < 2 or len(speakers) < 2:
        return None
    spans = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    narrative, last = [], 0
    for a, b in spans:
        narrative.append(text[last:a])
        last = b
    narrative.append(text[last:])
    me, them, notices = _sides(speakers, text, role)
    return Transcript(lines, me, them, "".join(narrative), notices)


def _sides(speakers: list[str], text: str, role: str | None) -> tuple[set[str], set[str], list[str]]:
    low = {s: s.lower() for s in speakers}
    me = {s for s in speakers if low[s] in _ME_NAMES}
    named = re.search(r"\bi(?:'m| am)\s+(?:the\s+)?[\"']?([\w .'-]{1,30}?)[\"']?(?:\s+(?:here|in (?:this|the) chat|side))?\s*(?:[.,;:!)\n]|$)", text, re.I)
    if named:
        who = named.group(1).strip().lower()
        me |= {s for s in speakers if low[s] == who or low[s] == who.split()[0]}
    if not me and role:
        me = {s for s in speakers if low[s] == role or (role == "candidate" and low[s] in ("candidate", "employee"))}
    notices: list[str] = []
    if not me:
        others = [s for s in speakers if low[s] in _THEM_NAMES]
        rest = [s for s in speakers if s not in others]
        if others and len(rest) == 1:
            me = {rest[0]}
        else:
            me = {speakers[0]}
            notices.append(f"Assumed you are '{speakers[0]}' in the pasted conversation; say which side you are if not.")
    them = {s for s in speakers if s not in me}
    return me, them, notices


def _is_offer(line: Line, m: Mention, asking: float | None, last_other: float | None, last_mine: float | None) -> bool:
    before = line.text[max(0, m.start - 60):m.start]
    after = line.text[m.end:m.end + 40]
    if _MORE_LESS.match(after) and not re.search(r"\b(?:for|at|do|take|pay|offer)\W*$", before, re.I):
        return False  # "$50 more", "$20 off": a difference, not a price
    if _LISTING_CUE.search(before):
        return False
    if asking is not None and abs(m.value - asking) < 0.005 * asking and re.search(r"\?\s*$", line.text[m.end:m.end + 3]) and last_mine != m.value:
        return False  # "you're asking 300?"
    if _REFUSE.search(before) and not re.search(r"\b(?:but|how about|what about|would you|will you|could you|can you|i can|i could|i'?ll|lowest|highest|least|most|more than|less than|lower than|higher than|below|above|under|over)\b", before[-30:], re.I):
        return False  # "I can't do 18"
    if last_other is not None and abs(m.value - last_other) < 0.005 * max(last_other, 1) and _TOO.search(after):
        return False  # "300 is too much": their number echoed back
    return True


def offers(tr: Transcript, asking: float | None) -> list[tuple[str, float, str]]:
    """(by, amount, words) for each offer in the chat, in order."""
    reference = asking
    if reference is None:
        found = [m.value for ln in tr.lines for m in amounts(ln.text) if m.kind == "money"]
        reference = sorted(found)[len(found) // 2] if found else None
    out: list[tuple[str, float, str]] = []
    last = {"me": None, "them": None}
    for ln in tr.lines:
        by = "me" if ln.speaker in tr.me else "them"
        other = "them" if by == "me" else "me"
        for m in amounts(ln.text, reference):
            if m.kind == "bare" and not _plausible(m.value, reference):
                continue
            if not _is_offer(ln, m, asking, last[other], last[by]):
                continue
            value = m.value
            words = f"{ln.speaker}: {ln.text}"
            out.append((by, value, words if len(words) <= 200 else words[:199] + "…"))
            last[by] = value
    return out


def _plausible(value: float, reference: float | None) -> bool:
    """A bare number counts as a price only when it sits near the scale of the deal."""
    if value <= 0:
        return False
    if reference is None:
        return value >= 5
    return reference / 20 <= value <= reference * 3
