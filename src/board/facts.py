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
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from board import labels, lexicon, patterns, percent, weeks
from board.money import Mention, amounts

_LEFT_RE = [(label, patterns.compile("(?:" + pat + ")" + labels.TRAIL, re.I)) for label, pat in labels.LEFT]

_ALT_RE = next(rx for label, rx in _LEFT_RE if label == "alternative")


@dataclass(frozen=True)
class Labelled:
    label: str
    """target, reservation, alternative, asking, market, me_offer, them_offer, plan_* or ``none``."""
    mention: Mention
    words: str


_SENT = patterns.compile(r"(?:[^.!?\n]|[.!?]+(?=[^\s.!?]))*(?:[.!?]+(?=\s|$)|\n|$)")


@lru_cache(maxsize=4)
def sentences(text: str) -> tuple[tuple[int, str], ...]:
    """Sentences with their offsets; a dot inside a number ("1.2M") does not end one.

    Cached: every reader of the same text walks the same sentences.
    """
    return tuple((m.start(), m.group()) for m in _SENT.finditer(text) if m.group().strip())


def _nearest(segment: str) -> tuple[str, int] | None:
    """The cue ending nearest the amount: (label, where the cue starts)."""
    lead = len(segment) - len(segment.lstrip())
    segment = segment[lead:]  # a cue that opens the sentence (" Below €0,09 …") starts at a word
    best: tuple[int, int, str, int] | None = None
    for order, (label, rx) in enumerate(_LEFT_RE):
        for m in rx.finditer(segment):
            key = (m.end(), -order)
            if best is None or key > best[:2]:
                best = (m.end(), -order, label, m.start())
    return (best[2], best[3] + lead) if best else None


_LEADS_IN = patterns.compile(r"\s*(?:is|was|=|:|of|at|would be|will be|'s|sits at|stays at)?\s*(?:around|about|roughly|like|maybe)?\s*[$€£]?\s*", re.I)
"""What may stand between a cue and the amount it introduces ("my walkaway is $85k")."""


def _negated(segment: str) -> bool:
    return bool(re.search(r"\b(?:not|never|no|don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|won'?t|isn'?t|wasn'?t|without)\b[^,;]{0,25}$", segment, re.I))


_ME = patterns.compile(r"\b(?:i|i'?m|i'?ve|i'?d|i'?ll|we|we'?re|we'?ve|we'?d|we'?ll)\b", re.I)
_PRONOUN = patterns.compile(r"\b(?:i|i'?m|i'?ve|i'?d|i'?ll|we|we'?re|we'?ve|we'?d|we'?ll|they|they'?re|they'?ve|they'?d|they'?ll|he|he'?s|he'?d|he'?ll|"
                            r"she|she'?s|she'?d|she'?ll|you|you'?re|you'?d|you'?ll|u)\b", re.I)
_CLAUSE_CUT = patterns.compile(r"[,;:—(\"“]|\b(?:but|and then|then|so|because|while|whereas)\b", re.I)


_MARKET_SOURCE = patterns.compile(r"\b(?:glassdoor|levels\.fyi|payscale|indeed|kbb|kelley|blue book|zillow|redfin|rightmove|autotrader|comps?|comparables?|market|survey|"
                                  r"data|report|research|sites?|salary sites?|friends?|colleagues?|peers?|website|online|listings|similar|typical|average|median|others)\b", re.I)


_AUX = (r"(?:would|will|could|can|did|do|had|have|'ve|'d|'ll|also|then|just|finally|eventually|already|originally|initially|first|only|ever|"
        r"actually|really|now|since|later|once|again|still|even|probably|maybe|basically|\w+ly|not|never|n't|been)")
_NOT_ITS_VERB = patterns.compile(r"^\s*(?:" + _AUX + r"\s+)*(?:(?!" + _AUX + r"\b)(?:was|were|got|get|am|'m|are|'re|[a-z]+ed)|been)\s*$", re.I)
"""After a first-person pronoun, a verb of its own before the offer verb: a relative clause or a passive."""


_IN_THE_END = patterns.compile(r"^\s*,?\s*(?:(?:if|when) (?:it|push) (?:came|comes) to (?:it|the crunch|shove)|(?:if|when) (?:i|we) (?:really )?(?:had|have) to|in the end|eventually|ultimately|at the end of the day|as a last resort|at a push)\b", re.I)
"""After a yes I would give ("I'd probably accept around $25k in the end", "we'd pay 14 if we really had to"): the least I
would end up taking, or the most I would end up paying, my line."""
_WOULD_TAKE = patterns.compile(r"\b(?:i|we)(?:'d| would| could| will|'ll)\b[^.;!?]{0,30}?\b(?:accept|settle(?: for)?|take|live with|go (?:down |up )?to|pay|spend|stretch(?: to)?|fork out|cough up)\b[^.;!?\d]{0,20}$", re.I)
_MY_NOTE_SENT = patterns.compile(r"^\s*(?:sent|emailed|submitted|gave)(?: (?:them|him|her|the (?:client|customer|homeowner|buyer)))?(?: (?:a|an|the|my|our))?(?: [\w-]+)?"
                                 r" (?:quote|estimate|proposal|bid|price|invoice)\b", re.I)
_MY_NOTE_VERB = patterns.compile(r"(?:asked|offered|countered|proposed|quoted|dropped|lowered|raised|bumped|went|came (?:down|up)|opened|bid|listed|put)\b", re.I)


_THEIR_NP = patterns.compile(r"\b(?:their|his|her)\s+(?:[\w-]+\s+){0,2}?(?!(?:i|we|i'?m|we'?re|i'?ve|we'?ve|i'?d|we'?d|i'?ll|we'?ll|and|but|or|so|to|at|for|with|of|then|than|that|which|when|after|before|because|if|as)\b)[\w-]+\s+(?:\w+ly\s+|now\s+|still\s+|just\s+|then\s+)?$", re.I)
"""Right before the offer verb, a subject that is one of theirs ("their new marketing lead wants", "her manager offered")."""


_RELATIVE = patterns.compile(r"\b(?:the|this|that|these|those)\s+[a-z]+(?:\s+[a-z]+)?\s+$", re.I)


_THEIR_OPENER = patterns.compile(r"^\s*(?:(?:a|an|the|this|that|some|one) )?(?:(?:young|old|older|nice|random|first|second|other) )?(?:guy|man|woman|lady|bloke|chap|dude|fella|couple|family|buyer|seller|dealer|someone|somebody|tenant|landlord|client|customer|recruiter|agent)\b", re.I)
"""A sentence that opens on their person ("Guy came out Saturday, drove it, offered 29")."""
_THEIR_OPENER = patterns.compile(_THEIR_OPENER.pattern + r"|^\s*(?:(?:a|an|the|this|that|one|another) )?(?:private|potential|prospective|possible|interested|local|cash|serious) (?:guy|man|woman|lady|couple|family|buyer|seller|dealer|tenant|landlord|client|customer)\b", re.I)
"""Also "Private buyer came round Saturday, rode it, then offered £5,000": their person, described."""
_ANY_ME = patterns.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|we|we're|we've|we'd|we'll|us|our)\b", re.I)


def _side(before: str, prev: str | None, quoted: str | None, verb: str = "") -> str:
    """Whose move an offer verb reports, from the subject just before it."""
    cuts = list(_CLAUSE_CUT.finditer(before))
    clause = before[cuts[-1].end():] if cuts else before
    if _MARKET_SOURCE.search(clause):
        return "market"  # "Glassdoor says 90-110k", "friends there get 140k"
    src = clause if re.search(r"\w", clause) else before  # a clause with no words of its own: the subject is further back
    if quoted is None and _THEIR_NP.search(src):
        return "them_offer"  # "we charge them €95 and their new marketing lead wants €80": their person is the subject
    pron = list(_PRONOUN.finditer(src))
    if pron:
        word = pron[-1].group().lower()
        first = bool(_ME.fullmatch(word))
        if first and quoted is None and _NOT_ITS_VERB.search(src[pron[-1].end():]):
            first = False  # "the place we toured quoted $28,500", "I was offered $90k": not my move
        if first and quoted is None and _RELATIVE.search(src[:pron[-1].start()]) and re.fullmatch(r"\s+[a-z]+\s*", src[pron[-1].end():], re.I):
            first = False  # "the venue we love sent €18.500": the venue sent it, "we love" only says which venue
        if quoted == "them":
            if re.search(r"\bif (?:you|u)\b|\b(?:could|can|would|will|won'?t|can'?t) (?:you|u)\b|\b(?:you|u) (?:could|can|might)\b", clause, re.I):
                return "them_offer"  # "if you cannot lower to €1.080 we will leave", "could you do it for €4.200?": their demand, their number
            return "me_offer" if word.startswith(("you", "u")) else "them_offer"
        if quoted == "me" and word.startswith(("you", "u")):
            return "me_offer"  # "could you do $2,500?" in my own words: my number, put to them
        return "me_offer" if first else "them_offer"
    if not re.search(r"\w", clause) and prev in ("me_offer", "them_offer"):
        return prev
    if quoted is None and _MY_NOTE_SENT.match(clause + verb):
        return "me_offer"  # "Mon: sent quote for a kitchen remodel, $68,500": a note with no subject, the writer's quote
    if quoted is None and not re.search(r"\w", clause) and _THEIR_OPENER.match(before) and not _ANY_ME.search(before):
        return "them_offer"  # "Guy came out Saturday, drove it, offered 29": the sentence's subject is theirs, the verbs in a row are his
    if quoted is None and not re.search(r"\w", clause) and _MY_NOTE_VERB.match(verb):
        return "me_offer"  # a note with no subject ("Selling my bike, asked $900", "Offered 450, no reply"): the writer's move
    return "me_offer" if quoted == "me" else "them_offer"


