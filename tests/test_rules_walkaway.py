"""The walkaway rules with an alternative that has no value, or whose value is only believed."""

from __future__ import annotations

import pytest

from board.cues import read_prefers_deal
from board.situation import read_situation
from board.models import Fact
from board.rules import RULES
from board.rules.common import View
from board.rules import walkaway
from rules_helpers import case
from test_rules_general import board


def raised(code: str, mode: str = "prep", **kw):
    return RULES[code](View(case(mode, **kw)))


NAMED = Fact(amount=None, words="we could always stay in our current flat")
BELIEVED = Fact(amount=120000, words="the other agency would pay 120k for sure")
WALK = ("walk", None, "I'll tell them it's 110k or we're out")


def test_an_alternative_without_a_value_is_not_missing_and_not_compared():
    kw = dict(wants="less", alternative=NAMED, history=[("them", 2000)])
    assert raised("batna-missing", **kw) is None
    assert raised("batna-stronger-than-offer", **kw) is None
    assert raised("batna-weaker-than-offer", **kw) is None
    assert raised("walkaway-bluff", "walkaway", plan=WALK, **kw) is None


def test_an_unvalued_alternative_gets_a_question_and_an_honest_summary():
    v = View(case("walkaway", wants="less", alternative=NAMED, reservation=2100, history=[("them", 2000)]))
    qs = walkaway.questions(v)
    assert any("worth" in q and q.endswith("?") for q in qs)
    assert "unknown" in walkaway.summary(v, set())


def test_a_believed_alternative_does_not_make_the_walk_real():
    kw = dict(wants="more", alternative=BELIEVED, assumptions=[BELIEVED.words], history=[("them", 100000)])
    assert raised("batna-stronger-than-offer", **kw) is None
    f = raised("walkaway-bluff", plan=WALK, **kw)
    assert f is not None and "belief" in f.evidence
    assert any("committed" in q for q in walkaway.questions(View(case("walkaway", plan=WALK, **kw))))


def test_the_same_alternative_in_hand_makes_the_walk_real():
    held = Fact(amount=120000, words="the other agency offered 120k in writing")
    kw = dict(wants="more", alternative=held, history=[("them", 100000)])
    assert raised("batna-stronger-than-offer", **kw) is not None
    assert raised("walkaway-bluff", plan=WALK, **kw) is None


# -- a better alternative for a deal the user would rather keep -----------------------------
@pytest.mark.parametrize("text", [
    "I'd honestly rather stay, I like the team.",
    "We would much prefer to renew with them, the migration is painful.",
    "I really don't want to lose them as a client.",
    "I'd rather not switch, they know our setup.",
    "This venue is still our first choice.",
    "I like it here but 4% feels insulting.",
    "We're really happy where we are.",
])
def test_the_user_would_rather_keep_this_deal(text):
    assert read_prefers_deal(text)


@pytest.mark.parametrize("text", [
    "I'd rather walk than take 60k.",
    "I'd like to stay near 1,800 if I can.",
    "I'd like to stay on good terms with the founder.",
    "I won't go under €500, I'd rather keep it.",  # keeping the thing is the alternative, not this deal
    "I'd rather keep the price at 1,200.",
    "I'd like it here by Friday.",
])
def test_other_preferences_are_not_a_preference_for_this_deal(text):
    assert read_prefers_deal(text) is None


RATHER_STAY = ("On 62k. Asked for a 10% raise; my manager offered a 4% raise. {stuck}I have a written offer elsewhere at £69k. "
               "I'd honestly rather stay, I like the team. Thinking of telling my manager about the offer.")


def test_a_better_alternative_for_a_deal_they_would_rather_keep_is_leverage_first():
    codes, move = board(RATHER_STAY.format(stuck=""), "walkaway")
    assert "batna-stronger-than-offer" in codes
    assert move == "counter-offer"
    codes, move = board(RATHER_STAY.format(stuck="She said 4% again last week, nothing moves on either side. "), "walkaway")
    assert "deadlock" in codes
    assert move == "slow-walkaway"


def test_without_the_preference_the_better_alternative_is_a_strategic_walk():
    text = RATHER_STAY.format(stuck="").replace("I'd honestly rather stay, I like the team. ", "")
    codes, move = board(text, "walkaway")
    assert "batna-stronger-than-offer" in codes
    assert move == "walk-away"


def test_conceding_to_a_deal_they_would_rather_keep_with_a_better_alternative_in_hand_is_a_counter():
    text = ("I'm on £58k. My manager offered £60,300. I have a written offer from another company at £68k. "
            "I like it here but I'm tempted to just take the £60,300 so things don't get awkward.")
    codes, move = board(text, "concede")
    assert "batna-stronger-than-offer" in codes
    assert move == "counter-offer"
    codes, move = board(text.replace("I like it here but ", ""), "concede")
    assert move == "walk-away"


