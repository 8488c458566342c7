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


@pytest.mark.parametrize("text, alt", [
    ("Buying a used Prius, dealer wants $21,900. CarMax has a nearly identical one, same year and trim, for $20,800.", 20_800),
    ("The shop wants £640 for the espresso machine; Argos has an almost identical model for £560.", 560),
    ("Seller is asking 1,150 for the e-bike. There's a very similar one on Marketplace for 950.", 950),
])
def test_someone_else_with_a_near_identical_one_is_the_alternative(text: str, alt: float) -> None:
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == alt


@pytest.mark.parametrize("text, amount", [
    ("Selling my drum kit, listed at 1,400. My plan: offer him 1,250 delivered and see.", 1_250),
    ("Renewing our lease. My play: counter at 3,100 a month with a 3-year term.", 3_100),
])
def test_my_plan_or_play_colon_a_number_is_my_planned_number(text: str, amount: float) -> None:
    s = read_situation(text)
    assert any(p.amount == amount and p.action in ("counter", "open") for p in s.plans)
    assert all(o.amount != amount for o in s.offers if o.by == "them")


def test_a_fair_price_said_by_a_guide_is_the_market_range() -> None:
    s = read_situation("Buying a 2018 Golf from a dealer, sticker €16,900. Edmunds says fair price is €15,200-€16,100.")
    assert s.market_range is not None and (s.market_range.low, s.market_range.high) == (15_200, 16_100)


def test_the_only_one_found_means_no_market_to_walk_to_and_both_plans_are_kept() -> None:
    s = read_situation("Buying a wheelchair van, the dealer wants $41,000; similar ones list at $38,000-$42,000 but it's the only one I've found "
                       "within 300 miles. My play: offer $30,000 and walk out if they laugh.")
    assert s.no_alternative and s.alternative is None
    assert {p.action for p in s.plans} >= {"counter", "walk"}


@pytest.mark.parametrize("text, pay", [
    ("Pay review next week. I'm at 62k right now as a nurse manager. Band for the role is 65-75k.", 62_000),
    ("Talking salary with a recruiter. I'm currently at $140k now, happy to stay put.", 140_000),
])
def test_im_at_x_now_before_any_number_of_theirs_is_my_pay_today(text: str, pay: float) -> None:
    s = read_situation(text)
    assert all(o.amount != pay for o in s.offers)


def test_im_at_x_now_after_their_number_is_my_position() -> None:
    s = read_situation("Job offer came in: they offered 95k, I asked 110k, they're at 100k and I'm at 105k right now.")
    assert any(o.by == "me" and o.amount == 105_000 for o in s.offers)


@pytest.mark.parametrize("text, amount", [
    ('Review is Monday. Was going to walk in and say "I\'d like 70k" because it\'s my target.', 70_000),
    ('Selling the kayak. I\'m planning to text him "I want 800 for it" tonight.', 800),
])
def test_my_own_words_i_mean_to_say_are_my_planned_number(text: str, amount: float) -> None:
    s = read_situation(text)
    assert any(p.amount == amount for p in s.plans)
    assert all(o.amount != amount for o in s.offers if o.by == "them")


def test_my_own_words_already_said_are_not_a_plan() -> None:
    s = read_situation('Selling the kayak. I texted him "I want 800 for it" yesterday, he said 650.')
    assert not any(p.amount == 800 for p in s.plans)


@pytest.mark.parametrize("text, amount", [
    ("Viewing a narrowboat listed at £48,000 on Saturday. We're stopping at £44,000, no matter what.", 44000),
    ("The supplier wants $9.10/kg. I stop at $8.60 and then we walk.", 8.6),
    ("My manager says I can go as far as 12% off the $50,000 list, no further. They asked for 20% off.", 44000),
])
def test_where_the_user_stops_is_the_line(text, amount):
    s = read_situation(text)
    assert s.reservation is not None and s.reservation.amount == pytest.approx(amount)