_QUOTE = patterns.compile(r"(?im)^[ \t>]*(?:the )?(?:landlord|tenant|seller|buyer|recruiter|hr|client|customer|vendor|supplier|dealer|agent|boss|manager|employer|contractor|builder|adjuster|rep|they|them)[ \t]*:[ \t]*([^\n]{2,400})$|"
                          r"\"([^\"\n]{2,400})\"|“([^”\n]{2,400})”|\b(?:said|says|emailed|wrote|texted|messaged|replied|goes|went|asked|told (?:me|us)|emailed (?:me|us)|texted (?:me|us)|messaged (?:me|us)|wrote (?:to )?(?:me|us)|replied to (?:me|us)|(?:said|wrote) back)\s*:\s*+(?![\"“])([^\n]{2,300}?)(?=[.!?](?:\s|$)|\n|$)", re.I)
_MINE_BEFORE = patterns.compile(r"(?:\b(?:i|we)\b[^\"“.!?\n]{0,30}\b(?:said|say|told|tell|replied|reply|wrote|write|texted|text|emailed|email|asked|ask|go|went|thinking|was gonna|was going to)\b|"
                                r"\b(?:my|our) (?:plan|idea|move|script|line|answer|reply|response)\b[^\"“.!?]{0,40}\b(?:say|tell \w+|reply|respond|text|email|write|ask(?: for)?|offer|propose|counter(?: with)?|quote|open (?:with|at))\b|"
                                r"\b(?:tell|say to|reply to|text|email|ask) (?:them|him|her)\b|\b(?:i'?ll|i will|i'?d|to|gonna|going to|should i|thinking of) (?:\w+ ){0,3}?(?:reply(?:ing)?|respond(?:ing)?|say(?:ing)?|text(?:ing)?|writ(?:e|ing)|email(?:ing)?|messag(?:e|ing)|send(?:ing)?|tell(?:ing)? (?:them|him|her)))[^\"“.!?]{0,25}$", re.I)


_MINE_BEFORE = patterns.compile(_MINE_BEFORE.pattern + r"|(?:(?<=[.!?\n])|(?<=[.!?\n] ))(?:was |am |and )?(?:going to|gonna|planning to|planned to|thinking of|about to|meaning to|tempted to)\b[^\"“.!?\n]{0,30}\b(?:say|tell|reply|text|email|write|ask for|open with|propose)\b[^\"“.!?]{0,25}$", re.I)
"""Also the user's plan with the subject left out: 'Was going to walk in and say "I'd like 100k"'."""
_MINE_BEFORE = patterns.compile(_MINE_BEFORE.pattern + r"|(?<![\w'’] )(?<![\w'’])plan\b\s*(?:is\s*)?:?\s*(?:to\s+)?(?:just\s+)?(?:say|tell \w+|reply|respond|text|email|write|ask(?: for)?|offer|propose|counter(?: with)?|quote|open (?:with|at))\b[^\"“.!?\n]{0,25}$", re.I)
"""And a plan in a note ("- plan: say \"around 100k\""): the subject left out is the writer."""


_KNOWN_PARTY_SAID = patterns.compile(r"\b(?:(?:a|the|one|our|my) )?(?:[\w-]+ )?(?:client|customer|supplier|vendor|partner|distributor|agency|landlord|tenant|buyer|seller|account|firm|company|brand)s? (?:that |who |which )?"
                                     r"(?:we|i)(?:'ve| have|'d| had)? (?:had|known|worked with|served|supplied|used|dealt with|been with)\b[^\"“.!?\n]{0,30}?\b(?:said|says|emailed|wrote|texted|messaged|replied|called|told (?:me|us))\b(?: (?:me|us))?\s*:?\s*$", re.I)
"""Before quoted words, a party the user has known for years as the speaker ("Client we've had for 5 years emailed:"): the
"we" is in the clause that describes them, so the words are theirs, not the user's."""


_THEY_WILL_TAKE = patterns.compile(r"\b(?:they|he|she|(?:(?:the|their|his|her) (?:\w+ )?)?(?:vendor|vendors|seller|sellers|buyer|buyers|landlord|owner|owners|client|dealer|dealership|company|employer|tenant|tenants|supplier|customer))"
                                r"(?:'ll| will| would|'d| can| could| are willing to| is willing to|'re willing to|'s willing to| are happy to| is happy to|'re happy to|'s happy to)"
                                r" (?:now |happily |gladly |probably |still )?(?:accept|take|settle for|agree to)(?: (?:it|the house|the flat|the car|the deal))?(?: (?:for|at))?\s*[$€£]?\s*$", re.I)
"""Before an amount: their side agreeing to a number ("the vendor will accept £266,500"), which is their offer, not a yes of mine."""


_ME_BEFORE_PRICE = patterns.compile(r"\b(?:i|we)(?:'ve| have|'d| would|'ll| will)? (?:just |already |then )?(?:put|putting|raise[ds]?|raising|push(?:ed)?|pushing|bump(?:ed)?|bumping|up(?:ped)?|upping)\b", re.I)
"""The user's own price change ("we put our rate up from …"), told in their story: theirs to say, not the other side's number."""


_THEIR_REPORTED_WE = patterns.compile(r"(?<!\bi )(?<!\bwe )(?<!\bi'd )(?<!\bwe'd )\b(?:emailed|wrote|messaged|texted|called|rang|said|asked|replied|came back)(?: (?:me|us|back))?,?(?: (?:saying|asking|to say|to ask)\b[^.;!?\"“]{0,80}| )"
                                r"(?:(?:can|could|would|will) we|(?:if|whether) we(?: (?:can|could|would|might))?)\s*(?:just |maybe |possibly )?$", re.I)
"""Their message reported with its own "we": "she emailed saying … can we do £450" — their proposal, not mine."""
_OFFER_TAIL = patterns.compile(r"\s*\b(?:do|pay|go (?:to|down to|up to)|offer|manage|stretch to|afford|come (?:down|up) to|drop to|meet at)\s*(?:it |that )?(?:for |at )?[$€£]?\s*$", re.I)


def their_reported_we(before: str) -> bool:
    """Whether the words before an amount report their message in its own "we" ("… asking if we can do")."""
    return bool(_THEIR_REPORTED_WE.search(_OFFER_TAIL.sub(" ", before[-160:]).rstrip() + " "))


_CURRENTLY_BARE = patterns.compile(r"^\W*(?:currently|right now|at the moment|at present|today)(?:,| it'?s| it is| the (?:fee|rate|retainer|price|rent) is)?\s*(?:at\s*)?[$€£]?\s*$", re.I)
"""A note that opens on today's price: "Currently £650 a month.", "Right now it's $2,000"."""


_WE_REQUIRE = patterns.compile(r"\b(?:we|i)(?:'d| would)? (?:require|need|must have|expect|are asking for|ask for|propose|are proposing)\s+(?:a |an |the )?(?:new |revised |reduced |lower |higher |unit |target |maximum |max )*(?:unit price|price|rate|fee|rent|cost)(?: \w+)? (?:of|at)\s*$", re.I)
_WE_REQUIRE = patterns.compile(_WE_REQUIRE.pattern + r"|\b(?:we|i)(?:'d| would)? (?:need|require|want|expect) (?:you|your (?:rate|price|fee)) (?:to (?:be|come (?:down|in)|go|drop|get) )?(?:at|to|down to|under|below)\s*$", re.I)
"""Also "we need you at $120/hr", in their words: the price they demand of the user."""
_WE_WERE_QUOTED = patterns.compile(r"\b(?:we|i)(?:'ve| have|'re| are| were| was|'m| am)? (?:been |just |already |also |now )*(?:quoted|offered|given|bid)\s+(?:a |an )?(?:price |rate |quote |bid )?(?:of |at )?(?:about |around |roughly |just )?\s*$", re.I)
"""In their words, a price put *to them* ("we've been quoted $70/hr by an offshore team"): what someone else offers them,
their alternative — not their offer to the user."""
_UNIT_LEAD = patterns.compile(r"^\s*(?:/\s*|per\s+)[a-z]+\.?", re.I)
_LINE_NEXT = patterns.compile(r"^[^.;!?\n]{0,40}?[.;]\s*(?:anything )?(?:below|under|above|over|less than|more than|beyond) (?:that|this|it),?\s*(?:and )?(?:i|we)(?:'d|'ll| will| would)?\s+"
                              r"(?:just\s+|simply\s+|happily\s+)?(?:take|go|walk|leave|pass|accept|sign|stay|keep|quit|move|switch|sell|buy|rent)\b", re.I)
"""After the sentence of an amount: the next one makes it the line ("…at €77k. Below that I take the other one.")."""
_HOW_IT_WENT = patterns.compile(r"(?:\bhow\b[^.!?\n:]{0,30}|\b(?:it|that|this|things|everything|the (?:call|meeting|chat|conversation|negotiation|talk|thread|exchange|back and forth)))\s*$", re.I)
"""Before "went:"/"goes:": the telling of a story, not a speaker ("here's how it went:")."""
_NOT_A_SPEAKER = "|".join(sorted({form for w in lexicon.NOTE_LABELS if w.isalpha() for form in (w.capitalize(), w.upper())}, key=len, reverse=True))
_PASTED_LINE = patterns.compile(r"(?m)^[ \t]*(?:>[ \t]*|(?!(?:" + _NOT_A_SPEAKER + r")\b)((?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?))[ \t]*:[ \t]+)(?!\s*>)([^\n]{2,1500})$")
"""A line pasted from their message: a "> " line of a quoted email, or a chat line under a speaker's name ("Sophie: …", "Owner: …")."""
_SPEECH = patterns.compile(r"\b(?:i|i'm|i'd|i'll|we|we're|we'd|we'll|we've|my|our|you|your)\b", re.I)
_FROM_ME = patterns.compile(r"^[ \t>]*from:[ \t]*(?:me|myself|us)\b", re.I | re.M)


