"""The arithmetic: signed by what the user wants, so positive is always 'better for me' or 'toward them'."""

from __future__ import annotations

import pytest

from board.analysis import analyse
from board.models import Fact, MarketRange, Offer, Plan, Situation


def sit(wants, offers, **kw) -> Situation:
    return Situation(wants=wants, offers=[Offer(by=b, amount=a, words="") for b, a in offers], **kw)


def fact(x: float) -> Fact:
    return Fact(amount=x, words="")


def test_seller_positions_gap_and_concessions() -> None:
    a = analyse(sit("more", [("me", 100), ("them", 60), ("me", 90), ("them", 70), ("me", 75)],
                    reservation=fact(72), target=fact(95), alternative=fact(65)))
    assert (a.my_opening, a.my_latest, a.their_opening, a.offer_on_table) == (100, 75, 60, 70)
    assert a.gap == 5 and a.gap_pct == pytest.approx(5 / 70 * 100)
    assert a.my_concessions == [10, 15]
    assert a.my_concession_shares == pytest.approx([10 / 40, 15 / 20])
    assert a.their_concessions == [10]
    assert a.my_trend == "increasing"
    assert a.offer_vs_reservation == -2  # 70 on the table is worse than my 72 floor
    assert a.offer_vs_alternative == 5
    assert a.offer_vs_target == -25
    assert a.target_vs_reservation == 23
    assert a.room_to_reservation == 3
    assert a.midpoint == 72.5


def test_buyer_signs_are_mirrored() -> None:
    a = analyse(sit("less", [("them", 300), ("me", 200), ("them", 280), ("me", 230), ("me", 240)],
                    reservation=fact(260), target=fact(220)))
    assert a.my_concessions == [30, 10]
    assert a.my_trend == "decreasing"
    assert a.their_concessions == [20]
    assert a.offer_vs_reservation == -20  # 280 asked, I pay at most 260
    assert a.offer_vs_target == -60
    assert a.target_vs_reservation == 40
    assert a.room_to_reservation == 20


def test_market_distance_in_my_favour() -> None:
    a = analyse(sit("more", [("me", 130_000)], market_range=MarketRange(low=90_000, high=110_000, words="")))
    assert a.opening_vs_market_pct == pytest.approx(18.18, abs=0.01)
    a = analyse(sit("less", [("me", 50_000)], market_range=MarketRange(low=80_000, high=100_000, words="")))
    assert a.opening_vs_market_pct == pytest.approx(37.5)
    a = analyse(sit("less", [("me", 90_000)], market_range=MarketRange(low=80_000, high=100_000, words="")))
    assert a.opening_vs_market_pct == 0


def test_planned_opening_counts_for_market_and_plan_fields() -> None:
    s = sit("more", [("them", 95_000)], reservation=fact(100_000),
            market_range=MarketRange(low=90_000, high=110_000, words=""),
            plans=[Plan(action="counter", amount=130_000, words="")])
    a = analyse(s)
    assert a.opening_vs_market_pct == pytest.approx(18.18, abs=0.01)
    assert a.planned_amount == 130_000 and a.planned_vs_reservation == 30_000
    s = sit("more", [("me", 50_000), ("them", 40_000)], reservation=fact(44_000),
            plans=[Plan(action="concede", amount=42_000, words="")])
    a = analyse(s)
    assert a.planned_concession == 8_000 and a.planned_concession_share == pytest.approx(0.8)
    assert a.planned_vs_reservation == -2_000


def test_asking_is_the_owners_opening() -> None:
    a = analyse(sit("less", [("me", 250)], asking=fact(300)))
    assert (a.their_opening, a.offer_on_table, a.asking_as_opening) == (300, 300, "them")
    a = analyse(sit("more", [("them", 12_000)], asking=fact(14_500)))
    assert (a.my_opening, a.my_latest, a.asking_as_opening) == (14_500, 14_500, "me")
    a = analyse(sit("more", [("me", 14_500), ("them", 12_000)], asking=fact(14_500)))
    assert a.asking_as_opening is None and a.my_opening == 14_500


def test_rounds_without_move() -> None:
    assert analyse(sit("more", [("me", 100), ("them", 80), ("me", 100), ("them", 80)])).rounds_without_move == 2
    assert analyse(sit("more", [("me", 100), ("them", 80), ("me", 95)])).rounds_without_move == 0


def test_unknown_wants_is_inferred_from_openings_or_left_unsigned() -> None:
    a = analyse(sit(None, [("me", 100), ("them", 80), ("me", 90)]))
    assert a.my_concessions == [10]
    a = analyse(sit(None, [("me", 100)], reservation=fact(90)))
    assert a.offer_vs_reservation is None and a.room_to_reservation is None


def test_empty() -> None:
    a = analyse(Situation())
    assert a.offer_on_table is None and a.gap is None and a.my_concessions == [] and a.rounds_without_move == 0
