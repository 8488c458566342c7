"""Word lists the readers share: what marks a number as not-money, roles, issues, cue phrases.

Kept apart from the code so a reader of the rules can see (and extend) the vocabulary in one
place. Everything is lower-case; phrases are matched on word boundaries.
"""

from __future__ import annotations

COUNT_NOUNS = frozenset("""
bedroom bedrooms bed beds br bd bath baths bathroom bathrooms ba room rooms story stories floors
month months mo mos year years yr yrs week weeks wk wks day days hour hours hr hrs minute minutes
min mins second seconds sec secs night nights decade decades
mile miles mi km kms kilometers kilometres meter meters metre metres ft feet foot inch inches cm mm
sq sqft square acre acres gb tb mb gig gigs ghz mhz mp megapixel megapixels pixels
people persons person guys kids children employees staff users customers clients seats seat chairs
items item pieces piece pcs pc units unit pack packs sets set pairs pair boxes copies lines
times x cars car speed speeds gear gears door doors cylinder cylinders wheels wheel tires
lbs lb kg kgs oz grams gram tons ton mph hp cc watt watts w volt volts v amp amps ah mah
cents cent pennies owners owner previous of out star stars percent reviews views followers points pts spots
yo old players games rounds hands strings keys drawers shelves shelf burner burners cup cups
calls messages emails texts pages slides hp'
cards illustrations images photos songs tracks posts videos articles episodes drawings designs logos revisions rounds
shutter actuations clicks frames cycles odometer
""".split())

NOTE_LABELS = frozenset("""
you my our note notes edit update ps subject re fwd context background question q a plan goal goals budget offer offers
price deadline details summary tldr tl;dr option options step example answer reply draft response target floor ceiling
max min minimum maximum limit walkaway walk alternative alternatives batna market comps asking list listing current
salary rent rate status problem issue situation timeline from to date cc sent terms total cost costs quote fee fees pay
base bonus equity ideal range worst best facts info me i we us myself backup fallback time http https
jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october
november december mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday
today yesterday tomorrow tonight earlier later then now morning afternoon evening week month year
""".split()) | {"last week", "this week", "next week", "last month", "this month", "last year", "this morning", "last night",
         "this afternoon", "this evening", "round 1", "round 2", "round 3", "step 1", "step 2", "week 1", "week 2", "day 1", "day 2"}
"""Words that head a note ("Backup: a similar flat at 1,450", "Budget: 40k") or a diary line ("Wed: I came down to
$66,000", "Last week: …"): when or what, never a speaker of a pasted chat."""

TIME_WORDS = frozenset("am pm a.m p.m o'clock oclock ish".split())

NOT_MONEY_BEFORE = frozenset("""
no number num # model version ver v gen generation series size sz room apt apartment suite unit
page level grade age aged chapter section step ch route highway hwy interstate i pin code zip
mile miles km ages over under top top- net
""".split()) - {"over", "under"}

YEAR_BEFORE = frozenset("""
in since year circa built made model
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec early late mid around till until by before after
""".split())

ARTICLES = frozenset("a an the my your this that his her our their its".split())
"""Before a year only when a word follows: "my 2015 Honda", not "I'll pay the 2000."."""

NOT_AFTER_YEAR = frozenset("""
for is was and or then it if dollars dollar bucks please price would will could can i you but so
total cash obo firm even flat sounds sound works work ok okay a an per each now right that this to
with plus including max maximum tops at or is are usd eur and deal sounds
""".split())

PRODUCT_WORDS = frozenset("""
iphone ipad ipod galaxy pixel note xbox ps playstation wii switch windows macbook mac ios android
hero gopro series model gen version kindle surface vive rift nexus moto lumia civic corolla camry
mustang f accord prius elantra sonata altima focus fiesta golf jetta passat
""".split())

MONEY_WORDS_BEFORE = frozenset("""
at for to about around only just offer offered pay paid take accept do give sell buy is was be
how what say maybe like least most max min minimum maximum budget asking ask price rent salary
""".split())

ROLE_WANTS = {
    "buyer": "less", "seller": "more", "candidate": "more", "employee": "more", "employer": "less",
    "tenant": "less", "landlord": "more", "client": "less", "vendor": "more", "supplier": "more",
    "freelancer": "more", "contractor": "more", "consultant": "more", "agent": "more",
    "claimant": "more", "defendant": "less",
}
"""Which way the main number is better for each role."""

