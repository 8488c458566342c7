"""The cue phrases that say what an amount is: walk-away point, target, alternative, offer, plan…

facts.py finds the cue nearest to each amount; this module only holds the vocabulary, so it
can grow without touching the labelling logic. Patterns are case-insensitive and matched on
the words *before* an amount (``LEFT``) or right *after* it (``RIGHT``).
"""

from __future__ import annotations

import re

from board import patterns

ME_SUBJECT = patterns.compile(r"\b(?:i|i'?m|i'?ve|i'?d|i'?ll|we|we'?re|we'?ve|we'?d|we'?ll|myself|ourselves|my (?:wife|husband|partner|spouse)"
                              r"|(?:my|our) (?:brother|sister|dad|mum|mom|father|mother) and i)\b", re.I)
"""A first-person subject: the user's side made this move."""
THEM_SUBJECT = patterns.compile(r"\b(?:they|they'?re|they'?ve|they'?d|they'?ll|he|he'?s|he'?d|he'?ll|she|she'?s|she'?d|she'?ll|it|"
                                r"(?:the|their|his|her|a|an|one|first|second)\s+\w+|[A-Z][a-z]+)\b")
"""A third-party subject (names, "the dealer", "the couple"): the other side moved."""

OFFER_VERB = (r"(?:offer(?:ed|ing|s)?|came back|come back|comes back|coming back|counter(?:ed|ing|s)?|counter-?offer(?:ed)?|"
              r"propos(?:ed|es?|ing)|quot(?:ed|es?|ing)|suggest(?:ed|s)?|bid|came (?:down|up|in)|come (?:down|up|in)|went up|go up|"
              r"went down|went|go to|moved|move|raised|rais(?:e|es|ing)|increased|bumped(?: it)?|lowered|lower(?: it| the \w+)?|reduced|reduce(?: it| the \w+)?|dropped|drop(?:ping)?|"
              r"said|says|say|asked for|ask(?:ed|ing|s)? for|ask(?:ed|s)?|want(?:s|ed)?|would do|could do|can do|will do|do|"
              r"pay(?:ing|s)?|giv(?:e|es|ing)(?! or take)|gave|settled|meet|met|opened|open(?:ing|s)?|told (?:them|him|her)|threw out|throw out|floated|pitched|"
              r"put (?:in|forward|down)|tabled|sent (?:over|through)?|emailed|texted|replied|responded|lowball(?:ed)?|"
              r"agreed to|agree to|accepts?|accepted|stuck at|staying at|stay at|holding at|held at|sticking at|"
              r"(?:push(?:ing|es|ed)?|upp(?:ing|ed)|hik(?:ing|ed)|put(?:ting|s)?|rais(?:ing|ed)|increas(?:ing|ed)|bump(?:ing|ed)) (?:the |my |our |his |her |their )?(?:rent|price|rate|fee|premium|cost)(?: up)?|"
              # "pushing a 12% across-the-board increase", "imposing a 7% surcharge": a change put to the user
              r"(?:push(?:ing|es|ed)?|impos(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|slapp(?:ing|ed)(?: us)? with|hitting us with|hit us with) (?:through )?(?:a|an)(?=\s*$))")

_NEG = r"(?:not|never|no|n'?t|won'?t|wouldn'?t|can'?t|cannot|couldn'?t|(?:i|we) (?:really |just |honestly |truly )?(?:don'?t|do not|didn'?t|did not) (?:want|wish|plan|intend|like|need) to|refuse to|unwilling to)"
_CMP = r"(?:less than|under|below|lower than|more than|over|above|higher than|beyond|past|north of|south of)"

