"""Each finding rule fires when the doctrine says it should, and stays quiet when it shouldn't."""

from __future__ import annotations

import pytest

from board.models import Analysis
from board.rules import RULES
from board.rules.anchoring import suggested_opening
from board.rules.common import nice_round
from rules_helpers import case, view


def raised(code: str, mode: str = "prep", **kw):
    from board.rules.common import View

    return RULES[code](View(case(mode, **kw)))


# -- money and direction -------------------------------------------------------------------
def test_money_is_written_in_the_users_currency_and_unit():
    assert view(currency="USD").money(85000) == "$85,000"
    assert view(currency="EUR").money(60000) == "€60,000"
    assert view(currency="GBP", unit="per hour").money(40) == "£40/hour"
    assert view(currency="GBP").money(42.5) == "£42.50"


def test_direction_comes_from_role_or_from_the_line():
    assert view(role="buyer").wants == "less"
    assert view(role="candidate").wants == "more"
    assert view(target=300000, reservation=320000).wants == "less"
    assert view(wants="less").gain(90, 100) == 10
    assert view(target=95000, history=[("them", 80000)]).wants == "more"
    assert view(asking=400000, plan=("open", 350000, "offer 350k")).wants == "less"
    assert view(history=[("me", 4.20), ("me", 4.05)]).wants == "more"
    assert view(history=[("them", 200), ("them", 350)]).wants == "more"


def test_nice_round_says_what_a_person_would_say():
    assert nice_round(93500) == 94000
    assert nice_round(2666) == 2700


def test_suggested_opening_sits_beyond_target_within_reach_of_the_range():
    v = view(wants="more", target=95000, market=(80000, 100000))
    assert suggested_opening(v) == 104000
    buyer = view(wants="less", target=300000, market=(290000, 340000))
    assert suggested_opening(buyer) == 270000


# -- anchoring -----------------------------------------------------------------------------
def test_anchor_uninformed_when_the_value_is_unknown_and_nothing_is_on_the_table():
    f = raised("anchor-uninformed", uninformed="no idea what it's worth", plan=("open", 5000, "I'll ask 5k"))
    assert f and f.severity == "high" and "no idea" in f.evidence
    # their offer is out but the user has named nothing yet: countering it would be a guess too
    f = raised("anchor-uninformed", "concede", uninformed="no clue what an old lamp like this fetches",
               history=[("them", 4000)], plan=("counter", 4500, "ask if they'd do 4,500"))
    assert f and "$4,000" in f.advice and "worth" in f.advice
    assert raised("anchor-uninformed", uninformed="no idea", history=[("them", 4000), ("me", 4800)]) is None
    assert raised("anchor-uninformed", market=(80000, 90000)) is None


def test_anchor_extreme_beyond_the_range_or_far_from_their_number():
    f = raised("anchor-extreme", wants="more", market=(80000, 100000), plan=("open", 140000, "I'll ask 140k"))
    assert f and "40%" in f.evidence and "$" in f.advice
    assert raised("anchor-extreme", wants="more", market=(80000, 100000), plan=("open", 105000, "105k")) is None
    far = raised("anchor-extreme", wants="less", asking=400000, plan=("open", 180000, "offer 180k"))
    assert raised("anchor-extreme", wants="more", history=[("them", 190000)], plan=("counter", 285000, "285k")) is None
    assert far is not None


def test_anchor_timid_at_or_barely_beyond_the_target():
    f = raised("anchor-timid", wants="more", target=95000, plan=("open", 96000, "I'll ask 96k"))
    assert f and "$95,000" in f.evidence and "$" in f.advice
    low = raised("anchor-timid", wants="more", target=95000, reservation=85000, plan=("open", 85000, "ask 85k"))
    assert low.severity == "high"
    assert raised("anchor-timid", wants="more", target=95000, plan=("open", 110000, "ask 110k")) is None


def test_anchor_opportunity_only_when_informed_and_the_table_is_empty():
    f = raised("anchor-opportunity", wants="more", target=95000, market=(80000, 100000))
    assert f and f.severity == "high" and "$104,000" in f.advice
    assert raised("anchor-opportunity", wants="more", market=(80, 100), history=[("them", 85)]) is None
    assert raised("anchor-opportunity", wants="more", target=95000) is None
    assert raised("anchor-opportunity", wants="more", market=(80, 100), uninformed="not sure") is None


