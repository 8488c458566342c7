"""The finding and move vocabularies of the public contract.

Both engines answer in these codes, so they live in one place with the one-line meaning the
contract gives them; the meanings are what the README, the LLM schema and `board codes` show.
"""

from __future__ import annotations

from enum import StrEnum


class FindingCode(StrEnum):
    """What an advisor noticed. Stable, lower-case, hyphenated: scripts depend on them."""

    ANCHOR_UNINFORMED = "anchor-uninformed"
    ANCHOR_EXTREME = "anchor-extreme"
    ANCHOR_TIMID = "anchor-timid"
    ANCHOR_OPPORTUNITY = "anchor-opportunity"
    COUNTER_ANCHOR = "counter-anchor"
    RESERVATION_MISSING = "reservation-missing"
    BATNA_MISSING = "batna-missing"
    BATNA_WEAKER_THAN_OFFER = "batna-weaker-than-offer"
    BATNA_STRONGER_THAN_OFFER = "batna-stronger-than-offer"
    WALKAWAY_BLUFF = "walkaway-bluff"
    OFFER_BELOW_RESERVATION = "offer-below-reservation"
    CONCESSION_UNILATERAL = "concession-unilateral"
    CONCESSION_INCREASING = "concession-increasing"
    CONCESSION_LARGE_FIRST = "concession-large-first"
    CONCESSION_BEYOND_RESERVATION = "concession-beyond-reservation"
    TRADE_OPPORTUNITY = "trade-opportunity"
    DEADLOCK = "deadlock"
    MISSING_COUNTERPARTY_INFO = "missing-counterparty-info"
    ASSUMPTION_UNTESTED = "assumption-untested"
    DEADLINE_PRESSURE = "deadline-pressure"
    RELATIONSHIP_AT_STAKE = "relationship-at-stake"
    TACTIC_TAKE_IT_OR_LEAVE_IT = "tactic-take-it-or-leave-it"
    TACTIC_WALKAWAY_THREAT = "tactic-walkaway-threat"
    TACTIC_HIGHER_AUTHORITY = "tactic-higher-authority"
    TACTIC_NIBBLE = "tactic-nibble"
    TACTIC_GOOD_COP_BAD_COP = "tactic-good-cop-bad-cop"

    @property
    def meaning(self) -> str:
        return FINDING_MEANINGS[self]


class MoveCode(StrEnum):
    """What the board tells the user to do next."""

    GATHER_INFORMATION = "gather-information"
    ANCHOR_FIRST = "anchor-first"
    COUNTER_OFFER = "counter-offer"
    TRADE_CONCESSION = "trade-concession"
    HOLD_FIRM = "hold-firm"
    WALK_AWAY = "walk-away"
    SLOW_WALKAWAY = "slow-walkaway"
    ACCEPT = "accept"
    IMPROVE_BATNA = "improve-batna"

    @property
    def meaning(self) -> str:
        return MOVE_MEANINGS[self]


class Mode(StrEnum):
    """What the user came for; it changes what the moderator answers."""

    PREP = "prep"
    WALKAWAY = "walkaway"
    CONCEDE = "concede"


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


F = FindingCode
FINDING_MEANINGS: dict[FindingCode, str] = {
    F.ANCHOR_UNINFORMED: "You mean to name a number first but know little of the real value: anchoring is a bet; let them reveal first or get data.",
    F.ANCHOR_EXTREME: "Your opening lies so far outside the credible range that it will cost credibility.",
    F.ANCHOR_TIMID: "Your opening is at or barely beyond your target or walk-away point: no room left to trade.",
    F.ANCHOR_OPPORTUNITY: "No number is on the table yet and you are informed: open first with a justified number.",
    F.COUNTER_ANCHOR: "They have anchored: do not orbit their number, re-anchor with your own.",
    F.RESERVATION_MISSING: "No walk-away point is defined.",
    F.BATNA_MISSING: "No alternative to this deal is stated or known.",
    F.BATNA_WEAKER_THAN_OFFER: "Your alternative is worse than the offer on the table.",
    F.BATNA_STRONGER_THAN_OFFER: "Your alternative beats the offer on the table: the walk is real.",
    F.WALKAWAY_BLUFF: "You plan or threaten to walk without an alternative that beats the offer: if called, your leverage collapses.",
    F.OFFER_BELOW_RESERVATION: "The offer on the table is worse than your walk-away point.",
    F.CONCESSION_UNILATERAL: "You gave, or plan to give, ground without getting anything back: caving, not trading.",
    F.CONCESSION_INCREASING: "Your successive concessions grow: that signals more room.",
    F.CONCESSION_LARGE_FIRST: "Your first move gives away a large share of the gap at once.",
    F.CONCESSION_BEYOND_RESERVATION: "A concession made or planned crosses your walk-away point.",
    F.TRADE_OPPORTUNITY: "Other issues besides the main number are in play: trade across them.",
    F.DEADLOCK: "Neither side has moved for rounds: someone must move, conditionally.",
    F.MISSING_COUNTERPARTY_INFO: "Their alternatives, constraints or deadline are unknown and matter.",
    F.ASSUMPTION_UNTESTED: "You state as fact what you only assume about the other side.",
    F.DEADLINE_PRESSURE: "A deadline, real or 'now or never', pushes you to decide fast.",
    F.RELATIONSHIP_AT_STAKE: "An ongoing relationship would be damaged by hard tactics or a walkaway.",
    F.TACTIC_TAKE_IT_OR_LEAVE_IT: "They call their offer final.",
    F.TACTIC_WALKAWAY_THREAT: "They threaten to leave.",
    F.TACTIC_HIGHER_AUTHORITY: "They defer to someone absent ('my boss won't').",
    F.TACTIC_NIBBLE: "After agreement, they ask for one more small thing.",
    F.TACTIC_GOOD_COP_BAD_COP: "Two people on their side play friendly and hostile roles.",
}

M = MoveCode
MOVE_MEANINGS: dict[MoveCode, str] = {
    M.GATHER_INFORMATION: "Find out more before committing to a number or a move.",
    M.ANCHOR_FIRST: "Open first with a justified number.",
    M.COUNTER_OFFER: "Answer their number with your own, justified.",
    M.TRADE_CONCESSION: "Move only in exchange for something back.",
    M.HOLD_FIRM: "Do not move now; restate your position and its reasons.",
    M.WALK_AWAY: "Strategic walkaway: end this deal and take your better alternative.",
    M.SLOW_WALKAWAY: "Tactical walkaway: signal readiness to leave while keeping the door open.",
    M.ACCEPT: "Take the offer on the table.",
    M.IMPROVE_BATNA: "Strengthen your alternative before negotiating further.",
}
