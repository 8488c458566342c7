"""Reader cues the concession and skeptic lenses rely on: deadlines, relationships, tradeable issues (invented sentences)."""

from __future__ import annotations

import pytest

from board.situation import read_situation


@pytest.mark.parametrize("text", [
    "The dealer says the price is good only until Saturday noon. I'm thinking of taking it.",
    "The agency wants an answer: they need a yes or no by Thursday about the $4,000 retainer.",
    "The caterer said we'd have to pay the deposit today to hold the date, $1,500.",
])
def test_deadline_phrasings(text):
    assert read_situation(text).deadline


@pytest.mark.parametrize("text", [
    "My oldest customer (7 yrs) asked for 10% off the $120/hour rate.",
    "The printer has been good to us over the years; now they want $0.30 a page.",
    "The plumber is halfway through and wants $2,000 more. I still need him to finish, so I don't want this to get ugly.",
])
def test_relationship_phrasings(text):
    assert read_situation(text).relationship


def test_effective_date_and_learning_budget_are_tradeable():
    s = read_situation("HR caps the raise at 5%, but they could move the effective date and add to my training budget.")
    assert {"start date", "learning budget"} <= set(s.issues)


def test_no_relationship_or_deadline_in_a_one_off_sale():
    s = read_situation("Selling my old bike to a stranger online. He offered $150, I want $200.")
    assert s.relationship is None and s.deadline is None


def test_a_warm_and_a_hard_speaker_on_their_side_in_a_chat_is_good_cop_bad_cop():
    chat = ("Me: so where are we on the van?\n"
            "Tom: honestly I'm on your side here, I want this to work\n"
            "Rita: I'll be blunt, $18,000 is the price and we won't keep dropping it\n"
            "Me: let me think about it\n")
    codes = {t.code for t in read_situation(chat).tactics}
    assert "tactic-good-cop-bad-cop" in codes
    one = "Me: where are we?\nTom: honestly I'm on your side, but I'll be blunt, $18,000 is the price\nMe: ok\n"
    assert "tactic-good-cop-bad-cop" not in {t.code for t in read_situation(one).tactics}


def test_ok_deal_in_a_chat_is_an_agreement_and_the_next_ask_a_nibble():
    chat = ("Buyer: would you take 90?\nMe: 110 is my lowest\nBuyer: ok deal, 110. I'll pick it up Sunday\n"
            "Buyer: oh and one more thing, can you also throw in the charger?\n")
    s = read_situation(chat)
    assert s.agreed and any(t.code == "tactic-nibble" for t in s.tactics)
    assert read_situation("Buyer: no deal at 110\nMe: ok\n").agreed is None


@pytest.mark.parametrize("text", [
    "I quoted $9,000 for the fence. He says he needs a yes today or he's signing with the other company.",
    "Buyer: would you do 80?\nMe: 120 is fair\nBuyer: otherwise im just gonna buy a new one\n",
])
def test_their_threat_to_go_elsewhere(text):
    assert any(t.code == "tactic-walkaway-threat" for t in read_situation(text).tactics)