def _pasted_lines(text: str) -> list[tuple[int, int, str]]:
    """Lines pasted from the other side's messages, in their voice ("> €0.47 is our final price", "Owner: £185k is
    my final figure"). A name-labelled line counts only when it speaks (I/we/my/you); a "> " line is the user's own
    under a "> From: me" header or when introduced as their reply."""
    out = []
    for m in _PASTED_LINE.finditer(text):
        if m.group(1) is not None and not _SPEECH.search(m.group(2)):
            continue  # "Target: 90k": a note, not speech
        block = m.start()
        while block > 0 and text[text.rfind("\n", 0, block - 1) + 1:block].lstrip().startswith(">"):
            block = text.rfind("\n", 0, block - 1) + 1  # the first line of a quoted block
        mine = m.group(1) is None and (_FROM_ME.search(text[block:m.end()]) or _MINE_BEFORE.search(text[max(0, block - 60):block].rstrip() + " "))
        out.append((m.start(2), m.end(2), "me" if mine else "them"))
    return out


def quotes(text: str) -> list[tuple[int, int, str]]:
    """Quoted speech spans and whose words they are: the user's ("I said …") or theirs."""
    out = []
    for m in _QUOTE.finditer(text):
        g = next(i for i in (1, 2, 3, 4) if m.group(i) is not None)
        if g == 4 and _HOW_IT_WENT.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "here's how it went:", "this is how the call went:": a story follows, not their words
        before = text[max(0, m.start() - 60):m.start()]
        owner = "me" if _MINE_BEFORE.search(before) and not _KNOWN_PARTY_SAID.search(before) else "them"
        out.append((m.start(g), m.end(g), owner))
    if ":" in text or ">" in text:
        out += [span for span in _pasted_lines(text) if not any(x <= span[0] < y or span[0] <= x < span[1] for x, y, _ in out)]
        out.sort()
    return out


_CLAUSE_START = patterns.compile(r"[;:—]|,\s|\s(?:but|and then|so|because|which|while)\s")
_CLAUSE_END = patterns.compile(r"[;:—]|,\s|\s(?:but|so|because|which|while)\s")


@lru_cache(maxsize=8)
def _cuts(sent: str) -> tuple[list[int], list[int]]:
    """Where the clauses of ``sent`` start and end, found once per sentence (a sentence can be 200,000 characters)."""
    return [0] + [m.end() for m in _CLAUSE_START.finditer(sent)], [m.start() for m in _CLAUSE_END.finditer(sent)]


def _words(sent: str, lo: int, hi: int) -> str:
    """The clause the amount came from (lo..hi within ``sent``), short enough to quote."""
    stripped = sent.strip()
    if len(stripped) <= 110:
        return stripped
    cuts, ends = _cuts(sent)
    a = cuts[bisect_right(cuts, lo) - 1]
    after = bisect_left(ends, hi)
    b = ends[after] if after < len(ends) else len(sent)
    words = sent[a:b].strip(" ,;:—\n")
    if len(words) < 25:
        words = sent[max(0, lo - 60):min(len(sent), hi + 60)].strip()
    return words if len(words) <= 200 else words[:200].rstrip() + "…"


_SAFE_SCALE = 50
_REACH = 160
"""A cue further than this before its amount is not its cue."""
_CHANGE_FROM = patterns.compile(r"\b(?:go(?:es|ing)?|went|gone|ris(?:e|es|ing)|rose|increas\w*|rais\w*|jump\w*|up|down|drop\w*|fall\w*|fell|cut\w*|mov\w*|chang\w*|bump\w*|hik\w*)(?: (?!from\b)[\w']+){0,4}? from\s*$", re.I)


_QUOTE_WORD = patterns.compile(r"\b(?:quot(?:e|ed|es|ing)|valuation|valued|instant offer|trade-?in|part-?ex)\b", re.I)


_THEIR_PRICE = patterns.compile(r"\b(?:price|prices|rent|rate|rates|fee|fees|cost|premium|subscription|renewal|licen[cs]e|charge)(?:'s)?\s+(?:[\w'-]+\s+){0,8}?(?:go(?:es)?|is going|went|ris(?:es|ing)|rose|increas(?:es|ed|ing)|jump(?:s|ed)|moves?|moving|will (?:go|move|rise|increase|change)|chang(?:es|ing)|(?:is |are )?(?:going |gone )?up)\s+from\s*$", re.I)
BELIEF = patterns.compile(r"(?P<who>\b(?:the|a|an|some|other|another|any|those|these|(?-i:[A-Z])\w*)\s+(?:[\w-]+\s+){0,2}?[\w-]+|\b(?-i:[A-Z][a-zA-Z]{2,}))\s+(?:will|would|'d|'ll|could|can)\s+"
                          r"(?:(?:definitely|surely|certainly|easily|happily|probably|gladly|absolutely|totally|still|also|at least|no doubt)\s+)*"
                          r"(?:pay|give|offer|bid|do (?:it|the job|the work|this|that) for|buy (?:it|them|the \w+ )?(?:for|at)|take (?:it|them) (?:for|at)|go (?:to|up to|as high as))"
                          r"(?:\s+(?:me|us|you))?(?:\s+(?:at|for|around|about|up to|maybe|like))*\s*$", re.I)
"""Another party's price stated as a belief ("the PE guys will pay 1.5", "a private buyer would easily pay $10k")."""
_BELIEF = BELIEF
_SURE_THEYD = patterns.compile(r"\b(?:sure|certain|confident|bet|reckon|guess|think|bet|positive)\b[^.;!?]{0,20}\b(?:they|he|she)(?:'d| would| could)\s+(?:\w+\s+)?(?:pay|give|offer|do|go)\b[^.;!?]{0,12}$", re.I)
FORECAST = patterns.compile(r"\b(?:thinks?|expects?|reckons?|predicts?|guess(?:es)?|figures?|anticipates?|suspects?|warned|warns)\b[^.;!?]{0,40}?\b(?:will|'ll|would|'d|(?:is|are|'s|'re) going to|gonna|to)\s+"
                            r"(?:probably\s+|likely\s+|just\s+)?(?:open|start|come in|lowball|low-?ball)\b[^.;!?\d]{0,25}$", re.I)
"""A forecast of their opening ("she thinks the insurer will open low, maybe 25-30k", "we expect them to start around 40"):
neither an offer they made nor the market's range."""
_LIKELY_THEYD = patterns.compile(r"\b(?:they|he|she)(?:'ll|'d| will| would| might| may| could)\s+(?:probably|likely|surely|definitely|eventually|just|then)\s+(?:\w+\s+)?(?:come back|counter|pay|give|offer|do|go|meet|settle|bid|raise|drop|come up|come down)\b[^.;!?]{0,15}$"
                           r"|\b(?:she|he|it|they)(?:'d| would| could| should)\s+(?:probably\s+|likely\s+|easily\s+)?sell\b[^.;!?]{0,40}$"
                           r"|" + FORECAST.pattern, re.I)
"""A guess at their next number ("they'll probably come back at £1,950 once I say no"): not an offer they made."""
_PRONOUN_WHO = patterns.compile(r"^(?:the|a|an|some|any)?\s*(?:they|he|she|it|we|i|you|them|one)\b", re.I)


def _theirs_already(who: str, done: list[Labelled], before: str = "") -> bool:
    """Whether ``who`` is the counterparty: a pronoun, the party the user deals with
    ("selling my car to Carvana"), or the subject of an offer already read."""
    head = who.split()[-1].lower()
    if _PRONOUN_WHO.match(who) or who.split()[0].lower() in ("they", "he", "she", "i", "we", "you"):
        return True
    if re.search(r"\b(?:to|with|from)\s+(?:the\s+)?" + re.escape(head) + r"\b", before, re.I):
        return True
    return any(x.label == "them_offer" and re.search(r"\b" + re.escape(head) + r"\b", x.words, re.I) for x in done)


_OWN_SUBJECT = patterns.compile(r",\s+(?:the (?:landlord|seller|buyer|dealer|client|customer|recruiter|company|vendor|supplier|agent|owner)|they|he|she)\s+\w+\s*$", re.I)
"""A clause of the counterparty's own right before the cue: what came before it does not colour it."""
_RIVALS = {role: patterns.compile(r"\b(?:another|other|a second|second|competing|rival|a few|several|more|two|three) (?:\w+ )?(?:" + nouns + r")\b", re.I)
           for role, nouns in (("buyer", "buyers?|bidders?"), ("tenant", "tenants?|applicants?|renters?"), ("candidate", "candidates?|applicants?|finalists?"),
                               ("vendor", "vendors?|suppliers?|agenc(?:y|ies)|freelancers?|contractors?|providers?|bidders?"))}
