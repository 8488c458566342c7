"""The facts that are words, not numbers: role, deadline, issues, tactics, plans, what is known.

Each reader returns the short clause it came from, so the advisors can quote the user. Negation
is checked on the clause before a cue ("no real deadline", "I'm not going to walk", "they
haven't said it's final"), because a denied fact is not a fact.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from board import agreement, lexicon, patterns
from board.codes import FindingCode
from board import tactics
from board.facts import quotes, sentences
from board.fastre import fast

_NEG = patterns.compile(r"\b(?:not|never|no|don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|won'?t|isn'?t|wasn'?t|aren'?t|without|nothing|none|neither|nor)\b"
                        r"(?:\s+(?!(?:so|but|because|since|then|whereas|although|though|yet)\b)[\w'’]+){0,4}\s*$", re.I)
"""A negation governing what follows: at most four words before it, within the same clause ("doesn't do deposits so I
might just go there": the "so" starts a new one)."""


_NEG_NEAR = patterns.compile(r"(?:\bnot|\bnever|n'?t|\bno)\s+(?:really\s+|actually\s+)?$", re.I)
"""A negation right before a plan ("not going to", "never going to"), not one earlier in the sentence."""


def _rx(*alts: str, quick: bool = False) -> re.Pattern[str]:
    """Whole-word alternatives, ignoring case; ``quick`` for the long ones read on every text (fastre: faster to
    match, slower to compile)."""
    return (fast if quick else patterns.compile)(r"\b(?:" + "|".join(alts) + r")\b", re.I)


def _clause(sent: str, start: int, end: int) -> str:
    """The clause around a match: cut at ; , but — within the sentence, at most ~160 chars."""
    lo = max(sent.rfind(c, 0, start) for c in (";", "—", " but ", ":"))
    hi_candidates = [i for i in (sent.find(c, end) for c in (";", "—", " but ")) if i != -1]
    hi = min(hi_candidates) if hi_candidates else len(sent)
    words = sent[lo + 1 if lo >= 0 else 0:hi].strip(" ,;—:\n")
    return words if len(words) <= 200 else words[:200].rstrip() + "…"


def _hits(text: str, rx: re.Pattern[str], limit: int = 20):
    """(sentence, match-in-sentence offsets) for the first match of ``rx`` in each sentence.

    One scan of the whole text, then each match is placed in its sentence: linear in the text.
    """
    sents: tuple[tuple[int, str], ...] = ()
    starts: list[int] = []
    seen: set[int] = set()
    for m in rx.finditer(text):
        if not starts:  # the sentences only once something matched
            sents = sentences(text)
            starts = [start for start, _ in sents]
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or i in seen:
            continue
        start, sent = sents[i]
        if m.end() > start + len(sent):
            continue
        seen.add(i)
        yield sent, m.start() - start, m.end() - start
        if len(seen) >= limit:
            return


def find(text: str, rx: re.Pattern[str], negatable: bool = True) -> list[str]:
    """Clauses where ``rx`` matches and is not negated just before."""
    out = []
    for sent, a, b in _hits(text, rx):
        if negatable and _NEG.search(sent[max(0, a - 40):a]):
            continue
        out.append(_clause(sent, a, b))
    return out


def find_negated(text: str, rx: re.Pattern[str]) -> list[str]:
    return [_clause(sent, a, b) for sent, a, b in _hits(text, rx) if _NEG.search(sent[max(0, a - 40):a])]


_ROLES: list[tuple[str, re.Pattern[str]]] = [
    ("buyer", _rx(r"i'?m (?:the )?buyer", r"i am (?:the )?buyer", r"i'?m buying", r"i am buying", r"want to buy", r"looking to buy",
                  r"trying to buy", r"i'?m purchasing", r"(?:the|this) (?:guy|seller|owner|dealer|dealership|private seller) (?:wants|is asking|asks|is selling|listed)", r"buying (?:a|an|the|my|his|her|their)", r"i'?m the purchaser",
                  r"out the door|\botd\b", r"(?:at|in) the (?:\w+ )?(?:dealer|dealership|showroom)\b(?! (?:wants to buy|offered me|will buy))", r"test[- ]?dr(?:ove|ive|iving)")),
    ("buyer", _rx(r"(?:go(?:ing)?|went|head(?:ing)?|return(?:ing)?|come|coming) back to the (?:\w+ )?(?:dealer|dealership|showroom|car lot|lot)\b(?! (?:to sell|with my))",
                  r"(?:the )?sticker(?: price)?(?: is| was| of| at|:)? ?[$€£]?\d", r"the (?:salesman|salesperson|sales guy|sales rep|sales manager|finance guy|f&i (?:guy|manager))\b")),
    ("seller", _rx(r"i'?m (?:the )?seller", r"i am (?:the )?seller", r"i'?m selling", r"i am selling", r"want to sell", r"looking to sell",
                   r"trying to sell", r"selling (?:my|our)", r"(?:be )?open to selling", r"raising (?:a |an |our |my )?(?:pre-?seed|seed|series [a-e]|angel|funding|bridge)(?: round)?", r"(?:^|(?<=[.!?]\s)|(?<=\n))selling (?:a|an|the|this)\b", r"i listed", r"we listed", r"i'?m the vendor of",
                   r"(?:i|we)(?:'ve| have| just|'ve just| have just) (?:sold|agreed to sell) (?:my|our)", r"(?:i|we) agreed to sell (?:my|our)", r"(?:loi|letter of intent|term sheet|heads of terms|purchase agreement|sale agreement|contract) to sell (?:my|our)\b", r"(?<![\w,] )(?<!\w)sold (?:my|our) (?:\w+ ){0,5}?to (?:a|an|the|some|this|one)\b",
                   r"buy (?:me|us) out", r"(?:made|make|put in|submitted|sent) (?:me |us )?(?:an|a|their|his|her) (?:\w+ )?offer (?:on|for) (?:my|our)\b", r"buy(?:ing)? out my (?:half|share|stake|part)", r"for my (?:half|share|stake)\b")),
    ("candidate", _rx(r"i'?m the candidate", r"job offer", r"offer letter", r"my salary", r"salary negotiation", r"i'?ve been offered", r"my (?:current )?(?:salary|base pay|base)\b", r"(?:the )?new (?:place|employer|company) (?:is offering|offered|pays)",
                      r"i got an offer", r"i received an offer", r"the recruiter", r"hiring manager (?:offered|said|came)", r"ask(?:ing)? for a raise",
                      r"a raise", r"my (?:current )?(?:employer|boss|manager)", r"new job", r"the role pays", r"base salary", r"starting salary",
                      r"hiring manager", r"(?:another|other) finalist", r"pay cut", r"trial shift", r"(?:wants|want|hire|hired|offered) me(?! (?:(?:for|on) (?:the|a|an|their|this|my|some)\b|to (?:do|design|draw|illustrate|paint|shoot|write|build|make|photograph|edit|translate|quote|price|reply|respond|tell|say|email|text|call|ask|push|threaten|counter|accept|sign|check|send|pull|walk|drop|cancel|switch|negotiate|hold)\b))", r"\d+k base", r"base (?:of|plus)",
                      r"signing bonus", r"(?:my|the) (?:start|starting) date", r"interview(?:ed|ing)?")),
    ("employer", _rx(r"i'?m (?:the )?(?:hiring manager|employer|recruiter)", r"i'?m hiring", r"we'?re hiring", r"our candidate",
                     r"(?:make|making|extend|extending|send|sending) (?:an |the |our )?(?:job )?offer to (?:a |an |the |her|him|them|our|this)",
                     r"(?:the |our |a )?candidate (?:wants|asked|is asking|countered|replied|came back|accepted|declined)",
                     r"hiring (?:a|an) (?:[\w-]+ ){0,3}(?:for|to join|into) (?:our|my|the) ", r"hr (?:approved|signed off on|cleared|gave) (?:me|us)\b", r"hire (?:a|an|this|the) ", r"my employee", r"i'?m the employer")),
    ("tenant", _rx(r"i'?m (?:the )?tenant", r"my landlord", r"renting (?:a|an|the) (?:apartment|flat|place|house|room|unit)",
                   r"the landlord", r"landlord (?:is|wants|says|said|has|raised|is raising|is pushing|pushed|emailed|texted)", r"(?:landlord|lessor)['’]s (?:renewal|letter|notice|proposal|offer|email|terms|rent)", r"(?:meeting|meet(?:ing)? with|call with|negotiating with|talking to) (?:the |a |our |my )?(?:landlord|lessor)\b(?! (?:wants to (?:rent|let|lease)))", r"i rent", r"lease renewal", r"my rent", r"apartment I", r"looking to rent")),
    ("landlord", _rx(r"i'?m (?:the )?landlord", r"my tenants?", r"renting out", r"rent out", r"our tenant", r"the tenant (?:wants|asked|offered)",
                     r"(?:i'?m|i am|we'?re|we are) (?:letting|renting) out", r"letting out (?:my|our|a|the)",
                     r"(?<!been a )(?<!been an )tenants? of (?:\d+|a few|many|several|two|three|four|five|six|seven|eight|nine|ten|\w+) (?:years?|yrs)",
                     r"(?:i'?d|we'?d|i|we|rather|have to|could|can|would|will|then) re-?let(?:ting)?(?! (?:for|from) me)")),
    ("client", _rx(r"i'?m (?:the )?client", r"(?:got|get|getting|have|had) (?:\d+|a few|several|some|two|three|four) (?:\w+ )?(?:quotes|bids|estimates)", r"the (?:vendor|supplier|contractor|freelancer|agency|consultant) (?:quoted|offered|wants|is asking|asked|charges|said)",
                   r"hire (?:a )?(?:contractor|freelancer|agency|consultant)", r"their quote", r"quoted (?:me|us)", r"our (?:\w+ ){0,3}(?:vendor|supplier|provider|distributor|wholesaler|manufacturer|carrier|printer|agency)s?\b",
                   r"(?:is|are|'s|'re) (?:raising|increasing|hiking|putting up|bumping up|pushing up) (?:the |their |its |our )?(?:prices?|rates?|fees?|premiums?|subscription|licen[cs]e fees?)", r"(?:we|i) buy", r"purchasing", r"(?:our|my) (?:\w+ )?procurement", r"(?<!their )(?<!their new )(?<!a new )(?<!\()(?<!'s )(?<!’s )(?<!'s new )procurement(?! (?:guy|lead|person|manager|team|officer|people|director|head) (?:sent|emailed|wrote|said|asked|replied|came back|wants|is pushing|pushed|sits|joined|came in))(?!,? \((?:a|an|the) )(?! (?:now )?(?:sits|sat|joined|joins|came|comes|got involved|is involved|is on the call))",
                   r"renewal (?:call|quote)", r"(?:the|our) (?:rep|ae|account exec)",
                   r"our (?:\w+ ){0,2}(?:molder|moulder|fabricator|foundry|co-?packer|contract manufacturer|machine shop|die caster|extruder)s?\b",
                   r"(?:we|i) (?:currently |already )?pay (?:our|my|the) (?:\w+ ){0,2}(?:agency|vendor|supplier|provider|contractor|consultant|freelancer|developer|designer|distributor|cleaners?|accountant|lawyer|firm)",
                   r"(?:our|my) (?:current )?account manager",
                   r"(?:we|i) (?:ran|run|are running|'re running|issued|put out|sent out|launched) (?:an? |the |our )?(?:rfp|rfq|rfi|tender|bid process)",
                   r"(?:we|i|we'?ve|i'?ve|we have|i have|we'?re|we are) (?:went|gone|go|going|put it|put (?:the|our) \w+) out to (?:tender|bid)", r"award(?:ed|ing)? (?:it |the (?:\w+ )?(?:contract|tender|work|job|business|account) )to (?!us\b|me\b)",
                   r"(?<!we're )(?<!we are )(?<!i am )(?<!i'm )(?<!we're the )(?<!we are the )(?<!i am the )(?<!i'm the )(?<!as the )(?<!as )(?:(?:the|our) )?incumbent\b(?!(?:[^.;!?\n]|\.(?=\d))*?\b(?:we|i) (?:bid|tendered|quoted|came in|undercut))[^.;!?]{0,40}?\b(?:bid|quoted|tendered|came in)",
                   r"lessors? (?:is|are|was) (?:at|asking|quoting|offering)", r"lessors? (?:quoted|wants?|charges?|offered)",
                   r"(?:hire|rental|leasing|plant hire|equipment) (?:company|firm|yard|shop|outfit) (?:quoted|is at|wants|is asking|charges|offered)")),
    ("vendor", _rx(r"i'?m (?:the )?(?:vendor|supplier|freelancer|contractor|consultant|agency)",
                   r"i'?m an? (?:[\w-]+ )?(?:ae|account exec(?:utive)?|sales ?(?:rep|person|man|woman|manager|director|lead)|salesperson)\b", r"\((?:[\w-]+ )?(?:ae|account exec)\)",
                   r"(?:their|the client'?s|the customer'?s|the prospect'?s) (?:new )?(?:procurement|purchasing|buyer)\b", r"(?<!work in )(?<!work for )(?:a|an|the) (?:[\w-]+ ){0,3}?[\w-]+['’]s (?:new )?(?:procurement|purchasing)\b",
                   # the work we have done for a customer, told by the one who did it: "We've run paid social for a regional grocery chain for six years"
                   r"we(?:'ve| have)(?: been)? (?:run|ran|running|handled|handling|managed|managing|done|doing|looked after|looking after|supplied|supplying|serviced|servicing|cleaned|cleaning|maintained|maintaining|built|building|designed|designing|delivered|delivering|hauled|hauling|printed|printing) (?:[\w-]+ ){0,4}?for (?:a|an|the|this|that) (?:[\w-]+ ){0,3}?(?:chain|brand|retailer|client|customer|company|firm|operator|group|business|hotel|school|hospital|university|council|grocer|supermarket|distributor|franchise|store|stores|shops?)\b(?! (?:i|we) work (?:at|for)\b)", r"(?:they have|they'?ve got|they hired) (?:a |an )?(?:new )?procurement", r"\(procurement\)",
                   r"(?<!our )(?<!my )procurement (?:guy|lead|person|manager|team|officer|people|director|head) (?:sent|emailed|wrote|said|asked|replied|came back|wants|is pushing|pushed)",
                   r"(?:we|i) sell (?!(?:my|our|it|the|this|that|them|him|her)\b)", r"(?:we|i) (?:bill|invoice|charge) (?:them |the client |our client |it )?(?:at )?[$€£]\s?\d+",
                   r"we'?re an? (?:[\w-]+ ){0,4}(?:agency|consultancy|studio|supplier|manufacturer|distributor|contractor|practice)\b",
                   r"our (?:(?:single )?(?:biggest|largest|main|key|top|best|oldest|anchor) )clients?\b", r"client of (?:\d+|many|several|two|three|four|five|ten) years", r"my (?:client|customer)s?", r"i'?m a (?:freelancer|contractor|consultant)",
                   r"i freelance", r"freelance", r"asked (?:me|us) (?:to |for )(?:send (?:over |them |him |her )?|give (?:them |him |her )?|submit |put together )?(?:a |my |our )?(?:quote|proposal|estimate|bid|rate|price)", r"as an? (?:freelancer|contractor|consultant|supplier|vendor)", r"my (?:rate|day rate|hourly rate|quote|proposal)", r"(?:i|we) quoted", r"we'?re quoting",
                   r"i run (?:a|an|my) (?:\w+ ){0,3}(?:shop|business|company|agency|studio|firm)",
                   # a note that opens on my own quote, subject dropped: "Quoted an HOA $48,000 for…", "Quoted a couple two and a half grand"
                   r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))quoted (?:a|an|the|this|that|some|one|my|our) (?!(?:price|figure|rate|quote|ridiculous|crazy)\b)(?![^.;!?\n]{0,60}\bby (?:a|an|the|their|his|her|some|one)\b)",
                   r"(?:we|i) (?:won|lost|are bidding on|'re bidding on|bid on|bid for|submitted|responded to|are responding to|'re responding to) (?:an? |the |their |this )?(?:\w+ )?(?:rfp|rfq|tender)",
                   r"(?:awarded|gave) (?:us|me) the (?:\w+ )?(?:contract|tender|work|job|business|account)", r"(?:i'?m|i am|as) (?:the |an |their )?account manager", r"our (?:(?:single )?(?:biggest|largest|main|key|top|best|oldest|anchor) )?customers?\b(?![-\s]?(?:support|service|success|experience|care|portal|base|data|facing|feedback|team))", r"(?:the|a|our) customer'?s? (?:wants|asked|emailed|said|threaten)", r"the client (?:wants|offered|said|asked|is asking|countered|came back|replied|pushed back)")),
    # the seller's own job title: "I'm the AE on this one", "I'm the sales rep for the account", "I do bookkeeping for a small firm"
    ("vendor", _rx(r"(?:i'?m|i am) (?:the|their) (?:ae|account exec(?:utive)?|sales ?(?:rep|person|lead)|salesperson)\b",
                   r"(?:i|we) do (?:the )?(?:bookkeeping|book-?keeping|books|accounts|payroll|cleaning|gardening|landscaping|seo|social media|copywriting|photography|web design|it support|maintenance) for (?:a|an|the|this|their|his|her|\d+)\b")),
]


