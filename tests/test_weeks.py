"""Severance and notice pay counted in weeks: the weeks are the amounts when no money is named."""

from __future__ import annotations

import pytest

from board.situation import read_situation
from board.weeks import WEEKS_UNIT


@pytest.mark.parametrize("text, theirs, plan", [
    ("Being made redundant after 9 years. They offered 6 weeks severance pay. I'm going to ask for 12 weeks.", [6], 12),
    ("I was let go last Friday. The separation agreement gives 4 weeks of pay; my plan: counter at 10 weeks plus outplacement.", [4], 10),
])
def test_a_package_in_weeks_with_no_money_is_read_in_weeks(text: str, theirs: list[float], plan: float) -> None:
    s = read_situation(text)
    assert s.currency == WEEKS_UNIT and s.wants == "more"
    assert [o.amount for o in s.offers if o.by == "them"] == theirs
    assert any(p.amount == plan for p in s.plans)


@pytest.mark.parametrize("text", [
    "Severance is 8 weeks of pay, roughly $24,000, and they want an answer in 2 weeks.",
    "The contract is a 6-week job at $9,000; I start in 2 weeks.",
    "The offer expires in 2 weeks and I have 4 weeks notice anyway.",
])
def test_weeks_beside_money_or_as_time_are_not_amounts(text: str) -> None:
    s = read_situation(text)
    assert s.currency != WEEKS_UNIT
    assert all(o.amount not in (2, 4, 6, 8) for o in s.offers)


def test_a_rate_of_weeks_per_year_is_not_a_number_put_forward() -> None:
    s = read_situation("Laid off after 5 years; my severance offer is 5 weeks. The norm here is 2 weeks per year of service.")
    assert [o.amount for o in s.offers if o.by == "them"] == [5]
    assert all(p.amount != 2 for p in s.plans) and (s.target is None or s.target.amount != 2)


@pytest.mark.parametrize("text", [
    "HR offered a settlement of 6 weeks severance. If I don't sign, I get nothing.",
    "Buyer offered 4,000 for the boat. If we don't accept we walk away with nothing, no one else has called.",
])
def test_getting_nothing_without_the_deal_is_an_alternative_worth_zero(text: str) -> None:
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == 0


def test_getting_nothing_from_them_is_not_my_alternative() -> None:
    s = read_situation("Selling my van. The buyer offered 4,000 and said if I don't take it he gets nothing else anyway.")
    assert s.alternative is None or s.alternative.amount != 0


@pytest.mark.parametrize("text, amount", [
    ("Renting a studio: I'll tell the landlord I'm out unless he does 1,350.", 1_350),
    ("Going to tell the supplier we're moving our orders unless they do €4.10 a kilo.", 4.10),
])
def test_a_threat_unless_they_do_a_number_is_my_demand(text: str, amount: float) -> None:
    s = read_situation(text)
    assert any(p.amount == amount and p.action in ("open", "counter") for p in s.plans)
    assert all(o.amount != amount for o in s.offers if o.by == "them")


def test_an_auxiliary_going_to_is_no_concession_but_going_to_be_a_number_still_is() -> None:
    s = read_situation("My lawyer says going to trial would take 14 months and cost me A$35k.")
    assert not any(p.action == "concede" for p in s.plans)
    s = read_situation("Bought equipment before. They're at $90,000, I was at $80,000. My next message was going to be $84,000.")
    assert any(p.amount == 84_000 for p in s.plans)
