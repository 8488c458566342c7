"""The prep brief: a pure function from a board result to one page of Markdown."""

from __future__ import annotations

from board.brief import brief, fact_rows, money
from board.models import (
    Analysis,
    BoardResult,
    Critique,
    Fact,
    Finding,
    MarketRange,
    Offer,
    Recommendation,
    Situation,
    Tactic,
)
from board.personas import load_board

SECTIONS = [
    "## The facts and numbers",
    "## The line you won't cross",
    "## What each advisor says",
    "## The recommendation",
    "## What to say",
    "## Questions to ask them",
    "## Tactics to expect, and counters",
]


def result() -> BoardResult:
    situation = Situation(
        wants="more",
        role="seller",
        currency="USD",
        target=Fact(amount=1000, words="I asked $1,000"),
        reservation=Fact(amount=800, words="I won't go below $800"),
        alternative=Fact(amount=600, words="a shop pays $600"),
        market_range=MarketRange(low=700, high=950, words="bikes like it go for 700-950"),
        offers=[Offer(by="them", amount=700, words="they offered $700"), Offer(by="me", amount=950, words="I came down to $950")],
        issues=["delivery"],
        tactics=[Tactic(code="tactic-take-it-or-leave-it", words="they said it's final")],
    )
    critiques = [
        Critique(advisor="anchoring", summary="They anchored low.", recommended_move="counter-offer",
                 findings=[Finding(code="counter-anchor", severity="high", evidence="$700",
                                   advice="Re-anchor with your own number. Then justify it.")]),
        Critique(advisor="walkaway", summary="Your line holds.", recommended_move="hold-firm"),
        Critique(advisor="concession", summary="Trade, don't give.", recommended_move="trade-concession",
                 findings=[Finding(code="trade-opportunity", severity="medium", evidence="delivery",
                                   advice="Offer delivery for a higher price.")]),
        Critique(advisor="skeptic", summary="", error="TimeoutError: the model timed out"),
    ]
    return BoardResult(
        engine="offline", mode="prep", thread_id="t-1", situation=situation,
        analysis=Analysis(offer_on_table=700, my_latest=950, gap=250, offer_vs_reservation=-100),
        critiques=critiques,
        recommendation=Recommendation(next_move="counter-offer", rationale="They anchored low. Answer with a number.",
                                      say="I can do $925 with delivery included.", missing_voices=["skeptic"]),
        questions=["What is your deadline?"],
    )


def test_every_section_in_order():
    text = brief(result(), load_board(), title="Selling my bike")
    assert text.startswith("# Negotiation brief: Selling my bike\n")
    positions = [text.index(section) for section in SECTIONS]
    assert positions == sorted(positions)


def test_facts_carry_the_users_words_and_the_numbers():
    text = brief(result())
    assert '**Target:** $1,000 — "I asked $1,000"' in text
    assert "**Offers so far:** they $700 → you $950" in text
    assert "Gap between your latest and theirs: $250" in text


def test_the_line_names_reservation_alternative_and_the_shortfall():
    line = brief(result()).split("## The line you won't cross")[1].split("##")[0]
    assert "$800" in line and "I won't go below $800" in line
    assert "$600" in line
    assert "$100 short of your line" in line


def test_each_advisor_key_point_recommendation_and_words():
    text = brief(result(), load_board())
    assert "**Anchoring** (recommends counter-offer): Re-anchor with your own number. Then justify it. [counter-anchor]" in text
    assert "**Walkaway** (recommends hold-firm): Your line holds." in text
    assert "**Skeptic**: (missing voice: TimeoutError" in text
    assert "**Next move: counter-offer**" in text
    assert "> I can do $925 with delivery included." in text
    assert "Walkaway would hold-firm" in text


def test_questions_for_them_and_tactics_with_counters():
    text = brief(result())
    asks = text.split("## Questions to ask them")[1].split("##")[0]
    assert "1. How did you arrive at $700?" in asks
    assert "delivery" in asks
    tactics = text.split("## Tactics to expect, and counters")[1].split("##")[0]
    assert '**"This is our final offer"** (seen)' in tactics
    assert "(expect)" in tactics
    assert "Still open for you" in text and "What is your deadline?" in text


def test_fits_on_a_page():
    assert len(brief(result(), load_board()).splitlines()) <= 60


def test_a_paused_thread_briefs_what_it_has():
    paused = result().model_copy(update={"critiques": []})
    assert "waiting for answers" in brief(paused)


def test_money_and_fact_rows():
    s = Situation(currency="EUR", unit="per month")
    assert money(1250.5, s) == "€1,250.50 per month"
    assert money(None, s) == "?"
    rows = fact_rows(result().situation)
    assert ("Offer 1", "they: $700", "they offered $700") in rows
    assert ("Walk-away point", "$800", "I won't go below $800") in rows
