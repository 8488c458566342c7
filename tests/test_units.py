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