# (label, pattern) in priority order for ties; the cue nearest to the amount wins.
LEFT: list[tuple[str, str]] = [
    # "was hoping for at least 110": a hope, however phrased, is the aspiration, not the line (first: it ties with "at least")
    ("target", r"\b(?:hop(?:ing|e|ed)|aim(?:ing|ed)?|shoot(?:ing)?) (?:for|to get|to land) at least"),
    ("reservation", r"\b(?:(?:max(?:imum)?|top|highest|lowest|minimum) (?:approved|authori[sz]ed|allowed|agreed|signed-off|permitted) (?:price|budget|rate|number|figure|spend|salary|fee)(?: is| of| was)?|floor|bottom[- ]?line|(?:my|our) (?:absolute |real )?bottom(?: price| number| figure| dollar)?|rock[- ]bottom|minimum|(?<!\d )(?<!\d)min(?!\s+(?:away|drive|walk|ride|from|out))|lowest (?:i|we)(?:'d|'ll| would| will| can| could)?(?: go| accept| take| sell| do)?"
                    r"|" + _NEG + r"\b[^.;!?]{0,40}?\b(?:go |accept |take |settle |sell |buy |pay |do it |work |move |switch |budge )?(?:for |at )?(?:anything )?" + _CMP +
                    r"|(?:i|we) (?:don'?t|do not|never) (?:ever )?(?:sell|license|licence|rent|let|work|go|take|accept|do|lease|buy|pay|sign|settle|move|drive|teach|play|shoot|write|design|build)\b[^.;!?\d]{0,25}?" + _CMP +
                    r"|anything (?:" + _CMP + r"|up to|at or (?:below|under|above|over))|(?:can|could|would|'d|willing to|able to|prepared to|happy to|allowed to) (?:\w+ )?(?:pay|spend|go|stretch|afford|offer|do)(?: up)? (?:to|as (?:much|high|low) as)"
                    r"|(?:walk(?: away)?|move(?: out)?|leave|quit|cancel|switch|look elsewhere|go elsewhere|sell elsewhere)(?: (?:if|when|unless|once)\b[^.;!?]{0,30}?)? " + _CMP + r"|exceeds?"
                    r"|(?:i|we)(?:'d| would) (?:happily|gladly|still|even) (?:pay|take|accept|do it for|sell (?:it )?for|settle for)"
                    r"|(?:stay|sign|renew|do it|take it|buy it|accept|go ahead)(?: \w+)? if (?:they|he|she|it|the \w+)(?: \w+)? (?:got|get|gets|come|comes|came|go|goes|went|drop|drops|dropped|meet us|met us)(?: (?:down|up))? (?:to|at)"
                    r"|(?:i|we)(?:'d|'ll| would| will) (?:just |simply )?walk(?: away)? (?:if|unless) (?:they|he|she|it|the \w+)(?: \w+){0,2}? (?:(?:don'?t|doesn'?t|won'?t|can'?t|do not|does not|will not|cannot) )?(?:reach|get to|match|meet|come up to|come down to|go (?:up |down )?to|hit|pay|offer|beat|can'?t do|budge (?:to|from))"
                    r"|(?:the )?(?:most|max(?:imum)?|highest|least|lowest|minimum) (?:i|we)(?:'m| am|'re| are)? (?:really |honestly )?(?:willing|prepared|able|happy|ready) to (?:pay|accept|take|go|spend|offer|do|sell for)(?: is| would be| will be)?"
                    r"|(?:rather|sooner) (?:[^.;!?\d]{0,40}? )?than (?:\w+ ){0,2}?(?:take|accept|sell|settle|go|pay|work|do it|rent|sign|stay|earn|make|get)(?: (?:it|for|at))? (?:anything )?" + _CMP +
                    r"|if (?:it'?s|it is|it goes|the (?:price|rent|offer|fee|rate|number|salary|quote|bill|total) (?:is|goes|comes in|ends up)|they (?:go|come in|ask|want|offer|charge)) " + _CMP +
                    r"|(?:my|our|the) (?:hard |red |bottom )?line(?: in the sand)?(?: is| would be| will be| was)?|red line|hard line|deal-?breaker(?: is)?|walk-?away(?: point| number| price)?|walkaway|reservation(?: price| point)?|(?:max|maximum)(?: budget| price)?|budget(?: is| of| for this)?|ceiling|cap(?:ped)?(?: at)?"
                    r"|(?:my|our|the) (?:numbers?|math|maths|model|spreadsheet|business case) (?:only |still )?works? (?:up to|down to|to|at|until)"
                    r"|no more than|no less than|at (?:the )?most|at (?:the )?least|(?:the )?most (?:i|we) (?:can|could|would|will|'d|'ll)(?: \w+){0,2}|(?:the )?(?:most|max(?:imum)?|highest|least|lowest) (?:i|we)(?:'ve| have)? (?:agreed|decided|said|figured|settled on)(?: (?:that )?(?:i|we)(?:'ll| will| can| could|'d| would)? (?:pay|spend|go(?: to)?|accept|take|offer|sell for))?(?: is| would be| will be)?|highest (?:i|we)(?:'d|'ll| would| will| can| could)? (?:go|pay)"
                    r"|(?:^|:)\s*(?:below|under|above|over|less than|more than)|limit|need at least|top of my budget|afford(?: up to)?|drop dead|(?:is |would be )?acceptable(?: up to)?|signed off (?:on )?up to|authori[sz]ed (?:to go |up )?(?:to)?"
                    r"|(?:approved|cleared|authori[sz]ed|signed off on|green-?lit) (?:me|us|it)? ?(?:to (?:go|pay|offer|spend|sell|accept) )?(?:up to|as (?:high|low|much) as|down to))\b"),
    ("target", r"\b(?:(?:i|we) (?:figure|reckon|think|bet|guess) (?:i|we) (?:can|could|'ll|will) (?:get|buy|grab|snag|land) (?:it|them|this|that|the \w+)(?: for| at)?|hop(?:ing|e|ed) (?:for|to get|to land|to sell for|to pay|to buy|to rent|to charge)|hoping|aim(?:ing|ed)? (?:for|at)|target(?: is| was| of)?|(?:i'?m|we'?re|i am|we are) (?:now )?targeting|goal(?: is| was| of)?|"
               r"ideally(?: (?:get|pay|sell|charge|land))?|(?:i'?d|i would|we'?d|we would) love(?: to get| to pay| to sell for| to buy for| to charge)?|want to (?:get|pay|sell for|buy (?:it )?for|charge|end up (?:at|around|with))|"
               r"shoot(?:ing)? for|looking (?:for|to get)|dream(?: number)?|would like(?: to get)?|i'?d like(?: to get)?|i want|we want|expecting|expect|happy (?:at|with)|thrilled (?:at|with))\b"),
    # a note with the subject left out ("- want ~100k", "current 78k, want 100k"): the writer's own wish
    ("target", r"(?:^|(?<=[-*•>:,;(] )|(?<=[-*•>:,;(]))(?:really |ideally |would |'d )?(?:want(?:ing)?|hoping for|aiming for)(?= (?!to\b))"),  # not "like": ", like 450," is filler
    # "part of me wants to hold out for 550": the user's own wish, an aim (not a party named "Part" wanting it)
    ("target", r"\b(?:a )?part of (?:me|us) (?:really |still )?(?:wants|would like|hopes|is tempted) to (?:just |still )?(?:hold out|push|ask|hold|aim|stick|insist|try)(?: out| on| again)? (?:for|at|on)"),
    # what the same thing fetches elsewhere is the market, not an alternative in hand: "what my role pays elsewhere"
    # a figure after research the user says they haven't done is no market figure: "haven't looked up what it pays elsewhere, 85 feels right"
    ("none", r"\b(?:haven'?t|have not|didn'?t|did not|never) (?:really |actually |even |yet |properly )*(?:looked up|looked into|checked|researched|googled|asked around)\b[^.;!?\d$€£]{0,60}"),
    ("market", r"\b(?:what|how much) (?:[\w'’-]+ ){0,4}?(?:pays?|earns?|makes?|costs?|charges?|goes for|sells? for|rents? for|is worth|are worth) elsewhere"),
    ("alternative", r"\b(?:also (?:have|got|received|'ve got|has|had) (?:a |an )?(?:\w+ ){0,2}?(?:quote|offer|bid|proposal|estimate) from (?:\w+ ){1,3}?(?:at|for|of)|(?:another|other|competing|second|backup|rival|outside|counter|better) (?:job |written |firm |formal |verbal |cash )?(?:offer|quote|bid|proposal)s?|"
                    r"other job|other company|"
                    r"(?:another|other|a different|competing|a second|a rival|the other) (?:\w+ ){0,3}?(?:dealers?|dealerships?|vendors?|suppliers?|stores?|shops?|sellers?|buyers?|landlords?|places?|flats?|apartments?|houses?|agenc(?:y|ies)|contractors?|firms?|bidders?|candidates?|compan(?:y|ies)|clients?|customers?|employers?|couples?|providers?|options?|lots?|venues?|dealers?|platforms?)(?: (?:quoted|offered|pays?|charges?|is offering|has offered|will pay|would pay|agreed to|would do|will do|is asking|asks))?|"
                    r"keep renting(?: at| for)?|worst case|go(?:ing)? back to (?:my |the )?(?:\w+ ){0,3}?(?:at|for|paying|making)|stay(?:ing)? (?:put|where i am|at my (?:current )?(?:job|place))|elsewhere|alternative(?: is)?|backup|fallback|fall back|plan b|other option|only other option(?: \w+){0,3}|"
                    r"(?:has|have|sells?|selling|lists?|listed|got|carries) (?:the (?:exact |very )?same|an identical|a similar|one)|the (?:exact |very )?same (?:\w+ ){0,3}?(?:for|at)|"
                    r"if (?:this|it|that|the deal|the sale|they|he|she)(?: \w+){0,2} (?:falls? through|fails?|doesn'?t work out|says? no|walks?|backs? out|won'?t)(?: \w+){0,12}|"
                    r"(?:could|can|would|might) (?:always |just |still |instead )?(?:sell (?:\w+ )?(?:to|on|at)|buy (?:\w+ ){0,2}(?:from|at|elsewhere|instead)|rent (?:\w+ ){0,2}(?:from|elsewhere|instead)|"
                    r"move (?:to|into|in)|switch to|go with|go to|stay|keep (?:my|the|renting|it)|get (?:\w+ ){0,2}(?:elsewhere|from|instead)|hire (?:someone|another|\w+ else)|take (?:the|a|another|their|that) (?:other|\w+ job|offer))"
                    r"|someone else (?:would|will|is willing to|offered)|someone else"
                    r"|(?:viewed|seen|found|looked at|toured) (?:one|another one|another)\b(?! of)[^.;!?\d]{0,30}?(?:at|for)"
                    r"|(?:viewed|seen|found|looked at|toured|got approved for|been approved for|lined up|secured|have|got) (?:a|another|an(?:other)?|one) (?:\w+ ){0,2}?(?:flat|apartment|place|house|unit|room|studio|home|condo|job|role|position|contract|gig|car|van|supplier|vendor|venue|buyer)\b[^.;!?\d]{0,60}?(?:at|for|paying|that pays|which pays|,)?"
                    r"|(?:been |got |was |were |'ve been )?(?:pre-?)?approved for (?:a |an |another |the )?(?:\w+ ){0,3}?(?:flat|apartment|place|house|unit|lease|room|home|condo|rental|studio|bedsit|(?:\d|one|two|three)-?bed(?:room)?)(?:[^.;!?\d]{0,30}?)? (?:at|for)"
                    r"|(?:a|an|another) (?:cheaper|better|bigger|nicer|higher-?paying|better-?paying|better-?paid|similar|comparable|equivalent|identical|lower|competing) (?:\w+ ){0,2}?"
                    r"(?:flat|apartment|place|house|unit|car|van|one|job|role|position|project|client|contract|gig|supplier|vendor|venue|deal|offer|option|quote|bid|lease|candidate|buyer|seller|dealer)"
                    r"(?: (?:is |was |that'?s |which is )?(?:waiting|ready|lined up|sitting|available|on the table|in hand|pending|signed|to sign)(?: \w+){0,4}?)? (?:at|for|of|paying|pays|charging|that pays|which pays)"
                    r"|(?:keep|keeping|stay with|staying with|stick with|sticking with) (?:the|my|our) (?:current |existing |present )?(?:business|company|shop|house|flat|place|job|supplier|vendor|provider|landlord|car|lease)(?: \w+){0,5}? (?:at|worth|for|paying|which pays|that pays|valued at|which is worth|making|that makes|which makes))\b"),
    ("alternative", r"\b(?:(?:i|we)(?:'ve| have)? (?:got|have|received|gathered|collected|obtained) (?:two|three|four|five|several|a few|a couple of|some|\d+) (?:other |more |written |firm |competing |signed |formal )*(?:quotes|bids|estimates|proposals|offers)"
                    r"(?: (?:from (?:other|different|competing|rival) \w+|in hand|on the table))?(?: (?:at|of|for|from))?\s*:?"
                    r"|(?:an?|another|one) (?!offer\b)(?:[\w'-]+ ){1,7}?(?:has|have|is offering|offered me|offered us|would pay|will pay|(?:has |have )?sent (?:us|me)) (?:a |an |me |us )?(?:[\w-]+ ){0,3}?(?:project|job|gig|contract|role|position|opening|spot|booking|engagement|commission|letter of intent|loi|purchase order|order)s?\b[^.;!?\d$€£]{0,60}?(?:at|for|paying|worth|of))\b"),
    ("alternative", r"\b(?:a |an |one |the )?(?:competitor|competing (?:vendor|supplier|product|platform|tool|provider))(?:'s)?(?: (?:quote|offer|price|bid|proposal))?(?: \w+){0,3}?\s*(?::|at|for|of|is|quoted(?: us| me)?|offered(?: us| me)?)"),
    ("alternative", r"\b(?:my|our) (?:direct |other |regular |existing |usual |current )+(?:clients?|customers?) (?:pay|pays|are paying|will pay|would pay)(?: me| us)?\b"),
    # another party that already said yes to a price: "a DTC brand verbally agreed $15,500/mo for a similar scope"
    ("alternative", r"\b(?:a|an|another|one other) (?!offer\b)(?:[\w'-]+ ){0,3}?(?:client|customer|brand|company|firm|business|startup|buyer|account|prospect|agency|publisher|retailer|hospital|school|group|chain)s? (?:has |have )?(?:\w+ly |already |just )*(?:agreed|committed|signed(?: up)?)(?: to(?: pay)?| at| on)?"),
    # another party's work confirmed to the user: "another agency has confirmed a 6-month gig at £500/day", "a second client offered me a retainer at"
    ("alternative", r"\b(?:another|a second|a different|one other|a rival|a competing) (?:[\w'-]+ ){0,3}?(?:client|customer|company|firm|agency|employer|studio|publisher|startup|team|consultancy|recruiter)s? (?:has |have )?(?:\w+ly |already |just |also )*"
                    r"(?:confirmed|offered(?: me| us)?|booked(?: me| us)?|lined up)(?: (?:me|us))? (?:a |an )?(?:[\w-]+ ){0,3}?(?:gig|job|role|contract|project|engagement|booking|retainer|position|placement)s?\b[^.;!?\d$€£]{0,30}?(?:\bat|\bfor|\bpaying|\bworth|\bof)"),
    # a payer the user already works for, told by its kind: "my regular agency pays €0.09", "our usual distributor pays us 4.10"
    ("alternative", r"\b(?:my|our) (?:other |regular |usual |main |steady |existing |long-?time |anchor )+(?:agenc(?:y|ies)|employers?|publishers?|studios?|labs?|distributors?|wholesalers?|buyers?|accounts?|retailers?|brokers?) (?:pay|pays|are paying|will pay|would pay|buys? at|takes? (?:it|them) at)(?: me| us)?\b"),
    # a place seen by its size: "I toured a comparable 2br on Elm St, $2,200/mo", "we viewed a 3-bed round the corner for 1,450"
    ("alternative", r"\b(?:viewed|seen|found|looked at|toured|been shown|got approved for|been offered) (?:a|another|an|one) (?:\w+ ){0,2}?(?:\d|one|two|three|four|five)[- ]?(?:br|bd|bed|beds|bedroom|bedrooms|bed flat|bed house|bed apartment)\b[^.;!?\d]{0,40}?(?:at|for|,)?"),
    ("alternative", r"\b(?:(?:which|that|this|it) (?:would )?nets? (?:me|us)|(?:spot (?:loads?|market|rates?|work|freight)|the open market|other (?:customers|clients|shippers|buyers|brokers))\b[^.;!?\d$€£]{0,60}?\b(?:paying|pays|pay|paid|at|for|going for|goes for))(?: roughly| about| around| maybe)?\b"),
    ("alternative", r"\b(?:have|got|received|gathered|collected|gotten|obtained) (?:\w+ )?(?:quotes|bids|estimates|proposals|prices) from (?:\w+ ){0,3}?(?:[a-z]+s)\b(?: (?:nearby|locally|around here|in (?:the|our) area|in town))?\s*(?::|at|of|for)?"),
    ("alternative", r"\b(?:has|have|sells?|selling|lists?|listed|got|carries|stocks?|there'?s|there is|found|seen|spotted) (?:got )?(?:a |an |the )?(?:near(?:ly)?|almost|virtually|practically|basically|essentially|very|pretty much|all but)[- ]?(?:identical|similar|the same)\b(?: (?:one|model|unit|car|bike|van|truck|item|version|listing|spec|trim))?[^.;!?\d]{0,50}?\b(?:for|at|listed at|priced at|going for)"),
    ("alternative", r"\b(?:i|we) (?:already |currently |basically |easily |usually |normally |happily |just )*(?:sell|sell out|move|shift) (?:basically |pretty much |nearly |almost |practically )?(?:everything|all|most|every \w+|each \w+|all of (?:it|them|my \w+|our \w+))(?: (?:that )?(?:i|we) (?:make|produce|grow|bake|brew|roast|build|knit|print|paint|can make))?(?: \w+){0,3}? (?:on|at|through|via|in|to) (?:[\w.'&-]+ ){0,4}?(?:at|for)"),
    ("plan_counter", r"\b(?:unless|if not|or else)\s+(?:they|he|she|hr|the (?:company|landlord|seller|buyer|client|dealer|owner|employer|firm|agency))\s+(?:do|does|can do|will do|agree(?:s)? to|meet(?:s)? (?:me|us) at|come(?:s)? (?:up|down) to|go(?:es)? (?:up |down )?to|give(?:s)? (?:me|us)|bump(?:s)? it to)"),
    ("alternative", r"\b(?:solo|on (?:my|our) own|freelance|independently|going it alone|by (?:my|our)sel(?:f|ves)),? (?:i|we)(?:'d| would| could| can| will|'ll)? (?:probably |likely |easily |still )?(?:clear|make|earn|bill|net|take home|gross|pull in)\b"),
    ("current", r"\b(?:(?:current|existing|present) (?:job|employer|salary|role|position|pay|base|wage|package|comp|rent|lease|rate|price|contract|supplier|vendor|provider|landlord|flat|place|plan|deal)(?: pays?| paying| is| was| of| at| charges?| charging| costs?| gives (?:me|us))?|"
                r"currently (?:make|earn|get|paid|on|at|making|earning|getting|pay|paying)|(?:i'?ve|i have|i'?d|i had) been (?:[\w-]+ ){0,6}?(?:making|earning|on|paid|getting|taking home)|(?:i'?m|i am|we'?re|we are) currently (?:at|on)|i (?:make|earn|get paid|'?m paid|am paid)(?: now)?|(?:i'?m|i am) (?:a |an )?(?:[\w-]+ ){0,3}?(?:making|earning|on|paid|getting|taking home)|making now|"
                r"my (?:current )?(?:salary|pay|base|wage|hourly rate|rent) (?:is|of)|(?:pays?|paying) me|(?:i|we) (?:pay|are paying|'re paying)(?= [^.;!?]{0,12}$))\b"),
    ("me_offer", r"\b(?:i|we) (?:currently |now |already |normally |usually )?(?:bill|charge|invoice)(?: (?:them|him|her|the client|our client|the customer|it))?(?: at)?"),
    ("offer", r"\bif (?:you|u) (?:can |could |would |will )?(?:get|go|come|drop|bring it|make it|do it|meet (?:us|me))(?: (?:down|up))?(?: to| at| for)?"),
    # "they were at $4.40": their number (before the "we're at" cue, whose unmarked apostrophe also reads "were at")
    ("them_offer", r"\b(?:they|he|she)(?: were| was) (?:still |only |first |originally |initially )?(?:at|sitting at|asking|asking for|holding at)\b"),
    # the user's own recent rates for like work (ahead of "we're at", which also reads "were at"): "my last two projects were at €1,050 and €1,100", "my previous contract paid 95k"
    ("market", r"\b(?:my|our) (?:last|previous|past|recent|latest|most recent) (?:(?:two|three|four|five|few|couple of|\d) )?(?:[\w-]+ )?(?:projects?|contracts?|gigs?|engagements?|clients?|jobs?|roles?|assignments?|placements?|bookings?)"
               r" (?:were|was|all (?:were|paid)|paid(?: me| us)?|went for|billed|came in)(?: (?:at|for|around|about|between|roughly))*"),
    ("me_offer", r"\b(?:i'?m|i am|we'?re|we are|i was|we were) (?:now |still |only )?asking(?: them)?(?: for)?(?: (?:a raise|an increase|a bump) (?:to|of))?"
                 r"|\b(?:i'?m|i am|we'?re|we are) (?:now |still |only |currently )?(?:at|sitting at|holding at|stuck at)(?=\s*[$€£]?\s*$)"),
    ("plan_walk", r"\b(?:walk(?:ing)? away|walk|leave)\b"),
    ("plan_concede", r"\b(?:(?:will|'ll|going to|gonna|plan to|planning to|thinking (?:of|about)|want to|should i|(?:i|we) should|should we|(?:wants?|wanted|told|advised|advises|suggests?|suggested) (?:me|us) to|about to|might as well|may as well|might|could i|tempted to|willing to|ready to|considering|inclined to) (?:probably )?"
                     r"(?:just )?(?:(?:straight|right|all the way) )?(?:drop(?:ping)?|com(?:e|ing) (?:down|up)|go(?:ing)? (?:up|down)|mov(?:e|ing)|lower(?:ing)?|conced(?:e|ing)|bump(?:ing)?(?: it)?|rais(?:e|ing)|reduc(?:e|ing)|cut(?:ting)?|"
                     r"meet(?:ing)? (?:them|him|her)(?: halfway| in the middle)?|split(?:ting)? the difference|go(?:ing)?|offer(?:ing)?|do(?:ing)?|settl(?:e|ing) (?:for|at))"
                     r"(?: my (?:price|ask|number|offer|rate))?(?: to)?|split the difference(?: at)?|meet in the middle(?: at)?)\b"),
    ("plan_counter", r"\b(?:(?:will|'ll|going to|gonna|was gonna|was going to|plan to|planning to|planned to|thinking of|thinking about|want to|should i|(?:i|we) should|should we|(?:wants?|wanted|told|advised|advises|suggests?|suggested) (?:me|us) to|about to|intend to|might|considering|tempted to) "
                     r"(?:just )?(?:counter(?:ing)?(?: with| at)?|throw(?:ing)? out|float(?:ing)?|lowball(?:ing)?(?: (?:with|at))?|go(?:ing)? in (?:at|with)|start(?:ing)? (?:at|with)|come back (?:with|at)|propos(?:e|ing)|offer(?:ing)?|ask(?:ing)? for|open(?:ing)? (?:with|at)|say(?:ing)?|tell(?:ing)? them|repl(?:y|ying)(?: with)?|respond(?:ing)? with|text(?:ing)?|email(?:ing)?|send(?:ing)?|quot(?:e|ing)|bid(?:ding)?|put (?:in|forward))|counter(?:ing)? (?:with|at)|(?:my |the )?plan (?:is|was) to (?:\w+ ){0,5}?(?:say|tell \w+|ask for|offer|counter(?: with| at)?|propose|open (?:with|at))(?: (?:it'?s|that|them|him|her))*)\b"),
    ("plan_counter", r"\b(?:my|our) (?:plan|play|move|idea|strategy|approach|game ?plan|script)(?: is| was)?\s*(?::|-|—|is to|was to)\s*(?:to )?(?:just )?(?:offer|open(?: with| at)?|counter(?: with| at)?|ask for|bid|start(?: at| with)|go in (?:at|with)|lowball(?: (?:at|with))?|propose|say)\b"),
    # "my next (and probably last) move is €276k", "our next offer would be 41": the move the user is weighing
    ("plan_counter", r"\b(?:my|our) next (?:\((?:and|or) (?:probably |likely |maybe |possibly )?(?:last|final)\) |(?:and|or) (?:probably |likely |maybe |possibly )?(?:last|final) )?(?:move|offer|step|number|counter|counter-?offer|bid)(?: (?:is|would be|will be|could be|should be))?"),
    ("plan_accept", r"\b(?:(?:will|'ll|going to|gonna|plan to|thinking of|should i|tempted to|inclined to) (?:just )?(?:accept|take)(?: it| the offer| the deal)?|thinking (?:of|about) (?:just )?(?:accepting|taking)(?: it| the offer| the deal)?)\b"),
    # the yes weighed as a question: "worth one more push, or do I take 540?", "do we just accept 1,900?"
    ("plan_accept", r"\b(?:(?:do|shall|can) (?:i|we)|or (?:i|we)) (?:just |simply )?(?:accept|take)(?! home| out| off)(?: it| the offer| the deal| their)?(?: at)?"),
    ("them_offer", r"\b(?:announc(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|notif(?:y|ies|ied)(?: us)?(?: of)?|push(?:es|ed|ing)? through|impos(?:e|es|ed|ing)) (?:a |an |their |the )?(?:\d+(?:[.,]\d+)?\s?% )?(?:price |rate |rent |fee )?(?:increase|rise|hike|uplift|change)s?\b[^.;!?\d$€£]{0,12}?(?:→|->|=>|to|of)"),
    # a signed change they announced: "our supplier announced +18% effective next PO"
    ("them_offer", r"\b(?:announc(?:e|es|ed|ing)|notif(?:y|ies|ied)(?: us)?(?: of)?|impos(?:e|es|ed|ing)|push(?:es|ed|ing)? through|slapp(?:ed|ing) on)(?: (?:a|an|their|the))? ?\+"),
    ("them_offer", r"\b(?:his|her|their|(?:the )?(?!my\b|our\b)[a-z]+'s) [\"“']?(?:best|lowest|highest|final|bottom|last|top|best and final|out[- ]the[- ]door|otd) (?:price|number|offer|figure|deal|quote|rate|day rate|fee|salary)[\"”']?(?: is| was| of| at| came in at| now)?"),
    ("market", r"\bfair (?:[\w-]+ ){0,2}?(?:price|value)(?: range)?(?: (?:is|was|of|at|around|about|between))*"),
    # the user's own record on like work: "I've done four covers for similar-sized publishers: £3,200, £3,800, £4,500"
    ("market", r"\b(?:i'?ve|we'?ve|i have|we have|i|we) (?:already |previously |recently )?(?:done|sold|delivered|completed|built|shot|designed|written|illustrated|let|rented out|placed|billed|charged(?: for)?) "
               r"(?:\w+ ){0,4}?(?:for |to |with |in )?(?:\w+ )?(?:similar|comparable|like-for-like|similarly[- ]sized|similar-sized)\b[^.;!?\d$€£]{0,40}"),
    # what independent valuers put on it is the market, not an offer: "three valuations came back £17,500–£18,500", "the appraisal came in at 410"
    ("market", r"\b(?:valuations?|appraisals?|valuers?|appraisers?|surveyors?)(?: [\w-]+){0,2}? (?:came back|came in|put (?:it|the \w+)|valued (?:it|the \w+)|said|says|were|was|all came back|ranged?)(?: (?:at|between|around|about|from|in at))*"),
    # what the court route would cost the user is neither an offer nor a price: "a contested hearing would run me £4-5k in fees"
    ("none", r"\b(?:hearing|trial|court|litigation|lawsuit|legal action|small claims|tribunal|arbitration)\b[^.;!?\d$€£]{0,50}\b(?:cost|run|set)s? (?:me|us)(?: back)?(?: about| around| roughly| maybe| at least)?"),
    ("asking", r"\b(?:asking(?: price)?|ask(?:ing)? is|listed (?:it )?(?:at|for)|list(?:ing)? price|listing (?:is|was|at|says|for)|(?:is|was) listed|listed|list|sticker(?: price)?|msrp|advertised|posted(?: rate| price)?|"
               r"priced at|price tag|(?:they|he|she|seller|landlord|dealer)(?:'s| is| are) asking|rent is|price is)\b"),
    ("market", r"\b(?:(?:similar|comparable|equivalent|identical|other) (?:[\w-]+ ){0,3}?(?:are |were |is |'re )?(?:listed|advertised|for sale|selling|priced)(?: (?:[\w-]+ ){0,4}?(?:at|for|between|from|around))?"
               r"|market(?: rate| value| price| range)?|comps?|comparables?|glassdoor|levels\.fyi|payscale|indeed|kbb|kelley|blue book|zillow|"
               r"redfin|going rate|typical(?:ly)?|average|median|similar (?:ones|roles|jobs|cars|units|places|homes|houses|apartments|flats|positions)|"
               r"worth|valued(?: it)? at|valuation|appraised(?: at)?|range(?: is)?|pay band|band|sell for|go for|goes for|going for|sold (?:for|at|between)|retail(?:s)?(?: for| at)?|new (?:it|they) costs?)\b"),
    ("them_offer", r"\b(?:i|we)(?:'ve| have| had)? (?:accepted|took|agreed to) (?:an?|the|their|his|her) (?:\w+ )?offer(?: \w+){0,4}? (?:of|at|for)\b"),
    # "Rent's going from $2,100 to $2,450", "base rent goes from $32/sf to $41/sf": today's figure, then the new one put forward
    ("them_offer", r"\b(?:rent|price|pricing|rate|fee|premium|retainer|subscription|membership|charge|cost)(?:'s| is| are| will be)? (?:going|goes|go|went|rising|rises|increasing|increases|jumping|jumps|climbing|climbs)(?: up)? from"),
    ("none", r"\b(?:quote|estimate|bid|cost|price)s? (?:\w+ ){0,2}?(?:to|for) (?:fix|repair|replace|redo|patch|remove|clean|paint|fit|service)(?:ing)?\b[^.;!?\d$€£]{0,40}"),
    ("them_offer", r"\b(?:got|received|have|had|hold|holding|was given|were given|landed) (?:a |an |the |their )?(?:job |written |verbal |formal |initial |final |firm )?(?:offer(?: letter)?|quote|estimate|bid|proposal)(?: for| of| at| with)?\b"),
    ("offer", r"\b(?:thinking|thought|had in mind|have in mind|looking at|envisag(?:ed|ing)|pictur(?:ed|ing))(?: (?:of|about))? (?:more |something |somewhere )?(?:like|closer to|nearer(?: to)?|around|about|in the (?:region|ballpark|range) of)\b"),
    ("alternative", r"\b(?:i|we)?(?:'d| would) (?:much |honestly )?(?:rather|sooner) (?:just )?(?:take|go with|accept|do) (?:the|a|an|that|my|this) (?:[\w-]+ ){0,3}?(?:job|offer|gig|project|contract|role|deal|commission|booking)\b[^.;!?\d$€£]{0,60}?(?:\(|\bat|\bfor|\bpaying|\bworth|\bof|,)"),
    ("none", r"\b(?:my|our) (?:\w+ )?rate (?:works out|comes out|comes to|is roughly|is about)(?: at| to)?(?: around| about| roughly)?"),
    ("none", r"\b(?:kickstarter|crowdfunding|campaign|(?:funding|seed|series [a-e]) round|round|fund(?:raise|raising)?)\b[^.;!?\d$€£]{0,25}?\b(?:raised|brought in|pulled in|closed)\b(?: (?:about|around|over|nearly|almost))?|\b(?:just|recently) (?:raised|closed) (?:a |an |their |its )?"),
    # "our client is prepared to proceed at $210,000", "they're willing to close at 1.1M": a price they will deal at
    ("offer", r"\b(?<!not )(?<!n't )(?<!never )(?:prepared|willing|happy|able|ready) to (?:proceed|go ahead|move forward|close|complete|sign|transact|continue)(?: (?:with (?:the|this) (?:deal|sale|purchase|acquisition)|now|today))? (?:at|for|on)\b"),
    ("offer", r"\b" + OFFER_VERB + r"\b(?: (?:to|at|with|of|for|them|him|her|it|me|us|back|out|around|about|maybe|just|only))*"),
    ("me_offer", r"\b(?:my (?:offer|counter|counteroffer|counter-offer|opening|first offer|ask|initial offer|number|bid|quote|rate|price|last offer|latest offer|proposal)(?: was| is| of| at)?)\b"),
    ("them_offer", r"\b(?:their (?:offer|counter|counteroffer|counter-offer|opening|first offer|initial offer|number|bid|quote|final offer|latest offer|price|proposal|rate|fee|budget)|"
                   r"(?:the|an?|initial|first|written|verbal|new|revised|renewal) (?:offer|quote|proposal)(?: letter)?(?: is| was| of| at| came in at| for)?|offer(?:ed)? me|they'?re offering|came in at|"
                   r"(?:the |their |my |our |a )?new (?:rent|price|rate|fee|premium|salary|offer|quote|cost|charge|subscription|retainer)(?: will be| is going to be| would be| is| goes up to| going up to| becomes| of)?|"
                   r"(?:rent|price|rate|fee|premium|retainer|subscription)(?: [\w-]+){0,6}? (?:will be|is going to be|goes up to|going up to|is going up to|rises to|increases to|jumps to)|"
                   r"they'?ll do|they could do|they can do|(?:they|he|she|(?:the |their )?(?:dealer|seller|buyer|landlord|vendor|supplier|client|company|recruiter|agent|agency|owner|contractor|builder|other side|guy|couple|tenant|employer))(?:'re| are|'s| is) (?:now |still |only )?(?:at|sitting at|stuck at|holding at)|price (?:goes|going|went|rises?|rising|increases?) (?:up )?(?:from [^.;!?]{0,20} )?to|wants?)\b"),
    # "my manager says I can go as far as 15% off": how far I may go is my line
    ("reservation", r"\b(?:can|could|may|allowed to|authori[sz]ed to|able to|willing to|prepared to) (?:go|stretch|come down|come up|drop|discount|move) (?:as far as|as low as|as high as)"),
    # "I'm stopping at 335, period", "we stop at 8,200": where the user's side stops is the line
    ("reservation", r"\b(?:i'?m|i am|we'?re|we are|i'?ll|we'?ll|i will|we will|i|we) (?:just |simply |definitely |absolutely )?(?:stop(?:ping)?|draw(?:ing)? the line|tap(?:ping)? out) at\b"),
    ("none", r"\b(?:up from|down from|instead of|rather than|compared to|versus|vs\.?|not)\b"
             r"|\b(?:nets|netting|netted|net (?:profit|income|earnings)|grosses|grossing|grossed|turnover|revenue|profits?|income|ebitda|sde|earnings|cash ?flow|takings)(?: (?:of|is|was|are|were|about|around|roughly|approximately|maybe|like|just|over|under))*\b"),
    # another brand or chain the user could sign with instead: "an approved application with a different fitness brand: $30k fee"
    ("alternative", r"\b(?:another|a different|a rival|a competing|a competitor|the other|a second) (?:[\w-]+ ){0,2}?(?:brand|franchise|franchisor|chain|network|label|school|university|programme|program|lender|bank|insurer|carrier|gym|studio|club)\b[^.;!?\d$€£]{0,40}?(?::|\bat|\bfor|\bof|\boffering|\bcharging|\bquoted(?: me| us)?|\boffered(?: me| us)?)"),
    # a history told as labelled moves, "Their quote: 38,000 / My counter: 30,000 / Their revised: 35,500": the label's owner made the move
    ("me_offer", r"\b(?:my|our) (?:(?:first|second|third|latest|last|new|revised|initial|opening|next|updated|final) ){0,2}(?:counter|counter-?offer|offer|bid|reply|response|answer|ask|quote|proposal|move|revised|latest)\s*:"),
    ("them_offer", r"\b(?:their|his|her) (?:(?:first|second|third|latest|last|new|revised|initial|opening|next|updated|final) ){0,2}(?:counter|counter-?offer|offer|bid|reply|response|answer|ask|quote|proposal|move|revised|latest|price)\s*:"),
]

