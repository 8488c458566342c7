"""The role fallback: who the user is from how they describe their own work (invented sentences)."""

from __future__ import annotations

import pytest

from board.roles import infer


@pytest.mark.parametrize(("text", "role"), [
    ("I run a little bike repair shop and a gym wants a maintenance deal.", "vendor"),
    ("We brew kombucha and a cafe chain wants 200 cases.", "vendor"),
    ("Freelance illustrator here, a publisher wants a cover.", "vendor"),
    ("I'm about to advertise my studio flat for long-term rent.", "landlord"),
    ("Need to sell my old Vespa before the move.", "seller"),
    ("Our cleaning supplier says prices go up in May.", "client"),
    ("The desired salary field is mandatory on the form.", "candidate"),
    ("We import olive oil from a single mill in Crete.", "buyer"),
    ("Lovely weather today.", None),
])
def test_role_from_self_description(text, role):
    assert infer(text) == role


def test_fallback_only_when_no_cue_said_it():
    from board.situation import read_situation
    assert read_situation("I own a small print shop. A client offered $900 for the job.").wants == "more"


@pytest.mark.parametrize(("text", "role"), [
    ("We pay our cleaning agency £1,900 a month and they want £2,100 from April.", "client"),
    ("Our current account manager at the agency is great, but the fee is going up to 9k.", "client"),
    ("I'm the account manager on this deal and the client wants 10% off.", "vendor"),
    ("At the Honda dealer now, they say $31,200 out the door is the best they can do.", "buyer"),
    ("Test drove a used Golf today, the guy wants 8,500.", "buyer"),
])
def test_who_pays_whom_says_the_role(text, role):
    from board.situation import read_situation
    assert read_situation(text).role == role


def test_several_quotes_make_the_user_the_client_and_business_figures_are_not_offers():
    from board.situation import read_situation
    s = read_situation("Got 3 quotes for our kitchen remodel: $48,500, $52,000 and $61,200. We're flexible on the start date.")
    assert s.role == "client"
    s = read_situation("Buying a laundromat listed at $380k. He said it nets about 90 a year. I figure I can get it for 250. Planning to throw out 250.")
    assert [o.amount for o in s.offers if o.by == "them"] == []
    assert s.target is not None and s.target.amount == 250000
    assert [(p.action, p.amount) for p in s.plans] == [("open", 250000)]


@pytest.mark.parametrize("text", [
    "Our distributor is raising prices 9% next quarter.",
    "The SaaS vendor is hiking the licence fees to $52k at renewal.",
    "Our printer wants 12% more for the same run.",
])
def test_a_price_rise_on_us_makes_the_user_the_payer(text):
    from board.situation import read_situation
    s = read_situation(text)
    assert s.role == "client" and s.wants == "less"


@pytest.mark.parametrize("text", [
    "Forwarding the buyers' email: they want money off. We also had our own plumber look at it.",
    "Our buyer's solicitor says they need more time, and our builder says the wall is fine.",
    "The buyers' survey came back bad; we got our roofer to quote the fix.",
    "The buyer's offer came in through the agent this morning.",
])
def test_the_buyers_paperwork_makes_me_the_seller(text: str) -> None:
    assert infer(text) == "seller"


@pytest.mark.parametrize("text", [
    "Another buyer's offer beat ours on the flat we loved.",
    "My buyer's agent thinks we should bid 430.",
    "Our roofer quoted £5,800 to redo the flashing.",
])
def test_other_buyers_or_my_own_agent_do_not(text: str) -> None:
    assert infer(text) != "seller"


@pytest.mark.parametrize(("text", "role", "wants"), [
    ("I'm an account executive at a payroll startup. The prospect asked for 20% off a $90k deal.", "vendor", "more"),
    ("Mid-market renewal (enterprise AE). Their procurement lead asked for 12% off the $64k.", "vendor", "more"),
    ("We're a four-person bookkeeping practice and the shop wants our fee down to £900 a month.", "vendor", "more"),
    ("I sell warehouse sensors. Their procurement team wants $310 a unit instead of $355.", "vendor", "more"),
    ("We bill €140/hr and the retailer's new procurement lead wants €120.", "vendor", "more"),
    ("Hiring a backend engineer for our Lisbon team. Candidate asked €74k, we offered €66k.", "employer", "less"),
    ("A small press made an offer on my poetry collection: a $3,000 advance.", "seller", "more"),
])
def test_the_user_describing_their_side_of_the_sale(text, role, wants):
    from board.situation import read_situation
    s = read_situation(text)
    assert (s.role, s.wants) == (role, wants)


