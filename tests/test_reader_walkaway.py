"""The walkaway reading: alternatives named without a value, the user's own walk threats,
'nothing else lined up', and their threats to leave — with invented sentences."""

from __future__ import annotations

import pytest

from board.situation import read_situation


@pytest.mark.parametrize("text", [
    "I'm the tenant. The landlord wants $1,900 from May. Honestly we could always keep renting month to month here.",
    "We're buying a van, dealer says $31k. A rival dealer's quote is sitting in my inbox too.",
    "Selling the cottage to a cousin who offered $300k. If this falls through we'd list it with an estate agent.",
    "I'm the candidate, they offered $95k. I've got another offer as well but they haven't named a figure yet.",
    "Our payroll vendor wants $40k to renew. We could just stick with our current spreadsheet setup.",
    "Selling my bike, one guy offered $700. Plenty of other buyers have messaged about it.",
    "The caterer wants $9,000. The other caterer is still available for our date.",
])
def test_an_alternative_without_a_number_is_read(text: str) -> None:
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount is None
    assert s.no_alternative is None


@pytest.mark.parametrize("text", [
    "They offered $60k. I don't have another offer and nothing else is lined up.",
    "The buyer offered $410k. We haven't even started looking at other agents.",
    "Client wants 20% off my $5,000 fee. There's no plan B if they go.",
])
def test_no_alternative_is_read(text: str) -> None:
    s = read_situation(text)
    assert s.no_alternative and s.alternative is None


@pytest.mark.parametrize("text", [
    "The supplier quoted $12k. I'll reply that it's $10k or we're out.",
    "Landlord wants $2,600. I'm going to tell him we're moving elsewhere unless he keeps it at $2,400.",
    "They came back at $88k. Honestly I'm ready to walk.",
    "The agency asked for $15k. I'll tell them it's no deal.",
    "Our distributor wants 35%. I might threaten to pull the contract.",
    "I earn $70k. I plan to tell my boss I need $80k or I'm handing in my notice.",
    'The lessor is at 4.2k a month, we\'re at 3,600. My plan: on the Monday call say "we\'ll have to look elsewhere" and hang up.',
    "They won't budge from €950. I'm thinking of telling them we'll shop elsewhere.",
])
def test_a_walk_threat_is_a_walk_plan(text: str) -> None:
    s = read_situation(text)
    assert any(p.action == "walk" for p in s.plans)
    assert "tactic-walkaway-threat" not in [t.code.value for t in s.tactics]  # my words, not theirs


@pytest.mark.parametrize("text", [
    "They offered $60k. I'm not going to walk over this.",
    "They offered $60k and I can't walk away, we need the money.",
    "I'm going to walk into the meeting Monday and ask for $65k.",
    "I'm the tenant. I'll walk away if the rent is over $2,000.",
    'The rep said "you\'re welcome to look elsewhere" when I asked for $900.',
])
def test_denied_or_conditional_walks_are_not_plans(text: str) -> None:
    s = read_situation(text)
    assert not any(p.action == "walk" for p in s.plans)


def test_quitting_with_nothing_lined_up_has_no_alternative() -> None:
    s = read_situation("I make $65k. I'll tell my manager I want $75k or I'm quitting. I haven't started looking for other jobs.")
    assert s.no_alternative and s.alternative is None
    assert any(p.action == "walk" for p in s.plans)


def test_another_quote_in_a_chat_line_is_the_alternative_not_my_offer() -> None:
    text = ("Chat with the painter, I'm Me:\n\nPete: whole house comes to £6,400\n"
            "Me: hmm, we've got another quote at £5,100\nPete: best I can do is £6,200\n")
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == 5_100
    assert all(o.amount != 5_100 for o in s.offers)


def test_a_competitors_price_ready_to_sign_is_the_alternative() -> None:
    s = read_situation("Our CRM vendor wants $70k. We trialled a competitor and I have their contract ready to sign at $45k.")
    assert s.alternative is not None and s.alternative.amount == 45_000


@pytest.mark.parametrize("text,by", [
    ("The garage we visited quoted $3,200 for the repair.", "them"),
    ("I was offered $88k by the recruiter.", "them"),
    ("We finally offered $410k on the flat.", "me"),
    ("I have offered $40k already.", "me"),
])
def test_whose_offer_when_the_pronoun_has_a_verb_of_its_own(text: str, by: str) -> None:
    s = read_situation(text)
    assert [o.by for o in s.offers] == [by]


def test_minutes_are_not_a_minimum() -> None:
    s = read_situation("I'm the client. There's a second hall 20 min away, $9k for the day.")
    assert s.reservation is None


def test_the_number_to_match_is_the_rival_offer() -> None:
    s = read_situation("I'm the candidate. Acme offered $120k. I'll tell Acme that unless they match $131k I'm joining the other firm.")
    assert s.alternative is not None and s.alternative.amount == 131_000
    assert any(p.action == "walk" for p in s.plans)


def test_a_demand_after_unless_is_not_the_alternatives_price() -> None:
    s = read_situation("I'm the client. A rival printer quoted $2.10 a unit. I'll tell our printer we're switching to another shop unless they hold at $1.80.")
    assert s.alternative is not None and s.alternative.amount == 2.10


def test_a_price_rise_is_their_new_number() -> None:
    s = read_situation("I'm the tenant. The landlord says the rent goes from $1,400 to $1,650 in June.")
    assert [(o.by, o.amount) for o in s.offers] == [("them", 1_650)]