RIGHT: list[tuple[str, re.Pattern[str]]] = [
    ("reservation", patterns.compile(r"^\s*,?\s*(?:\w+\s+){0,2}?(?:that'?s|it'?s|which is|this is)\s+(?:\w+\s+)?(?:(?:my|our)\s*(?:absolute\s*|hard\s*|real\s*|very\s*)?(?:floor|minimum|bottom[- ]?line|walk-?away|limit|max(?:imum)?|ceiling|budget|reservation|red line)"
                                     r"|the\s*(?:absolute\s*|very\s*)?(?:floor|minimum|lowest|least|most|max(?:imum)?|bottom(?: line)?)\s+(?:i|we)\b)", re.I)),
    ("reservation", patterns.compile(r"^\s*(?:is|would be|as|=|was|,)?\s*(?:(?!and\b|but\b|then\b|so\b)\w+\s+){0,3}?(?:my|our|the)\s*(?:absolute\s*|hard\s*|real\s*)?(?:floor|minimum|bottom[- ]?line|walk-?away|limit|max(?:imum)?|ceiling|budget|reservation|red line)", re.I)),
    ("reservation", patterns.compile(r"^\s*(?:is|would be|was|as)\s*(?:\w+\s+)?(?:the|my|our) (?:lowest|most|highest|least)\b", re.I)),
    ("reservation", patterns.compile(r"^[^.;!?]{0,40}?(?:,|\band\b|—|-)\s*(?:anything |but )?(?:below|under|above|over|less than|more than|beyond) (?:that|this|it|which)\b", re.I)),
    # "I paid 1,100 for it and really didn't want to go under that": the figure pointed back to is the line
    ("reservation", patterns.compile(r"^[^.;!?]{0,40}?(?:,|\band\b|\bbut\b|—|-)\s*(?:(?:i|we)\s+)?(?:really\s+|honestly\s+|just\s+|definitely\s+)?(?:don'?t|didn'?t|do not|did not|won'?t|wouldn'?t|can'?t|cannot|will not|would not)\s+"
                                     r"(?:really\s+)?(?:want to|wanna|plan to|intend to|like to)?\s*(?:go|sell|drop|come down|come up|take|accept|settle|pay|let it go|part with it)\s+(?:(?:for|at)\s+)?(?:anything\s+)?(?:below|under|lower than|less than|above|over|more than|higher than|beyond) (?:that|this|it)\b", re.I)),
    ("reservation", patterns.compile(r"^\s*,?\s*(?:and|then)\s*(?:i'?m|we'?re|i am|we are|i'?ll|we'?ll|i will|we will|i|we) (?:just |simply )?(?:out|done|walk(?:ing)?(?: away)?|gone|pass(?:ing)?|stay(?:ing)? (?:put|where)|leav(?:e|ing)|look(?:ing)? elsewhere)\b", re.I)),
    ("reservation", patterns.compile(r"^\s*,?\s*(?:i'?m|we'?re|i am|we are|i'?d be|we'?d be|i would be|we would be) (?:much |far |probably |just )?better off\b", re.I)),
    # "I'd need £92k or I'll accept A", "it has to be 4,000 or we'll go with the other venue": my demand, with my fallback behind it
    ("reservation", patterns.compile(r"^\s*,?\s*or (?:else )?(?:i'?ll|we'?ll|i will|we will|i'?m|we'?re) (?:just |simply |happily )?(?:accept|take|go with|sign with|join|going with|taking|signing with|joining) (?:the other|another|option|offer|[A-Z]\b|them\b)", re.I)),
    ("reservation", patterns.compile(r"^\s*(?:max|tops|at most|at the most|at the very most|at least|minimum|absolute max|or (?:less|more|higher|lower|under|over|nothing))\b", re.I)),
    ("reservation", patterns.compile(r"^[^.;!?]{0,30}\b(?<!we )(?<!i )(?<!they )(?<!you )(?:is|are|would be|seems) (?:fine|acceptable|ok|okay|the line)\b|^[^.;!?]{0,20}\b(?:isn'?t|is not|wouldn'?t be|won'?t be|not) (?:worth|acceptable|enough)\b", re.I)),
    ("reservation", patterns.compile(r"^[^.;!?]{0,25}?\bbefore (?:i|we)(?:'d| would)? (?:\w+ )?(?:go|take|accept|sell|settle|walk|trade|use|call|let|sign|rent|list)\b", re.I)),
    ("current", patterns.compile(r"^[^.;!?]{0,12}\b(?:now|currently|at the moment|right now|these days|at my current)\b", re.I)),
    ("target", patterns.compile(r"^\s*(?:is|would be)\s*(?:my|our|the)\s*(?:target|goal|dream|ideal|aim)", re.I)),
    ("them_offer", patterns.compile(r"^\s*(?:is|was)\s*(?:their|the)\s*(?:offer|final|best|counter|top of)", re.I)),
    ("them_offer", patterns.compile(r"^\s*(?:cash\s+)?by (?:a|an|the|some|one|this|that|his|her|their) ", re.I)),
    ("alternative", patterns.compile(r"^[^.;!?]{0,20}\b(?:from|at|with) (?:another|the other|a different|a competing|a rival) ", re.I)),
    # work the user could do in its place: "a medical job waiting at 0.11 that I could take instead"
    ("alternative", patterns.compile(r"^[^.;!?\d]{0,30}?\b(?:that|which) (?:i|we) (?:could|can|would|might|will) (?:just |easily |always )?(?:take|do|accept|go with|sign|pick up) instead\b", re.I)),
    # a cost floor: "it costs us about 7k a month to service, so below that we're working for free", "under that we lose money"
    ("reservation", patterns.compile(r"^[^.;!?]{0,60}?(?:,|\band\b|\bso\b|—|-|which means|meaning)\s*(?:anything |everything |but )?(?:below|under|less than|lower than) (?:that|this|it|which)\b[^.;!?]{0,30}?"
                                     r"\b(?:(?:i|we)(?:'re| are|'m| am|'d be| would be)? (?:basically |just |effectively |actually |literally )?work(?:ing)?\b|work(?:ing)? for (?:free|nothing)|los(?:e|es|ing) (?:money|out)|at a loss|in the red|out of pocket|paying (?:to work|for the privilege)|(?:don'?t|doesn'?t|won'?t|can'?t) (?:even )?cover (?:our |my |the )?costs|subsidi[sz]|underwater|break(?:ing)? even)", re.I)),
]

