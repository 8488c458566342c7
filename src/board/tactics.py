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

from board import patterns
from board.facts import quotes
from board.codes import FindingCode as F
from board.fastre import fast

_THEY = (r"(?:they|he|she|(?:the|their|his|her) (?:\w+ ){0,2}?(?:buyer|seller|client|customer|company|recruiter|landlord|tenant|vendor|supplier|dealer|"
         r"manager|boss|owner|agent|couple|team|director|rep|firm|guy|lady|wife|husband|agency|contractor|builder|provider|employer|hr|account|store|shop|person|seller's agent|dealership)s?|(?-i:[A-Z][a-z]+)|HR)")
_HEDGE = r"(?: (?:probably|likely|most likely|definitely|certainly|honestly|realistically|sadly|unfortunately|then|end up(?: having to)?))*"
"""An adverb between the modal and the verb: "I'll probably have to give notice", "we'd likely move out"."""
_THEY_WILL = _THEY + r"(?:(?:'ll| will| would|'d| might| could| may)" + _HEDGE + r"|(?:'d| would) (?:rather|sooner)|(?:'s|'re| is| are| was| were) (?:going to|gonna|ready to|prepared to|about to|happy to|threatening to|talking about|thinking (?:of|about))| (?:is|are|was|were) (?:going to|gonna)| threaten(?:ed|s|ing)? to| said (?:they|he|she)(?:'d| would| will|'ll))"
_WE_WILL = r"(?:we|i)(?:'ll| will| would|'d| might|(?: are| am|'re|'m) (?:going to|gonna|prepared to|ready to|about to)| (?:can|could))" + _HEDGE
_LEAVE = (r"(?:just |simply |happily |have to |need to )?(?:(?:move|go|turn) (?:on )?to (?:the next|another|a different|someone else|the other)|go with|hire|"
          r"find(?! (?:something|some ?way|a way|ways|common ground|a (?:middle|compromise|solution|fix|workaround|number|figure|price)|middle ground|room|the (?:money|budget|room)|(?:a |some )?budget))|"
          # "we could move this work to them", "we'll be moving forward with them", "we'll have to release the lanes"
          r"(?:move|shift|transfer|send|give|take) (?:this |the |our |that |all (?:the |our |of (?:the|our) )?|some of (?:the|our) )?(?:work|account|contract|job|project|freight|lanes?|routes?|spend) "
          r"(?:to (?:them|another|someone|somebody|a different|other|the other|a competitor|a rival|(?-i:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Q\d|Phase|Stage|Next|Later)[A-Z]\w+)(?! (?:to|and)\b))|elsewhere|in-?house)|"
          r"(?:(?:be )?(?:mov(?:e|ing)|go(?:ing)?) (?:forward|ahead)|proceed(?:ing)?(?: forward| ahead)?) with (?:them|another|the other|a different|someone else|somebody else|(?:a|the|that) (?:competitor|rival|cheaper \w+)|their (?:offer|proposal|quote|bid))|"
          r"(?:release|give up|hand back|discontinue|stop (?:running|serving|servicing|supplying|covering|carrying|hauling)) (?:the|those|these|your|that|this|all) (?:\w+ )?(?:lanes?|routes?|accounts?|service|supply|contract|capacity|slots?|allocation|runs?)|look (?:elsewhere|around|at (?:other|another))|take (?:our|their|his|her|my) business|"
          r"(?:review|reconsider|re-?evaluate|rethink|explore|weigh up|weigh|evaluate|assess|look at) (?:the |their |our |his |her |its |all (?:their |our |of (?:their|our) )?|other )?(?:options|alternatives|suppliers?|vendors?|relationship|partnership|position|contract)|move (?:on|to|our|the|out)|moving (?:on|out|to)|withdraw(?: (?:our|their|the|his|her|my) (?:offer|bid|interest))?|list (?:it |the \w+ |the house |the place )?(?:with|through) (?:another|a different|someone)|back out|bail|(?:take|bring|do|keep) (?:it |the work |the \w+ |everything )?in-?house|do it (?:themselves|himself|herself|ourselves|myself)|buy (?:a )?(?:different|another|new) one|go (?:for|with) (?:a|the) (?:cheaper|other|different|competitor)|sign with|book (?:someone|somebody|another|a different)|walk(?:ing)? (?:out|off)|buy new|buy (?:a )?new \w+|consider(?:ing)? (?:other|another|alternatives|a different|switching|leaving|moving|going)|(?:talk|talking|speak|speaking) to (?:other|another|a different)|look for (?:another|a new|someone|somebody)|find (?:another|someone|somebody|a new|a cheaper)|switch(?:ing)? (?:\w+ )?(?:providers?|suppliers?|vendors?|agencies|to)|give (?:the|our|your|their|this|that) (?:\w+ )?(?:slot|business|contract|account|space|work|job|deal|order|listing|spot|place|role) to|switch(?: to)?|walk(?: away)?|pass|buy (?:\w+ )?(?:elsewhere|from)|sell (?:it |the \w+ )?to|rent (?:it )?to|give it to|"
          r"give notice|hand in (?:our|their|his|her|my) notice|"
          # a tender is a threat to replace the incumbent: "put this out to tender", "go out to bid", "re-tender the account"
          r"(?:put|take|send) (?:this|it|that|the (?:\w+ )?(?:work|account|contract|business|job|service)|(?:our|their) (?:\w+ )?(?:work|account|contract|business)) (?:back )?out (?:to|for) (?:tender|bid|rfp|rfq)|go(?:ing)? (?:back )?(?:out )?to (?:tender|rfp)|re-?tender|run (?:a|an) (?:tender|rfp|rfq|pitch)|"
          # "we can get someone off instagram for 500", "I could get another guy for half that"
          r"get (?:someone|somebody|another (?:\w+ )?(?:guy|one|person|photographer|designer|dev|developer|agency|contractor|builder|supplier|vendor|freelancer|provider|firm|company|dj|band)|a (?:cheaper|different) (?:\w+ )?(?:guy|one|person|agency|contractor|builder|supplier|vendor|freelancer|provider|firm|company))(?: else)? (?:off|on|from|through|via|at|for|cheaper|to do it)\b|get (?:someone|somebody) else|"
          r"leave|pull (?:out|the offer)|take it off the market|go elsewhere|shop around|"
          r"(?:begin|start) (?:transitioning|moving|shifting|migrating|reallocating|re-?sourcing) (?:\w+ ){0,2}?(?:volume|business|orders|spend|work|accounts?|production)|"
          r"(?:transition|shift|migrate|reallocate|re-?source|move) (?:our |the |some |all |that |this )?(?:\w+ )?(?:volume|business|orders|spend|production)(?! (?:with|to) (?:you|us))|"
          r"get (?:\w+ ){0,2}(?:elsewhere|from someone else)|use (?:another|a different|someone)|delist|drop (?:you|us|the)|cancel|not renew|end the)")
