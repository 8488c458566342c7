"""Quantities are not money: counted things next to a number, on invented sentences."""

from __future__ import annotations

import pytest

from board.money import amounts


@pytest.mark.parametrize("text", [
    "The manuscript is 42,300 words long.",
    "They order about 80k parts a year.",
    "I want 2 remote days a week.",
    "We ship 9.000 bottles each season.",
    "Roughly 3,500 widgets per run.",
    "She wants 25 extra hours of support.",
])
def test_counted_things_are_not_money(text):
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("They offered 85k a year.", 85_000),
    ("My floor is 70k base plus bonus.", 70_000),
    ("I'd take 60k first year.", 60_000),
    ("Honestly 90k sounds fine.", 90_000),
    ("They pay $0.12 per word.", 0.12),
    ("€40k of parts", 40_000),
])
def test_money_next_to_words_stays_money(text, value):
    assert [m.value for m in amounts(text)] == [value]


@pytest.mark.parametrize("text, money", [
    ("The agent says she has 15+ applicants for it, rent is $1,850.", [1850]),
    ("We got bids from 4 local roofers: 9k, 11k and 12.5k.", [9000, 11000, 12500]),
    ("There are 2 other buyers circling, he offered $5,200.", [5200]),
    ("Their team has 30+ engineers and the license is $48k a year.", [48000]),
])
def test_a_count_with_a_plus_or_a_modifier_then_a_plural_is_not_money(text: str, money: list[float]) -> None:
    assert [m.value for m in amounts(text)] == money


@pytest.mark.parametrize("text, money", [
    ("I said 1,200 including accessories, he said 1,000.", [1200, 1000]),
    ("Asking 450 obo, buyer offered 400 cash.", [450, 400]),
    ("He offered 300 if thats ok, I asked 350.", [300, 350]),
    ("The max is 410 so thats basically my budget, rent asked is 395.", [410, 395]),
])
def test_a_price_followed_by_what_it_covers_or_a_clause_stays_money(text: str, money: list[float]) -> None:
    assert [m.value for m in amounts(text)] == money
