"""Typed models for everything that crosses a boundary: the contract's JSON object and its parts.

The graph keeps plain dicts (``model_dump()``) in checkpointed state; these models validate
them at node boundaries and define the ``--json`` object the contract promises.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from board.codes import FindingCode, Mode, MoveCode, Severity

Side = Literal["me", "them"]
Wants = Literal["more", "less"]


class Fact(BaseModel):
    """A fact read from the user's words; ``words`` is the phrase it came from, so advice can quote it."""

    amount: float | None = None
    words: str


class MarketRange(BaseModel):
    low: float
    high: float
    words: str


class Offer(BaseModel):
    """A number one side put on the table, in the order it was made."""

    by: Side
    amount: float
    words: str


class Tactic(BaseModel):
    """A counterparty tactic spotted in the text (its code is one of the ``tactic-*`` findings)."""

    code: FindingCode
    words: str


class Plan(BaseModel):
    """What the user says they mean to do next, with the amount when they name one."""

    action: Literal["open", "counter", "concede", "walk", "accept", "hold"]
    amount: float | None = None
    words: str


class Situation(BaseModel):
    """Facts read from the user's text. The first block is the contract; the rest may grow."""

    model_config = ConfigDict(extra="ignore")

    wants: Wants | None = None
    target: Fact | None = None
    reservation: Fact | None = None
    alternative: Fact | None = None
    market_range: MarketRange | None = None
    offers: list[Offer] = Field(default_factory=list)
    issues: list[str] = Field(default_factory=list)
    deadline: str | None = None

    role: str | None = None
    """Who the user is relative to the money: buyer, seller, candidate, employer, tenant, landlord, client, vendor."""
    currency: str | None = None
    unit: str | None = None
    """The period or unit the main number is quoted in ("per hour", "per year"), when stated."""
    asking: Fact | None = None
    """A list, asking or sticker price, or a posted rate."""
    no_alternative: str | None = None
    """Words in which the user says they have no alternative (negation is a fact too)."""
    tactics: list[Tactic] = Field(default_factory=list)
    plans: list[Plan] = Field(default_factory=list)
    relationship: str | None = None
    uninformed: str | None = None
    """Words in which the user admits not knowing the value or the range."""
    assumptions: list[str] = Field(default_factory=list)
    """Things the user states as fact about the other side without a source."""
    counterparty_info: list[str] = Field(default_factory=list)
    """What the user knows of the other side's alternatives, constraints or deadline."""
    agreed: str | None = None
    """Words saying a deal was already agreed (so a further ask is a nibble)."""
    stalled: str | None = None
    """Words saying neither side is moving ("nobody budges", "stuck since October", "at an impasse")."""
    prefers_deal: str | None = None
    """Words saying the user would rather close this deal than take the alternative ("I'd honestly rather stay")."""
    notices: list[str] = Field(default_factory=list)
    """What the reader had to skip or clean (truncation, control characters, absurd numbers)."""


class Analysis(BaseModel):
    """Numbers computed from the situation; every field is ``None`` when its inputs are missing."""

    model_config = ConfigDict(extra="allow")

    offer_on_table: float | None = None
    my_opening: float | None = None
    my_latest: float | None = None
    their_opening: float | None = None
    gap: float | None = None
    """Distance between my latest and their latest offer (always ≥ 0)."""
    gap_pct: float | None = None
    my_concessions: list[float] = Field(default_factory=list)
    """Size of each of my moves toward them, in order (positive = toward them)."""
    my_concession_shares: list[float] = Field(default_factory=list)
    """Each of my moves as a share of the gap that stood before it."""
    their_concessions: list[float] = Field(default_factory=list)
    my_trend: Literal["increasing", "decreasing", "steady"] | None = None
    offer_vs_reservation: float | None = None
    """Positive when the offer on the table is better for me than my walk-away point."""
    offer_vs_alternative: float | None = None
    offer_vs_target: float | None = None
    target_vs_reservation: float | None = None
    opening_vs_market_pct: float | None = None
    """How far beyond the market range my opening lies, as a share of the range's edge (positive = in my favour)."""
    rounds_without_move: int = 0

    their_trend: Literal["increasing", "decreasing", "steady"] | None = None
    midpoint: float | None = None
    """Halfway between my latest and their latest number: where "split the difference" lands."""
    room_to_reservation: float | None = None
    """How much I can still give from my latest number before crossing my walk-away point (negative = already past it)."""
    asking_as_opening: Literal["me", "them"] | None = None
    """Set when the asking price was counted as that side's opening offer (it named no earlier number)."""
    planned_amount: float | None = None
    """The amount of the user's latest stated plan (counter, concession, opening), when it names one."""
    planned_concession: float | None = None
    """How far the planned amount moves from my latest number toward theirs (positive = toward them)."""
    planned_concession_share: float | None = None
    """The planned move as a share of the gap that stands now."""
    planned_vs_reservation: float | None = None
    """Positive when the planned amount is still better for me than my walk-away point."""


class Finding(BaseModel):
    code: FindingCode
    severity: Severity
    evidence: str
    """The user's words or the computed number that shows it."""
    advice: str
    """What to do about it, in the user's own numbers."""


class Critique(BaseModel):
    """One advisor's voice. ``error`` is set (and findings empty) when the voice failed."""

    advisor: str
    summary: str
    findings: list[Finding] = Field(default_factory=list)
    recommended_move: MoveCode | None = None
    """The move this voice recommends; ``None`` only when the voice failed."""
    questions: list[str] = Field(default_factory=list)
    error: str | None = None


class Disagreement(BaseModel):
    advisors: list[str]
    about: str


class Recommendation(BaseModel):
    next_move: MoveCode
    rationale: str
    say: str
    agreements: list[str] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)
    missing_voices: list[str] = Field(default_factory=list)


class TokenCount(BaseModel):
    prompt_tokens: int = 0
    cached_tokens: int = 0
    completion_tokens: int = 0


class Usage(TokenCount):
    by_voice: dict[str, TokenCount] = Field(default_factory=dict)
    cost_usd: float | None = None


class BoardResult(BaseModel):
    """The contract's ``--json`` object."""

    engine: Literal["offline", "openai"]
    mode: Mode
    thread_id: str
    situation: Situation
    analysis: Analysis
    critiques: list[Critique]
    recommendation: Recommendation
    questions: list[str] = Field(default_factory=list)
    usage: Usage | None = None