_OTHERS = (r"(?:(?:other|another|plenty of|lots of|a lot of|several|a bunch of|many|a few|two|three|more|competitive|competing|rival|alternative) (?:other )?(?:\w+ )?(?:buyers|offers|candidates|finalists?|options|people|interest|"
           r"bidders|tenants|applicants|vendors|suppliers|devs|developers|quotes|contractors|agencies|firms|companies|interested parties|viewings|dealers|sellers|providers|freelancers|cars|houses|flats|places|properties)"
           r"|(?:another|a second|one more|a backup|a cheaper) (?:\w+ )?(?:buyer|candidate|offer|bidder|tenant|applicant|vendor|supplier|agency|option|quote|contractor|dealer|freelancer|provider|firm)"
           r"|(?:a |an )?(?:quote|offer|bid|proposal|price) from (?:a |an |another |other |a different |some |a cheaper |a rival )"
           r"|(?:[\w-]+ ){0,2}?[\w-]+s (?:lining up|lined up|queu(?:e)?ing(?: up)?|waiting in line|knocking (?:on|at) (?:our|the|my|his|her|their) doors?|begging)"
           r"|(?:another|a second|one more|a|some|other) (?:[\w-]+ ){0,2}?[\w-]+ (?:[^.;!?\n]{0,30}? )?(?:(?:who|that)(?:'ll| will| would|'d|'s| is| are)|(?:ready|waiting|keen|happy|prepared|lined up|willing|dying) to)(?: (?:happily|gladly|definitely|just|also))? (?:take|buy|rent|sign|snap|grab|jump at)\b(?! a (?:look|peek|glance|minute|moment|second|while)\b)"
           r"|(?:a )?waiting list|(?:a )?(?:queue|line) of (?:\w+ )?(?:people|buyers|tenants|applicants)"
           # "three other tracks that would work fine", "other venues that could do it"
           r"|(?:two|three|four|five|several|a few|a couple of|plenty of|lots of|many|more|other|\d+) (?:other )?(?:[\w-]+ ){0,2}?[\w-]+s (?:that|which|who) (?:would|could|will|can|'d)(?: \w+)? (?:work|do|fit|suit)"
           # "plenty of other candle brands to choose from": a shelf of substitutes for what the user sells
           r"|(?:plenty of|lots of|loads of|a lot of|many|several|dozens of|hundreds of|other|more) (?:other )?(?:[\w-]+ ){0,2}?[\w-]+s (?:to (?:choose|pick|select) from|(?:they|he|she) (?:could|can) (?:use|stock|carry|buy|pick|choose|book|hire)))")

THREAT_NARRATIVE = fast(
    r"\b" + _THEY_WILL + r" [\"“‘']?" + _LEAVE + r"\b"
    r"|\b" + _THEY + r"(?: has| have| had|'ve got| has got|'s got| mentioned| said (?:they|he|she) (?:has|have|had)| (?:has|have) (?:got|lined up|found)) [\"“‘']?" + _OTHERS + r"\b"
    r"|\b" + _THEY + r"(?:'re|'s| is| are| was| were)? (?:also |already |now )?(?:talking to|speaking to|in talks with|getting quotes from|got quotes from|interviewing|meeting|considering|looking at) " + _OTHERS + r"\b"
    r"|\bor (?:else )?(?:they|he|she)(?:'ll| will|'re| are|'s| is) (?:\w+ )?(?:going|moving|switching|walk(?:ing)?|leav(?:e|ing)|out|giv(?:e|ing) notice|hand(?:ing)? in|tak(?:e|ing)|look(?:ing)?|find(?:ing)?|sign(?:ing)? with|hir(?:e|ing)|book(?:ing)?|buy(?:ing)?)\b"
    r"|\b(?:or (?:else )?|otherwise,? )(?:they|he|she)(?:\'ll| will|\'d| would)? (?:(?:have to|need to|just) )?(?:withdraw|pull out|back out|walk(?: away)?)\b(?!\s*\?)"
    r"|\b(?:threaten(?:ed|s|ing)? to (?:walk|leave|go|pull|withdraw|cancel|switch|move|back out|take|find|drop|end|list|sell|hire|stop)|plenty of (?:other )?fish)\b"
    r"|\bthere(?:'s| is| are) (?:plenty of|lots of|loads of|a lot of|many|several|other|a queue of|a line of) (?:other )?(?:\w+ )?(?:houses|homes|cars|flats|apartments|places|properties|candidates|buyers|options|suppliers|vendors|"
    r"tenants|people|bidders|applicants|agencies|freelancers|contractors|companies)(?: (?:they|he|she) (?:could|can|might)| out there| interested| (?:queu|lin)ing up| waiting| available| who)\b", re.I)

_AGENT_THREAT = (r"\b(?:otherwise|or else|if not|or)\b,? (?:she|he|they|(?:the|my|our) (?:vendor|seller|owner|landlord|client|buyer|company))(?:'ll| will| would|'d)? (?:(?:have to|just|go ahead and|probably|then) )*"
                 r"(?:accept|take|go with|sign with|proceed with) (?:it|that|that one|theirs|the other(?: \w+)?|another(?: \w+)?|the (?:higher|better|rival|competing|new) (?:offer|bid|one))\b")
"""An agent speaking for their side, or told of it: "needs you to match by 5pm, otherwise she'll accept it", "or my client will take the other offer"."""

THREAT_SPEECH = fast(
    r"\b" + _WE_WILL + r" " + _LEAVE + r"\b"
    r"|\b(?:we|i)(?: have|'ve got| got|'ve had| had| have got| now have|'ve now got| already have| hold| are holding|'re holding| have received|'ve received| received) " + _OTHERS + r"\b"
    r"|\bor (?:else )?(?:we|i)(?:'ll| will|'re| are|'m| am) (?:\w+ )?(?:going|moving|switching|walk(?:ing)?|leav(?:e|ing)|out|done|giv(?:e|ing) notice|tak(?:e|ing)|look(?:ing)?)\b"
    r"|\bor (?:else )?(?:we|i) (?:just |simply )?(?:walk|go (?:with|elsewhere|to)|rent (?:it )?to|sell (?:it )?to|give (?:it|the \w+) to|take (?:our|my) business|move|switch|find|hire|buy|look|leave|cancel|pull)\b"
    r"|\b(?:otherwise|if not|or else)\b[^.!?]{0,40}\b(?:we|i)(?:'ll|'m|m| will| am)? (?:(?:just|gonna|going to|have to|need to|be forced to|probably|likely|definitely|certainly|honestly|realistically|sadly|unfortunately|then) )*(?:go|grab|buy|hire|find|get|look|take|walk|move|switch|withdraw|pull out|back out|cancel|give notice|hand in (?:my|our) notice)\b"
    r"|\b(?:we|i)(?:'ll| will)? (?:just |simply )?(?:move|go|turn|pass it) (?:on )?to (?:the next|another|a different|someone else|the other|other)\b"
    # the present for the future: "we're going with the other contractor", "I'm switching to another supplier"
    r"|\b(?:we|i)(?:'re| are|'m| am) (?:just |simply |then |probably |likely )?(?:going|moving|switching|signing) (?:(?:on )?(?:with|to)) (?:the other|another|a different|someone else|somebody else|a cheaper|the cheaper)\b"
    r"|\b(?:otherwise|if not|or else|or)\b,? (?:(?:i'?m|we'?re|i am|we are) (?=not)|(?:i|we) (?=don))?(?:not sure|don'?t (?:think|know if)) (?:this|it|that|the deal|we|i)(?:'ll| will| can| is going to)? (?:still )?(?:works?|work out|happens?|go ahead|do (?:it|this|the deal))\b"
    r"|\bplenty of (?:other )?(?:fish|buyers|people|interest|options)\b|\bsomeone else (?:will|would|can|is)\b|\b(?:no deal|i'?m out|deal'?s off)\b"
    r"|(?<!\band )(?<!& )\bwe'?re done\b|\b(?:or|otherwise),? (?:else )?we'?re done\b"
    # "we do have other strong candidates", "we have tons of photographers who'd do this for less"
    r"|\b(?:we|i) (?:do|really do|still|also|certainly|definitely) have " + _OTHERS + r"\b"
    r"|\b(?:we|i)(?: have|'ve got| got| have got) (?:tons|loads|heaps|dozens|hundreds|a ton|a load) of (?:other )?(?:[\w-]+ ){0,2}?[\w-]+s (?:who|that)(?:'d|'ll| would| will| can| could)\b"
    r"|" + _AGENT_THREAT, re.I)

