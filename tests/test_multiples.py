"""Valuation multiples with a stated figure become the market range; without one, nothing."""

from __future__ import annotations

import pytest

from board.situation import read_situation
from test_rules_general import board


def _range(text: str) -> tuple[float, float] | None:
    m = read_situation(text).market_range
    return (m.low, m.high) if m else None


@pytest.mark.parametrize("text, expected", [
    # a list of multiples, the figure in a list of years (the latest counts)
    ("SDE for the last 3 years: €131k, €138k, €142k. The broker's comps sold at 2.6x, 2.8x and 3.1x SDE.", (369200, 440200)),
    # a range with a hyphen, the base as MRR (x12 is ARR)
    ("Comps: 3.5-4.5x ARR. We do $38k MRR.", (1596000, 2052000)),
    # the figure named after the amount, next to another figure named the same way
    ("$38k MRR, ~$456k ARR; similar tools sold between 3.5x and 4.5x ARR", (1596000, 2052000)),
    # 'times', the figure stated after the multiple
    ("Similar agencies went for 4 to 5 times EBITDA; our EBITDA is about £400k.", (1600000, 2000000)),
    # European decimal comma; revenue under another name
    ("Two shops like ours sold at 2,5x and 3x turnover. Our turnover is €1.2M.", (3000000, 3600000)),
    # one multiple is a point, not a range
    ("EBITDA: £400k.\nA competitor sold at 5x EBITDA last spring.", (2000000, 2000000)),
])
def test_multiples_times_the_stated_figure(text, expected):
    assert _range(text) == expected


@pytest.mark.parametrize("text", [
    "Similar businesses sell for 3x SDE, but I haven't worked out our SDE yet.",  # no figure
    "They said it's worth 3x what I paid.",  # no business figure named
    "Our revenue is $2M and we want 3 times the attention from their sales team.",  # 'times' not a multiple of a figure
    "Revenue was $900k. I'm asking $2.4M.",  # no multiple at all
])
def test_no_range_without_a_multiple_of_a_stated_figure(text):
    assert _range(text) is None


def test_a_stated_range_is_not_replaced():
    text = "Brokers value shops like mine at €300k-€350k, some say 4x EBITDA of €100k."
    assert _range(text) == (300000, 350000)


def test_the_range_informs_the_opening_advice():
    """Comparables as multiples make the seller informed: open first, and the board says why."""
    text = ("Selling my bakery. SDE last three years €131k, €138k, €142k; the broker's comps sold at 2.6x, 2.8x "
            "and 3.1x SDE. I'd take no less than €370.000. They haven't named a number. Should I go first?")
    codes, move = board(text, "prep")
    assert "anchor-opportunity" in codes
    assert "anchor-uninformed" not in codes
    assert move == "anchor-first"


@pytest.mark.parametrize("text", [
    "Honestly I don't have to sell, it pays me well. The buyer asked what I want for it; I won't go under $1.5m.",
    "We're under no pressure to sell the building. An investor offered €2.1M; our floor is €2.4M.",
])
def test_not_needing_the_deal_is_an_alternative(text):
    codes, _ = board(text, "prep")
    assert "batna-missing" not in codes
