"""Reader fixes (batch c), checked on invented phrasings with near-misses that must not fire."""

from __future__ import annotations

import pytest

from board.situation import read_situation


def _offers(text):
    return [(o.by, o.amount) for o in read_situation(text).offers]


# 1. A history with numbered rounds: "R1 me: … | them: …" — every round's "me" is the user.

NUMBERED_ROUNDS = [
    ("History with the buyer:\n\nR1  me: $4,800   | them: $3,900\nR2  me: $4,500   | them: \"too much\"\nR3  me: $4,300\n",
     [("me", 4800.0), ("them", 3900.0), ("me", 4500.0), ("me", 4300.0)]),
    ("Round 1 - us: 620 / them: 480\nRound 2 - us: 590 / them: 500\nRound 3 - us: 575\n",
     [("me", 620.0), ("them", 480.0), ("me", 590.0), ("them", 500.0), ("me", 575.0)]),
    ("Rd 1 me: £2,100 | them: £1,600\nRd 2 me: £1,950 | them: £1,700\n",
     [("me", 2100.0), ("them", 1600.0), ("me", 1950.0), ("them", 1700.0)]),
]


@pytest.mark.parametrize("text,expected", NUMBERED_ROUNDS)
def test_numbered_rounds_keep_one_speaker_per_side(text, expected):
    assert _offers(text) == expected


def test_a_speaker_whose_name_merely_starts_with_a_tag_is_kept():
    # "R2 Logistics" is a company, not a round tag before a side
    s = read_situation("Me: I can do $900\nR2 Logistics: we were thinking $700\nMe: $850 then\n")
    assert [o.by for o in s.offers] == ["me", "them", "me"]
