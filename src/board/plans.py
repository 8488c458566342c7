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

from board import patterns
from board.facts import FORECAST, Labelled, quotes, sentences, their_reported_we
from board.labels import THIRD_PARTY
from board.models import Plan, Situation

_SELF_QUESTION = (r"(?:is it|would it be|will it be|am i|are we) (?:\w+ )?(?:dumb|crazy|stupid|silly|mad|nuts|insane|a mistake|a bad idea|too much|too soon|too early|weak) to"
                  r"|what if (?:i|we)(?: just)?|how about (?:i|we)(?: just)?|suppose (?:i|we)|what about (?:if (?:i|we) )?|(?:is it )?worth (?=\w+ing\b)|(?:do|would) you (?:think )?(?:i|we) should|is there any (?:point|harm) (?:in )?")
_SELF_QUESTION_RX = patterns.compile(_SELF_QUESTION, re.I)
_INTENT = patterns.compile(
    r"\b(?:" + _SELF_QUESTION + r"|(?:i|we)(?:'ll| will| would|'d| shall)|(?:i'?m|i am|we'?re|we are|i was|we were) (?:going|gonna|planning|about|thinking|tempted|considering)"
    r"|(?:going|gonna|planning|plan|plans|planned|intend|want|wanna|about|tempted|ready) to|(?:plan|idea|thinking|intention) (?:is|was) to|(?:(?m:^)|(?<=\s))(?:my |our |the )?plan(?=\s*:)|(?:i'?m|we'?re) (?:saying|countering|opening|going in)|gonna|thinking (?:of|about)|was thinking|(?:my|the|our) plan"
    r"|(?:my|our) (?:instinct|gut instinct|inclination|first instinct|reflex|impulse|first thought) (?:is|was|says|tells me) to|considering|might as well|may as well|inclined to|leaning (?:towards?|to)|(?:my|our) gut (?:says|tells me)|should (?:i|we)|(?<!than )(?<!what )(?<!as )(?:i|we) should|(?:wants?|wanted|told|advised|advises|suggests?|suggested) (?:me|us) to|shall (?:i|we)|(?:do|can|shall) (?:i|we)(?= (?:just |then |now )?(?:say|ask|go|offer|counter|open|send|reply|respond|accept|take|drop|come|quote|bid))|could (?:i|we)|maybe (?:i|we)|(?:i|we) might|(?:i|we) may)\b",
    re.I)
# a wish of the user's own, told as a part of them: "part of me wants to just waive it", "a part of me is tempted to say yes"
_INTENT = patterns.compile(_INTENT.pattern + r"|\b(?:a )?part of (?:me|us) (?:really )?(?:wants|would like|is tempted|is inclined|is leaning|says|thinks (?:i|we) should)(?: to)?\b", re.I)
_DONE = patterns.compile(
    r"\b(?:offered|said|told (?:them|him|her)|countered|quoted|proposed|asked for|replied|responded|wrote back|texted|emailed|sent|bid|opened|"
    r"went (?:down|up|to|with|in)|came (?:down|up|back)|dropped|moved|raised|lowered|reduced|put in|threw out|floated|pitched|tabled|settled|agreed|"
    r"knocked|shaved|gave)\b", re.I)
_RESTATED = patterns.compile(r"(?:—|–|-|,|\(|:)\s*(?:so|i\.e\.|that'?s|which is|or|about|around|roughly|making it)?\s*(?:about |around |roughly )?$", re.I)
_NEGATED = patterns.compile(r"\b(?:not|never|n't|no way)\b[^.;!?]{0,15}$", re.I)
_REPORTED = patterns.compile(r"\b(?:said|told (?:them|him|her)|replied|wrote|texted|emailed)\b", re.I)
_ME_SUBJECT = patterns.compile(r"\b(?:i|we|i'?ve|we'?ve|i'?d|we'?d|my|our)\b", re.I)

_VERBS: list[tuple[str, re.Pattern[str]]] = [
    ("walk", patterns.compile(r"\b(?:walk|leave)(?:s|es|ed|d|ing)?\b", re.I)),
    ("accept", patterns.compile(r"\b(?:accept\w*|tak(?:e|ing) (?:it|the (?:offer|deal|\w+k|\d[\w.,]*))|sign(?:s|ed|ing)?(?![- ](?:on|up|bonus|off)\b)|say(?:ing)? (?:yes|sure|ok(?:ay)?|fine|yeah|ja|oui|alright|no problem)(?: to)?|go(?:ing)? along(?: with)?|eat(?:ing)? (?:the|it|that)|agree(?:s|d|ing)? to|match(?:ing)? (?:it|that|them|their|the|his|her)|(?:(?:e-?mail|reply|write|text|messag(?:e|ing)|respond|send)(?:s|ing|ed)?(?: back)?(?: (?:with|that))?:? )?[\"“'](?:yes|yep|sure|ok(?:ay)?|deal|agreed|sounds (?:good|great)|we accept|i accept)(?: to (?:all|it|that|this|everything|the|your)\b|(?=\s*[!.]?\s*[\"”']))|giv(?:e|ing) (?:them|him|her|[\w-]+) (?:the|their|his|her|what (?:they|he|she) (?:want|ask)\w*)(?= *[$€£]? *$))\b", re.I)),
    ("concede", patterns.compile(r"\b(?:meet(?:ing|s)? (?:them|him|her|in|halfway)|split(?:ting|s)?|go(?:ing)? (?:to|as (?:low|high) as)(?=\s*(?:\W?\d|$))|drop|come down|go down|go up|come up|lower|raise|reduce|cut|meet (?:them|him|her|in)|split|concede|bump|settle|knock|shave|"
                                 r"take [^.;!?]{0,20}off|discount|give (?:them|him|her)? ?(?:a|an|the)? ?(?:discount|break|cut)|cave|give in|fold|"
                                 r"give (?:up|away)|throw (?:in|it in)|waive|forgo|forego|sacrifice|let (?:them|him|her) have)(?:s|es|ed|d|ing)?\b", re.I)),
    ("counter", patterns.compile(r"\b(?:counter\w*|com(?:e|es|ing) back|came back|push(?:es|ed|ing)? back|re-?anchor\w*|respond(?:s|ed|ing)? with|reply(?:ing)? with|meet (?:me|us) (?:at|on))\b", re.I)),
    ("open", patterns.compile(r"\b(?:open|start|anchor|lead|list|lowball|low-ball|put (?:it|them|the \w+) (?:up|on|out)|name|come in|coming in)(?:s|es|ed|d|ing)?\b", re.I)),
    ("say", patterns.compile(r"\b(?:say|ask|reply|respond|put|quote|pitch|price|charge|bid|offer|propose|tell|write|text|email|message|send|go in|go (?:with|for)|suggest|request)(?:s|es|ed|d|ing)?\b", re.I)),
]

