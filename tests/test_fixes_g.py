"""Reader and rule fixes (fix_g): invented phrasings of each class, with near-misses that must not trigger."""

from board import money, tactics
from board.cues import read_relationship
from board.situation import read_situation


def _plans(s, action):
    return [p for p in s.plans if p.action == action]


# spelled hundreds: "eleven hundred", "twenty-five hundred" are money; counts and times are not
def test_spelled_hundreds_are_money():
    assert [m.value for m in money.amounts("she paid fourteen hundred for the kayak")] == [1400]
    assert [m.value for m in money.amounts("would you take twenty-five hundred?")] == [2500]


def test_spelled_hundreds_near_misses():
    assert money.amounts("fifteen hundred people came to the fair") == []
    assert money.amounts("the meeting is at fifteen hundred hours") == []
    assert money.amounts("two hundred") == []  # a bare small hundred stays a count


# a line pointed back to after the amount, and the past-tense "didn't want to go under"
def test_line_pointed_back_to():
    s = read_situation("Selling my drone. A buyer offered 380. I bought it for 520 and I don't want to sell below that.")
    assert s.reservation is not None and s.reservation.amount == 520


def test_past_tense_line():
    s = read_situation("Selling my drone. A buyer offered 380. I really didn't want to go under 450.")
    assert s.reservation is not None and s.reservation.amount == 450


def test_line_pointed_back_near_miss():
    s = read_situation("Selling my drone. A buyer offered 380. I bought it for 520 and it still works well.")
    assert s.reservation is None


# a restated agreed price is no anchor
def test_restated_agreed_price_not_counter_anchor():
    from board.rules.anchoring import counter
    from rules_helpers import offers, view
    agreed = "We shook on fourteen hundred for the sofa last night."
    v = view("concede", offers=offers(("them", 1400)), agreed=agreed)
    assert counter(v) is None


def test_unrelated_agreement_still_anchored_near_miss():
    from board.rules.anchoring import counter
    from rules_helpers import offers, view
    v = view("concede", offers=offers(("them", 900)), agreed="We agreed the pickup date is Saturday.")
    assert counter(v) is not None


def test_divorce_relationship():
    assert read_relationship("We're separating after twelve years; going through a divorce and we share two kids.")
    assert read_relationship("My ex-wife wants to keep the boat.")


def test_divorce_relationship_near_misses():
    assert read_relationship("HR is negotiating my separation agreement after the layoff.") is None
    assert read_relationship("We have three kids and need a bigger van.") is None


def test_court_threat_is_a_walk_not_a_yes():
    s = read_situation("My landlord is keeping £700 of my deposit. I'm going to say fine, see you in court.")
    assert _plans(s, "walk") and not _plans(s, "accept")
    s = read_situation("The contractor wants another $2,000. Thinking of telling him I'll take him to small claims.")
    assert _plans(s, "walk")


def test_court_near_miss():
    s = read_situation("The seller offered $4,000. I'll see you at the court house to sign the papers, then take it.")
    assert not _plans(s, "walk")


def test_valuations_are_market():
    s = read_situation("Two appraisals came back at $410,000-$425,000. The buyer offered $395,000.")
    assert s.market_range is not None and s.market_range.low == 410000
    assert [o.amount for o in s.offers] == [395000]


def test_fees_range_not_market():
    s = read_situation("The buyer offered $12,000. Going to trial would cost me $3-4k in legal fees.")
    assert s.market_range is None
    assert s.alternative is not None and s.alternative.amount is None


def test_good_cop_bad_cop_with_a_lawyer():
    t = ("At every meeting he's friendly and says he wants it settled, then their attorney cuts in and says "
         "they'll see us in court if we don't sign.")
    assert tactics.good_cop_bad_cop(t)


def test_good_cop_without_hard_one_near_miss():
    assert tactics.good_cop_bad_cop("He's friendly and their attorney is reasonable too.") is None


def test_their_threat_to_go_to_the_rival_just_named():
    t = "her: can you drop the call-out fee? the plumber on my street doesn't charge one so I might just go there\nme: let me check"
    s = read_situation(t)
    assert any(x.code == "tactic-walkaway-threat" for x in s.tactics)


def test_their_go_there_near_miss():
    t = "her: great, I'll just go there on Monday to pick it up\nme: perfect"
    s = read_situation(t)
    assert not any(x.code == "tactic-walkaway-threat" for x in s.tactics)


def test_part_of_me_wants_to_concede():
    s = read_situation("The client asked me to skip the rush fee. Part of me wants to just waive it for them.")
    assert _plans(s, "concede")


def test_part_of_me_aim_is_mine_not_theirs():
    s = read_situation("They offered £42k. Part of me wants to hold out for 45.")
    assert all(o.amount != 45000 for o in s.offers if o.by == "them")


def test_arrow_history_on_one_line():
    s = read_situation("Freelance contract talks:\n- me: $90/hr → them: $70/hr → me: $85/hr → them: $78/hr\nWhat now?")
    assert [(o.by, o.amount) for o in s.offers] == [("me", 90), ("them", 70), ("me", 85), ("them", 78)]


def test_do_i_take_is_a_yes_weighed():
    s = read_situation("The dealer offered 7,400 for my trade-in. One more push, or do I take 7,400?")
    assert any(p.amount == 7400 for p in _plans(s, "accept"))


def test_do_i_take_home_near_miss():
    s = read_situation("They offered 7,400 a month. How much do I take home from 7,400 after tax?")
    assert not _plans(s, "accept")