@pytest.mark.parametrize("text,amount", [
    ("I'm selling the agency. The trade buyer offered $2.4M. The PE firm will pay 2.8, I'm sure of it.", 2_800_000),
    ("I'm selling my boat, the marina offered $14k. A private buyer would easily pay $18k.", 18_000),
])
def test_another_partys_price_held_as_a_belief_is_an_alternative_and_an_assumption(text: str, amount: float) -> None:
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == amount
    assert s.alternative.words in s.assumptions


def test_the_counterpartys_own_would_pay_is_not_an_alternative() -> None:
    s = read_situation("The buyer offered $300k. The buyer would pay $320k if pushed.")
    assert s.alternative is None


def test_a_guess_that_they_would_pay_is_not_their_offer() -> None:
    s = read_situation("I'm selling my van. The dealer offered $9k. I'm sure they'd pay 11k if I held out.")
    assert [o.amount for o in s.offers] == [9_000]


def test_if_they_cant_then_im_going_with_the_other_is_a_walk_threat() -> None:
    s = read_situation("I'm the candidate, Beta offered $100k. I'll tell Beta the startup will pay $115k and if they can't get close I'm going with them.")
    assert any(p.action == "walk" for p in s.plans)
    assert s.alternative is not None and s.alternative.amount == 115_000 and s.alternative.words in s.assumptions


def test_threats_in_their_unquoted_message_are_their_tactic_not_my_plan() -> None:
    s = read_situation("I'm the landlord. The tenant texted me: drop it to $1,800 or we move out in May.")
    assert "tactic-walkaway-threat" in {t.code for t in s.tactics}
    assert not any(p.action == "walk" for p in s.plans)
    s = read_situation("I'm the seller. The buyer said: $400k, take it or we walk.")
    assert not any(p.action == "walk" for p in s.plans)


@pytest.mark.parametrize("text,amount", [
    ("Selling my drum kit. I really don't want to go under $900 for it.", 900),
    ("I'm the tenant. The flat is lovely. Above $1,700 a month we simply can't manage.", 1_700),
])
def test_walk_away_points_said_as_a_wish_or_opening_a_sentence(text: str, amount: float) -> None:
    s = read_situation(text)
    assert s.reservation is not None and s.reservation.amount == amount


def test_a_guess_about_them_or_a_past_price_is_not_my_line() -> None:
    assert read_situation("I don't think they'd go over $50k.").reservation is None
    assert read_situation("We didn't pay more than $30k last time.").reservation is None


def test_the_place_a_walk_threat_names_gives_the_alternative_its_value() -> None:
    text = ("I'm the client. The caterer quoted $9,500 for the party. There's a food-truck outfit nearby we like too, "
            "$8,200 with everything included. I want to tell the caterer we're going with the food-truck people unless they do $8,500.")
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == 8_200
    assert any(p.action == "walk" for p in s.plans)


@pytest.mark.parametrize("text", [
    "No other customer comes close in size and there's nothing big in the pipeline.",
    "The other two yards in the region are booked out through summer, I checked.",
    "The other venues we liked were all fully booked.",
])
def test_no_alternative_said_as_nobody_else_being_there(text: str) -> None:
    s = read_situation(text)
    assert s.no_alternative and s.alternative is None


def test_daring_them_to_leave_is_a_walk_of_mine_and_their_leaving_is_not() -> None:
    assert any(p.action == "walk" for p in read_situation("They said they'd switch. I'm tempted to tell them go ahead and switch.").plans)
    assert not any(p.action == "walk" for p in read_situation("I'm worried they might switch to a cheaper supplier.").plans)
    assert read_situation("Our biggest customer wants 10% off.").role == "vendor"


@pytest.mark.parametrize(("text", "alt", "line"), [
    ("Selling my car. I want about $23,000, and I'd take $21,000 before I'd go back to the dealer at $18,200.", None, 21_000),
    ("We're buying a venue. Their quote is €18.500. We have three written quotes: €11.200, €13.000 and €14.500.", 11_200, None),
    ("Client offered $6,500. Thing is, an agency I've worked with before has a project for those same weeks at $9,000 flat.", 9_000, None),
    ("Selling the bakery. I won't go under £360k; below that I'd rather keep running it.", "keep running", 360_000),
])
def test_lines_and_alternatives_said_in_passing(text: str, alt, line) -> None:
    s = read_situation(text)
    if isinstance(alt, str):
        assert alt in s.alternative.words and s.alternative.amount in (None, line)
    elif alt is not None:
        assert s.alternative.amount == alt
    if line is not None:
        assert s.reservation.amount == line
    assert all(o.amount != 11_200 for o in s.offers)  # quotes from other venues are not my offers


def test_thanks_but_no_to_the_first_client_is_a_walk() -> None:
    s = read_situation("They offered $6,500, my floor is $8,000. I'm leaning towards telling the first client thanks but no.")
    assert any(p.action == "walk" for p in s.plans)
    assert not any(p.action == "walk" for p in read_situation("The client said thanks but no to my quote of $8,000.").plans)