def test_a_walk_whose_only_alternative_is_a_loss_is_a_bluff_and_the_deal_beats_it():
    codes, move = board(
        "I run a packaging company and our biggest customer is 40% of sales. Their procurement head wrote: "
        "\"We require a 12% price reduction. We hold competitive quotes from two suppliers. If you cannot meet this, "
        "we will begin transitioning volume in July.\" If we lose them I'd have to lay off 25 people; no other customer "
        "comes close in size. My gut says tell them go ahead and switch.", "walkaway")
    assert {"tactic-walkaway-threat", "walkaway-bluff", "batna-weaker-than-offer"} <= codes
    assert move not in ("walk-away", "slow-walkaway")


def test_a_loss_is_not_read_into_an_alternative_that_has_a_value_or_a_harmless_one():
    kw = dict(wants="more", history=[("them", 2000)])
    assert raised("batna-weaker-than-offer", alternative=NAMED, **kw) is None
    costly = Fact(amount=None, words="if they walk we'd have to lay people off")
    assert raised("batna-weaker-than-offer", alternative=costly, **kw) is not None
    assert raised("walkaway-bluff", "walkaway", plan=WALK, alternative=costly, **kw) is not None
    assert raised("batna-weaker-than-offer", alternative=costly, wants="more") is None  # nothing on the table to compare


def test_calling_off_an_agreed_deal_for_a_worse_alternative_is_a_bluff_not_a_re_anchor():
    text = ("Sold my tractor to a neighbour. We agreed €41.000 on the phone Sunday and shook on it Tuesday. Today he rings: \"One more thing, "
            "you'll throw in the front loader, yes?\" I want to tell him the deal's off. The only other interest was a dealer "
            "who offered €38.500.")
    s = read_situation(text)
    assert [(o.by, o.amount) for o in s.offers] == [("them", 41_000)] and any(p.action == "walk" for p in s.plans)
    codes, move = board(text, "walkaway")
    assert {"tactic-nibble", "batna-weaker-than-offer", "walkaway-bluff"} <= codes and "counter-anchor" not in codes
    assert move != "walk-away"
    assert read_situation("Last year we agreed ₹185 per piece; they want a cut.").offers == []  # a past price, not this deal


def test_in_prep_an_alternative_above_my_own_planned_ask_means_open_higher_not_walk():
    codes, move = board("Freelance illustrator. A brewery wants my hourly rate; no budget mentioned. My plan is to say $85/hour. "
                        "Packaging illustrators usually charge $95-$140/hr. If this falls through I'll fill the gap with editorial work at ~$90/hr.")
    assert move == "anchor-first"


def test_a_sellers_own_listing_far_above_the_range_is_an_extreme_opening():
    codes, _ = board("Selling my 2016 Mazda3. KBB private party says $11,200–$12,400 and comparable ones are listed 11.5-13k. "
                     "I'm listing at $19,500. I'd take 11 flat at the absolute minimum.")
    assert "anchor-extreme" in codes


@pytest.mark.parametrize("text", [
    "Buying a used bass boat. Seller lists it at $18,500 and similar boats go for $17,000-$19,000. My move: offer $9,000 and walk out if he doesn't bite. "
    "It's the only one for sale around here and I have no backup.",
    "Hiring a caterer for the gala, they quoted 12k; caterers around here charge 10-13k. My plan: offer 4k and walk if they don't take it. "
    "They're the only caterer available that weekend.",
])
def test_a_walk_staged_around_an_extreme_opening_is_answered_with_a_credible_counter(text: str) -> None:
    codes, move = board(text, "walkaway")
    assert {"anchor-extreme", "walkaway-bluff"} <= codes
    assert move == "counter-offer"


def test_a_bluff_with_a_credible_opening_still_builds_the_alternative_first() -> None:
    codes, move = board("Buying a used bass boat. Seller lists it at $18,500 and similar boats go for $17,000-$19,000. My move: offer $16,800 "
                        "and walk out if he doesn't bite. It's the only one for sale around here and I have no backup.", "walkaway")
    assert "walkaway-bluff" in codes and "anchor-extreme" not in codes
    assert move != "counter-offer" or "tactic-take-it-or-leave-it" in codes