ISSUES: dict[str, tuple[str, ...]] = {
    "payment terms": ("payment terms", "payment schedule", "net 30", "net 60", "net 90", "net-30", "net-60",
                      "upfront", "up front", "deposit", "net 15", "net 45", "net-15", "net-45", "payment timing", "paid on", "invoice", "carry part",
                      "seller financing", "vendor financing", "seller finance", "financing", "finance", "apr", "loan", "installment", "instalment", "pay in cash", "payment plan",
                      "milestone payment", "kill fee", "cancellation fee", "retainer", "payment in advance", "paid in advance", "advance payment", "net terms", "late fees", "payment in full", "pay in full", "staged payments", "stage payments"),
    "start date": ("start date", "start later", "start earlier", "starting date", "start in", "notice period", "starting on", "earlier start", "later start", "effective date"),
    "handover": ("handover", "hand over", "transition period", "stay on", "earn-out", "earnout"),
    "closing costs": ("closing costs", "search fees", "legal fees", "stamp duty", "fees"),
    "equity": ("equity", "stock options", "options grant", "rsu", "rsus", "shares", "vesting"),
    "signing bonus": ("signing bonus", "sign-on bonus", "sign on bonus", "joining bonus"),
    "bonus": ("annual bonus", "performance bonus", "bonus"),
    "remote work": ("remote", "work from home", "wfh", "hybrid", "flexible hours", "4-day week", "four-day week"),
    "pto": ("pto", "vacation", "annual leave", "holidays", "paid time off", "holiday days", "days off", "leave days"),
    "title": ("job title", "title", "promotion"),
    "scope": ("scope", "deliverables", "features", "requirements", "revisions", "revision rounds", "rounds of revisions", "change requests", "number of revisions"),
    "timeline": ("timeline", "deadline for delivery", "delivery date", "turnaround", "schedule", "phases", "in phases", "weekday", "off-peak", "off peak",
                 "a friday or", "a sunday", "friday instead", "midweek", "final art", "how long i get",
                 "do a friday", "do a thursday", "do a weekday", "do a sunday", "a friday if", "flexible on dates", "flexible on the date",
                 "flexible on timing", "flexible with dates", "flexible with the date", "off-season", "off season", "move the date",
                 "lead time", "lead times", "lead-time", "lead-times"),
    "warranty": ("warranty", "guarantee"),
    "delivery": ("delivery", "shipping", "freight", "surcharge", "pick it up", "pick up", "pickup", "drop it off", "deliver"),
    "non-compete": ("non-compete", "noncompete", "non compete"),
    "lease length": ("lease length", "year lease", "month lease", "longer lease", "lease term", "year-long lease", "months instead of", "sign for 24", "sign for 18"),
    "move-in date": ("move-in date", "move in date", "move in", "move-in"),
    "closing date": ("closing date", "close date", "closing"),
    "repairs": ("repairs", "repair", "fix the", "fixes"),
    "volume": ("volume", "bulk", "quantity", "order size", "volume commitment", "minimum order", "units a year", "parts a year",
               "days a month", "days per month", "hours a month", "hours per month", "guaranteed days", "guaranteed hours", "minimum days", "minimum hours"),
    "contract length": ("contract length", "multi-year", "multi year", "year contract", "contract term", "renewal", "year term", "-year term", "longer term", "two-year", "three-year",
                        "year agreement", "year deal", "year commitment", "-year agreement", "-year commitment"),
    "sla": ("sla", "service level", "uptime", "response time"),
    "support": ("support", "maintenance", "training", "onboarding", "implementation", "setup fee", "set-up fee", "installation"),
    "relocation": ("relocation", "moving expenses", "relo", "moving costs", "moving allowance", "removal costs", "removals", "relocation package", "visa costs"),
    "benefits": ("benefits", "health insurance", "401k", "pension", "cobra", "health coverage"),
    "learning budget": ("learning budget", "training budget", "education budget", "conference budget", "development budget"),
    "utilities": ("utilities", "parking", "bills included", "council tax", "service charge"),
    "extras": ("throw in", "include the", "accessories", "included", "mats", "service plan", "carry case", "fixtures", "appliances", "washing machine",
               "winter tires", "winter tyres", "spare tires", "drinks package", "starter package", "tooling", "welcome drinks"),
    "move-out date": ("stay until", "move out", "moving out", "rent back", "rent-back", "leaseback"),
    "trade-in": ("part-ex", "part ex", "part exchange", "trade-in", "trade in"),
    "marketing": ("trade spend", "promotions", "shelf space", "co-op", "marketing"),  # "promotion" alone is a job's (title)
    "exclusivity": ("exclusive", "exclusivity"),
    "references": ("references", "reference letter", "a reference", "testimonial", "case study", "referrals"),
    "notice terms": ("notice clause", "break clause", "termination clause", "cancellation terms", "cancel anytime"),
    "deposit": ("security deposit", "damage deposit", "holding deposit"),
    "rights": ("usage rights", "audio rights", "translation rights", "world rights", "film rights", "image rights", "exclusive rights", "rights",
               "merch", "merchandise", "audiobook", "out-of-home", "territory"),
    "royalties": ("royalty", "royalties", "advance against", "ad fund", "revenue share", "rev share"),
    "contingencies": ("contingency", "contingencies", "sale-of-home", "inspection period", "close in", "close fast"),
}
"""Other tradeable issues, by the short name the advisors see, and the words that raise them."""
ISSUES["contract length"] += ("-year commit", "year commitment", "-month commit", "month commitment")
ISSUES["lease length"] += ("year tenancy", "month tenancy", "longer tenancy")
ISSUES["payment terms"] += ("payment plans", "paid in full", "seller note", "vendor note", "carry back", "carry a note")
ISSUES["handover"] += ("to train him", "to train her", "to train them", "train the buyer", "train the new owner")