"""The role's own competitors: their offers are the counterparty's alternatives, not the user's."""
_OTHER_PAYS = patterns.compile(r"\b(?:another|a second|a different|my other) (?:\w+ ){0,6}?(?:pays?|is paying|paid)\b", re.I)
"""What another client or employer pays the user today ("another agency I already work with pays me €0.08"): an alternative."""
_THEY_BEFORE_CUE = patterns.compile(r"(?:^\s*|[,;:.!?]\s*|\b(?:and|but|now|still)\s+)(?:they|he|she|the (?:seller|dealer|landlord|vendor|supplier|rep|owner|buyer|client|company|bank|agent|lessor|carrier))(?:'ll|'d| will| would)?\s*$", re.I)
_MY_CLIENT = patterns.compile(r"\b(?:pays? me|paid me|pays? us|(?:i|we) (?:already )?work with|(?:i|we)(?:'ve| have) worked with|hired me|booked me|my (?:other )?clients?"
                        r"|(?:confirmed|offered(?: me| us)?|booked(?: me| us)?|lined up)(?: (?:me|us))? (?:a |an )?(?:[\w-]+ ){0,3}?(?:gig|job|contract|project|engagement|booking|retainer|role|position|placement)s?)\b", re.I)
"""A rival-sounding party that is in fact the user's own client ("another agency I work with pays me €0.08",
"another agency has confirmed a 6-month gig at £500/day": work for the user, not a bid against them)."""
_SAME_THING = patterns.compile(r"\b(?:another|a different|a second|a rival|a competing|the other) (?:\w+ ){0,2}?(?:seller|dealer|dealership|shop|store|vendor|supplier|site|landlord|agency|contractor|garage|lot)\b"
                               r"[^.;!?]{0,40}\b(?:the same|an identical|the identical|the exact same|a similar|one)\b"
                               r"|\b(?:one|car|truck|van|bike|unit|house|flat|place|apartment|model) (?:that )?(?:i|we)(?:'ve| have)? (?:found|seen|spotted|located|tracked down)\b"
                               r"(?![^.;!?]{0,30}\b(?:sold|went|go|goes|sell|sells) for)"
                               r"|\b(?:other|another|a different|a second) (?:\w+ ){0,2}?(?:seller|dealer|dealership|shop|store|lot|garage)\b[^.;!?]{0,40}\b(?:near-?identical|nearly identical|almost identical|virtually identical|identical)\b", re.I)
_THE_ONE_I_WANT = patterns.compile(r"\b(?:found|seen|viewed|toured|looked at|spotted|came across) (?:a|an|the|this|my) (?:[\w-]+ ){0,3}?(?:flat|apartment|place|house|unit|room|studio|home|condo|loft|car|truck|van|bike|boat|venue|office|space|shop|puppy|dog|horse)\b"
                             r"[^.;!?\d]{0,30}?\b(?:(?:i|we)(?:'d| would)? (?:really |absolutely |just |totally )?(?:love|like|want|adore)|(?:is |was |'s )?(?:perfect|ideal|a dream|exactly what (?:i|we) (?:want|need)\w*))\b[^.;!?\d]{0,25}$", re.I)
"""The thing the user wants, found ("Found an apartment I love, $2,400/mo"): its price is the deal's, not a fallback."""
_IF_NOBODY = patterns.compile(r"^[^.;!?]{0,40}?\b(?:if|in case|should) (?:nobody|no one|no-one|noone|nobody else|no one else|none of (?:them|these|the \w+)|nothing else|all else) (?:\w+ ){0,2}?"
                        r"(?:bites?|buys?|takes? it|wants? it|comes? (?:through|along)|works? out|pans? out|fails?|offers? more)\b"
                        r"|^[^.;!?]{0,40}?\bif (?:it|this|the (?:car|house|flat|sale|deal|listing|\w+)) (?:doesn'?t|does not|won'?t|will not|never) (?:sell|go|work out|happen|close)\b", re.I)
"""After someone's price: "…for 4 grand if nobody bites", "…if it doesn't sell": what happens when the deal dies, the alternative."""
_MY_PEOPLE = patterns.compile(r"\b(?:my|our) (?:\w+ )?(cousin|brother|sister|uncle|aunt|auntie|dad|father|mum|mom|mother|parents|son|daughter|nephew|niece|grandpa|grandma|grandfather|grandmother|"
                              r"in-laws?|(?:brother|sister|father|mother|son|daughter)-in-law|friend|buddy|mate|pal|neighbou?r|colleague|co-?worker|roommate|flatmate|housemate)s?\b"
                              r"|\ba (?:friend|guy|woman|lady|colleague|co-?worker|mate|buddy) (?:at|from) (?:my )?(?:work|the office|office|church|the gym|gym|school)\b", re.I)

_SUBJECT_SLOT = patterns.compile(r"(?:^|[,;:(—–-]|\b(?:and|but|so|then|also|plus|though|meanwhile|even|ok|now|oh|well|lol|honestly|besides|otherwise))\s*$", re.I)


def _my_own_people(text: str, s_start: int, cue_at: int, first_theirs: list[str]) -> bool:
    """An offer by someone close to the user ("my cousin said he'd take it off my hands for 4 grand"), named for the first
    time after another party's offer: a second party the user can turn to, not the counterparty moving."""
    if not first_theirs:
        return False
    who = None
    for who in _MY_PEOPLE.finditer(text, max(s_start, cue_at - 60), cue_at):
        pass
    if who is None or not _SUBJECT_SLOT.search(text[s_start:who.start()]):
        return False  # "the director called my father and said…": my father is not the one offering
    if who.group().lower().endswith("s") and not who.group().lower().endswith(("ss", "parents")):
        return False  # "my friends at Google make 140k": what people like them earn, the market
    word = (who.group(1) or who.group()).lower()
    return not re.search(r"\b" + re.escape(word) + r"s?\b", text[:s_start], re.I)


_AT_NOW = patterns.compile(r"\b(?:i'?m|i am|we'?re|we are)\s+(?:currently\s+|now\s+)?at\s*[$€£]?\s*$", re.I)
_PLAN_TO_SAY = patterns.compile(r"\b(?:going to|gonna|plan(?:ning)? to|plan is to|(?:i'?ll|i will|we'?ll|we will)|thinking of|want to|about to|intend to)\b[^\"“.!?]{0,40}\b(?:say(?:ing)?|tell(?:ing)?|ask(?:ing)?|open(?:ing)? with|lead(?:ing)? with|email(?:ing)?|text(?:ing)?|reply(?:ing)?|write|writing)\b[^\"“.!?]{0,15}[\"“]?\s*$", re.I)
"""Before my own quoted words: I mean to say them ("was going to walk in and say …"), not that I said them."""
_ELSEWHERE = patterns.compile(r"\b(?:there'?s|there is|there are|(?:i|we)(?:'ve| have)? (?:found|seen|saw|spotted|located|tracked down))\b[^.;!?]{0,40}?\b(?:at|from) (?:a|another|one|a different|some) "
                              r"(?:\w+ ){0,2}?(?:dealer|dealership|showroom|shop|store|lot|garage|seller|retailer|agent|agency)\b(?! (?:i|we) (?:work|used to))", re.I)
"""A buyer's sighting of the thing at another seller: "There's a 2021 XLE at a dealer 40 miles away listed at 27,400"."""
_LIKE_ONE = patterns.compile(r"\b(?:there'?s|there is|(?:i|we)(?:'ve| have)?(?: also| just| already)? (?:found|seen|saw|spotted|viewed|toured|looked at))\s+(?:also\s+)?(?:a|an|one|another)\s+"
                             r"(?:(?:near|nearly|almost|practically|virtually|basically|pretty much|very|quite|really)[- ])?(?:identical|similar|comparable|equivalent|like-for-like)\b", re.I)
"""A buyer's sighting of the same kind of thing for sale: "there's a near-identical 3 bed two streets over, listed at 315"."""
_NAME = patterns.compile(r"\b[A-Z][a-zA-Z]{2,}\b")
_NOT_NAMES = frozenset("""I The They He She We My Our Their His Her It Its This That These Those Separately Also But And Then So Hi Hello Honestly Now
Today Yesterday Tomorrow Meanwhile Plus However Still Just Well Ok Okay Anyway Update Edit Thanks Offer Company Buyer Seller
Last Next First Second Third Plan Samples Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec January February March April June July
August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun
QA PS""".split())


_NEW_PARTY = patterns.compile(r"(?:^\s*|[.;,]\s*|\b(?:and|but|plus|also|meanwhile|then)\s+)(?:a|an|one|some) (?:[\w-]+ ){0,2}?(?:[a-z]+(?:er|or|ist|ant|ent)|guy|man|woman|lady|couple|family|company|firm|shop|store|business|startup|fund)s?"
                              r"(?: (?:from|on|at|in|off) [\w ]{1,25}?)?\s+(?:already\s+|also\s+|just\s+|even\s+)*(?:has\s+|have\s+|had\s+)?(?:already\s+|also\s+|just\s+)?(?:offered|agreed|quoted|bid|said|says|will|would|wants|is offering|came in|sent|emailed|signed)\b", re.I)
"""An indefinite party as the subject of an offer ("a reseller agreed", "a guy on Facebook offered"): a new party."""


_NOT_AN_AMOUNT = patterns.compile(r"\b\d+(?:\.\d+)?\s*(?:cents? (?:on|in) the (?:dollar|pound|euro)|p in the pound|cents?\b)", re.I)
"""A rate, not an amount ("55 cents on the dollar"): it does not mark where the previous amount's words end."""


