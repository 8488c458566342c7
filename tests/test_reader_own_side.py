"""What the user's own side says and has: today's pay, a fallback they name, a limit agreed
between themselves, an adviser's suggested move, comparables that are listed, counts in a chat."""

from __future__ import annotations

import pytest

from board.situation import read_situation
from test_rules_general import board


def _offers(text: str) -> list[tuple[str, float]]:
    return [(o.by, o.amount) for o in read_situation(text).offers]


@pytest.mark.parametrize("text, pay", [
    ("honestly no clue what this pays, i've been at a nonprofit 4 yrs making 58k and never looked.", 58000),
    ("I've been on £41,000 for two years now and they want me to take on the team.", 41000),
    ("I have been earning $92k at the agency since 2021.", 92000),
])
def test_what_i_have_been_paid_is_today_not_their_offer(text, pay):
    s = read_situation(text)
    assert not [o for o in s.offers if o.by == "them"]
    assert s.alternative is not None and s.alternative.amount == pay


@pytest.mark.parametrize("text, alt", [
    ("CarMax gave me a written offer of $12,800, good for 7 days, so that's my fallback.", 12800),
    ("A dealer quoted 9.400 € for the trade-in, which is my backup if the private sale dies.", 9400),
    ("The agency will take me back at £450 a day — that would be my plan B.", 450),
])
def test_an_amount_the_user_calls_their_fallback_is_the_alternative(text, alt):
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == alt
    assert not s.offers


def test_a_fallback_named_after_another_amount_is_not_borrowed():
    s = read_situation("They offered $12,800 and I could sell to a dealer for $11,000, which is my fallback.")
    assert s.alternative is not None and s.alternative.amount == 11000
    assert ("them", 12800) in _offers("They offered $12,800 and I could sell to a dealer for $11,000, which is my fallback.")


def test_comparable_listings_are_the_market_not_their_asking_price():
    s = read_situation("Selling my Civic. KBB says $14,900 to $16,300, and the three comparable ones listed within 50 miles "
                       "are at $15,500, $15,995 and $16,400.")
    assert s.asking is None
    assert s.market_range is not None and (s.market_range.low, s.market_range.high) == (14900, 16300)
    s = read_situation("Similar flats listed in the building go for around €1.250 a month.")
    assert s.asking is None and s.market_range is not None


@pytest.mark.parametrize("text, line", [
    ("The most we've agreed we'll pay is 480k (that's our comfort number).", 480000),
    ("My wife and I agreed we won't pay more than $85k.", 85000),
    ("We agreed we wouldn't go below £455k.", 455000),
])
def test_a_limit_agreed_within_my_side_is_the_line_not_a_deal(text, line):
    s = read_situation(text)
    assert s.agreed is None
    assert s.reservation is not None and s.reservation.amount == line


def test_a_deal_with_them_is_still_agreed():
    assert read_situation("We agreed on $5,000 last week and now they want free delivery too.").agreed


@pytest.mark.parametrize("text", [
    "They're at 476k. Our agent thinks we should go to 475k to show we're serious.",
    "They're at 476k. My dad says we should offer 470k.",
    "They're at 476k. The broker wants us to come up to 472k.",
])
def test_a_move_someone_suggests_is_a_plan_not_an_offer_made(text):
    s = read_situation(text)
    assert [o.by for o in s.offers] == ["them"]
    assert [p.amount for p in s.plans if p.amount]


def test_a_comparison_with_what_i_should_do_is_not_my_plan():
    s = read_situation('He said "that\'s already more than I should do". Then he walks off.')
    assert not any(p.action == "walk" for p in s.plans)


def test_a_count_repeated_in_a_chat_is_not_a_price():
    text = ("Importer quoted $4.80/lb for 12 bags.\n> Us: Could you do $3.90/lb?\n> Them: $4.65. Would you consider 20 bags instead of 12?\n"
            "> Us: $4.30?")
    assert 12 not in [a for _, a in _offers(text)]
    assert ("them", 4.65) in _offers(text)


GROWING = ("Buying a house listed at 489,000. History:\nUs: 440,000\nThem: 482,000\nUs: 444,000\nThem: {t2}\nUs: 450,000\nThem: {t3}\n"
           "We're thinking of going to 458,000 next. Should we?")


def test_growing_steps_while_they_trade_moves_get_a_smaller_counter():
    codes, move = board(GROWING.format(t2="470,000", t3="462,000"), "concede")
    assert "concession-increasing" in codes and "concession-unilateral" not in codes
    assert move == "counter-offer"


def test_growing_steps_against_a_wall_are_stopped():
    codes, move = board(GROWING.format(t2="482,000", t3="482,000"), "concede")
    assert "concession-increasing" in codes
    assert move == "hold-firm"


def test_a_list_of_comparable_prices_spans_the_market_range():
    s = read_situation("Selling my Civic. The three comparable ones listed within 50 miles are at $15,500, $15,995 and $16,400. I want 16k.")
    assert s.market_range is not None and (s.market_range.low, s.market_range.high) == (15500, 16400)
    assert "$16,400" in s.market_range.words


