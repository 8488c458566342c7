"""How people state which way is better, a quote they received, and a claim they only mean to make."""

from __future__ import annotations

import pytest

from board.situation import read_situation


@pytest.mark.parametrize("text", [
    "The client offered 450 a day. My minimum for this kind of work is 550 a day.",
    "They came back with £400. I decided I wouldn't settle for less than £900.",
    "Got 3,100 from them. My floor is 3,500, honestly.",
    "Offer is 62k. I won't go below 70k on this.",
])
def test_a_floor_means_more_is_better(text):
    s = read_situation(text)
    assert s.reservation is not None
    assert s.wants == "more"


@pytest.mark.parametrize("text", [
    "Their number is 48,000. My budget tops out at 45,000.",
    "They want €0.47 a unit. Our approved ceiling is €0.45.",
    "The quote came in at 9,800. We can't pay more than 9,000.",
])
def test_a_ceiling_means_less_is_better(text):
    s = read_situation(text)
    assert s.reservation is not None
    assert s.wants == "less"


def test_no_direction_when_the_line_says_neither_way():
    s = read_situation("They offered 500. My walk-away point is 520.")
    assert s.wants is None


@pytest.mark.parametrize("text, amount", [
    ("We got a quote of €14,500 from a small studio for the website.", 14500),
    ("I received an estimate of $3,200 from the roofer.", 3200),
    ("We have a bid of £8,000 from the builder for the extension.", 8000),
])
def test_a_quote_received_is_their_offer(text, amount):
    s = read_situation(text)
    assert [(o.by, o.amount) for o in s.offers] == [("them", amount)]


@pytest.mark.parametrize("text", [
    "Supplier says €0.47 is final. We also have a written quote from Cartonia at €0.44 for the same spec.",
    "The dealer wants 21,500. We also got an offer from Autohaus at 20,900.",
    "They're at 95k. I also have an offer from a bank for 101k.",
])
def test_also_having_a_quote_from_another_party_is_the_alternative(text):
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount is not None
    assert s.alternative.amount not in [o.amount for o in s.offers]


@pytest.mark.parametrize("text", [
    "Offer is $95k. My plan is to tell her I have another offer at $110k so they match it.",
    "They offered 60k. I'm going to say I've got another offer at 70k and see what happens.",
    "Got 40k from them. Thinking of telling them we have a competing offer for 48k.",
])
def test_an_alternative_the_user_means_to_claim_is_not_one_in_hand(text):
    s = read_situation(text)
    assert s.alternative is None or s.alternative.amount is None
    assert not (s.alternative and "offer" in s.alternative.words and any(w in s.alternative.words for w in ("tell", "say", "telling")))


@pytest.mark.parametrize("text", [
    "They quoted €14,500. Plan is to reply that our budget is €9k flat.",
    "Quote came in at 12,000. I'm going to tell them our max is 10,000.",
    "Their price is $2,400. We'll email back that our budget is $2,000.",
])
def test_a_budget_the_user_means_to_state_is_a_move(text):
    s = read_situation(text)
    assert s.reservation is None
    assert any(p.amount is not None for p in s.plans)


@pytest.mark.parametrize("text", [
    "They offered 60k. I have another offer at 70k from a bank, signed last week.",
    "They quoted 12,000. Our budget is 10,000 and I told the team.",
    "Offer is 95k. I'll tell her tomorrow; I do have another offer at 105k in writing.",
])
def test_facts_stated_plainly_stay_facts(text):
    s = read_situation(text)
    assert (s.alternative is not None and s.alternative.amount) or s.reservation is not None


@pytest.mark.parametrize("text, amount", [
    ("Email from the supplier:\n\n> We've looked again and $12.40 a unit is our best price.\n\nMy budget is $12.", 12.40),
    ("The owner texted:\n\nOwner: £185k is my final figure.\n\nI'd go to £195k max.", 185000),
    ("Her message:\n\nSophie: sorry, my director won't sign off anything above £350/day.\n\nMy floor is £400/day.", 350),
    ("Their reply:\n\n> Thanks for the proposal. Could you do it for €4.200?\n\nMy minimum is €3.500.", 4200),
])
def test_a_number_in_their_pasted_words_is_their_offer(text, amount):
    s = read_situation(text)
    assert ("them", amount) in [(o.by, o.amount) for o in s.offers]


@pytest.mark.parametrize("text", [
    "Target: 90k. Floor: 80k. They offered 85k.",
    "Background: my minimum for this work is €550/day. They offered €450/day.",
    "Update: they came back at 50k, my floor is 55k.",
])
def test_notes_under_a_heading_are_not_their_words(text):
    s = read_situation(text)
    assert s.reservation is not None
    assert all(o.amount != s.reservation.amount for o in s.offers)


def test_their_best_price_is_their_offer_and_a_line_can_be_set_by_the_next_sentence() -> None:
    s = read_situation('List is $162,000. The salesman\'s "best price" is $148,500 including install.')
    assert [(o.by, o.amount) for o in s.offers] == [("them", 148_500)] and s.asking.amount == 162_000
    assert read_situation("His best price is $148,500.").offers[0].by == "them"
    assert read_situation("My best price is $150k.").offers == []
    s = read_situation("They offered €72k. I'd honestly sign with them at €77k. Below that I take the other one.")
    assert s.reservation.amount == 77_000
    assert read_situation("They offered €72k. I'd sign at €77k. Below that is a bad deal.").reservation is None


