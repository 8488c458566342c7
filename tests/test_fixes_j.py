"""Readings of notes written with the subject left out, and the moves they lead to.

People jot prep notes as bullets ("- want ~100k, won't go below 92"): the subject left out is
the writer, so the wish is their target, the limit is their own line (not the other side's
"final"), and a quoted plan ("- plan: say 'around 100k'") is their opening, not the other
side's number.
"""

from __future__ import annotations

import pytest

from board.situation import read_situation


@pytest.mark.parametrize("text, target", [
    ("- want ~100k, won't go below 92 obviously", 100000),
    ("current 78k, want 115k", 115000),
    ("* really want 64.000 for it", 64000),
])
def test_a_wish_with_the_subject_left_out_is_the_writers_target(text, target):
    s = read_situation(text)
    assert s.target is not None and s.target.amount == target
    assert not s.offers


@pytest.mark.parametrize("text", ["they want 100k", "- the landlord wants 2,100 a month"])
def test_a_wish_with_their_subject_stays_their_number(text):
    s = read_situation(text)
    assert s.target is None
    assert [o.by for o in s.offers] == ["them"]


@pytest.mark.parametrize("text", [
    "- want ~100k, won't go below 92 obviously",
    "I want ~100k, won't go below 92 obviously",
    "- won't go below 92k, already have that elsewhere",
])
def test_my_own_limit_in_a_note_is_not_their_final_offer(text):
    s = read_situation(text)
    assert s.reservation is not None and s.reservation.amount == 92000
    assert not s.tactics


@pytest.mark.parametrize("text", [
    "- Recruiter came back at 85k, won't go higher",
    "- dealer: won't go below 20k",
    "- they said they won't go below 92k",
])
def test_their_limit_in_a_note_is_still_their_final(text):
    assert [t.code for t in read_situation(text).tactics] == ["tactic-take-it-or-leave-it"]


@pytest.mark.parametrize("text, amount", [
    ('- plan: say "around 100k" and see what happens', 100000),
    ('Plan: tell her "I could start at $192k base", then talk bonus.', 192000),
    ('plan is to reply "we can do 4,800 if you sign this week"', 4800),
])
def test_a_quoted_plan_without_a_subject_is_my_opening_not_their_offer(text, amount):
    s = read_situation(text)
    assert not [o for o in s.offers if o.by == "them"]
    assert [p.amount for p in s.plans] == [amount]


def test_their_plan_quoted_is_still_theirs():
    s = read_situation('their plan: say "100k is final"')
    assert [(o.by, o.amount) for o in s.offers] == [("them", 100000)]
    assert not s.plans


@pytest.mark.parametrize("text", [
    "Recruiter asked for my salary expectations. I have a written offer from a health-tech startup: $172k base.",
    "They haven't named a number yet. Meanwhile I got an offer from a logistics firm at 95k.",
    'She will ask "what number are you looking for". I hold an offer from a bank, 88,000 base.',
])
def test_an_offer_from_another_party_before_they_name_a_number_is_the_alternative(text):
    s = read_situation(text)
    assert not [o for o in s.offers if o.by == "them"]
    assert s.alternative is not None and s.alternative.amount in (172000, 95000, 88000)


def test_an_offer_from_a_company_that_is_the_counterparty_stays_on_the_table():
    # no sign that the other side has yet to name a number: the offer is theirs
    s = read_situation("I got an offer from a startup in Berlin: €70k. I want to push it up to 80.")
    assert [(o.by, o.amount) for o in s.offers] == [("them", 70000)]


def test_targeting_a_number_is_my_aim():
    s = read_situation("I'm targeting $192k base.")
    assert s.target is not None and s.target.amount == 192000
    assert not s.offers


@pytest.mark.parametrize("text, low, high", [
    ("I've done four covers for similar-sized publishers: £3,200, £3,800, £4,500, and £5,000 last spring.", 3200, 5000),
    ("We've delivered three comparable kitchens this year at 41k, 44k and 47k.", 41000, 47000),
])
def test_my_own_prices_for_like_work_span_the_market(text, low, high):
    s = read_situation(text)
    assert s.market_range is not None and (s.market_range.low, s.market_range.high) == (low, high)
    assert not s.offers


def test_my_price_for_unlike_work_is_not_the_market():
    s = read_situation("I've done a logo for a bakery for £600. Now a brewery wants a full brand identity.")
    assert s.market_range is None


@pytest.mark.parametrize("text", [
    "I'm a marketing manager at a SaaS company; they offered 85k.",
    "I'm head of marketing at a fintech and the offer is 140k.",
    "Offer for a senior marketing coordinator role: 62k.",
])
def test_a_job_title_in_marketing_is_no_marketing_issue(text):
    assert "marketing" not in read_situation(text).issues


@pytest.mark.parametrize("text", [
    "They want us to fund in-store promotions and shelf space. Price is 4.20 a unit.",
    "They'd cover marketing of the launch if we drop to 4.10.",
])
def test_marketing_support_to_trade_is_still_an_issue(text):
    assert "marketing" in read_situation(text).issues


def test_a_promotion_at_work_is_about_the_title_not_marketing():
    issues = read_situation("They're offering a promotion to team lead with 8% more on my 70k.").issues
    assert "marketing" not in issues and "title" in issues
