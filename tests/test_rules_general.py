"""The board, end to end, on phrasings it was not developed on: the codes raised and the move chosen."""

from __future__ import annotations

import asyncio
import re

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


STRONGER = [
    "The startup offered me $120,000. I also have a written offer from another company at $135,000.",
    "I'm buying a used Civic. The seller wants $14,500. A dealer across town has the same car for $13,200.",
    "Landlord wants to raise my rent to $2,400. I've been approved for a cheaper flat at $2,100 a month.",
    "I'm a freelancer. The client offered a fee of $8,000 for the project. I have a better project waiting for signature at $10,000.",
    "As a consultant: the client proposes £6,000. Another client has a contract waiting for my signature at £7,500.",
    "New company offered me $118k. I could keep my current job at $125k.",
    "we're the client. Vendor quoted $50,000 for the renewal. our current supplier charges $42,000 and we can stay with them.",
    "The recruiter offered 80.000 EUR. I'd simply stay at my present employer where I earn 85.000 EUR.",
    "Hi all, I've been offered a role at Initech for £62,000. Separately, Hooli have sent me a written offer at £68,000 which I can accept any time.",
    "so the guy wants 4500 for the bike but theres a shop in town selling the exact same model for 4100",
    "landlord is pushing rent to 1850. i got approved for a 1-bed across the street at 1700.",
    "the client came back at 15k for the website. i have another client ready to sign at 18k for the same weeks.",
    "Offer from the new place is 92k. Honestly I'm fine where I am, my current salary is 98k.",
    "My supplier wants to raise the price to €14 per unit. A competing supplier offered us €12.50 per unit in writing.",
    "I'm selling my house. Buyer A offered $510,000. Buyer B has offered $525,000 in writing.",
]


@pytest.mark.parametrize("mode", ["prep", "walkaway", "concede"])
@pytest.mark.parametrize("text", STRONGER)
def test_a_better_alternative_with_its_value_is_used(text, mode):
    codes, move = board(text, mode)
    assert "batna-stronger-than-offer" in codes and "batna-missing" not in codes
    assert move in ("walk-away", "counter-offer")


def test_a_weaker_alternative_with_its_value_is_weaker_not_missing():
    codes, _ = board("They offered me $150k. I have another offer from a bank at $135k.", "walkaway")
    assert "batna-weaker-than-offer" in codes and "batna-missing" not in codes


def test_a_concession_that_still_beats_the_alternative_is_a_counter_not_a_hold():
    text = ("I'm selling my car, asking $12,000. The buyer offered $9,000. carmax gave me a written quote of $10,500. "
            "I'm thinking of dropping to $11,000.")
    codes, move = board(text, "concede")
    assert "batna-stronger-than-offer" in codes
    assert move == "counter-offer"


def test_the_job_offer_example_reads_the_line_the_assumption_and_no_relationship():
    from pathlib import Path
    text = (Path(__file__).resolve().parents[1] / "examples" / "job-offer.txt").read_text()
    codes, _ = board(text)
    assert "relationship-at-stake" not in codes and "reservation-missing" not in codes
    assert {"assumption-untested", "offer-below-reservation"} <= codes


@pytest.mark.parametrize("text", [
    "They offered $48,000. I'd stay in my current job rather than take less than $52,000.",
    "The buyer offered £180,000 for the flat; £175,000 is the least I'd accept.",
    "I'm buying a van, dealer wants $31,000. my absolute max is $28,500.",
    "landlord wants 2,300 a month. if it's over 2,200 i'm out.",
    "They offered me 70k. Anything below 75k and I'll stay where I am.",
    "Client offered €4,000 for the logo work. It's €5,000 or nothing.",
    "selling my boat, buyer says 20k. bottom line 23k.",
])
def test_a_walk_away_point_in_varied_words_is_not_missing(text):
    assert "reservation-missing" not in board(text)[0]