THREAT_SPEECH = fast(THREAT_SPEECH.pattern + r"|\b(?:or|otherwise|else),? (?:(?:we|i)(?:'re|'m| are| am)) (?:off|gone|outta here|out of here)\b", re.I)
"""In their words, "take it or I'm off to see another one", "otherwise we're gone": a threat to leave."""
# "the studio down the road doesn't do deposits so I might just go there": off to the rival just named
THREAT_SPEECH = fast(THREAT_SPEECH.pattern + r"|(?:(?<=\bso )|(?<=\bor )|(?<=\belse )|(?<=\bthen )|(?<=\botherwise )|(?<=\botherwise, )|(?<=\bso, ))(?:we|i)(?:'ll| will|'d| would| might| may| could| can)(?: probably| maybe| honestly)? (?:just|simply) (?:go|head|switch|book) (?:there|with them|to them|with (?:that|the other) (?:one|place|\w+))\b"
                     r"(?! (?:first|later|together|tomorrow|today|tonight|again|afterwards|on \w+day|this|next|at \d|to (?:pick|collect|look|see|check|get|grab|drop)))", re.I)
# "or we'll transition by Q3", "otherwise we're moving it offshore": leaving told as taking the work somewhere else
THREAT_SPEECH = fast(THREAT_SPEECH.pattern + r"|\b(?:or|otherwise|else|if not),? (?:else )?(?:we|i)(?:'ll| will|'re| are|'m| am|'d| would)? (?:(?:have to|need to|just|probably|likely|be forced to|start|begin) )*"
                     r"(?:transition(?:ing)?|migrat(?:e|ing)|outsourc(?:e|ing)|offshor(?:e|ing)|mov(?:e|ing) (?:it |the work |everything |the account |production )?(?:offshore|in-?house|elsewhere|overseas)"
                     r"|(?:tak|bring)(?:e|ing)? (?:it|the work|this|everything) in-?house|replac(?:e|ing) you|terminat(?:e|ing)|end(?:ing)? (?:the|our|this) (?:contract|relationship|agreement|engagement))\b", re.I)
# "13,500 or I go look at the Accord", "six thousand or we're getting other quotes", "if the rent goes up I'll be moving out":
# leaving told as going to see the rival, as shopping the job, or in the progressive
_LEAVE_SOON = (r"be (?:moving (?:out|on|elsewhere)|leaving|going elsewhere|looking elsewhere|giving (?:my |our )?notice|handing in (?:my|our) notice|"
               r"switching (?:to|providers|suppliers)|walking away|taking (?:my|our) business elsewhere)")
THREAT_SPEECH = fast(THREAT_SPEECH.pattern + r"|\b(?:or|otherwise|else|if not),? (?:else )?(?:we|i) (?:just |simply )?go (?:and )?(?:look at|see|view|check out|test[- ]drive) (?:the|that|another|other|a|some|his|her|their)\b"
                     r"|\b(?:or|otherwise|else|if not),? (?:else )?(?:we|i)(?:'re| are|'m| am|'ll| will)? (?:just |simply )?(?:getting|get|going to get|gonna get) (?:other|more|some other|a few|some|new|competing|different|other people's) (?:quotes|bids|estimates|offers)\b"
                     r"|\b" + _WE_WILL + r" " + _LEAVE_SOON + r"\b", re.I)
THREAT_NARRATIVE = fast(THREAT_NARRATIVE.pattern
                        # their leaving told as a threat only with its condition ("they'll be moving out if the rent goes up"):
                        # "the sellers will be leaving the country in June" is a motive, not a threat
                        + r"|\b(?:if|unless|or|otherwise|else)\b[^.;!?\n]{0,60}?\b" + _THEY_WILL + r" " + _LEAVE_SOON + r"\b"
                        + r"|\b" + _THEY_WILL + r" " + _LEAVE_SOON + r"\b(?=[^.;!?\n]{0,60}\b(?:if|unless)\b)"
                        r"|\b(?:or|otherwise|else),? (?:else )?(?:they|he|she)(?:'re| are|'s| is|'ll| will)? (?:getting|get|going to get) (?:other|more|some other|a few|new|competing|different) (?:quotes|bids|estimates|offers)\b", re.I)
THREAT_REPORTED = fast(
    r"\b(?:said|says|saying|told (?:me|us)|tells (?:me|us)|telling (?:me|us)|wrote|writes|replied|mentioned|added|warned|made (?:it )?clear)(?: that)?,? [\"“‘']?(?:" + THREAT_SPEECH.pattern + ")",
    re.I)
"""Their first-person threat reported in the user's account: "they said we have other candidates"."""
THREAT_NARRATIVE = fast(THREAT_NARRATIVE.pattern + "|" + THREAT_REPORTED.pattern + "|" + _AGENT_THREAT, re.I)