def test_counter_anchor_when_they_named_the_first_number():
    f = raised("counter-anchor", wants="more", target=95000, history=[("them", 80000)])
    assert f and "$80,000" in f.advice
    assert raised("counter-anchor", wants="more", history=[("me", 100000), ("them", 80000)]) is None
    assert raised("counter-anchor", wants="less", asking=350000) is not None


# -- walkaway ------------------------------------------------------------------------------
def test_reservation_and_batna_missing():
    assert raised("reservation-missing", target=10).severity == "medium"
    assert raised("reservation-missing", "walkaway", target=10).severity == "high"
    assert raised("reservation-missing", reservation=8) is None
    assert raised("batna-missing") is not None
    assert raised("batna-missing", no_alternative="I have nothing else").evidence.startswith("\u201cI have")
    assert raised("batna-missing", alternative=50) is None


def test_batna_against_the_offer_is_direction_aware():
    seller = dict(wants="more", alternative=90000, history=[("them", 85000)])
    assert raised("batna-stronger-than-offer", **seller) is not None
    assert raised("batna-weaker-than-offer", **seller) is None
    buyer = dict(wants="less", alternative=90000, history=[("them", 85000)])
    assert raised("batna-weaker-than-offer", **buyer) is not None
    assert raised("batna-stronger-than-offer", **buyer) is None


def test_walkaway_bluff_without_a_better_alternative():
    plan = ("walk", None, "I'll tell them I'm walking")
    f = raised("walkaway-bluff", "concede", wants="more", plan=plan, history=[("them", 80000)])
    assert f and f.severity == "high"
    weak = raised("walkaway-bluff", wants="more", plan=plan, alternative=70000, history=[("them", 80000)])
    assert weak and "$10,000" in weak.evidence
    assert raised("walkaway-bluff", wants="more", plan=plan, alternative=90000, history=[("them", 80000)]) is None
    assert raised("walkaway-bluff", "walkaway", wants="more", history=[("them", 80000)]) is not None
    assert raised("walkaway-bluff", "prep", wants="more", history=[("them", 80000)]) is None


def test_offer_below_reservation():
    f = raised("offer-below-reservation", wants="more", reservation=85000, history=[("them", 80000)])
    assert f and "$5,000" in f.evidence
    assert raised("offer-below-reservation", wants="more", reservation=75000, history=[("them", 80000)]) is None
    assert raised("offer-below-reservation", wants="less", reservation=75000, history=[("them", 80000)]) is not None


# -- concession ----------------------------------------------------------------------------
def test_unilateral_planned_or_made():
    f = raised("concession-unilateral", "concede", wants="more", plan=("concede", 90000, "I'll drop to 90k"),
               history=[("me", 100000), ("them", 80000)])
    assert f and "$" in f.advice
    cond = ("concede", 90000, "I'll drop to 90k if they move the start date")
    assert raised("concession-unilateral", "concede", wants="more", plan=cond, history=[("me", 100000), ("them", 80000)]) is None
    alone = raised("concession-unilateral", wants="more", history=[("me", 100000), ("them", 80000), ("me", 95000), ("me", 92000)])
    assert alone is not None
    traded = [("me", 100000), ("them", 80000), ("me", 95000), ("them", 83000)]
    assert raised("concession-unilateral", wants="more", history=traded) is None


def test_increasing_and_large_first_steps():
    growing = [("me", 100), ("them", 60), ("me", 97), ("them", 62), ("me", 90)]
    f = raised("concession-increasing", wants="more", history=growing)
    assert f and "$3, then $7" in f.evidence and "$7 after one of $3" in f.evidence
    shrinking = [("me", 100), ("them", 60), ("me", 95), ("them", 62), ("me", 93)]
    assert raised("concession-increasing", wants="more", history=shrinking) is None
    big = raised("concession-large-first", wants="more", history=[("me", 100), ("them", 60), ("me", 80)])
    assert big and "50%" in big.evidence
    assert raised("concession-large-first", wants="more", history=[("me", 100), ("them", 60), ("me", 95)]) is None
    planned = raised("concession-large-first", "concede", wants="more", history=[("me", 100), ("them", 60)],
                     plan=("concede", 75, "thinking of going to 75"))
    assert planned is not None


def test_beyond_reservation_made_or_planned():
    f = raised("concession-beyond-reservation", "concede", wants="more", reservation=85000,
               history=[("me", 100000), ("them", 80000)], plan=("concede", 82000, "go to 82k"))
    assert f and "$85,000" in f.advice
    assert raised("concession-beyond-reservation", "concede", wants="more", reservation=85000,
                  history=[("me", 100000), ("them", 80000)], plan=("concede", 90000, "go to 90k")) is None


