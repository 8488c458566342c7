"""Labelling amounts in everyday phrasings: alternatives, walk-away points, whose offer, short quotes."""

from __future__ import annotations

import pytest

from board.facts import label_amounts
from board.situation import read_situation


def labels(text: str, role: str | None = None) -> list[tuple[str, float]]:
    return [(x.label, x.mention.value) for x in label_amounts(text, role=role)]


@pytest.mark.parametrize("text", [
    "Another buyer offered me $750 for the bike.",
    "I have another buyer who would pay $750.",
    "A second bidder put in $750 yesterday.",
    "A rival firm has offered $750 for the same job.",
    "If this falls through I can sell it to a shop for $750.",
    "If they say no, I could always buy the same model elsewhere for $750.",
    "The pawn shop down the road has the same one for $750.",
    "My fallback: a dealer pays $750 cash.",
])
def test_other_parties_numbers_are_the_alternative(text: str) -> None:
    assert labels(text) == [("alternative", 750)]


def test_moving_elsewhere_is_the_alternative_not_a_concession() -> None:
    s = read_situation("I'm the tenant. The landlord wants $2,500. I could move to a flat across town for $2,200.")
    assert s.alternative.amount == 2_200
    assert not any(p.amount == 2_200 for p in s.plans)


@pytest.mark.parametrize("text, amount", [
    ("I'd pay at most $2,300 for the flat.", 2_300),
    ("I'm not moving jobs for less than $90k.", 90_000),
    ("We wouldn't sell for anything under €300.000.", 300_000),
    ("Anything below $40 an hour isn't worth my time.", 40),
    ("$1,900 a month is the most I can stretch to.", 1_900),
    ("Below £50 a day I'd rather not bother, that's my limit.", 50),
    ("Management said anything up to $3.10 a unit is acceptable.", 3.10),
])
def test_walk_away_points_in_many_words(text: str, amount: float) -> None:
    assert ("reservation", amount) in labels(text)


@pytest.mark.parametrize("text, side", [
    ("The couple offered €228.000 on Monday.", "them_offer"),
    ("She threw out $118k before I'd said a word.", "them_offer"),
    ("Their buyer came back with $4.05 a part.", "them_offer"),
    ("He's only come down to 30,500 dollars.", "them_offer"),
    ("I told him I'd do $900 cash.", "me_offer"),
    ("We put in $410k on Friday.", "me_offer"),
])
def test_whose_offer_comes_from_the_subject(text: str, side: str) -> None:
    assert [lab for lab, _ in labels(text)] == [side]


def test_a_number_in_their_quoted_words_is_theirs() -> None:
    got = labels('The rep said "I can stretch to $58k but my director will not go lower."')
    assert got == [("them_offer", 58_000)]


def test_market_sources_are_not_offers() -> None:
    assert labels("A salary site says $90k-$110k for this role.")[0][0] == "market"


@pytest.mark.parametrize("text, amount", [
    ("I'm making $131k right now at my current place.", 131_000),
    ("My salary is $74,000 and they offered $80,000.", 74_000),
    ("I'm on £15.20 an hour at my current job.", 15.20),
    ("I currently earn 62k.", 62_000),
])
def test_current_pay_is_a_candidates_alternative(text: str, amount: float) -> None:
    s = read_situation("Job offer negotiation, I'm the candidate. " + text)
    assert s.alternative is not None and s.alternative.amount == amount


def test_current_rent_is_an_alternative_only_when_staying_is_possible() -> None:
    stay = read_situation("I'm the tenant. My current rent is $1,800 and I could just stay. The new place wants $2,000.")
    assert stay.alternative.amount == 1_800
    renewal = read_situation("I'm the tenant. My current rent is $1,800 and the landlord wants $2,000 at renewal.")
    assert renewal.alternative is None


def test_counts_beside_money_are_not_amounts() -> None:
    s = read_situation("They offered $118k and I want at least 3 remote days a week.")
    assert s.reservation is None
    assert [o.amount for o in s.offers] == [118_000]


