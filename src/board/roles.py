"""Who the user is, when no explicit cue said it: read from how they describe their own work.

A fallback behind ``cues.read_role``: people rarely write "I'm the vendor". They write "I own a
small roofing company", "we make hot sauce", "freelance translator here", "about to list my
flat for rent", "the desired salary box", "we import wine from one producer". The first rule
that matches wins, the user's own trade before the words around the deal.
"""

from __future__ import annotations

import re

from board import patterns

_RULES: list[tuple[str, re.Pattern[str]]] = [
    # a claim for money: the one who sues wants more, the one sued wants to pay less
    ("defendant", patterns.compile(r"\b(?:(?:i'?m|i am|we'?re|we are|i was|we were|i'?ve been|we'?ve been|getting|got) (?:being )?(?:sued|taken to court)|(?:they'?re|they are|he'?s|she'?s|they|he|she) (?:suing|sued|taking) (?:me|us)\b)", re.I)),
    ("claimant", patterns.compile(r"\b(?:(?:i'?m|i am|we'?re|we are) (?:suing|taking \w+ (?:\w+ )?to court)|(?:i|we) (?:sued|filed (?:a |an |my |our )?(?:claim|suit|lawsuit|complaint))|(?:my|our) (?:claim|lawsuit|suit|case) against|"
                                  r"(?:i|we) (?:have |'ve )?(?:filed|lodged|brought) (?:a |an )?(?:personal injury |small claims |insurance |damages )?claim"
                                  # "my PI lawyer's about to send the demand letter", "our injury claim against the driver"
                                  r"|(?:my|our) (?:pi|personal[- ]injury|injury|accident|whiplash|wrongful[- ]dismissal|employment) (?:lawyer|attorney|solicitor|claim|case|suit))\b", re.I)),
    ("landlord", patterns.compile(r"\b(?:(?:list|rent(?:ing)? out|let(?:ting)? out|advertis(?:e|ing))\b[^.;!?]{0,60}\bfor (?:long-term |short-term |monthly )?(?:rent|let)"
                                  r"|(?:first time|new to) (?:being )?(?:a )?landlord|being a landlord|find (?:a )?tenants?)\b", re.I)),
    # also with the subject left out, as people open a post: "Running a 12-person dev consultancy in Toronto."
    ("vendor", patterns.compile(r"\b(?:(?:(?:i|we) (?:own|run|have|started|founded)|(?:(?<=^)|(?<=\n))(?:running|owning|(?:i'?m|we'?re) running)) (?:a |an |my |our )?(?:small |little |tiny |local |family )?(?:[\w-]+ ){0,2}"
                                r"(?:company|business|shop|studio|agency|firm|practice|bakery|brand|label|consultancy|crew|outfit)"
                                r"|(?:we|i) (?:make|sell|manufacture|produce|supply|brew|roast|bake|distribute)\b"
                                r"|freelanc(?:e|er|ing)|self-employed|(?:translator|designer|developer|photographer|consultant|copywriter|writer|illustrator|tutor|coach|contractor|dj|caterer|videographer|musician|artist|songwriter|composer|author|band|painter|model|actor|voice actor|speaker) here"
                                r"|(?:wants?|want to (?:use|license|licence|buy|book|hire)) (?:one of )?my (?:songs?|tracks?|music|photos?|pictures?|images?|designs?|artwork|art|book|paintings?|footage|video|script|talk|work)\b"
                                r"|(?:i|we) (?:quoted|pitched|invoiced|billed) (?:a |an |the |my |our )?(?:homeowner|customer|client|buyer|oem|company|brand|sponsor)"
                                r"|(?:(?<=^)|(?<=[:\n])|(?<=[:\n] )|(?:i|we) (?:have |had |just |already )?)(?:sent|submitted|emailed|gave) (?:them |him |her |the (?:client|customer|homeowner) )?(?:a |the |my |our )?(?:written |revised |final |first )?(?:quote|estimate|bid|proposal)\b"
                                r"|(?:i|we) organi[sz]e (?:a|an|the|our)\b[^.;!?]{0,60}\bsponsor)", re.I)),
    ("seller", patterns.compile(r"\b(?:(?:need|have|going|plan(?:ning)?|hoping|about) to sell|(?:agreed|accepted|completed) the sale of (?:our|my)|"
                                r"buy (?:our|my) (?:place|house|home|flat|car|business|company)|before (?:we|i) list|"
                                r"(?:the|our) buyers?'?(?:s'?)? (?:email|e-mail|letter|message|offer|solicitors?|conveyancers?|lawyers?|surveys?|surveyors?|mortgage|lender)|"
                                r"(?:i|we)(?:'ve| have)? (?:accepted|took|taken|agreed to) (?:an?|the|their|his|her) (?:\w+ )?offer (?:on|for) (?:our|my) (?:house|home|flat|place|car|condo|apartment|business|company|boat|van|truck)|"
                                r"(?<!my )(?<!our )(?:the )?buyers?'?(?:s'?)? (?:agent|realtor|broker)\b(?! (?:says?|said|told) (?:we|i) (?:should|could) (?:offer|bid|pay)))\b", re.I)),
    ("client", patterns.compile(r"\b(?:(?:our|my) (?:only |main |current |usual |biggest |\w+ ){0,2}(?:contractor|builder|fitter|plumber|roofer|electrician|agency|vendor|supplier|"
                                r"caterer|venue|provider|landscaper|cleaners?)\b|renewal (?:quote|price|is coming)|(?:our|my) (?:\w+ )?contract is up|"
                                r"quotes? (?:for|on) (?:our|my)|(?:the|a|an|their|this|that) (?:\w+ ){0,3}quoted (?:me |us )?(?:[$€£]|\d)|"
                                r"quoted (?:me |us )?[^.;!?]{0,20}\b(?:to|for) (?:replac\w*|fix\w*|build\w*|paint\w*|redo\w*|repair\w*|install\w*|renovat\w*|re-?roof\w*|clean\w*|mov\w*) (?:our|my)\b|"
                                r"(?:chat|talking|dealing|negotiating) with (?:the|our|a|my) (?:contractor|builder|fitter|plumber|roofer|electrician|agency|vendor|supplier|caterer|venue)|(?:venue|fitter|builder|contractor|agency|supplier|vendor)\b[^.;!?]{0,40}\bquoted)", re.I)),
    ("vendor", patterns.compile(r"\b(?:my (?:\w+ )?(?:client|customer)s?|(?:i|we)'?d charge|we'?re a (?:\w+ ){0,2}(?:brand|company|manufacturer|supplier|agency|studio|bakery|label)|"
                                r"(?:our|my) (?:biggest |largest |main )?(?:retail |key )?accounts?|(?:i|we)\b[^.;!?]{0,20}\bpitched)\b", re.I)),
    ("candidate", patterns.compile(r"\b(?:desired salary|expected salary|salary expectations?|(?:my|the) (?:base|salary|comp|package)|job offer|offer letter|"
                                   r"(?:the|this|a|an) (?:\w+ ){0,3}(?:role|job|position)\b|trial shift|interview(?:ed|ing|s)?|recruiter|hiring manager|"
                                   r"(?:wants?|want to hire|offered) me\b(?! to (?:reply|respond|tell|say|email|text|call|ask|push|threaten|counter|accept|sign|check|send|pull|walk|drop|cancel|switch|negotiate|hold)\b))", re.I)),
    # being let go: the package is the user's to push up
    ("employee", patterns.compile(r"\b(?:(?:i'?m|i am|i was|i'?ve been|i have been|getting|got|being|we'?re|we are|we were|we'?ve been) (?:just )?(?:laid off|let go|made redundant|rif'?d|riffed|terminated)"
                                  r"|(?:my|our) (?:severance|redundancy|separation) (?:offer|package|pay|agreement|terms))\b", re.I)),
    # the one viewing a listing: "looking at a 3br/2ba in Columbus listed at $349,900"
    ("buyer", patterns.compile(r"\b(?:(?:(?:i'?m|i am|we'?re|we are) )?(?:looking at|viewing|viewed|saw|eyeing) (?:a|an|this|that) (?:[\w/-]+ ){1,6}?(?:listed|advertised|on the market|for sale)\b|(?:^|(?<=[.!?\n] )|(?:i|we)(?:'ve| have)? (?:just )?)(?:offered|bid|put in an offer of) [$€£]?\s?\d[\d,.]*k? on (?:a|an|the|this|that) (?:[\w/-]+ ){1,6}?(?:listed|advertised|on the market|for sale)\b)", re.I)),
    ("buyer", patterns.compile(r"\b(?:(?:house|flat|car|place|home|apartment|condo) (?:we|i) (?:like|love|want)|(?:we|i) (?:import|source|procure|purchase)|import(?:ing)? (?:business|company)|buy(?:ing)? (?:it |them )?from|"
                               r"(?:get|got|getting) (?:a |some |three |two )?quotes? (?:for|from))\b", re.I)),
    # buying into a franchise or a licence: the one paying the fee wants it lower ("negotiating a new territory with a fitness franchise")
    ("buyer", patterns.compile(r"\b(?:(?:i'?m|i am|we'?re|we are|becoming|become) (?:a |the )?(?:prospective |would-be |new )?franchisee|(?:buy(?:ing)?|open(?:ing)?|negotiat(?:e|ing)|sign(?:ing)? (?:up )?for) (?:a |an |the |my |our )?(?:new )?(?:franchise|territory|master licen[cs]e)\b(?: (?:with|from|of) (?:a|an|the) (?:[\w-]+ ){0,2}?(?:franchise|franchisor|brand|chain))?)", re.I)),
    # last: a ceiling of my own, or the mortgage that sets it, is a buyer's ("my absolute ceiling is 325", "the monthly payment doesn't work")
    ("buyer", patterns.compile(r"\b(?:(?:my|our) (?:absolute |hard |real |max(?:imum)? )?ceiling|mortgage (?:payment|approval|pre-?approval)|(?:pre-?)?approved for (?:a )?mortgage|"
                               r"(?:the |my |our )?monthly (?:mortgage )?payments? (?:just |simply )?(?:doesn'?t|don'?t|won'?t|wouldn'?t) work)\b", re.I)),
]


def infer(text: str) -> str | None:
    """The user's role from how they describe themselves, or None."""
    for role, rx in _RULES:
        if rx.search(text):
            return role
    return None