_CLIENT_HIRE = _rx(r"(?:hire|hiring|hired|engage|engaging|contract(?:ing)?) (?:a |an |the |this |our )?(?:contractor|freelancer|agency|consultant|plumber|builder|designer|developer|"
                   r"electrician|roofer|lawyer|architect|photographer|caterer|vendor|supplier)",
                   # a noted history whose other side is the hired party: "Contractor: €310k -> €300k", "Builder - 48k, 45k"
                   r"(?m:^)[ \t>*•-]*(?:(?:the|our) )?(?:contractor|builder|fitter|fit-?out contractor|agency|supplier|vendor|installer|developer|plumber|electrician|roofer)(?=[ \t]*[:\-–][ \t]*[$€£]?\d)")


_EXPLICIT = patterns.compile(r"\b(?:i(?:'m| am)|we(?:'re| are)) (?:the |a |an |on the )?(buyer|seller|candidate|employee|employer|tenant|landlord|client|customer|vendor|supplier|"
                             r"freelancer|contractor|consultant|hiring manager|recruiter|purchaser)s?\b(?! side)|\b(?:i'?m|we'?re) on the (buyer|seller|vendor|customer|client|supplier)(?:'s)? side", re.I)
_ROLE_WORD = {"hiring manager": "employer", "recruiter": "employer", "customer": "client", "purchaser": "buyer"}


def explicit_role(text: str) -> str | None:
    """A role the user states outright ("I'm the seller", "we're the customer", "I'm on the vendor side")."""
    m = _EXPLICIT.search(text)
    if not m:
        return None
    word = (m.group(1) or m.group(2)).lower()
    return _ROLE_WORD.get(word, word)


_THEY_PAY_NOW = _rx(r"(?:she|he|they) (?:currently |already )?(?:pays?|is paying|are paying|'s paying|'re paying) (?:me )?[$€£]?\s?\d[\d,.]*k?"
                    r"(?: (?:a|per|each) (?:month|week)| pcm| pw| monthly| weekly)? (?:now|currently|at the moment|today|at present)")
_RENTAL = _rx(r"tenants?|lease|rent(?:al|ed|ing)?|re-?let")


def read_role(text: str) -> str | None:
    """Who the user is: the first role whose cue appears, explicit claims first. "She pays $1,900 now" said of
    a tenant (in a text about a lease or rent) is a landlord's cue."""
    explicit = explicit_role(text)
    if explicit:
        return explicit
    if _CLIENT_HIRE.search(text):
        return "client"
    best: tuple[int, str] | None = None
    for role, rx in _ROLES:
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), role)
    m = _THEY_PAY_NOW.search(text)
    if m and _RENTAL.search(text) and (best is None or m.start() < best[0]):
        best = (m.start(), "landlord")
    return best[1] if best else None


def wants_for(role: str | None) -> str | None:
    return lexicon.ROLE_WANTS.get(role or "")


_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_WHEN = (r"(?:today|tonight|tomorrow|tmrw|tmr|tomoz|tomorow|2moro|this (?:week(?:end)?|afternoon|evening|morning)|"
         r"(?:by|until|till|til|'?til|before|on|at|up to) (?:the )?(?:" + _WEEKDAY + r"|noon|midday|midnight|\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|o'?clock)|\d{1,2}(?:st|nd|rd|th)|"
         r"end of (?:day|play|business|(?:the )?(?:day|week|month|quarter|year)|" + _MONTH + r")|close of (?:business|play)|cob|eod|eow|weekend|(?:first|start) of (?:the )?(?:month|week)|"
         + _MONTH + r" \d{1,2}|(?:next|this) \w+)|"
         r"(?:in|within|inside) (?:the next |a |an |the )?(?:\d+|one|two|three|four|five|a few|a couple(?: of)?)? ?(?:hours?|hrs?|days?|weeks?|h\b)|"
         r"\d+[- ]?(?:hour|hr|day)s?\b|(?:right )?now\b|asap|immediately|on the spot|straight away|same day|by return)")
_DECIDE = (r"(?:decide|decision|answer|reply|respond|response|hear back|know|confirm(?:ation)?|commit(?:ment)?|sign|signature|signed|accept(?:ance)?|say yes|a yes|yes or no|"
           r"deposit|(?:the )?(?:money|payment|cash)|paid|offers? in|bids? in|wrap(?:ped)? (?:it |this |things )?up|expir(?:es?|ing|y)|laps(?:es?|ing)|ends|ending|stands|(?:is |only )?(?:good|valid|open)|on the table|"
           r"match(?: it| that| the offer)?|beat (?:it|that|the offer)|hold(?:ing)? (?:it|the \w+|onto it)(?: for (?:me|us))?|gone|pulled|withdrawn|goes up|go up|rises|disappear\w*|clock|move (?:fast|quick(?:ly)?)|act (?:fast|quick(?:ly)?))")
_PRESSED = (r"(?:want|wants|wanted|need|needs|needed|expect|expects|asking for|asked for|pushing for|pushed for|push(?:ing)? (?:me|us) (?:to|for)|chasing (?:me|us)?|(?:have|has|'ve got|got) to|must|gotta|"
            r"(?:gave|given|giving|give) (?:me|us)|(?:have|has|'ve got|got) (?:until|till|til)|only)")