def test_a_supplier_with_a_better_letter_of_intent_and_a_floor_in_kronor() -> None:
    s = read_situation(
        "We make boxes. Our biggest customer's procurement lead wrote:\n"
        "> after benchmarking we require a unit price of 4,20 kr per box (currently 4,80 kr).\n"
        "Our cost is about 4,30 kr a box, so I set 4,45 kr as the lowest we can go. A garden-products company has sent us "
        "a signed letter of intent at 4,55 kr. I'm planning to tell the customer we're stepping away from the contract.")
    assert [(o.by, o.amount) for o in s.offers] == [("them", 4.20)]
    assert s.reservation.amount == 4.45 and s.alternative.amount == 4.55 and s.currency == "SEK"
    assert any(p.action == "walk" for p in s.plans)


@pytest.mark.parametrize(("text", "line"), [
    ("My numbers work up to $6,000/month, not a cent more.", 6_000),
    ("Our math only works up to €2.400.", 2_400),
])
def test_numbers_that_work_up_to_a_figure_are_the_line(text: str, line: float) -> None:
    assert read_situation(text).reservation.amount == line


def test_a_guess_at_their_next_number_is_not_their_offer() -> None:
    s = read_situation("I'm letting out a 2-bed. A couple offered £1,850. This couple clearly love the place so they'll probably come back at £1,950 once I say no.")
    assert s.role == "landlord" and [(o.by, o.amount) for o in s.offers] == [("them", 1_850)]
    assert any(p.action == "walk" for p in read_situation("I'm thinking of sending 'we're withdrawing our offer' and seeing if they come back.").plans)


def test_a_flat_viewed_elsewhere_and_a_rate_that_moves_in_their_email() -> None:
    s = read_situation("Landlord proposes a new rent of £1,750 pcm. Last weekend I viewed one at £1,575 that's about as nice.")
    assert s.alternative.amount == 1_575 and s.offers[-1].amount == 1_750
    s = read_situation("Our carrier sent this:\n> Effective March 1 our rate on your Dallas-Memphis and Dallas-Little Rock lanes moves from "
                       "$2.40 to $2.83 per loaded mile.\nMy VP wants me to just tell Carla we're moving the lanes.")
    assert [(o.by, o.amount) for o in s.offers] == [("them", 2.83)] and any(p.action == "walk" for p in s.plans)
    assert read_situation("Selling a domain I've held since 2011. The buyer offered $12,000.").role == "seller"
    assert read_situation("The guy selling a car next door offered me $500 for my bike.").role != "seller"


def test_a_dated_timeline_is_my_story_not_a_chat_between_mon_and_wed() -> None:
    s = read_situation(
        "Ops manager, we buy aluminium extrusions.\n"
        "Jan: incumbent supplier announces a 15% increase → $4.60/kg.\n"
        "Mar: we qualified a second supplier. Samples passed QA, signed quote at $4.15/kg valid until April. My max for the incumbent was $4.30.\n"
        "Last week: incumbent rep says $4.60 \"is where it needs to be.\"\n"
        "Plan: call the rep, thank them, say we're moving our volume to a supplier that works better for us on price.")
    assert [(o.by, o.amount) for o in s.offers] == [("them", 4.60), ("them", 4.60)]
    assert s.alternative.amount == 4.15 and s.reservation.amount == 4.30
    assert any(p.action == "walk" for p in s.plans)


def test_their_quoted_threat_in_a_timeline_is_not_my_walk_and_my_quoted_email_is_mine() -> None:
    s = read_situation("I'm the contractor.\nMon: sent quote for a kitchen, $68,500.\nWed: I came down to $66,000.\n"
                       "Fri: she texts \"If you can't get a lot closer we're going with the other contractor.\"")
    assert [(o.by, o.amount) for o in s.offers] == [("me", 68_500), ("me", 66_000)]
    assert not any(p.action == "walk" for p in s.plans)
    mine = read_situation("They want me to sign by 5pm today. Thinking of emailing \"if you can't give me till Monday I'll have to pass\".")
    assert any(p.action == "walk" for p in mine.plans)


def test_what_the_other_route_nets_me_is_the_alternative_and_a_polite_no_is_a_walk() -> None:
    s = read_situation("Selling my boat, listed at $38,900. Buyer came back at $31,500. The broker says in spring she'd sell on "
                       "consignment for around 36-37, which nets me roughly 33.5 after his 8%. My plan: thank him, tell him the "
                       "numbers don't work for me.")
    assert [(o.by, o.amount) for o in s.offers] == [("them", 31_500)] and s.alternative.amount == 33_500
    assert any(p.action == "walk" for p in s.plans)
    s = read_situation("I run trucks; they came in at $2.40/mile, we asked $2.85. Meanwhile spot loads on that lane have been paying $2.65–2.80. "
                       "I'm thinking of telling them we're pulling our trucks unless they come up. Am I burning a three-year customer?")
    assert s.alternative.amount == 2.65 and [(o.by, o.amount) for o in s.offers] == [("them", 2.40), ("me", 2.85)]
    assert s.relationship
    assert any(p.action == "walk" for p in read_situation("Rent goes to $1,690. I want to reply that if he does this I'm moving out.").plans)


def test_a_renewal_line_at_last_years_price_and_an_alternative_with_its_switching_cost() -> None:
    s = read_situation("Renewal for our customer-support platform is due. Last year we paid $54,000. Their rep sent the renewal at $62,100. "
                       "We did a proper eval of a competitor: $41k/yr for the same seats, and our ops lead estimates about $8k of one-off "
                       "migration work. We're not paying more than last year, full stop.")
    assert s.role != "vendor" and s.wants == "less"
    assert s.reservation.amount == 54_000 and s.alternative.amount == 49_000  # 41k plus the one-off 8k
    flat = read_situation("I'm the tenant. Rent goes to £1,750. I viewed a flat at £1,550 pcm; moving would cost about £400 in one-off moving costs.")
    assert flat.alternative.amount == 1_550  # a one-off cost is not added to a monthly rent