_DIARY = patterns.compile(r"^\W*(?:[A-Z][a-z]{1,9}\.?(?: \d{1,2})?\s*(?:\([^)\n]{0,20}\))?\s*:\s*)?(?:(?:then|and|so|later|first|initially|originally|yesterday|today|last \w+|at first|eventually|finally)\W+)*"
                          r"(?:offered|asked for|asked|countered|quoted|proposed|went (?:down|up|to)|came (?:down|up)|dropped|moved|bid|opened|said|told (?:them|him|her)|put in|"
                          r"sent (?:(?:over |them |him |her )?(?:the |a |an |my |our )?)?(?:quote|offer|proposal|estimate|bid|price))\b",
                          re.I)
_COMPARABLE = patterns.compile(r"\b(?:went for|go(?:ing)? for|fetch(?:es|ed)?|last year|in (?:the|my|our) area|events? (?:our|my|this) size|similar|comparable|comps?|listings?|used ones|others?|other \w+s|going (?:for|between|at|rate)|go(?:es)? for|sell(?:s|ing)? for|sold|"
                               r"rent(?:s|ing)? for|market|range[sd]?|typical(?:ly)?|usually|normally|average|between|on (?:ebay|the forum|craigslist|marketplace)|"
                               r"glassdoor|levels\.fyi|payscale|worth|valued|valuation|appraised|band)\b", re.I)
_RETAIL = patterns.compile(r"\b(?:shelf|retail(?:s)?|in (?:the )?(?:shops?|stores?|supermarkets?)|rrp|msrp|new (?:it|they|one)s? (?:cost|go|sell)|brand new|paid [^.;!?]{0,15}new|sticker)\b", re.I)


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


_FEES_AFTER = patterns.compile(r"\s*(?:in|of) (?:legal |court |lawyers?'?s? |solicitors?'?s? |attorneys?'?s? |filing |extra |professional )?(?:fees|costs)\b", re.I)
"""After a range: "£4-5k in fees" is what something costs the user, not what the thing is worth."""


def refine(labelled: list[Labelled], text: str) -> list[Labelled]:
    """Relabel plans, offers and ranges by their verbs and words (see the module docstring)."""
    starts = _sentence_starts(text)
    theirs_said = [(a, b) for a, b, owner in quotes(text) if owner == "them"] if any(i.label == "them_offer" for i in labelled) else []
    out: list[Labelled] = []
    prev_end, sent_i = 0, -1
    for item in labelled:
        m = item.mention
        i = _sent_index(starts, m.start)
        s_start = starts[i] if i >= 0 else 0
        if i != sent_i:
            sent_i, prev_end = i, s_start
        left = _left(text, m.start, prev_end)
        if item.label == "them_offer" and their_reported_we(text[s_start:m.start]):
            out.append(item)  # "the office manager emailed saying … could we do $1,100": their "we", reported, not my plan
            prev_end = m.end
            continue
        if item.label == "them_offer" and any(a <= m.start < b for a, b in theirs_said):
            out.append(item)  # "we were thinking closer to $4,000" in their quoted words: their number, not my plan
            prev_end = m.end
            continue
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


_LEAVE_THING = patterns.compile(r"leav(?:e|es|ing) (?:the|a|an|some|all|our|my|your|their|his|her)\s+"
                                r"(?!(?:table|deal|room|negotiations?|talks|meeting|company|job|firm|team|place|house|flat|apartment|building|office)\b)\w", re.I)


_OTHER_SUBJECT = patterns.compile(r"\b(?:(?:they|he|she|you)(?:'re|'s|'ll|'d)?|(?:(?:my|our) (?:\w+ )?(?=landlord|tenant|recruiter|boss|manager|employer|client|customer|supplier|vendor|buyer|seller)|(?:the|their|his|her|that|this) (?:\w+ )?)(?:buyer|seller|landlord|tenant|recruiter|dealer|client|customer|"
                                  r"company|employer|boss|manager|agent|hr|vendor|supplier|contractor|guy|lady|woman|man|bloke|side|firm|other side|owner|realtor|"
                                  r"hiring manager|salesman|rep|family|couple)s?(?:'s|'ll)?)\s+(?:\w+\s+){0,2}?$", re.I)
_MINE_SUBJECT = patterns.compile(r"\b(?:i|we|i'?m|we'?re|i'?ll|we'?ll|i'?d|we'?d|my|our|me|us)\b", re.I)
_MY_NEXT_NUMBER = patterns.compile(r"\b(?:my|our) (?:\w+ )?(first|opening|next|counter|counter-?offer|reply|response|ask|asking price|number|offer|bid|quote|price|figure|proposal|rate)"
                                   r"(?: number| offer| ask| figure| price| bid)? (?:will be|'ll be|is going to be|is gonna be|would be|should be|shall be|is probably going to be)"
                                   r"\s*(?:about|around|roughly|something like|maybe|probably)?\s*$", re.I)