_DEADLINE = _rx(r"by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|end of (?:day|week|month|quarter|year)|eod|eow|noon|the \w+)",
                r"(?:offer|it|deal) (?:expires|ends|lapses)", r"expir(?:es|ing|y)", r"end of (?:the )?(?:quarter|month|year|week|day)", r"only (?:today|tonight|this week)",
                r"today only", r"deadline", r"need an answer", r"need to (?:decide|answer|respond|sign) (?:by|within|before|today|tomorrow)",
                r"within \d+ (?:hours|days)", r"within (?:24|48|72) ?h", r"exploding offer", r"before (?:monday|tuesday|wednesday|thursday|friday|the weekend|tomorrow)",
                r"now or never", r"(?:give|gives|giving|gave|given) you (?:until|till|til) (?:the )?\w+(?: \w+)? to (?:match|decide|sign|answer|accept|commit|confirm|reply|respond|beat)", r"(?:increase|rise|hike|change|pricing|prices?|rates?|rent|fees?)s?\b[^.;!?]{0,40}\beffective (?:from |as of |on )?(?:" + _MONTH + r" \d{1,2}|the \d{1,2}(?:st|nd|rd|th)|\d{1,2}(?:st|nd|rd|th)? (?:of )?" + _MONTH + r"|next (?:month|week|quarter|year)|immediately|" + _WEEKDAY + r")\b", r"only (?:good|valid|available|open) (?:today|tonight|until|till|through|for)", r"(?:good|valid|available|open) only (?:today|tonight|until|till|through|for)",
                r"need (?:a|an|our|my) (?:yes or no|answer|decision|reply|response) (?:by|before|today|tonight|tomorrow)",
                r"(?:deposit|sign|commit|decide|pay)(?: \w+){0,2} (?:today|tonight|right now|by \w+) to (?:hold|keep|secure|lock)", r"(?:good|valid) (?:until|till|through) \w+", r"first come,? first served", r"(?:respond|answer|decide) by", r"closes? (?:on|by)", r"lease (?:ends|is up)", r"(?:answer|decision|reply|response) by", r"by (?:tonight|tomorrow|the weekend|end of (?:day|week))",
                r"(?:holding|hold) it (?:for me )?(?:till|until)", r"if you can sign by", r"(?:have|has) to (?:decide|sign|commit) (?:by|before|this|today|tonight)",
                r"(?:before|by) (?:i|we) (?:leave|move|emigrate|fly)", r"(?:good|valid) for \d+ (?:days|hours)", r"(?:gone|taken) by (?:the )?(?:weekend|\w+day)",
                r"laps(?:es|ing|e)", r"(?:only )?(?:held|holding|reserved|on hold) (?:until|till|through|for (?:us )?(?:until|till)) (?:the )?(?:\w+day|tomorrow|tonight|end|\d{1,2}(?:st|nd|rd|th)?\b)",
                r"(?:renewal|contract|lease|offer) (?:date|deadline) is (?:the )?\d{1,2}(?:st|nd|rd|th)?\b[^.;!?]{0,30}\b(?:\d+|a few|two|three) days (?:from now|away|left)",
                r"(?:sign|commit|decide) by then", r"(?:i|we) (?:start|begin) (?:a |the |my |our )?new (?:job|role|position|lease|contract) (?:on |this |next )?(?:\w+day|tomorrow|week)", r"(?:if|unless) (?:i|we|you) (?:don'?t|do not|can'?t|haven'?t) (?:commit|sign|decide|answer|confirm|accept|pay|put down|reply|respond)(?: \w+){0,3}? (?:by|before|today|tonight|tomorrow|within)", r"(?:given|gave|giving|give) (?:me|us) (?:\d+|a few|one|two|three|a couple of) (?:hours?|days?|weeks?) to", r"(?:commit|sign|confirm|accept|reply|choose) (?:by|before) (?:tomorrow|tonight|today|noon|midnight|the \w+|end|\w+day|\d)", r"(?:expires?|runs? out|(?:will be |gets |is )?withdrawn|(?:is )?(?:open|valid|good|on the table) (?:until|till|through|to))(?: on| at| by)? (?:the )?(?:\w+day|tomorrow|tonight|midnight|noon|end|\d{1,2}(?:st|nd|rd|th)?\b)",
                r"(?:must|have to|has to|need to|needs to|got to|gotta|ha(?:ve|s) until \w+ to|asked (?:me|us) to|want(?:s)? (?:me|us) to) (?:decide|sign|commit|answer|respond|choose|confirm|accept|reply|say yes)(?: \w+){0,3}? (?:tonight|today|tomorrow|by|before|this week(?:end)?|within|now|right (?:now|away)|immediately|asap|on the spot)",
                r"(?:want|wants|need|needs|expect|expects|asked for|asking for) (?:a |an |my |our )?(?:decision|answer|reply|response|yes or no|signature)(?: \w+){0,2}? (?:by|before|today|tonight|tomorrow|within|this week|on the spot|asap|immediately)",
                r"(?:decide|sign|answer|choose) (?:tonight|today|on the spot|right now|by tomorrow|by \w+day)", r"(?:viewing|seeing|looking at) it tomorrow", r"won'?t (?:hold|wait|keep) (?:it|the \w+|the offer)(?: \w+){0,2}? (?:past|beyond|after|longer)",
                # a decision word and a point in time in one clause: "need an answer by close of business Friday", "a yes today", "holding it until tomorrow"
                _PRESSED + r"(?: [\w'’,-]+){0,6}? " + _DECIDE + r"(?: [\w'’,-]+){0,7}? " + _WHEN,
                r"(?:decision|answer|a yes|yes or no|signature|confirmation|commitment|acceptance|deposit|offers? in|bids? in|ends|ending|runs out|running out|is up|expir(?:es?|ing|y)|laps(?:es?|ing))(?: [\w'’-]+){0,3}? " + _WHEN,
                r"(?:decide|reply|respond|response|hear back|confirm|commit|sign|accept)(?: [\w'’-]+){0,3}? " + _WHEN,
                r"(?:offer|deal|price|quote|discount|rate|promo\w*|rebate|sale|pricing|number|figure|package|it|this|that|which)(?:'s)?(?: [\w'’-]+){0,4}? "
                r"(?:stands|ends|closes|(?:is |stays |remains |will be )?(?:only )?(?:open|good|valid|available|on the table|live))(?: [\w'’-]+){0,2}? " + _WHEN,
                r"(?:have|has|'ve got|got|given|gave|give|giving|get|gets) (?:me |us )?(?:until|till|til|" + _WHEN + r")(?: [\w'’-]+){0,5}? to (?:decide|sign|answer|accept|commit|confirm|say yes|reply|respond|choose|pay|put down|make up)",
                r"(?:other|another|more|two|three|several|a few|a couple of|some) (?:\w+ )?(?:buyers|people|viewers|viewings|bidders|applicants|tenants|candidates|interested parties|offers) (?:are |is )?(?:coming|viewing|booked|due|lined up|looking|seeing)(?: [\w'’-]+){0,3}? (?:today|tonight|tomorrow|this \w+|on \w+day|" + _WEEKDAY + r")",
                r"(?:someone|somebody|people|a buyer|another buyer|others) (?:else )?(?:is |are )?(?:coming|viewing|booked|seeing|looking at) (?:it |the \w+ )?(?:today|tonight|tomorrow|this \w+|on \w+day|" + _WEEKDAY + r")",
                r"(?:viewing|viewings|showing|showings) (?:\w+ ){0,3}(?:this (?:weekend|week)|tomorrow|on " + _WEEKDAY + r")",
                r"(?:need|needs|have|has|got|gotta) to (?:move|act|decide|be) (?:fast|quick(?:ly)?|now|soon)", r"(?:clock is ticking|ticking clock|time[- ]limited|limited[- ]time|time limit|(?:\d+[- ]?(?:hour|hr|day)|short) (?:clock|window|deadline))",
                r"(?:before|by the time) (?:he|she|they|i|we) (?:leave|leaves|fly|flies|move|moves|go|goes|relocate|relocates)",
                r"(?:price|rate|rent|offer|discount|promo\w*|deal|pricing|quote|rebate|incentive|special|sale|bonus|voucher|cashback)(?: [\w'’-]+){0,3}? (?:goes up|go up|increases|rises|ends|expires|disappears|lapses|runs out|is withdrawn)", quick=True)
_DEADLINE = _rx(_DEADLINE.pattern,
                # "before quarter end", "by month-end", "to get it signed before year end": a period's end is a date
                r"(?:before|by|until|till|ahead of) (?:the )?(?:quarter|month|year|fiscal year|fy|financial year|half)[- ]end\b",
                # "by end of next week", "by the end of next month"
                r"by (?:the )?end of (?:next|this) (?:week|month|quarter|year)\b",
                # "they gave me until Friday", "the offer will be withdrawn after that": a cut-off set on the user
                r"(?:gave|given|give|gives|giving) (?:me|us) (?:until|till|til) (?:the )?(?:end of )?(?:\w+day|tomorrow|tonight|noon|next week|the weekend|" + _MONTH + r")\b",
                r"(?:offer|deal|price|quote|discount|rate|package)(?: [\w'’-]+){0,2}? (?:will|would|'ll) be (?:withdrawn|pulled|rescinded|revoked|taken off the table)",
                # a short runway is a clock on the user: "runway is about 4 months", "three months of cash left" (18 months is not)
                r"runway (?:is |of )?(?:only |just |about |around |roughly |~|under |less than )?(?:[1-6]|one|two|three|four|five|six|a few|a couple of)\s?(?:weeks?|months?|mos?)\b",
                r"(?:[1-6]|one|two|three|four|five|six|a few|a couple of)\s?(?:weeks?|months?|mos?) (?:of )?(?:runway|cash left|money left|cash in the bank)",
                r"(?:cash|money|runway) (?:runs|will run|is running) out in (?:about |around |roughly |~)?(?:[1-6]|one|two|three|four|five|six|a few|a couple of)\s?(?:weeks?|months?)")
_NO_DEADLINE = _rx(r"no (?:real |hard |firm )?(?:deadline|rush|hurry|time pressure)", r"not in a (?:rush|hurry)", r"no time pressure", r"plenty of time",
                   r"take (?:your|my|our|their) time", r"(?:whenever|when) (?:i'?m|you'?re|we'?re) ready", r"no pressure", r"as long as (?:i|we|you) (?:need|like|want)")

_FAMILY = (r"(?:dad|father|mum|mom|mother|parents?|brother|sister|sibling|son|daughter|uncle|aunt(?:ie)?|cousin|nephew|niece|grand(?:ma|pa|mother|father|parents?|son|daughter)|"
           r"in-?laws?|(?:brother|sister|father|mother|son|daughter)[- ]in[- ]law|step-?(?:dad|mum|mom|father|mother|brother|sister|son|daughter)|"
           r"(?:best |close |old |good )?(?:mate|buddy|pal|friend)|flat-?mate|room-?mate|house-?mate|neighbou?r|ex(?:-wife|-husband|-partner)?|girlfriend|boyfriend|"
           r"colleague|co-?worker|workmate|teammate|family|mentor|old boss|former boss|ex-?boss)")
_RELATIONSHIP = _rx(r"current (?:employer|boss|manager|company|job)", r"my (?:employer|boss|manager)", r"long(?:est)?[- ]?(?:time|term|standing|serving) (?:client|customer|partner|supplier|vendor|relationship|tenant|landlord|account|contractor|agency|employer)",
                    r"(?:sell(?:ing)?|sold|rent(?:ing)?|let(?:ting)?|leas(?:e|ing)|lend(?:ing)?|buy(?:ing)?|bought|negotiat\w+|haggl\w+|deal(?:ing)?)(?: [\w'’-]+){0,4}? (?:to|from|with) (?:my|our) (?:own |old |close )?" + _FAMILY,
                    r"my (?:own |old |close )?" + _FAMILY + r"(?:'s \w+)?(?: [\w'’-]+){0,2}? (?:wants|wanted|offered|is offering|has offered|asked|is asking|asks|would like|'d like|is interested|is keen|is buying|is selling|is renting|countered|agreed|has been renting|rents|pays)",
                    r"(?:keep|continue|carry on|still be|go on|going to be|will be|'ll be|plan to keep|want to keep) (?:renting|leasing|working|buying|ordering|dealing|doing business|living|supplying|using)(?: [\w'’-]+){0,2}? (?:from|with|for|there|them|him|her)",
                    r"for (?:many )?years to come", r"(?:after|beyond|past) this (?:project|deal|job|contract|sale|lease|one|renewal|round)",
                    r"(?:we|i|we'?re|i'?m|we are|i am)(?: \w+)? (?:depend|rely|dependent|reliant)(?: \w+)? on", r"(?:supplier|vendor|client|customer|partner|landlord)s? (?:we|i) (?:\w+ )?(?:depend|rely) on",
                    r"(?:only|sole|single|primary|critical|core|longest|longstanding|key|main|biggest|largest|anchor|oldest) (?:supplier|vendor|source|customer|client|buyer|distributor|partner|account|wholesaler|manufacturer|retailer|stockist|agency|contractor)",
                    r"(?:can'?t|cannot|couldn'?t) (?:afford to )?(?:lose|replace|burn (?:the |this )?bridge(?:s)? with) (?:them|him|her|this (?:client|customer|supplier|account))",
                    r"(?:burn|burning) (?:the |any |this |our |my )?bridges?", r"(?:don'?t|do not|doesn'?t|not) (?:want|wanting|looking|trying|going) to (?:burn|sour|damage|ruin|upset|annoy|alienate|fall out|piss off|offend)",
                    r"(?:burn|burning|los(?:e|ing)|risk(?:ing)?|piss(?:ing)? off|upset(?:ting)?) (?:a |an |the |our |my |this )?(?:\w+[- ](?:year|yr)s?|\d+[- ]?(?:year|yr)s?|decade)[- ](?:old )?(?:customer|client|account|partner|supplier|vendor|tenant|landlord|relationship)",
                    r"(?:\w+|\d+)[- ](?:year|yr) (?:customer|client|account|partner|supplier|vendor|tenant|relationship)",
                    r"co-?own(?:s|ed|er|ers|ership)?\b", r"family (?:business|firm|company|farm|shop)", r"(?:sour|damage|ruin|hurt|spoil) (?:the |our |my |this )?(?:relationship|friendship|working relationship)",
                    r"(?:client|customer|supplier|vendor|partner|tenant|landlord) (?:of|for) (?:\w+ )?(?:years|a decade)", r"(?:for|of) (?:\d+|many|several|a few|ten|five|years) (?:years|yrs)",
                    # how long we have served them: "we've run their paid social for six years", "she's been renting from us for seven years"
                    r"(?:'ve|have|has|'s)(?: been)? (?:run|worked|done|handled|managed|supplied|served|serviced|rented|leased|looked after|partnered|dealt|cleaned|maintained|"
                    r"been (?:with|working|supplying|renting|leasing|doing|running|handling|managing|cleaning|their|our|his|her))\b[^.;!?\n]{0,60}? for (?:two|three|four|five|six|seven|eight|nine|eleven|twelve|thirteen|fourteen|fifteen|twenty) (?:years|yrs)", r"(?<=\()\d+ (?:years|yrs)(?=[,;)]| (?:with|together|now|as (?:our|my)))", r"over the years",
                    # "she'd be reporting directly to me", "he'll be on my team", "don't want to start off on a sour note", "they've bailed us out more than once"
                    r"(?:he|she|they|who)(?:'d| would| will|'ll)? (?:be )?report(?:ing|s)? (?:directly |straight )?(?:in)?to (?:me|us)\b", r"(?:(?:he|she|they)(?:'d|'ll)|(?<!\bi )(?<!\bwe )(?:would|will)) be (?:on|joining) (?:my|our) (?:\w+ )?team",
                    r"(?:don'?t|do not|doesn'?t|not) (?:want|wanting|looking|trying|going) to (?:start|get|kick) (?:things |us |it |this |the relationship )?(?:off )?on (?:a|the) (?:sour|bad|wrong|negative|bitter|awkward) (?:note|foot)",
                    r"(?:bailed|helped|dug|got) (?:us|me) out (?:of (?:a )?(?:\w+ )?(?:jam|hole|spot|bind) )?(?:more than once|many times|several times|a few times|a couple of times|before|in the past|over the years|every \w+)",
                    r"(?:biggest|largest|main|oldest|best|key|anchor) (?:client|customer|account|supplier)",
                    r"(?:don'?t|do not) want (?:this|it|things) to (?:turn|get|go) (?:nasty|ugly|sour|awkward|bad|personal)", r"(?:still )?need (?:him|her|them) to finish",
                    r"business partner", r"co-?founder", r"(?:family|friend|neighbo(?:u)?r|colleague|coworker|co-worker)(?!s? (?:at|from|in|who work|working|told|said|says|put|get|make|earn))", r"ongoing relationship",
                    r"(?:been|worked) with (?:me|us|them) (?:for )?(?:\d+|many|several|a few|ten|five|eleven|twelve)", r"(?:have|has|'ve) (?:supplied|served|worked with|been with) (?:us|me|them) for",
                    r"work with (?:them|him|her) (?:again|every day|for years)", r"(?:repeat|regular|returning|loyal|long-?time) (?:business|customers?|clients?|buyers?|guests?|tenants?|accounts?)",
                    r"(?:book|order|buy|rent|hire|use|come back to|return to|work with)(?: [\w'’-]+){0,4}? (?:with|from|through|to) (?:us|me|them|him|her) (?:every|each) (?:year|season|summer|winter|spring|month|quarter|week|time)", r"renew(?:al)?", r"raise", quick=True)
