"""Clarifying questions: asked only when the fact that decides the mode's advice is missing."""

from __future__ import annotations

import pytest

from board.clarify import MAX_CLARIFYING, clarifying_questions, merge_questions, topic, unasked, waiting_recommendation
from board.models import Fact, Offer, Plan, Situation


def fact(amount: float, words: str = "words") -> Fact:
    return Fact(amount=amount, words=words)


def test_walkaway_without_a_line_or_an_alternative_asks_for_both_first():
    questions = clarifying_questions(Situation(wants="more"), "walkaway")
    assert 1 <= len(questions) <= MAX_CLARIFYING
    assert "least you would accept" in questions[0]
    assert "instead" in questions[1]


def test_walkaway_with_line_and_alternative_asks_nothing():
    situation = Situation(reservation=fact(800), alternative=fact(600))
    assert clarifying_questions(situation, "walkaway") == []


def test_saying_there_is_no_alternative_counts_as_knowing_it():
    situation = Situation(reservation=fact(800), no_alternative="I have nothing else lined up")
    assert clarifying_questions(situation, "walkaway") == []


def test_walkaway_missing_only_the_alternative_still_asks():
    situation = Situation(reservation=fact(800), offers=[Offer(by="them", amount=700, words="they offered 700")])
    assert clarifying_questions(situation, "walkaway") == [
        "If this deal falls through, what will you do instead, and what is that worth to you?"
    ]


def test_concede_without_the_move_asks_for_it():
    questions = clarifying_questions(Situation(), "concede")
    assert "What move are you considering" in questions[0]
    planned = Situation(plans=[Plan(action="concede", words="I might come down")])
    assert "to what number" in clarifying_questions(planned, "concede")[0]
    sized = Situation(plans=[Plan(action="concede", amount=850, words="I might come down to 850")])
    assert clarifying_questions(sized, "concede") == []


def test_prep_without_a_target_asks_for_it_with_the_right_direction():
    assert "best price" in clarifying_questions(Situation(wants="less"), "prep")[0]
    assert clarifying_questions(Situation(target=fact(170000)), "prep") == []


@pytest.mark.parametrize("mode", ["prep", "walkaway", "concede"])
def test_never_more_than_three(mode):
    assert len(clarifying_questions(Situation(), mode)) <= 3


def test_merge_asks_each_fact_once_clarifying_first():
    merged = merge_questions(
        ["What is your walk-away point — the worst deal you would still take?"],
        ["What is the worst deal you would still take — your walk-away number?", "Who decides on their side?",
         "who decides on their side?"],
        5,
    )
    assert merged == ["What is your walk-away point — the worst deal you would still take?", "Who decides on their side?"]
    assert topic("What do comparable deals go for?") == "market"


def test_waiting_recommendation_gathers_information():
    rec = waiting_recommendation(["a?", "b?"])
    assert rec.next_move == "gather-information"
    assert "waiting for your answers to 2 questions" in rec.rationale


def test_a_question_is_asked_once_per_thread_whatever_its_wording():
    asked = ["What is the worst deal you would still take — your walk-away number?"]
    questions = clarifying_questions(Situation(wants="more"), "walkaway")
    assert unasked(questions, asked) == questions[1:]
    assert unasked(questions, []) == questions