def _another_name(before: str, done: list[str]) -> bool:
    """A named party (Hooli) other than the one whose offer was read before (Initech): a second offer, the alternative."""
    if _NEW_PARTY.search(re.split(r"\d(?!.*\d)", _NOT_AN_AMOUNT.sub(" ", before))[-1]):
        return True  # "they offered 4,500 … a reseller already agreed to buy it for 4,800": someone new
    parties = {p.lower() for p in _PARTY.findall(before)}
    if parties:
        earlier_parties = {p.lower() for words in done for p in _PARTY.findall(words)}
        if earlier_parties and not (parties & earlier_parties):
            return True  # "a couple offered 33k … a dealer offered us 35k": a second party's offer
    here = {n for n in _NAME.findall(before) if n not in _NOT_NAMES}
    if not here:
        return False
    earlier = {n for words in done for n in _NAME.findall(words) if n not in _NOT_NAMES}
    return bool(earlier) and not (here & earlier)


_MOVED = patterns.compile(r"\b(?:came|come|comes|coming|went|go|goes) (?:back|down|up|in)\b|\b(?:revised|new|updated|improved|latest|final|again|now|dropped|lowered|raised|reduced|bumped|countered|moved|budged|matched)\b", re.I)


def _new_named_quoter(text: str, s_start: int, cue_at: int, at: int, done: list[str]) -> bool:
    """A company named for the first time as the subject of a quote, after the counterparty's offer was read with no
    name ("renewal quote from our rep: $51k/yr … Freshdesk quoted us $33k/yr"): another provider, the alternative.
    A name said before (the counterparty introduced earlier) or a move word ("came down", "new offer") keeps it theirs."""
    lead = text[max(s_start, cue_at - 40):cue_at]
    names = [n for n in _NAME.findall(lead) if n not in _NOT_NAMES and not _ANY_ME.fullmatch(n)]
    if not names or any(_NAME.search(w) and set(_NAME.findall(w)) - _NOT_NAMES for w in done):
        return False  # no name here, or the counterparty's offers carry names: _another_name tells them apart
    if _MOVED.search(text[max(s_start, cue_at - 40):at]):
        return False
    if not re.match(r"\s*(?:quot|bid|came in|pric|estimat)", text[cue_at:at], re.I):
        return False
    return not any(re.search(r"\b" + re.escape(n) + r"\b", text[:s_start]) for n in names)


_FROM_TO = patterns.compile(r"^\s*(?:/\s?[a-z]+\.?|per [a-z]+|an? (?:month|year|unit|day|hour|week))?\s*(?:up |down |all the way )?to\s*$", re.I)
_FROM = patterns.compile(r"\bfrom\s*$", re.I)
_NEW_SUPPLIER_BEFORE = patterns.compile(r"\b(?:qualified|found|lined up|sourced|approached|contacted|tested|onboarded|vetted|got)\s+(?:a|another|one more)\s+(?:new\s+|second\s+|different\s+|backup\s+|alternative\s+|local\s+|cheaper\s+)+"
                                  r"(?:supplier|vendor|provider|carrier|mill|distributor|contractor|agency|manufacturer|partner|landlord|buyer|source)\b[^.;!?]*[.;!?]\s*\S*[^.;!?]*$", re.I)
"""The sentence before introduced a new party ("we qualified a second supplier."): a quote right after is theirs, the alternative."""
_SECOND_FOR_SALE_BEFORE = patterns.compile(r"\b(?:there'?s|there is|(?:i|we)(?:'ve| have)? (?:also )?(?:found|spotted|seen|looked at))\s+(?:also\s+)?(?:a second|another|a different|a similar|a comparable|one more)\s+(?:[\w-]+\s+){0,2}?[\w-]+\b"
                                     r"[^.;!?]{0,40}?\b(?:on the market|for sale|up for sale|available|listed|being sold)\b[^.;!?]*[.;!?]\s*\S*[^.;!?]*$", re.I)
"""The sentence before put a second one of the thing on the market ("There's a second lab in Geelong on the market."): a price
named right after ("the owner would take about 1.7M") is that one's, the buyer's alternative, not this seller's move."""
_THEIR_SUBJECT = patterns.compile(r"\b(?:they|he|she|the (?:incumbent|current|existing|old)|(?:our|my) (?:current|existing) \w+|incumbent)\b", re.I)
_SECOND_IN_HAND = patterns.compile(r"(?:\b(?:also|but|plus|and|already|still)\s+(?:i|we)(?:'ve| have|'d| had)?\s+(?:also\s+|already\s+|still\s+)?|\b(?:i|we)(?:'ve| have|'d| had)?\s+(?:also|already|still)\s+)"
                                   r"(?:got|have|hold|received|had|in hand)\b[^.;!?]{0,40}\b(?:offer|quote|bid|proposal)\b", re.I)
_IN_HAND = patterns.compile(r"^[^.;!?]{0,20}\b(?:in hand|in writing|written|on paper|already signed|signed)\b", re.I)
_PARTY = patterns.compile(r"\b(?:a|an|the|one|another|our|my|their) (?:\w+ )?(couple|dealer|dealership|buyer|company|agency|client|firm|shop|landlord|bank|recruiter|startup|"
                          r"employer|supplier|vendor|contractor|builder|investor|fund|family|guy|woman|man|lady|bidder|tenant|agent|store|garage|"
                          r"mill|factory|manufacturer|distributor|importer|wholesaler|roaster|printer|carrier|studio|developer|consultancy|venue|caterer|"
                          r"insurer|lender|plant|foundry|lab|brand|retailer|reseller|marketplace|broker|provider|hauler|forwarder)s?\b", re.I)
_CALLED_FALLBACK = patterns.compile(r"^[^.;!?]{0,70}?\b(?:that'?s|that is|which is|it'?s|this is|that would be|which would be|that'?d be|as)\s+(?:my|our)\s+"
                                    r"(?:fallback|fall-back|backup|back-up|plan b|alternative|safety net|batna|walk-?away option)\b", re.I)
"""After an amount: "…$12,800, good for 7 days, so that's my fallback" — the user names it their alternative."""
_MATCH = patterns.compile(r"\b(?:match(?:es|ed|ing)?|beat(?:s|ing)?|equal(?:s|ling)?)\s+(?:it|that|this|their|the|its|his|her|the other)?\s*(?:offer|price|quote|number|bid|figure|rate)?\s*(?:of|at)?\s*$", re.I)
_I_MATCH = patterns.compile(r"\b(?:i|we)(?:'ll|'d| will| would| could| can| might| should)?\s+(?:just\s+|simply\s+)?$", re.I)
"""A first-person subject right before "match": the user meeting the number, not a rival's price to be matched."""
_INTENT_NEAR = patterns.compile(r"\b(?:tempted|going|gonna|planning|plan|thinking|considering|inclined|about|want|ready|willing)\b|\b(?:i|we)(?:'ll|'d| will| would| might| could| should)\b|\bshould (?:i|we)\b", re.I)


_FROM_RIVAL = patterns.compile(r"^[^.;!?]{0,25}\b(?:from|with|by)\s+(?:another|a second|a different|a competing|a rival|an outside|a competitor|the competitor|the other)\b"
                               r"(?! (?:time|round|look|thought|go)\b)[^.;!?]{0,40}$", re.I)
"""Between an offer word and its amount, another party: "a signed quote from a second distributor at 2% below"."""
_MY_SIDE_WANTS = patterns.compile(r"\b(?:my|our) (?:\w+ )?(?:cfo|ceo|coo|cto|board|wife|husband|partner|spouse|co-?founders?|accountant|lawyer|solicitor|finance(?: team| director)?|family|dad|mum|mom|parents)\b"
                                  r"[^.;!?]{0,40}\b(?:wants?|wanted|told|tells|is (?:pushing|pressing|urging)|keeps telling|asked|says i should) (?:me|us) to (?:just |simply |quietly )?(?:\w+ )?$", re.I)
"""Someone on the user's own side pushing them to take a number: a move the user weighs, not the other side's offer."""
_MY_SIDE_LIMIT = patterns.compile(r"(?:\b(?:my|our) (?:\w+ )?(?:cfo|ceo|coo|board|boss|manager|director|wife|husband|partner|spouse|co-?founders?|accountant|finance(?: team| director)?|procurement|family)"
                                  r"|(?:^|[-•*,;:]\s*|\b(?:and|but|also)\s+)(?:finance|procurement|accounting|purchasing)(?: team| dept| department)?)\b"
                                  r"[^.;!?]{0,15}\b(?:wants?|needs?|insists? on|requires?|expects?|says?|told (?:me|us))\b[^.;!?\d]{0,30}"
                                  r"\b(?:under|below|beneath|over|above|(?:no |not )?(?:less|more|lower|higher) than|at (?:least|most)|within|no more than|no less than|capped at)\s*$", re.I)
"""Someone on the user's own side setting a bound ("finance wants the increase under 5%"): the user's line, not the other side's number."""
_CONDITION_ON_THEM = patterns.compile(r"\b(?:unless|if|until)\s+(?:they|he|she|you|it)\b[^.;!?]*$", re.I)


_COST_AFTER = patterns.compile(r"^\+?\s*(?:of|in|worth of)\s+(?:new\s+|one-?off\s+|one-?time\s+|up-?front\s+|extra\s+)*(?:tooling|re-?tooling|moulds?|molds?|dies|set-?up|moving|relocation|fit-?out|build-?out|migration|switching|re-?training|onboarding)\b", re.I)
_COST_BEFORE = patterns.compile(r"\b(?:would|will|'d|could) (?:cost|set (?:us|me) back|need|require)\s+(?:us\s+|me\s+)?(?:about\s+|around\s+|roughly\s+|at least\s+|over\s+|~\s*)?[$€£]?\s*$", re.I)
"""Around an amount in the alternative's sentence: what switching to it costs ("~$60k of new tooling", "relocating would cost
$150k"), not what it is worth."""


