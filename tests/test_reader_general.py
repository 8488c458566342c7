"""The reader on phrasings it was not developed on: varied people, varied words (see the brief's categories)."""

from __future__ import annotations

import pytest

from board.situation import read_situation


@pytest.mark.parametrize("text, amount", [
    ("The startup offered me $120,000. I also have a written offer from another company at $135,000.", 135000),
    ("I'm buying a used Civic. The seller wants $14,500. A dealer across town has the same car for $13,200.", 13200),
    ("Landlord wants to raise my rent to $2,400. I've been approved for a cheaper flat at $2,100 a month.", 2100),
    ("My landlord is asking €1.600 per month on renewal; I found a similar apartment at €1.450.", 1450),
    ("I'm a freelancer. The client offered a fee of $8,000 for the project. I have a better project waiting for signature at $10,000.", 10000),
    ("As a consultant: the client proposes £6,000. Another client has a contract waiting for my signature at £7,500.", 7500),
    ("we're the client. Vendor quoted $50,000 for the renewal. our current supplier charges $42,000 and we can stay with them.", 42000),
    ("The recruiter offered 80.000 EUR. I'd simply stay at my present employer where I earn 85.000 EUR.", 85000),
])
def test_an_alternative_with_its_value_is_read(text, amount):
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == pytest.approx(amount)


@pytest.mark.parametrize("text, amount", [
    ("They offered $48,000. I'd stay in my current job rather than take less than $52,000.", 52000),
    ("The buyer offered £180,000 for the flat; £175,000 is the least I'd accept.", 175000),
    ("I'm buying a van, dealer wants $31,000. my absolute max is $28,500.", 28500),
    ("landlord wants 2,300 a month. if it's over 2,200 i'm out.", 2200),
    ("They offered me 70k. Anything below 75k and I'll stay where I am.", 75000),
    ("Client offered €4,000 for the logo work. It's €5,000 or nothing.", 5000),
    ("selling my boat, buyer says 20k. bottom line 23k.", 23000),
    ("The supplier quoted $12/unit. We won't pay more than $10.50 per unit, full stop.", 10.5),
])
def test_a_walk_away_point_in_varied_words_is_read(text, amount):
    s = read_situation(text)
    assert s.reservation is not None and s.reservation.amount == pytest.approx(amount)


def test_say_x_or_im_out_stays_a_plan_not_a_reservation():
    s = read_situation("They offered $128k. My plan is to email Karen tomorrow and say it's $140k or I'm out.")
    assert s.reservation is None