@pytest.mark.parametrize("text", [
    "The bus stops at 5 and the van I'm buying is listed at 9,000.",
    "He said he'd stop at nothing to get the flat, it's listed at £1,200.",
])
def test_stopping_words_that_are_no_line(text):
    assert read_situation(text).reservation is None


@pytest.mark.parametrize("text, amount", [
    ("Contract talks: they offered 62k. I was hoping for at least 70k.", 70000),
    ("The gallery offered €900 for the print; I'm aiming for at least €1,200.", 1200),
])
def test_a_hope_with_at_least_is_the_target_not_the_line(text, amount):
    s = read_situation(text)
    assert s.target is not None and s.target.amount == pytest.approx(amount)
    assert s.reservation is None


@pytest.mark.parametrize("text, value", [
    ("The dealer is offering six grand for my old Golf.", 6000),
    ("Buyer came back with twenty-five thousand dollars cash.", 25000),
    ("The agent says two hundred thousand is the realistic ask; they offered 185k.", 200000),
])
def test_spelled_out_amounts_are_read(text, value):
    from board.money import amounts
    assert any(m.value == pytest.approx(value) for m in amounts(text))


@pytest.mark.parametrize("text", [
    "The venue holds two thousand people and charges $4,000 a night.",
    "Car has fifty thousand miles on it; they want $9,000.",
    "Built in the year two thousand, listed at £300,000.",
])
def test_spelled_out_counts_and_years_are_not_money(text):
    from board.money import amounts
    assert not any(m.value in (2000, 50000) for m in amounts(text))


def test_bare_thousands_set_the_scale_for_a_decimal_shorthand():
    s = read_situation("looking at a used boat, seller wants 8,400. i offered 7,500. i won't go north of 7.9 on it.")
    assert s.reservation is not None and s.reservation.amount == pytest.approx(7900)


def test_a_renewal_price_is_the_base_of_the_percents_and_the_sellers_standing_number():
    s = read_situation("I'm the AE on this deal. The customer renews at $80k ARR. Their procurement asked for 25% off. "
                       "I offered 5% off for a 3-year commit.")
    assert s.role == "vendor" and s.wants == "more"
    assert [(o.by, o.amount) for o in s.offers] == [("me", 80000), ("them", 60000), ("me", 76000)]
    assert "contract length" in s.issues


@pytest.mark.parametrize("text, role", [
    ("I'm the sales rep for this account. They want a discount on the $12k order.", "vendor"),
    ("I do payroll for a small dental practice, £400 a month. They want to pay £300.", "vendor"),
    ("Looking at a 2-bed flat in Leith listed at £210,000. Comps are 195-205k.", "buyer"),
])
def test_the_users_role_from_their_job_or_what_they_view(text, role):
    assert read_situation(text).role == role


@pytest.mark.parametrize("text", [
    "We're hoping to get it signed before quarter end; they offered $40k.",
    "They want the PO out by end of next week, quote is €12,000.",
    "Need to close by month-end or the budget lapses. Their price is £8k.",
])
def test_a_period_end_is_a_deadline(text):
    assert read_situation(text).deadline is not None


@pytest.mark.parametrize("text", [
    "Roofer quoted £9,400 for the job. No clue if that's good or a rip-off. I'll say £7,000.",
    "The agency's quote is $3,200. Not sure whether that's high. Thinking of countering at $2,500.",
])
def test_not_knowing_if_their_number_is_good_is_uninformed(text):
    assert read_situation(text).uninformed is not None


@pytest.mark.parametrize("text", [
    "The seller wants 9k. Not sure if he's flexible.",
    "They offered 70k. No idea if they'll go higher.",
])
def test_not_knowing_their_stance_is_not_uninformed_about_value(text):
    assert read_situation(text).uninformed is None