@pytest.mark.parametrize("text", [
    "They offered $60,000, I asked for $70,000. Honestly I'm just going to agree to their cap.",
    "I listed at $500, buyer offered $400. thinking of offering most of the difference.",
    "I quoted £3,000, they came back at £2,400. I'll probably just match what they asked.",
    "My ask was $200k and they're at $170k. Might as well drop to $175k to get it done.",
    "I asked for 90k, they offered 80k. I'm going to tell them fine.",
    "We asked 1.2 per unit, they want 0.9. I'm thinking of dropping to 0.95 to keep them happy.",
])
def test_giving_ground_for_nothing_is_unilateral(text):
    codes, move = board(text, "concede")
    assert "concession-unilateral" in codes
    assert move == "trade-concession"


@pytest.mark.parametrize("text", [
    "My ask was $200k and they're at $170k. Might as well drop to $175k to get it done.",
    "We asked 1.2 per unit, they want 0.9. I'm thinking of dropping to 0.95 to keep them happy.",
])
def test_a_big_planned_move_is_large_first(text):
    assert "concession-large-first" in board(text, "concede")[0]


@pytest.mark.parametrize("text", [
    "I'm interviewing for a product manager role next week. Glassdoor says $130k-$150k for this role. They haven't named a number yet.",
    "I'm selling my 2018 Golf. Similar ones go for £11,000-£13,000 on autotrader. No offers yet, meeting a buyer Saturday.",
    "Renewing with a client next month; I know my market rate is 600-700 a day from three recent contracts. Nothing on the table yet.",
    "freelance designer, pitching a logo job. comparable projects pay between €2.000 and €3.500. they haven't said a budget.",
])
def test_informed_with_nothing_on_the_table_anchors_first(text):
    codes, move = board(text)
    assert "anchor-opportunity" in codes and move == "anchor-first"


@pytest.mark.parametrize("text", [
    "I'm buying a house, no idea what it's worth and they haven't said a price yet.",
    "New job interview, no clue what they pay, no numbers yet.",
    "selling my grandad's watch, honestly don't know what it's worth, a collector wants to make an offer.",
])
def test_uninformed_with_nothing_on_the_table_gathers_information(text):
    assert board(text)[1] == "gather-information"


@pytest.mark.parametrize("text", [
    "I listed at $500, buyer offered $400. thinking of offering most of the difference.",
    "we quoted 12k, they said 9k. may as well meet them most of the way.",
    "I'm asking £250k for the flat, they offered £220k. I'll probably just split the difference.",
    "asked for 3,000 a month, they offered 2,400. honestly thinking of giving them half the gap and moving on.",
])
def test_a_planned_share_of_the_gap_is_large_and_unilateral(text):
    codes, move = board(text, "concede")
    assert {"concession-large-first", "concession-unilateral"} <= codes
    assert move == "trade-concession"


def test_keeping_the_business_is_a_named_alternative_not_a_missing_one():
    codes, move = board("The acquirer offered $2.1M for my agency. If I don't sell, I keep the business which clears $600k a year.", "walkaway")
    assert "batna-missing" not in codes and move not in ("improve-batna", "hold-firm")


@pytest.mark.parametrize("mode", ["prep", "concede"])
@pytest.mark.parametrize("text", [
    "They offered $60,000, I asked for $70,000. Honestly I'm just going to agree to their cap.",
    "I quoted £3,000, they came back at £2,400. I'll probably just match what they asked.",
    "I asked for 90k, they offered 80k. I'm going to tell them fine.",
])
def test_saying_yes_to_their_number_after_asking_more_is_unilateral_in_any_mode(text, mode):
    assert "concession-unilateral" in board(text, mode)[0]


def test_accepting_an_offer_that_meets_my_target_is_not_caving():
    codes, _ = board("I asked for 90k and hoped for 85k. They offered 88k. I'm going to accept the offer.", "prep")
    assert "concession-unilateral" not in codes


