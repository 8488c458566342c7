"""Reader and moderator fixes, checked on invented phrasings with near-misses that must not fire."""

from __future__ import annotations

import pytest

from test_rules_general import board

from board.situation import read_situation


# 1. A bluff in a deadlock: a conditional counter, not "improve your alternative".

DEADLOCKED_BLUFFS = [
    "I'm buying a used van. The seller wants $14,000, I offered $12,000. Three calls and neither side has budged. "
    "There's no other van like it around. I'm thinking of telling him I'll walk.",
    "We're the client. The agency quoted £50,000 and we're at £42,000; we've been stuck for a month, nobody is moving. "
    "We have no other agency lined up. My plan is to say we'll look elsewhere.",
    "Selling my boat. Buyer offered $30,000, I'm asking $36,000. We've been stuck for two weeks, neither of us will move. "
    "Nobody else has shown any interest. I want to tell him I'm walking away.",
]


@pytest.mark.parametrize("text", DEADLOCKED_BLUFFS)
def test_a_bluff_in_a_deadlock_is_answered_with_a_conditional_counter(text):
    codes, move = board(text, "walkaway")
    assert {"walkaway-bluff", "deadlock"} <= codes
    assert move == "counter-offer"


def test_a_bluff_without_a_deadlock_still_builds_the_alternative():
    codes, move = board("I'm buying a used van. The seller wants $14,000, I offered $12,000. There's no other van like it around. "
                        "I'm thinking of telling him I'll walk.", "walkaway")
    assert "walkaway-bluff" in codes and "deadlock" not in codes
    assert move == "improve-batna"


def test_a_deadlocked_bluff_whose_offer_meets_the_target_is_accepted():
    codes, move = board("I'm buying a used van. I'd be happy at $14,000, that's my target. The seller wants $14,000, I offered $12,000. "
                        "Three calls and neither side has budged. There's no other van like it around. I'm thinking of telling him I'll walk.",
                        "walkaway")
    assert {"walkaway-bluff", "deadlock"} <= codes
    assert move == "accept"


# 4. Not knowing how soft prices are, or not having looked at any prices, is not knowing the value.

from board.signals import read_uninformed  # noqa: E402

UNINFORMED = [
    "We have no idea how negotiable things are over here.",
    "Honestly I have no idea how negotiable prices are in Spain.",
    "We haven't looked at any other houses or sold prices here.",
    "I haven't checked any recent sales in the area.",
    "No idea how much room there is below asking.",
    "not sure how much wiggle room there is on the list price",
]


@pytest.mark.parametrize("text", UNINFORMED)
def test_admitting_not_knowing_how_soft_prices_are_is_uninformed(text):
    assert read_uninformed(text)


NOT_UNINFORMED = [
    "I have no idea how negotiable the seller is.",
    "no idea how flexible the landlord will be",
    "not sure how firm they are on price",
    "I haven't looked at other jobs yet.",
    "we have not looked at any other flats",
]


@pytest.mark.parametrize("text", NOT_UNINFORMED)
def test_not_knowing_the_other_sides_stance_is_not_uninformed(text):
    assert read_uninformed(text) is None


# 2. A list price past the line, no offer made, value unknown: find the value first.

LIST_PRICE_ONLY_UNINFORMED = [
    "Found a flat listed at £420,000. Our budget tops out at £400,000. We have no idea what flats around here actually sell for. "
    "Should we offer £380,000?",
    "I'm buying a used tractor listed at $52,000. The most I can spend is $45,000. I haven't looked at any other tractors or recent "
    "sales prices. Thinking of offering $40,000.",
]


@pytest.mark.parametrize("text", LIST_PRICE_ONLY_UNINFORMED)
def test_a_list_price_past_the_line_does_not_preempt_finding_the_value(text):
    codes, move = board(text, "prep")
    assert "anchor-uninformed" in codes
    assert move == "gather-information"


def test_an_offer_made_past_the_line_is_still_answered():
    codes, move = board("Found a flat listed at £420,000. Our budget tops out at £400,000. We have no idea what flats around here "
                        "actually sell for. The agent says the seller would take £410,000. Should we offer £380,000?", "prep")
    assert move == "counter-offer"


def test_an_informed_buyer_facing_a_list_price_past_the_line_counters():
    codes, move = board("Found a flat listed at £420,000. Our budget tops out at £400,000. Similar flats on the street sold for "
                        "£385,000-£400,000 this year. Should we offer £380,000?", "prep")
    assert "anchor-uninformed" not in codes
    assert move == "counter-offer"


# 3. Who the user is, from how a tender, a lease of kit or a tenancy is described.

