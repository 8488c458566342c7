"""Everyday negotiations, where the other side's threat and the user's way out are told in plain chat words.

A buyer texting "fine, 900 or I go look at the other one", a client writing "four grand or we're getting other
quotes", a tenant saying "I'll be moving out in March": each is a threat to leave, though none says "walk".
The user's way out is often named only in the plan ("otherwise we'll sign with Brightside", "I'll just take
it to the dealer"): a price from that same party is the alternative, not a move across this table. And a
number the user refuses ("we can't do 1,900") is the one on the table, not a counter. A planned reply "we're going to
look at other florists" is a walk, the figure the user hopes it draws ("hope he comes back at 2k") is nobody's move yet,
and "we'd pay 9 if we really had to" is the user's ceiling, not an opening. Family and friends splitting a cost are
told in the plural or as a pair ("we've been friends since school", "my sister and I are splitting dad's bills"): an
ongoing relationship all the same. A pasted chat between two of theirs, with the user's own turns told between the lines
("I came down to $4,200."), has no line of the user's: both speakers are the other side. A cost sprung as an aside and put on the user ("btw
there's a $90 booking fee I forgot, can you cover it?") is one more ask. Each case has a near miss that must keep
its old reading.
"""

from __future__ import annotations

from board import cues, facts, tactics
from board.situation import read_situation


def _labels(text: str) -> list[tuple[str, float]]:
    s = read_situation(text)
    return [(x.label, x.mention.value) for x in facts.label_amounts(text, role=s.role)]


# -- threats to leave in chat words ---------------------------------------------------------------

def test_or_i_go_look_at_the_other_one_is_a_threat():
    assert tactics.THREAT_SPEECH.search("900 cash or I go see the other bike across town")
    assert tactics.THREAT_SPEECH.search("that's my number, otherwise we go and check out another place")


def test_go_look_near_miss_without_a_rival():
    assert not tactics.THREAT_SPEECH.search("or I go look at it myself on Sunday")


def test_shopping_the_job_is_a_threat():
    assert tactics.THREAT_SPEECH.search("Four grand or we're getting other quotes")
    assert tactics.THREAT_SPEECH.search("match it, otherwise I'll get some other estimates")
    assert tactics.THREAT_NARRATIVE.search("he said it was 3k or else they're getting other bids")


def test_shopping_near_miss_without_an_or():
    assert not tactics.THREAT_SPEECH.search("We're getting other quotes framed for the hallway")


def test_leaving_in_the_progressive_is_a_threat():
    assert tactics.THREAT_SPEECH.search("If the fee goes up we'll be moving on to another gym")
    assert tactics.THREAT_SPEECH.search("so I'll be giving notice at the end of the month")
    assert tactics.THREAT_NARRATIVE.search("she'll be leaving when the contract ends if it goes up")


def test_progressive_near_miss_moving_in():
    assert not tactics.THREAT_SPEECH.search("I'll be moving in on the 3rd, keys at noon")
    assert not tactics.THREAT_NARRATIVE.search("she'll be moving the furniture on Friday")


def test_pasted_threat_is_read_as_theirs():
    text = ("Selling my road bike, listed at 1,400.\n\n"
            "Buyer: I can do 1,000 cash. 1,000 or I go look at the Trek on marketplace\n\n"
            "Should I hold out?")
    assert "tactic-walkaway-threat" in {t.code for t in read_situation(text).tactics}


# -- the party the user would go to instead ------------------------------------------------------

def test_price_from_the_party_named_as_fallback_is_the_alternative():
    text = ("Selling my van, asking 9,000. The dealer in town gave me a trade offer of 7,600, valid a week. "
            "\nBuyer: I can do 7,000 cash\n"
            "I'm inclined to say no and just take it to the dealer if nobody else bites.")
    assert ("alternative", 7600.0) in _labels(text)
    assert read_situation(text).alternative.amount == 7600.0


def test_fallback_named_in_an_otherwise_clause():
    text = ("Piano lessons at Harmony went up to $1,900 a term. Brightside offered us a place at $1,500. "
            "I'll tell Harmony we can stay at $1,700, otherwise we're switching to Brightside.")
    assert ("alternative", 1500.0) in _labels(text)


def test_fallback_near_miss_party_not_named_in_the_plan():
    text = ("Selling my van, asking 9,000. The dealer in town gave me a trade offer of 7,600, valid a week. "
            "I'm inclined to just take it and move on.")
    assert ("alternative", 7600.0) not in _labels(text)


def test_fallback_near_miss_counterparty_in_a_pasted_line():
    text = ("Listed my sofa at 600.\n"
            "Sam: I'll give you 450 for it\n"
            "I'd rather just take it to Sam's brother who wanted it last month.")
    assert ("alternative", 450.0) not in _labels(text)


# -- a number refused is theirs ------------------------------------------------------------------

def test_refused_number_in_a_planned_message_is_theirs():
    text = ("The gym wants $95 a month now. I'm going to message them: \"we really can't do 95, "
            "if you keep it at 80 we'll stay.\"")
    s = read_situation(text)
    assert not any(p.amount == 95.0 for p in s.plans)


def test_refused_number_near_miss_a_plain_counter():
    text = ("The gym wants $95 a month now. I'm going to message them: \"we can do 80, "
            "and we'll sign for a year.\"")
    s = read_situation(text)
    assert not any(o.by == "them" and o.amount == 80.0 for o in s.offers)