_DESCRIBES = patterns.compile(r"^\s*(?:[a-z]+[- ])?(?:guy|bloke|one|contractor|builder|quote|bid|offer|dealer|seller|buyer|company|firm|option|place|flat|house|car|job|role|candidate|supplier|vendor|lot|plan|package|version|model)s?\b", re.I)
_WAS_GOING_BUT = patterns.compile(r"^[^.;!?]{0,60}?\bbut\b[^.;!?]{0,30}?\b(?:didn'?t|did not|never|then|they|he|she|changed)\b", re.I)


_ADVISED = patterns.compile(r"\b(?:says?|said|suggests?|suggested|recommends?|recommended|advises?|advised|told (?:me|us)|wants (?:me|us)|thinks?|reckons?|feels?"
                            r"|(?:is )?(?:pushing|urging|telling) (?:me|us))\s+(?:to|(?:that )?(?:we|i) (?:should|ought to|could))\s+(?:just\s+)?"
                            r"(offer|ask(?: for)?|open (?:at|with)|counter (?:at|with)|list (?:it )?(?:at|for)|go (?:in )?(?:at|with)|bid|put in|quote|"
                            r"agree to|accept|take|drop (?:to|it to)|come (?:down|up) to|go (?:up|down) to|meet (?:them|him|her) at|settle (?:at|for))\s*(?:about|around|roughly)?\s*$", re.I)
_ADVISER_THEIRS = patterns.compile(r"\b(?:they|he|she|seller|buyer|landlord|tenant|recruiter|employer|dealer|client|customer|vendor|supplier|hr)(?:'s)?\s+(?:\w+\s+)?$", re.I)


def _advised(left: str, theirs: bool) -> str | None:
    """"Our agent says to offer 465", "my CFO wants me to agree to 6%": a move my own side puts to me, which I
    am weighing — a plan (the counterparty telling me what to do is their demand, not my plan)."""
    m = _ADVISED.search(left)
    if m is None or _ADVISER_THEIRS.search(left[max(0, m.start() - 30):m.start()]):
        return None
    verb = m.group(1).lower()
    if verb.startswith(("agree", "drop", "come", "go up", "go down", "meet", "settle")):
        return "concede"
    if verb in ("accept", "take"):
        return "accept"
    if verb.startswith("open"):
        return "open"
    return "counter" if theirs else "open"


_THEIR_MODAL = patterns.compile(_OTHER_SUBJECT.pattern.removesuffix(r"\s+(?:\w+\s+){0,2}?$").replace(r"(?:'re|'s|'ll|'d)?", "", 1)
                                + r"(?:'ll|'d|'s going to|'re going to| will| would| might| may| is going to| are going to| plans? to| wants? to)", re.I)


def _others_intent(left: str, intent: re.Match[str]) -> bool:
    """Whether the intent is someone else's ("they plan to drop to 450", "the buyer is going to offer 300")."""
    if re.match(r"(?:i|we)\b", intent.group(), re.I):
        return False
    return bool(_OTHER_SUBJECT.search(left[max(0, intent.start() - 40):intent.start()]))


_TOLD_CLAIM = patterns.compile(r"\b(?:tell(?:ing)?|say(?:ing)?|reply(?:ing)?|respond(?:ing)?|mention(?:ing)?|claim(?:ing)?|pretend(?:ing)?|let (?:them|him|her) know|"
                               r"e-?mail(?:ing)?|text(?:ing)?|writ(?:e|ing))(?: (?:to )?(?:them|him|her|the \w+|(?:my|our) \w+))?(?: back)?(?: that)?,?\s+"
                               r"(?:(?:i|we)(?:'ve| have)? (?:got|have|received|already have) (?:a |an |another |one |other |an other )|(?:my|our) (?:\w+ )?(?:budget|max(?:imum)?|ceiling|floor|minimum|limit|cap)\b)"
                               r"[^.;!?]{0,60}$", re.I)


def planned_claim(words: str, text: str) -> bool:
    """Whether ``words`` are something the user means to tell the other side ("my plan: tell her I have
    another offer"), not a fact about their position."""
    sent = next((x for _, x in sentences(text) if words in x), words)
    at = sent.find(words)
    for intent in _INTENT.finditer(sent):
        if intent.start() > max(at, 0) + 20:
            break
        head = sent[:max(at, intent.end()) + 60]
        if _TOLD_CLAIM.search(head[:_TOLD_CLAIM_END.search(head, intent.end()).end()] if _TOLD_CLAIM_END.search(head, intent.end()) else head, intent.end()) \
                and not _others_intent(sent[:intent.end()], intent):
            return True
    return False


_TOLD_CLAIM_END = patterns.compile(r"\b(?:offer|quote|bid|job|budget|max(?:imum)?|ceiling|floor|minimum|limit|cap)\b", re.I)


_INVENTED_AFTER = patterns.compile(r"^(?:(?!\b(?:but|though|although|think|thinks|thought|might|may|worr\w*|afraid|suspect\w*)\b)[^.;!?]){0,30}?(?:\b(?:(?:it|that|this|which) (?:is not|isn'?t|'s not|was not|wasn'?t)|not) (?:really |actually |even )?(?:true|real)\b"
                                   r"|\bthere (?:is|'s|are|isn'?t|is not) (?:none|no such\b|no other\b|not one\b|any)"
                                   r"|\b(?:(?:it|that|this|which)(?:'s| is| was)? |is )(?:totally |completely |just )?(?:fake|made[- ]up|invented|fictional|fictitious|imaginary|fabricated|a lie|a bluff)\b"
                                   r"|^\W{0,3}(?:totally |completely |all )?(?:fake|made[- ]up|invented|fictional|fictitious|imaginary|fabricated)\b)", re.I)