TAKE_IT = fast(
    r"\b(?:take it or leave it|final offer|best and final|last offer|non-?negotiable|(?:it'?s|is|that'?s|this is|was) [\"“‘']?(?:our |their |my |his |her )?final|(?:is|'s|was) [\"“‘']?(?:firm and final|final and (?:firm|binding))|"
    r"final (?:answer|number|price|figure|word)|best (?:we|i|they|he|she) can do|won'?t go (?:any )?(?:higher|lower|further|up|down)|"
    r"(?:not|won'?t be) (?:able to )?(?:budging|moving|go (?:any )?(?:higher|lower|up))|firm on|that'?s (?:it|the best)|top of the (?:band|range|budget)|"
    r"can'?t go (?:any )?(?:higher|lower|further)|no wiggle room|won'?t budge|(?:is|as) (?:high|low|far) as (?:we|i|they|he|she) can go|no (?:more )?room|"
    r"(?:all|what) the budget allows|nothing more (?:we|i|they) can do|can'?t (?:do|offer) (?:any )?(?:more|better)|(?:won'?t|can'?t|not going to) move beyond|"
    r"(?:won'?t|wouldn'?t|not going to|can'?t) (?:go|come) (?:up|down)|(?:will not|won'?t|not going to) (?:go|come) (?:any )?(?:higher|lower)"
    r"|(?:[$€£]\s?\d[\d,.]{0,40}\s?k?|\d[\d,.]{0,40}\s?(?:k|dollars|euros?|pounds|bucks|quid)?)\s*(?:,\s*)?(?:firm|fixed|flat,? no haggling|non-?negotiable|no haggling|no offers)"
    r"|(?<!my )(?<!our )(?:price|rent|rate|fee|offer|number|salary|figure|it|that|this)(?:'s| is| was| are) (?:absolutely |completely |totally )?(?:firm|fixed|set in stone|not (?:up for )?negotia(?:ble|tion)|non-?negotiable)"
    r"|(?:is|are|'s) not (?:up for )?negotia(?:ble|tion)|isn'?t (?:up for )?negotia(?:ble|tion)|not open to negotiation|no (?:room for )?negotiation|no haggling|(?:this|that) is (?:the|our) (?:price|number), period"
    # a limit they put in words: "as high as they go", "not a penny more", "won't take a cent under", "30k is the floor"
    r"|(?:as|so) (?:high|low|far|much) as (?:we|i|they|he|she|the \w+)(?:'ll|'d| will| would| can| could| are| is| am|'re|'s)? (?:able to |willing to |prepared to |going to |gonna )?(?:go|do|pay|offer|accept|take|stretch)"
    r"|(?:not|won'?t (?:pay|give|offer|take|accept) (?:a|one)) (?:a |one )?(?:penny|cent|dime|dollar|pound|euro|quid|buck|rupee)(?: (?:more|less|lower|higher|under|over|below|above))?"
    r"|won'?t (?:take|accept|do|go|pay|sell|rent|let it go) (?:it |a \w+ )?(?:any ?thing |a penny |a cent )?(?:less than|under|below|lower than|more than|over|above|beyond)"
    r"|(?:is|'s|as|was) (?:the|their|his|her|our|my) (?:absolute |hard |final )?(?:floor|ceiling|limit|max(?:imum)?|min(?:imum)?|bottom line|cap|hard cap|hard limit|walk-?away|top)\b(?! (?:of|for|on) (?:the|my|a) (?:range|band))"
    r"|(?:end of (?:story|discussion|conversation)|no more (?:negotiat\w+|haggling|discussion|back and forth)|no further (?:negotiat\w+|discussion|movement)|nothing (?:more|else) (?:in|left in) the (?:budget|pot)|that'?s all (?:there is|we have|they have|i have))"
    r"|(?:is|are) what (?:it|they) (?:is|are)|(?:number|offer|price|rate|figure)(?: (?:is|was))? (?:not|isn'?t|won'?t be|is not) (?:going to |gonna )?(?:chang(?:e|ing)|mov(?:e|ing)|budg(?:e|ing))"
    r"|(?:won'?t|will not|not going to|refuse to|refused to|refuses to) (?:revisit|reopen|renegotiate|improve|sweeten|better|increase|raise|lower|reduce) (?:it|the (?:offer|price|number|rate|quote)|their (?:offer|price|number))"
    r"|(?:price|rate|offer|number|rent|figure|quote)(?:'s| is| was| are) (?:locked|fixed|capped|frozen|final)|locked (?:in )?at|(?:this|that) is it\b|(?:this|that)'?s it\b(?!\s*(?:\?|for (?:now|today)))"
    r"|(?:or|otherwise) (?:it'?s|the (?:offer|deal)(?:'s| is| will be| gets| goes)?|they(?:'ll| will) (?:pull|withdraw|rescind)) (?:gone|off(?: the table)?|withdrawn|pulled|dead|void|the offer|it)"
    r"|won'?t (?:entertain|consider|look at|accept|take|go for) (?:anything|any ?thing|offers?|a (?:penny|cent)) (?:less|lower|below|under|more|higher|above|over)"
    r"|(?:don'?t|doesn'?t|do not|does not|won'?t|never) (?:haggle|negotiate|do deals|discount|budge)\b|(?:tops?|maxe?s?|caps?) out at|"
    r"(?:zero|no|not any|not much) (?:flexibility|flex|leeway|give|movement|room to move)|or (?:nothing|no deal|forget it|walk away|you can walk)\b|rock[- ]bottom|bottom dollar|bare minimum|"
    r"(?:won'?t|will not|not going to|refuse to|refused to|refuses to|aren'?t going to|isn'?t going to)(?: be)? (?:revisit|reopen|renegotiat|improv|sweeten|better|increas|rais|lower|reduc|chang|mov|budg|bump)\w* (?:it|the|their|his|her|on|any)"
    r"|(?:if you want to|feel free to|you'?re (?:welcome|free) to|go ahead and) (?:shop around|go elsewhere|look elsewhere|try (?:someone|somewhere|elsewhere|another)|walk)"
    # "the price is the price", "I can't do anything more", "8,200 is what I have", "22k was the absolute lowest"
    r"|(?:price|number|rate|rent|offer|fee|budget) is the (?:price|number|rate|rent|offer|fee|budget)"
    r"|can'?t (?:do|offer|give) (?:any ?thing|much) (?:more|else|better|further)|(?:nothing|not much) (?:more|else) (?:i|we|they|he|she) can (?:do|offer|give)"
    r"|final(?<=\d final)(?!\s*\?| (?:offer|price|number|figure|bid)\?)|final(?<=\dfinal)(?!\s*\?| (?:offer|price|number|figure|bid)\?)"
    r"|(?:is(?<=\d is)|'s(?<=\d's)) (?:all|what) (?:i|we)(?:'ve| have)? (?:have|got)(?! (?:in mind|to|left|for))"
    r"|(?:is(?<!\bwhat is)|'s(?<!\bwhat's)|was(?<!\bwhat was)) (?:the (?:absolute|very) |(?:their|his|her) (?:absolute |very )?)(?:lowest|highest)\b(?! (?:of|in|so far|yet|price|prices|offer|offers|bid|bids|quote|quotes|among|on|for|one))"
    r"|take it or (?:walk|leave)|(?<!\bif )(?<!whether )(?:that\'?s|this is|that is|it\'?s|(?<=\d )is|(?<=\dk )is) (?:the )?(?:lowest|highest|best|most|least) (?:it|we|i|they|he|she)(?:\'ll| will| can| could)? (?:go(?:es)?|do(?:es)?)\b(?!\s*\?)|there\'?s the door|(?:sign|accept|take it) or (?:walk|we walk|i walk|forget it|don'?t)|(?:there'?s|there is) no (?:more )?(?:flexibility|wiggle room|room to move|movement)|(?:can'?t|cannot|won'?t) (?:move|budge|flex) (?:on|from) (?:it|that|this|the (?:price|number|rate|offer|rent))"
    r")\b", re.I)

