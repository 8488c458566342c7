"""How people state the numbers a concession is weighed against: a limit their side approved, the rate
they bill today, their quoted demand, a step they are about to take, giving them what they asked
(invented sentences, with near-misses)."""

from __future__ import annotations

import pytest

from board.situation import read_situation


@pytest.mark.parametrize("text, line", [
    ("We're renegotiating the cleaning contract. Our maximum authorized rate is €85/hr and they quoted €92/hr.", 85),
    ("Procurement for our office fit-out: finance approved us up to $48,000 and the builder wants $53,500.", 48000),
    ("I'm buying copper cable. My top approved budget is £3,200 a drum; the supplier is at £3,450.", 3200),
    ("Hiring a data analyst for our Leeds team. HR cleared me up to £52k; the candidate asked £55k.", 52000),
])
def test_a_limit_my_side_approved_is_my_line(text, line):
    s = read_situation(text)
    assert s.reservation is not None and s.reservation.amount == line
    assert s.asking is None or s.asking.amount != line


def test_a_plain_price_is_still_not_a_line():
    s = read_situation("I'm buying a used forklift. The price is $14,000 and I offered $12,000.")
    assert s.reservation is None


@pytest.mark.parametrize("text, amount", [
    ("She won't budge, so I'm thinking of going straight to 64k and dealing with the budget later.", 64000),
    ("I'm about to go straight to $31,500 and sort out the budget afterwards.", 31500),
])
def test_a_jump_i_am_about_to_make_is_a_plan_not_my_line(text, amount):
    s = read_situation("I'm the employer. The candidate asked 70k, we offered 58k. " + text)
    assert [(p.action, p.amount) for p in s.plans] == [("concede", amount)]
    assert s.reservation is None


def test_an_amount_called_our_budget_is_still_the_line():
    s = read_situation("I'm the employer. The candidate asked 70k. 64k is probably our budget.")
    assert s.reservation is not None and s.reservation.amount == 64000


def test_their_quoted_reply_on_the_next_line_is_theirs():
    s = read_situation("I'm hiring. History:\n- We offered $90k\n- He replied \"I can't go lower than $105k\"\n- We went to $94k\n")
    assert [(o.by, o.amount) for o in s.offers] == [("me", 90000), ("them", 105000), ("me", 94000)]


@pytest.mark.parametrize("text, mine, theirs", [
    ("We're a design studio. We charge the brewery €95/hr and their new marketing lead wants €80/hr.", 95, 80),
    ("Freelance editor. I bill the publisher $60 an hour; they came back offering $48.", 60, 48),
])
def test_the_rate_i_bill_today_is_where_i_stand(text, mine, theirs):
    s = read_situation(text)
    assert [(o.by, o.amount) for o in s.offers] == [("me", mine), ("them", theirs)]


def test_what_they_charge_us_is_not_my_number():
    s = read_situation("Our payroll provider charges us £40 a month per seat and wants £46 from April.")
    assert not [o for o in s.offers if o.by == "me"]


@pytest.mark.parametrize("text, amount", [
    ('I supply packaging. Their buyer told us: "If you can get to £2.10 a unit we\'ll sign today."', 2.10),
    ('We quoted $9,000 for the mural. The owner replied: "If you could come down to $7,500 I can get it approved."', 7500),
])
def test_if_you_can_get_to_in_their_words_is_their_number(text, amount):
    s = read_situation(text)
    assert [o.amount for o in s.offers if o.by == "them"] == [amount]


def test_a_number_i_need_to_get_to_is_not_theirs():
    s = read_situation("I'm a candidate. I need to get to $90k to make the move worth it.")
    assert not [o for o in s.offers if o.by == "them"]


@pytest.mark.parametrize("text, amount", [
    ("We invoice €2,000 a month. Marta asked for €1,600. I'm tempted to just give Marta the €1,600 to keep things calm.", 1600),
    ("I charge $120 a lesson. The parents asked for $100. Thinking of just giving them the $100.", 100),
])
def test_giving_them_the_number_they_asked_is_saying_yes(text, amount):
    s = read_situation(text)
    assert [(p.action, p.amount) for p in s.plans] == [("accept", amount)]