THEIR_RIVAL_BID = patterns.compile(r"\b(?:the (?:vendor|seller|owner|landlord|buyer|company|client|employer)|(?P<pron>they|he|she))(?:['’]s| has| have| had|['’]ve)? (?:just |also |now |already )?"
                                   r"(?:received|got|gotten|had|has|have) (?:another|a higher|a better|a second|a rival|a competing|an other) (?:\w+ )?(?:offer|bid)s?\b[^.;!?]{0,20}$", re.I)
"""Before an amount: the counterparty's own rival bid ("the vendor's received another offer at £500,000"): theirs, not the user's alternative."""
MATCH_DEMAND = patterns.compile(r"\b(?:needs?|wants?|asked|asking|asks|expects?|giv(?:es|ing|en)|gave) (?:you|us|me) (?:to |the chance to |a chance to |until \w+ to )?(?:match|beat|better|top)\b", re.I)
"""A demand that the user match their rival bid: the rival's number becomes what they ask."""


_ALT_SENTENCE = patterns.compile(r"^\W*(?:(?:and|but|so|honestly|ok|also)\W+)?(?:(?:my|our|the) )?(?:plan b|fallback|fall-?back|backup(?: plan)?|worst case|failing that|otherwise|if (?:this|it|that|the deal|the sale|they|he|she)(?: \w+){0,2} (?:falls? through|fails?|doesn'?t work out|says? no|walks?|backs? out)"
                                 r"|if (?:we|i|they) (?:can'?t|cannot|don'?t|do not|fail to) (?:agree|reach (?:a deal|agreement)|settle|come to (?:a deal|an agreement|terms)|make (?:a )?deal))\b", re.I)
"""A sentence that opens on the user's fallback: its value, however worded, is the alternative's."""


_REPORTED = patterns.compile(r"\b(?:they|he|she|(?:the|their|his|her) (?:[\w-]+ ){0,2}?[\w-]+)\s+(?:says?|said|told (?:me|us)|tells (?:me|us)|claims?|claimed|insists?|insisted|wrote|emailed|replied)\b"
                             r"(?! (?:i|we|my|our)\b)[^.;!?]*$", re.I)
"""Their words reported in mine ("their ops manager says the max is now £32"): a limit named there is theirs."""


_MENTIONED = patterns.compile(r"\b(?:about|than|match(?:ed|ing)?|beat|mentioned|show(?:ed)?(?: \w+)?|vs\.?|versus|told (?:\w+ )?about)\s+(?:the |their |my |our |a |an |that )?$", re.I)
"""The other party named as a thing talked about ("I told him about the other quote and he came down"): not the subject."""
_ON_A = patterns.compile(r"\b(?:is|are|'re|'s|been|currently|still|now)\s+(?:currently\s+|still\s+|now\s+)?on\s+(?:a|an|the|our|their|its|my)\s*(?:current\s+|existing\s+|monthly\s+|annual\s+)?[$€£]?\s*$", re.I)
_STANDING_AFTER = patterns.compile(r"^\s*(?:(?:a|per|an) (?:month|year|week|hour|day)\s+|monthly\s+|annual\s+|yearly\s+)?(?:[\w-]+\s+)?(?:retainer|contract|subscription|plan|rate|fee|licen[cs]e|package)\b", re.I)
"""Around an amount: "is on a £22,000/month retainer" — the price the deal stands at today."""
_PAY_AFTER = patterns.compile(r"^\s*(?:base(?! of my| of our)|base salary|salary|total comp(?:ensation)?|(?:a |per )?year base)\b", re.I)
"""A package stated with no verb ("Senior Analyst, 84 thousand base + 10% bonus"): their offered pay."""


_FIRM_AFTER = patterns.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:and [^.;!?]{0,30}?)?(?:is|are|'s|stays?|remains?|will stay|will remain)\s+(?:absolutely\s+|completely\s+|totally\s+|still\s+)?"
                               r"(?:non-?negotiable|not negotiable|firm|fixed|final|set in stone|locked)\b", re.I)
"""After an amount, in their words: the figure named and called fixed ("the $45,000 fee is non-negotiable")."""


def _names_other_party(lead: str) -> bool:
    """Whether the words before an offer name another party ("another buyer offered me 750").

    The party itself must not be denied: in "no other offers yet, they offered 310" the
    offer is the counterparty's, whatever comma stands between.
    """
    if _negated(lead):
        return False
    for rx in (labels.THIRD_PARTY, _ALT_RE):
        hits = list(rx.finditer(lead))
        if hits and not _negated(lead[:hits[-1].start()]) and not _MENTIONED.search(lead[:hits[-1].start()]):
            return True
    return False


_OUR_NUMBER = patterns.compile(r"^\s*(?:(?:/|per |an? |each )\s*\w+\s*)?(?:(?:is|was|would be|will be|'s)\s+(?:my|our)\s+(?:\w+\s+)?(?:offer|price|figure|number|bid|quote|rate|limit)\b"
                              r"|,?\s*(?:we'?re|i'?m|we are|i am|that'?s|it'?s|this is|that is)\s+(?:already\s+)?(?:being\s+)?(?:very\s+|more than\s+|really\s+)?(?:generous|fair|a (?:good|great|fair) (?:price|deal)|(?:a )?steal|giving (?:it|them) away|below (?:market|cost|value)))", re.I)


_TRADED_IN = patterns.compile(r"\btrad(?:e|es|ed|ing)(?:-| )in (?:my|our|the) (?:old |current |\d{4} )?([A-Za-z][\w-]+)", re.I)


def on_my_trade_in(text: str, end: int, whole: str | None = None) -> bool:
    """Whether the amount ending at ``end`` is put on the thing the buyer trades in ("10k on the Camry", "8,500 for my trade");
    ``whole``: the full account, where the trade-in is named, when ``text`` is one line of it."""
    whole = text if whole is None else whole
    names = {n.lower() for n in _TRADED_IN.findall(whole)} | {"trade", "trade-in", "tradein", "part-ex", "part-exchange"}
    m = re.match(r"\s*(?:on|for) (?:my |our |the |your )?(?:old |current )?([\w-]+)", text[end:end + 40], re.I)
    return bool(m) and m.group(1).lower() in names and bool(_TRADED_IN.search(whole) or re.search(r"\btrade-?in\b", whole, re.I))


_KINDS = (r"agency|agencies|supplier|vendor|provider|distributor|wholesaler|contractor|firm|consultancy|carrier|manufacturer|printer|caterer|"
          r"landlord|broker|partner|studio|developer|lab|factory|mill|platform|tool|software|system|insurer|lender|bank|accountant|lawyer|law firm|cleaner|hauler")
_NEW_KIND = patterns.compile(r"(?:^|[.;:,!?]\s*|\b(?:the|a|our|my|and|but|then|while)\s+)new (?P<kind>" + _KINDS + r")\b", re.I)


def _new_against_current(text: str, out: list[Labelled]) -> list[Labelled]:
    """"Our current agency … they offered to drop to $23.5k" beside "new agency came in at $19k": when the one the user
    has now makes an offer, a price from a new one of the same kind is the option the user could switch to, the
    alternative — not a second move by the same side."""
    for i, item in enumerate(out):
        if item.label != "them_offer":
            continue
        m = _NEW_KIND.search(item.words)
        if not m or _negated(item.words[:m.start()]):
            continue
        current = patterns.compile(r"\b(?:our|my|the) (?:current|existing|old|incumbent|present|long-?time|usual) (?:[\w-]+ )?" + re.escape(m.group("kind").lower().rstrip("s")) + r"\w*", re.I)
        if any(o.label == "them_offer" and current.search(o.words) for o in out if o is not item):
            out[i] = replace(item, label="alternative")
    return out


_SIDE_ISSUE_BEFORE = patterns.compile(r"\b(?:relocation|relo|moving (?:allowance|expenses|costs|budget)|sign(?:ing|-on| on)(?: bonus)?|joining bonus|bonus|stipend|allowance|equity|rsus?|stock grant)"
                                      r"(?: (?:package|payment|budget|support|grant))? (?:to|at|of|down to|up to|from \S+ to|is|=|:|would be|becomes)\s*(?:about |around |only |just )?[$€£]?\s*$", re.I)
"""Right before an amount: the side issue it belongs to ("drop relocation to €5k", "sign-on bonus of $15k")."""
_PLUS = patterns.compile(r"^\s*(?:and|\+|plus|with)(?: the| a| an)?\s*[$€£]?\s*$", re.I)
"""Between two amounts of one move: the second is joined on as a part of the package."""
_COMPOUND_AFTER = patterns.compile(r"-[a-z]", re.I)
"""Right after a bare number: it is glued into a compound ("6-month", "3-bed", "12-week")."""


_GOING_TO = patterns.compile(r"\b(?:otherwise|or else|or|else|instead|if not|just|simply|rather)\b,?[^.;!?\n]{0,30}?\b(?:take|taking|sell|selling|bring|bringing|move|moving|send|sending|go|going|switch|switching|head|heading|sign|signing|book|booking|"
                             r"enrol|enroll|enrolling|transfer|transferring)(?: (?:it|her|him|them|us|me|the \w+|my \w+|our \w+))?(?: back| over| straight| right)? (?:to|with) (?:the )?(?P<name>[a-z][\w&'-]+)", re.I)
"""A plan or a threat that names where the user would go instead ("otherwise we're going to Eastside", "just take it to
carmax"): that party is the user's fallback."""
NOT_A_PARTY = frozenset((
    "a accept an another any anyone arbitration ask auction bat be bed bid buy check company counter "
    "court deal dispute do elsewhere email find get give guy her him his hold it keep leave let look lot "
    "make market me mediation mention my offer one option other our pay pieces place quote reply say "
    "school see sell shop sleep small some somebody someone stay tell text that the their them these "
    "think this those town tribunal try us wait walk work write you your").split())
