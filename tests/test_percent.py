"""Negotiations stated in percentages: raises, hikes, discounts, commissions.

With a base (stated after the percent, or the text's current amount) a percent becomes the
amount it leads to; with no money in the text at all it stays a percentage change from the
status quo (unit ``%``); percents that are not the price (equity, interest, tips…) stay out.
"""

from __future__ import annotations

import pytest

from board.money import amounts
from board.percent import PERCENT_UNIT, with_percents
from board.rules.common import percent_text
from board.situation import read_situation


def _read(text: str) -> list[tuple[float, str | None]]:
    return [(m.value, m.currency) for m in with_percents(text, amounts(text))]


def _offers(text: str) -> list[tuple[str, float]]:
    return [(o.by, round(o.amount, 2)) for o in read_situation(text).offers]


# -- with a base ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Asked my boss for a 10% raise on my €54.000. She came back with 3%.", [59400.0, 55620.0]),
    ("I want a 5% increase on my $80,000 salary.", [84000.0]),
    ("My current salary is $80k and they offered a 4% raise.", [80000.0, 83200.0]),
    ("I make £45,000 now. I'm going to ask for 12 percent more.", [45000.0, 50400.0]),
    ("We pay $2,000 a month. The landlord is raising the rent 8%.", [2000.0, 2160.0]),
    ("Current rent is 1.250 € per month, they want +5%.", [1250.0, 1312.5]),
    ("They'll do 8% off, and our current price is $500 per unit.", [460.0, 500.0]),
])
def test_a_percent_on_a_base_is_the_amount_it_leads_to(text, expected):
    assert [round(v, 2) for v, _ in _read(text)] == expected


def test_the_explicit_base_is_read_once_as_the_new_amount():
    found = with_percents("a 10% raise on my €54.000", amounts("a 10% raise on my €54.000"))
    assert [(m.value, m.currency, m.text) for m in found] == [(59400.0, "EUR", "10% raise on my €54.000")]


def test_a_raise_reads_as_my_ask_their_offer_and_my_planned_concession():
    s = read_situation("Asked my boss (who I genuinely like) for a 10% raise on my €54.000. She came back with 3%, citing budget.\n\n"
                       "My plan was to say \"ok, meet me at 5% and we're good\".")
    assert [(o.by, o.amount) for o in s.offers] == [("me", 59400.0), ("them", 55620.0)]
    assert [round(p.amount) for p in s.plans if p.amount is not None] == [56700]
    assert s.currency == "EUR"


# -- no base, no money: percentage changes ---------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Our distributor is raising prices 9% next quarter.", [9.0]),
    ("The SaaS vendor wants +12% at renewal.", [12.0]),
    ("They'll do 8% off list.", [-8.0]),
    ("I got a quote 2% below our current prices.", [-2.0]),
    ("Landlord is putting the rent up 6.5% this year.", [6.5]),
    ("Supplier announced a 15 per cent price hike; we countered at 5%.", [15.0, 5.0]),
    ("They offered a 10% discount, I want 20% off.", [-10.0, -20.0]),
    ("The insurer is hiking our premium by 18%.", [18.0]),
])
def test_with_no_money_a_percent_is_a_change_from_today(text, expected):
    found = _read(text)
    assert [v for v, _ in found] == expected
    assert {c for _, c in found} == {PERCENT_UNIT}


def test_a_bare_percent_in_a_reply_takes_the_direction_of_the_talk_before_it():
    assert [v for v, _ in _read("They want a 9% increase. I said I could live with 4%.")] == [9.0, 4.0]
    assert [v for v, _ in _read("I asked for 15% off. They came back with 5%.")] == [-15.0, -5.0]


def test_a_supplier_hike_with_a_cheaper_signed_quote_is_the_alternative():
    s = read_situation("Our consumables distributor is raising prices 9% next quarter. My CFO wants me to just agree to 6% "
                       "to keep things calm. But I have a signed quote from a second distributor at 2% below our current prices.")
    assert s.currency == PERCENT_UNIT
    assert [(o.by, o.amount) for o in s.offers] == [("them", 9.0)]
    assert s.alternative is not None and s.alternative.amount == -2.0
    assert [(p.action in ("accept", "concede"), p.amount) for p in s.plans if p.amount is not None] == [(True, 6.0)]


# -- fees and commissions -------------------------------------------------------------------
def test_a_commission_rate_is_the_negotiated_number_when_it_is_the_only_one():
    found = _read("The agent wants a 3% commission and I'd like to pay 2.5%.")
    assert found == [(3.0, PERCENT_UNIT), (2.5, PERCENT_UNIT)]


def test_a_fee_talk_stays_in_levels():
    assert _read("My agent charges 3% and I want to negotiate her down to 2%.") == [(3.0, PERCENT_UNIT), (2.0, PERCENT_UNIT)]
    assert _read("Their cut is 20%; I'd give them 15%.") == [(20.0, PERCENT_UNIT), (15.0, PERCENT_UNIT)]