AUTHORITY = fast(
    r"\b(?:(?:(?:my|his|her|their|our|the) )?(?:[\w-]+ )?(?:manager|boss|director|partner|wife|husband|spouse|board|ceo|cfo|coo|committee|finance(?: team)?|vp|head office|"
    r"headquarters|legal|procurement|deal desk|owner|sales manager|regional manager|superiors?|higher-?ups?|management|team lead|lender|bank) "
    r"(?:won'?t|wouldn'?t|has to|needs to|must|will have to|didn'?t|doesn'?t|hasn'?t|would never|will never|approve|caps?|capped|signs? off|decides|sets)"
    r"|need(?:s)? to (?:check|run it by|talk to|ask|clear it with|get approval|get sign-?off)|check(?:ing)? with (?:my|his|her|their|the)"
    r"|run (?:it|this|that|any \w+|the \w+) (?:by|past)|take (?:it|that|this|any \w+|the \w+|every \w+) back to|(?:needs?|requires?|required|pending|subject to|waiting (?:on|for)|get|getting|without) (?:[\w'’]+ ){0,3}?(?:approval|sign-?off|blessing|say-?so|permission|authori[sz]ation)|not (?:my|his|her|their) (?:call|decision)"
    r"|(?:above|out of|outside) (?:my|his|her|their) (?:pay grade|authority|hands|remit)|approval from|have to get it approved|let me see what i can do with"
    r"|(?:talk|speak|go) to (?:my|his|her|their|the) (?:manager|boss|director|partner|sales manager)|(?:only|can only) (?:approve|authori[sz]e)"
    r"|(?:has|have|gets?) the (?:final|last) (?:say|word)|(?:only|just) (?:the|my|his|her|their) \w+ can (?:approve|sign|decide|agree)|(?:ask|check with|consult) (?:the|my|his|her|their) (?:head office|finance team|board|owner|landlord|partner)"
    r"|(?:get|getting|needs?|waiting for) (?:the )?(?:green light|okay|ok|go-?ahead) from"
    # someone absent who decides, named in other ways: "signed off by head office", "his dad won't take less", "HR sets the bands"
    r"|(?:signed off|approved|okayed|ok'?d|authori[sz]ed|cleared|rubber-?stamped|decided|set|fixed|controlled|dictated|mandated) (?:by|at) (?:the |their |his |her |its )?(?:head office|corporate|hq|headquarters|management|board|owner|owners|boss|bosses|manager|director|finance|legal|hr|cfo|ceo|vp|committee|landlord|bank|lender|higher-?ups|people upstairs|regional|national)\b"
    r"|(?:check|checking|run it|confirm|clear it|talk it over|discuss it|go over it|consult)(?: (?:that|this|it))? (?:with|by|past) (?:corporate|hq|head office|management|finance|legal|hr|upstairs|the (?:office|business|family|owners?|powers that be)|(?:his|her|their) (?:\w+ )?(?:partner|wife|husband|spouse|dad|father|mum|mom|mother|parents|family|boss|manager|director|board|accountant|lawyer|superior|owner|team|bank|lender|head office|office|agent))"
    r"|(?:his|her|their) (?:hands are tied|hands were tied)|hands (?:are|were) tied"
    # the absent one's limit in quoted words: 'his VP "won't sign anything under 4.20"'
    r"|(?:his|her|their|the) (?:[\w-]+ )?(?:manager|boss|director|partner|board|ceo|cfo|coo|committee|vp|owner|head office|finance team|sales manager)(?: (?:says|said|insists|is adamant|told (?:him|her|them)))?,?:? [\"“‘'](?:he |she |they |we )?(?:won'?t|wouldn'?t|will never|would never|can'?t|cannot|doesn'?t|has to|needs to|must)\b"
    r"|(?:not|isn'?t|aren'?t|wasn'?t) (?:\w+ )?(?:authori[sz]ed|allowed|permitted|empowered|in a position) to (?:go|offer|approve|agree|sign|discount|drop|move|change|budge|negotiate|give|pay|accept|do)"
    r"|(?:need|needs|needed|would need|'d need) (?:the |his |her |their |a |an )?(?:\w+ ){0,2}?(?:manager|boss|director|vp|board|ceo|cfo|owner|partner|wife|husband|committee|head office|finance|legal|hr|landlord) to (?:sign off|approve|okay|ok|agree|authori[sz]e|sign)"
    r"|(?:my|his|her|their|our|the) (?:dad|father|mum|mom|mother|parents|family|business partner|co-?owner|accountant|lawyer|legal (?:team|department|dept)|finance (?:team|department|dept|director)|head office|sales director|general manager|gm|area manager|higher-ups|bosses|owners?|landlord)"
    r"(?: \w+){0,6}? (?:won'?t|wouldn'?t|has to|have to|needs to|need to|must|will have to|would have to|decides?|decided|sets?|caps?|capped|approves?|has the (?:final|last) (?:say|word)|gets? the (?:final|last) say|calls the shots|makes the (?:call|decision)|signs? off)\b"
    r"|(?:(?:hr|corporate|head office|hq|management|finance|legal|policy|the system|company policy)) (?:sets?|caps?|decides?|dictates?|controls?|won'?t (?:let|allow|approve|budge|sign))"
    r"|(?:has|have) to (?:go|be (?:run|taken|sent|escalated|approved|signed off)) (?:up|to|by|through) (?:the |his |her |their )?(?:chain|line|management|head office|corporate|hq|finance|legal|board|committee|boss|manager|director|owner|landlord))\b", re.I)




def _asked_above(whose: str) -> str:
    """Their side asked someone above and was told no: "I did ask my VP about going deeper and he won't approve"."""
    return (r"\b(?:ask(?:ed)?|check(?:ed)? with|spoke (?:to|with)|talked (?:to|with)|went (?:back )?to|took (?:it|this|that) (?:back )?to|raised (?:it|this|that) with) (?:" + whose + r") (?:[\w-]+ )?"
            r"(?:vp|manager|boss|director|supervisor|head of \w+|cfo|ceo|coo|owner|partner|board|team lead|finance team|committee|higher-?ups?|superiors?)"
            r"(?: [\w'’%$.,-]+){0,8}?,?(?: and| but)? (?:he|she|they)(?: just| basically| simply)? (?:won'?t|wouldn'?t|will not|would not|can'?t|cannot|refused|refuses|declined|said no|says no|shot (?:it|that) down|turned (?:it|that) down)\b")


def _plead_above(whose: str) -> str:
    """Their side going to plead with someone above: "let me go fight for you with my manager", "I'll see what I can do with my boss"."""
    return (r"\b(?:fight|go to bat|push|argue|plead|battle|work on (?:it|him|her|them)|see what (?:i|we|he|she) can do|try|lobby)(?: (?:for|on behalf of) (?:you|it|this|that|me|us))?"
            r" (?:with|against) (?:" + whose + r") (?:[\w-]+ )?(?:manager|boss|director|supervisor|owner|gm|finance(?: team)?|team lead|vp|cfo|ceo|higher-?ups?|superiors?)\b")


AUTHORITY_SPEECH = fast(AUTHORITY.pattern + "|" + _asked_above("my|our") + "|" + _plead_above("my|our|the"), re.I)
"""In their own words "my VP" is theirs; in the user's story it is the user's own boss, so only "his VP" counts there."""
AUTHORITY = fast(AUTHORITY.pattern + "|" + _asked_above("his|her|their") + "|" + _plead_above("his|her|their"), re.I)


def _handed_up(whose: str) -> str:
    """A decision handed to someone absent: "let me take it to the director", "the best my sales manager can do"."""
    boss = (r"(?:[\w-]+ )?(?:director|manager|boss|vp|board|owner|cfo|ceo|coo|partner|committee|head office|finance(?: team)?|higher-?ups?|superiors?|supervisor|gm)(?:e?s)?\b")
    return (r"\b(?:take|bring|put|escalate|send|kick) (?:it|this|that|the (?:number|offer|request|ask|price|rate)) (?:up )?(?:to|with|before) (?:" + whose + r") " + boss +
            r"|\b(?:the best|all|the most|as (?:much|far|low|high) as) (?:" + whose + r") " + boss +
            r" (?:can|could|will|would|is (?:willing|able) to) (?:do|approve|sign(?: off)?(?: on)?|go|allow|agree to|accept|authori[sz]e)\b")


AUTHORITY_SPEECH = fast(AUTHORITY_SPEECH.pattern + "|" + _handed_up("my|our|the|his|her|their"), re.I)
AUTHORITY = fast(AUTHORITY.pattern + "|" + r"\b(?:he|she|they|(?-i:[A-Z][a-z]+))(?:'ll| will| would|'d| has to| had to| needs? to| is going to| was going to| wanted to| wants to| had| has)? " + _handed_up("the|his|her|their"), re.I)
"""In the story, a decision they hand up: "she'll take it to the director", "the best his manager can do" (the second part needs no subject)."""
_NOT_UP_TO = r"\b(?:(?:it'?s|it is|that'?s|that is|it was|that was)(?: really| just| simply)? not|(?:it |that )?(?:isn'?t|wasn'?t|is not|was not))(?: really| just| simply)? (?:up to|(?:in|within) (?:the )?(?:gift|power|hands) of) "
_HAND_ANY = (r"\b(?:have|has|had|need|needs|needed|would have|'d have|will have|'ll have)(?: to)? (?:take|bring|put|escalate|send|kick|refer) (?:anything|any ?thing|something|any (?:\w+ ){0,2}?(?:more|else|further|extra)|(?:any|every) \w+)(?: (?:else|more|further|extra|beyond that|above that|on top))? (?:up )?(?:to|before|with|past) (?:the|his|her|their|our|my) "
             r"(?:[\w-]+ )?(?:board|governors|trustees|committee|director|manager|boss|vp|owner|cfo|ceo|head office|finance(?: team)?|higher-?ups?|partners?)\b")