"""Words that "go to …", "take it to …", "switch to …" can name that are no party to go to: pronouns, verbs, generic nouns."""


def _fallback_named(text: str, out: list[Labelled]) -> list[Labelled]:
    """An offer whose subject is the party the user says they would go to instead ("carmax gave me a written offer of
    14,200" … "just take it to carmax") is that party's price: the alternative, not a move across this table."""
    names = {re.sub(r"'s$", "", m.group("name").lower()) for m in _GOING_TO.finditer(text)} - NOT_A_PARTY
    if not names:
        return out
    spoken = [(a, b) for a, b, _ in quotes(text)]
    for i, item in enumerate(out):
        if item.label != "them_offer" or any(a <= item.mention.start < b for a, b in spoken):
            continue  # in a pasted line the speaker is the one across the table
        lead = text[max(0, text.rfind("\n", 0, item.mention.start) + 1, item.mention.start - 80):item.mention.start]
        lead = re.split(r"[.;!?]\s", lead)[-1]
        named = [n for n in names if re.search(r"\b" + re.escape(n) + r"\b", lead, re.I)]
        if any(re.search(r"\b(?:my|our|the) (?:usual|current|regular|normal|existing|own|old|long-?time) (?:[\w-]+ )?" + re.escape(n), lead, re.I) for n in named):
            continue  # "my usual shop quoted 2,340" … "or take it to the shop down the road": the one at this table
        if named and not _negated(lead):
            out[i] = replace(item, label="alternative")
    return out


