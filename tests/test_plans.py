"""Plans told apart from offers, plan amounts named in words, market ranges: invented sentences."""

from __future__ import annotations

import pytest

from board.situation import read_situation


def _plans(text):
    return [(p.action, p.amount) for p in read_situation(text).plans]


def _offers(text):
    return [(o.by, o.amount) for o in read_situation(text).offers]


@pytest.mark.parametrize("text", [
    "I'm selling my camper. I was thinking I'd just say 42 thousand when he calls.",
    "Selling my drum kit. I'm going to put $900 in the reply.",
    "I'm the seller of a kayak. Should I say $650?",
    "I'm selling my piano. My plan is to ask $3,000 and see.",
])
def test_intent_makes_a_plan_not_an_offer(text):
    s = read_situation(text)
    assert not [o for o in s.offers if o.by == "me"]
    assert s.plans and s.plans[0].amount in (42_000, 900, 650, 3_000)
    assert s.plans[0].action == "open"


@pytest.mark.parametrize(("text", "amount"), [
    ("I'm selling my tent. I offered it at $300 last week.", 300),
    ("I'm selling my loom. They said too low, so I went down to €0,45 per metre.", 0.45),
    ("I'm the buyer. I countered with $12,000 yesterday.", 12_000),
])
def test_past_tense_is_an_offer_of_mine(text, amount):
    assert ("me", amount) in _offers(text)


def test_a_subject_less_diary_sentence_is_mine_and_the_reply_theirs():
    assert _offers("Asked for $150k for the analyst role, they came back at $128k.") == [("me", 150_000), ("them", 128_000)]


def test_planned_open_after_their_number_is_a_counter():
    plans = _plans("I'm the buyer. The seller offered $9,000. I'm going to say $7,500.")
    assert plans == [("counter", 7_500)]


def test_a_percentage_plan_is_computed_from_the_earlier_base():
    s = read_situation("We make candles. The shop wants to buy at 50% off our $20/box list price. I'm thinking of countering at 35% off.")
    assert [(o.by, o.amount) for o in s.offers] == [("them", 10)]
    assert [(p.action, p.amount) for p in s.plans] == [("counter", 13)]


def test_a_plan_naming_my_walk_away_point_takes_its_amount():
    s = read_situation("I'm a candidate. My floor is $64k. I'm going to ask for exactly my minimum.")
    assert s.plans and s.plans[0].amount == 64_000


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Similar studios nearby rent for €980–€1.120 a month.", 980, 1_120),
    ("Used ones have been going between $2,200 and $2,900 on the forum.", 2_200, 2_900),
    ("Comparable shops sold for £410k–£450k last year.", 410_000, 450_000),
])
def test_market_ranges(text, low, high):
    m = read_situation("I'm selling. " + text).market_range
    assert m is not None and (m.low, m.high) == (low, high)


def test_one_shelf_price_is_not_a_market_range():
    s = read_situation("I'm the buyer for a small shop. I've only seen the retail price (about 8,99 € in supermarkets).")
    assert s.market_range is None


@pytest.mark.parametrize("text", [
    "We agreed the price for the van. Now he wants me to cover the transfer fee too. I'm inclined to just say ok.",
    "We shook hands on the desk. Then she asked me to deliver it as well. My gut says just go along with it.",
])
def test_leaning_toward_yes_to_their_ask_is_an_accept_plan(text):
    assert any(p.action == "accept" for p in read_situation(text).plans)


def test_what_they_are_going_to_ask_for_is_not_my_plan():
    s = read_situation("The landlord wants to meet next week. I have no idea what he's going to ask for, and they want to raise it again.")
    assert s.plans == []


def test_leaving_a_thing_behind_is_not_a_walk():
    s = read_situation("We agreed the sale at $240,000. Now they ask: could we leave the dining table and the curtains, and pay $800 toward their moving van?")
    assert not any(p.action == "walk" for p in s.plans)
    s = read_situation("They offered $9,000 for the boat. I am going to leave the table at $9,000 and tell them I am walking.")
    assert any(p.action == "walk" for p in s.plans)


def test_quotes_that_ranged_between_two_numbers_are_a_market_range():
    s = read_situation("Last time we tendered the landscaping, the four quotes ranged $2,100 to $2,600 a month. Meeting the incumbent Friday.")
    assert s.market_range is not None and (s.market_range.low, s.market_range.high) == (2100, 2600)
    assert not s.offers


