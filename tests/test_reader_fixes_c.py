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


# 2. A diary with day labels ("Wed: I came down to …"): the days are when, not who; a subjectless
#    "sent quote …" note is the writer's own number, and makes them the one who quotes.

DIARIES = [
    ("Mon: sent quote for the loft conversion, $41,000.\nTue: client says it's steep.\nWed: I came down to $39,500.\n"
     "Thu: I went to $37,000.\n",
     [("me", 41000.0), ("me", 39500.0), ("me", 37000.0)]),
    ("Monday: emailed the estimate, £8,400 all in.\nWednesday: they came back at £6,900.\nFriday: I dropped to £8,000.\n",
     [("me", 8400.0), ("them", 6900.0), ("me", 8000.0)]),
]


@pytest.mark.parametrize("text,expected", DIARIES)
def test_day_labels_are_not_speakers(text, expected):
    s = read_situation(text)
    assert [(o.by, o.amount) for o in s.offers] == expected
    assert s.wants == "more"


def test_a_named_speaker_is_still_a_speaker():
    s = read_situation("Dana: we can do 4,200 for the lot\nMe: 4,600 and it's yours\nDana: 4,400, final\n")
    assert [o.by for o in s.offers] == ["them", "me", "them"]


@pytest.mark.parametrize("text", [
    "Sent quote to the client, $12,300 for the fit-out.",
    "We sent them a revised estimate of $12,300 yesterday.",
])
def test_sending_a_quote_makes_me_the_vendor(text):
    s = read_situation(text)
    assert s.role == "vendor"
    assert [(o.by, o.amount) for o in s.offers] == [("me", 12300.0)]


def test_a_quote_they_sent_is_not_mine():
    s = read_situation("The builder sent a quote of $12,300 for our fit-out.")
    assert s.role != "vendor"
    assert [(o.by, o.amount) for o in s.offers] == [("them", 12300.0)]


# 3. Their "we're going with the other contractor" (the present for the future) is their walkaway threat,
#    and it is not a walk of the user's own.

THEIR_PRESENT_THREATS = [
    'She texted: "If you can\'t sharpen the price we\'re going with the other caterer." I quoted $3,100.',
    'He wrote "unless you match it I\'m switching to another supplier" after I sent $0.42 a unit.',
    'The buyer said "we are going with a different agency if the fee stays at 18%."',
]


@pytest.mark.parametrize("text", THEIR_PRESENT_THREATS)
def test_their_present_tense_walk_is_a_threat_not_my_plan(text):
    s = read_situation(text)
    assert "tactic-walkaway-threat" in {t.code for t in s.tactics}
    assert not any(p.action == "walk" for p in s.plans)


@pytest.mark.parametrize("text", [
    "I'm thinking of going with the other caterer, they quoted $2,900 against this one's $3,100.",
    "We're going with the other agency unless they drop the fee.",
])
def test_my_own_present_tense_walk_is_not_their_threat(text):
    s = read_situation(text)
    assert "tactic-walkaway-threat" not in {t.code for t in s.tactics}


def test_a_quote_i_am_thinking_of_emailing_is_mine():
    s = read_situation('Offer is 88k, my floor is 80k. I\'m thinking of emailing "if you can\'t wait until Monday I\'ll have to pass".')
    assert any(p.action == "walk" for p in s.plans)