"""Right after an 'alternative': the user says it does not exist ("other offer for €64k (it is not true)")."""
_INVENTED_BEFORE = patterns.compile(r"\b(?:invent(?:ing)?|mak(?:e|ing) up|fak(?:e|ing)|fabricat(?:e|ing)|bluff(?:ing)? (?:about|with))\b (?:an? |another |some )?(?:[\w-]+ )?(?:offer|quote|bid|job|client)\b[^.;!?]{0,40}$", re.I)
"""Before it: the user means to invent it ("make up a competing offer at 64k")."""
_HOPED_REPLY = patterns.compile(r"\b(?:hope|hoping|hopefully|expect|expecting|wait(?:ing)? for|see if|until|so that|so) (?:she|he|they|them|him|her|the \w+)(?:'ll| will| to)? (?:come|comes|coming|get|gets|drop|drops|move|moves) (?:back )?(?:down |up )?(?:with|at|to|in at)\s*(?:around |about |like |maybe |roughly )?[$€£]?\s*$", re.I)
"""Right before a number, the reply the user hopes to draw ("hope she comes back with 12"): their hoped-for move, not mine."""
_REFUSED_NUMBER = patterns.compile(r"\b(?:can'?t|cannot|can not|won'?t|couldn'?t|just can'?t|simply can'?t) (?:really |possibly |realistically )?(?:do|pay|afford|manage|swing|justify|stretch to|go to|make)\s*(?:the\s*)?[$€£]?\s*$", re.I)
"""Right before a number the user means to say, a refusal ("we can't do 3,200"): the number is the one on the table, theirs."""


def _relabel(item: Labelled, left: str, from_start: str, right: str, done: list[Labelled]) -> str:
    label, m = item.label, item.mention
    theirs = any(x.label == "them_offer" for x in done)
    if label == "alternative" and (_INVENTED_AFTER.match(right) or _INVENTED_BEFORE.search(from_start)):
        return "none"  # an offer the user admits is made up is a bluff to tell, not an option in hand
    if label in ("reservation", "alternative"):
        intent = _last(_INTENT, left)
        told = _TOLD_CLAIM.search(left, intent.end()) if intent is not None else None
        if told is not None and not _others_intent(left, intent):
            # "plan is to tell her I have another offer at $110k", "going to reply that our budget is 9k":
            # a number the user means to say is a move, not a fact about their alternative or their line
            return "none" if label == "alternative" else ("plan_counter" if theirs else "plan_open")
    if label.startswith("plan_") and label != "plan_walk" and re.search(r"\b(?:the|that|this|a)\s*$", left, re.I) and _DESCRIBES.match(right):
        return "none"  # "tell the $52k contractor…": the amount names a party, it is not what I will say
    if label in ("alternative", "me_offer", "them_offer") or label.startswith("plan_"):
        if _HOPED_REPLY.search(left):
            return "none"  # "…and hope she comes back with 12 or so": the reply I hope they make, neither my move nor my option
    if (label == "me_offer" or (label.startswith("plan_") and label != "plan_walk")) and _REFUSED_NUMBER.search(left):
        return "none" if theirs else "them_offer"  # "we love it but we can't do 3,200": their number refused, not my move
    advised = _advised(left, theirs) if label in ("none", "them_offer", "me_offer") or label.startswith("plan_") else None
    if advised:
        return "plan_" + advised
    nxt = _MY_NEXT_NUMBER.search(left)
    if nxt and label in ("none", "me_offer", "them_offer", "plan_open", "plan_counter", "plan_concede"):
        word = nxt.group(1).lower()
        if word in ("first", "opening"):
            return "plan_open"
        if word.startswith(("counter", "reply", "response")):
            return "plan_counter"  # "my counter will be £7,500"
        return "plan_counter" if theirs else "plan_open"
    if label == "plan_walk":
        w = _last(_VERBS[0][1], left)
        if w is not None and _LEAVE_THING.match(left, w.start()):
            return "none"  # "could we leave the washing machine": leaving a thing behind, not walking
    if m.is_range and label in ("none", "asking", "me_offer", "them_offer") and (label == "none" or _COMPARABLE.search(left)) \
            and not FORECAST.search(left[-90:]) and not _FEES_AFTER.match(right):  # "she thinks they'll open low, maybe 25-30k": a guess at their first number
        return "market"
    if label == "market" and not m.is_range and _RETAIL.search(left + " " + right):
        return "none"  # one shelf or retail price is not the range of this deal
    if label == "them_offer" and left == from_start and _DIARY.match(left):
        return "me_offer"  # "Asked for $210k, they came back at $170k": the first is mine
    intent = _last(_INTENT, left)
    if intent is not None and label.startswith("plan_") and label != "plan_walk" and _others_intent(left, intent):
        return "none"  # their plan, not mine
    their_modal = _last(_THEIR_MODAL, left)
    if their_modal is not None and label.startswith("plan_") and label != "plan_walk" and (intent is None or intent.start() < their_modal.start()):
        return "none"  # "she'll probably counter at 85k": what they will do
    if intent is not None and label.startswith("plan_") and re.search(r"\b(?:was|were) (?:going|gonna|planning|about)", intent.group(), re.I) \
            and _WAS_GOING_BUT.match(right):
        return "none"  # "I was going to list it at 500 but didn't": a plan dropped
    if label == "them_offer" and intent and not re.search(r"[A-Za-z]", left[:intent.start()]) and not _DONE.search(left[intent.end():]):
        label = "none"  # "Want to put it on at 600k": a subject-less sentence is the user's
    hypothetical = intent is not None and _SELF_QUESTION_RX.fullmatch(intent.group()) is not None
    if label == "them_offer" and intent and (_ME_SUBJECT.search(left[max(0, intent.start() - 15):intent.end()]) or hypothetical) \
            and (hypothetical or not _DONE.search(left[intent.end():])) and not _others_intent(left, intent):
        label = "none"  # "My plan is to ask $3,000": my plan, whatever verb the labeller saw
    if label not in ("me_offer", "none") and not label.startswith("plan_"):
        return label
    did = next((d for d in reversed(list(_DONE.finditer(left))) if _mine(left, d)), None)
    if hypothetical and did is not None and did.start() > intent.start():
        did = None  # "what if I offered 450?": a move weighed, not made
    if intent and (did is None or did.start() < intent.start()):
        if did is not None and _REPORTED.search(did.group()) and re.match(r"(?:i|we)(?:'d|'ll| would| will)", intent.group(), re.I):
            return label  # "I told them I'd do 50": said, so offered
        tail = left[intent.end():]
        action = _action(tail, any(x.label == "them_offer" for x in done)) \
            or (None if re.search(r"\b(?:going to|gonna)$", intent.group(), re.I) and len(tail.split()) > 2 else _action(intent.group(), theirs))  # "going to a lawyer unless…": an auxiliary, not "go to 20"
        theirs = any(x.label == "them_offer" for x in done)
        if label.startswith("plan_"):
            if label == "plan_concede" and action != "concede" and not any(x.label in ("me_offer", "them_offer") for x in done):
                return "plan_open"  # "I'll offer 20" with nothing on the table: an opening, not a concession
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
_PCT = patterns.compile(r"(\d+(?:[.,]\d+)?)\s?(?:%|percent|per cent)(?:\s+(off|below|under|less than|lower than|above|over|more than|higher than|on top of|of|discount))?"
                        r"(?:\s+(?:the|our|their|my|your|his|her|its|this|that))?(?:\s+(asking|list(?:ing)?|sticker|wholesale|retail|base|original|full|current|their|my))?"
                        r"(?:\s+(price|rate|number|offer|bid|quote|fee|rent|salary))?", re.I)