def test_a_quoted_rate_can_be_my_offer_and_my_line_and_another_client_paying_me_is_an_alternative() -> None:
    s = read_situation("Freelance translator. I quoted €0.085/word, which is exactly my minimum. They replied: \"We can offer €0.075.\" "
                       "Meanwhile another agency I already work with pays me €0.08. I'm thinking I just decline politely.")
    assert [(o.by, o.amount) for o in s.offers] == [("me", 0.085), ("them", 0.075)]
    assert s.reservation.amount == 0.085 and s.alternative.amount == 0.08
    assert any(p.action == "walk" for p in s.plans)
    assert read_situation("My current employer pays me 80k.").alternative is None


def test_their_number_praised_in_their_own_words_is_their_offer() -> None:
    s = read_situation('I\'m the tenant. Dana (asset manager), ice cold: "At $38/sf we\'re already being generous."')
    assert [(o.by, o.amount) for o in s.offers] == [("them", 38)]


@pytest.mark.parametrize("text", [
    "My plan is to say $85/hour bc that's the absolute minimum I'd take.",
    "I'm going to quote $85 an hour, which is my floor.",
    "I'll open at $85/hr, it's my bottom line.",
])
def test_a_planned_number_that_is_also_my_line_is_both(text: str) -> None:
    s = read_situation(text)
    assert s.reservation.amount == 85 and [(p.action, p.amount) for p in s.plans if p.amount] == [("open", 85)]


def test_their_budget_quoted_back_is_not_my_line() -> None:
    s = read_situation("I asked for a raise to $95k and my manager came back with $86k, said that's what the budget allows this cycle.")
    assert s.reservation is None


@pytest.mark.parametrize(("text", "issue"), [
    ("They'd also like to use the artwork for merch and for the audiobook cover.", "rights"),
    ("Other stuff is open too: royalty (they say 7%) and the ad fund.", "royalties"),
    ("We can close in 21 days and skip the sale-of-home contingency.", "contingencies"),
    ("He has a set of winter tires on rims he doesn't need.", "extras"),
    ("We could do a Friday or a Sunday, or drop the drinks package.", "timeline"),
    ("I could sign for 24 months instead of 12.", "lease length"),
])
def test_more_tradeable_issues(text: str, issue: str) -> None:
    assert issue in read_situation(text).issues


def test_an_employers_plan_to_come_in_low_and_a_time_of_day_are_read() -> None:
    s = read_situation("I'm an engineering manager about to make an offer to a senior data engineer. My plan is to come in at $125k.")
    assert s.role == "employer" and [(p.action, p.amount) for p in s.plans] == [("open", 125_000)]
    s = read_situation("I'm buying a bike.\nMe: would you do 8,500?\nRick: $9,400 out the door, that's it. I've got a guy coming in at 3 who'll take it at that.")
    assert [(o.by, o.amount) for o in s.offers] == [("me", 8_500), ("them", 9_400)]


@pytest.mark.parametrize("text", [
    "The coordinator said the date is only held until Friday, and she'll knock 10% off if we sign by then.",
    "Renewal date is the 30th, 10 days from now.",
    "I start a new job Monday that's 60 miles away, so I need a car.",
])
def test_deadlines_said_in_passing(text: str) -> None:
    assert read_situation(text).deadline


def test_a_renewal_rate_for_a_term_is_their_offer() -> None:
    s = read_situation("> The renewal rate for a 12-month term will be $2,950/month (current: $2,400).")
    assert [(o.by, o.amount) for o in s.offers] == [("them", 2_950)]
    assert read_situation("I start my morning shift Monday.").deadline is None


@pytest.mark.parametrize("text", [
    "Signed an LOI to sell my bakery for $640k. Now the buyer wants the delivery van thrown in.",
    "We signed a term sheet with the fund at $4M pre. They're now asking for a board seat.",
    "I signed a letter of intent with a buyer for my dental practice at 1.1M last month.",
])
def test_a_signed_loi_or_term_sheet_is_an_agreement(text):
    assert read_situation(text).agreed is not None


@pytest.mark.parametrize("text", [
    "Site two: their LOI is signed on their side and good for a week; I haven't signed anything.",
    "The landlord signed on his end, I still have to decide between the two units.",
    "We haven't signed an LOI yet; they offered 900k.",
])
def test_a_one_sided_or_denied_signature_is_no_agreement(text):
    assert read_situation(text).agreed is None


def test_an_loi_to_sell_my_business_makes_me_the_seller():
    s = read_situation("Signed an LOI to sell my landscaping company for $800k. Due diligence starts Monday.")
    assert s.role == "seller" and s.wants == "more"
    assert [o.amount for o in s.offers if o.by == "them"] == [800_000]


