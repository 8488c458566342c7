"""Reader and rule fixes (fix_j, jobs and pay): invented phrasings of each class, with near-misses that must not change.

Each class came from a blind-written case the board misread; the phrasings here are new, so the
fix is tested as a reading a negotiator would agree with, not as a match on one text.
"""

from board.situation import read_situation
from test_rules_general import board


def _codes(text, mode):
    return board(text, mode)


# a competing offer the user admits is invented is a claim to make, not an alternative in hand
def test_invented_offer_is_no_alternative():
    s = read_situation("Offered 52k for the ops job, I asked 60k. Idea: tell them I have other offer for 57k (there is none) and see if they match.")
    assert s.alternative is None or s.alternative.amount != 57000


def test_real_other_offer_still_alternative():
    s = read_situation("Offered 52k for the ops job, I asked 60k. I have another offer for 57k from a logistics firm, signed last week.")
    assert s.alternative is not None and s.alternative.amount == 57000


# a candidate out of work has no job to fall back on: walking is a loss, not a threat
def test_out_of_work_is_no_alternative():
    s = read_situation("They offered me 41k as a lab tech. I'm unemployed since the spring and rent is due. I asked for 46k.")
    assert s.no_alternative is not None


def test_their_unemployment_is_not_mine():
    s = read_situation("I'm hiring a lab tech. She's been out of work for a year, so I plan to offer 38k.")
    assert s.no_alternative is None


def test_out_of_work_bluff_is_weaker_than_offer():
    codes, move = _codes("They offered 41k. I'm unemployed since the spring. Thinking to say I'll walk unless they give 46k.", "walkaway")
    assert {"walkaway-bluff", "batna-weaker-than-offer"} <= codes
    assert move != "walk-away"


# another party's work confirmed to a freelancer is the alternative, even past a "6-month" in the phrase
def test_confirmed_gig_elsewhere_is_alternative():
    s = read_situation("I'm a freelance data engineer. The bank offered £480/day. I asked £600. "
                       "A second client has confirmed a 4-month contract at £560/day, starting in May.")
    assert s.alternative is not None and s.alternative.amount == 560


def test_rival_agency_bid_stays_theirs():
    s = read_situation("I'm a freelance designer quoting a retailer. They said another agency bid £9,000 for the same brief. I quoted £12,000.")
    assert s.alternative is None or s.alternative.amount != 9000


def test_compound_count_does_not_cut_cue():
    s = read_situation("The startup offered $95/hr. Another studio offered me a 3-week project at $120/hr.")
    assert s.alternative is not None and s.alternative.amount == 120


def test_strategic_walk_with_confirmed_gig():
    codes, move = _codes("Contractor here. The client's final rate is $70/hr and my floor is $80/hr. "
                         "Another agency has confirmed a 6-month role at $90/hr for me. Should I walk?", "walkaway")
    assert "batna-stronger-than-offer" in codes and "walkaway-bluff" not in codes
    assert move == "walk-away"


# work the user says they could take instead is their alternative, not a market figure
def test_could_take_instead_is_alternative():
    s = read_situation("Copywriter. The brand offers 0.12 per word, I quoted 0.20. An old client has a whitepaper at 0.16 that I could do instead.")
    assert s.alternative is not None and s.alternative.amount == 0.16


def test_could_take_instead_near_miss():
    s = read_situation("Copywriter. The brand offers 0.12 per word, I quoted 0.20. An old client paid 0.16 last year.")
    assert s.alternative is None or s.alternative.amount != 0.16


# their "final rate" or "best fee" is their offer, as their "final price" already was
def test_their_final_rate_is_their_offer():
    s = read_situation("Freelance tester. The client's final rate is €540/day. I had quoted €650.")
    assert [o.amount for o in s.offers if o.by == "them"] == [540]


def test_my_final_rate_is_not_theirs():
    s = read_situation("Freelance tester. The client offered €500/day. My final rate is €600.")
    assert [o.amount for o in s.offers if o.by == "them"] == [500]