_RELATIONSHIP = _rx(_RELATIONSHIP.pattern,
                    # "I've been here 4 years, never late once", "we've rented from him six years", a note's "Been here 6 years": a long tenancy or tie, told without "for"
                    r"(?:(?:i'?ve|we'?ve|i have|we have) (?:been|lived|rented|worked|stayed)|(?:(?m:^)|(?<=[.!?;:] ))been) (?:here|there|in (?:the|this|that) (?:flat|house|place|apartment|unit)|with (?:them|him|her)|from (?:them|him|her)) (?:for )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) (?:years|yrs)")
# a tie told in the plural or as a pair: "we've been friends since college", "my brother and I are splitting mom's care",
# "me and my sister share the bills": the one across the table is family or a friend, and stays so after the deal
_RELATIONSHIP = _rx(_RELATIONSHIP.pattern,
                    r"(?:been|are|were|stayed|remained) (?:best |close |good |old )?(?:friends|mates|buddies|pals|neighbou?rs|colleagues)(?: (?:since|for|from)\b| with (?:her|him|them))",
                    r"(?:friends|mates|buddies|pals) (?:since|for) (?:college|uni|university|school|high school|childhood|kindergarten|years|ages|decades|\d+|ten|twenty|fifteen)",
                    r"(?:my|our) " + _FAMILY + r" and (?:i|me)\b(?= (?:(?:are|were|have been|had been|'ve been|'re|can'?t|keep|always|usually|still) )?(?:split\w*|shar(?:e|es|ed|ing)|divid\w*|disagree\w*|argu\w*|fight\w*|fell out|falling out|negotiat\w*|(?:sort|work)(?:ing)? out (?:how|who|what)))",
                    r"(?:i|me) and my " + _FAMILY + r"\b(?= (?:(?:are|were|have been|had been|'ve been|'re|can'?t|keep|always|usually|still) )?(?:split\w*|shar(?:e|es|ed|ing)|divid\w*|disagree\w*|argu\w*|fight\w*|fell out|falling out|negotiat\w*|(?:sort|work)(?:ing)? out (?:how|who|what)))")
# a family being split, not a stranger across the table: "going through a divorce, we have two kids", "my ex-wife wants the car"
_RELATIONSHIP = _rx(_RELATIONSHIP.pattern,
                    r"(?:going through|in the middle of|finali[sz]ing|negotiating|mid-?) ?(?:a |the |our |my )?(?:divorce|separation)(?! (?:agreement|package|pay|letter|terms))|co-?parent(?:s|ing)?|(?:my|our) (?:ex-?wife|ex-?husband|ex-?partner|soon-to-be[- ]ex(?:-?wife|-?husband)?)",
                    r"(?:we|i) (?:have|share|'ve got|have got) (?:\w+ )?(?:kids|children)(?: together)?(?=[^.;!?\n]{0,80}\b(?:divorc\w*|separat\w*|ex\b|split|custody))|(?:divorc\w*|separat(?:ing|ed|ion)|custody)\b[^.;!?\n]{0,80}?\b(?:we|i) (?:have|share|'ve got) (?:\w+ )?(?:kids|children)")
_ASSUMPTION = _rx(r"(?:they|he|she|the \w+) (?:definitely|certainly|surely|obviously|clearly|must|absolutely) (?:need|want|can'?t|won'?t|will|have|be|are|is|has)",
                  r"i know (?:they|he|she|the \w+) (?:can'?t|won'?t|will|need|want|have|are|is|has|don'?t|doesn'?t)", r"(?:they|he|she)(?:'re| are| is|'s) (?:desperate|obviously|definitely)",
                  r"(?:they|he|she) must be (?:desperate|struggling|in a hurry|losing)", r"no way (?:they|he|she) (?:will|would|can)", r"i'?m sure (?:they|he|she)",
                  r"(?:they|he|she) (?:will|'ll) (?:never|definitely|certainly) ", r"there'?s no way (?:they|he|she)", r"they have no (?:other|choice|alternative)",
                  r"(?:they|he|she|it)(?:'d| would) be (?:completely |totally )?(?:screwed|lost|stuck|sunk|desperate)", r"(?:they|he|she) (?:can'?t|cannot|couldn'?t) (?:replace|afford to lose|do without|find anyone)",
                  r"(?:they|he|she) (?:need|needs) (?:us|me) more", r"obviously (?:they|he|she)", r"(?:they|he|she)(?:'ll| will) (?:never )?find (?:anything|anyone|nothing)",
                  r"i'?m (?:pretty |fairly |quite |totally )?(?:sure|certain|confident|positive) (?:that )?(?:they|he|she|the \w+|nobody|no one)",
                  r"(?:they|he|she|the \w+) (?:must|has to|have to) be (?:desperate|struggling|in a hurry|losing|keen|motivated|dying)", r"(?:bet|guarantee) (?:they|he|she)",
                  r"i (?:really )?(?:think|reckon|guess|suspect|assume|believe|figure|feel like|get the (?:feeling|sense)) (?:that )?(?:they|he|she|the \w+)(?:'re| are| is|'s)? (?:really |definitely |clearly |obviously |probably |must |totally |badly )*"
                  r"(?:need(?:s)? (?:someone|somebody|this|the|me|us|to (?:sell|fill|hire|close|rent|move|sign))|desperate|can'?t (?:afford|replace|find|do without|say no)|won'?t (?:find|get) (?:anyone|anything|better)|in a (?:hurry|rush|bind)|under pressure|struggling|have no (?:choice|other|alternative)|(?:are|is) (?:keen|motivated|dying))",
                  r"(?:they|he|she|the \w+) (?:obviously|clearly|surely|definitely|certainly) (?:can'?t|cannot|won'?t|need|needs|want|wants|have|has|are|is)",
                  r"(?:they|he|she|the \w+)(?:'ll| will) (?:definitely |surely |certainly |obviously )?(?:cave|fold|give in|come around|say yes|accept|agree)\b",
                  # "she basically has no choice", "this couple clearly love the place", "I'm confident someone will pay full asking",
                  # "they'll probably come back at 1,950", "he'll call back when nobody else bites", "they won't let me go"
                  r"(?:they|he|she|the \w+) (?:basically |really |just |simply |literally |pretty much )?(?:has|have|'s got|'ve got|got) no (?:other |real |better )?(?:choice|options?|alternatives?)",
                  r"(?:they|he|she|(?:the|this|that) \w+) (?:obviously|clearly|surely) (?:love|loves|adore|adores|need|needs|want|wants|like|likes)",
                  r"i'?m (?:pretty |fairly |quite |totally |very |so |100% )?(?:sure|certain|confident|positive) (?:that )?(?:someone|somebody|anyone|another \w+)(?: else)?(?:'ll| will| would| is going to| can)",
                  r"(?<!said )(?<!says )(?<!promised )(?<!told me )(?<!told us )(?<!that )(?:they|he|she|the \w+)(?:'ll| will|'d| would) (?:probably|surely|definitely|certainly|obviously|likely|almost certainly|eventually|soon) (?:come|call|crawl|run|be) (?:back|round|around)",
                  r"(?<!said )(?<!says )(?<!promised )(?<!told me )(?<!told us )(?<!that )(?:they|he|she|the \w+)(?:'ll| will) (?:come|call|crawl|run) back (?:[\w'’]+ ){0,4}?(?:when|once|as soon as|after) (?:nobody|no one|no-one|i|we|they|he|she|it|the)\b",
                  r"(?<!said )(?<!says )(?<!told me )(?<!told us )(?<!that )(?:they|he|she|(?:the|my|our) \w+) (?:won'?t|wouldn'?t|would never|will never|'ll never|'d never) (?:let (?:me|us) (?:go|leave|walk)(?=\s*(?:[,.;!?)]|$|and\b|now\b|that easily|without a fight))|risk losing (?:me|us)|want to lose (?:me|us)|lose (?:me|us))\b")
_ASSUMPTION = _rx(_ASSUMPTION.pattern,
                  # "he's clearly losing interest", "they're obviously bluffing", "she's definitely not serious": a read of them, stated as fact
                  r"(?:they|he|she)(?:'re|'s| are| is) (?:clearly|obviously|definitely|surely|certainly) (?:not |just )?(?:losing|lost|bluffing|desperate|stalling|serious|interested|keen|testing|playing|fishing|lowballing|looking|shopping|done|gone|out)\b")
_COUNTERPARTY = _rx(r"(?:they|he|she|the \w+) (?:has|have|had) (?:another|other|a few|several|two|three|four|five|many|\d+)(?: other)? (?:candidates?|buyers?|offers?|bidders?|applicants?|options?|vendors?|quotes?)",
                    r"(?:they|he|she|the \w+) (?:needs?|has to|have to|must) (?:fill|sell|hire|close|move|rent|sign|find)",
                    r"(?:their|his|her) (?:budget|deadline|timeline|constraint|fiscal year|quarter|alternative|other option)",
                    r"(?:they|he|she|the \w+)(?:'re| are| is|'s) (?:under pressure|in a hurry|moving|relocating|short-?staffed|behind)",
                    r"(?:the role|the position|the job|the place|the unit|the apartment|the car|it) (?:has been|was) (?:open|vacant|listed|on the market) for",
                    r"(?:they|he|she) told me (?:they|he|she) (?:need|have|must|want|can)")
_AGREED = _rx(r"we(?:'d| had| have|'ve)? (?:already |verbally |finally )?(?:agreed|shook hands|settled|have a deal|had a deal|struck a deal|signed|shook on)", r"shook (?:hands )?on",
              r"(?:after|once|when) (?:we )?(?:agreeing|shaking hands|shaking on it|settling|we'?d (?:agreed|settled|shaken))", r"(?:as|while|when|just as|right as) we were (?:signing|shaking hands|finali[sz]ing|closing|doing the paperwork|about to sign)",
              r"agreed the (?:contract|rate|fee|number|amount|figure|rent|lease)", r"(?:the )?(?:deal|price|rate|fee|rent|number|terms|sale) (?:was|is|had been|were) (?:agreed|settled|locked in|done)", r"(?:ok(?:ay)?|alright|fine|great|sure),? (?:it'?s a )?deal\b", r"you'?ve got (?:yourself )?a deal", r"agreed (?:on|to)", r"(?:it'?s|we have|we had) a deal",
              r"deal (?:is|was) done", r"after (?:we )?(?:agreed|agreeing|shaking hands)", r"verbally agreed", r"accepted (?:their|the|his|her) offer",
              r"they accepted (?:my|our)", r"(?:i|we) (?:verbally |already )?accepted", r"(?:all|everything) (?:was )?agreed", r"(?:shook|shaken) hands",
              r"(?:we )?(?:landed|closed|signed) (?:at|on(?! (?:their|his|her|its|the other) (?:side|end))|the deal)", r"(?:we|they|he|she|(?:the|our|my) (?:client|customer|buyer|seller|landlord|tenant|candidate|owner))(?: (?:verbally|already|finally|happily|basically))? said yes(?! to (?:the|a|an|this|that|their|his|her|them)? ?(?:meeting|call|viewing|visit|interview|demo|trial|chat|coffee|idea of))",
              # the present told as a story, as people who write English as a second language do: "we agree €6.200, we shake hands"
              r"(?<!will )(?<!'ll )(?<!to )(?<!can )(?<!could )(?<!would )(?<!should )(?<!might )(?<!may )(?<!must )\bwe (?:agree (?:on |at |for )?(?=[$€£]?\d|the price|a price|the deal)|shake hands\b)", r"deal (?:agreed|struck|done)", r"agreed the (?:sale|price|deal|terms)",
              r"(?:client|customer|buyer|they|he|she) (?:signed|accepted|countersigned|approved) (?:our|my|the) (?:\w+ )?(?:proposal|quote|estimate|sow|statement of work|engagement letter|heads of terms|term sheet)",
              r"(?:signed|countersigned) (?:the )?(?:heads of terms|term sheet|letter of intent|loi)|(?:heads of terms|term sheet|loi) (?:was |were |are |is |now |all )*(?:signed|agreed)(?! (?:on|from) (?:their|his|her|its|the \w+'?s?) (?:side|end)| by (?:them|him|her|the (?:other side|landlord|seller|buyer|owner|company|client)) only)",
              # "Signed an LOI to sell my company for $1.2M", "we signed a term sheet with them": a deal told, before the paperwork
              r"(?:i|we)?(?:'ve| have)?(?<!not )(?<!n't )signed (?:a|an|our) (?:non-binding )?(?:heads of terms|term sheet|letter of intent|loi)\b(?! (?:for|from|with) (?:the other|another|a second|a rival|b\b))",
              # "Agreed with a client last week: new site…", "we agreed terms with the landlord", "Signed proposal and everything",
              # "the candidate said yes on the phone", "she gave us a verbal yes"
              r"agreed (?:terms |a (?:deal|price|rate|fee) |the (?:deal|price|rate|fee|terms) )?with (?:a|an|the|my|our|this|them|him|her)\b(?: [\w'’-]+){0,4}?(?=\s*:)|agreed (?:terms |a (?:deal|price|rate|fee) |the (?:deal|price|rate|fee|terms) )?with (?:a|an|the|my|our|this|them|him|her)\b(?: [\w'’-]+){0,4}?(?: on (?:a |the )?(?:price|rate|fee|deal|terms|sale|[$€£]?\d)| at [$€£]?\d| for [$€£]?\d)",
              r"agreed (?:terms|a deal|a price|a rate|a fee) with",
              r"(?<!for a )(?<!for the )(?<!need a )(?<!need the )(?<!want a )(?<!get a )(?<!un)signed (?:proposal|contract|sow|statement of work|agreement|offer letter|lease|engagement letter|quote|estimate)\b(?! (?:yet|back|by))",
              r"said yes (?:on|over|during) the (?:phone|call)|said yes to (?:the|our|my|his|her|their) (?:offer|price|deal|terms|number|quote|proposal|rate|package)",
              r"(?:got|gave|given|have|had|received) (?:a |the |his |her |their |our |me a |us a |me |us )?verbal (?:yes|acceptance|agreement|ok(?:ay)?|sign-?off)",
              # a note that opens on the deal: "Agreed $46,000 on the phone Tuesday", "agreed on 1,200 with her"; "he texted "deal 👍""
              r"(?<![\w,] )(?<![\w,]  )agreed (?:on |at )?(?=[$€£]\s?\d|\d[\d,.]*\s?(?:k|dollars|euros?|pounds|bucks|quid)\b)",
              r"(?:texted|replied|wrote|messaged|said|emailed)(?: (?:me|us|back))?:? [\"“‘']deal\b", quick=True)