_BASE_AMOUNT = patterns.compile(r"(?:%|percent|per cent)\s+(?:off|below|under|less than|above|over|more than|on top of|of)\s+(?:(?:the|our|their|my|your|his|her|its|this|that)\s+)?"
                                r"(?:(?:asking|list|listing|wholesale|retail|sticker|original|full|usual|regular|normal|standard)\s+)?(?:price\s+|rate\s+)?(?:of\s+)?"
                                r"((?:[$€£]\s?)?\d[\d.,]*\s?(?:k|K)?(?:\s?(?:€|£|\$|euros?|dollars?))?)", re.I)
_REFERENCE = patterns.compile(r"\b(my|our|their|his|her|the)\s+(?:own\s+)?(minimum|min|floor|bottom[- ]?line|walk-?away(?: point| number)?|reservation(?: price)?|limit|"
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
                or not (_ME_SUBJECT.search(sent[max(0, intent.start() - 15):intent.end()]) or _SELF_QUESTION_RX.fullmatch(intent.group())) \
                or _NEGATED.search(sent[:intent.end()]):
            continue
        tail = sent[intent.end():intent.end() + 40]
        if s.reservation is not None and s.reservation.amount is not None and (s.reservation.words in sent or sent.strip() in s.reservation.words):
            continue  # "I'd probably accept around $25k in the end": the line, not a yes to be said now
        if _action(tail, True) == "accept" and (s.offers or s.agreed or s.tactics):
            s.plans.append(Plan(action="accept", words=sent.strip()))  # "thinking of just taking it", "inclined to say sure" to their ask
    _walk_plan(s, text)
    walks = {p.words for p in s.plans if p.action == "walk"}
    s.plans[:] = [p for p in s.plans if not (p.action == "accept" and p.amount is None and p.words in walks)]  # "say fine, see you in court": a defiant walk, no yes
    _concede_plan(s, text)
    _listing_plan(s)
    _extra_plans(s, text)
    _retarget(s, text)
    _direction(s)
    if s.offers:  # once numbers have been traded, a planned number is a counter, not an opening
        s.plans[:] = [p.model_copy(update={"action": "counter"}) if p.action == "open" and p.amount is not None
                      and not (s.asking is not None and p.amount == s.asking.amount and p.words == s.asking.words) else p for p in s.plans]
    s.plans[:] = [p for p in s.plans if not any(p.words in x and _DROPPED_PLAN.search(x) for _, x in sentences(text))]
    for k, p in enumerate(s.plans):
        if p.amount is not None:
            continue
        amount = _percent_amount(s, p.words, text, bases) or _reference_amount(s, p.words)
        if amount is None and p.action == "concede":
            amount = _share_amount(s, p.words)
        if amount is not None:
            s.plans[k] = p.model_copy(update={"amount": round(amount, 2)})


_SHARE = patterns.compile(r"\b(most|half|all|the bulk|much|a big chunk|a lot|two-thirds|three-quarters|a third|a quarter)\s+(?:of\s+)?(?:the|that)\s+(?:difference|gap|way|distance)\b", re.I)
_HALFWAY = patterns.compile(r"\b(?:split(?:ting)? the difference|halfway|half-way|in the middle)\b", re.I)
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


# -- plans the amount labeller could not see ------------------------------------------------
_DROPPED_PLAN = patterns.compile(r"\b(?:i|we) (?:was|were) (?:going|gonna|planning|about) to\b[^.;!?]{0,60}?\bbut (?:(?:i|we) )?(?:didn'?t|did not|never|changed)\b", re.I)
_BY_TO = patterns.compile(r"\bby\s+(?:another\s+|a further\s+|an extra\s+)?(?:[$€£]\s?)?\d[\d.,]*\s?(?:k|K|%)?\s*(?:,\s*)?(?:to|down to|up to|so (?:i'?m|we'?re|it'?s) at|taking (?:me|us|it) to|putting (?:me|us|it) at)\s+"
                          r"((?:[$€£]\s?)?\d[\d.,]*\s?(?:k|K|m|M)?)", re.I)


def _reference(s: Situation) -> float | None:
    for fact in (s.asking, s.target, s.reservation):
        if fact is not None and fact.amount:
            return fact.amount
    return next((o.amount for o in s.offers if o.amount), None)


_BARE_MODAL = patterns.compile(r"^\W*(?:(?:so|ok|okay|honestly|tbh|then|and|but)\W+)?(?:might|may|could|probably|prob|maybe|gonna|going to|about to|planning to|thinking of|tempted to|just going to)\b", re.I)


def _mine_intent(sent: str) -> re.Match[str] | None:
    """The first intent of the user's own in ``sent`` (not denied, not someone else's)."""
    bare = _BARE_MODAL.match(sent)
    if bare:
        return bare  # "Might just split the difference": a subject-less sentence is the user's
    for intent in _INTENT.finditer(sent):
        before = sent[:intent.start()]
        if _NEGATED.search(before + intent.group()) or _others_intent(sent, intent):
            continue
        if re.match(r"(?:i|we|(?:a )?part of (?:me|us))\b", intent.group(), re.I) or _ME_SUBJECT.search(sent[max(0, intent.start() - 15):intent.end()]) \
                or not re.search(r"[A-Za-z]", before.rsplit(",", 1)[-1] if "," in before else before) \
                or re.search(r"^\W*(?:\w+\W+)?(?:honestly|so|and|maybe|probably|just|ok|okay|tbh|then|i think|thinking)?\W*$", before, re.I):
            return intent
    return None


def _listing_plan(s: Situation) -> None:
    """"We'll list it at £425k": my planned listing is my opening as well as the asking price."""
    a = s.asking
    if a is None or a.amount is None or any(p.action in ("open", "counter") and p.amount is not None for p in s.plans):
        return
    intent = _mine_intent(a.words)
    if (intent is not None and not _DONE.search(a.words[intent.end():])) or re.search(
            r"\b(?:my|our) (?:\w+ )?(?:ask|asking price|listing|list price|price) (?:will be|'ll be|is going to be|is gonna be|should be)\b", a.words, re.I):
        s.plans.append(Plan(action="open", amount=a.amount, words=a.words))


def _extra_plans(s: Situation, text: str) -> None:
    """A plan whose amount the labeller left unread ("thinking of pushing back with 4,200")."""
    from board.money import amounts
    ref = _reference(s)
    known = {round(x, 2) for x in [o.amount for o in s.offers] + [p.amount for p in s.plans if p.amount is not None]
             + [f.amount for f in (s.target, s.reservation, s.alternative, s.asking) if f is not None and f.amount is not None]}
    theirs = any(o.by == "them" for o in s.offers)
    their_words = [(a, b) for a, b, owner in quotes(text) if owner == "them"] if theirs else []
    for at, sent in sentences(text):
        if any(p.words in sent or sent.strip() in p.words for p in s.plans if p.amount is not None):
            continue
        intent = _mine_intent(sent)
        if intent is None:
            continue
        if any(a <= at + intent.start() < b for a, b in their_words):
            continue  # "> I'll need to put the rent up from £1,450 to £1,650", in their message: their "I'll", not my plan
        for m in amounts(sent, ref):
            if m.start < intent.end() or round(m.value, 2) in known or m.value == 0:
                continue
            tail = sent[intent.end():m.start]
            if len(tail) > 45 or re.search(r"[.;!?]|\b(?:if|when|unless|because|since|but|than|below|under|above|over)\b", tail, re.I):
                break
            action = _action(tail, theirs)
            if action in ("open", "counter", "concede") and not (action == "concede" and not any(o.by == "me" for o in s.offers)
                                                                 and not re.search(r"\b(?:drop|come down|go down|lower|reduce|cut|knock|shave|meet|split)", tail, re.I)):
                s.plans = [p for p in s.plans if not (p.amount is None and p.action != "walk" and (p.words in sent or sent.strip() in p.words))]
                s.plans.append(Plan(action=action, amount=m.value, words=sent.strip()))
            elif action == "concede":
                s.plans.append(Plan(action="counter" if theirs else "open", amount=m.value, words=sent.strip()))
            break


def _retarget(s: Situation, text: str) -> None:
    """"Come down by 5k to 115k": the plan's amount is where it takes me, not the size of the step."""
    from board.money import amounts
    ref = _reference(s)
    for k, p in enumerate(s.plans):
        if p.action not in ("concede", "counter", "open"):
            continue
        sent = next((x for _, x in sentences(text) if p.words in x or x.strip() in p.words), p.words)
        m = _BY_TO.search(sent)
        if m is None:
            continue
        found = amounts(m.group(1), ref)
        if found and found[0].value:
            s.plans[k] = p.model_copy(update={"action": "concede" if p.action != "open" or s.offers else p.action, "amount": found[0].value})


_WALK_PLAN = patterns.compile(
    r"\b(?:walk(?:ing|s)?(?: away| out)?(?!\s+(?:them|him|her|me|us|you|through|in|into|around|over|down|to|up|away with|out with|back)\b)|leav(?:e|ing) (?:the (?:table|deal|negotiations?|talks)|them to it)"
    r"|pull(?:ing)? (?:out|the plug|my|our)|back(?:ing)? out|step(?:ping)? away|find (?:someone|somebody) (?:else )?(?:who|that) (?:does|will|would)\b|mov(?:e|ing) out\b|(?:the )?numbers? (?:don'?t|do not|doesn'?t|won'?t) work|mov(?:e|ing) (?:our|my|the|all (?:our|my|the)) (?:\w+ )?(?:volume|business|account|work|orders?|spend|lanes?|contract)\b|withdraw(?:ing)? (?:our|my|the) (?:offer|bid|proposal|application)|bail(?:ing)?(?! (?:them|him|her) out)|(?:go|going|look|looking|shop|shopping) elsewhere|tak(?:e|ing) (?:my|our) (?:business|money|custom) elsewhere"
    r"|(?:then |so )?go (?:and )?(?:find|hire|book|get|use|call|ask) (?:your|their|his|her|that|the other|some ?one|some ?body|another)\b(?! (?:of )?(?:us|me)\b)"
    r"|threaten(?:ing)? to (?:walk|leave|pull|go|cancel|take|switch|quit)|(?:say|saying|tell(?:ing)? (?:them|him|her)) no(?: thanks)?,? and (?:go|take|sign|move|stay|stick)"
    r"|turn(?:ing)? (?:it|them|him|her|the (?:offer|deal|job)) down(?: and)?|(?:be )?go(?:ing)? with (?-i:[A-Z]\w{0,20})\b(?= (?:unless|if|instead)\b)|(?:tell|telling|say|saying) (?:to )?(?:them|him|her|the (?:[\w-]+ ){0,2}?[\w-]+) (?:thanks,? but no(?: thanks)?|no thanks|thanks but no thanks|(?:we'?ll|i'?ll) pass)|decline (?:it|the offer)(?: and)?|(?:politely )?declin(?:e|ing)(?: (?:it|them|this|that))?(?: politely| (?:with )?thanks)?(?=\s*(?:$|[.,;!?]|and\b))|go(?:ing)? with the other|sign(?:ing)? with the other"
    r"|(?:go|going|sign|signing|switch|switching|move|moving) (?:with|to) (?:the )?(?:cheaper|other|competing|rival|second|new)|switch(?:ing)?(?: (?:over|suppliers|providers|vendors|banks|carriers))?(?=\s*(?:$|[.,;!?\"”']|and\b|then\b))|tak(?:e|ing) the other (?:offer|job|one|deal|flat|place|quote)"
    r"|(?:go(?:ing)? to |gonna )?(?:look|looking|shop|shopping)(?: around)? (?:at|for) (?:other|another|different|some other|a different) (?!(?:ways?|things?|stuff|aspects?|parts?|issues?|terms?|clauses?|numbers?|figures?|details?|factors?|sides?)\b)(?:[\w-]+ )?[\w-]+"
    r"|(?:i'?m|we'?re|i am|we are) (?:out|done|gone|walking|leaving|off)(?:\b(?! (?:of (?:money|cash|options|time|work)|with|for|on|to)\b))|walk(?:ing)? if|call (?:their|his|her) bluff"
    r"|(?:(?:i|we)(?:'ll| will|'d| would)|(?:i|we) (?:may|might)|(?:have|had|going) to) (?:(?:just|probably|simply|politely|regretfully|have to|need to|to) ){0,2}pass(?:\s+on\s+(?:it|this|that|the (?:offer|job|role|deal|position|opportunity|flat|house|place|car|contract|quote)))?(?=\s*(?:$|[.,;!?\"'\u201d)—–-]|and\b|then\b|on (?:it|this|that|the (?:offer|job|role|deal|position|opportunity|flat|house|place|car|contract|quote))\b)))", re.I)
# a threat to end the talks and let a court (or tribunal, or small claims) decide: "fine, see you in court", "take them to small claims"
_WALK_PLAN = patterns.compile(_WALK_PLAN.pattern + r"|see (?:you|them|him|her) in court|(?:take|taking) (?:them|him|her|it|this|the \w+) to (?:court|small claims|(?:a |the )?tribunal|arbitration)"
                              r"|(?:go|going) to (?:court|small claims|(?:a |the )?tribunal)|(?:sue|suing) (?:them|him|her|the \w+)\b(?! for (?:peace|a settlement))", re.I)
_WALK_PLAN = patterns.compile(_WALK_PLAN.pattern + r"|\b(?:otherwise|or else|or|else),? (?:i'?m|we'?re|i am|we are|i'?ll|we'?ll|i will|we will) (?:just |simply |then |going to |gonna )?"
                             r"(?:order|buy|get|book|hire|purchas|source|sign|rent|go|shop)(?:e|ing)? (?:it |one |them |that |the (?:[\w-]+ ){0,2})?(?:from|with|through|via|at|elsewhere)\b(?! (?:you|him|her|them)\b)", re.I)
"""An ultimatum that names the way out: "last chance at 1,100, otherwise I'm ordering from MPB", "or we'll book with the other hall"."""
_IF_CLAUSE = patterns.compile(r"\b(?:if|unless)\s+(?:you|they|he|she|it|the \w+|(?:my|our|their) \w+)\b[^.;!?,]*?(?=,|\b(?:i|we)\b|$)", re.I)
_NOT_BETWEEN = patterns.compile(r"\b(?:not|never|n't|no way|without|instead of|rather than)\b", re.I)


_DARE = patterns.compile(r"(?:\b(?:go ahead and|feel free to|be my guest and|fine,? then)|(?:^|[\"“‘'\s])then)\s*$", re.I)
_DARED = patterns.compile(r"\b(?:go ahead and|feel free to|be my guest and|you can|they can)\s+(?:walk|leave|go|switch|pull out|back out|take it or leave it)\b"
                          r"|(?:^|[\"“‘':,;—(]\s*|\b(?:then|so|just|fine|ok|okay),?\s+)go (?:and )?(?:find|hire|book|get|use|call|ask) (?:your|their|his|her|that|the other|some ?one|some ?body|another)\b"
                          r"|\b(?:walk|leave|go|switch|pull out|back out)(?: away)?,? if (?:you|they|he|she) (?:want|like|wish|must|need|have) to\b"
                          r"|\b(?:walk|leave|go|switch|pull out|back out)(?: away)?,? if (?:you|they|he|she) (?:want|like|wish|must)\b", re.I)


def dared(words: str) -> bool:
    """The "walk" in the user's plan is theirs, dared: "tell them no credit at all, walk if you want", "tell him
    go ahead and switch". Calling a threat risks the deal, but the one who would leave is still them."""
    return bool(_DARED.search(words))


def _walk_plan(s: Situation, text: str) -> None:
    """"Thinking of telling them I'll walk if they don't hit 80", "I might pull out", "say no and go with the
    other flat": the user's own walk, planned or threatened (the cues reader catches the set phrases)."""
    if any(p.action == "walk" for p in s.plans):
        return
    theirs: list[tuple[int, int]] | None = None
    for at, sent in sentences(text):
        intent = _mine_intent(sent)
        if intent is None:
            continue
        w = _WALK_PLAN.search(sent, intent.start())
        if w is not None:
            if theirs is None:
                theirs = [(a, b) for a, b, owner in quotes(text) if owner == "them"]
            if any(a <= at + w.start() < b for a, b in theirs):
                continue  # she texts "… we're going with the other contractor": their threat, not my walk
        between = sent[intent.end():w.start()] if w is not None else ""
        span = sent[intent.start():w.start()] if w is not None else ""
        cond = _IF_CLAUSE.search(span)  # "if you can't give me till Monday, I'll pass": the no is theirs, not my walk's
        span = span[:cond.start()] + span[cond.end():] if cond else span
        if w is None or _NOT_BETWEEN.search(span) or len(between) > 70:
            continue
        if not re.match(r"(?:i|we|(?:the )?numbers?)\b", w.group(), re.I) and re.search(r"\b(?:them|him|her|they|he|she)\b(?:\s+\w+){0,3}\s*$", between, re.I) \
                and not re.search(r"\b(?:i|we)(?:'ll|'m|'re| will| am| are|'d| would)\b", between, re.I):
            if not _DARE.search(between):
                continue  # "if they walk": their walk, told
            # "tell them go ahead and switch": their walk, dared — calling it risks the deal like a walk of my own
        if re.match(r"[^.;!?]{0,12}\b(?:if|unless|once|when)\b[^.;!?]*\d", sent[w.end() - (3 if w.group().lower().endswith(" if") else 0):]) \
                and not re.search(r"\b(?:tell|telling|told|say|saying|warn|warning|threaten\w*|let (?:them|him|her) know|make it clear|ultimatum|text|email|message|write|writing|reply|replying|respond|responding)\b",
                                  sent[:w.start()], re.I):
            continue  # "I'll walk away if the rent is over 2,400": a line kept to myself, not a threat

        if re.search(r"\?\s*$", sent) and re.search(r"\b(?:they|he|she)\b", sent[max(0, intent.start() - 20):intent.start()], re.I):
            continue
        s.plans.append(Plan(action="walk", words=sent.strip()))
        return


_CONCEDE_WORDS = patterns.compile(r"\b(?:split(?:ting)? the difference|meet(?:ing)? (?:them|him|her) (?:halfway|half-way|in the middle)|meet in the middle|"
                                  r"giv(?:e|ing) (?:up|away) (?:the|my|our|on)|throw(?:ing)? in|waiv(?:e|ing)|forgo(?:ing)?|cav(?:e|ing)|giv(?:e|ing) in|fold(?:ing)?|"
                                  r"drop(?:ping)? (?:my|our) (?:price|ask|rate|number)|knock(?:ing)? (?:\w+ ){0,2}off|lower(?:ing)? (?:my|our) (?:price|ask|rate|number)|come down a bit|go up a bit)\b", re.I)


_ADVISED_ANY = patterns.compile(_ADVISED.pattern.removesuffix(r"\s*$"), re.I)


def _concede_plan(s: Situation, text: str) -> None:
    """"Might just split the difference", "going to give up the signing bonus": a concession planned in words;
    "my CFO wants me to agree to 6%": a move my own side puts to me."""
    theirs = any(o.by == "them" for o in s.offers)
    for _, sent in sentences(text):
        if any(p.words in sent or sent.strip() in p.words for p in s.plans):
            continue
        adv = _ADVISED_ANY.search(sent)
        action = _advised(sent[:adv.end()], theirs) if adv else None
        if action and not _NOT_BETWEEN.search(sent[max(0, adv.start() - 20):adv.end()]):
            s.plans.append(Plan(action=action, words=sent.strip()))
            continue
        intent = _mine_intent(sent)
        if intent is None:
            continue
        c = _CONCEDE_WORDS.search(sent, intent.end())
        if c is None or len(sent[intent.end():c.start()]) > 30 or _NOT_BETWEEN.search(sent[intent.start():c.start()]):
            continue
        if re.match(r"cav|giv(?:e|ing) in|fold", c.group(), re.I):
            s.plans.append(Plan(action="accept", words=sent.strip()))  # caving is saying yes to their number
        else:
            s.plans.append(Plan(action="concede", words=sent.strip()))


def _direction(s: Situation) -> None:
    """With no role to say which way is better, a planned move at a level tells: I concede toward their number,
    so my level sits on my side of it ("they want £1,000, I was going to offer £1,050": more is better)."""
    if s.wants is not None or (s.target and s.reservation and s.target.amount and s.reservation.amount):
        return
    theirs = next((o.amount for o in reversed(s.offers) if o.by == "them"), None)
    level = next((p.amount for p in s.plans if p.action in ("concede", "counter") and p.amount is not None), None)
    if theirs and level and level != theirs and level >= 0.35 * theirs and theirs >= 0.35 * level:
        s.wants = "more" if level > theirs else "less"
