"""Fixes (batch i), checked on invented phrasings of each class, with near-misses that must not fire."""

from __future__ import annotations

import asyncio

import pytest

from board.analysis import analyse
from board.engines import get_engine
from board.engines.base import Case
from board.evaluate import run_board
from board.personas import load_board
from board.situation import read_situation


def board(text: str, mode: str = "prep") -> tuple[set[str], str]:
    s = read_situation(text)
    critiques, rec = asyncio.run(run_board(get_engine("offline"), load_board(), Case(mode=mode, text=text, situation=s, analysis=analyse(s))))
    return {str(f.code) for c in critiques for f in c.findings}, str(rec.next_move)


# 1. Quotes listed one per line under a kind and a letter ("Vendor A: …", "Supplier B (…): …"), two or more of them:
#    the one singled out (met, called, preferred, with a ceiling of its own) is dealt with, its price is on the table;
#    the one the user would take instead — else the best of the rest — is the alternative.

LISTED = [
    ("We need a new roof. Three bids:\n\n- Contractor A (local family firm): $18,400, 10-year warranty\n"
     "- Contractor B: $16,900, 5-year warranty\n- Contractor C: $21,000\n\n"
     "We'd prefer A because they did our neighbour's roof. Budget for A is $17,500, above that we go with B.",
     18400.0, 16900.0),
    ("Booking a venue for our conference.\n* Venue X (city centre): £9,200 for the day\n* Venue Y (out of town): £7,800 for the day\n\n"
     "Meeting with X on Monday. Our ceiling for X is £8,500 — above this we take Y.",
     9200.0, 7800.0),
    ("Renewing our cloud backup.\n- Provider A: $14,000/yr\n- Provider B: $12,600/yr\n- Provider C: $15,500/yr\n"
     "Two calls with A so far, they won't move. Maximum for A is 13,000.",
     14000.0, 12600.0),
]


@pytest.mark.parametrize("text,table,alternative", LISTED)
def test_a_listed_quote_singled_out_is_on_the_table_and_the_fallback_is_the_alternative(text, table, alternative):
    s = read_situation(text)
    assert [o.amount for o in s.offers if o.by == "them"][-1] == table
    assert s.alternative is not None and s.alternative.amount == alternative


def test_a_listed_quote_already_told_as_their_number_keeps_it_and_adds_the_alternative():
    s = read_situation("Buying 20 monitors.\n- Vendor A: $410/unit\n- Vendor B: $395/unit\n"
                       "We prefer A. Four emails with A: they won't go below 410, nobody has moved. If A won't budge we go with B.")
    assert [o.amount for o in s.offers if o.by == "them"] == [410.0]
    assert s.alternative is not None and s.alternative.amount == 395.0


LISTED_NEAR_MISSES = [
    # no one singled out: nothing tells which quote is dealt with
    "We got quotes for the kitchen.\n- Contractor A: $22,000\n- Contractor B: $24,500\n- Contractor C: $19,900\nWhich one should we pick?",
    # lines that are not quotes of one thing (a list of facts under letters with no money)
    "Plan:\n- A: ask about the timeline\n- B: ask about payment terms\nWe prefer A first.",
]


@pytest.mark.parametrize("text", LISTED_NEAR_MISSES)
def test_listed_quotes_without_one_singled_out_set_no_table(text):
    s = read_situation(text)
    assert not [o for o in s.offers if o.by == "them"]


def test_listed_quotes_end_to_end_show_the_walk_is_real():
    codes, _ = board("Buying a forklift.\n- Dealer A: €31.500, service on site\n- Dealer B: €29.800, service 80 km away\n\n"
                     "We prefer A. Maximum for A is €30.500 — above this we take B. Meeting with A on Friday: I open with €28.000.")
    assert {"batna-stronger-than-offer", "offer-below-reservation"} <= codes


# 2. A payer the user already works for, told by its kind ("my regular agency pays €0.09"): the alternative.

REGULAR_PAYER = [
    ("Illustrator here. A publisher offered £450 per cover. My regular publisher pays £380 and sends steady work.", 380.0),
    ("Session musician. The label offered $600 a day. Our usual studio pays us $520 a day.", 520.0),
    ("Freelance subtitler: the new agency proposes 2.40 per minute. My main agency pays 2.10 per minute.", 2.10),
]


@pytest.mark.parametrize("text,alternative", REGULAR_PAYER)
def test_a_regular_payer_is_the_alternative(text, alternative):
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == alternative
    assert alternative not in [o.amount for o in s.offers]


def test_a_payer_of_mine_in_a_past_or_other_sense_is_not_read_as_one():
    # "my agency" negotiating for me is not a payer of its own
    s = read_situation("My agency negotiated the fee: the client offered €900 for the shoot.")
    assert s.alternative is None or s.alternative.amount != 900.0


