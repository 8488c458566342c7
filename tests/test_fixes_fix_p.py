"""Business deals whose terms are a percentage or a cost, not a plain price, and the reader has to see them.

A supplier puts "a 9% across-the-board increase" to a buyer who has another supplier "at today's prices":
in percent terms the alternative is +0% and beats the rise. A distributor's margin, an agent's commission,
a royalty is itself the number negotiated ("they want to cut our margin to 22%", "Them: 18%"), so its
percents are the levels put forward, not a description of the business. A licence priced as a rate that
"works out to $900k over 4 years" against building the thing in-house "for ~$250k" is a make-or-buy: both
are costs, the cheaper one wins. Each case has a near miss that must keep its old reading: a discount off a
stated price and a raise on a stated salary are still money, a margin that only describes a business is no
offer.
"""

from __future__ import annotations

from board import percent, signals
from board.situation import read_situation


def test_rise_put_to_the_user_is_their_offer_in_percent():
    s = read_situation("Our linen supplier is pushing a 9% increase from January. We've used them for 5 years.")
    assert s.currency == percent.PERCENT_UNIT
    assert [(o.by, o.amount) for o in s.offers] == [("them", 9.0)]


def test_another_party_at_todays_prices_is_an_alternative_of_zero():
    text = ("Our cleaning contractor is pushing a 9% increase for next year. "
            "We had a second contractor walk the site last week and they sent a proposal at more or less our current rates.")
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == 0.0
    assert s.offers[-1].amount == 9.0


def test_todays_prices_near_miss_without_another_party():
    text = ("Our cleaning contractor is pushing a 9% increase for next year. "
            "I asked them to keep the contract at our current rates and they said no.")
    s = read_situation(text)
    assert s.alternative is None or s.alternative.amount != 0.0


def test_discount_off_a_stated_price_is_still_money():
    s = read_situation("The list price is $50,000. The vendor offered 15% off, so $42,500. I'm buying.")
    assert s.currency == "USD"
    assert all(o.amount > 1000 for o in s.offers)


def test_raise_on_a_stated_salary_is_still_money():
    s = read_situation("I'm an engineer, my current salary is $90,000. My manager offered a 3% raise.")
    assert s.currency == "USD"
    assert any(abs(o.amount - 92700) < 1 for o in s.offers if o.by == "them")


def test_margin_negotiated_is_read_as_rates():
    text = ("We distribute garden tools. The manufacturer wants to cut our margin to 18%. "
            "We asked for 23%. Our floor is 20%. A competing manufacturer offered us 21% margin on a similar range.")
    s = read_situation(text)
    assert s.currency == percent.PERCENT_UNIT
    assert s.reservation is not None and s.reservation.amount == 20.0
    assert s.alternative is not None and s.alternative.amount == 21.0


def test_margin_in_noted_rounds_is_read_from_the_note_lines():
    text = ("We resell spa chemicals. The maker wants to trim our margin.\n"
            "- Them: 17%, twice now.\n"
            "- Us: 24%, then 22%. Our floor is 19%.\n")
    s = read_situation(text)
    assert [(o.by, o.amount) for o in s.offers] == [("them", 17.0), ("me", 24.0), ("me", 22.0)]
    assert s.reservation is not None and s.reservation.amount == 19.0


def test_margin_that_describes_a_business_is_no_offer():
    text = "I'm selling my print shop. It runs at 30% margins. The buyer offered $400,000 and I want $480,000."
    s = read_situation(text)
    assert s.currency == "USD"
    assert all(o.amount > 1000 for o in s.offers)


def test_commission_rising_is_read_as_rates():
    text = "The marketplace is raising its commission from 15% to 19% for sellers like us. We'd accept 16%."
    s = read_situation(text)
    assert s.currency == percent.PERCENT_UNIT
    assert s.offers and s.offers[-1].by == "them" and s.offers[-1].amount == 19.0