def test_offer_words_are_the_clause_not_the_message() -> None:
    text = ("We've been talking for weeks and I'm tired; the recruiter finally called this morning, after a long silence, "
            "and she offered $95k base, which is less than I hoped, but I also have a call with another company on Friday.")
    s = read_situation(text)
    offer = s.offers[0]
    assert "$95k" in offer.words and len(offer.words) < len(text) / 2


def test_denied_alternative_is_not_one() -> None:
    assert labels("I don't have another offer at $80k, sadly.") != [("alternative", 80_000)]


def test_a_price_rise_is_their_offer() -> None:
    s = read_situation("Our supplier says the unit price goes from £0.84 to £0.94 next quarter.")
    assert [o.amount for o in s.offers if o.by == "them"] == [0.94]


def test_a_correction_replaces_the_offer_it_names() -> None:
    s = read_situation("I'm selling my bike. They offered $750.")
    s = read_situation("Sorry, typo: their offer was $720, not $750.", s)
    assert [(o.by, o.amount) for o in s.offers] == [("them", 720)]
    assert "720" in s.offers[0].words


def test_restating_an_offer_does_not_duplicate_it() -> None:
    s = read_situation("I'm selling my bike. They offered $750.")
    s = read_situation("They offered $750.", s)
    assert [(o.by, o.amount) for o in s.offers] == [("them", 750)]


@pytest.mark.parametrize("text, offer, alternative", [
    ("I'm selling my car. The dealer offered $18,000. Carmax will give me $19,500 tomorrow.", 18000, 19500),
    ("Selling my truck, guy offered 9k. Plan B is trading it in, which they said is worth about 8,200.", 9000, 8200),
    ("Client offered $90/hour. Worst case I go back to my agency work at $75/hour.", 90, 75),
    ("They offered 4,500 for the equipment. A reseller already agreed to buy it for 4,800.", 4500, 4800),
    ("Offer came in at $40k. Fallback: the old vendor at $44k.", 40000, 44000),
])
def test_a_fallback_in_new_words_is_the_alternative(text: str, offer: float, alternative: float) -> None:
    s = read_situation(text)
    assert [(o.by, o.amount) for o in s.offers] == [("them", offer)]
    assert s.alternative is not None and s.alternative.amount == alternative


@pytest.mark.parametrize("text", [
    "No other offers yet, they offered 310 for the couch.",
    "Selling my car to Carvana. Carvana will give me $310.",
])
def test_the_counterpartys_own_offer_is_not_an_alternative(text: str) -> None:
    s = read_situation(text)
    assert [(o.by, o.amount) for o in s.offers] == [("them", 310)]
    assert s.alternative is None or s.alternative.amount is None


@pytest.mark.parametrize("text, offer, floor", [
    ("Landlord wants 2,400 a month. My line in the sand is 2,200.", 2400, 2200),
    ("The dealer's at 21,500. My ceiling is 20 grand.", 21500, 20000),
    ("The seller is at 14k and won't move. Deal-breaker is 13k.", 14000, 13000),
])
def test_lines_in_the_sand_and_where_they_stand(text: str, offer: float, floor: float) -> None:
    s = read_situation(text)
    assert [(o.by, o.amount) for o in s.offers] == [("them", offer)]
    assert s.reservation is not None and s.reservation.amount == floor


@pytest.mark.parametrize("text, offer", [
    ("Their new ops manager says they're restructuring, the max is now £32/hour, take it or leave it.", 32),
    ("The recruiter said the budget for this role tops out at 95k.", 95000),
])
def test_a_limit_they_state_in_reported_speech_is_their_offer(text: str, offer: float) -> None:
    s = read_situation(text)
    assert [(o.by, o.amount) for o in s.offers] == [("them", offer)]
    assert s.reservation is None


def test_a_second_written_offer_i_also_have_is_the_alternative() -> None:
    s = read_situation("Offer from a startup: €60.000 base. I also have a written offer from a big corporate at €67.500.")
    assert [(o.by, o.amount) for o in s.offers] == [("them", 60000)]
    assert s.alternative is not None and s.alternative.amount == 67500