ROLES = [
    ("Our catering contract is ending so we ran an RFQ with five caterers. The cheapest came in at £48,000.", "client"),
    ("We went out to tender last month and the incumbent bid £1.2m; a newcomer bid £1.05m.", "client"),
    ("Incumbent bid $220k for another three years, the challenger $190k.", "client"),
    ("I'm minded to award the contract to the second firm at €90k.", "client"),
    ("The lessor is at 950 a month for the forklift, we offered 800.", "client"),
    ("the hire company quoted 380 per day for the scaffold; I think 320 is fair", "client"),
    ("Tenant of 3 years wants a rent freeze at $1,700; I was going to ask $1,850.", "landlord"),
    ("Below 1,800 I'd rather re-let the flat. Current rent is 1,900.", "landlord"),
    ("Lease ends in May; she pays 1400 now and asked for a freeze.", "landlord"),
]

NOT_THOSE_ROLES = [
    ("We won the RFP last year and now they want a 10% cut on our £200k fee.", "vendor"),
    ("They awarded us the contract in 2021 at €80k a year; renewal is due.", "vendor"),
    ("I've been a tenant for 5 years and the landlord wants $2,100 now, up from $1,900.", "tenant"),
]


@pytest.mark.parametrize("text,role", ROLES + NOT_THOSE_ROLES)
def test_the_users_role_from_tenders_leases_and_tenancies(text, role):
    assert read_situation(text).role == role


def test_a_council_tender_with_our_own_bid_is_not_the_client():
    assert read_situation("The council went out to tender. The incumbent bid £1.2m and we bid £1.1m.").role != "client"


@pytest.mark.parametrize("text", ["We're the incumbent and they came in with a bid of $90k from a rival.", "As the incumbent, we bid 310k."])
def test_the_incumbent_itself_is_not_the_client(text):
    assert read_situation(text).role != "client"


# 5. Their walk threat with an adverb between the modal and the verb.

def _tactics(text: str) -> set[str]:
    return {str(t.code) for t in read_situation(text).tactics}


THEIR_HEDGED_THREATS = [
    "My tenant of four years wants the rent held at £1,200.\n\nTom: Can you keep it at £1,200? Otherwise we'll likely have to move out in June.\n"
    "Me: I'll think about it.\n\nMy floor is £1,250.",
    'The client emailed: "We love the work, but if the fee stays at $9,000 we will probably take the project in-house."',
    "Renewal chat with my tenant:\n\nAnna: I can manage $1,650 a month. Otherwise I'll most likely give notice.\nMe: Let me check the numbers.",
]


@pytest.mark.parametrize("text", THEIR_HEDGED_THREATS)
def test_a_hedged_threat_in_their_words_is_a_walkaway_threat(text):
    assert "tactic-walkaway-threat" in _tactics(text)


NOT_THEIR_THREATS = [
    "Tom: Can you keep it at £1,200? Otherwise I'll probably see you Saturday at the viewing.\nMe: I'll think about it.",
    "The landlord wants £1,400 from June. I can't afford it; otherwise I'll probably have to move out. My budget is £1,250.",
]


@pytest.mark.parametrize("text", NOT_THEIR_THREATS)
def test_a_hedged_plan_or_an_appointment_is_not_their_threat(text):
    assert "tactic-walkaway-threat" not in _tactics(text)


# 6. One more cut asked after agreement is a nibble, and "another N" is a cut, not an offer of N.

NIBBLES = [
    "Selling my bike, listed £900.\n\nTom: would you take 750?\nMe: 850\nTom: ok deal, 850\n\n"
    "He turned up today and said \"the chain is a bit rusty, can you knock off another 50 and we're sorted?\"",
    "Selling my sofa. We agreed on €600 yesterday. Today she texted \"could you take another €80 off for the stain?\"",
    "I sold my camera and we agreed $1,200. Then he came back: \"another 100 off and I'll collect tonight\".",
]


@pytest.mark.parametrize("text", NIBBLES)
def test_one_more_cut_after_agreement_is_a_nibble(text):
    assert "tactic-nibble" in _tactics(text)


def test_another_n_is_a_cut_off_the_agreed_price_not_an_offer_of_n():
    s = read_situation(NIBBLES[0])
    assert all(o.amount != 50 for o in s.offers)
    assert s.offers[-1].by == "them" and s.offers[-1].amount == 800


def test_my_own_past_cut_is_not_a_nibble():
    text = "Selling my car, listed $9,800. I knocked off 300 when we agreed at $9,500. The buyer picks it up on Friday."
    assert "tactic-nibble" not in _tactics(text)


def test_and_we_are_done_closes_the_deal_not_a_threat():
    assert "tactic-walkaway-threat" not in _tactics(NIBBLES[0].replace("we're sorted", "we're done"))


def test_or_we_are_done_is_a_threat():
    text = 'I\'m selling my van for $14,000. The buyer wrote: "$12,000 cash, take it or we\'re done."'
    assert _tactics(text) & {"tactic-walkaway-threat", "tactic-take-it-or-leave-it"}
    text = 'I\'m selling my van for $14,000. The buyer wrote: "Meet me at $12,500 or we\'re done."'
    assert "tactic-walkaway-threat" in _tactics(text)