@pytest.mark.parametrize(("text", "role"), [
    ("Our procurement team wants the supplier to come down from $48 a unit to $44.", "client"),
    ("I'm hiring a contractor to redo the bathroom; he quoted $14,000.", "client"),
    ("We made an offer on a house listed at $520k.", None),
])
def test_near_misses_keep_the_buying_side(text, role):
    from board.situation import read_situation
    s = read_situation(text)
    assert s.role == role or (role is None and s.wants != "more")


def test_the_rate_i_charge_makes_me_the_vendor():
    from board.situation import read_situation
    assert read_situation("I charge $120 a lesson and the parents asked for $90.").wants == "more"


@pytest.mark.parametrize("text", [
    "We've handled the fleet cleaning for a regional bus company's depots for nine years. Fee is $6,200 a month and they want $5,000.",
    "We have run the loyalty emails for a national pet retailer since 2019; they now ask us to drop to £3k.",
    "I'm the founder of a small HR tool, talking to an insurer's procurement team. Our quote: €48,000 a year; they want 15% off.",
    "Meeting a hospital's purchasing lead next week about our sterilisation service at $31 a tray.",
])
def test_the_work_we_do_for_a_customer_or_their_procurement_makes_me_the_vendor(text):
    from board.situation import read_situation
    s = read_situation(text)
    assert (s.role, s.wants) == ("vendor", "more")


@pytest.mark.parametrize("text", [
    "Our procurement team wants the packaging supplier to come down from $0.90 a box to $0.82.",
    "I ran the numbers for a friend's bakery for years; now I'm buying an oven and the dealer wants $9,000.",
    "We put procurement on it: the caterer quoted $64 a head and we want $55.",
])
def test_my_own_procurement_or_past_favours_keep_the_buying_side(text):
    from board.situation import read_situation
    assert read_situation(text).wants != "more"


@pytest.mark.parametrize("text", [
    "Heading back to the dealership Saturday for a 2019 Outback, they want 22k.",
    "2020 F-150, sticker $38,400, and the finance guy keeps pushing gap insurance.",
    "The salesman said the sales manager won't go under 27,500 on the Tacoma.",
])
def test_a_return_to_the_dealer_a_sticker_or_their_salesman_makes_me_the_buyer(text):
    from board.situation import read_situation
    s = read_situation(text)
    assert (s.role, s.wants) == ("buyer", "less")


def test_going_back_to_the_dealer_to_sell_is_no_buyer():
    from board.situation import read_situation
    assert read_situation("Going back to the dealer to sell my trade-in, they offered 9k, I want 10k.").role != "buyer"


@pytest.mark.parametrize("text, role", [
    ("I'm being laid off next month and HR offered 6 weeks.", "employee"),
    ("Got made redundant; my severance package is 3 months.", "employee"),
    ("I got laid off in March; now the startup offered me 150k for a staff role.", "candidate"),
])
def test_being_let_go_makes_me_the_employee_unless_a_new_role_is_on_the_table(text, role):
    from board.situation import read_situation
    assert read_situation(text).role == role


@pytest.mark.parametrize("text", [
    "I run a small painting crew. The school wants the whole building done for 22k and my costs for the job are 17k.",
    "We have a little catering outfit; the wedding planner says the job can't go over 9,000.",
])
def test_running_a_crew_or_outfit_makes_me_the_vendor_even_when_a_job_is_named(text):
    from board.situation import read_situation
    assert read_situation(text).role == "vendor"


@pytest.mark.parametrize("text", [
    "house in Leeds, we offered 240, they came back at 255. my absolute ceiling is 250.",
    "Condo listed 410. We bid 385. Anything over 400 and the monthly payment just doesn't work.",
])
def test_a_ceiling_of_my_own_or_the_mortgage_behind_it_makes_me_the_buyer(text):
    from board.situation import read_situation
    s = read_situation(text)
    assert s.role == "buyer" and s.wants == "less"


@pytest.mark.parametrize("text", [
    "Quoted a bakery £3,400 for the new shopfront sign. They came back saying another signwriter quoted us £2,900.",
    "Quoted the school $18k to resurface the courts. Their bursar says their budget is 15k.",
])
def test_a_note_opening_on_my_own_quote_makes_me_the_vendor(text):
    from board.situation import read_situation
    s = read_situation(text)
    assert (s.role, s.wants) == ("vendor", "more")


def test_being_quoted_by_someone_is_not_my_quote():
    from board.situation import read_situation
    assert read_situation("Quoted a ridiculous £5k by the garage for a clutch. Another garage says 3k.").role != "vendor"
    assert read_situation("Quoted a price of £5,000 by the roofer for the whole job.").role != "vendor"