@pytest.mark.parametrize("text, expect", [
    ("Recruiter just called: Senior Analyst, 84 thousand base + 10% bonus. I'm currently at $71k and not in a hurry to leave.",
     {"them": [84000], "alternative": 71000}),
    ("Landlord texted: rent is going from 1,650 to 1,900 when my lease renews.", {"them": [1900]}),
    ("Roofer #1 quoted $22,400 to replace our roof. Another company quoted $16,900. I told him about the other quote and he came down to $20,500.",
     {"them": [22400, 20500], "alternative": 16900, "role": "client"}),
    ("They're at $148k/yr. A competitor came in at $125k/yr, but we'd rather stay if they got to around 135k.",
     {"them": [148000], "alternative": 125000, "reservation": 135000}),
])
def test_offers_and_fallbacks_stated_without_the_usual_verbs(text: str, expect: dict) -> None:
    s = read_situation(text)
    assert [o.amount for o in s.offers if o.by == "them"] == expect["them"]
    if "alternative" in expect:
        assert s.alternative is not None and s.alternative.amount == expect["alternative"]
    if "reservation" in expect:
        assert s.reservation is not None and s.reservation.amount == expect["reservation"]
    if "role" in expect:
        assert s.role == expect["role"]


@pytest.mark.parametrize("text, floor", [
    ("They want €9.800/month. I'd happily pay €9.200 to stay.", 9200),
    ("Offer is 48k. Honestly I'd still take 45k if nothing better comes.", 45000),
])
def test_what_i_would_still_take_is_the_walk_away_point(text: str, floor: float) -> None:
    s = read_situation(text)
    assert s.reservation is not None and s.reservation.amount == floor


@pytest.mark.parametrize("text, offer", [
    ("List is £23,995. The sales manager said £500 off and a set of mats, that's it.", 23495),
    ("Asking 12k. He offered to knock 800 off if I pay cash.", 11200),
])
def test_an_amount_off_the_price_is_the_price_less_that_amount(text: str, offer: float) -> None:
    assert [(o.by, o.amount) for o in read_situation(text).offers] == [("them", offer)]


@pytest.mark.parametrize("text, expect", [
    ("Tenant here. Landlord: as the fixed term ends, new rent will be £1,700 pcm from next month.\n"
     "I'd move if it ever went past £1,600. I've already viewed a flat 10 min away, same size, £1,550 pcm.",
     {"them": [1700], "reservation": 1600, "alternative": 1550}),
    ("A pharma client is offering CHF 120/h. My line is CHF 140/h. Meanwhile an insurer has sent me a contract at CHF 150/h.",
     {"them": [120], "reservation": 140, "alternative": 150}),
    ("I am landlord. They sent me this:\nTenant: we found a flat for €1.050. If you cannot lower to €1.080 we will have to leave.",
     {"them": [1080]}),
    ("My co-founder wants to buy me out: £90,000 for my half. If we can't agree, we wind it down, which would give each of us roughly £100k.",
     {"them": [90000], "alternative": 100000, "role": "seller"}),
])
def test_new_prices_their_lines_and_fallbacks_in_more_words(text: str, expect: dict) -> None:
    s = read_situation(text)
    assert [o.amount for o in s.offers if o.by == "them"] == expect["them"]
    for key in ("reservation", "alternative"):
        if key in expect:
            assert getattr(s, key) is not None and getattr(s, key).amount == expect[key]
    if "alternative" not in expect:
        assert s.alternative is None or s.alternative.amount != 1050  # their fallback is not mine
    if "role" in expect:
        assert s.role == expect["role"]


