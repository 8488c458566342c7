"""The reader on phrasings it was not developed on: varied people, varied words (see the brief's categories)."""

from __future__ import annotations

import pytest

from board.situation import read_situation


@pytest.mark.parametrize("text, amount", [
    ("The startup offered me $120,000. I also have a written offer from another company at $135,000.", 135000),
    ("I'm buying a used Civic. The seller wants $14,500. A dealer across town has the same car for $13,200.", 13200),
    ("Landlord wants to raise my rent to $2,400. I've been approved for a cheaper flat at $2,100 a month.", 2100),
    ("My landlord is asking €1.600 per month on renewal; I found a similar apartment at €1.450.", 1450),
    ("I'm a freelancer. The client offered a fee of $8,000 for the project. I have a better project waiting for signature at $10,000.", 10000),
    ("As a consultant: the client proposes £6,000. Another client has a contract waiting for my signature at £7,500.", 7500),
    ("we're the client. Vendor quoted $50,000 for the renewal. our current supplier charges $42,000 and we can stay with them.", 42000),
    ("The recruiter offered 80.000 EUR. I'd simply stay at my present employer where I earn 85.000 EUR.", 85000),
])
def test_an_alternative_with_its_value_is_read(text, amount):
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == pytest.approx(amount)


@pytest.mark.parametrize("text, amount", [
    ("They offered $48,000. I'd stay in my current job rather than take less than $52,000.", 52000),
    ("The buyer offered £180,000 for the flat; £175,000 is the least I'd accept.", 175000),
    ("I'm buying a van, dealer wants $31,000. my absolute max is $28,500.", 28500),
    ("landlord wants 2,300 a month. if it's over 2,200 i'm out.", 2200),
    ("They offered me 70k. Anything below 75k and I'll stay where I am.", 75000),
    ("Client offered €4,000 for the logo work. It's €5,000 or nothing.", 5000),
    ("selling my boat, buyer says 20k. bottom line 23k.", 23000),
    ("The supplier quoted $12/unit. We won't pay more than $10.50 per unit, full stop.", 10.5),
    ("I'd rather keep renting than pay more than $1,900 a month for this place, the landlord wants $2,050.", 1900),
    ("They offered 58k. I won't go lower than 62k, that's my line.", 62000),
    ("i'd walk if they don't reach 45k. they're at 41k.", 45000),
    ("Dealer quoted £22,400. Above £21k I'll keep my old car.", 21000),
    ("The client offered $90/hour. I need at least $110/hour to make this worth it.", 110),
    ("Seller wants $340k. We can stretch to $325k and not a penny more.", 325000),
    ("They offered €3.000 per month. Less than €3.200 isn't worth moving for.", 3200),
    ("they offered 65k. my number is 70k, below that i'm staying put.", 70000),
    ("Offer came in at $1.1M. We decided not to sell for anything under $1.25M.", 1250000),
    ("Landlord wants £1,450. The most I'm willing to pay is £1,300.", 1300),
])
def test_a_walk_away_point_in_varied_words_is_read(text, amount):
    s = read_situation(text)
    assert s.reservation is not None and s.reservation.amount == pytest.approx(amount)


def test_say_x_or_im_out_stays_a_plan_not_a_reservation():
    s = read_situation("They offered $128k. My plan is to email Karen tomorrow and say it's $140k or I'm out.")
    assert s.reservation is None


def test_todays_job_named_as_the_fallback_to_a_new_offer_is_not_a_relationship_at_stake():
    text = ("I just got an offer from a fintech startup: $150,000 base. My current job pays $140,000 and I'd stay there "
            "rather than take less than $155,000. I think they really need someone fast.")
    s = read_situation(text)
    assert s.relationship is None
    assert s.reservation is not None and s.reservation.amount == 155000
    assert s.assumptions
    for other in ("The recruiter offered $95k. I could keep my current job at $90k.",
                  "new company offered 70k, my employer pays me 65k and i'm happy staying."):
        assert read_situation(other).relationship is None, other


def test_the_current_employer_is_the_counterparty_in_a_raise():
    assert read_situation("I'm asking my current employer for a raise from $80k to $90k.").relationship
    assert read_situation("My boss offered me $85k when I asked for a raise; I make $80k now.").relationship