AUTHORITY_SPEECH = fast(AUTHORITY_SPEECH.pattern + "|" + _NOT_UP_TO + r"(?:me|us)\b|" + _HAND_ANY, re.I)
AUTHORITY = fast(AUTHORITY.pattern + "|" + _NOT_UP_TO + r"(?:him|her|them)\b|" + _HAND_ANY, re.I)
"""A decision that sits with someone absent: "it's not up to me" (in their words; "not up to him" in the story),
"I'd have to take anything else to the board"."""

NIBBLE = fast(
    r"\b(?:one (?:(?:more|last|small|little|tiny|final|quick) ){1,2}(?:thing|request|favou?r|ask|detail)|just one (?:small |more |last )?thing|oh,? and|"
    r"(?:can|could|would|will) you (?:also|just|now|please|maybe) (?:\w+ ){0,2}?(?:throw in|include|add|cover|do|leave|pay|contribute|make|knock|take|deliver|drop (?:it|them) off|bring|install|ship|carry|haul|fit|help|move|sort)|"
    r"(?:can|could|would|will) you also \w+|"
    r"(?:they|he|she)(?:'re| are| is|'s)? (?:now |also |then |suddenly |since )+(?:want|wants|asked|asking|asks|request(?:ed|s|ing)?|push(?:ing)? for|add(?:ed|ing)?)|"
    r"(?:now|then|and then) (?:they|he|she) (?:want|wants|asked|is asking|are asking|requested|added|came back asking)|"
    r"(?:also|and) (?:contribute|throw in|cover|leave|include|add)|would you be (?:ok|okay|alright|fine) with|"
    r"last[- ]minute (?:request|ask|addition|change)|(?:the \w+|[A-Z][a-z]+) (?:now |also |then |suddenly |since )+(?:wants?|asked|asks|asking|requests?|requested|expects?)|"
    r"came back (?:and )?(?:asking|wanting|asked|wants)(?: (?:me|us))? (?:to|for) (?:also |just |throw |include |add |cover |pay |leave )|"
    r"before (?:we|i) (?:send|sign) (?:the )?paperwork|as part of the (?:agreed|same) (?:price|deal)"
    # one more cut asked for: "can you knock off another 300", "take another £200 off", "another 300 off"
    # "he came back with two small requests", "she came back with one more ask"
    # a list of extras after the handshake: "today his solicitor sends a list: £3k off…", "she emailed a string of new conditions"
    r"|(?:sends?|sent|sending|emails?|emailed|forward(?:s|ed)|came back with|comes back with|adds?|added|tack(?:s|ed) on|slipp(?:ed|s) in) (?:me |us |over |through )?(?:a |another |this )?(?:(?:long|short|little|new) )?(?:list|string|raft|series|bunch|handful)"
    r"(?:(?=\s*:)| of (?:new |extra |further |more |last-minute )?(?:extras|demands|requests|asks|conditions|changes|deductions|add-?ons|terms|items|things))"
    r"|came back (?:to (?:me|us) )?with (?:two|three|a couple of|a few|some|one|another|an?)(?: more| last| final| extra)? (?:small |little |quick |minor |tiny |extra |more |new )?(?:requests?|asks?|things?|demands?|conditions?|additions?)"
    r"|(?:can|could|would|will) you (?:\w+ )?(?:knock|take|shave|drop|come down|bring it down)(?: it)?(?: off| down)? (?:another|a further|an extra|an additional) [$€£]?\s?\d[\d,]*"
    r"|(?:knock|take|shave)(?: it)?(?: off)? (?:another|a further|an extra|an additional) [$€£]?\s?\d[\d,.]*\s?k?\s?(?:dollars|euros?|pounds|bucks|quid)? off"
    r"|(?<!i )(?<!we )(?:another|a further|an extra) [$€£]?\s?\d[\d,.]*\s?k?\s?(?:dollars|euros?|pounds|bucks|quid)? off\b(?! (?:from me|on my side))"
    # an ask that adds something: "asked me to throw in the tyres", "wants it delivered for free", "can you knock off another 50"
    r"|(?:ask|asks|asked|asking|want|wants|wanted|request|requests|requested|requesting|expect|expects|expected|would like|'d like|wondered|wondering|messaged|texted|emailed|pushing|pushed|hoping)"
    r"(?: (?:me|us|if|whether|for|to|that))+(?: (?:i|we) (?:could|can|would|'d|will))?(?: [\w'’-]+){0,4}? (?:throw(?:ing)? in|chuck(?:ing)? in|(?:also|additionally) \w+|include|includ(?:e|ing) (?:the|a|an|my|his|her)|knock(?:ing)? (?:off|down) (?:another|a (?:further|bit more|little more)|an extra)|(?:an?|two|three|some) (?:extra|additional|more|free) \w+|another \d|for free|free of charge|at no (?:extra )?(?:charge|cost)|for nothing|on top|as well|too\b|in addition|(?:a )?(?:free|complimentary) \w+|(?:deliver|drop|bring|install|haul|move|fit|ship)(?: it| them| the \w+)?(?: (?:over|round|around|off|away))? (?:for free|free|at no))"
    r"|(?:now|then|and then|but then|after that|afterwards|since then|the (?:next|following) (?:day|morning|week)|the day after|a (?:day|week|few days) later|later that (?:day|evening|week)|at the last minute|last minute)"
    r",? (?:they|he|she|the \w+|[A-Z][A-Za-z]+)(?:'s|'re| is| are| has| have)? (?:also |suddenly |now |then )?(?:ask(?:s|ed|ing)?|want(?:s|ed|ing)?|request(?:s|ed|ing)?|expect(?:s|ed|ing)?|would like|'d like|push(?:es|ed|ing)? for|insist(?:s|ed|ing)?|need(?:s|ed)?|add(?:s|ed)?)"
    r"(?: (?:me|us|for|to|if|whether|that|on|a|an|the))?)\b", re.I)

NIBBLE_SPEECH = fast(NIBBLE.pattern + r"|\b(?:(?:two|three|a couple of|couple of|a few|one|a) (?:more |last |final )?(?:small|little|quick|tiny|minor|last) (?:things?|requests?|asks?|favou?rs?|tweaks?|changes?|points?)\b"
                     r"|before (?:i|we) (?:sign|countersign|send (?:it|this|that) back)\b"
                     # "ah and the cabinet in the back, you can put it also?": one more thing asked, the word order of a second language
                     r"|\b(?:oh|ah|and oh),? and\b|\byou (?:can|could|will|would) (?:[\w'’-]+ ){1,4}?(?:also|too|as well)\s*\?)", re.I)
"""In their own words after the deal, "two small things: …" and "before I sign, …" open an extra ask; in the story they need not."""
# "oh btw there's a $150 cleaning fee I forgot about, can you cover that one?": a cost sprung as an aside, put on the user
NIBBLE_SPEECH = fast(NIBBLE_SPEECH.pattern + r"|\b(?:btw|by the way|oh(?: and)?,? (?:also|one more thing)|(?:i|we) forgot (?:about|to (?:mention|say|add)))\b[^.?!\n]{0,80}?\b(?:can|could|would|will) (?:you|u)\b"
                     r"(?: (?:please|maybe|just|also|guys))? (?:cover|pay(?: for)?|chip in|pick up|take care of|handle|add|throw in|include|split|sort)\b", re.I)