def test_ages_are_not_money_and_or_i_go_to_is_a_walk() -> None:
    s = read_situation("I play in this club since I am 14, now I am 24. The club offer me CHF 9'500 per month. "
                       "I want to tell our president: 12'000 or I go to Germany.")
    assert all(o.amount > 1_000 for o in s.offers) and (s.alternative is None or s.alternative.amount != 14_000)
    assert any(p.action == "walk" for p in s.plans)
    s = read_situation("Three quotes: Agency A $48,000, Agency B $39,000. A said $48k is final. I'll write back that we'll be going with B unless they get to $42k.")
    assert any(p.action == "walk" for p in s.plans) and s.alternative.amount == 39_000


def test_a_quote_request_with_a_fallback_job_a_funding_round_and_an_hourly_basis() -> None:
    s = read_situation("A board game publisher (their last Kickstarter raised £210k) wants me for the box cover plus 6 card illustrations. "
                       "Their art director asked me to send over a quote. My rate works out around £40/hr. Below £3,800 I'd rather take "
                       "the book-cover job that's been sitting in my inbox (£3,600). Plan: quote £5,900 with a breakdown.")
    assert s.role == "vendor" and s.offers == []
    assert s.alternative.amount == 3_600 and s.reservation.amount == 3_800
    assert [(p.action, p.amount) for p in s.plans if p.amount] == [("open", 5_900)]


def test_anything_over_a_figure_and_id_be_happy_is_a_floor_and_a_raise_with_nothing_lined_up_has_no_alternative() -> None:
    s = read_situation("A broker asked if I'd be open to selling my domain. The buyer just raised a $30M Series A. "
                       "I'm going to reply $250,000. Honestly anything over 5k and I'd be happy.")
    assert s.wants == "more" and s.reservation.amount == 5_000 and s.offers == []
    s = read_situation("Annual review is on the 14th. I'm currently on $72,000. My plan is to ask for \"a 9% increase\". "
                       "I haven't looked at other jobs at all.")
    assert s.alternative is None and s.no_alternative and s.offers == []


@pytest.mark.parametrize(("text", "amount"), [
    ("At the dealer now, they want $24,900 for the Civic. There's a 2020 Civic at a dealer across town listed at $23,800.", 23_800),
    ("The shop wants €1,150 for the bike. I found the same frame at another shop in Ghent for €1,020.", 1_020),
])
def test_the_same_thing_at_another_seller_is_a_buyers_alternative(text: str, amount: float) -> None:
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == amount


def test_a_sellers_sighting_of_a_rival_listing_is_not_his_alternative() -> None:
    s = read_situation("Selling my Civic, listed at $24,900. There's a 2020 Civic at a dealer across town listed at $23,800.")
    assert s.alternative is None or s.alternative.amount != 23_800


@pytest.mark.parametrize("text", [
    'I\'m about to text back "then go find your cheap guy".',
    "Thinking of replying: fine, go hire someone off Upwork then.",
])
def test_telling_them_to_go_to_their_other_option_is_a_walk_plan(text: str) -> None:
    s = read_situation(text)
    assert any(p.action == "walk" for p in s.plans)


@pytest.mark.parametrize("text", [
    "I'm thinking I'll go find another buyer if this falls over, no rush.",
    "They told me to go ask my accountant first.",
])
def test_going_to_find_something_for_myself_is_no_dare(text: str) -> None:
    s = read_situation(text)
    from board.plans import dared
    assert not any(p.action == "walk" and dared(p.words) for p in s.plans)


def test_their_rate_in_a_note_and_what_my_direct_clients_pay() -> None:
    s = read_situation("An agency wants me on a big localisation project. Their rate: €0.06/word, \"non-negotiable\". "
                       "My direct clients pay €0.11–0.13/word. I don't take anything under €0.09.")
    assert s.role == "vendor" and [(o.by, o.amount) for o in s.offers] == [("them", 0.06)]
    assert s.alternative.amount == 0.11 and s.reservation.amount == 0.09


def test_ultimatums_for_a_raise_a_dared_switch_and_a_demand_with_a_walk_behind_it() -> None:
    s = read_situation("My salary is 54.000 € gross. I want to say: give me 15% or I will leave. I don't have other offer.")
    assert s.alternative is None and s.no_alternative and any(p.action == "walk" for p in s.plans)
    s = read_situation("We supply a café group. Marco: Match 9.80/lb or we switch next month. I want to text back \"then switch\".")
    assert any(p.action == "walk" for p in s.plans)
    s = read_situation("Raising a seed round. The lead sent a term sheet: $8M pre. I want to tell them $10M or we go with the other fund.")
    assert s.role == "seller" and (s.alternative is None or s.alternative.amount != 10_000_000 or "tell them" not in s.alternative.words)