@pytest.mark.parametrize("text", [
    "Our bakery's lease is up; the landlord's renewal letter has rent going from $24/sf to $30/sf. We want to say we'll leave. "
    "Honestly relocating would cost $90k plus two months of lost sales, and nothing nearby is free.",
    "Our packaging printer is raising prices 12%. The boss wants me to tell them we're switching. Plan B is a printer in Leeds that "
    "quoted about the same as the new price, but we'd need ~£20k of new tooling and 4 months to qualify them.",
])
def test_a_switch_that_costs_more_than_it_saves_makes_a_walk_a_bluff(text):
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount is None
    codes, _ = board(text, "walkaway")
    assert "walkaway-bluff" in codes and "batna-stronger-than-offer" not in codes


def test_an_alternative_with_a_cheaper_price_and_a_setup_cost_is_not_a_plain_loss():
    text = ("Our printer is raising prices to $5.10/unit. Plan B is a printer in Leeds at $3.90/unit, with some new plates to buy. "
            "I'll tell them we're switching.")
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == 3.90
    assert walkaway.cost_of_losing(View(case("walkaway", wants="less", alternative=s.alternative, history=[("them", 5.10)]))) is None


def test_their_match_or_else_below_my_line_with_nothing_to_walk_to_gets_a_conditional_counter():
    text = ("Agreed $410k on a house a month ago. Agent: The seller's received another offer at $425,000. She needs you to match by "
            "noon Friday, otherwise she'll accept it.\nMe: I'll call you back.\nI want to say 'fine, we're out'. Our max is 415 "
            "and there's nothing else we like.")
    codes, move = board(text, "walkaway")
    assert {"walkaway-bluff", "tactic-walkaway-threat", "offer-below-reservation"} <= codes
    assert move == "counter-offer"


@pytest.mark.parametrize("text", [
    "Freelance photographer here. A brand offered me $500 to shoot their launch. I want to say \"900 or I'm out\". "
    "Truth is I have zero other bookings that week and could really use the cash.",
    "The cafe offered us $250 to play Saturday night. Plan is to tell them 400 or we walk. "
    "We have no other gigs lined up this month and really need the exposure.",
])
def test_nothing_else_and_needing_the_deal_makes_the_walk_a_bluff_weaker_than_the_offer(text: str) -> None:
    codes, move = board(text, "walkaway")
    assert {"walkaway-bluff", "batna-weaker-than-offer"} <= codes
    assert move == "counter-offer"


def test_nothing_else_without_a_stated_need_is_only_a_missing_alternative():
    codes, move = board("The cafe offered us $250 to play Saturday night. Plan is to tell them 400 or we walk. "
                        "We have no other gigs lined up this month.", "walkaway")
    assert "walkaway-bluff" in codes and "batna-weaker-than-offer" not in codes


def test_in_concede_a_move_across_the_line_is_held_even_with_a_better_alternative():
    text = ("Wedding florist. Quoted a couple £3,000 for the day. They say their budget is really £2,200. "
            "I'm thinking of offering £2,400 to lock the date. I won't do a summer Saturday for less than £2,500, those usually book anyway.")
    codes, move = board(text, "concede")
    assert {"concession-beyond-reservation", "offer-below-reservation"} <= codes
    assert move == "hold-firm"
    codes, move = board(text.replace("I'm thinking of offering £2,400 to lock the date. ", ""), "walkaway")
    assert move == "walk-away"


def test_a_spelled_out_opening_counts_in_the_concession_steps():
    text = ("Caterer here. Quoted the school four grand for the summer fair. They pushed back and I dropped to £3,800. "
            "Now they say their budget is £3,000. I'm thinking of offering £3,400 to keep them.")
    codes, _ = board(text, "concede")
    assert "concession-increasing" in codes


def test_an_unpriced_alternative_of_not_needing_the_deal_behind_my_number_is_a_slow_walkaway():
    text = ("I run a small roofing crew. Quoted a school $30,000 to redo the gym roof. Their bursar says they can't do more than 24. "
            "Honestly we're booked solid through autumn. Thinking of telling them 28 is my number, and if not, no hard feelings.")
    _, move = board(text, "walkaway")
    assert move == "slow-walkaway"
    # an unpriced alternative that is not about needing the deal still has to be priced first
    _, move = board(text.replace("Honestly we're booked solid through autumn.", "We could always bid on the council tender instead."), "walkaway")
    assert move != "slow-walkaway"


def test_moving_costs_make_a_cheaper_market_weaker_than_the_renewal():
    text = ("Lease renewal: my landlord is at $1,950/mo, I'm at $1,800, nobody has budged for two weeks. "
            "Comparable apartments nearby are $1,850-$2,000 and moving would cost me ~$2,400. I'm about to just say yes to 1,950.")
    codes, _ = board(text, "concede")
    assert "batna-weaker-than-offer" in codes and "batna-stronger-than-offer" not in codes