NIBBLE_AFTER = fast(NIBBLE_SPEECH.pattern + r"|\b(?:(?:can|could|would|will) (?:you|u) (?:please |maybe |just |also )?(?:add|throw in|chuck in|include|deliver|drop (?:it|them|the \w+) (?:off|round)|bring|install|ship|haul|cover|stay|extend|upgrade|give (?:us|me) (?:an?|the|some) (?:extra|free|additional))"
                    r"|you(?:'re| are)(?: also| still)? (?:throwing|chucking|including|adding|leaving|covering|delivering) [^.?!\n]{0,80}?\b(?:right|yeah|yes|correct|too|as well|yeah\?)\s*\?"
                    r"|quick (?:one|favou?r|ask|request)\b)", re.I)
"""Their own words once the deal is told: any ask to add, include or deliver something more is one more thing."""

_WARM = fast(r"\b(?:warm|friendly|nice|lovely|sweet|kind|apologetic|sympathetic|on my side|on our side|on your side|want (?:this|it) to work|fight(?:ing|s)? for (?:me|us|you)|"
                   r"really (?:want|wants) (?:you|me|us)|i'?m sure we can (?:sort|work)|soft(?:er)?|reasonable(?: one)?|good cop|apologi[sz](?:ed|ing|es)|"
                   r"all smiles|charming|pleasant|helpful|accommodating|understanding|easy-?going|supportive|encouraging|sympathi[sz]\w*|chummy|matey|"
                   r"(?:wants?|want(?:ed)?) to (?:make (?:this|it) work|help|get (?:this|it|a deal) done)|(?:really |so |super )?keen (?:on|to have) (?:me|us|you)|in (?:my|our|your) corner|fighting (?:my|our|your) corner|"
                   # "we love your proposal", "you're exactly the person we want", "help me help you", "I can talk him down"
                   r"(?:we|i) (?:really |absolutely |just |honestly )?love (?:your (?:\w+ )?(?:proposal|work|portfolio|profile|background|offer|application|pitch|ideas?|plan|design)|working with (?:you|your team)|having you)|"
                   r"you'?re (?:exactly |really |just )?(?:the|who) (?:\w+ )?(?:person|one|candidate|guy|team|people|firm|agency|tenants?|buyers?) (?:we|i) (?:want|need|like)|"
                   r"(?:i'?m|we'?re) sure we can (?:find|figure|make|come to|get to|land on)|help me help you|"
                   r"(?:i|we) (?:really |genuinely |honestly )?like you(?: guys| two| both| all)?\b(?! to)|want (?:you|you guys|you two) (?:in there|on board|on the team|as (?:our|my) \w+)|"
                   r"talk (?:him|her|them|my \w+|our \w+) (?:down|round|around)|put in a (?:good|kind) word|go (?:in )?to bat for (?:you|me|us)|"
                   # the friendly one, confiding: "don't worry about Trent", "don't let Dan scare you", "between us", "I want you guys", "I can get him to knock 5k off"
                   r"don'?t (?:worry about|mind) (?:him|her|(?-i:[A-Z][a-z]+)|(?:the|my|our) (?:manager|boss|cfo|ceo|coo|director|partner|owner|procurement(?: \w+)?|finance(?: \w+)?|other one))|"
                   r"don'?t let (?:him|her|them|(?-i:[A-Z][a-z]+)|(?:the|my|our) \w+) (?:scare|worry|bother|rattle|fool|spook|intimidate|get to|put) (?:you|u)|"
                   r"between (?:us|you and me|ourselves)|off the record|(?:i|we) (?:really |just )?want you(?: guys| two| both| all)?\b(?! to\b)|"
                   r"(?:i|we) (?:think (?:i|we) )?(?:can|could) get (?:him|her|them|my \w+|our \w+) to (?:knock|drop|come down|move|agree|approve|accept|budge|sign|go|take|shave|meet))\b", re.I)
_HARD = fast(r"\b(?:cut (?:me|us|him|her|them) off|your (?:\w+ )?(?:rates?|prices?|fees?|numbers?|quotes?|ask|costs?)(?:'re|'s| are| is)? (?:(?:way|far|well|miles|completely|totally|just|frankly|honestly|simply) )*(?:above|over|below|under|out of step with) (?:the )?market|cold|ice[- ]cold|blunt|hostile|aggressive|tough|rude|harsh|mean|hard-?line|hardball|stern|curt|dismissive|brusque|"
                   r"barely look(?:s|ed)?|snapped|sl(?:am|ap)(?:s|med|ped|ming|ping)? (?:\w+ ){0,3}down|storm(?:s|ed|ing)? (?:off|out)|there\'?s the door|unpleasant|grumpy|angry|bad cop|hard one|impatient|frosty|pushy|"
                   r"hard-?ass|hard-?nosed|ruthless|combative|confrontational|condescending|stubborn|difficult|intimidating|arrogant|short with|"
                   r"(?:shak(?:e|es|ing)|shook) (?:his|her|their) heads?|scoff(?:s|ed|ing)?|laugh(?:s|ed)? at|roll(?:s|ed)? (?:his|her|their) eyes|"
                   r"shoot(?:s|ing)? (?:\w+ )?down|shot (?:\w+ )?down|reject(?:s|ed|ing)? (?:everything|every|each|it|all|any|my|our)|turn(?:s|ed)? down (?:everything|every|each|all)|"
                   r"tear(?:s|ing)? (?:\w+ ){0,3}apart|tore (?:\w+ ){0,3}apart|picks? (?:\w+ ){0,3}apart|nitpick\w*|"
                   r"(?:says?|said|saying|keeps? (?:saying|telling \w+|insisting)|insist(?:s|ed|ing)?) (?:that )?(?:no(?: way)?(?: to)? (?:every|each|any|all)|"
                   r"(?:we'?re|i'?m|you'?re|it'?s|that'?s|we are|i am|you are|it is|the \w+ is|(?:my|our|the) (?:number|price|rate|ask|quote) is) (?:way |far |much )?(?:too (?:expensive|high|much|pricey|low)|overpriced|over budget|out of (?:budget|range|line)|ridiculous|unrealistic|crazy|a joke))|"
                   r"(?:says?|said|saying) no to (?:everything|every|each|anything|all)|"
                   # "your rates are way out of line", "that's not happening"
                   r"(?:your|the|these|those|this) (?:\w+ )?(?:rates?|prices?|fees?|numbers?|quotes?|ask|offer|proposal|figures?|terms)(?:'re|'s| are| is)? (?:(?:way|far|completely|totally|just|frankly|honestly|simply) )*(?:out of line|ridiculous|insulting|a joke|laughable|absurd|outrageous|way too (?:high|low|much)))\b", re.I)