def test_an_alternative_named_in_the_same_breath_as_the_line_is_worth_the_line() -> None:
    s = read_situation("Selling my café. A couple offered CHF 180'000, final. My minimum is CHF 220'000, under this it is better for me to keep it.")
    assert s.reservation.amount == 220_000 and s.alternative.amount == 220_000 and "keep it" in s.alternative.words
    s = read_situation("Tenant wants $7,380 instead of $8,200. I'm planning to tell him the rent's $8,200, and if he doesn't like it I'll find someone who does.")
    assert any(p.action == "walk" for p in s.plans)


@pytest.mark.parametrize("text", [
    "The supplier says another café will take the beans at 9.10. I kind of like the idea of calling his bluff.",
    "My partner wants to reply 'go ahead, sell it to them' and see if she comes back lower.",
])
def test_daring_their_walk_is_a_walk_of_mine(text: str) -> None:
    from board.cues import read_walk
    assert read_walk(text)


@pytest.mark.parametrize("text", [
    "I'm not going to call his bluff, the risk is too big.",
    "She said go ahead and sell it to them if they pay more.",
])
def test_no_dare_no_walk(text: str) -> None:
    from board.cues import read_walk
    assert not read_walk(text)


def test_which_way_is_better_is_read_from_my_clause_not_theirs_beside_it() -> None:
    s = read_situation("Three calls with the vendor now. They won't go below 1,180, I won't go above 1,100, nobody has budged.")
    assert s.wants == "less" and s.reservation.amount == 1_100


@pytest.mark.parametrize("text, line", [
    ("Selling my boat. Buyer offered $31,000. We ran the numbers: under $34,000 we're better off keeping it another season and chartering it.", 34_000),
    ("Subletting my studio. Best bid so far is £980/month. Below £1,050 I'd be better off just renting it out on short lets myself.", 1_050),
    ("Buying a van. Dealer wants 21k. Anything over 19k and we're better off going with the used one from Sam.", 19_000),
])
def test_better_off_past_a_number_is_the_line_and_the_alternative_at_it(text: str, line: float) -> None:
    s = read_situation(text)
    assert s.reservation is not None and s.reservation.amount == line
    assert s.alternative is not None and s.alternative.amount == line and "better off" in s.alternative.words


@pytest.mark.parametrize("text", [
    "Selling my boat. Buyer offered $31,000. Honestly I'd be better off if the market picked up.",
    "Selling my boat for $34,000. The buyer would be better off with a smaller one, he says.",
])
def test_better_off_without_a_course_of_action_or_a_number_is_no_line(text: str) -> None:
    s = read_situation(text)
    assert s.reservation is None or s.reservation.amount != 34_000
    assert s.alternative is None or "better off" not in s.alternative.words


@pytest.mark.parametrize("text", [
    "A startup wants a logo for $300. I'm fully booked through June with paying clients, so I'll probably pass.",
    "The school offered $40 an hour for tutoring. I've got 4 students on a waiting list, so I'm not worried.",
    "The client wants 20% off the retainer. One other company has already asked about my availability next quarter.",
])
def test_other_work_filling_the_time_is_an_alternative_without_a_value(text):
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount is None and not s.no_alternative


@pytest.mark.parametrize("text", [
    "A startup wants a logo for $300. The designer I'd hire is fully booked with their project, so no help there.",
    "The client wants 20% off the retainer. I asked about another company's rates for comparison.",
])
def test_near_misses_of_other_work_are_no_alternative(text):
    s = read_situation(text)
    assert s.alternative is None


def test_an_extra_ask_before_any_deal_is_an_issue_to_trade():
    s = read_situation("Quoted $900 for the mural. They offered $700 and also asked if I could add a second wall.")
    assert "scope" in s.issues and s.agreed is None


@pytest.mark.parametrize("text, best, low, high", [
    ("Hiring a roofer for our house, the first one hasn't priced it yet. We have quotes from 3 other roofers in town: $14,500, $16,000 and $17,200.", 14_500, 14_500, 17_200),
    ("Hiring a caterer for 80 people. We got estimates from two similar caterers nearby: 6.2k and 7k. The one we like hasn't quoted.", 6_200, 6_200, 7_000),
])
def test_quotes_from_several_like_providers_are_the_alternative_and_the_range(text: str, best: float, low: float, high: float) -> None:
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == best
    assert s.market_range is not None and (s.market_range.low, s.market_range.high) == (low, high)
    assert not s.offers


def test_a_single_alternative_makes_no_market_range() -> None:
    s = read_situation("Buying a used piano. Seller wants 3,000. I also have a quote from another dealer at 2,600.")
    assert s.alternative is not None and s.alternative.amount == 2_600
    assert s.market_range is None


@pytest.mark.parametrize("text, price", [
    ("Found a house we love, $415,000. The agent says there are other offers coming. No backup at all.", 415_000),
    ("Saw a van I really want at the dealer, 24,900 on the sticker, and they won't budge.", 24_900),
    ("Toured a loft that's perfect for the studio, €1,900/month, landlord wants an answer by Monday.", 1_900),
])
def test_the_thing_i_found_and_want_is_the_deal_not_the_fallback(text: str, price: float) -> None:
    s = read_situation(text)
    assert s.alternative is None or s.alternative.amount != price


@pytest.mark.parametrize("text, alt", [
    ("Renting my place out. The tenant wants 1,400. I found another tenant who'd pay 1,500.", 1_500),
    ("Buying a bike. Seller wants 900. I've seen another one for 750 a few streets away.", 750),
])
def test_another_thing_found_is_still_the_alternative(text: str, alt: float) -> None:
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == alt


