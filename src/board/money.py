"""The money reader: find the amounts in a piece of text, in the forms people write them.

Everything downstream (facts, offers, arithmetic) stands on this, so it is strict about what
is *not* money — years, dates, times, phone numbers, counts ("3 bedrooms", "24 months"),
model numbers ("iPhone 8") — and generous about how money is written: ``$85k``, ``85,000``,
``$1.2M``, ``€60.000``, ``1.250,50 €``, ``£40/hour``, ``85 thousand``, ranges
(``60-65k``, ``between $2,100 and $2,250``) and ``15% off $240,000``.

A number with no currency sign and no magnitude ("how about 60?") is returned as *bare*;
:func:`rescale` decides, from the other amounts in the same text, whether it means 60 or
60,000. Every pattern here is linear (no nested open-ended repeats), so a megabyte of text is
scanned in well under a second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from statistics import median

from board import lexicon, patterns, units

ABSURD = 1e12
"""Amounts at or above this are not read as money (someone pasted an id or a typo)."""
MAX_MENTIONS = 2000
"""Numbers read per text at most: a real negotiation has dozens, a pasted table thousands."""


@dataclass(frozen=True)
class Mention:
    """One number found in the text, with what the reader made of it."""

    value: float
    start: int
    end: int
    text: str
    kind: str
    """``money`` (currency sign or magnitude), ``bare`` (plain number), ``percent``."""
    currency: str | None = None
    high: float | None = None
    """Upper end when the mention is a range; ``value`` is then the lower end."""
    unit: str | None = None
    """``per hour``, ``per month``, ``per year``… when written next to the amount."""
    scaled: bool = False
    """True when a bare number was read as thousands from the scale of the other amounts."""

    @property
    def is_range(self) -> bool:
        return self.high is not None


_CUR_PRE = r"(?P<pre>(?:US\$|USD|EUR|GBP|CAD|AUD|CHF|Fr\.|SEK|NOK|DKK|NZD|SGD|INR|C\$|A\$|NZ\$|[$€£¥₹])\s?)?"
_NUM = r"(?P<num>\d{1,3}(?:[.,'\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:\.\d+)?(?:,\d{1,2}(?![\d]))?)"
_SUF = r"(?P<suf>(?:k|K|mm|MM|m|M|bn|BN|B)(?![A-Za-z])|\s?(?:thousand|million|billion|grand|mil)(?![A-Za-z]))?"
_CUR_POST = r"(?P<post>\s?(?:€|£|\$|euros?|EUR|eur|usd|USD|dollars?|bucks|pounds?|GBP|gbp|quid|CHF|francs?|SEK|NOK|DKK|kr\.?|kronor|kroner|kronur|rupees?|INR)(?![A-Za-z]))?"
_RATE = (
    r"(?P<rate>\s?(?:/\s?|\s?per\s|\s?an?\s|\s?p/?)"
    r"(?:hour|hr|h|month|mo|year|yr|annum|week|wk|day|night|a)(?![A-Za-z]))?"
)
_PCT = r"(?P<pct>\s?(?:%|percent|per cent|pct)(?![A-Za-z]))?"
_BODY = _CUR_PRE + _NUM + _SUF + _CUR_POST + _PCT + _RATE
_TOKEN = patterns.compile(r"(?<![\w.,/:#])" + _BODY)
_TOKEN_HERE = patterns.compile(_BODY)
_PHONE = patterns.compile(r"\(?\b\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b|(?<![$€£])(?<!for )(?<!tween )(?<!from )(?<!bout )(?<!ound )(?<!sold )(?<!osts )(?<!ange )(?<!were )(?<!are )(?<!s of )(?<!ent )\b\d{3}-\d{4}\b(?!\s*(?:[$€£k]|euros?|dollars?|pounds|bucks|quid|on ebay|a month|per|/))")
_RANGE_JOIN = patterns.compile(r"\s*(?:-|–|—|to|and)\s*$")
_BETWEEN = patterns.compile(r"(?:between|from)\s*$", re.I)
_VALUED = patterns.compile(r"\b(?:go(?:es)? for|going for|sells? for|selling for|sold for|ranges?|ranging|pays?|paying|worth|valued|valuations?|priced|listed|comps|comparables?|"
                           r"market|band|bracket|ballpark|estimates?d?|apprais\w*|typically|usually|normally)\b(?![^.;\n]*\b(?:raised|cut|dropped|lowered|increased|went|moved|came|bumped|upped|reduced)\b)[^.;\n]*$", re.I)
_CLAUSE_CUT = patterns.compile(r",|\band\b|\bbut\b|\bso\b", re.I)
"""Words before a bare "14,900 to 16,300" (in its own clause) that make it a span of values, not a change from one number to another."""
_PCT_RANGE_NEXT = patterns.compile(r"\s*(?:-|–|—|to)\s*\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b|pct\b)", re.I)
"""After a bare number: the other end of a percent range ("30-50%"), so the number is a percent as well."""
_PCT_OFF = patterns.compile(r"^\s*(off|below|under|less than|discount on|more than|above|over|on top of)\s*(?:of\s*)?(?:(?:the|our|their|my|your|his|her|its|this|that)\s+)?"
                            r"(?:(?:asking|list|listing|wholesale|retail|sticker|original|full|usual|regular|normal|standard)\s+)?(?:(?:price|rate)\s+)?(?:of\s*)?$", re.I)

_CURRENCY = {"$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "bucks": "USD",
             "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP", "gbp": "GBP",
             "pound": "GBP", "pounds": "GBP", "quid": "GBP", "¥": "JPY", "cad": "CAD", "c$": "CAD",
             "aud": "AUD", "a$": "AUD", "chf": "CHF", "fr.": "CHF", "franc": "CHF", "francs": "CHF", "sek": "SEK",
             "nok": "NOK", "dkk": "DKK", "nzd": "NZD", "nz$": "NZD", "sgd": "SGD", "inr": "INR", "₹": "INR",
             "rupee": "INR", "rupees": "INR", "kr": "SEK", "kr.": "SEK", "kronor": "SEK", "kroner": "NOK", "kronur": "ISK"}
_SCALE = {"k": 1e3, "thousand": 1e3, "grand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6, "mil": 1e6,
          "b": 1e9, "bn": 1e9, "billion": 1e9}
_RATES = {"hour": "per hour", "hr": "per hour", "h": "per hour", "month": "per month", "mo": "per month",
          "year": "per year", "yr": "per year", "annum": "per year", "week": "per week", "wk": "per week",
          "day": "per day", "night": "per night"}


def parse_number(num: str, euro: bool = False, has_suffix: bool = False) -> float:
    """Read the digits of one number, deciding which separator is the decimal one.

    ``1,250.50`` and ``1.250,50`` are both 1250.5; ``€60.000`` is sixty thousand; a single dot
    before exactly three digits is a thousands separator unless a magnitude follows (``1.125M``).
    """
    num = num.replace("\u00a0", "").replace("\u202f", "").replace("'", "")
    seps = [(i, c) for i, c in enumerate(num) if c in ".,"]
    if not seps:
        return float(num)
    last_i, last_c = seps[-1]
    tail = len(num) - last_i - 1
    kinds = {c for _, c in seps}
    leading_zero = num[:seps[0][0]].lstrip("+-") in ("", "0")
    if len(kinds) == 2 or tail != 3 or leading_zero or (has_suffix and len(seps) == 1 and last_c == "."):
        # a leading "0." or "0," can only start a fraction ("$0.134 per can"), never a thousands group
        # the last separator is the decimal point, the others group thousands
        whole = "".join(ch for ch in num[:last_i] if ch.isdigit())
        return float(f"{whole}.{num[last_i + 1:]}")
    if len(seps) == 1 and last_c == "," and euro and tail != 3:
        return float(num.replace(",", "."))
    return float(num.replace(",", "").replace(".", ""))


def _currency(pre: str | None, post: str | None) -> str | None:
    for part in (pre, post):
        if part:
            key = part.strip().lower()
            if key in _CURRENCY:
                return _CURRENCY[key]
    return None


def _word_before(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z][\w'-]*)(?:[\s(]*|:\s*)$", text[max(0, start - 30):start])
    return m.group(1) if m else ""


def _word_after(text: str, end: int) -> str:
    m = re.match(r"\+?[\s-]*([A-Za-z\"'”″]+)", text[end:end + 30])  # "2+ years" counts years
    return m.group(1).lower() if m else ""


_AGE_BEFORE = patterns.compile(r"\b(?:i am|i'?m|im|he is|he'?s|she is|she'?s|aged?|turn(?:ed|ing|s)?|when i was|since i was|since i am|at age)\s*$", re.I)


_ARRIVING_AT = patterns.compile(r"\b(?:coming|come|comes|came|stopping|stop|dropping|drop|swinging|swing|popping|pop) (?:in|by|over|round|around|back)(?: (?:today|tomorrow|tonight|later))? at\s*$", re.I)


def _not_money(text: str, m: re.Match, value: float, has_marker: bool) -> bool:
    """Years, dates, times, counts and model numbers: numbers that only look like money."""
    start, end = m.start(), m.end()
    if not has_marker and _AGE_BEFORE.search(text[max(0, start - 20):start]):
        return True  # "since I am 14", "I'm 24 now": an age
    if not has_marker and value <= 12 and _ARRIVING_AT.search(text[max(0, start - 30):start]):
        return True  # "a guy coming in at 3": a time of day
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    if re.match(r"[A-Za-z]", after) and not m.group("rate") and not m.group("post"):
        return True  # glued to letters: 4GB, 5th, 2nd, 20s
    if re.match(r"[:/]\d", after) or re.search(r"\d[:/]$", before) or re.match(r"-[A-Za-z]", after):
        return True  # 5:30, 7/31, 555-1234, 3-bedroom
    if before.endswith("-") and re.search(r"[A-Za-z]-$", before) \
            and not re.search(r"\d(?:k|K|m|M|bn)?[$€£]?-$", text[max(0, start - 4):start] if text[start:start + 1] in "$€£" else ""):
        return True  # PS-4, X-100 (not the second half of "$140k-$160k")
    prev, nxt = _word_before(text, start), _word_after(text, end)
    if has_marker:
        # "10K miles" has a magnitude but no currency: still a count
        return not m.group("pre") and not m.group("post") and (nxt in lexicon.COUNT_NOUNS or units.counted(text, end, bare=False))
    if nxt == "w" and re.match(r"\s*w/", text[end:end + 4]):
        nxt = ""  # "quoted 4.35 w/ 10-week lead times": "with", not watts
    if nxt in lexicon.COUNT_NOUNS or nxt in lexicon.TIME_WORDS or units.counted(text, end):
        return True
    if prev.lower() in lexicon.NOT_MONEY_BEFORE or prev.lower() in _NOT_MONEY_BEFORE_PLURAL:
        return True  # "model 15", "models: 15, 66"
    if len(m.group("num")) == 2 and not m.group("post") and re.search(r"(?:^|[\s(])['‘’]$", text[max(0, start - 2):start]) \
            and text[m.end("num"):m.end("num") + 1] not in ("'", "‘", "’"):
        return True  # "it is from '95": a year ('60' in quotes is a number)
    if prev.lower() in lexicon.PRODUCT_WORDS:
        return True
    if prev[:1].isupper() and prev != "I" and prev.lower() not in lexicon.MONEY_WORDS_BEFORE:
        # "Model 3", "Windows 10": a capitalised word that does not start the sentence
        lead = text[max(0, start - 40):start].rstrip()
        lead = lead[: len(lead) - len(prev)].rstrip()
        if lead and lead[-1] not in ".!?:;\n\"'(":
            return True
    if m.group("num").isdigit() and len(m.group("num")) == 4 and 1900 <= value <= 2039:
        follower = re.match(r"[ \t]*([A-Za-z]+)", text[end:end + 20])
        capital_next = bool(follower) and follower.group(1)[0].isupper() and follower.group(1) != "I"
        word_next = bool(follower) and follower.group(1).lower() not in lexicon.NOT_AFTER_YEAR
        if prev.lower() in lexicon.YEAR_BEFORE or capital_next or word_next:
            return True
    return False


_NOT_MONEY_BEFORE_PLURAL = frozenset("models versions sizes numbers units rooms pages levels grades chapters sections steps routes".split())
_CHAINED = patterns.compile(r"\s*(?:,|/|&|-|\band\b|\bor\b)(?:\s*(?:and|or)\b)?\s*$", re.I)
"""Between a number that is not money and the next: a list of the same kind ("model 15, 66, 28 and 201")."""

_LISTED = patterns.compile(r"\s*(?:,|/|&|\band\b|\bor\b|\bthen\b)", re.I)
"""After "24,25": a list goes on ("24,25, and 27"); "1,70." or "1,70 a kilo" is a decimal comma."""


def scan(text: str) -> list[Mention]:
    """Every money, bare-number and percent mention in ``text``, in order, ranges joined."""
    masked = _PHONE.sub(lambda p: "#" * len(p.group()), text)
    out: list[Mention] = []
    pos, here = 0, None
    chain: int | None = None  # where the last number that is not money ended
    while len(out) < MAX_MENTIONS:
        m = _TOKEN_HERE.match(masked, here) if here is not None else None
        m = m or _TOKEN.search(masked, pos)
        here = None
        if not m:
            break
        pos = m.end()
        num = m.group("num")
        cur = _currency(m.group("pre"), m.group("post"))
        suf = (m.group("suf") or "").strip()
        if suf in ("m", "mm") and not cur:
            suf = ""  # "30m" is minutes or metres unless a currency says otherwise
            pos = m.start("num") + len(num)
        if re.fullmatch(r"\d+(?:\.\d+)?,\d{1,2}", num) and cur != "EUR" and _LISTED.match(masked, m.end("num")):
            # "24,25, and 27" is a list, not twenty-four point two five
            num = num.split(",")[0]
            pos = m.start("num") + len(num)
            here = pos + 1
            suf = ""
            cur = _currency(m.group("pre"), None)
        try:
            value = parse_number(num, euro=cur == "EUR", has_suffix=bool(suf))
        except ValueError:
            continue
        value *= _SCALE.get(suf.lower(), 1.0) if suf else 1.0
        end = pos
        start = m.start()
        if m.group("pct") and pos == m.end():
            out.append(Mention(value, start, end, text[start:end], "percent"))
            continue
        if _not_money(masked, m, value, bool(cur or suf)) \
                or (chain is not None and not (cur or suf) and _CHAINED.match(masked[chain:start])):
            chain = pos
            continue
        chain = None
        rate = m.group("rate") if pos == m.end() else None
        unit = None
        if rate:
            key = re.sub(r"^[\s/]*(?:per|an?|p/?)?\s*", "", rate.strip()).lower()
            unit = _RATES.get(key)
            if unit is None:
                end = m.start("rate")
        kind = "money" if (cur or suf) else "bare"
        if kind == "bare" and _PCT_RANGE_NEXT.match(masked, end):
            continue  # the "30" of "30-50% of billed charges" is a percent, not money: the range's upper end speaks for it
        if text[max(0, start - 1):start] == "-" and not re.search(r"[\w$€£]\s*-$", text[max(0, start - 3):start]):
            value = -value  # a real minus sign, not a range dash
        out.append(Mention(value, start, end, text[start:end], kind, cur, None, unit))
    if len(out) < MAX_MENTIONS and _SPELLED.search(text):
        out = sorted(out + [w for w in _spelled(text) if not any(x.start < w.end and w.start < x.end for x in out)], key=lambda x: x.start)
    return _join(text, out)


_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                                      "seventeen eighteen nineteen".split())}
_UNITS["a"] = 1
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i >= 2}
_TEENS = frozenset("eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())
_SPELLED = patterns.compile(r"(?<![\w-])(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?"
                            r"|(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))"
                            r"( and a half| and a quarter|-and-a-half)? (?:(hundred) )?(grand|thousand|hundred|million)(?: (quid|pounds|dollars|bucks|euros))?\b", re.I)
"""A spelled-out amount with a magnitude: "two and a half grand", "twenty-eight grand", "three hundred quid", "ten thousand dollars",
"twenty-five thousand"."""


def _spelled(text: str) -> list[Mention]:
    """Spelled-out amounts. A bare "hundred" is money only with a currency word; a bare "thousand" or "million" is money
    unless it counts things or names a year ("two thousand people", "the year two thousand")."""
    out = []
    for m in _SPELLED.finditer(text):
        tens, unit, single, frac, hundreds, scale, cur = m.groups()
        scale = scale.lower()
        if scale == "hundred" and not cur and not (tens or single.lower() in _TEENS):
            continue
        if scale == "hundred" and not cur:  # "eleven hundred", "twenty-five hundred": money, unless it counts things or tells the time
            nxt = re.match(r"\s*([a-z]+)", text[m.end():], re.I)
            word = nxt.group(1).lower() if nxt else ""
            if word in lexicon.COUNT_NOUNS or word in ("hours", "hrs", "h") or (len(word) > 3 and word.endswith("s") and word not in ("plus", "less"))\
                    or re.search(r"\b(?:year|since|circa)\s*$", text[max(0, m.start() - 8):m.start()], re.I):
                continue
        if scale in ("thousand", "million") and not cur:
            nxt = re.match(r"\s*([a-z]+)", text[m.end():], re.I)
            word = nxt.group(1).lower() if nxt else ""
            if word in lexicon.COUNT_NOUNS or (len(word) > 3 and word.endswith("s") and word not in ("plus", "less", "dollars", "pounds", "euros", "bucks"))\
                    or re.search(r"\byear\s*$", text[max(0, m.start() - 8):m.start()], re.I):
                continue  # "two thousand people", "the year two thousand": a count or a year, not money
        if single and single.lower() == "a" and frac:
            continue  # "a and a half": not a number
        whole = _TENS[tens.lower()] + (_UNITS[unit.lower()] if unit else 0) if tens else _UNITS[single.lower()]
        value = whole + (0.5 if frac and "half" in frac else 0.25 if frac else 0)
        value *= {"grand": 1000, "thousand": 1000, "million": 1_000_000}.get(scale, 100) * (100 if hundreds and scale != "hundred" else 1)
        out.append(Mention(value, m.start(), m.end(), m.group(), "money", _currency(None, " " + cur) if cur else None))
    return out


def _join(text: str, found: list[Mention]) -> list[Mention]:
    """Join ``60-65k``, ``$25,500-$27,000``, ``between X and Y`` into ranges; apply ``15% off $X``."""
    out: list[Mention] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b and a.kind != "percent" and b.kind != "percent":
            gap = text[a.end:b.start]
            joined = _RANGE_JOIN.match(gap) if len(gap) < 8 else None
            between = _BETWEEN.search(text[max(0, a.start - 12):a.start])
            dash = gap.strip() in ("-", "–", "—", "to")
            plain = dash and a.kind == b.kind == "bare" and 100 <= a.value < b.value <= a.value * 3 \
                and (gap.strip() != "to" or _VALUED.search(_CLAUSE_CUT.split(text[max(0, a.start - 40):a.start])[-1]) and b.value <= a.value * 2)
            if joined and (dash or between) and (a.kind == "money" or b.kind == "money" or between or plain):
                lo, hi = abs(a.value), b.value
                for scale in (1000, 1e6, 1e9):
                    if lo < 1000 <= hi and hi / 5 <= lo * scale <= hi:
                        lo *= scale  # 60-65k, 5-8M: the suffix of the upper end is the lower end's too
                        break
                if lo <= hi:
                    kind = "money" if "money" in (a.kind, b.kind) else "bare"
                    out.append(Mention(lo, a.start, b.end, text[a.start:b.end], kind,
                                       a.currency or b.currency, hi, a.unit or b.unit))
                    i += 2
                    continue
        if a.kind == "percent" and b and b.kind in ("money", "bare"):
            off = _PCT_OFF.match(text[a.end:b.start])
            if off:
                sign = -1 if off.group(1).lower() in ("off", "below", "under", "less than", "discount on") else 1
                val = b.value * (1 + sign * a.value / 100)
                out.append(Mention(val, a.start, b.end, text[a.start:b.end], b.kind, b.currency, None, b.unit))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_PER_THING = patterns.compile(r"\s?(?:/\s?|per\s)(?:sf|sq\.? ?ft|sqft|psf|ft2|ft²|sq\.? ?m|sqm|m2|m²|kg|lb|unit|piece|word|mile|km|tonne|ton)\b", re.I)
"""After a money amount: a price per thing ("$41/sf"), which bare numbers near it share ("keep it under 35")."""


def rescale(mentions: list[Mention], reference: float | None = None, text: str | None = None) -> list[Mention]:
    """Read bare numbers at the scale of the text: "24" next to "$25,500" means 24,000.

    ``reference`` is a known amount (e.g. the listing price); otherwise the median of the
    explicit money amounts is used. A bare number is multiplied by a thousand only when that
    lands it near the reference and leaving it alone would not.
    """
    if reference is None:
        explicit = [abs(m.value) for m in mentions if m.kind == "money" and m.value]
        # no currency anywhere: numbers written with a thousands separator ("seller wants 6,800") set the scale
        explicit = explicit or [abs(m.value) for m in mentions if m.kind == "bare" and m.value >= 1000 and re.search(r"\d[,'\u00a0]\d{3}(?!\d)", m.text)]
        if not explicit:
            return mentions
        reference = median(explicit)
    if not reference or reference < 1000:
        return mentions
    unit_prices = [m for m in mentions if m.kind == "money" and m.value and text is not None and _PER_THING.match(text, m.end)]
    out = []
    for m in mentions:
        near = next((u for u in unit_prices if abs(u.value) / 2 <= abs(m.value) <= abs(u.value) * 2), None) if m.kind == "bare" else None
        if near is not None:
            m = replace(m, kind="money", currency=near.currency, unit=near.unit)  # "$32/sf to $41/sf … keep it under 35": a price at that unit's scale
        elif m.kind == "bare" and 0 < abs(m.value) < 1000 and reference / 5 <= abs(m.value) * 1000 <= reference * 5 \
                and not (reference / 20 <= abs(m.value) <= reference * 20):
            hi = m.high * 1000 if m.high is not None else None
            m = replace(m, value=m.value * 1000, high=hi, scaled=True)
        elif m.kind == "bare" and reference >= 1e6 and "." in m.text and 0 < abs(m.value) < 100 \
                and reference / 5 <= abs(m.value) * 1e6 <= reference * 5:
            hi = m.high * 1e6 if m.high is not None else None
            m = replace(m, value=m.value * 1e6, high=hi, scaled=True)  # "1.5" beside "$1.2M" is 1.5 million
        out.append(m)
    return out


def amounts(text: str, reference: float | None = None) -> list[Mention]:
    """Money and bare-number mentions of ``text`` at the text's scale, absurd ones dropped."""
    return [m for m in rescale(scan(text), reference, text) if m.kind != "percent" and 0 <= m.value < ABSURD]


_MAYBE_ABSURD = patterns.compile(r"-\s?(?:[$€£]\s?)?\d|\d{13}|\d(?:[.,'\u00a0]\d{3}){4}|\btrillion|\d\s?(?:bn|BN|B|billion)\b")


def absurd(text: str) -> list[Mention]:
    """Money mentions the reader refuses: negative prices and amounts of a trillion or more."""
    if not _MAYBE_ABSURD.search(text):
        return []
    return [m for m in scan(text) if m.kind == "money" and (m.value < 0 or m.value >= ABSURD)]


def read_amount(text: str) -> float | None:
    """The first amount in ``text`` (the lower end of a range), or None."""
    found = amounts(text)
    return found[0].value if found else None