def test_a_first_counter_of_my_own_past_my_line_crosses_it():
    # buyer, ceiling 12 per unit, their final is 13, no number of mine yet; I mean to offer 12.50
    f = raised("concession-beyond-reservation", "concede", wants="less", reservation=12,
               history=[("them", 13)], plan=("counter", 12.5, "offer them 12.50 to keep things simple"))
    assert f and "12.50" in f.evidence and "$12" in f.advice
    assert raised("concession-beyond-reservation", "concede", wants="less", reservation=12,
                  history=[("them", 13)], plan=("counter", 11.5, "offer them 11.50")) is None


def test_a_planned_step_answering_their_move_is_not_unilateral_a_bigger_one_is():
    history = [("me", 145000), ("them", 128000), ("me", 140000), ("them", 132000), ("me", 137500), ("them", 134000)]
    assert raised("concession-unilateral", "concede", wants="more", history=history,
                  plan=("concede", 136000, "Should I go to 136?")) is None
    history = [("them", 118000), ("me", 135000), ("them", 120000)]
    assert raised("concession-unilateral", "concede", wants="more", history=history,
                  plan=("counter", 124000, "thinking of just replying ok, I can do 124k")) is not None


def test_saying_yes_to_a_number_below_the_line_is_beyond_it_even_with_no_offer_read():
    f = raised("concession-beyond-reservation", "concede", wants="more", reservation=950,
               history=[("me", 1100), ("me", 1000)], plan=("accept", 900, "tempted to just say yes to 900"))
    assert f and "900" in f.evidence
    assert raised("concession-beyond-reservation", "concede", wants="more", reservation=950,
                  history=[("me", 1100)], plan=("accept", 980, "I'll say yes to 980")) is None


def test_trade_opportunity_ignores_the_main_number():
    assert raised("trade-opportunity", issues=["salary", "start date"]) is not None
    assert raised("trade-opportunity", issues=["price"]) is None


def test_deadlock_from_repeated_numbers_or_the_analysis():
    stuck = [("me", 100), ("them", 80), ("me", 100), ("them", 80), ("me", 100), ("them", 80)]
    assert raised("deadlock", wants="more", history=stuck) is not None
    assert raised("deadlock", wants="more", history=[("me", 100), ("them", 80)]) is None
    assert raised("deadlock", wants="more", analysis=Analysis(rounds_without_move=3)) is not None


def test_deadlock_from_the_users_words_is_quoted():
    f = raised("deadlock", wants="more", history=[("me", 100), ("them", 80)], stalled="neither of us will move")
    assert f and "neither of us will move" in f.evidence and f.advice
    assert raised("deadlock", wants="more", history=[("me", 100), ("them", 80)], stalled=None) is None


# -- skeptic -------------------------------------------------------------------------------
@pytest.mark.parametrize("code", ["tactic-take-it-or-leave-it", "tactic-walkaway-threat", "tactic-higher-authority",
                                  "tactic-nibble", "tactic-good-cop-bad-cop"])
def test_tactics_are_quoted_and_countered(code):
    f = raised(code, tactic=(code, "their exact words"), agreed="we agreed on 300k")
    assert f and "their exact words" in f.evidence and f.advice
    assert raised(code) is None


def test_skeptic_facts():
    assert raised("missing-counterparty-info") is not None
    assert raised("missing-counterparty-info", counterparty_info=["they need to hire by May"]) is None
    assert raised("assumption-untested", assumptions=["they have no other candidates"]) is not None
    assert raised("assumption-untested") is None
    assert raised("deadline-pressure", deadline="the offer expires today").severity == "high"
    assert raised("deadline-pressure") is None
    assert raised("relationship-at-stake", "walkaway", relationship="my employer of 6 years").severity == "high"
    assert raised("relationship-at-stake") is None


def test_an_alternative_that_beats_even_the_users_ask_is_stronger_than_any_offer():
    f = raised("batna-stronger-than-offer", "walkaway", wants="more", alternative=84000, history=[("me", 81000)])
    assert f and "$81,000" in f.evidence
    assert raised("batna-stronger-than-offer", "walkaway", wants="more", alternative=80000, history=[("me", 81000)]) is None
    assert raised("batna-weaker-than-offer", "walkaway", wants="more", alternative=80000, history=[("me", 81000)]) is None