def test_a_sentence_ending_in_an_aside_is_still_read():
    s = read_situation("My landlord emailed that rent goes from $1850 to $2,150 in June (16% jump!!). I've been here 4 years.")
    assert [(o.by, o.amount) for o in s.offers] == [("them", 2150)]


def test_a_price_change_per_unit_from_the_current_supplier_is_their_offer_and_a_new_mill_is_the_alternative():
    s = read_situation("Our current supplier has notified us the price goes from €780/t to €860/t from Q3. "
                       "A mill in Czechia quoted €805/t delivered, same spec. We'll move the volume unless they come back at €810 or less.")
    assert [(o.by, o.amount) for o in s.offers] == [("them", 860)]
    assert s.alternative is not None and s.alternative.amount == 805
    assert any(p.action == "walk" for p in s.plans)


def test_a_tenant_who_means_to_move_out_has_the_market_as_the_alternative():
    text = ("Landlord says rent goes from $1,850 to $2,150. I'll move out unless he keeps it at 1,900. "
            "The 1-bedrooms I've seen on Zillow here are $2,300-$2,500.")
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == 2300
    codes, move = board(text, "walkaway")
    assert "walkaway-bluff" in codes and "batna-weaker-than-offer" in codes
    assert move == "counter-offer"


def test_without_a_walk_the_market_stays_a_market():
    s = read_situation("Landlord says rent goes from $1,850 to $2,150. The 1-bedrooms I've seen on Zillow here are $2,300-$2,500.")
    assert s.alternative is None
    s = read_situation("I'm selling. I'll walk unless they pay 16k. Comps are $15,000-$17,000.")
    assert s.alternative is None  # a seller's market range is a hope, not a buyer in hand


SOLD = ("We accepted an offer on our house at $612,000 three weeks ago. The contractor quote to fix the roof is about $9k. "
        "Buyer's agent now says they want a {credit} or they'll walk. We had two backup offers at $600k and $595k.")


@pytest.mark.parametrize("credit", ["$25,000 credit", "credit of $25,000", "$25k reduction", "reduction of $25,000"])
def test_a_credit_off_the_accepted_price_is_their_new_price(credit):
    s = read_situation(SOLD.format(credit=credit))
    assert s.role == "seller"
    assert [(o.by, o.amount) for o in s.offers] == [("them", 612000), ("them", 587000)]
    assert s.alternative is not None and s.alternative.amount == 600000  # the better of the two backups


def test_their_walk_threat_against_a_better_alternative_is_held():
    codes, move = board(SOLD.format(credit="$25,000 credit") + " I'm inclined to tell them no credit at all.", "walkaway")
    assert {"tactic-walkaway-threat", "batna-stronger-than-offer"} <= codes
    assert move == "hold-firm"


@pytest.mark.parametrize("text", [
    "The quote to repair the boiler was £1,200, and the landlord offered £400 back.",
    "An estimate for replacing the carpet came to $850; they offered $400 of my deposit.",
])
def test_a_repair_quote_is_a_cost_not_an_offer(text):
    assert [a for _, a in _offers(text)] == [400]


@pytest.mark.parametrize("text, amount", [
    ("I'm thinking of telling her I'll leave and start my own studio - solo I'd probably clear €150k vs the €120k I get now.", 150000),
    ("If they won't budge I could always set up on my own; freelance I'd make about £70k.", 70000),
    ("My floor is $2,400 - below that I'd rather re-let the flat.", 2400),  # named in the same breath as the line: worth the line
    ("My floor is £1,150. Below that we'd just find a new tenant.", None),
])
def test_going_it_alone_or_finding_someone_else_is_an_alternative(text, amount):
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == amount


@pytest.mark.parametrize("text", [
    "She wants to go solo on this pitch, I said fine.",
    "My own studio is in the garden.",
])
def test_other_peoples_solo_plans_are_not_my_alternative(text):
    assert read_situation(text).alternative is None


def test_a_unit_i_have_found_elsewhere_is_the_alternative_not_the_market():
    s = read_situation("Seller asks $27,500 and says it's final. The only comparable one I've found is at a dealer 2 hours away for 29,900.")
    assert s.alternative is not None and s.alternative.amount == 29900
    s = read_situation("Seller asks $27,500. Comparable ones sold for $26,000-$29,000 last year.")
    assert s.alternative is None


def test_a_walk_resting_on_an_untested_assumption_is_tested_first():
    text = ("My partner said no to 65/35. I'm thinking of telling her I'll leave. The clients would follow me for sure, so solo I'd "
            "probably clear €150k vs the €120k I get now, and she can't run the place without me, she'll fold the moment I say it.")
    codes, move = board(text, "walkaway")
    assert "assumption-untested" in codes
    assert move == "gather-information"