def test_a_better_alternative_in_a_deadlock_is_signalled_before_it_is_taken() -> None:
    text = ("Fourth call on the software renewal and nobody has moved: they're at $90k a year, we've been at $70k for weeks. "
            "Another vendor quoted us $75k for the same thing, but we'd happily pay $80k to stay. Should we walk?")
    codes, move = board(text, "walkaway")
    assert {"deadlock", "batna-stronger-than-offer"} <= codes
    assert move == "slow-walkaway"
    codes, move = board(text.replace("Fourth call on the software renewal and nobody has moved: t", "T"), "walkaway")
    assert "deadlock" not in codes and move == "walk-away"


def test_a_nibble_is_answered_with_a_trade_even_when_the_user_wants_to_walk() -> None:
    text = ("Selling my desk, here's the chat:\nBuyer: would you take 150?\nMe: I can do 180\nBuyer: ok deal, 180. can you also deliver it?\n"
            "I'm tempted to tell her to forget the whole thing.")
    codes, move = board(text, "walkaway")
    assert "tactic-nibble" in codes
    assert move == "trade-concession"


def test_a_suggested_counter_never_falls_short_of_the_alternative_in_hand() -> None:
    text = "Selling my 2015 Civic. Listed at $14,500, a guy offered $11,000 cash. Carmax quoted me $12,400."
    s = read_situation(text)
    critiques, rec = asyncio.run(run_board(get_engine("offline"), load_board(), Case(mode="prep", text=text, situation=s, analysis=analyse(s))))
    assert rec.next_move == "counter-offer"
    figures = [float(x.replace(",", "")) for x in re.findall(r"\$([\d,]+)", rec.say)]
    assert figures and figures[-1] > 12_400


# A move past the line in a deadlock with other issues on the table: trade on the issues, don't cross the line.
@pytest.mark.parametrize("text", [
    "I buy aluminium billet for our plant. Renewal is stuck: the mill is at $2.95/kg, we're at $2.70/kg, same numbers on the last four calls, "
    "nobody has moved. Our maximum authorized price is $2.88/kg. I'm thinking of just agreeing to $2.95 to get it over with. "
    "They keep asking for a two-year commitment and faster payment terms.",
    "We're renewing our cleaning contract. They're at £4,100 a month, we're at £3,600, and it's been stuck there for weeks, neither side moving. "
    "Finance approved us up to £3,900. I'm tempted to just agree to £4,100. They'd love a longer contract term and the Saturday schedule changed.",
])
def test_a_crossing_move_in_a_deadlock_with_issues_is_a_trade(text):
    codes, move = board(text, "concede")
    assert {"concession-beyond-reservation", "deadlock", "trade-opportunity"} <= codes
    assert move == "trade-concession"


@pytest.mark.parametrize("text", [
    # crossing the line without a deadlock: still hold firm
    "I buy aluminium billet for our plant. The mill offered $2.95/kg, we offered $2.70/kg. Our maximum authorized price is $2.88/kg. "
    "I'm thinking of just agreeing to $2.95. They keep asking for a two-year commitment.",
    # stuck and crossing, but nothing else to trade: hold firm
    "Buying a used tractor. He's at $41,000, I'm at $36,000, same numbers for three weeks, nobody has moved. My max is $38,500. "
    "I'm thinking of just agreeing to $41,000.",
])
def test_a_crossing_move_otherwise_holds_firm(text):
    codes, move = board(text, "concede")
    assert "concession-beyond-reservation" in codes
    assert move == "hold-firm"


# Saying yes to their number as my first move gives up the whole gap at once.
@pytest.mark.parametrize("text", [
    "We're a two-person translation agency and we bill €0.14/word. Their new vendor manager wrote: \"If you can get to €0.10 we can keep "
    "sending you the volume.\" I'm inclined to just give her the €0.10 to keep things smooth.",
    "I charge $120 a lesson. The parents asked for $90 a lesson. Thinking of just giving them the $90.",
])
def test_a_yes_to_their_number_as_my_first_move_is_a_large_first_step(text):
    codes, _ = board(text, "concede")
    assert "concession-large-first" in codes