# -- the user's planned moves, in many wordings -------------------------------------------------
@pytest.mark.parametrize(("text", "action", "amount"), [
    ("Selling my road bike. I'll open at 1,200 and see what they say.", "open", 1_200),
    ("Selling the sofa on marketplace, gonna start at £350.", "open", 350),
    ("Job offer coming next week. My first number will be 135k.", "open", 135_000),
    ("Salary chat on Thursday. I'm going to ask for $98,000.", "open", 98_000),
    ("Selling our flat. We'll list it at £425k.", "open", 425_000),
    ("I'll offer 20 and see.", "open", 20),
    ("Buying a guitar off a guy. Gonna offer him 400 cash.", "open", 400),
    ("Want to put the house on at 600k and see who bites.", "open", 600_000),
    ("My opening ask is going to be 72k for the role.", "open", 72_000),
    ("Renting a flat, I reckon I'll go in at 1,100 a month.", "open", 1_100),
    ("They offered 420 for my PS5 bundle. I'll come back with 480.", "counter", 480),
    ("Seller wants $14,500. Planning to reply 12,800.", "counter", 12_800),
    ("Recruiter said 88k. I'm going to counter at 97k.", "counter", 97_000),
    ("They came in at 3,000 for the website. Thinking of pushing back with 4,200.", "counter", 4_200),
    ("They quoted £9k for the extension work. My counter will be £7,500.", "counter", 7_500),
    ("I asked 500 for the bike, they offered 400. I'll drop to 450.", "concede", 450),
    ("I'm at 120k, they're at 100k. I plan to come down by 5k to 115k.", "concede", 115_000),
    ("I asked 900, they offered 700. Thinking I'll just meet them halfway.", "concede", 800),
    ("I asked 900, they said 700. Might just split the difference.", "concede", 800),
    ("Listed at $2,000. They offered $1,500. I'll knock 10% off.", "concede", 1_800),
    ("I offered 8k for the car, he wants 10k. I'll bump it to 9k.", "concede", 9_000),
    ("I asked 500, they offered 400. Should I drop to 450?", "concede", 450),
    ("They offered 110k. If they give me remote Fridays I'll drop to 120.", "concede", 120_000),
    ("They offered 115k. I'm about to say yes.", "accept", None),
    ("Offer is £52k. Planning to sign tomorrow.", "accept", None),
    ("I asked 45 an hour, they said 35. Honestly I'm just going to cave.", "accept", None),
    ("selling my ps5, gonna ask 380 and go from there", "open", 380),
    ("Buying a van. plan is to lowball at 7k", "open", 7_000),
    ("Interview went well. When they ask for my number I'm saying 110k.", "open", 110_000),
    ("They quoted 2,400. Reckon I'll counter with 1,900.", "counter", 1_900),
    ("Recruiter came back at 95k. My reply is going to be 105k.", "counter", 105_000),
    ("I quoted 5k, they said 4k. probs gonna go down to 4.6k tbh", "concede", 4_600),
    ("Offer came in at 71k. Going to say yes tomorrow morning.", "accept", None),
])
def test_planned_moves_in_many_wordings(text, action, amount):
    assert (action, amount) in _plans(text)


@pytest.mark.parametrize("text", [
    "I asked for 60k plus a 5k signing bonus, they offered 55k. I'm going to give up the signing bonus.",
    "They want the price down. I'm thinking of throwing in the winter tyres.",
])
def test_giving_up_another_issue_is_a_concession(text):
    assert [a for a, _ in _plans(text)] == ["concede"]


@pytest.mark.parametrize("text", [
    "Thinking of telling them I'll walk if they don't hit 80.",
    "They're at 65k. I'm going to tell them I'm out.",
    "They offered 40k. Planning to threaten to leave.",
    "Supplier wants 12% more. I might pull out of the deal.",
    "Landlord wants 1,900. I'm going to say no and go with the other flat.",
    "If they won't do 95k I'm walking away.",
    "They offered 70k and want an answer tomorrow. I'm going to email them: if you can't move to 75k I'll have to pass.",
    "Landlord wants 2,100. Thinking of telling him that unless he comes down to 1,900 we'll pass on the flat.",
    "They gave me till Friday. I might just tell them I'll pass on it and keep looking.",
    "Got the offer at 60k. Planning to say if they won't budge I'd politely pass.",
])
def test_planned_walks(text):
    assert "walk" in [a for a, _ in _plans(text)]