@pytest.mark.parametrize("text", [
    'Raise chat next week, range is 70-80k. Was going to just say "I\'d like 75k" and see.',
    'Gallery meeting Friday. Planning to walk in and tell them "€2,000 for the set".',
])
def test_a_subjectless_plan_to_say_a_number_is_the_users_words(text):
    s = read_situation(text)
    assert not any(o.by == "them" for o in s.offers)


@pytest.mark.parametrize("text", [
    "Selling my kayak, listed at $900. Private buyer came by Sunday, paddled it, then offered $700.",
    "Selling the van at £8,000. Potential buyer rang, asked loads of questions, offered £7,100.",
])
def test_a_described_buyer_opening_the_sentence_is_their_offer(text):
    s = read_situation(text)
    assert [o.by for o in s.offers] == ["them"]


@pytest.mark.parametrize("text", [
    "Asking for a raise Monday. I'm at 70k right now; the band is 75-90k.",
    "Salary review soon. I am on £41,000 at the moment and the range for my level is 42-50k.",
])
def test_a_candidates_pay_today_is_no_number_put_to_them(text):
    assert not read_situation(text).offers


@pytest.mark.parametrize("text, amount", [
    ("Offered €310,000 on a townhouse listed at €329,000. The agent phoned: the sellers will accept €318,000 if we close in June.", 318000),
    ("I bid 14,000 on the camper. Dealer will take 14,600 with the awning included.", 14600),
])
def test_their_side_agreeing_to_a_number_is_their_offer(text, amount):
    s = read_situation(text)
    assert any(o.by == "them" and o.amount == pytest.approx(amount) for o in s.offers)
    assert not any(p.action == "accept" and p.amount == pytest.approx(amount) for p in s.plans)


@pytest.mark.parametrize("text, amount", [
    ("Email from the letting agent:\n\n> From March I'll need to put the rent up from €1,200 to €1,380 a month. Let me know.", 1380),
    ("The gym emailed: \"we're putting the price up from £45 to £52 a month from May.\"", 52),
])
def test_a_rise_in_their_message_is_their_number_not_my_plan(text, amount):
    s = read_situation(text)
    assert any(o.by == "them" and o.amount == pytest.approx(amount) for o in s.offers)
    assert not any(p.amount is not None for p in s.plans)


def test_the_users_own_price_rise_is_not_their_number():
    s = read_situation("We put our day rate up from £400 to £450 this year and the client hasn't answered yet.")
    assert not any(o.by == "them" for o in s.offers)


@pytest.mark.parametrize("text", [
    "I've been here 6 years and always paid on time. Landlord wants £1,300 now.",
    "We've rented from him seven years. He's asking $2,100 from June.",
])
def test_years_as_their_tenant_or_customer_is_a_relationship(text):
    assert read_situation(text).relationship is not None


@pytest.mark.parametrize("text", [
    "Buyer offered 40k two weeks ago and went quiet. She's clearly losing interest.",
    "The supplier quoted $6/unit. They're clearly bluffing about the price rise.",
])
def test_a_read_of_them_stated_as_plain_fact_is_an_assumption(text):
    assert read_situation(text).assumptions


@pytest.mark.parametrize("text, amount", [
    ("Selling my studio. Broker range is 80-95k. Planning to tell him 90k since that's what I want.", 90000),
    ("Review next week, band is 60-70k. I'm going to ask for 64k because that's my target.", 64000),
])
def test_a_planned_number_said_to_be_what_the_user_wants_is_the_target_too(text, amount):
    s = read_situation(text)
    assert s.target is not None and s.target.amount == pytest.approx(amount)
    assert any(p.amount == pytest.approx(amount) for p in s.plans)


@pytest.mark.parametrize("text", [
    "Client wants to cut the retainer to $900. My gut says just agree.",
    "The venue asked for 10% more. I'm leaning toward just accepting it.",
    'Supplier email: prices up 6% from June. I was going to just reply "sounds good, we\'re in".',
])
def test_a_yes_the_user_leans_to_is_an_accept_plan(text):
    assert any(p.action == "accept" for p in read_situation(text).plans)


