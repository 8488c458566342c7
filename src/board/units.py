"""Numbers that count things: "17,800 words", "50k parts a year", "3 remote days", "12.000 bottles".

The money reader asks :func:`counted` about every number that carries no currency: a number
followed by a count noun, or by one modifier and then a count noun ("3 remote days", "40 extra
hours"), is a quantity, not an amount. Beyond the listed nouns, a plain plural that is not a
verb or a money word ("2,000 widgets") counts things too.
"""

from __future__ import annotations

import re

from board import lexicon, patterns

COUNT_NOUNS = lexicon.COUNT_NOUNS | frozenset("""
word words character characters chars letter letters sentence sentences paragraph paragraphs article articles post posts
part parts component components bottle bottles case cases crate crates pallet pallets carton cartons can cans jar jars
bag bags box sack sacks roll rolls sheet sheets ream reams book books label labels ticket tickets licence licences license licenses
order orders shipment shipments container containers truck trucks truckload truckloads load loads batch batches run runs
widget widgets bracket brackets bolt bolts screw screws panel panels board boards tile tiles brick bricks
visitor visitors subscriber subscribers download downloads install installs session sessions member members seat
student students guest guests attendee attendees patient patients hire hires head heads headcount
photo photos image images picture pictures video videos song songs track tracks episode episodes
meal meals dish dishes plate plates cover covers table tables lesson lessons class classes shift shifts visit visits
litre litres liter liters gallon gallons barrel barrels tonne tonnes kilo kilos sqm m2 hectare hectares
apartment apartments flat flats house houses property properties home homes building buildings store stores location locations
kilometre kilometres km2 mile-long sku skus variant variants model models ton
""".split())

_NOT_MODIFIER = frozenset("""
a an the per each every for in of on at to by from with and or plus but than then this that these those next last first
total in-hand cash net gross flat firm obo ono is was are were be been would will could can should i you he she we they it
my your his her our their its more less up down off over under about around roughly approx approximately exactly just only
""".split())
"""Words that may sit between a number and a count noun without making it a quantity ("85k a year")."""

_NOT_PLURAL = frozenset("""
is was has does says wants needs takes gives comes stays remains seems sounds looks works feels makes gets goes means
includes covers pays costs nets brings leaves puts sits lands beats matches plus less bucks dollars euros pounds quid
grand thousands millions hundreds yes thanks tops this his its us as was pesos rupees yens francs cents pence kronas
kronor reais rands yuan always afterwards upwards towards besides unless whereas perhaps minus
rises drops falls jumps grows increases decreases becomes turns ends starts expires applies happens hurts helps matters
counts depends equals totals exceeds beats buys sells rents earns saves spends keeps holds stands
""".split())

_ODD = frozenset("of out previous x v w yo old min times star stars".split())
"""Entries of the shared count list that only count right after a number, never one word later."""

_NOT_COUNT_MODIFIER = frozenset("""both all incl inc excl ex w with without including excluding shipping delivery obo ono cash
if so as when while because though although since until unless whether where there here now then which who what""".split())
"""Words after an amount that lead into what the price covers ("1,200 incl accessories"), not into things counted."""

_WORDS = patterns.compile(r"\+?[\s-]*([A-Za-z][A-Za-z'-]*)(?:[ \t]+([A-Za-z][A-Za-z'-]*))?")


def counted(text: str, end: int, bare: bool = True) -> bool:
    """True when the number that ends at ``end`` counts things (a quantity, not money).

    ``bare`` (no currency, no magnitude) also lets a plain plural noun make it a count.
    """
    m = _WORDS.match(text, end, min(len(text), end + 40))
    if not m:
        return False
    w1 = m.group(1).lower()
    w2 = (m.group(2) or "").lower()
    if w1 == "w" and text[m.end(1):m.end(1) + 1] == "/":
        return False  # "4.35 w/ 10-week lead times": "with", not watts
    if w1 in COUNT_NOUNS:
        return True
    if w2 and w1 not in _NOT_MODIFIER and w1 not in _NOT_PLURAL and w2 in COUNT_NOUNS and w2 not in _ODD \
            and not w1.endswith("ly"):
        return True  # "3 remote days", "40 extra hours"
    if bare and w2 and w1 not in _NOT_MODIFIER and w1 not in _NOT_PLURAL and w1 not in _NOT_COUNT_MODIFIER and not _plural(w1) \
            and not w1.endswith(("ly", "ing", "ed")) and _plural(w2) and w2 not in ("thats", "whats", "lets", "heres", "theres") and m.group(1)[:1].islower():
        return True  # "quotes from 3 similar venues", "2 other buyers": one modifier, then things counted
    return bare and _plural(w1) and m.group(1)[:1].islower()


def _plural(word: str) -> bool:
    return (len(word) >= 5 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))
            and word not in _NOT_PLURAL and "'" not in word)