_NO_ALTERNATIVE = patterns.compile(r"\b(?:(?:do not|don'?t|didn'?t|doesn'?t|haven'?t|have no|has no|got no|without)(?: \w+){0,2} (?:other|another|alternative|backup|competing|second|fallback)(?: \w+)?"
                                   r"|no (?:other|alternative|backup|competing|second|fallback|real) (?:offers?|options?|alternatives?|plan|choice|buyers?|candidates?|dealers?|jobs?|leads?)"
                                   r"|nothing else (?:lined up|on the table|in the pipeline)|only (?:offer|option) i have|no plan b|nowhere else to go"
                                   r"|not (?:interviewing|looking) (?:anywhere )?else"
                                   r"|(?:haven'?t|have not|hasn'?t|didn'?t|never) (?:actually |even |really |yet )*(?:started |begun |been )?(?:look(?:ing|ed)?|search(?:ing|ed)?|job[- ]hunting|applying|appl(?:y|ied))(?: (?:for|around|at|elsewhere|anywhere))?"
                                   r"|(?:nothing|no ?one|nobody) else (?:lined up|out there|available|interested|is interested|has (?:offered|bid|called|asked)|(?:in|around) (?:the|our|my) (?:area|budget|price range)|(?:we|i) (?:like|want|could))"
                                   r"|(?:no|without an?|don'?t have an?) (?:other |second |backup |fallback )?(?:job|offer|buyer|option|plan)s? (?:lined up|in hand|on the table)"
                                   r"|no fallback|no backup|all (?:my|our) eggs in (?:one|this) basket"
                                   # a candidate with no job to fall back on: "I am unemployed since 4 months", "been out of work since March"
                                   r"|(?:(?:i'?m|i am|i'?ve been|i have been)|(?:(?m:^)|(?<=[-*•:(] ))(?:currently|been|still)) (?:currently |still |now )?(?:unemployed|out of work|jobless|between jobs)\b"
                                   r"|no other (?:\w+ )?(?:customers?|clients?|buyers?|employers?|landlords?|suppliers?|vendors?|tenants?|offers?|options?|yards?|venues?|dealers?|bidders?|jobs?|places?|flats?|houses?)"
                                   r" (?:(?:even )?comes? (?:close|anywhere near)|is (?:even )?close|could replace|would replace|is interested|(?:is )?available|nearby|around here)"
                                   r"|nothing (?:big |comparable |similar |much )?(?:lined up|in the pipeline)"
                                   # none at all for the slot this deal fills: "we have zero other gigs that month", "no other bookings that weekend"
                                   r"|(?:zero|no) (?:other |more )?(?:gigs?|bookings?|shows?|jobs?|work|projects?|contracts?|clients?|customers?|offers?|buyers?|leads?|options?)\b(?= (?:lined up|booked|coming (?:up|in)|in the pipeline|that|this|for (?:that|the|this)|right now|at the moment|all|either)\b)"
                                   r"|zero (?:other )?(?:gigs?|bookings?|jobs?|work|projects?|offers?|buyers?|leads?|options?|alternatives?)\b"
                                   # a hedged alternative is none yet: "I might have another option but nothing concrete"
                                   r"|(?:options?|offers?|leads?|opportunit(?:y|ies)|possibilit(?:y|ies)|interest|conversations?|talks|compan(?:y|ies)|buyers?|jobs?|roles?|places?)\b[^.;!?]{0,40}?\bnothing (?:concrete|firm|solid|definite|official|certain|in writing|signed|confirmed)\b"
                                   r"|(?:the )?other (?:\w+ ){0,6}?(?:are|is|were|was) (?:all )?(?:booked(?: out| up)?|fully booked|sold out|unavailable|full)\b"
                                   # "it's the only AWD one I've found within 200 miles": nothing like it to go to
                                   r"|(?:it'?s|it is|this is|that'?s|that is|they'?re|they are) (?:literally |really |basically |pretty much )?the only (?:[\w-]+ ){0,3}?(?:one|unit|car|truck|van|bike|boat|house|home|flat|apartment|place|option|venue|supplier|vendor|provider|caterer|contractor|builder|photographer|dealer|seller|landlord|agency|firm|company|buyer|offer|job)s? (?:(?:that )?(?:i|we)(?:'ve| have)? (?:found|seen)|(?:available|left|around|for sale|on the market|in (?:my|our|the) (?:budget|area|price range)))\b)\b", re.I)
_GIVE_IN = (r"(?:i'?ll|i will|i'?m|i am|going to|gonna|plan(?:ning)? to|thinking (?:of|about)|(?:i|we) think to|want to|inclined to|leaning (?:towards?|to)|should i|considering|tempted to|about to|"
            r"might as well|may as well|(?:i|we) might|(?:i|we) may|(?:i|we) could)(?: (?:probably|just|simply|honestly|basically|maybe|actually|going to|gonna))*")
"""Intent to give in, with the hedges people put before it ("I'll probably just", "might as well")."""
_PLANS: list[tuple[str, re.Pattern[str]]] = [
    ("walk", _rx(r"(?:i'?ll|i will|i'?m going to|i am going to|going to|gonna|plan(?:ning)? to|thinking (?:of|about)|want to|ready to|about to|should i|i might|might) (?:just )?(?:walk(?:ing)?(?: away)?|leave|tell them i'?m walking|threaten to walk)(?!\s+(?:away|if|when|unless|below|under|over|above|at|into|in|to|through|across|around|down|up|back|home|past|out of|my|the|our|him|her|them|\w+'s))",
                 r"tell (?:them|him|her) i'?m (?:walking|out|leaving)", r"i'?m walking", r"walk out")),
    ("hold", _rx(r"(?:i'?ll|i will|i'?m going to|going to|plan(?:ning)? to|want to|should i) (?:hold|stand) (?:firm|my ground|at)", r"not (?:budging|moving)", r"hold firm", r"stay firm", r"stick (?:to|with) my")),
    ("accept", _rx(r"(?:i'?ll|i will|i'?m going to|going to|gonna|plan(?:ning)? to|thinking (?:of|about)|want to|inclined to|leaning (?:towards?|to)|should i) (?:just )?(?:accept|take (?:it|the offer|their offer|the deal)|say yes|sign)")),
    ("concede", _rx(r"(?:i'?ll|i will|i'?m going to|going to|gonna|plan(?:ning)? to|thinking (?:of|about)|want to|should i|considering|about to) (?:just )?(?:drop(?:ping)?|lower(?:ing)?|com(?:e|ing) down|go(?:ing)? up|rais(?:e|ing)|concede|conceding|give in|meet (?:them|him|her) halfway|split(?:ting)? the difference|reduc(?:e|ing)|cut(?:ting)?)")),
    ("counter", _rx(r"(?:i'?ll|i will|i'?m going to|going to|gonna|plan(?:ning)? to|thinking (?:of|about)|want to|should i|about to) (?:counter|come back|propose|push back|ask for)")),
    ("accept", _rx(_GIVE_IN + r" (?:agree(?:ing)? to (?:their|the|his|her) (?:cap|number|price|terms|offer|ask|figure|budget|rate|demand)|match(?:ing)? (?:what (?:they|he|she) (?:asked|want(?:ed)?|offered|said)|their (?:ask|number|price|offer|figure))"
                   r"|tell(?:ing)? (?:them|him|her) (?:it'?s |that'?s )?(?:fine|ok(?:ay)?|yes|deal|sure|agreed|alright)|say(?:ing)? (?:fine|ok(?:ay)?|yes|deal|sure|alright)|go(?:ing)? along with (?:it|that|their|them)"
                   r"|giv(?:e|ing) (?:them|him|her) what (?:they|he|she) (?:want|asked)|cave|fold|roll over)")),
    ("concede", _rx(_GIVE_IN + r" (?:offer(?:ing)?|giv(?:e|ing)(?: (?:them|him|her))?|meet(?:ing)? (?:them|him|her)|go(?:ing)?|mov(?:e|ing)|com(?:e|ing)(?: down| up)?|drop(?:ping)?|conced(?:e|ing)|split(?:ting)?) "
                    r"(?:\w+ ){0,2}?(?:most|half|all|much|a big chunk|the bulk|a lot|two-thirds|three-quarters|90%|80%)(?: of)? the (?:difference|gap|way)",
                    _GIVE_IN + r" (?:split(?:ting)? the difference|meet(?:ing)? (?:them|him|her) (?:halfway|half-way|in the middle))",
                    _GIVE_IN + r" (?:drop(?:ping)?|com(?:e|ing) down|go(?:ing)? (?:up|down)|lower(?:ing)?|knock(?:ing)?)")),
    ("open", _rx(r"(?:i'?ll|i will|i'?m going to|going to|gonna|plan(?:ning)? to|thinking (?:of|about)|want to|should i) (?:open|start|lead|anchor|name (?:a|my|the) (?:number|price)|ask for|list (?:it )?(?:at|for))")),
]


_NOT_INTO = r"(?!\s+(?:into|in|to|through|over|across|around|down|up|back|home|past|out of|my|the|our|him|her|them))"