@pytest.mark.parametrize("text, offer, alt", [
    ("Selling my piano, asking 3,000. A buyer offered 2,200 yesterday. My neighbour said she'd pay 1,800 for it anytime.", 2_200, 1_800),
    ("Selling our camper, listed at 18k. A couple offered 15,500. My brother-in-law said he'd buy it for 12k if nobody else bites.", 15_500, 12_000),
    ("Selling my boat, listed at 12k. A guy offered 9,500. The marina said they'd give me 7,000 for it if it doesn't sell by June.", 9_500, 7_000),
    ("Hiring out my drone kit for the summer. An agency offered €1,200. A friend from work said he'd rent it for €900 if no one else wants it.", 1_200, 900),
])
def test_a_fallback_buyer_close_to_me_or_if_nobody_bites_is_the_alternative(text: str, offer: float, alt: float) -> None:
    s = read_situation(text)
    assert [o.amount for o in s.offers if o.by == "them"] == [offer]
    assert s.alternative is not None and s.alternative.amount == alt


@pytest.mark.parametrize("text, offers", [
    ("Selling my truck to my brother. He offered 8,000. Later my brother said he could do 8,500.", [8_000, 8_500]),
    ("A club wants me. Their director called my father and said they will pay 9,000 a month.", [9_000]),
])
def test_the_counterparty_who_is_family_or_a_relayed_offer_stays_their_offer(text: str, offers: list[float]) -> None:
    s = read_situation(text)
    assert [o.amount for o in s.offers if o.by == "them"] == offers


def test_plural_friends_are_the_market_and_a_walk_if_nobody_moves_is_no_fallback() -> None:
    s = read_situation("Negotiating my salary. They offered 120k. My friends at similar firms make 140k.")
    assert s.alternative is None or s.alternative.amount != 140_000
    s = read_situation("Selling my car, listed at 9k. He offered 7,200 and says he'll leave it if nobody budges.")
    assert [o.amount for o in s.offers if o.by == "them"] == [7_200] and (s.alternative is None or s.alternative.amount is None)


@pytest.mark.parametrize("text, offer, alt", [
    ("Our payroll software renewal is due. The account manager sent a renewal quote of 18k a year. Gusto quoted us 14k for the same setup.", 18_000, 14_000),
    ("Renewing the office lease cleaning contract. Current cleaner's new price: £2,100/month. Sparkle Co quoted £1,800/month for the same hours.", 2_100, 1_800),
])
def test_a_company_named_only_when_it_quotes_is_another_provider(text: str, offer: float, alt: float) -> None:
    s = read_situation(text)
    assert [o.amount for o in s.offers if o.by == "them"] == [offer]
    assert s.alternative is not None and s.alternative.amount == alt


@pytest.mark.parametrize("text, offers", [
    ("Hiring Brightline to redo our website. The first quote was 40k. Brightline quoted 36k after we cut scope.", [40_000, 36_000]),
    ("Renewing our cloud contract. Their rep quoted 90k. After a call, Nimbus came back and quoted 82k.", [90_000, 82_000]),
])
def test_the_counterparty_named_before_or_moving_keeps_its_quotes(text: str, offers: list[float]) -> None:
    s = read_situation(text)
    assert [o.amount for o in s.offers if o.by == "them"] == offers


@pytest.mark.parametrize("text, alt", [
    ("I roast coffee. A café chain offered $11/lb wholesale. Honestly we sell everything we roast through our own site at $19 a bag.", 19),
    ("Knitwear maker here. The department store wants my hats at €14. I already sell all of them at markets for €35, and I can't knit faster.", 35),
])
def test_selling_everything_through_my_own_channel_is_the_alternative(text: str, alt: float) -> None:
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == alt


def test_selling_something_once_on_a_site_is_no_channel() -> None:
    s = read_situation("I make candles. A boutique offered $9 each. I sold one on Etsy at $24 last year, just once.")
    assert s.alternative is None or s.alternative.amount != 24


@pytest.mark.parametrize("text, on_table, alt", [
    ("Choosing a venue for the launch.\nA (rooftop): $9,000 flat fee, catering included.\nB (hotel ballroom): $7,500, catering extra.\n"
     "Meeting B's events manager tomorrow to push on the catering.", 7_500, 9_000),
    ("Two quotes for the fleet repaint:\n1: £14,200 from a shop in Hull\n2: £12,900 from the dealer's body shop\n"
     "I countered 2 at £11,500, otherwise I'll take 1.", 12_900, 14_200),
])
def test_listed_options_the_one_dealt_with_is_on_the_table_the_other_is_the_alternative(text, on_table, alt):
    s = read_situation(text)
    assert [o.amount for o in s.offers if o.by == "them"][-1:] == [on_table]
    assert s.alternative is not None and s.alternative.amount == alt


@pytest.mark.parametrize("text", [
    "Two flats I like.\nA: £1,450 pcm, near work.\nB: £1,300 pcm, bigger.\nNot sure which one to go for.",
    "Q: what is a fair rent?\nA: about $2,000 for a 1-bed here.",
])
def test_listed_options_nobody_is_dealing_with_stay_unassigned(text):
    s = read_situation(text)
    assert not [o for o in s.offers if o.by == "them"]