def test_fallback_near_miss_the_usual_one_at_this_table():
    text = ("My usual garage quoted $1,200 for the clutch. I'm going to push back, or just take it to the garage "
            "my neighbour uses.")
    assert ("alternative", 1200.0) not in _labels(text)


# -- a bluffed walk in a planned reply -----------------------------------------------------------

_FLORIST = ("The florist quoted $3,400 for the ceremony and reception and says that's her final price. "
            "We haven't asked anyone else. I'm going to text her \"thanks, we'll look at other florists\" and hope she comes back at 2,800.")


def test_looking_at_others_in_a_planned_reply_is_a_walk():
    s = read_situation(_FLORIST)
    assert any(p.action == "walk" for p in s.plans)


def test_hoped_for_reply_is_not_the_alternative():
    s = read_situation(_FLORIST)
    assert s.alternative is None or s.alternative.amount != 2800.0
    assert not any(p.amount == 2800.0 for p in s.plans)


def test_looking_at_others_near_miss_in_the_story():
    s = read_situation("The florist quoted $3,400. Last month we looked at other florists but none had the date.")
    assert not any(p.action == "walk" for p in s.plans)


def test_what_we_would_pay_if_we_had_to_is_the_line():
    s = read_situation("The builder wants £9,500 for the extension roof. Honestly we'd pay the 9,500 if we really had to, "
                       "but I want to push back.")
    assert s.reservation is not None and s.reservation.amount == 9500.0


def test_would_pay_near_miss_without_the_last_resort():
    s = read_situation("The builder wants £9,500 for the extension roof. We'd pay 8,000 for it, I think that's fair.")
    assert s.reservation is None or s.reservation.amount != 8000.0


# -- in a pasted chat: a quote from elsewhere, a cost behind the price ---------------------------

def test_quote_elsewhere_in_my_line_is_the_alternative():
    text = ("Getting the brakes done. Garage wants $640.\n\n"
            "Me: Hi Sue, I was quoted 480 elsewhere, could you do 520?\n"
            "Sue: Best I can do is 600\n\n"
            "Should I take it?")
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == 480.0
    assert not any(o.amount == 480.0 for o in s.offers)


def test_quote_near_miss_without_elsewhere():
    text = ("Getting the brakes done. Garage wants $640.\n\n"
            "Me: Hi Sue, could you do 520?\n"
            "Sue: Best I can do is 600\n\n"
            "Should I take it?")
    assert any(o.by == "me" and o.amount == 520.0 for o in read_situation(text).offers)


def test_cost_behind_their_price_is_not_an_offer():
    text = ("Roof repair quote was $3,100.\n\n"
            "Me: can you do 2,500?\n"
            "Ray: no chance, materials alone run about 1,400. 2,900 is my lowest\n\n"
            "Worth pushing?")
    offers = [(o.by, o.amount) for o in read_situation(text).offers]
    assert ("them", 1400.0) not in offers and ("them", 2900.0) in offers


# -- friends and family across the table ---------------------------------------------------------

def test_friends_in_the_plural_are_a_relationship():
    assert cues.read_relationship("We've been mates since uni, so I'd rather not make a fuss about the fuel money.")
    assert cues.read_relationship("Honestly we were close friends for years before this trip.")


def test_a_pair_splitting_a_cost_is_a_relationship():
    assert cues.read_relationship("My sister and I are splitting dad's nursing home fees.")
    assert cues.read_relationship("Me and my cousin keep arguing over who pays for the boat repairs.")


def test_pair_near_miss_on_the_same_side():
    assert cues.read_relationship("My brother and I are buying a flat from a landlord in Hull.") is None
    assert cues.read_relationship("Friends said 500 was a fair price for the sofa.") is None


# -- a chat of two of theirs, with the user's turns told between the lines ------------------------

_COUPLE = ("I do kitchen fitting. Quoted the Parkers $5,200.\n"
           "Tom: Bit steep, can you sharpen the pencil?\n"
           "Ann: Tom, he's been great. Anything you can do for us?\n"
           "I came down to $4,900.\n"
           "Tom: 4,300 or we're getting other quotes.\n"
           "Should I hold?")


def test_both_speakers_are_theirs_when_my_turn_is_told():
    s = read_situation(_COUPLE)
    assert ("them", 4300.0) in [(o.by, o.amount) for o in s.offers]
    assert "tactic-walkaway-threat" in {t.code for t in s.tactics}


def test_told_turn_near_miss_with_my_own_label():
    text = ("Selling my desk, asked 300.\n"
            "Me: 300 is fair, it's solid oak\n"
            "Jo: would you take 220?\n"
            "Should I counter?")
    assert ("them", 220.0) in [(o.by, o.amount) for o in read_situation(text).offers]


# -- a cost sprung as an aside -------------------------------------------------------------------

def test_aside_cost_put_on_the_user_is_an_extra_ask():
    assert tactics.NIBBLE_SPEECH.search("yay all set! btw there's a $90 booking fee I forgot, Sam could you cover it?")
    assert tactics.NIBBLE_SPEECH.search("by the way, we forgot to mention the deposit, can you pay for that too")


def test_aside_near_miss_a_plain_request():
    assert not tactics.NIBBLE_SPEECH.search("btw can you send me the photos from saturday?")