_ALTERNATIVE = _rx(
    # staying with what we have
    r"(?:can|could|would|might|'d|will|'ll) (?:always |just |still |happily |simply )?(?:keep|stay|stick|carry on|continue) (?:renting|leasing|with (?:the|our|my) (?:current|existing|old)|(?:the|our|my) (?:current|existing|old) \w+|(?:using|running) (?:the|our|my) (?:current|existing|old))",
    r"(?:can|could|would|might|'d) (?:always |just |still |happily |simply )?(?:stay put|stay where (?:i|we) (?:am|are)|renew with (?:the|our) (?:current|existing))",
    r"(?:currently|right now|at the moment|for now) (?:we|i) [^.;!?]{0,60}\b(?:which|and (?:it|that)) (?:works|is working|is fine)",
    # another party's offer, quote or interest
    r"(?:i|we)(?:'ve| have)? (?:got|have|received|had) (?:an?other|a (?:second|competing|rival|backup)|(?:a )?competitor'?s?) (?:\w+ )?(?:offer|quote|bid|proposal)",
    r"(?:an?other|competing|rival|backup|second) (?:job |written |verbal |formal )?(?:offer|quote|bid|proposal) (?:sitting|waiting|in hand|on the table|in my inbox|lined up|from)",
    r"competitor'?s? (?:quote|offer|bid|proposal)", r"quote from (?:a|another|the other|their) competitor",
    r"(?:\w+ )?(?:quote|offer|bid|proposal) (?:is )?(?:sitting|waiting) (?:in (?:my|our) inbox|on my desk|on the table)",
    r"(?:plenty|lots|a lot|loads|several|a few|a couple|a bunch|many|other|more) (?:of )?(?:other )?(?:buyers|bidders|people|tenants|applicants|candidates|clients|customers|interested parties) (?:have |has |are |were )?(?:asked|asking|interested|enquired|inquired|lined up|waiting|keen|reached out|called|messaged)",
    r"(?:the|our|my) other (?:\w+ ){1,2}?(?:is|are|was) (?:still )?(?:available|open|free|interested|on the table|waiting|ready|keen)",
    r"(?:the|our) other (?:venue|place|option|flat|house|apartment|candidate|job|company|supplier|vendor|contractor|dealer|buyer|offer|quote|bidder|landlord|employer) (?:is|are) (?:still )?(?:available|open|free|interested|on the table|waiting|ready|keen)",
    r"(?:it'?s|it is|it would be|it'?d be|would be) (?:much |far )?better (?:for (?:me|us) )?to (?:just )?(?:keep (?:running )?(?:it|the|my|our|going)|hold on(?:to)?|stay|carry on|continue|rent (?:it|the \w+) out|let (?:it|the \w+)(?: out)?|run (?:it|the \w+))",
    r"(?:i'?m|we'?re|i am|we are|i'?d be|we'?d be|i would be|we would be) (?:much |far |probably |just )?better off (?:just )?(?:keep(?:ing)?|hold(?:ing)? on|stay(?:ing)?|rent(?:ing)?|lett?(?:ing)?|run(?:ning)?|carry(?:ing)? on|continu(?:e|ing)|list(?:ing)?|tak(?:e|ing) (?:the|a|an|that|their|my|our) (?:other|\w+ (?:job|offer|quote))|go(?:ing)? with|sign(?:ing)? with|switch(?:ing)?|sell(?:ing)? (?:it |them )?(?:elsewhere|privately|to someone else))",
    r"(?:i'?ll|i will|we'?ll|we will|i can|we can|i could|we could) (?:just |easily |always )?find (?:someone|somebody|another (?:tenant|buyer|client|customer|supplier|vendor))(?: else)?(?: who| that)?",
    r"(?:i|we)(?:'d| would) (?:much |honestly |frankly )?(?:rather|sooner) (?:just )?(?:keep (?:running|it|the|my|our|renting|leasing|going)|hold on(?:to)?|hang on(?:to)?|stay|carry on|continue|rent (?:it|the \w+) out|let (?:it|the \w+)(?: out)?|run (?:it|the \w+))",
    # an agreed fallback course of action
    r"(?:we|i)(?:'d| would| could| can| will|'ll) (?:just |simply |always |still )?(?:list (?:it |the \w+ )?(?:with|on|publicly|in)|put it on the market|sell (?:it )?(?:on|to) (?:the open market|someone else|another buyer)|go (?:back )?to market)",
    r"(?:we|i)(?:'d| would| could| can|'ll| will) (?:\w+ ){0,5}if (?:this|it|that|the deal|the sale|they|he|she|we lose (?:them|him|her|it|this|the \w+))(?: \w+){0,2} (?:falls? through|dies|fails|doesn'?t work out|says? no|walks?|backs? out|won'?t)",
    r"if (?:we|i) lose (?:them|him|her|this|the (?:deal|account|client|contract|job|customer))(?: \w+){0,2},? (?:we|i)(?:'d| would| could| can|'ll| will)",
    r"(?:our|my) (?:fallback|backup|plan b|alternative)(?: option| plan)? (?:is|would be|was)",
    r"(?<!their )(?<!his )(?<!her )(?<!your )(?<!they've got a )(?<!theyve got a )(?<!they have a )(?:plan b|fallback|backup plan) (?:is|would be|will be|was)\b",
    r"if (?:i|we) (?:don'?t|do not|didn'?t) (?:sell|sign|take (?:it|the offer|the job)|accept|go ahead|renew)\b[^.;!?]{0,30}?\b(?:i|we)(?:'ll|'d| will| would| can| could)? (?:just |simply |happily )?(?:keep|stay|carry on|continue|run|hold)",
    # the court instead of a settlement: "if it goes to trial", "we could always sue", "take them to small claims"
    r"if (?:it|this|the (?:case|claim|matter|dispute)|we|i) (?:goes|go|went|ends? up|end up|were to go|gets?) (?:to |in )?(?:trial|court|arbitration|litigation|a tribunal|a jury|small claims)",
    r"(?:i|we)(?:'d| would| could| can) (?:just |always |still |simply )?(?:sue|go to (?:trial|court|arbitration)|take (?:them|him|her|it|the \w+) to (?:trial|court|small claims|arbitration|a tribunal))\b(?! (?:if|unless)\b)",
    # the court told by what it would cost: "a contested hearing would run me £4-5k in fees", "litigation would take two years"
    r"(?:a |an |the )?(?:contested |full |court |formal )?(?:hearing|trial|court case|court battle|litigation|lawsuit|legal action|small claims(?: claim| case)?|tribunal(?: claim| case)?|arbitration|going to (?:court|trial|small claims|a tribunal))(?: [\w-]+){0,4}? (?:would|will|'d|could|might) (?:cost|run|take|mean|set (?:me|us) back|eat)\b",
    # leaving told by what it would cost: "relocating would cost $150k+", "moving the line elsewhere would take 6 months"
    r"(?:relocating|relocation|moving (?:out|premises|the (?:practice|office|shop|business|line|production|plant))|switching (?:suppliers?|vendors?|providers?|molders?|manufacturers?)) (?:\w+ ){0,2}?(?:would|will|'d|could) (?:cost|take|mean|set (?:us|me) back)",
    # going it alone, or finding someone else for the same thing
    r"(?:i|we)(?:'d| would| could| can|'ll| will| might)? (?:just |always |still |simply )?(?:start|set up|open|launch)(?:ing)? (?:up )?(?:on )?(?:my|our) own\b",
    r"(?:i|we)\b[^.;!?]{0,30}?\b(?:go(?:ing)?|went) (?:solo|it alone|freelance|independent)\b",
    r"(?:i|we)(?:'d| would| could| can|'ll| will) (?:rather |just |simply |happily |always )?(?:re-?let|re-?list|re-?advertise|find (?:a )?(?:new|another) (?:tenant|buyer|client|supplier|vendor|employer|job)s?|sell (?:it |them )?elsewhere)\b",
    # more demand than capacity: the time this deal would take has other buyers ("turned down two jobs last month", "those usually book anyway")
    r"more work than (?:i|we) (?:can|could) (?:handle|take on|do|fit in|manage)|more work than (?:\w+ ){0,2}(?:crews?|hands|staff|people|time|hours|capacity)",
    r"(?:turned|turning|turn) (?:down|away) (?:\w+ ){0,2}(?:jobs?|work|clients?|customers?|projects?|gigs?|bookings?|business|enquiries|inquiries)\b(?! offers?)",
    r"(?:i'?m|we'?re|i am|we are) (?:fully |solidly |completely |pretty much )?booked (?:solid|up|out)\b",
    r"(?:those|these|they|that (?:date|slot|day)|(?:the|that|this|a) (?:[\w-]+ ){0,2}(?:date|slot|day|saturday|sunday|friday|weekend)s?) (?:usually |always |normally |typically |will |would |'ll )?(?:book|books|gets? booked|fills?|sells? out|gets? snapped up)(?: up)? (?:anyway|regardless|easily|quickly|fast|in no time)\b",
    r"(?:i|we) (?:have|'ve got|got|keep) a (?:wait(?:ing)?[- ]?list)\b",
    # not needing this deal at all: the status quo is the alternative
    r"(?:i|we) (?:really |honestly |truly )?(?:don'?t|do not|won'?t|will not) (?:have|need) to (?:sell|move|sign|accept|take (?:it|this|the (?:job|offer|deal))|buy|switch|renew|do (?:this|the deal))\b",
    r"(?:no|not under any|under no|not any) (?:need|pressure|obligation) to (?:sell|move|sign|accept|buy|switch|renew)\b",
    # other work that fills the time this deal would take: "I'm booked solid with paying work through March", "2 prospects on a waitlist"
    r"(?:i'?m|we'?re|i am|we are) (?:already |fully |completely |pretty much |basically )?(?:booked (?:solid|up|out)|fully booked|solidly booked)\b(?! (?:with|on) (?:this|their|your|his|her) )",
    r"(?:i|we)(?:'ve| have)?(?: got)? (?:\d+|two|three|four|five|a few|a couple of|several|some) (?:\w+ )?(?:prospects|clients|customers|leads|tenants|candidates|students|patients|families) (?:on (?:a|the|my|our) )?(?:waitlist|waiting list|wait list)",
    r"(?:one|an?|another) other (?:\w+ )?(?:couple|client|customer|company|brand|agency|firm|family|business|school|venue) (?:has |have |had )?(?:also |already )?(?:asked|enquired|inquired|reached out|called|emailed|messaged|shown interest|expressed interest|been in touch)\b",
    r"(?:i'?d|we'?d|i would|we would|i'?ll|we'?ll|i will|we will|i'?m|we'?re|i am|we are) (?:be )?(?:totally |perfectly |completely |honestly |really |just |still |also )?(?:fine|ok(?:ay)?|good|alright|all right) without (?:this|it|them|him|her|the (?:\w+ )?(?:deal|job|contract|client|customer|gig|work|sale|account|project|booking|tenant|buyer|role))\b",
    r"(?:i|we) (?:really |honestly |truly |frankly )?(?:don'?t|do not) (?:really |actually )?need (?:this|the|that) (?:\w+ )?(?:one|deal|job|contract|client|customer|gig|work|sale|account|project|booking|money|business)\b",
    quick=True,
)
"""An alternative named in words, with or without a value ("we can keep renting", "another offer came in")."""

_WALK = _rx(
    r"(?:or|otherwise|else) (?:i'?m|we'?re|i am|we are) (?:out|done|walking|gone|leaving|off|quitting|handing in (?:my|our) notice|giving (?:my|our) notice)",
    r"(?:or|otherwise|else) (?:i'?ll|we'?ll|i will|we will|i|we) (?:just )?(?:walk|leave|quit|resign|go elsewhere|go to|move to|sign (?:with|for)|join|hand in (?:my|our) notice|give (?:my|our) notice|take (?:my|our) business elsewhere|pull (?:the|our|my) \w+)",
    r"(?:tell|text|email|message|inform|warn|say to|let) (?:them|him|her|the (?:\w+ ){0,2}\w+|[A-Z]\w+)(?: know)?(?: (?:that|tonight|today|tomorrow|now|straight|plainly)){0,2} (?:we|i)(?:'re|'m|'d|'ll| are| am| would| will)? (?:just |simply |now )?(?:walk(?:ing)?(?: away)?|done|out|leav(?:e|ing)|not renew(?:ing)?|mov(?:e|ing) (?:to|on|our|elsewhere|the (?:\w+ )?(?:lanes?|business|account|work|volume|contract|orders?|spend))|go(?:ing)? (?:with|elsewhere)|switch(?:ing)?|sign(?:ing)? with|tak(?:e|ing) (?:our|my) business|pull(?:ing)? (?:out|the|our)|cancel(?:l?ing)?|rather walk|pass(?:ing)?)",
    r"(?:tell|text|email|say to|let) (?:them|him|her|the \w+|[A-Z]\w+)(?: know)? (?:that )?(?:it'?s )?no deal",
    # "wants me to reply that we're pulling the business", "I'll write back that we're walking"
    r"(?:reply|respond|write back|answer|reply back)(?: to (?:them|him|her|the \w+))? (?:that |saying )?(?:we|i)(?:'re|'m| are| am|'ll| will) (?:just |simply |now )?(?:pull(?:ing)? (?:out|the|our)|walk(?:ing)?(?: away)?|out|done|leav(?:e|ing)|tak(?:e|ing) (?:our|my) business|mov(?:e|ing) (?:the|our) (?:business|work|volume|account|orders?)|switch(?:ing)? (?:suppliers?|vendors?|providers?)|not renew(?:ing)?)",
    # leverage from an outside offer, said to them: an implied threat to leave ("tell my boss I have another offer at 88 so he has to match")
    r"(?:tell|text|email|say to|let|mention to|hint to) (?:them|him|her|(?:the|my|our) \w+)(?: know)? (?:that )?(?:i|we)(?:'ve| have)? (?:got |have |received |already have )?(?:an?other|a competing|a better|a second|an outside|a rival|a counter) (?:job )?offer",
    r"(?:tell|text|email|say to|let) (?:them|him|her|the \w+|[A-Z]\w+)(?: know)? (?:that )?(?:the (?:deal|sale)(?:'s| is) off|it'?s off|(?:i'?m|we'?re) (?:calling it off|pulling out|backing out))",
    r"(?:i'?ll|we'?ll|i will|we will|going to|gonna|want to|thinking (?:of|about)|tempted to|about to|should (?:i|we)) (?:just )?(?:call (?:it|the (?:deal|sale)) off|cancel the (?:deal|sale))",
    r"(?:i|we)(?:'ll| will) walk(?: away)?(?!\s+(?:away|if|when|unless|once|below|under|over|above|at|for)\b)" + _NOT_INTO, r"(?:i'?m|we'?re|i am|we are) (?:ready|prepared|willing|about|tempted|going) to (?:just )?(?:walk|leave|quit|resign|pull)" + _NOT_INTO,
    r"(?:i'?ll|we'?ll|i will|we will|going to|gonna|want to|plan(?:ning)? to|thinking (?:of|about)|tempted to|about to|ready to|(?:i|we) (?:might|could|may)|should (?:i|we)) (?:just )?(?:quit|resign|hand in (?:my|our) notice|threaten to (?:walk|leave|quit|pull|cancel|switch|go)|pull (?:the|our|my) (?:contract|business|account|offer|order)|call (?:their|his|her) bluff)",
    # daring their walk: "I like the idea of calling his bluff", "reply 'go ahead, sell it to them'"
    r"(?:the idea of|like|love|considering|consider|tempted by|thinking (?:of|about)|wants? to|plan(?:ning)? to|(?:i'?m|we'?re) (?:going to|gonna)) (?:\w+ ){0,2}?call(?:ing)? (?:their|his|her|the) bluff",
    r"(?:reply|replying|text(?:ing)? back|answer|write back|say|tell (?:him|her|them))(?: back)?:? [\"“‘']?(?:go ahead|fine|ok(?:ay)?|then),? (?:and )?(?:sell|give|rent|let) (?:it |the \w+ )?to (?:them|him|her|the other)",
    r"(?:leaning|inclined|tempted) (?:towards?|to) (?:\w+ ){0,4}?(?:going with|taking|signing with|switching to) (?:them|the other|another|the cheaper|the competitor|b\b)",
    r"(?:leaning|inclined|tempted) (?:towards?|to) (?:just )?(?:going (?:for|with)|taking|buying|renting|signing with|switching to) (?:the )?(?-i:[A-Z][a-z]+)\b(?! (?:is|was|said|says|wants|offered))",
    r"if (?:they|he|she|it) (?:can'?t|won'?t|doesn'?t|don'?t|refuses? to|isn'?t|aren'?t) [^.;!?]{0,30}?(?:i'?m|we'?re|i'?ll|we'?ll) (?:just )?(?:going with|signing with|walking|leaving|out|switching|taking the other|moving)",
    r"unless (?:they|he|she) (?:\S+ ){0,4}(?:i'?m|we'?re|i'?ll|we'?ll|i|we) (?:signing|going|switching|moving|taking|walking|leaving|out|joining|accepting|sign|go|switch|move|take|walk|leave|join|accept)",
    r"(?:i'?ll|we'?ll|i will|we will|i'?d|we'?d|i would|we would) (?:just |simply |have to |be forced to |happily )?(?:move out|leave|look elsewhere|go elsewhere|take (?:my|our) business elsewhere|"
    r"move (?:the|our|my|all (?:the|our|my)) (?:volume|business|account|work|orders?|contract|spend)(?: elsewhere)?|switch(?: suppliers?| providers?| vendors?| banks?)?|walk(?: away)?|cancel|not renew)"
    r"(?: \w+){0,4}? (?:unless|if (?:he|she|they|it|the \w+) (?:doesn'?t|don'?t|won'?t|can'?t|refuses? to))",
    quick=True,
)
"""The user's own walk, planned or threatened ("say it's 140 or I'm out", "tell them we walk unless…")."""