@pytest.mark.parametrize("text, expected", [
    ("They want a 9% increase; I want to bring it down to 4%.", [9.0, 4.0]),
    ("They cut our price by 10% and I want to push them to 15%.", [-10.0, -15.0]),
    ("Got a 3% cost-of-living raise offer; I was hoping for 7%.", [3.0, 7.0]),
])
def test_down_to_a_percent_is_a_level_of_the_change_talked_about(text, expected):
    assert [v for v, _ in _read(text)] == expected


def test_an_interest_rate_cut_to_a_level_is_not_a_price():
    assert _read("The loan is 5% APR and they offered to cut it to 4%.") == []


def test_a_commission_beside_a_house_price_is_left_to_the_money_reader():
    assert _read("We're listing at $500,000 and the agent wants a 3% commission.") == [(500000.0, "USD")]


# -- percents that are not the price -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "They offered 0.1% equity on top of the salary.",
    "The loan is at 5% APR.",
    "There's a 50% chance they walk.",
    "I work 20% remote.",
    "Prices went up, inflation is 3% this year.",
    "They want a 10% deposit.",
    "A 15% tip is normal there.",
    "We are 90% done with the contract.",
])
def test_percents_that_are_not_the_price_stay_out(text):
    assert _read(text) == []


def test_a_percent_with_no_direction_and_no_percent_talk_before_it_stays_out():
    assert _read("About 30% of our customers buy the premium plan.") == []


def test_a_denied_percent_is_no_number():
    assert _read("They did not offer a 5% raise.") == []
    assert _read("No 10% discount this time, they said.") == []


def test_percents_with_money_but_no_base_stay_out():
    """"Rent up 8%" beside an alternative flat at $1,900: no base, so no amount to mix with money."""
    assert _read("The landlord is raising the rent 8%. A similar flat costs $1,900.") == [(1900.0, "USD")]


def test_fifteen_off_a_base_is_still_the_money_readers_job():
    assert _read("They'll take 15% off $240,000.") == [(204000.0, "USD")]


def test_a_text_with_no_percent_is_untouched():
    found = amounts("They offered $50,000, I asked for $60,000.")
    assert with_percents("They offered $50,000, I asked for $60,000.", found) is found


# -- rendering --------------------------------------------------------------------------------
@pytest.mark.parametrize("amount, text", [(9, "9%"), (6.5, "6.5%"), (-2, "-2%"), (-1.9, "-1.9%"), (0, "0%"), (-0.001, "0%")])
def test_percentages_are_written_as_people_write_them(amount, text):
    assert percent_text(amount) == text


def test_advice_quotes_percentages_not_dollars():
    from board.analysis import analyse
    from board.brief import money
    s = read_situation("I handle purchasing. Our distributor is raising prices 9% next quarter. I have a signed quote from a second distributor "
                       "at 2% below our current prices.")
    assert money(s.offers[0].amount, s) == "9%"
    assert analyse(s).offer_vs_alternative == -11.0


def test_the_same_case_in_money_reads_the_same_roles():
    """The labelling 104 needed is not about percents: a quote from a second party is the alternative,
    my own CFO's wish is a move I weigh, not their offer."""
    s = read_situation("I handle purchasing. Our distributor is raising prices to $10,900 next quarter. My CFO wants me to just agree "
                       "to $10,600. But I have a signed quote from a second distributor at $9,800.")
    assert [(o.by, o.amount) for o in s.offers] == [("them", 10900.0)]
    assert s.alternative is not None and s.alternative.amount == 9800.0
    assert [p.amount for p in s.plans if p.amount is not None] == [10600.0]


def test_the_salary_i_am_on_is_the_base_and_a_later_offer_is_not() -> None:
    from board.situation import read_situation
    s = read_situation("Product designer, on 62k (GBP). Asked for a 10% raise. My manager offered 4%. I now have a written offer at £69k elsewhere.")
    assert [(o.by, o.amount) for o in s.offers][:2] == [("me", 68200), ("them", 64480)]


@pytest.mark.parametrize("text, value", [
    ("We pay $1,000 a month now. They want the increase under 5%.", 1050),
    ("We pay $1,000 a month now. Keep any rise below 3%.", 1030),
    ("We pay $1,000 a month now. I need a discount of at least 10%.", 900),
    ("We pay $1,000 a month now. The hike must be no more than 4%.", 1040),
])
def test_a_bound_on_a_rise_or_cut_takes_its_direction_from_the_noun(text: str, value: float) -> None:
    assert _read(text)[-1][0] == value


def test_a_bare_under_still_reads_as_a_cut() -> None:
    assert _read("We pay $1,000 a month now. They offered 5% under list.")[-1][0] == 950