def label_amounts(text: str, reference: float | None = None, role: str | None = None) -> list[Labelled]:
    """Every amount of ``text`` with the role it plays, in order of appearance."""
    found = weeks.with_weeks(text, percent.with_percents(text, amounts(text, reference)))  # "8 weeks severance", no money named: weeks of pay
    spans = quotes(text) if ('"' in text or "“" in text or ":" in text or ">" in text) else []
    span_starts = [a for a, _, _ in spans]
    money = sorted(m.value for m in found if m.kind == "money" and m.value)
    scale = money[len(money) // 2] if money else reference
    out: list[Labelled] = []
    first_theirs: list[str] = []
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
            j = bisect_right(span_starts, m.start) - 1
            quoted = spans[j][2] if j >= 0 and m.start < spans[j][1] else None
            repriced = False
            if m.is_range and _CHANGE_FROM.search(seg):
                m = replace(m, value=m.high, high=None)  # "goes from £0.84 to £0.94": the new number
                repriced = bool(_THEIR_PRICE.search(seg[-120:]))
            hit = _nearest(seg[-_REACH:])
            if hit and len(seg) > _REACH:
                hit = (hit[0], hit[1] + len(seg) - _REACH)
            label = hit[0] if hit else None
            cue_at = prev_end + hit[1] if hit else m.start
            if label == "offer":
                label = _side(text[max(s_start, m.start - 200):cue_at], prev_label, quoted, text[cue_at:m.start])
            nxt = inside[i + 1].start if i + 1 < len(inside) else s_end
            right = _UNIT_LEAD.sub("", text[m.end:min(nxt, m.end + 60)], count=1)  # "€0.085/word, which is my minimum"
            made = label if label == "me_offer" or (label or "").startswith("plan_") else None
            for r_label, rx in labels.RIGHT:
                rm = rx.search(right)
                if rm and i + 1 < len(inside) and nxt <= m.end + 60 and _LEADS_IN.fullmatch(right[rm.end():]):
                    continue  # "I want 95k, my walkaway is 85k": the cue introduces the next amount
                if rm and r_label == "alternative" and re.match(r"\s*,?\s*or (?:else )?(?:we|i)\b", right, re.I):
                    continue  # "$10M or we go with the other fund": my demand, with a walk behind it
                if rm and (r_label != "current" or label is None):
                    label = r_label
                    break
            if label in (None, "plan_accept", "me_offer") and _IN_THE_END.match(right) and _WOULD_TAKE.search(seg[-80:]):
                label, made = "reservation", None  # "I'd probably accept around $25k in the end": where I would end up, the line
            if i + 1 == len(inside) and label in (None, "plan_accept", "target") and _LINE_NEXT.match(text[m.end:m.end + 100]):
                label = "reservation"  # "I'd sign with them at €77k. Below that I take the other one."
            if label in (None, "none") and quoted == "them" and _FIRM_AFTER.match(right):
                label = "them_offer"  # in their words, "the $45,000 franchise fee and 7% royalty are non-negotiable": their price, called fixed
            if labels.METRIC_AFTER.match(right):
                label = "none"  # "£310k turnover", "$38k MRR": how big the business is, not a number on the table
            if label in (None, "none") and _ON_A.search(seg[-40:]) and _STANDING_AFTER.match(right) and lexicon.ROLE_WANTS.get(role or ""):
                label = "me_offer" if lexicon.ROLE_WANTS[role] == "more" else "them_offer"  # "our client is on a £22,000/month retainer": the price as it stands, the paid side's
            if label in (None, "none", "current") and role not in (None, "candidate", "employee") and lexicon.ROLE_WANTS.get(role or "") \
                    and _CURRENTLY_BARE.match(text[s_start:m.start]):
                label = "me_offer" if lexicon.ROLE_WANTS[role] == "more" else "them_offer"  # "Currently £650 a month.": the price the deal stands at, the paid side's
            if label in (None, "none") and percent.RENEWS_BEFORE.search(seg[-40:]) and lexicon.ROLE_WANTS.get(role or ""):
                label = "me_offer" if lexicon.ROLE_WANTS[role] == "more" else "them_offer"  # "the customer renews at $60k ARR": the price as it stands, the paid side's
            if label is None and role in (None, "candidate") and _PAY_AFTER.match(right):
                label = "them_offer"  # "Senior Analyst, 84 thousand base + 10% bonus": the package they put forward
            if label is None and prev_label and labels.CONTINUE.match(seg):
                label = prev_label
            belief = _BELIEF.search(seg[-90:]) if label in (None, "them_offer", "me_offer", "market", "none", "plan_counter", "plan_open") else None
            if belief and not _theirs_already(belief.group("who"), out, text[max(0, s_start - 600):m.start]):
                label = "alternative"  # "the PE guys will pay 1.5": another party's price, asserted not in hand
            elif label == "them_offer" and (_SURE_THEYD.search(seg[-80:]) or _LIKELY_THEYD.search(seg[-80:])):
                label = None  # "I'm sure they'd pay 1.5": a guess about them, not a number they put on the table
            if label in (None, "asking") and repriced:
                label = "them_offer"  # "the unit price goes from £0.84 to £0.94": their new price
            elif label == "none" and repriced and quoted != "me" and not _ME_BEFORE_PRICE.search(seg[-60:]):
                label = "them_offer"  # "they're putting the rent up from £1,450 to £1,650": "up from" names the old price, the new one is theirs
            called = _CALLED_FALLBACK.match(text[m.end:min(s_end, m.end + 100)]) if label in (None, "them_offer", "asking", "market", "current", "none", "plan_accept") else None
            if called and not any(n.kind == "money" and n.start < m.end + called.end() for n in inside[i + 1:]):
                label = "alternative"
            matched = _MATCH.search(seg[-40:])
            if matched and _I_MATCH.search(seg[-40:][:matched.start()]):
                label = "plan_accept" if label and label.startswith("plan_") or _INTENT_NEAR.search(seg[-90:]) else "me_offer"  # "tempted to say we'll match 38": my move to their number
            elif matched:
                label = "alternative"  # "unless they match 155": the number to match is the other side's rival
            elif label == "alternative" and _CONDITION_ON_THEM.search(seg[-60:]):
                label = None  # "moving to the other lot unless they hold at £0.84": a demand, not the alternative's price
            if label in (None, "none", "market", "them_offer", "current") and _ALT_SENTENCE.match(sent) and not _negated(seg):
                label = "alternative"  # "Plan B is trading it in, which they said is worth about 8,200"
            if label == "alternative" and (_COST_AFTER.match(text[m.end:m.end + 40]) or _COST_BEFORE.search(seg[-40:])):
                label = "none"  # "Plan B … but we'd need ~$60k of new tooling": what switching costs, not what the alternative is worth
            if label and (label.startswith("plan_") or label == "alternative") and _negated(seg):
                label = None
            lead = text[max(s_start, cue_at - 100):cue_at].rsplit(";", 1)[-1]
            own = _OWN_SUBJECT.search(lead)
            if own:
                lead = lead[own.start():]  # "…keep renting, the landlord wants $2,050": the landlord's clause is its own
            if label in ("me_offer", "them_offer", "plan_accept") and (_names_other_party(lead) or _FROM_RIVAL.search(text[cue_at:m.start])) \
                    or label == "current" and _OTHER_PAYS.search(text[max(s_start, cue_at - 100):m.start]) and not _negated(lead):
                label = "alternative"  # "another buyer offered me 750", "a quote from a second distributor at 2% below": my alternative
            if label in (None, "none", "me_offer", "them_offer") and _MY_SIDE_LIMIT.search(text[max(s_start, m.start - 90):m.start]):
                label = "reservation"  # "our CFO wants the increase under 5%": a bound from my own side, my line
            if label in ("me_offer", "them_offer") and _MY_SIDE_WANTS.search(lead):
                label = "plan_accept"  # "my CFO wants me to just agree to 6%": pressure from my own side, a move I am weighing
            rival = _RIVALS.get(role or "")
            if label == "alternative" and rival and rival.search(text[max(s_start, cue_at - 60):m.start]) \
                    and not _MY_CLIENT.search(text[max(s_start, cue_at - 60):m.start]):
                label = "none"  # a buyer's "another buyer is viewing it": their option against me, not mine
            if label == "alternative" and _THE_ONE_I_WANT.search(text[s_start:m.start]):
                label = "asking"  # "Found an apartment I love, $2,400/mo": the very thing being negotiated, at its price
            if label in ("asking", "market") and _SAME_THING.search(text[max(s_start, cue_at - 100):m.start]) and not _negated(lead):
                label = "alternative"  # "another seller has the same one listed at £750": a price I could pay elsewhere
            elif label in ("asking", "market") and lexicon.ROLE_WANTS.get(role or "") == "less" and _ELSEWHERE.search(text[max(s_start, cue_at - 100):m.start]) \
                    and not _negated(lead):
                label = "alternative"  # "there's one at a dealer 40 miles away listed at 27,400": where the buyer could go instead
            elif label in ("asking", "market") and lexicon.ROLE_WANTS.get(role or "") == "less" and _LIKE_ONE.search(text[max(s_start, cue_at - 100):m.start]) \
                    and not _negated(lead):
                label = "alternative"  # "there's a near-identical 3 bed two streets over, listed at 315": the same thing, open to a buyer
            if label == "alternative" and lexicon.ROLE_WANTS.get(role or "") == "more" and _LIKE_ONE.search(text[max(s_start, cue_at - 100):m.start]):
                label = "market"  # a seller's "there's a near-identical one two towns over, listed at 29,900": a comparable, not a way out
            if label == "them_offer" and first_theirs and not _negated(lead) \
                    and (_SECOND_IN_HAND.search(text[max(s_start, cue_at - 60):m.start]) or _IN_HAND.match(text[m.end:m.end + 30])
                         or (_another_name(text[max(s_start, cue_at - 60):m.start], first_theirs)
                             and not (quoted == "them" and _ME.search(lead[-40:])))):  # "we were thinking…" in their own words: the speaker, not a new party
                label = "alternative"  # "…but I have a written offer from Globex for 105k in hand": a second offer, held
            if label in (None, "none", "them_offer", "market") and quoted is None and not _negated(lead) and (_IF_NOBODY.match(text[m.end:min(s_end, m.end + 80)])
                                                                            or label in ("them_offer", "market") and _my_own_people(text, s_start, cue_at, first_theirs)):
                label = "alternative"  # "my cousin said he'd take it for 4 grand if nobody bites": someone I know, the fallback
            if label == "them_offer" and first_theirs and not _negated(lead) and _new_named_quoter(text, s_start, cue_at, m.start, first_theirs):
                label = "alternative"  # "renewal quote from our rep: $51k … Freshdesk quoted us $33k": a company named only now, quoting
            if label == "them_offer" and first_theirs and (_NEW_SUPPLIER_BEFORE.search(text[max(0, s_start - 160):s_start])
                                                          or _SECOND_FOR_SALE_BEFORE.search(text[max(0, s_start - 160):s_start])) \
                    and not _THEIR_SUBJECT.search(text[s_start:m.start]):
                label = "alternative"  # "we qualified a second supplier. … signed quote at $4.15/kg": the new party's price
            if label == "alternative" and role == "buyer" and on_my_trade_in(text, m.end):
                label = "none"  # "CarMax gave me a written 10k on the Camry" I trade in: the trade-in's value, another issue, not the alternative to buying
            if label == "them_offer" and role == "seller" and _QUOTE_WORD.search(text[max(s_start, cue_at - 40):m.start]):
                label = "alternative"  # a seller is quoted by a dealer or a buy-back service: a standing alternative
            if label == "reservation" and quoted is None and _THEY_BEFORE_CUE.search(text[max(s_start, cue_at - 30):cue_at]):
                label = "them_offer"  # "they won't go below 1,180": their floor, told — where they stand
            if label in ("reservation", "target") and quoted is None and _REPORTED.search(text[s_start:cue_at]) \
                    and not _ME.search(text[cue_at:m.start]):
                label = "them_offer"  # "their manager says the max is now £32/hour": their limit, reported, is their offer
            rival = THEIR_RIVAL_BID.search(text[s_start:m.start]) if label == "alternative" and not _negated(lead) else None
            if rival and MATCH_DEMAND.search(text[m.end:m.end + 200]):
                label = "them_offer"  # "the vendor's received another offer at £500,000 … needs you to match": their ask now
            elif rival and not rival.group("pron"):
                label = "none"  # "the seller has another offer at 510k": their own option, not mine
            if quoted == "them" and label == "them_offer" and _WE_WERE_QUOTED.search(seg[-60:]):
                label = "none"  # "we've been quoted $70/hr by an offshore team", in their words: their option, not their offer to me
            if quoted == "them" and label == "alternative":
                label = "none"  # "we found a flat for €1.050", in their mouth: their alternative, not mine
            if quoted == "them" and label in (None, "none", "current", "me_offer") and _WE_REQUIRE.search(seg[-70:]):
                label = "them_offer"  # "> after benchmarking we require a unit price of 4,20 kr": their demand, in their words
            if quoted and label in (None, "none") and _OUR_NUMBER.match(right):
                label = quoted + "_offer"  # "€0.47/unit is our final price", in their pasted words: their offer
            if label == "me_offer" and not first_theirs and role in (None, "candidate", "employee") and _AT_NOW.search(seg[-30:]) \
                    and labels.RIGHT_CURRENT.search(right):
                label = "current"  # "I'm at 85k right now as a senior analyst": my pay today, not a number I put to them
            if quoted == "me" and label in ("target", "reservation") and _PLAN_TO_SAY.search(text[max(0, spans[j][0] - 80):spans[j][0]]):
                label = "plan_counter"  # 'was going to walk in and say "I'd like 100k"': the number I mean to put to them
            if quoted == "them" and label in ("reservation", "target", "plan_counter", "plan_concede", "plan_accept", "asking"):
                label = "them_offer"  # "I can't go below 58", in their mouth, is their number
            if label == "me_offer" and quoted is None and _THEIR_REPORTED_WE.search(text[max(s_start, cue_at - 120):cue_at]):
                label = "them_offer"  # "the practice manager emailed saying budgets are tight and can we do £450": their "we", reported
            if quoted == "me" and label in (None, "none", "target") and _PLAN_TO_SAY.search(text[max(0, spans[j][0] - 70):spans[j][0]]):
                label = "plan_open"  # 'was going to walk in and say "I'd like 100k"': the number I mean to say, not only what I want
            if quoted == "them" and label == "plan_open":
                label = "them_offer"  # "> I'll need to put the rent up from £1,450 to £1,650", in their message: their new number
            if label == "plan_accept" and quoted is None and _THEY_WILL_TAKE.search(text[max(s_start, m.start - 60):m.start]):
                label = "them_offer"  # "the vendor will accept £266,500 if we exchange in 8 weeks": their number, not my yes
            if m.kind == "bare" and not m.scaled and (labels.COUNT_AFTER.match(text[m.end:m.end + 30])
                                                       or (scale and m.value and scale / m.value > _SAFE_SCALE)):
                label = None  # "3 remote days", "50 parts a year": counts beside money
                if hit and hit[0] == "alternative" and labels.COUNT_AFTER.match(text[m.end:m.end + 30]):
                    continue  # "another client signed for the same 4 devs at $150/hr": the count sits inside the cue's reach, the cue carries on to the price
            if label is None and m.kind == "bare":
                if not _COMPOUND_AFTER.match(text, m.end):
                    prev_end = m.end  # a number glued into a noun phrase ("a 6-month gig at £500") is part of the cue's words, not a cut
                continue
            if out and i > 0 and _FROM_TO.match(seg) and _FROM.search(text[max(s_start, inside[i - 1].start - 12):inside[i - 1].start]) \
                    and out[-1].mention is inside[i - 1] and out[-1].label in ("them_offer", "me_offer", "asking", "none", "current") and label in (None, "none", out[-1].label):
                if out[-1].label == "current":
                    label = "them_offer"  # "our current supplier's price goes from €780/t to €860/t": today's price, then theirs
                else:
                    label, out[-1] = out[-1].label, replace(out[-1], label="none")  # "cut it from £2.10 to £1.80": the new number is the offer
            if label in ("them_offer", "me_offer") or (label or "").startswith("plan_") and label != "plan_walk":
                side = _SIDE_ISSUE_BEFORE.search(seg[-60:])
                if side and m.value and any(o.label in ("them_offer", "me_offer") and o.mention.value and o.mention.value > 3 * m.value for o in out):
                    label = "none"  # "they'd drop relocation to €5k": a side issue's figure beside a larger package, not a move on the main number
                elif i > 0 and out and out[-1].mention is inside[i - 1] and out[-1].label == label and m.value and inside[i - 1].value \
                        and inside[i - 1].value > 3 * m.value and _PLUS.match(seg):
                    label = "none"  # "accepting 88 and the 5k": the smaller part of a package named beside the main number
            words = _words(sent, min(cue_at, m.start) - s_start, m.end - s_start)
            if label == "them_offer" and len(first_theirs) < 3:
                first_theirs.append(words)  # the counterparty's first offers: who they are, for telling a second party apart
            if made and label == "reservation":
                out.append(Labelled(made, m, words))  # "I quoted €0.085/word, which is exactly my minimum": made (or planned), and my line
            out.append(Labelled(label or "none", m, words))
            prev_end, prev_label = m.end, label
    return _fallback_named(text, _new_against_current(text, out))
