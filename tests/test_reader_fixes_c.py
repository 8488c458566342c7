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


# 4. A deal told in the plain present ("we agree €4.500, we shake hands") or with an adverb ("they verbally
#    said yes") is agreed; one still ahead ("we will shake hands", "they said yes to a call") is not.

@pytest.mark.parametrize("text", [
    "I sell my old espresso machine to a café. We agree €4.500 with the grinder, we shake hands on Monday.",
    "The client verbally said yes last week and I sent the contract over ($6,200/mo).",
    "She finally said yes on Thursday to £2,750 a month.",
])
def test_a_deal_told_in_the_present_or_with_an_adverb_is_agreed(text):
    assert read_situation(text).agreed is not None


@pytest.mark.parametrize("text", [
    "I sell my old espresso machine. If we agree €4.500 I will deliver it.",
    "I'm selling a boat; tomorrow we will shake hands if the survey is fine. He offered $21,000.",
    "They said yes to a call next week to talk about the $6,200 retainer.",
])
def test_a_deal_still_ahead_is_not_agreed(text):
    assert read_situation(text).agreed is None


# 5. After the deal, "you can put it also?", "ah and …" in their words is one more ask (a nibble);
#    "I think to say yes" is a planned yes.

@pytest.mark.parametrize("extra", [
    'Now he writes: "ah and the spare tyres in your garage, you can give them also?"',
    'Today she messages: "oh and you could leave the curtains too?"',
])
def test_a_second_language_extra_ask_after_the_deal_is_a_nibble(extra):
    s = read_situation("I sell my camper van. We agree €14.000 and we shake hands on Sunday.\n" + extra)
    assert "tactic-nibble" in {t.code for t in s.tactics}


def test_the_same_ask_before_any_deal_is_not_a_nibble():
    from test_rules_general import board
    codes, _ = board('I sell my camper van, I ask €14.500. He writes: "ah and the spare tyres, you can give them also?"', "concede")
    assert "tactic-nibble" not in codes


def test_i_think_to_say_yes_is_a_planned_yes():
    s = read_situation('We agree €14.000 and shake hands. He writes "you can give the tyres also?". I think to say yes, he is a nice man.')
    assert any(p.action == "accept" for p in s.plans)
    s = read_situation("I think to be honest the price is fair at €14.000.")
    assert not any(p.action == "accept" for p in s.plans)


# 6. A claim for money: the one who sues wants more, the one sued wants to pay less; "I'd probably accept
#    around X in the end" is the line, not a yes to be said now.

@pytest.mark.parametrize("text,wants", [
    ("I'm suing a removals firm over my smashed piano. Their insurer offered £3,000.", "more"),
    ("We filed a small claims claim against the courier for the lost pallet; they offered $900.", "more"),
    ("I'm being sued by a former client for $20,000 and their lawyer says they'd settle at $14,000.", "less"),
    ("They're suing us over the late delivery and want $60k.", "less"),
])
def test_who_sues_and_who_is_sued(text, wants):
    assert read_situation(text).wants == wants


def test_a_sue_word_in_passing_is_no_role():
    assert read_situation("Selling my van for $9,000. The buyer joked he'd sue me if it breaks down.").role == "seller"


@pytest.mark.parametrize("text,line", [
    ("I'm suing the roofer. Their insurer offered $7,000. I'd probably accept around $11k in the end.", 11000.0),
    ("Buyer offered £310k for the flat. Honestly we'd take £325k if it came to it.", 325000.0),
    ("The agency offered €48k. I'd settle for €52k eventually, but I'm asking €58k.", 52000.0),
])
def test_a_yes_i_would_end_up_giving_is_the_line(text, line):
    s = read_situation(text)
    assert s.reservation is not None and s.reservation.amount == line
    assert not any(p.action == "accept" and p.amount == line for p in s.plans)


def test_a_yes_now_is_not_the_line():
    s = read_situation("The buyer offered £310k for the flat. I think I'll accept £315k if he asks again.")
    assert s.reservation is None