# a threat in the hard one's mouth: "then her solicitor jumps in saying they'll see us in court", "he threatens to sue"
_HARD = fast(_HARD.pattern + r"|\b(?:see (?:you|us|them|me) in court|threat(?:en(?:s|ed|ing)?|s)? (?:to |of |with )?(?:sue|suing|court|legal action|litigation|a lawsuit|take (?:us|me|you) to court))\b", re.I)
_REFUSAL = fast(r"\b(?:(?:that'?s|that is|this is|it'?s|it is) not (?:happening|gonna happen|going to happen)|not a chance|no chance|no way)\b", re.I)
"""A flat no in a speaker's own line ("Yeah that's not happening"): hard in a chat or an absent partner's mouth, not in a story."""
_PEOPLE = patterns.compile(r"\b(?:(?!(?:The|Then|This|That|They|Their|She|He|His|Her|It|We|Our|My|But|And|So|Honestly|Last|First|Meanwhile|When|While|Sadly|Yeah|Hey|Hi|Hello|Thanks|Sorry|Sure|Yes|No|Okay|Well|Look|Also|After|Before|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]{2,}"
                           r"|(?i:(?:(?:the |their )?\w+'s|the|his|her|their|its) (?:\w+ )?(?:manager|boss|vp|director|wife|husband|partner|salesman|salesperson|rep|ae|agent|owner|recruiter|"
                           r"hiring manager|deal desk|finance|other one|one|guy|woman|man|colleague|president|chair(?:man|woman|person)?|treasurer|secretary|trustee|landlord|landlady|son|daughter|dad|father|mum|mom|mother|brother|sister|buyer|seller|"
                           r"procurement(?: \w+)?|cfo|ceo|founder|producer|coordinator|planner|organi[sz]er|editor|lawyer|accountant|dealer|broker|supervisor|lead|head|team|negotiator|person|lady|chap|bloke|assistant|associate))"
                           r"|(?i:one of them|the other (?:one|guy|woman|man|person)?|(?:he|she)(?: \w+)? (?:herself|himself)))\b")

# legal people on their side count too ("her solicitor", "their attorney"), and the warm one told by a pronoun ("she's warm")
_PEOPLE = patterns.compile(r"\b(?i:(?:the|their|his|her) (?:solicitor|attorney|counsel|barrister|lawyer|advocate|mediator|adviser|advisor))\b"
                           r"|\b(?i:(?:she|he)(?:'s| is| was) (?:all )?(?:warm|friendly|nice|lovely|kind|sweet|smiles|pleasant|charming))\b|" + _PEOPLE.pattern)


_MY_MANNER = patterns.compile(r"\b(?:i|we|plan|my plan|our plan)\b(?:'\w+)?[^.!?;:\n]*$", re.I)
"""The friendly manner is the user's own ("Plan: thank him, keep it friendly"): a warm word in their clause is no good cop."""


def good_cop_bad_cop(text: str) -> str | None:
    """A warm person and a hard one on their side: both moods, in different sentences or clauses, about people."""
    warm = [m for m in _WARM.finditer(text) if not re.search(r"\b(?:not|n'?t|never)\s+(?:\w+\s+)?$", text[max(0, m.start() - 20):m.start()], re.I)]
    if not warm:
        return None
    # the hard one: a hard manner, or the other person putting a flat limit ("That's it", "22k was the absolute lowest")
    # (a flat limit makes a bad cop only next to the friendly one in the same scene: read only there; before it too —
    # "the president says they can't do more than 38 … the treasurer is super sweet")
    limits = {m.span(): m for w in warm for m in TAKE_IT.finditer(text, w.end(), w.start() + 300)
              if "\n\n" not in text[w.start():m.start()]}
    limits.update({m.span(): m for w in warm if not _MY_MANNER.search(text[max(0, w.start() - 120):w.start()])
                   for m in TAKE_IT.finditer(text, max(0, w.start() - 300), w.start()) if "\n\n" not in text[m.start():w.start()]})
    spans = quotes(text) if '"' in text or "“" in text or ":" in text or ">" in text else []
    # a flat "that's not happening" is hard only in someone's own quoted words, not in the user's story
    refusals = [m for m in _REFUSAL.finditer(text) if any(x <= m.start() < y for x, y, _ in spans)]
    hard = sorted((m for m in [*_HARD.finditer(text), *limits.values(), *refusals]
                   if not re.search(r"\b(?:not|n'?t|never)\s+(?:\w+\s+)?$", text[max(0, m.start() - 20):m.start()], re.I)), key=lambda m: m.start())
    for w in warm:
        for h in hard:
            if any(x <= w.start() < y and x <= h.start() < y for x, y, _ in spans):
                continue  # one speaker's own words, warm then hard: one voice (absent_bad_cop reads a partner named there)
            if h.re is TAKE_IT and not (abs(h.start() - w.start()) <= 300 and "\n\n" not in text[min(w.start(), h.start()):max(w.start(), h.start())]):
                continue
            lo, hi = sorted((w.start(), h.start()))
            between = text[lo:hi]
            if 25 <= hi - lo <= 600 and re.search(r"[.!?;—]|\b(?:then|while|but|whereas|meanwhile|other)\b", between, re.I) \
                    and len(set(p.group().lower() for p in _PEOPLE.finditer(text[max(0, lo - 80):hi + 80]))) >= 2:
                a, b = max(0, lo - 60), min(len(text), hi + 40)
                words = text[a:b].strip()
                return words if len(words) <= 200 else words[:200] + "…"
    return None


_SIDEKICK = patterns.compile(r"\b(?:he|she|(?:my|our) (?:[\w-]+ ){0,2}?(?:partner|boss|manager|director|vp|cfo|ceo|coo|owner|co-?owner|wife|husband|dad|father|mum|mom|mother|"
                             r"brother|sister|son|daughter|colleague|associate|accountant|lawyer|landlord|board|committee|finance (?:team|department|director)|procurement(?: \w+)?|head office))\b", re.I)
"""Someone else on their side, as their speaker names them: "my business partner", "he", "our CFO"."""
_CLAUSE_END = patterns.compile(r"[.!?;\n]|\bbut\b", re.I)


def _negated(text: str, at: int) -> bool:
    return bool(re.search(r"\b(?:not|n'?t|never)\s+(?:\w+\s+)?$", text[max(0, at - 20):at], re.I))


def absent_bad_cop(said: str) -> str | None:
    """Good cop/bad cop in one speaker's words: warm for themself, someone else on their side the hard one.

    "My partner is insisting on the full 2,400, he's pretty hard-nosed. But I like you guys and can
    probably talk him down." The hard cue must sit in a clause that names that other person; the
    warm one in another clause of the same message.
    """
    for h in sorted([*_HARD.finditer(said), *_REFUSAL.finditer(said)], key=lambda m: m.start()):
        if _negated(said, h.start()):
            continue
        lo = max((m.end() for m in _CLAUSE_END.finditer(said, 0, h.start())), default=0)
        if not _SIDEKICK.search(said, lo, h.start()) and not _SIDEKICK.match(said, h.start()):
            continue
        for w in _WARM.finditer(said, max(0, h.start() - 400), h.start() + 400):
            if _negated(said, w.start()):
                continue
            a, b = sorted((w.start(), h.start()))
            if _CLAUSE_END.search(said, a, b):
                start = max((m.start() + 1 for m in re.finditer(r"[.!?\n]", said[:a])), default=0)
                end = re.search(r"[.!?\n]|$", said[b:]).end() + b
                words = said[start:end].strip()
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

    warm, hard = mood(_WARM), {**mood(_REFUSAL), **mood(_HARD)}
    for w, w_said in warm.items():
        for h, h_said in hard.items():
            if w.lower() != h.lower():
                words = f"{w}: {w_said.strip()} … {h}: {h_said.strip()}"
                return words if len(words) <= 200 else words[:200] + "…"
    return None


CODES = [
    (F.TACTIC_TAKE_IT_OR_LEAVE_IT, TAKE_IT, TAKE_IT),
    (F.TACTIC_WALKAWAY_THREAT, THREAT_NARRATIVE, THREAT_SPEECH),
    (F.TACTIC_HIGHER_AUTHORITY, AUTHORITY, AUTHORITY_SPEECH),
    (F.TACTIC_NIBBLE, NIBBLE, NIBBLE_SPEECH),
]