@pytest.mark.parametrize("text", [
    "They offered $85k and need an answer by Sunday.",
    "the dealer wants a decision by end of day on the $22,000 price.",
    "Their offer of £40,000 lapses Friday.",
    "I have to sign by the 15th or the $1,800 flat goes to someone else.",
    "Another buyer is viewing tomorrow so the seller says I must decide tonight on $310,000.",
    "They made me an exploding offer at $95,000.",
    "The offer is only open until midnight, they said, €2,000.",
    "they want me to sign today, $400 for the whole job",
    "recruiter says the offer is only good till thursday",
    "They've given me 48 hours to accept the $70k.",
    "The seller said if I don't commit by tomorrow morning she'll take the other offer of $12,000.",
    "Offer expires at 5pm on the 30th.",
    "They want me to sign the contract before the weekend, £45k.",
])
def test_deadlines_in_varied_words(text):
    assert read_situation(text).deadline


@pytest.mark.parametrize("text", [
    "I'm pretty sure they're desperate to sell.",
    "They obviously can't afford to lose me.",
    "I think they really need someone fast.",
    "i reckon the seller is desperate, the car's been listed for months",
    "I suspect they can't find anyone else at that price.",
    "I get the feeling they are under pressure to close this quarter.",
    "Honestly they'll cave if I push.",
])
def test_untested_assumptions_about_them(text):
    assert read_situation(text).assumptions


@pytest.mark.parametrize("text, action", [
    ("They offered $60,000, I asked for $70,000. Honestly I'm just going to agree to their cap.", "accept"),
    ("I listed at $500, buyer offered $400. thinking of offering most of the difference.", "concede"),
    ("I quoted £3,000, they came back at £2,400. I'll probably just match what they asked.", "accept"),
    ("My ask was $200k and they're at $170k. Might as well drop to $175k to get it done.", "concede"),
    ("I asked for 90k, they offered 80k. I'm going to tell them fine.", "accept"),
    ("We asked 1.2 per unit, they want 0.9. I'm thinking of dropping to 0.95 to keep them happy.", "concede"),
    ("we quoted 12k, they said 9k. may as well meet them most of the way.", "concede"),
])
def test_planning_to_give_ground_in_varied_words(text, action):
    assert any(p.action == action for p in read_situation(text).plans)


def test_they_are_at_x_is_their_number():
    s = read_situation("My ask was $200k and they're at $170k.")
    assert [(o.by, o.amount) for o in s.offers] == [("me", 200000), ("them", 170000)]


@pytest.mark.parametrize("text, code", [
    ("The seller says $950 firm.", "tactic-take-it-or-leave-it"),
    ("They want $12,000 and the price is firm.", "tactic-take-it-or-leave-it"),
    ("The rent of €1,200 is not negotiable, the agent said.", "tactic-take-it-or-leave-it"),
    ("landlord said 1400 is non-negotiable", "tactic-take-it-or-leave-it"),
    ("the dealer told me the price is fixed at $18,500, no haggling", "tactic-take-it-or-leave-it"),
    ("They offered 72k but said let me run it by my director before going higher.", "tactic-higher-authority"),
    ("The agent said she'd have to check with the owner before accepting $300k.", "tactic-higher-authority"),
    ("they offered £45k, anything more needs sign-off from head office.", "tactic-higher-authority"),
    ("The salesman said his manager has the final say on anything under $25,000.", "tactic-higher-authority"),
    ("The manager was lovely and friendly, but the owner was blunt and cold about the $30k price.", "tactic-good-cop-bad-cop"),
    ("the recruiter is super nice but the VP she brought in was aggressive and dismissive about my $120k ask.", "tactic-good-cop-bad-cop"),
    ("We agreed on $8,000 for the car. Then he said oh, could you also throw in the winter tyres?", "tactic-nibble"),
    ("After we shook hands at $15k, the buyer came back asking me to include the roof box too.", "tactic-nibble"),
    ("We settled at £900 a month; now the landlord also wants me to pay for the garden service.", "tactic-nibble"),
    ("They offered $50 an hour and said we have other candidates, so think fast.", "tactic-walkaway-threat"),
    ("The buyer offered $200k and said there are plenty of other houses they could buy.", "tactic-walkaway-threat"),
    ("the client says they'll go with another agency if we don't drop to $9k.", "tactic-walkaway-threat"),
    ("They offered £30k and mentioned they have three other bidders lined up.", "tactic-walkaway-threat"),
])
def test_their_tactics_in_varied_words(text, code):
    assert code in {t.code for t in read_situation(text).tactics}