# 3. An employee's outside offer answered by the current employer's counter: the counter is on the table, the outside
#    offer the alternative.

COUNTERED = [
    ("I have a written offer for €71k at a renewable energy firm. I'm on €60k now. I told my boss and she came back with €64k.",
     64000.0, 71000.0),
    ("Got a job offer from a rival hospital: $104,000. Currently at $90,000 here. My manager countered with $96,000 yesterday.",
     96000.0, 104000.0),
]


@pytest.mark.parametrize("text,table,alternative", COUNTERED)
def test_an_employers_counter_to_an_outside_offer(text, table, alternative):
    s = read_situation(text)
    assert [o.amount for o in s.offers if o.by == "them"] == [table]
    assert s.alternative is not None and s.alternative.amount == alternative


def test_an_outside_offer_countered_end_to_end_walks():
    codes, move = board("I have a written offer for €71k at a renewable energy firm. I'm on €60k now. I told my manager "
                        "(he hired me and I like him) and he came back with €64k. I want to take the new job. "
                        "How do I turn down the counter without burning the bridge?", "walkaway")
    assert "batna-stronger-than-offer" in codes and move == "walk-away"


COUNTERED_NEAR_MISSES = [
    # two offers from the same employer, no outside offer: the later is their improved number, nothing is the alternative
    "The company offered me $80k. After I pushed, my manager came back with $84k.",
    # the outside offer is not on the table, only their counter is
]


@pytest.mark.parametrize("text", COUNTERED_NEAR_MISSES)
def test_no_outside_offer_moved_when_it_is_not_one_or_not_better(text):
    s = read_situation(text)
    before = [o.amount for o in s.offers if o.by == "them"]
    assert len(before) == 2


def test_a_counter_that_beats_the_outside_offer_stays_on_the_table():
    s = read_situation("I have a written offer for $70k at a consultancy. I'm on $62k now. My boss countered with $75k.")
    assert [o.amount for o in s.offers if o.by == "them"][-1] == 75000.0
    assert s.alternative is None or s.alternative.amount != 75000.0


# 4. A "final" after an earlier large step of the user's: weighing a yes that closes — clears the line, inside the
#    market, both sides closing in — is accepted, not held against the final.

def test_a_yes_to_a_converged_final_after_an_earlier_big_step_is_accepted():
    _, move = board("Their buyer opened at $3.10 a unit, I asked $4.90. They went to $3.60, I came down to $4.20. Now he says $3.90 "
                    "is final, take it or leave it. My floor is $3.70. Colleagues say the going rate is $3.50–4.30 for this grade. "
                    "I'm thinking of accepting 3.90.", "concede")
    assert move == "accept"


def test_a_large_step_planned_in_answer_to_a_final_is_still_held():
    _, move = board("They offered $3.80 a unit, I asked $4.90. Now he says $3.80 is final, take it or leave it. My floor is $3.70. "
                    "I'm thinking of dropping to $4.10 to close it.", "concede")
    assert move == "hold-firm"


# 5. Another party that already said yes to a price for like work: the alternative.

AGREED_ELSEWHERE = [
    ("We quoted the hotel chain £9,000 a month; they offered £7,500. Meanwhile a boutique hotel group verbally agreed £8,400 a month for similar work.", 8400.0),
    ("The school offered $42 an hour for tutoring. Another school has already agreed to pay $48 an hour for the same hours.", 48.0),
]


@pytest.mark.parametrize("text,alternative", AGREED_ELSEWHERE)
def test_another_party_that_agreed_a_price_is_the_alternative(text, alternative):
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == alternative


def test_the_counterparty_agreeing_is_not_an_alternative():
    s = read_situation("We quoted $9,000. The client agreed $8,500 on the call.")
    assert s.alternative is None or s.alternative.amount != 8500.0


# 6. Each side keeping its number, told in turn (across a full stop too): a deadlock.

from board.signals import read_stalled  # noqa: E402

KEPT = [
    "Second call: we went through the plan again, stayed at 40. They stayed at 32.",
    "I held at $900, they held at $700 for the third week running.",
    "They sat firm at 1,200; we stuck at 1,450 again.",
]


@pytest.mark.parametrize("text", KEPT)
def test_each_side_keeping_its_number_is_a_stall(text):
    assert read_stalled(text)


KEPT_NEAR_MISSES = [
    "We stayed at 17 and they came down to 15.",
    "They stayed at 14. We dropped to 16.",
    "We stayed at the Hilton. They stayed at a hostel.",
]


@pytest.mark.parametrize("text", KEPT_NEAR_MISSES)
def test_one_side_moving_or_no_numbers_is_no_stall(text):
    assert read_stalled(text) is None