def test_rate_licence_against_building_it_in_house_is_make_or_buy():
    text = ("The vendor wants 4% revenue share for the payments module. At our volumes that works out to about $900k over 4 years. "
            "Our CTO says building it in-house would cost ~$250k and take a quarter.")
    s = read_situation(text)
    assert s.wants == "less"
    assert [(o.by, o.amount) for o in s.offers] == [("them", 900000.0)]
    assert s.alternative is not None and s.alternative.amount == 250000.0


def test_make_or_buy_near_miss_without_a_build_cost():
    text = ("The vendor wants 4% revenue share for the payments module. At our volumes that works out to about $900k over 4 years. "
            "We spent $250k on marketing last year.")
    s = read_situation(text)
    assert s.alternative is None or s.alternative.amount != 250000.0


def test_nobody_moved_in_the_last_meetings_is_a_stall():
    assert signals.read_stalled("Nobody has moved in the last three calls.")
    assert signals.read_stalled("Nobody moved in after the old tenants left.") is None


def test_hired_party_noted_as_a_speaker_makes_the_user_the_client():
    text = ("Kitchen refit at our restaurant.\n"
            "Builder: £64k -> £60k\n"
            "Us: £50k -> £54k\n"
            "Our budget is £58k. Their start date is flexible.")
    s = read_situation(text)
    assert s.role == "client" and s.wants == "less"


def test_start_date_alone_still_reads_as_a_candidate():
    s = read_situation("They offered me the job at $95k, and the start date is in March. I want $105k.")
    assert s.role == "candidate"


def test_moves_noted_one_line_per_side_are_rounds():
    text = ("Kitchen refit at our restaurant.\n"
            "Builder: £64k -> £60k -> £58k\n"
            "Us: £50k -> £53k -> £55k\n")
    s = read_situation(text)
    assert [(o.by, o.amount) for o in s.offers] == [("them", 64000.0), ("me", 50000.0), ("them", 60000.0),
                                                    ("me", 53000.0), ("them", 58000.0), ("me", 55000.0)]


def test_next_move_is_a_planned_counter_with_its_condition():
    text = ("We're buying a used excavator. The dealer is at $88,000, we offered $80,000. "
            "My next (and final) offer is $83,000, but only if they include the spare bucket.")
    s = read_situation(text)
    plan = next(p for p in s.plans if p.action == "counter")
    assert plan.amount == 83000.0 and "spare bucket" in plan.words


def test_next_move_without_a_condition_keeps_its_words():
    text = "We're buying a used excavator. The dealer is at $88,000, we offered $80,000. My next offer is $83,000."
    s = read_situation(text)
    plan = next(p for p in s.plans if p.action == "counter")
    assert plan.amount == 83000.0 and "only if" not in plan.words


def test_range_with_a_million_suffix_on_the_upper_end_scales_both():
    from board.money import amounts
    m = amounts("similar rounds closed at 4-7M valuations")[0]
    assert (m.value, m.high) == (4_000_000.0, 7_000_000.0)
    k = amounts("rent runs 2-3k a month")[0]
    assert (k.value, k.high) == (2000.0, 3000.0)


def test_cap_an_investor_names_is_their_offer_not_the_cheque():
    text = "Raising a pre-seed on a SAFE. A seed fund offered $400k at a $5M cap. I'd like $9M."
    s = read_situation(text)
    assert s.wants == "more"
    assert [(o.by, o.amount) for o in s.offers if o.by == "them"] == [("them", 5_000_000.0)]


def test_cap_near_miss_the_users_own_terms_are_no_offer_of_theirs():
    text = "Raising a pre-seed on a SAFE. We're asking $400k at a $9M cap from angels."
    s = read_situation(text)
    assert not any(o.by == "them" and o.amount == 9_000_000.0 for o in s.offers)


def test_short_runway_is_a_deadline_long_runway_is_not():
    from board.cues import read_deadline
    assert read_deadline("We have about three months of runway left, and one term sheet.")
    assert read_deadline("Our runway is 20 months, no rush to close.") is None