@pytest.mark.parametrize("text", [
    "I'll pass the message along to my wife.",
    "I'm going to pass on your number to my boss.",
    "If the inspection goes fine we'll pass it to the lawyer.",
    "They said they'll pass if I don't drop to 400.",
    "The buyer said if we don't fix the roof they'll pass.",
    "I'll have to pass through Leeds on Monday to sign it.",
    "I might pass by the dealership tomorrow.",
    "If they don't pay I'm not walking away.",
    "They offered 400. I'll send back 450 and leave it there.",
    "Planning to tell him the price is firm and leave it there.",
    "I'm going to thank her for the 3k bump and leave it there for now.",
])
def test_passing_something_on_or_their_pass_is_not_my_walk(text):
    """Nor is leaving the matter there: that stops the asking, it does not end the talks."""
    assert "walk" not in [a for a, _ in _plans(text)]


def test_a_told_walk_condition_is_the_walk_away_point_too():
    s = read_situation("Thinking of telling them I'll walk if they don't hit 80.")
    assert s.reservation is not None and s.reservation.amount == 80


@pytest.mark.parametrize("text", [
    "I asked 500, they offered 400, I dropped to 450 last week.",
    "They said they plan to drop to 450.",
    "The buyer is going to offer 300 I think.",
    "I asked 500, they offered 400. I'm not going to drop below 400.",
    "Last year I was going to list it at 500 but didn't.",
    "I'm never going below 30k.",
    "He said he'll walk if I don't take 400.",
    "We came down to 46k yesterday after they pushed.",
    "I'll walk away if the rent is over $2,000.",
    "My landlord's going to put the rent up to 1,400.",
    "She'll probably counter at 85k.",
    "Would you open at 500 or 550?",
])
def test_not_plans_of_mine(text):
    assert _plans(text) == []


def test_an_amount_naming_a_party_is_not_the_plan():
    plans = _plans("Quotes were $48,500 and $52,000. My plan is to tell the $52k contractor I'm going with the cheaper bid unless he matches.")
    assert ("counter", 52_000) not in plans and ("walk", None) in plans


@pytest.mark.parametrize(("text", "action", "amount"), [
    ("We're buying. Our agent says to offer 465k and we were going to go with that.", "open", 465_000),
    ("They want a 9% increase. My CFO wants me to just agree to 6% to keep things calm.", "concede", 6),
    ("The seller wants 14k. My dad reckons I should offer 12k.", "counter", 12_000),
])
def test_a_move_my_own_side_puts_to_me_is_a_plan(text, action, amount):
    assert (action, amount) in _plans(text)


def test_the_counterparty_telling_me_what_to_do_is_not_my_plan():
    assert _plans("The recruiter says to accept by Friday.") == []


def test_a_planned_level_against_their_number_gives_the_direction():
    s = read_situation("The tenant wants £1,000 or she moves out. I never go below £1,080. I was going to offer her £1,050.")
    assert s.wants == "more"


@pytest.mark.parametrize(("text", "action", "amount"), [
    ("Should I come down to 450?", "concede", 450),
    ("Would it be crazy to drop to 450?", "concede", 450),
    ("Is it dumb to go to 450?", "concede", 450),
    ("What if I offered 450?", "counter", 450),
    ("How about I say 450?", "counter", 450),
    ("Worth meeting them at 450?", "concede", 450),
    ("Might knock it down to 450.", "concede", 450),
])
def test_a_move_asked_about_is_a_move_weighed(text, action, amount):
    """In a second opinion before conceding, the move asked about is the planned one."""
    plans = _plans("I asked 500, they offered 400. " + text)
    assert (action, amount) in plans
    assert ("me", 450) not in _offers("I asked 500, they offered 400. " + text)


def test_once_numbers_are_traded_a_planned_number_is_a_counter():
    text = ("Buying a car from a dealer (I'm the buyer).\n\nMe: ok I can do 21,500\nThem: 26,400, great price\nMe: 22,500\n\n"
            "I was going to say 24k so we can get it over with.")
    assert ("counter", 24_000) in _plans(text)


@pytest.mark.parametrize(("words", "dare"), [
    ("Tempted to tell them no credit whatsoever, walk if you want.", True),
    ("I'll say fine, go ahead and switch, we'll manage.", True),
    ("Planning to text him: leave if you must.", True),
    ("I'm going to walk if they don't come up to 40.", False),
    ("Thinking of telling them we're walking.", False),
    ("I'll go ahead and sign tomorrow.", False),
])
def test_a_dare_names_their_walk_not_mine(words, dare):
    from board.plans import dared

    assert dared(words) is dare