def test_my_own_firm_price_is_not_their_tactic():
    assert not read_situation("My price is firm at $950, the buyer offered $800.").tactics


@pytest.mark.parametrize("text, issue", [
    ("They offered $90k. I also want them to cover moving costs.", "relocation"),
    ("landlord wants $1,500 a month; parking spot is extra and I need one.", "utilities"),
    ("They offered 60k with a three-month notice period.", "start date"),
    ("The client offered $5,000 but wants a 50% deposit and 3 rounds of revisions.", "scope"),
    ("They offered £2,000; the kill fee is still open.", "payment terms"),
    ("Supplier wants $40k a year, onboarding not included.", "support"),
    ("They offered $70k and asked for references.", "references"),
    ("The client wants exclusivity for a year at €3,000 a month.", "exclusivity"),
    ("Landlord wants £1,100 plus a holding deposit.", "deposit"),
])
def test_other_issues_in_varied_words(text, issue):
    assert issue in read_situation(text).issues


@pytest.mark.parametrize("text, amount", [
    ("got an offer of 95k from acme, but i have a written offer from Globex for 105k in hand.", 105000),
    ("I'm buying a sofa; the shop says £900. Another seller has the same one listed at £750.", 750),
])
def test_a_second_offer_held_or_the_same_thing_elsewhere_is_the_alternative(text, amount):
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == pytest.approx(amount)
    assert all(o.amount != amount for o in s.offers)


def test_a_buyers_rival_bidder_is_not_the_buyers_alternative():
    s = read_situation("I'm buying a flat listed at £310,000. Another buyer offered £305,000 and the agent says I must decide tonight.")
    assert s.alternative is None or s.alternative.amount != 305000
    assert s.deadline


@pytest.mark.parametrize("text, level", [
    ("I listed at $500, buyer offered $400. thinking of offering most of the difference.", 425),
    ("we quoted 12k, they said 9k. may as well meet them most of the way.", 9750),
    ("I'm asking £250k for the flat, they offered £220k. I'll probably just split the difference.", 235000),
    ("asked for 3,000 a month, they offered 2,400. honestly thinking of giving them half the gap and moving on.", 2700),
])
def test_a_planned_share_of_the_gap_has_its_level(text, level):
    plans = [p for p in read_situation(text).plans if p.action == "concede"]
    assert plans and plans[0].amount == pytest.approx(level)


def test_a_walk_threat_said_to_them_is_not_my_walk_away_point():
    s = read_situation("Our target was 1,80 €/kg. I want to tell our supplier we walk unless they go to 1,70.")
    assert s.reservation is None or s.reservation.amount != 1.7


@pytest.mark.parametrize("text, amount", [
    ("we are selling our campervan. listed 38k. a couple offered 33k cash. a dealer already offered us 35k trade price, written.", 35000),
    ("Hello, I'm a UX designer. Company X offered me 68.000 € gross. I already hold a signed offer from another agency for 72.000 €.", 72000),
])
def test_a_second_partys_written_offer_is_the_alternative(text, amount):
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == pytest.approx(amount)


@pytest.mark.parametrize("text, new", [
    ("I supply a café chain. They want to cut what they pay per loaf from £2.10 to £1.80.", 1.8),
    ("The landlord wants to raise the rent from $1,500 to $1,650.", 1650),
])
def test_from_x_to_y_their_number_is_the_new_one(text, new):
    s = read_situation(text)
    assert [o.amount for o in s.offers if o.by == "them"][-1] == pytest.approx(new)


def test_leave_rather_than_stay_under_is_a_walk_away_point():
    s = read_situation("Got an offer for a senior analyst role, 85k. I'd leave rather than stay under 90k.")
    assert s.reservation is not None and s.reservation.amount == 90000


@pytest.mark.parametrize("text, at_stake", [
    ("Offer from Stripe: 180k. My current employer pays 165k and honestly I could just stay.", False),
    ("I have an interview loop next week; my current company pays me 120k, I would remain there if the offer is under 130k.", False),
    ("I want to ask my boss for a raise from 70k to 80k. My current employer has been good to me.", True),
    ("My current employer just made me a counteroffer of 95k after I told them about the new job at 100k.", True),
    ("Negotiating with my landlord of 8 years on the renewal, he wants 1,400.", True),
])
def test_relationship_at_stake_is_with_the_counterparty(text, at_stake):
    assert bool(read_situation(text).relationship) is at_stake