@pytest.mark.parametrize("text, line", [
    ("I told the agency it has to be €4,000 or we'll go with the other venue.", 4_000),
    ("Emailed the recruiter that I'd need $140k or I'll accept the other offer.", 140_000),
])
def test_my_number_with_my_fallback_behind_it_is_my_line(text, line):
    s = read_situation(text)
    assert s.reservation is not None and s.reservation.amount == line


def test_my_number_or_their_fallback_is_not_my_line():
    s = read_situation("The recruiter said it has to be $120k or they'll go with the other candidate.")
    assert s.reservation is None


def test_meeting_the_landlord_makes_me_the_tenant():
    s = read_situation("Meeting the landlord on Friday about the shop unit; he wants $3,800 a month.")
    assert s.role == "tenant"


@pytest.mark.parametrize("text, asked", [
    ("We agreed $610k on the condo. Now the seller's agent says the seller has received another offer at $630,000 and wants us to match it by Friday.", 630_000),
    ("Agent: The landlord has had a higher offer of £2,100 a month. He's giving you until noon to match, otherwise he'll take it.\nMe: I'll think about it.", 2_100),
])
def test_their_rival_bid_they_want_matched_is_their_ask_not_my_alternative(text, asked):
    s = read_situation(text)
    assert [o.amount for o in s.offers if o.by == "them"][-1:] == [asked]
    assert s.alternative is None or s.alternative.amount != asked


def test_their_rival_bid_told_without_a_demand_is_not_mine():
    s = read_situation("Buying a flat, offered £300k. The seller has received another offer at £310,000, the agent mentioned.")
    assert s.alternative is None or s.alternative.amount != 310_000


def test_my_own_other_offer_is_still_my_alternative():
    s = read_situation("Selling my van. A dealer offered £9,000. I've received another offer at £9,600 from a trader.")
    assert s.alternative is not None and s.alternative.amount == 9_600


@pytest.mark.parametrize("text", [
    "Agent: she needs you to match by 5pm tomorrow, otherwise she'll accept it.",
    "Broker: My client will give you until Monday to match. Or my client will take the other offer.",
])
def test_an_agents_match_or_else_is_their_walkaway_threat_and_a_deadline(text):
    s = read_situation(text)
    assert "tactic-walkaway-threat" in {t.code for t in s.tactics}
    assert s.deadline is not None


def test_words_i_plan_to_email_are_not_their_tactics():
    s = read_situation("They offered $2,000 for the mural. I'm planning to email that I won't do it under $3,000 and they'll have to find someone else.")
    assert "tactic-walkaway-threat" not in {t.code for t in s.tactics}


@pytest.mark.parametrize("text", [
    "Buying a used Golf, trading in my Fiesta. Dealer wants £14,800. Another dealer has a near-identical Golf listed at £14,200, "
    "and webuyanycar gave me £3,000 on the Fiesta.",
    "At the dealer buying a Tacoma, trading in my old Ranger. They're at $36,400. A different dealership across town has a nearly identical "
    "truck listed at $35,700. Carvana offered me a written $12k for my Ranger.",
])
def test_a_quote_on_my_trade_in_is_not_the_alternative_to_the_purchase(text):
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount in (14_200, 35_700)


def test_their_number_on_my_trade_in_in_a_chat_is_not_their_price():
    s = read_situation("buying a used Civic, trading in my Corolla. sticker 22,000.\nManager: 21,400 is our best. "
                       "We can do 6k on the Corolla.\nMe: let me think.")
    assert [o.amount for o in s.offers if o.by == "them"] == [21_400]


def test_a_quote_for_something_i_only_sell_is_still_read():
    s = read_situation("Selling my Corolla, no trade-in. A buyer offered $6,000. I also have a written offer from CarMax for $6,500 on the Corolla.")
    assert s.alternative is not None and s.alternative.amount == 6_500


@pytest.mark.parametrize("text", [
    "Rent review next week, they want £1,450. I may have another place lined up but nothing firm yet.",
    "Selling my bike for 900. There's some interest from a collector, nothing concrete.",
    "Contract renewal with the client at 60/h. I've had a couple of conversations with other agencies but nothing definite.",
])
def test_a_hedged_alternative_is_no_alternative(text: str) -> None:
    s = read_situation(text)
    assert s.no_alternative is not None and s.alternative is None


@pytest.mark.parametrize("text", [
    "Selling my bike for 900. I have another offer at 850 from a collector. We talked about the price but nothing concrete yet.",
])
def test_nothing_concrete_about_this_deal_leaves_a_real_alternative(text: str) -> None:
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == 850


@pytest.mark.parametrize("text", [
    "Rate review with my manager on Friday. I'm on 61k. My plan is to tell my manager I have another offer at 70 so she matches it.",
    "Supplier wants 12 a unit. I'm going to tell our rep we've got a competing offer at 10.50 and see if he moves.",
])
def test_telling_them_of_an_outside_offer_is_a_walk_threat_not_an_alternative(text: str) -> None:
    s = read_situation(text)
    assert any(p.action == "walk" for p in s.plans)
    assert s.alternative is None or s.alternative.amount not in (70_000, 10.5)


def test_what_the_same_thing_pays_elsewhere_is_the_market_and_unresearched_is_nothing() -> None:
    s = read_situation("Review coming up, I'm on 52k. From what I can see, what my job pays elsewhere is 58k-64k.")
    assert s.market_range is not None and s.market_range.low == 58_000
    assert s.alternative is None or s.alternative.amount != 58_000
    s = read_situation("Review coming up, I'm on 52k. Haven't actually checked what the role pays elsewhere, 60 sounds right.")
    assert s.market_range is None and (s.alternative is None or s.alternative.amount != 60_000)