@pytest.mark.parametrize("text, offers", [
    ("I'm selling my bike. Asked 500, I dropped to 450 last week. Buyer offered 380.", [("me", 500), ("me", 450), ("them", 380)]),
    ("I'm at 12,000 and the dealer is at 13,500.", [("me", 12000), ("them", 13500)]),
    ("Buyer's at 380k and I'm at 410k.", [("them", 380000), ("me", 410000)]),
    ("They want net 60 payment terms and a price of $40,000.", [("them", 40000)]),
])
def test_where_each_side_stands_and_what_is_not_a_price(text: str, offers: list) -> None:
    assert [(o.by, o.amount) for o in read_situation(text).offers] == offers


@pytest.mark.parametrize("text", [
    "Indie musician here. An ad agency wants one of my songs and offered $4,000. I decided beforehand I don't license for TV under $6,500.",
    "I'm selling my bike. They offered $4,000. I don't sell under $6,500.",
])
def test_a_rule_i_keep_is_the_walk_away_point(text: str) -> None:
    s = read_situation(text)
    assert s.wants == "more"
    assert s.reservation is not None and s.reservation.amount == 6500


def test_a_denial_about_knowing_is_not_a_line() -> None:
    s = read_situation("I don't know what it's worth, they offered under 500.")
    assert s.reservation is None


def test_a_relative_clause_does_not_make_their_price_mine() -> None:
    s = read_situation("The venue we love sent their package: €18.500 for a Saturday. On the day I offered 15.000 they said no.")
    assert [(o.by, o.amount) for o in s.offers] == [("them", 18500), ("me", 15000)]


@pytest.mark.parametrize("text", [
    "I'm buying a bakery. I'd pay up to $240k max, it does $520k turnover a year.",
    "Buying a small agency: my ceiling is $240k tops — they have $900k in annual revenue.",
    "I won't pay more than $240k for the shop; it makes about $60k profit.",
    "Looking at a bar, I'll go to $240k at most; it does $700k in sales.",
])
def test_a_business_figure_is_not_a_price(text: str) -> None:
    s = read_situation(text)
    assert s.reservation is not None and s.reservation.amount == 240000
    assert s.offers == [] and s.asking is None


@pytest.mark.parametrize("text", [
    "The seller wants $520k for the bakery.",
    "They offered $900k for my agency.",
    "The sales guy quoted $700k for the fleet.",
])
def test_a_price_with_no_business_figure_after_it_stays_a_price(text: str) -> None:
    s = read_situation(text)
    assert [o.amount for o in s.offers] + ([s.asking.amount] if s.asking else []) != []


@pytest.mark.parametrize("text, amount", [
    ("We pay $1,000 a month now. Our CFO wants the increase under 5%.", 1050),
    ("We pay $1,000 a month now. My boss says keep it below $1,040.", 1040),
    ("We pay $1,000 a month now.\n- finance needs the increase kept within 3%", 1030),
    ("We pay $1,000 a month now. My partner wants the rise no more than 4%.", 1040),
])
def test_a_bound_from_my_own_side_is_my_line(text: str, amount: float) -> None:
    s = read_situation(text)
    assert s.reservation is not None and s.reservation.amount == amount
    assert all(o.by != "them" for o in s.offers)


@pytest.mark.parametrize("text", [
    "We pay $1,000 a month now. Their finance team wants the increase above 8%.",
    "We pay $1,000 a month now. They want $1,080.",
])
def test_a_bound_from_their_side_stays_their_number(text: str) -> None:
    s = read_situation(text)
    assert s.reservation is None
    assert [(o.by, o.amount) for o in s.offers] == [("them", 1080)]


@pytest.mark.parametrize("text, mine, theirs", [
    ('Quoted the museum €9,500 for the exhibition photos. The curator wrote back: "We adore the portfolio, though we had in mind '
     'something around €7,000."', 9500, 7000),
    ("I quoted $3,000 for the logo set. Their reply:\n\n> Thanks Marco - we were thinking more like $2,200 for the whole set.\n", 3000, 2200),
    ('Sent over my proposal at £12,000 for the audit. Got this back: "Great work so far. Honestly we were picturing closer to £9,000."', 12000, 9000),
])
def test_a_number_they_had_in_mind_in_their_own_words_is_their_offer(text, mine, theirs):
    s = read_situation(text)
    assert [(o.by, o.amount) for o in s.offers] == [("me", mine), ("them", theirs)]
    assert not [p for p in s.plans if p.amount == theirs]