@pytest.mark.parametrize("text", [
    "My gut says he's bluffing about the other buyer; he offered 8k.",
    'She replied "sounds good" when I said 9k.',
])
def test_a_gut_read_or_their_yes_is_no_accept_plan(text):
    assert not any(p.action == "accept" for p in read_situation(text).plans)


@pytest.mark.parametrize("text", [
    "Landlord wants £1,200. I'll also throw in a longer lease as a goodwill gesture.",
    "Their quote is $5k. Thinking of offering to pay upfront so they know we're serious.",
])
def test_a_give_as_goodwill_is_a_concession_plan(text):
    assert any(p.action == "concede" for p in read_situation(text).plans)


@pytest.mark.parametrize("text, amount", [
    ("I do cleaning for a dental group. The office manager emailed saying money is tight and could we do $1,100 a month from May.", 1100),
    ("I tutor two kids for a family. The mum texted asking if we can do £35 an hour instead.", 35),
])
def test_their_reported_we_is_their_proposal(text, amount):
    s = read_situation(text)
    assert [(o.by, o.amount) for o in s.offers if o.amount == pytest.approx(amount)] == [("them", amount)]


def test_my_own_reported_we_stays_mine():
    s = read_situation("I emailed saying can we do $1,100 a month; they said they'd think about it.")
    assert any(o.by == "me" and o.amount == 1100 for o in s.offers)


def test_a_note_opening_on_todays_price_is_the_paid_sides_standing_number():
    s = read_situation("I do the books for a small firm. Currently £800 a month. They asked if we can do £600.")
    assert [(o.by, o.amount) for o in s.offers] == [("me", 800), ("them", 600)]


def test_their_new_contract_is_their_offer_not_another_party():
    s = read_situation("Our packaging supplier proposed a new contract: they cut prices 5% if we sign for two years. We spend $20k/month with them now.")
    assert s.alternative is None
    assert any(o.by == "them" and o.amount == pytest.approx(19000) for o in s.offers)


@pytest.mark.parametrize("text", [
    "The bill is $9,200. I've read these usually settle at 40-60% of the billed amount.",
    "Dealers typically knock 5 to 8 percent off a sticker of $31,000.",
])
def test_the_low_end_of_a_percent_range_is_no_money(text):
    from board.money import amounts
    assert not any(m.value in (40000, 40, 5000, 5) for m in amounts(text))


@pytest.mark.parametrize("text", [
    "Flat listed at £300k. Haven't really looked at what else has sold nearby, it just feels right. Thinking of offering 285.",
    "The van is £9k. I didn't check what similar vans go for. I'll offer 8k.",
])
def test_not_having_looked_at_what_sold_is_uninformed(text):
    assert read_situation(text).uninformed is not None


@pytest.mark.parametrize("text, mine, theirs", [
    ("Pasting the chat:\n\nClient (Ana): Love the proposal. Your fee of $4,000 is more than we planned, we were thinking $3,000.\nMe: I could do $3,700.", 4000, 3000),
    ("Thread:\n\nBuyer (Tom): Your price of £900 is steep. Would you take £700?\nMe: I can do £850.", 900, 700),
])
def test_their_line_naming_my_number_back_is_not_their_offer(text, mine, theirs):
    s = read_situation(text)
    assert ("them", mine) not in [(o.by, o.amount) for o in s.offers]
    assert ("them", theirs) in [(o.by, o.amount) for o in s.offers]


def test_their_line_naming_my_rate_back_gives_it_to_me():
    s = read_situation("Thread:\n\nClient (Ana): Great work. Your rate of €800/day is above what we budgeted, we were thinking €600.\nMe: I can do €760.")
    assert [(o.by, o.amount) for o in s.offers] == [("me", 800), ("them", 600), ("me", 760)]


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