@pytest.mark.parametrize("text", [
    "Got asked to DJ a wedding in August for $600. We have zero other bookings that weekend.",
    "Client offered 3k for the logo project. Honestly there are no other projects lined up this month.",
])
def test_none_for_the_slot_this_deal_fills_is_no_alternative(text: str) -> None:
    assert read_situation(text).no_alternative is not None


@pytest.mark.parametrize("text", [
    "Got asked to DJ a wedding in August for $600. There's no other way to get there than by car.",
    "Client offered 3k for the logo project. No other work needed on their side.",
])
def test_no_other_without_a_slot_or_fallback_is_not_a_missing_alternative(text: str) -> None:
    assert read_situation(text).no_alternative is None


@pytest.mark.parametrize("text, alt", [
    ("Buying a used Tacoma. Dealer is at 31,500, my max is 30k. There's a near-identical one two towns over, listed at 29,900.", 29_900),
    ("Looking to rent the 2-bed on Oak Rd, the landlord wants £1,650/month. We also viewed a similar flat on Kent St listed at £1,550.", 1_550),
])
def test_the_same_kind_of_thing_seen_for_sale_is_a_buyers_alternative(text: str, alt: float) -> None:
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == alt


def test_the_same_kind_of_thing_seen_for_sale_is_no_alternative_for_a_seller() -> None:
    s = read_situation("Selling my Tacoma, listed at 31,500. There's a near-identical one two towns over, listed at 29,900.")
    assert s.alternative is None or s.alternative.amount != 29_900


@pytest.mark.parametrize("text", [
    "They won't budge from 412k. Honestly leaning toward just going for Birchwood instead.",
    "Van dealer says 18k is final. I'm tempted to buying the Ford from the auction.",
])
def test_leaning_toward_another_named_option_is_a_walk(text: str) -> None:
    assert any(p.action == "walk" for p in read_situation(text).plans)


def test_leaning_toward_a_named_person_saying_something_is_no_walk() -> None:
    assert not any(p.action == "walk" for p in read_situation("I'm leaning toward taking Sarah said was right, 18k.").plans)


@pytest.mark.parametrize("text", [
    "Freelance editor. A publisher wants a quote for a 300-page manuscript. My calendar is full with two retainers, so I'd be fine without this one.",
    "Landlord here, tenant wants a rent freeze at 1,400. Honestly we don't need the money, the flat is paid off.",
])
def test_being_fine_without_the_deal_is_an_alternative(text: str) -> None:
    s = read_situation(text)
    assert s.alternative is not None and s.no_alternative is None


@pytest.mark.parametrize("text", [
    "Freelance editor. A publisher wants a quote for 4k. I wouldn't be fine without this one, it's my only client.",
    "Landlord here, tenant wants a rent freeze at 1,400. We need the money for the mortgage.",
])
def test_needing_the_deal_is_no_alternative(text: str) -> None:
    s = read_situation(text)
    assert s.alternative is None or s.alternative.amount is not None


@pytest.mark.parametrize("text", [
    "Tattoo artist. A client wants a full sleeve for £900. I've honestly got more work than I can handle, turned down three clients this month.",
    "Wedding DJ. Couple offered 700 for a June Saturday. We're fully booked up through spring anyway.",
    "Dog walker here; a new client wants a discount. I have a waiting list, so no stress.",
])
def test_more_demand_than_capacity_is_an_alternative(text: str) -> None:
    s = read_situation(text)
    assert s.alternative is not None and s.no_alternative is None


@pytest.mark.parametrize("text", [
    "Candidate here. I turned down another job offer last month to stay in the process with them.",
    "The venue is fully booked on the date we wanted, so we can't go there.",
])
def test_turning_down_an_offer_or_their_booked_diary_is_no_alternative(text: str) -> None:
    s = read_situation(text)
    assert s.alternative is None or "turned down" not in s.alternative.words and "booked" not in s.alternative.words


def test_a_line_backed_by_not_needing_the_deal_values_that_alternative_at_the_line() -> None:
    s = read_situation("Illustrator. A startup offered $800 for a full brand set. I never do brand sets under $2,500. "
                       "I'm booked solid with client work until June, so I don't need this one.")
    assert s.reservation is not None and s.reservation.amount == 2_500
    assert s.alternative is not None and s.alternative.amount == 2_500


@pytest.mark.parametrize("text, alt", [
    ("Renewing my lease: landlord wants £1,500/month, I'm at £1,400. Similar flats nearby go for £1,350-£1,500 and moving would cost me about £1,200.", 1_450),
    ("My landlord is raising the rent to $1,900 a month. Comparable units around here are $1,800-$2,000; a move would set me back $2,400.", 2_000),
])
def test_a_renter_who_prices_the_move_has_the_market_plus_the_move_as_alternative(text: str, alt: float) -> None:
    s = read_situation(text)
    assert s.alternative is not None and s.alternative.amount == alt


def test_a_market_range_without_a_priced_move_is_no_alternative_for_a_renter() -> None:
    s = read_situation("Renewing my lease: landlord wants £1,500/month, I'm at £1,400. Similar flats nearby go for £1,350-£1,500.")
    assert s.alternative is None or s.alternative.amount != 1_350