_WALK_NEG = patterns.compile(r"\b(?:not|never|cannot|no way|(?:can|won|don|didn|wouldn|couldn|shouldn|isn|aren|ain)'?t)\s+(?:\w+\s+){0,3}$", re.I)


def read_alternative(text: str) -> str | None:
    """The first clause naming an alternative in words (its value, if any, is read elsewhere)."""
    return first(text, _ALTERNATIVE)


def read_walk(text: str) -> str | None:
    """The user's own walk-away plan or threat; denied ones ("I'm not going to walk") are not."""
    theirs: list[tuple[int, int]] | None = None
    sents: dict[str, int] | None = None
    for sent, a, b in _hits(text, _WALK):
        if _WALK_NEG.search(sent[max(0, a - 30):a]) or re.match(r"\s*(?:\w+\s+){0,2}(?:not|n't)\b", sent[a:b]):
            continue
        if theirs is None:
            theirs = [(x, y) for x, y, owner in quotes(text) if owner == "them"]
        if sents is None:
            sents = dict((sent, start) for start, sent in sentences(text))
        at = sents.get(sent, -1) + a
        if any(x <= at < y for x, y in theirs):
            continue  # "take it or we walk" in their mouth is their threat, not my plan
        return _clause(sent, a, b)
    return None


_PASTED = patterns.compile(r"(?m)^[ \t]*(?:>[ \t]*|(?!(?:You|My|Our|Note|Edit|Update|PS|Subject|Re|Context|Background|Question|Q|A|Plan|Goal|Budget|Offer|Price|"
                           r"Deadline|Details|Summary|Tldr|TLDR|Option|Step|Example|Answer|Reply|Draft|Response)\b)((?-i:[A-Z][a-z]*(?: [A-Z][a-z]+)?))[ \t]*:[ \t]+)(?!\s*>)([^\n]{2,1500})$")
"""A line pasted from a message: a "> " quoted line of an email, or a chat line under a name ("Sophie: …", "Me: …")."""
_PASTED_MINE = patterns.compile(r"\b(?:i|we)(?:'m| am|'d| would|'ll| will)? (?:\w+ ){0,3}?(?:wrote|write|writing|replied|reply|replying|sent|send|sending|drafted|said|say)\b[^\n]{0,40}$|\bmy (?:draft|reply|response|answer)\b[^\n]{0,40}$", re.I)
_ME_LABEL = patterns.compile(r"(?:me|i|we|us|myself)", re.I)


def _pasted(text: str) -> list[tuple[int, int, str]]:
    """Pasted lines (see _PASTED) and whose they are: the user's under "Me:" or introduced as theirs ("I replied:")."""
    out = []
    for m in _PASTED.finditer(text):
        block = m.start()
        while block > 0 and text[text.rfind("\n", 0, block - 1) + 1:block].lstrip().startswith(">"):
            block = text.rfind("\n", 0, block - 1) + 1  # the first line of a quoted block
        mine = (m.group(1) and _ME_LABEL.fullmatch(m.group(1))) or _PASTED_MINE.search(text[max(0, block - 80):block].rstrip())
        out.append((m.start(2), m.end(2), "me" if mine else "them"))
    return out


def _introduced_as_mine(text: str, at: int) -> bool:
    """A quote the user introduces as their own words on the line before ("I replied:\n> …")."""
    before = text[max(0, at - 80):at].rstrip(" \t>\n")
    return before.endswith(":") and bool(_PASTED_MINE.search(before))


def read_tactics(text: str, speech: str | None = None, after_deal: str | None = None) -> list[tuple[FindingCode, str]]:
    """Their tactics: third-person cues in the user's account, first-person cues in their own words.

    ``speech`` is their words when the caller has them (their chat lines); otherwise their
    quoted words are taken from ``text``. ``after_deal`` is their words after the chat's
    agreement, when the caller found one: only there can an extra ask be a nibble — the same
    "throw in the charger?" before the handshake is just another issue on the table.
    """
    spans = [(x, y, "me" if _introduced_as_mine(text, x) else _owner(text, x, owner)) for x, y, owner in quotes(text)]
    spans += [span for span in _pasted(text) if not any(x <= span[0] < y and (span[1] <= y or o == "me") for x, y, o in spans)]
    if speech is None:
        speech = "\n".join(text[a:b] for a, b, owner in spans if owner == "them")
    agreed = agreed_at(text)
    out = []
    for code, narrative_rx, speech_rx in tactics.CODES:
        nibble = code == FindingCode.TACTIC_NIBBLE
        after = agreed[0] if agreed and nibble else 0
        said = after_deal if nibble and after_deal is not None else speech
        words = _theirs(text, narrative_rx, spans, after) or (first(said, speech_rx) if said else None)
        if not words and nibble and after_deal is None and agreed:
            # their own words quoted after the deal the user tells: "can you deliver to my yard?" is one more ask
            later = "\n".join(text[a:b] for a, b, owner in spans if owner == "them" and a > agreed[0])
            words = first(later, tactics.NIBBLE_AFTER) if later else None
        if words:
            out.append((code, words))
    cops = tactics.good_cop_bad_cop(text) or (tactics.absent_bad_cop(speech) if speech else None)
    if cops:
        out.append((FindingCode.TACTIC_GOOD_COP_BAD_COP, cops))
    return out


_SAID_ME = patterns.compile(r"\b(?:i|we)(?:'ve| have| had|'d)?(?: (?:just|already|then|also|clearly|politely|firmly|finally|even))? (?:said|say|told|tell|wrote|write|replied|reply|emailed|texted|messaged|offered|countered|"
                            r"insisted|stated|sent|made (?:it )?clear|explained|answered|responded|came back)\b"
                            r"|\b(?:my|our) (?:plan|idea|move|script|line|answer|reply|response)\b[^\"“.!?]{0,40}\b(?:say|tell \w+|reply|respond|text|email|write)\b"
                            # the subject left out of a plan of the user's own: "Thinking of telling them $10.50 or no deal"
                            r"|(?:^|[.!?;:]\s*|\b(?:i|we)(?:'m|'re| am| are| was| were)?\s+|\b(?:and|so|but|just|honestly)\s+)(?:thinking (?:of|about)|planning (?:to|on)|tempted to|considering|about to)\s+(?:just\s+)?"
                            r"(?:tell(?:ing)?|say(?:ing)?|text(?:ing)?|email(?:ing)?|repl(?:y|ying)|offer(?:ing)?|counter(?:ing)?)\b"
                            # words the user means to say: "I'm planning to email that … they'll have to find someone else"
                            r"|\b(?:i|we)(?:'m| am|'re| are)? (?:planning|going|gonna|about|thinking of|intending|tempted) (?:to )?(?:email|tell (?:them|him|her)|say|write|reply|text|message|respond)(?:ing)?\b", re.I)
_SAID_THEM = patterns.compile(r"\b(?:they|he|she|(?-i:[A-Z][a-z]+|[A-Z]{2,4})|(?:the|their|his|her) (?:[\w'’]+ ){0,2}?[\w'’]+)(?:'ve| have| has| had)?(?: (?:just|already|then|also|clearly|now|keeps?|kept|again|finally|basically))? "
                              r"(?:said|says|say|told|tells|tell|wrote|writes|replied|replies|emailed|texted|messaged|insists|insisted|claims|claimed|stated|states|made (?:it )?clear|"
                              r"came back|countered|responded|answered|explained|mentioned|added|hinted|warned|saying|telling)\b", re.I)
_ME_NEXT = patterns.compile(r"(?:\b(?:i|we)(?:'m|'re|'ve|'d|'ll| am| are| have| had| would| will| can| could| really| just| do| did| honestly)*|\b(?:my|our)(?: (?:best|last|final|absolute|own|very))?)\s+$", re.I)
_MY_THING = patterns.compile(r"(?:best|last|final|offer|price|number|rate|bottom|limit|max|floor|top|quote|ask|counter|fee|rent|salary|figure|budget)\b", re.I)
_IF_BEFORE = patterns.compile(r"\b(?:if|unless|until|till|when|once)\b", re.I)


def _owner(text: str, at: int, owner: str) -> str:
    """Whose quote starts at ``at``: a third-person speaker nearer the quote than the user's own verb makes it theirs."""
    if owner != "me":
        return owner
    before = text[max(0, at - 60):at]
    me = max((m.end() for m in _SAID_ME.finditer(before)), default=-1)
    them = max((m.end() for m in _SAID_THEM.finditer(before)), default=-1)
    return "them" if them > me else owner


_NOTE_LINE = patterns.compile(r"\s*[-*•]\s*(?:(?:really|ideally|honestly|obviously|still|but)\s+)?(?:want|need|would|won'?t|will|can'?t|cannot|can|could|not|never|willing|happy|"
                              r"prepared|able|hoping|aim(?:ing)?|plan(?:ning)?|going|gonna|might|may|must|should|have|had|got)\b", re.I)
"""A bulleted note line that starts with a verb: the writer left their own subject out."""


def _mine(sent: str, a: int, b: int) -> bool:
    """Whether the claim at sent[a:b] is the user's own ("I told them 70k is my final offer", "I need to check with my wife")."""
    before = sent[:a]
    me = max((m.end() for m in _SAID_ME.finditer(before)), default=-1)
    them = max((m.end() for m in _SAID_THEM.finditer(before)), default=-1)
    if me != them:
        return me > them
    said = sent[a:b]
    if re.search(r"\b(?:they|he|she)\b", said, re.I):
        return False  # the claim names its own third-person subject ("then he asked…")
    subject = None
    for subject in re.finditer(r"\b(?:i|we|they|he|she)\b", before[-40:], re.I):
        pass
    if subject is not None:
        if subject.group().lower() in ("they", "he", "she"):
            return False
        if re.fullmatch(r"(?:'m|'re|'ve|'d|'ll)?(?:\s+(?:[~≈]?[$€£]?\d[\w.,/%]*|[\w'’$€£%]+(?:[.,/]\d+)*)){0,5}\s*", before[-40:][subject.end():]):
            return True  # "I'm firm on 80k", "I need to run it past my wife", "I want 2,000 and won't go below 1,900"
    if subject is None and _NOTE_LINE.match(sent):
        return True  # a note with the subject left out ("- want ~100k, won't go below 92"): the writer's own
    me_next = _ME_NEXT.search(before[-40:])
    if me_next and (not re.search(r"\b(?:my|our)\s+$", me_next.group(), re.I) or _MY_THING.match(sent, a)):
        return True  # "my best and final", but not "my client said they'll walk"
    if re.match(r"[\s,]*(?:out there )?for (?:me|us)\b", sent[b:b + 30], re.I):
        return True  # "there are plenty of other cars out there for me"
    return bool(re.search(r"\b(?:i|we)\b", said, re.I))