RIGHT_CURRENT = next(rx for label, rx in RIGHT if label == "current")
"""After an amount: "…right now", "…currently" — how things stand today."""

THIRD_PARTY = patterns.compile(r"\b(?:another|other|a second|second|competing|rival|a different|outside|someone else|somebody else|anyone else|a new|(?:a |the |our )?competitor'?s?)\b"
                               r"(?! (?:thing|time|day|week|month|year|reason|issue|question|way|point|call|round|email|meeting|visit|service|experience|employment|\d|[$€£]))(?:(?<=\ba new)(?! (?:contract|proposal|agreement|terms|pricing|price list|rate card|schedule)\b)|(?<!\ba new))", re.I)
"""In the subject of an offer, these make it another party's offer: the user's alternative."""

CONTINUE = patterns.compile(r"^\s*(?:,|and|then|,?\s*then|,?\s*and then|,?\s*then (?:to|up to|down to|at)|,?\s*(?:and )?now (?:at|to|down to|up to)|or|/|,\s*and)?\s*"
                            r"(?:(?:went|came|moved|dropped|raised it|bumped it)\s*(?:up|down)?\s*(?:to)?)?\s*$", re.I)

COUNT_AFTER = patterns.compile(r"^\s*(?!(?:last|this|next|that|the|a|an|per|every|each|a few|in a)\s)(?:[a-z-]+\s+){0,2}?(?:days?|weeks?|months?|years?|hours?|people|units|boxes|parts|pieces|words|items|times|"
                               r"employees|techs|staff|seats|users|devs|developers|engineers|designers|consultants|contractors|workers|drivers|nurses|analysts|ftes|heads|licen[cs]es|shops|stores|locations|sites|kids|bedrooms?|beds|baths?|rooms?|miles|km|tonnes|tons|t|kg|lbs?)\b", re.I)
"""After a bare number: it counts things ("3 remote days", "50 parts a year"), it is not money."""

METRIC_AFTER = patterns.compile(r"^\s*(?:(?:a|per) (?:year|month)\s+|/\s*(?:yr|year|mo|month)\s+)?(?:in\s+)?(?:annual\s+|yearly\s+|monthly\s+|recurring\s+)?"
                                r"(?:turnover|revenues?|sales|takings|arr|mrr|ebitda|net income|net profit|gross profit|profits?|earnings|gmv|series [a-e]|seed round|(?:funding|seed|series [a-e]) round|in (?:venture |vc )funding)\b", re.I)
"""After an amount: a figure about a business ("£310k turnover", "$2m in annual revenue"), not a price anyone put forward."""

TRAIL = r"(?:\s+(?:to|at|with|for|of|around|about|roughly|maybe|it|them|him|her|down|up|by|just|only|like|my (?:price|ask|offer|number|rate)))*"