def test_having_given_them_their_number_is_not_a_plan():
    s = read_situation("I charge $120 a lesson. The parents asked for $100 and I gave them the $100 last term.")
    assert not [p for p in s.plans if p.action == "accept"]


@pytest.mark.parametrize("text, offers", [
    ("I matched their offer and offered 500 for the bike.", [("me", 500)]),
    ("Their agent offered $380k, I offered $395k.", [("them", 380000), ("me", 395000)]),
])
def test_their_person_as_subject_only_right_before_the_verb(text, offers):
    assert [(o.by, o.amount) for o in read_situation(text).offers] == offers


@pytest.mark.parametrize("text, theirs", [
    ("I sell lab freezers. The list price is €18,000 and their buyer asked for 12% off.", 15840),
    ("Buying a pickup. Sticker is $52,000; the dealer offered 4% off.", 49920),
    ("We license our scheduling tool, list $96k a year. Their CFO wants 25 percent off.", 72000),
])
def test_a_discount_off_the_stated_list_price_is_a_number(text, theirs):
    assert [o.amount for o in read_situation(text).offers if o.by == "them"] == [theirs]


@pytest.mark.parametrize("text", [
    "I sell lab freezers. Their buyer asked for 12% off. The list price is €18,000.",
    "I sell lab freezers, list €18,000. Their buyer wants a 5% longer warranty period, no discount talk yet.",
])
def test_no_discount_number_without_a_list_price_before_it(text):
    assert not [o for o in read_situation(text).offers if o.by == "them"]


def test_a_long_pasted_email_line_is_still_their_words():
    filler = "We have loved working through the drafts with you and the whole team is excited about the launch. " * 4
    s = read_situation("I'm a freelance illustrator. Their reply:\n\n> Hi Rosa, " + filler
                       + "I checked with finance and she won't go above $2,600 for the set. Let me know!\n\nMy floor is $2,900.")
    assert [(o.by, o.amount) for o in s.offers] == [("them", 2600)]
    assert s.reservation is not None and s.reservation.amount == 2900


@pytest.mark.parametrize("text", [
    "The gallery offered €5,500 for the mural. I'm going to text back \"Deal!\" tonight.",
    "They came back at $31 an hour with the longer contract. I'm going to reply \"Yes to everything, thanks\" first thing tomorrow.",
    "The agency offered £410 a day. My instinct is to just accept it and move on.",
])
def test_a_yes_i_mean_to_send_is_a_plan_to_accept(text):
    s = read_situation(text)
    assert "accept" in [p.action for p in s.plans]


def test_a_quoted_sure_with_my_own_number_is_a_counter():
    s = read_situation("I quoted €7,000. They offered €5,500 for the mural. I'm going to reply \"Sure, I can do €6,000.\"")
    assert [(p.action, p.amount) for p in s.plans] == [("counter", 6000)]


@pytest.mark.parametrize("text", [
    "I sell payroll software. They say a rival is at $29/seat and want us to match it. I'm thinking we'll just match 29.",
    "Our list is €70 a seat. Their buyer says Acme quoted €61. Honestly I could match €61 and be done.",
])
def test_meeting_their_number_myself_is_a_plan_not_a_rivals_price(text):
    s = read_situation(text)
    assert [p.action for p in s.plans if p.amount in (29, 61)] == ["accept"]
    assert s.alternative is None or s.alternative.amount not in (29, 61)


def test_a_number_they_must_match_is_still_the_rival_price():
    s = read_situation("I'm buying a sofa. The other shop has it at $1,450; I'll walk unless they match 1,450.")
    assert not [p for p in s.plans if p.action == "accept"]


@pytest.mark.parametrize("text, first", [
    ("We're a video studio. Our oldest client is on a $9,500/month retainer and wants it cut to $8,000.", ("me", 9500)),
    ("I'm the client. We're on a £3,000 monthly retainer with the agency and they want £3,400 from May.", ("them", 3000)),
])
def test_the_retainer_a_deal_stands_on_belongs_to_the_paid_side(text, first):
    s = read_situation(text)
    assert (s.offers[0].by, s.offers[0].amount) == first
