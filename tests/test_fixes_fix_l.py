"""Business deals where the user's alternative is told as another party's price, and the reader has to see it.

In B2B texts the way out is rarely called "my alternative": it is a second business on the market whose
owner "would take" a price, a new supplier that "came in at" a figure while the current one offers to drop,
a debt buyer who "has offered" a rate, another client that signed for the same team at a better rate.
Read as the counterparty's moves, these make a real walk look like a bluff with no alternative. The other
side's message has its own alternative too ("we've been quoted $70/hr by an offshore team"), which is theirs,
not their offer, and their threat to leave is often told as moving the work ("or we'll transition by Q3").
Each case has a near miss that must keep its old reading.
"""

from __future__ import annotations

from board import facts, tactics
from board.situation import read_situation


def _labels(text: str) -> list[tuple[str, float]]:
    s = read_situation(text)
    return [(x.label, x.mention.value) for x in facts.label_amounts(text, role=s.role)]


def test_second_business_on_the_market_is_the_alternative():
    text = ("We're buying a bakery. The owner asked for $900k and came down to $850k. "
            "There's another bakery across town up for sale. The agent thinks the owner would accept $700k.")
    assert ("alternative", 700000.0) in _labels(text)
    assert read_situation(text).alternative.amount == 700000.0


def test_second_business_near_miss_without_one_on_the_market():
    text = ("We're buying a bakery. The owner asked for $900k and came down to $850k. "
            "The agent thinks the owner would accept $800k.")
    assert ("alternative", 800000.0) not in _labels(text)


def test_now_at_continues_their_moves():
    text = "Vendor opened at $3.1M, now at $2.9M after two calls. Our limit is $2.6M."
    assert _labels(text)[:2] == [("them_offer", 3100000.0), ("them_offer", 2900000.0)]


def test_debt_buyer_rate_does_not_hide_the_new_party():
    text = ('The customer wrote: "We can pay $8,000 to close this out in full." '
            "Meanwhile a collections buyer has offered to take the debt at 40 cents on the dollar, about $10k.")
    assert ("alternative", 10000.0) in _labels(text)


def test_new_supplier_against_the_current_one():
    text = ("Our current cleaning contractor charges $6k a month. At tender, new contractor came in at $4.8k for the same scope. "
            "When we told our current contractor, they offered to go to $5.5k.")
    labels = _labels(text)
    assert ("alternative", 4800.0) in labels and ("them_offer", 5500.0) in labels


def test_new_supplier_near_miss_when_the_current_one_makes_no_offer():
    text = "We're choosing a cleaning contractor. The new contractor came in at $4.8k a month and we want $4.2k."
    assert ("alternative", 4800.0) not in _labels(text)


def test_quote_put_to_them_is_not_their_offer():
    text = ('Customer we have supplied for years emailed: "We have been quoted $40/unit by a Vietnamese plant. '
            'We need you at $52/unit or we will move production overseas."')
    labels = _labels(text)
    assert ("them_offer", 40.0) not in labels and ("them_offer", 52.0) in labels
    assert any(t.code == "tactic-walkaway-threat" for t in read_situation(text).tactics)


def test_their_own_price_near_miss_still_theirs():
    text = 'The customer emailed: "We can pay $45/unit from next quarter."'
    assert ("them_offer", 45.0) in _labels(text)


def test_my_own_quoted_words_stay_mine():
    text = 'We emailed them: "We can do $48/unit if you commit to a year."'
    assert ("them_offer", 48.0) not in _labels(text)


def test_moving_the_work_is_a_threat_to_leave():
    assert tactics.THREAT_SPEECH.search("otherwise we'll have to bring it in-house")
    assert tactics.THREAT_SPEECH.search("or we will migrate to another platform next year")
    assert not tactics.THREAT_SPEECH.search("we will migrate the data next week")


def test_count_of_people_inside_an_alternative_cue():
    text = ("The client wants us at $95/hr. Another customer signed a letter of intent for the same 3 engineers at $130/hr. "
            "Our floor is $110/hr.")
    labels = _labels(text)
    assert ("alternative", 130.0) in labels and ("alternative", 3.0) not in labels


def test_count_of_people_near_miss_is_not_money():
    text = "They offered $95/hr for 3 engineers."
    assert ("them_offer", 3.0) not in _labels(text)


def test_running_a_business_with_the_subject_left_out_is_the_vendor():
    s = read_situation("Running a 6-person design studio in Leeds. A client wants our day rate cut from £700 to £550.")
    assert s.role == "vendor" and s.wants == "more"


def test_running_near_miss_mid_sentence_is_not_a_role():
    s = read_situation("The landlord says running a business from the flat is not allowed; rent goes to £1,400.")
    assert s.role != "vendor"