@pytest.mark.parametrize("text", [
    "My agent expects the developer will open around 300k for the lot.",
    "My union rep thinks the company will open low, maybe 2-3% on wages.",
    "The consultant reckons they're going to lowball at $40k.",
])
def test_a_forecast_of_their_opening_is_not_their_offer(text):
    s = read_situation(text)
    assert not [o for o in s.offers if o.by == "them"]
    assert s.market_range is None or s.market_range.low >= 40_000 or "open" not in s.market_range.words


def test_their_actual_opening_is_still_an_offer():
    s = read_situation("The developer opened at 300k for the lot. My agent thinks we can get 380k.")
    assert [o.amount for o in s.offers if o.by == "them"] == [300_000]


@pytest.mark.parametrize("text", [
    "Slipped on a wet floor at a supermarket, my personal injury lawyer wants to know what to ask for. Bills are $22k.",
    "Our wrongful dismissal claim is with a solicitor now; they offered 3 months' pay.",
])
def test_a_claim_of_my_own_makes_me_the_claimant(text):
    s = read_situation(text)
    assert s.role == "claimant" and s.wants == "more"


@pytest.mark.parametrize("text", [
    "The contractor offered $4k back for the botched roof. If it goes to small claims I'd probably get more.",
    "Landlord is keeping the whole $2,000 deposit. We could take him to small claims, it's cheap.",
])
def test_going_to_court_is_an_alternative(text):
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount is None


def test_threatening_to_sue_is_a_plan_not_an_alternative():
    s = read_situation("Adjuster says $6,000 is final. I'll sue if they don't pay $8,000, though I can't afford a lawyer.")
    assert s.alternative is None


def test_prepared_to_proceed_at_a_price_is_their_offer():
    s = read_situation("Selling my cafe. Their broker emailed:\n> Our client is prepared to proceed at $310,000.\nWe'd agreed 350k.")
    assert [o.amount for o in s.offers if o.by == "them"][:1] == [310_000]


def test_not_able_to_proceed_at_a_price_is_no_offer_there():
    s = read_situation("Selling my flat. Buyer's solicitor wrote:\n> We are not able to proceed at the agreed £300,000.")
    assert s.market_range is None


@pytest.mark.parametrize("text", [
    "Our COO wants me to reply that we accept. The supplier wants 8% more from June.",
    "Our co-packer just emailed a 10% increase. Finance wants me to push back hard.",
])
def test_my_own_side_wanting_me_to_act_is_no_job_offer(text):
    assert read_situation(text).role != "candidate"


def test_a_manufacturer_of_ours_makes_us_the_client():
    assert read_situation("Our die caster is putting up prices again; we buy about 20k parts a year from them.").role == "client"


@pytest.mark.parametrize("text", [
    "The board wants me to reply that we're pulling the account if they don't hold price.",
    "I'm going to respond that we're switching suppliers.",
])
def test_replying_that_we_leave_is_a_walk_plan(text):
    assert any(p.action == "walk" for p in read_situation(text).plans)


def test_replying_that_we_accept_is_no_walk_plan():
    assert not any(p.action == "walk" for p in read_situation("I'm going to reply that we're happy to sign.").plans)


@pytest.mark.parametrize("text", [
    "Our cleaning contractor says rates rise 9% effective April 1. We'd like to push back.",
    "Notice from the landlord: the new rent of $2,300 takes effect next month, increase effective the 1st.",
])
def test_a_price_change_effective_on_a_date_is_a_deadline(text):
    assert read_situation(text).deadline is not None


def test_an_effective_date_of_a_past_deal_without_a_change_is_no_deadline():
    assert read_situation("Our contract, effective since 2019, pays $40/hour. They offered $42.").deadline is None


@pytest.mark.parametrize("text, line", [
    ("Warehouse lease: the landlord's renewal letter has $12/sf going to $15/sf. We spent $200k and $90k on racking. We won't go over 13.", 13),
    ("The mill quoted $4.40/kg, up from $3.90/kg, on about $300k and $250k of yarn a year. Our ceiling is 4.10.", 4.10),
])
def test_a_bare_number_beside_a_price_per_unit_stays_at_that_scale(text, line):
    s = read_situation(text)
    assert s.reservation is not None and s.reservation.amount == line


def test_a_bare_number_beside_a_total_is_still_read_in_thousands():
    s = read_situation("The car is listed at $24,500 and costs $40/month to insure. I won't pay more than 22.")
    assert s.reservation is not None and s.reservation.amount == 22_000


def test_the_landlords_renewal_letter_makes_me_the_tenant():
    s = read_situation("Landlord's renewal letter came: $2,450 a month from $2,200. I'd like to stay under 2,300.")
    assert s.role == "tenant" and s.wants == "less"


@pytest.mark.parametrize("text", [
    "Plan B is the roaster in Bristol who quoted about the same, but we'd need £15k of new set-up work first.",
    "Relocating the shop would cost us about $80k and six weeks closed.",
])
def test_what_switching_costs_is_not_the_alternatives_value(text):
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount is None


def test_their_plan_b_is_not_my_alternative():
    s = read_situation("The buyer says their plan B is a bigger unit two streets over. They offered $410k.")
    assert s.alternative is None