def test_saying_yes_to_their_demand_in_concede_mode_is_a_unilateral_concession():
    yes = ("accept", None, "I was going to just say yes to both")
    assert raised("concession-unilateral", "concede", wants="more", plan=yes) is not None
    assert raised("concession-unilateral", "prep", wants="more", plan=yes) is None
    met = raised("concession-unilateral", "concede", wants="more", target=80, history=[("them", 85)], plan=yes)
    assert met is None


def test_uninformed_even_after_naming_a_number_first():
    f = raised("anchor-uninformed", wants="more", uninformed="no idea what these pay", history=[("me", 85000)])
    assert f and "$85,000" in f.advice


def test_a_planned_counter_toward_them_is_a_concession():
    hist = [("me", 4.20), ("me", 4.05), ("me", 3.98), ("them", 3.80)]
    plan = ("counter", 3.95, "I was going to come back with $3.95")
    assert raised("concession-unilateral", "concede", wants="more", reservation=3.90, history=hist, plan=plan) is not None
    assert raised("concession-increasing", "concede", wants="more", history=hist, plan=plan) is None
    assert raised("concession-beyond-reservation", "concede", wants="more", reservation=3.90, history=hist, plan=plan) is None
    below = ("counter", 3.85, "come back with 3.85")
    assert raised("concession-beyond-reservation", "concede", wants="more", reservation=3.90, history=hist, plan=below) is not None


def test_timid_against_the_range_when_no_target_is_given():
    f = raised("anchor-timid", wants="more", market=(190000, 230000), plan=("open", 175000, "I'll say $175k"))
    assert f and f.severity == "high" and "$230,000" in f.advice
    assert raised("anchor-timid", wants="more", market=(190000, 230000), plan=("open", 225000, "225k")) is None


def test_their_reply_to_the_users_own_listing_is_not_their_anchor():
    assert raised("counter-anchor", wants="more", asking=265000, history=[("them", 228000)]) is None


def test_saying_yes_to_a_nibble_is_unilateral_in_any_mode():
    yes = ("accept", None, "I'll probably just say fine to the extra cleaning fee")
    nibble = ("tactic-nibble", "one more thing: could you cover the cleaning fee?")
    f = raised("concession-unilateral", "prep", wants="less", agreed="we agreed on the rent", tactic=nibble, plan=yes)
    assert f is not None and "cleaning fee" in f.evidence
    assert raised("concession-unilateral", "prep", wants="less", tactic=nibble, plan=yes) is None  # no deal yet: not a nibble


def test_a_planned_percent_off_starts_from_the_price_it_is_taken_from():
    # renewal at an unstated-as-offer $50k; they want $36k; I plan "25% off" = $37,500 in one go
    plan = ("concede", 37500, "I was going to take 25% off straight away, so $37,500")
    f = raised("concession-large-first", "concede", wants="more", history=[("them", 36000)], plan=plan)
    assert f is not None and "$12,500" in f.evidence
    small = ("concede", 47500, "I was going to take 5% off, so $47,500")
    assert raised("concession-large-first", "concede", wants="more", history=[("them", 36000)], plan=small) is None


def test_a_reply_after_my_own_listing_that_moves_toward_them_is_a_concession():
    # listed a bike at $900; they offered $500; planning to "open" at $600
    plan = ("open", 600, "I was going to reply 600?")
    f = raised("concession-large-first", "concede", wants="more", asking=900, history=[("them", 500)], plan=plan)
    assert f is not None and "$300" in f.evidence


def test_their_lowball_far_below_the_range_anchors_even_after_my_listing():
    kw = dict(wants="more", asking=900, market=(750, 1000))
    assert raised("counter-anchor", "concede", history=[("them", 400)], **kw) is not None
    assert raised("counter-anchor", "concede", history=[("them", 800)], **kw) is None  # inside the range: a price, not an anchor


def test_a_planned_opening_past_my_line_crosses_it():
    # buyer, ceiling 640k, their ask 790k, no number of mine yet; I mean to open at 700k "so they don't walk"
    f = raised("concession-beyond-reservation", "concede", wants="less", reservation=640_000,
               asking=790_000, plan=("open", 700_000, "open at 700k so they take us seriously"))
    assert f and "$640,000" in f.advice
    assert raised("concession-beyond-reservation", "concede", wants="less", reservation=640_000,
                  asking=790_000, plan=("open", 590_000, "open at 590k")) is None
    # a seller opening under her own floor
    assert raised("concession-beyond-reservation", "prep", wants="more", reservation=40,
                  history=[("them", 30)], plan=("open", 36, "open at 36 to be friendly")) is not None
