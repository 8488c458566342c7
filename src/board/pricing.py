"""Estimated cost of a turn: a small price table for a few known models (USD per 1M tokens).

Cached input tokens are priced at the provider's discount. A model not in the table (a local
server, a newer model) has no price: its cost is ``None``, never a guess. Prices are the
published list prices when this table was written; check them before relying on the figure.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Price(NamedTuple):
    input: float
    cached_input: float
    output: float


PRICES: dict[str, Price] = {
    "gpt-5": Price(1.25, 0.125, 10.00),
    "gpt-5-mini": Price(0.25, 0.025, 2.00),
    "gpt-5-nano": Price(0.05, 0.005, 0.40),
    "gpt-4.1": Price(2.00, 0.50, 8.00),
    "gpt-4.1-mini": Price(0.40, 0.10, 1.60),
    "gpt-4.1-nano": Price(0.10, 0.025, 0.40),
    "gpt-4o": Price(2.50, 1.25, 10.00),
    "gpt-4o-mini": Price(0.15, 0.075, 0.60),
    "o4-mini": Price(1.10, 0.275, 4.40),
}

_DATED = re.compile(r"-\d{4}-\d{2}-\d{2}$")


def price_of(model: str) -> Price | None:
    """The price of ``model`` (a dated snapshot such as ``gpt-4.1-mini-2025-04-14`` counts)."""
    name = model.strip().lower().removeprefix("openai/")
    return PRICES.get(name) or PRICES.get(_DATED.sub("", name))


def cost_usd(model: str, prompt_tokens: int, cached_tokens: int, completion_tokens: int) -> float | None:
    price = price_of(model)
    if price is None:
        return None
    cached = min(cached_tokens, prompt_tokens)
    total = (prompt_tokens - cached) * price.input + cached * price.cached_input + completion_tokens * price.output
    return round(total / 1_000_000, 8)


def total_cost(costs: list[float | None]) -> float | None:
    """The sum of the voices' costs, or ``None`` when any voice's price is unknown."""
    if not costs or any(c is None for c in costs):
        return None
    return round(sum(c for c in costs if c is not None), 8)