@pytest.mark.parametrize("text", [
    "I quoted $3,000 for the logo set, but honestly I was thinking more like $2,200 would land it.",
    "We were thinking closer to €7,000 as our opening for the exhibition photos.",
])
def test_my_own_thinking_is_not_their_offer(text):
    s = read_situation(text)
    assert not [o for o in s.offers if o.by == "them"]


@pytest.mark.parametrize(("text", "first"), [
    ("Listed the bike at 900. Guy came round Sunday, rode it, offered 650. I said 850.", ("them", 650)),
    ("Asking 12k for the boat. A couple looked at it today, loved it, offered 9.5. I countered at 11.5.", ("them", 9_500)),
    ("Selling my sofa, asked $900, got no replies.", None),
])
def test_a_sentence_opening_on_their_person_makes_the_bare_verb_theirs(text, first):
    s = read_situation(text)
    offers = [(o.by, o.amount) for o in s.offers]
    if first is None:
        assert all(by == "me" for by, _ in offers)
    else:
        assert offers[0] == first


@pytest.mark.parametrize(("text", "offer"), [
    ("I rent a studio. Landlord: Rent's going from $1,300 to $1,520 when the lease renews.\nMe: let me think about it.", 1520),
    ("We lease the workshop. The renewal letter says base rent goes from $18/sf to $23/sf.", 23),
    ("Our software subscription is going up from $400 to $520 a month at renewal.", 520),
])
def test_a_price_going_from_one_figure_to_another_puts_the_new_one_on_the_table(text, offer):
    s = read_situation(text)
    assert [o.amount for o in s.offers if o.by == "them"][-1] == offer


def test_a_span_of_values_from_one_figure_to_another_is_no_offer():
    s = read_situation("Similar vans sell for anywhere from $9,000 to $11,000.")
    assert not s.offers and s.market_range is not None


@pytest.mark.parametrize("text", [
    "I rent a flat. We toured a comparable 3-bed near the park, $1,850/mo, and the agent said it's ours if we sign.",
    "We rent our place. Yesterday I viewed a two bedroom round the corner for $1,850 a month.",
])
def test_a_place_viewed_by_its_bedroom_count_is_the_alternative(text):
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == 1850


@pytest.mark.parametrize("text, theirs", [
    ("- we opened at $210, they were at $260\n- we went 225, they went 250", [260, 250]),
    ("I offered 14k. He was at 17k and then came down to 16k.", [17_000, 16_000]),
])
def test_they_were_at_is_their_number_not_mine(text: str, theirs: list[float]) -> None:
    s = read_situation(text)
    assert [o.amount for o in s.offers if o.by == "them"] == theirs


@pytest.mark.parametrize("text, issue", [
    ("Supplier says 4.20 a unit, but only if we commit to a 2-year agreement.", "contract length"),
    ("The other mill quoted 3.90 with 10-week lead times versus 4 weeks now.", "timeline"),
])
def test_a_commitment_term_or_a_lead_time_is_a_tradeable_issue(text: str, issue: str) -> None:
    assert issue in read_situation(text).issues


@pytest.mark.parametrize("text, pct", [
    ("Our courier announced +12% on all parcels from March. Another courier quoted +4%.", 12),
    ("The cleaning firm notified us of +9% from next quarter.", 9),
])
def test_a_signed_change_they_announced_is_their_offer(text: str, pct: float) -> None:
    s = read_situation(text)
    assert [(o.by, o.amount) for o in s.offers][:1] == [("them", pct)]


def test_a_signed_figure_of_another_party_is_not_their_offer() -> None:
    s = read_situation("Our courier wants more. Another courier announced +4% for new customers.")
    assert not any(o.by == "them" and o.amount == 4 for o in s.offers)