@pytest.mark.parametrize("text", [
    # a yes after my own moves: not a first move (the first step was small)
    "I charge $120 a lesson. The parents asked for $90. I went to $115, then $112. Thinking of just giving them the $90.",
    # a yes to a number better than where I stand is no concession
    "I charge $120 a lesson. The parents offered $130 for the longer slot. Thinking of just giving them the $130.",
])
def test_a_yes_that_is_not_a_large_first_step(text):
    codes, _ = board(text, "concede")
    assert "concession-large-first" not in codes


def test_an_opening_lowball_below_a_line_backed_by_an_alternative_is_answered_not_walked_from() -> None:
    base = ("Selling my food truck. Similar trucks sell for $90,000-$100,000. {offer} "
            "Under $80,000 I'm better off keeping it and running it myself. I'm thinking of countering at $78,000.")
    codes, move = board(base.format(offer="A buyer offered $60,000."), "concede")
    assert {"offer-below-reservation", "batna-stronger-than-offer"} <= codes and move == "counter-offer"
    codes, move = board(base.format(offer="The buyer's latest offer is $60,000."), "concede")
    # weighing a counter past the line: don't make it, hold at the line (the alternative is why the user can)
    assert {"offer-below-reservation", "batna-stronger-than-offer"} <= codes and move == "hold-firm"
    codes, move = board(base.format(offer="The buyer's latest offer is $60,000.").replace(" I'm thinking of countering at $78,000.", ""), "concede")
    assert {"offer-below-reservation", "batna-stronger-than-offer"} <= codes and move == "walk-away"


# Deadlocked, below the line, other issues asked for: a conditional trade, not a hold or a drop to the line.
@pytest.mark.parametrize("text", [
    "Catering a corporate lunch. Us: $2,400. Them: $1,800. Us: $2,200. Them: still $1,800. Us: we can do $2,200. Them: $1,800 is the budget. "
    "Nothing has moved for two weeks. Our floor is $2,000. They also asked if we could add a dessert table and stay an extra hour. "
    "Thinking of just saying ok $2,000.",
])
def test_a_deadlock_below_the_line_with_extra_asks_is_broken_by_a_trade(text):
    codes, move = board(text, "concede")
    assert {"deadlock", "trade-opportunity"} <= codes and move == "trade-concession"


def test_a_deadlock_with_no_extra_ask_reads_no_other_issue():
    text = ("Catering a corporate lunch. Us: $2,400. Them: $1,800. Us: $2,200. Them: still $1,800. Us: we can do $2,200. Them: $1,800 is the budget. "
            "Nothing has moved for two weeks. Our floor is $2,000. Thinking of just saying ok $2,000.")
    codes, move = board(text, "concede")
    assert "deadlock" in codes and "trade-opportunity" not in codes


@pytest.mark.parametrize("text", [
    "Selling my road bike, listed at $2,400. A guy offered $1,800 yesterday. Thinking of countering at $2,250.",
    "Our flat is up for £1,500 pcm. A couple offered £1,300. I'm going to counter with £1,450.",
])
def test_a_modest_first_counter_to_their_first_number_is_not_unilateral(text):
    codes, _ = board(text, "concede")
    assert "concession-unilateral" not in codes


@pytest.mark.parametrize("text", [
    "Selling my road bike, listed at $2,400. A guy offered $1,800 yesterday. Thinking of countering at $1,900.",
    "Selling my road bike, listed at $2,400. I dropped to $2,200, he offered $1,800. Thinking of countering at $2,000.",
])
def test_a_large_first_counter_or_a_second_retreat_still_is(text):
    codes, _ = board(text, "concede")
    assert "concession-unilateral" in codes