@pytest.mark.parametrize("text, low, high", [
    ("im selling my macbook, similar ones go for 900-1100 on ebay. nobody has offered anything yet", 900, 1100),
    ("similar flats rent for 950-1200 a month round here", 950, 1200),
    ("comps went for $900-1100 last month", 900, 1100),
])
def test_a_plain_dash_range_is_a_market_range_not_a_phone_number(text, low, high):
    r = read_situation(text).market_range
    assert r is not None and (r.low, r.high) == (low, high)


def test_a_phone_number_stays_a_phone_number():
    from board.money import amounts
    assert amounts("call me at 555-1234") == [] and amounts("ring 555-1234 tomorrow") == []


def test_fast_alternations_match_exactly_like_plain_ones():
    """fastre.fast() only speeds a case-insensitive alternation up: same matches, same places."""
    import re

    from board.fastre import fast

    texts = ["Take it or LEAVE it. İt's FINAL, ıs it? The Kelvin sign: KEEP it; the long s: ſaid no.",
             "He won't go any higher, that's it! Offer expires Friday; my boss won't approve [a] (b) |c|",
             "We'll walk. Or else I'm out. Sıgn by tomorrow or it's gone — final offer, 8,200 firm."]
    for src in [r"\b(?:take it or leave it|final offer|(?:it'?s|is) final|king|sign)\b", r"(?:is|ıs|kept|said)|x[ab]|(?:a|b)?c",
                r"\b(?:[]a]|(?:won'?t|will not) (?:go|move)|s(?:ign|aid))"]:
        plain, quick = re.compile(src, re.I), fast(src)
        assert quick.pattern != src or "|" not in src
        for t in texts:
            assert [m.span() for m in plain.finditer(t)] == [m.span() for m in quick.finditer(t)]


@pytest.mark.parametrize("text", [
    "He'll accept 60k, he basically has no choice after the layoffs.",
    "The landlord pretty much has no other option, the flat's been empty for months.",
    "This couple clearly love the house, so I'll hold at 420k.",
    "The buyer obviously wants the car, he came back three times.",
    "I'm confident someone will pay full asking within a week.",
    "I'm sure another tenant would take it at 1,400.",
    "They'll probably come back at 1,950 once I say no.",
    "The dealer will surely come round by the end of the month.",
    "He'll call back when nobody else bites.",
    "She'll come back once she sees the other quotes.",
    "They won't let me go, I'm their best closer.",
    "My boss would never risk losing me over 5k.",
])
def test_untested_beliefs_about_their_choices_and_their_return(text):
    assert read_situation(text).assumptions


@pytest.mark.parametrize("text", [
    "I have no choice but to accept 60k.",
    "I'm confident I'll find another buyer at 20k.",
    "He said he'll call back when he's talked to his wife.",
    "They said they'll come back to us with a counter by Friday.",
    "The club won't let me go without a transfer fee of 50k.",
    "They said they won't let me go early, the contract runs to June.",
    "The buyer said yes to 4k and will come back on Saturday with the trailer.",
])
def test_my_own_constraints_and_their_stated_plans_are_no_assumption(text):
    assert read_situation(text).assumptions == []


def test_my_partner_setting_my_own_limit_is_no_assumption_about_them():
    assert read_situation("My wife won't let me go over 300k on the house.").assumptions == []


@pytest.mark.parametrize("text", [
    "Buying a used camper, listed at 31k. havent really looked at what else has sold around here, it just feels ok.",
    "Pitching my illustration rate to a publisher. Never checked what other illustrators charge for covers, I'll say 1,200.",
])
def test_not_having_looked_at_what_the_thing_sells_for_is_uninformed(text: str) -> None:
    from board.signals import read_uninformed
    assert read_uninformed(text) is not None


@pytest.mark.parametrize("text", [
    "Buying a used camper, listed at 31k. I looked at what else has sold around here: 28-33k.",
    "Haven't looked at what the seller wants for the awning yet, the camper itself is 31k and comps are 28-33k.",
])
def test_having_looked_or_not_looking_at_their_wants_is_not_uninformed(text: str) -> None:
    from board.signals import read_uninformed
    assert read_uninformed(text) is None