def _theirs(text: str, rx: re.Pattern[str], spans: list[tuple[int, int, str]], after: int = 0) -> str | None:
    """The first clause where ``rx`` finds their tactic in the user's account.

    A negation counts unless it sits in a condition before the claim ("if we don't drop the
    price they'll go elsewhere"); the user's own words ("I said that's my final offer") are not
    theirs, their quoted words always are. ``after``: only claims told after that point count.
    """
    sents: dict[str, int] | None = None
    for sent, a, b in _hits(text, rx):
        if sents is None:
            sents = dict((sent, start) for start, sent in sentences(text))
        at = sents.get(sent, 0) + a
        if at < after:
            continue
        owner = next((o for x, y, o in spans if x <= at < y), None)
        if owner == "me":
            continue
        window = sent[max(0, a - 40):a]
        neg = _NEG.search(window)
        if neg and not _IF_BEFORE.search(window[:neg.start()]):
            continue
        if owner is None and _mine(sent, a, b):
            continue
        return _clause(sent, a, b)
    return None


_PLANS.append(("accept", _rx(
    # "my gut says just agree", "I'm leaning toward just doing it", "was going to just reply "sounds fair, we're in"": a yes in view
    r"(?:my )?(?:gut|instinct|heart|head) (?:says|tells me|is telling me|is saying) (?:to )?(?:just )?(?:agree|accept|take it|say yes|go along with it|sign|do it)",
    r"(?:i'?m |i am )?leaning (?:towards?|to) (?:just )?(?:agreeing|accepting|doing it|saying yes|taking it|signing)",
    r"(?:was going to|was gonna|going to|gonna|about to|thinking of|planning to) (?:just )?(?:reply|respond|say|text|email|write back)(?: back)?(?: with)?:? [\"“']?(?:sounds (?:fair|good|fine|great)|(?:that'?s )?(?:ok(?:ay)?|fine|no problem)|deal|sure|yes|agreed|we'?re in|i'?m in)\b")))
_PLANS.append(("concede", _rx(
    # "offer to bump our minimum order as a goodwill gesture", "throw in the stand to show good faith": ground given to please, nothing asked
    r"(?:offer(?:ing)? to |also )?(?:offer|give|throw in|chuck in|add|bump|raise|increase|include|waive|drop|cut|knock|pay|sign|commit|extend)\b[^.;!?]{0,60}\b(?:as a (?:goodwill|good-will|good ?faith|friendly) (?:gesture|sign|move)|to show (?:good ?will|good faith)|as a sweetener|so (?:they|he|she) (?:know|knows|see|sees) (?:we'?re|i'?m|we are|i am) serious)")))
_ANY_PLAN = fast("|".join(f"(?:{rx.pattern})" for _, rx in _PLANS))


_THEIR_PLAN = patterns.compile(r"\b(?:they|he|she|you)(?:'re| are|'s| is| was| were)?\s*$", re.I)


def read_plans(text: str) -> list[tuple[str, str]]:
    """(action, words) for each plan sentence; amounts are attached by the caller."""
    out = []
    for sent, _, _ in _hits(text, _ANY_PLAN):
        for action, rx in _PLANS:
            m = rx.search(sent)
            if m and _THEIR_PLAN.search(sent[max(0, m.start() - 15):m.start()]):
                continue  # "what they're going to ask for": their plan, not the user's
            if m and not _NEG_NEAR.search(sent[max(0, m.start() - 20):m.start()]) and not re.search(r"\bnot\b", m.group(), re.I):
                out.append((action, _clause(sent, m.start(), m.end())))
                break
    return out


def first(text: str, rx: re.Pattern[str], negatable: bool = True) -> str | None:
    """The first clause where ``rx`` matches and is not negated (stops at the first)."""
    for sent, a, b in _hits(text, rx):
        if negatable and _NEG.search(sent[max(0, a - 40):a]):
            continue
        return _clause(sent, a, b)
    return None


_EXPIRES = _rx(r"offer expires", r"expires (?:on|at|tomorrow|today|friday|monday)")


_UNWRAP = patterns.compile(r"(?<=[\w,])[ \t]*\n[ \t]*>[ \t]*(?=[a-z])")
"""A line break inside a quoted sentence: the reply quoted with "> " and wrapped mid-clause."""


def read_deadline(text: str) -> str | None:
    """A deadline that presses the user; one in a sentence that also says there is no rush is not.

    "No rush" cancels the clock in its own sentence only: the user's "I'm not in a hurry to
    leave" does not cancel their "we need a yes by 5pm".
    """
    text = _UNWRAP.sub(" ", text)  # a hard-wrapped quoted email: "… and if the agreement\n> isn't signed by the 30th …" is one clause
    for sent, a, b in _hits(text, _DEADLINE):
        window = sent[max(0, a - 40):a]
        neg = _NEG.search(window)
        if neg and not _IF_BEFORE.search(window[:neg.start()]):
            continue  # "if we don't have a signature by the 30th it rolls to list" is a deadline
        if _NO_DEADLINE.search(sent) and not _EXPIRES.search(sent):
            continue
        return _clause(sent, a, b)
    return None


_ISSUE_OF = {phrase: name for name, phrases in lexicon.ISSUES.items() for phrase in phrases}


_ISSUE_GUARDS = {
    "bonus": (r"(?<!signing )(?<!sign-on )(?<!sign on )(?<!joining )", ""),
    # a job title or a department is not a term to trade: "marketing manager", "head of marketing"
    "marketing": (r"(?<!of )", r"(?! (?:manager|director|coordinator|lead|assistant|executive|specialist|analyst|associate|officer|intern|role|job|position|"
                  r"team|department|dept|degree|background|experience|career)s?\b)"),
}
"""Words before or after an issue's phrase that make it something else (before, after)."""


def read_issues(text: str) -> list[str]:
    """Other tradeable issues named in the text, by short name, in the order first raised.

    A plain substring test picks the candidate phrases first (fast on long texts); only those
    are checked on word boundaries.
    """
    low = text.lower()
    first_seen: dict[str, int] = {}
    for phrase, name in _ISSUE_OF.items():
        if phrase not in low:
            continue
        guard = _ISSUE_GUARDS.get(phrase, ("", ""))
        m = re.search(guard[0] + r"\b" + re.escape(phrase) + r"\b" + guard[1], low)
        if m and m.start() < first_seen.get(name, len(low) + 1):
            first_seen[name] = m.start()
    return sorted(first_seen, key=first_seen.get)


def read_no_alternative(text: str) -> str | None:
    return first(text, _NO_ALTERNATIVE, negatable=False)


_STATUS_QUO = patterns.compile(r"^(?:current (?:employer|company|job)|my (?:employer|boss|manager))", re.I)
_AS_FALLBACK = patterns.compile(r"\b(?:stay(?:ing)?|keep(?:ing)?|remain|pays?|paying|earn(?:ing)?|mak(?:e|ing)|rather|fallback|backup|alternative)\b", re.I)
_NEW_EMPLOYER = patterns.compile(r"\b(?:offer (?:from|letter)|job offer|new (?:job|role|company|employer|position)|recruiter|startup|(?:they|company|firm) offered|offered me|interview\w*|headhunt\w*)\b", re.I)
_WITH_EMPLOYER = patterns.compile(r"\b(?:(?:a|my|the) (?:raise|pay rise|promotion)|ask(?:ing)? (?:them |him |her )?for (?:a )?(?:raise|more)|counter-?offer from (?:my|our)|retention|(?:my|our) (?:boss|manager|employer) (?:offered|said|wants|told))\b", re.I)


_PREFERS = _rx(
    r"(?:i|we)(?:'d| would) (?:\w+ ){0,2}?(?:rather|prefer to|prefer|love to|like to) (?:stay|keep(?= (?:them|him|her|working|(?:the|this|our|my) (?:client|customer|account|contract|job|role|tenants?|relationship|deal|team|supplier|vendor)))|stick(?= with (?:them|him|her|us|this|the))|remain|renew|close|sign|make (?:this|it) work|work (?:it )?out|do (?:this|the) deal|go with (?:them|this one|this))\b"
    r"(?! (?:away|out|off|\w+ elsewhere|near|on good|on \w+ terms|friends|close to|around|at|under|below|above|within|until|till|in touch|calm|positive|firm|quiet|it (?:at|to|under|below|short|simple)|things|the (?:price|number|rent|rate|cost)))",
    r"(?:i|we)(?:'d| would) (?:\w+ ){0,2}?prefer (?:staying|keeping|this one|this deal|this place|this job|them)",
    r"(?:i|we)(?:'d| would) (?:\w+ ){0,2}?rather not (?:leave|move|switch|go|walk|lose (?:them|him|her|this|it|the \w+))",
    r"(?:i|we) (?:really |honestly |genuinely |truly )?(?:don'?t|do not) (?:really |actually )?want to (?:leave|move|switch|walk(?: away)?|lose (?:them|him|her|this|it|the \w+))",
    r"(?:it'?s|this is|this one is|they'?re|they are|(?:this|the) (?:\w+ ){0,2}is) (?:still )?(?:my|our) (?:first|top) choice",
    r"(?:i|we) (?:really |do |genuinely |honestly )?(?:like|love|enjoy) (?:it|working|being|living) here\b(?! by)",
    r"(?:i'?m|we'?re|i am|we are) (?:really |genuinely |honestly )?happy (?:here|where (?:i|we) (?:am|are))\b",
)
"""The user would rather close this deal than take the alternative ("I'd honestly rather stay")."""


def read_prefers_deal(text: str) -> str | None:
    """Words showing the user values this deal above its numbers: the alternative then wins on price only."""
    return first(text, _PREFERS)


def read_relationship(text: str) -> str | None:
    """An ongoing relationship with the counterparty; today's job named as the fallback to a new offer is not one."""
    moving_on = None
    theirs: list[tuple[int, int]] | None = None
    for sent, a, b in _hits(text, _RELATIONSHIP):
        if _NEG.search(sent[max(0, a - 40):a]):
            continue
        if sent[a:b].lower().startswith("my "):
            if theirs is None:
                theirs = [(x, y) for x, y, owner in quotes(text) if owner == "them"]
                starts = {s: start for start, s in sentences(text)}
            at = starts.get(sent, -len(text)) + a
            if any(x <= at < y for x, y in theirs):
                continue  # "let me fight for you with my manager", in their own words: their boss, not the user's
        if _STATUS_QUO.match(sent[a:b]) and _AS_FALLBACK.search(sent):
            if moving_on is None:
                moving_on = bool(_NEW_EMPLOYER.search(text)) and not _WITH_EMPLOYER.search(text)
            if moving_on:
                continue  # "my current job pays 140k and I'd stay there": the alternative, not the counterparty
        return _clause(sent, a, b)
    return None



def read_assumptions(text: str) -> list[str]:
    return find(text, _ASSUMPTION, negatable=False)


def read_counterparty(text: str) -> list[str]:
    return find(text, _COUNTERPARTY)


_NOT_YET = patterns.compile(r"\b(?:before|until|till|unless|if|whether|hope|hoping|want|trying|try|haven'?t|hasn'?t|not yet|never)\b(?:\s+[\w'’]+){0,2}\s*$", re.I)


_OUR_LIMIT_BEFORE = patterns.compile(r"\b(?:most|max(?:imum)?|highest|lowest|least|limit|budget|ceiling|floor|cap)\b[^.;!?]{0,15}$", re.I)
_OUR_LIMIT_AFTER = patterns.compile(r"\s*(?:that |between us |among ourselves |with (?:my|our) \w+ )?(?:we|i|our|my)(?:'ll|'d| will| would| can| could| should| won'?t| wouldn'?t)? "
                                    r"(?:\w+ )?(?:pay|spend|go|offer|accept|take|sell|max|limit|budget|ceiling|floor|cap|walk)\b", re.I)


def read_agreed(text: str) -> str | None:
    """An agreement already reached; one still ahead ("before we agreed anything", "if we settle") is not."""
    at = agreed_at(text)
    return None if at is None else at[1]


def agreed_at(text: str) -> tuple[int, str] | None:
    """Where in ``text`` the first agreement is told, and its clause."""
    prose = agreement.told(text)  # "he said ok to 450"
    for sent, a, b in _hits(text, _AGREED):
        if _NEG.search(sent[max(0, a - 40):a]) or _NOT_YET.search(sent[max(0, a - 30):a]) or agreement.not_agreed(sent, a, b):
            continue
        if _OUR_LIMIT_BEFORE.search(sent[max(0, a - 25):a]) or _OUR_LIMIT_AFTER.match(sent[b:b + 60]):
            continue  # "the most we've agreed we'll pay is 480": my side's own limit, not a deal with them
        sents = dict((sent, start) for start, sent in sentences(text))
        at = sents.get(sent, 0) + a
        return prose if prose and prose[0] < at else (at, _clause(sent, a, b))
    return prose