@pytest.mark.parametrize("text", [
    "Offered £412,000 on a house listed at £430,000 (sold comps 405-425k). Agent says the vendors will accept £418,000. "
    "Our limit is £425,000. Thinking of just saying yes.",
    "Bid $21,000 on a truck listed at $24,500 (KBB range 20-23k). The dealer will take $21,800 today. My max was $22,500. Tempted to just say yes.",
])
def test_saying_yes_after_they_came_most_of_the_way_is_a_close(text):
    codes, move = board(text, "concede")
    assert "concession-unilateral" not in codes and "concession-large-first" not in codes
    assert move == "accept"


def test_saying_yes_after_they_barely_moved_is_still_caving():
    codes, move = board("Offered £412,000 on a house listed at £430,000 (sold comps 405-425k). Agent says the vendors will accept £428,000. "
                        "Our limit is £435,000. Thinking of just saying yes.", "concede")
    assert move != "accept"


_FINAL = ("Contract rate talks. I asked for $95/hour, they offered $80. Their PM said she'd take it to her director, who came back with $84 "
          "and says that's final. A longer contract term is on the table. I'm about to reply 'ok, $84 works'.")


def test_a_final_from_an_absent_boss_with_other_issues_open_is_traded_not_held():
    codes, move = board(_FINAL, "concede")
    assert {"tactic-higher-authority", "tactic-take-it-or-leave-it", "concession-large-first"} <= codes
    assert move == "trade-concession"


def test_a_final_the_person_at_the_table_calls_is_still_tested_by_holding():
    codes, move = board(_FINAL.replace("Their PM said she'd take it to her director, who came back with", "Their PM came back with"), "concede")
    assert "tactic-higher-authority" not in codes
    assert move == "hold-firm"


@pytest.mark.parametrize("text", [
    "Got the offer: $120k base plus equity and a signing bonus. I'd asked for 140. Recruiter said \"120 is the top of the band, "
    "but there may be some room on equity or the sign-on\". I'm tempted to just reply \"ok, could you do 125?\".",
    "We quoted $0.50/unit. Their buyer: \"Our number is $0.44, that's final.\" I'm thinking of just conceding to $0.45. "
    "Other things on the table: payment terms, a 2-year term and safety stock.",
])
def test_a_final_that_leaves_room_on_other_issues_is_traded_across_them(text):
    codes, move = board(text, "concede")
    assert "tactic-take-it-or-leave-it" in codes
    assert move == "trade-concession"


def test_growing_steps_under_an_absent_bosss_cap_with_other_issues_open_are_traded():
    text = ("Pasting the thread:\n\nClient (Jo): Your rate of £700/day is over budget, we were thinking £550.\nMe: I can do £670.\n"
            "Jo: Finance won't sign anything over £580/day, it's out of my hands. Could you also start a week earlier?\n\n"
            "I'm thinking I just reply \"ok £590, let's go\".")
    codes, move = board(text, "concede")
    assert {"concession-increasing", "tactic-higher-authority", "trade-opportunity"} <= codes
    assert move == "trade-concession"


@pytest.mark.parametrize("text, move", [
    ('Supplier offer: $52 a unit. I had asked for $40. Their rep said "52 is our floor, but we could look at payment terms or volume discounts". '
     "I'm tempted to just reply: could you do 50?", "trade-concession"),
    ('Job offer at 120k base. I asked for 140. The recruiter said "120 is the top of the band, but there may be some room on the signing bonus". '
     "I'm thinking of just saying: ok, could you do 124?", "trade-concession"),
    ('Job offer at 120k base. I asked for 140. The recruiter said "120 is the top of the band, that is final". '
     "I'm thinking of just saying: ok, could you do 124?", "hold-firm"),
])
def test_a_final_that_names_room_elsewhere_is_traded_not_tested(text, move):
    codes, got = board(text, "concede")
    assert "tactic-take-it-or-leave-it" in codes
    assert got == move
