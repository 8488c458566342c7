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


# Deadlines and relationships in many voices; the near misses say there is no clock, or the
# other side is a stranger met once.

@pytest.mark.parametrize("text", [
    "They want a yes today or the offer's gone. It's 65k.",
    "Offer is 72k but they need an answer by Friday.",
    "The dealer says the price is only good till the end of the month.",
    "My lease is up in 3 weeks and the landlord wants 1,650 now.",
    "The offer expires Thursday at 5pm. Base is 98k.",
    "Recruiter said they need to hear back before the weekend. They offered 84k.",
    "It's an exploding offer - 48 hours to accept, 110k base.",
    "They gave me 48 hours to decide on 90k.",
    "Seller says other buyers are coming Saturday, so if I want it at 7,200 I need to move fast.",
    "hr said the offer stands until monday and then they go to the next candidate. its 61k",
    "They've told me I have until noon tomorrow to sign at 14,500.",
    "He wants a deposit tonight or he'll sell it to the next guy. Asking 3k.",
    "the offer lapses at midnight friday, £45k",
    "They said the 5% discount disappears if we don't sign before quarter end.",
    "I have to let them know by the 15th. Salary is 70k.",
    "Landlord wants me to commit to the new rent of 1,900 within the week.",
    "They need a decision in 24 hours on the 120k.",
    "The agent says the vendor wants offers in by 5pm Monday; we're at 410k.",
    "Apparently the price goes up on the 1st, so they're pushing me to sign now at 28k.",
    "She's only holding the flat for me until tomorrow morning, rent 1,400.",
    "The offer is 95k and it's only on the table until Wednesday.",
    "They're pushing for a signature this week, quote is 18,000.",
    "Client wants the contract signed by end of day, 12k.",
    "Got told I've got till tmrw to say yes to 55k",
    "They need to know by close of business Friday whether I accept 67k.",
    "if i dont accept by thurs the offer gets pulled, 80k",
    "The car is 9,800 and the dealer says the deal ends Sunday.",
    "The vendor says the promo pricing of 40k ends on the 31st.",
    "They want me to start in two weeks and need my answer by Monday. 75k offered.",
    "He said it's now or never at 6,000.",
    "Our lease runs out at the end of March and the landlord is asking 2,300.",
    "They've put a 72-hour clock on the 88k offer.",
    "The recruiter keeps chasing me for an answer today on 62k.",
    "Buyer offered 21k but wants it wrapped up before he flies out on Tuesday.",
    "Seller's got people viewing it this weekend, wants 4,500.",
    "Agent rang: vendor wants a decision by 10am or they accept the other offer. We bid 350k.",
    "The job offer (58k) runs out on Friday.",
    "I have to tell them yes or no by tomorrow night, they're offering 47k.",
    "The letting agent says the flat will go to the next applicant if I don't sign today. 1,250 pcm.",
    "they said the 20% discount is only valid if we sign before the 30th",
    "My notice period means I need to accept something within 10 days, current offer is 66k.",
    "The seller's moving abroad next week so she wants it sold by Sunday, asking 2,800.",
    "They're giving me till end of play tomorrow to accept 91k.",
    "Offer deadline is Monday 9am, 105k base.",
    "Our contract with them expires on 30 June and they want 12% more.",
    "The builder says he can only hold that price until the end of the week: 32k.",
    "The dealership told me the rebate ends tonight, car is 27,900.",
    "Recruiter: 'we'd need your answer by Wednesday'. Offer is 73k.",
    "Gotta sign the renewal by the 1st or the rent goes to 2,100.",
    "She wants the money today, 350 for the table.",
])
def test_deadline_and_now_or_never_phrasings(text):
    assert read_situation(text).deadline


@pytest.mark.parametrize("text", [
    "No rush on their side, they offered 60k and said take your time.",
    "There's no deadline, they offered 72k.",
    "They said there's no hurry at all. It's 65k.",
    "The buyer offered 8k and said get back to him whenever.",
    "They offered 75k and said to take as long as I need.",
    "I'm selling my bike, someone offered 400.",
    "They offered 64k. I start my new role on the 1st either way, no pressure from them.",
    "The landlord offered a renewal at 1,500; he said take your time to think it over.",
    "The buyer offered 9k. We met on Monday to look at the car.",
    "I sold a similar bike last year for 500; this buyer offers 420.",
])
def test_no_clock_is_no_deadline(text):
    assert read_situation(text).deadline is None


@pytest.mark.parametrize("text", [
    "I'm negotiating a raise with my own boss, I want 10% more.",
    "This is our longest-standing client, they want 15% off.",
    "My business partner wants to buy me out for 200k.",
    "My brother-in-law wants to buy my car for 6k.",
    "My landlord wants a 10% increase and I plan to keep renting from him for years.",
    "Our main supplier is raising prices by 8% and we can't really switch.",
    "I've worked for this client for six years, they want a discount.",
    "My dad wants to buy my old truck, offered 4k.",
    "Selling my camera to a coworker, she offered 400.",
    "I've been renting from the same landlord for 5 years and he wants 200 more a month.",
    "My best mate wants to rent my spare room for 500.",
    "The supplier we depend on for 80% of our parts wants a price increase.",
    "I'll keep working with this agency after this project, they quoted 20k.",
    "The client is our biggest account, they want net 60 and 10% off.",
    "My manager offered me a promotion with a 5k raise.",
    "Negotiating rent with my uncle, who owns the flat I live in.",
    "Selling my old laptop to my neighbour, she offered 300.",
    "Our key distributor wants better margins.",
    "I don't want to burn bridges with this client, they want 20% off.",
    "This agency has done our marketing for 8 years, now they want 15% more.",
    "My cousin wants to buy my car for 3k.",
])
def test_ongoing_relationship_phrasings(text):
    assert read_situation(text).relationship


@pytest.mark.parametrize("text", [
    "Selling my car to a stranger off Craigslist, he offered 5k.",
    "Random guy on marketplace offered 200 for my bike.",
    "One-off purchase of a used sofa from someone I'll never see again, she wants 300.",
    "Buying a used car from a dealer, they want 18k.",
    "A stranger on eBay offered 120 for the drone.",
    "Buying a sofa from someone on Facebook Marketplace, she wants 300.",
    "My friend said the car is worth about 5k. The buyer offered 4k.",
])
def test_a_one_off_deal_with_a_stranger_is_no_relationship(text):
    assert read_situation(text).relationship is None


def test_the_users_own_calm_in_another_sentence_does_not_cancel_their_clock():
    assert read_situation("They want an answer by noon tomorrow on the 70k. Honestly I'm not in a rush to leave my job.").deadline
    assert read_situation("No rush, they said the 70k offer is there whenever I'm ready.").deadline is None


@pytest.mark.parametrize("text, related", [
    ("My sister and I co-own the flat; she wants to buy my half for 120k.", True),
    ("It's a family business and my uncle is asking 40k for his share.", True),
    ("I don't want to lose this buyer, he offered 800 for the bike.", False),
])
def test_co_owners_and_family_firms_are_relationships_a_keen_buyer_is_not(text, related):
    assert bool(read_situation(text).relationship) is related


@pytest.mark.parametrize("text", [
    "The open house is on Sunday and the list price is 420k. I want to offer 400k.",
    "I'll know more tomorrow after I talk to my bank. The seller wants 12k for the car.",
    "I get paid on the 15th. The guy wants 900 for the bike, I'd offer 750.",
    "The seller is gone until Monday, but he listed it at 5,500.",
    "The car looked good on Saturday, he's asking 8k.",
    "I met the buyer today and he offered 3,000 for the boat.",
    "The job starts on the 1st. They offered 70k, I want 78k.",
])
def test_a_date_without_a_decision_waiting_on_it_is_no_deadline(text):
    assert read_situation(text).deadline is None


@pytest.mark.parametrize("text", [
    "They'll only keep the offer open till Friday.",
    "The dealership told me the rebate ends tonight, car is 27,900.",
    "If I don't answer by tonight they're giving the job to someone else.",
    "My fixed-rate deal ends in six weeks and the bank offered 4.9%.",
])
def test_a_clock_on_the_offer_is_a_deadline(text):
    assert read_situation(text).deadline


@pytest.mark.parametrize("text", [
    "Our packaging supplier (9 years, never missed a delivery) wants 12% more.",
    "The cleaning firm (4 years with us) quoted 2,400 a month for the renewal.",
    "She'd be reporting directly to me if we hire her at 120k.",
    "He will report to me and asked for 95k.",
    "The designer we're hiring would be on my team; she wants 80k.",
    "I really want him and don't want to start off on a sour note, he asked for 5k more.",
    "We don't want to get off on the wrong foot with the new landlord, he wants 1,900.",
    "Our printer has bailed us out more than once in peak season, now they want 10% more.",
])
def test_future_reports_long_service_and_a_good_start_are_relationships(text):
    assert read_situation(text).relationship


@pytest.mark.parametrize("text", [
    "The car (5 years old, 80k km) is listed at 9k.",
    "He has good references (10 years experience) and wants 70k.",
    "I report to the CFO, who wants me to cut the vendor's price to 40k.",
    "The buyer got off on the wrong foot with me, offered 200 for the bike.",
    "The seller helped us out with the paperwork, she wants 4k for the van.",
])
def test_an_age_my_own_boss_or_a_one_off_favour_is_no_relationship(text):
    assert read_situation(text).relationship is None


@pytest.mark.parametrize("text", [
    "We've cleaned the offices of a law firm for seven years. They now want our fee cut from $3,400 to $2,900.",
    "She's been renting from us for eleven years and wants to pay $1,250 instead of $1,400.",
    "We have supplied their bakeries with flour for twelve years; the new buyer wants 8% off.",
])
def test_years_of_serving_them_are_a_relationship(text):
    assert read_situation(text).relationship


@pytest.mark.parametrize("text", [
    "I've had this van for six years and a stranger offered $7,500 for it.",
    "If they sign for three years we knock 5% off the $40k licence.",
    'The dealer said "let me run it past my manager" and came back at $18,200.',
    'Their rep wrote: "I can\'t promise anything, my boss decides discounts." The quote is $2,300.',
])
def test_owning_a_thing_a_contract_term_or_their_own_boss_is_no_relationship(text):
    assert read_situation(text).relationship is None


@pytest.mark.parametrize("text", [
    "They won't budge off 4,200 a month, we haven't moved off 3,900 either way.",
    "The distributor refused to move on the margin; we haven't moved from 22% since the first call.",
    "We've been stuck there four weeks on the equity split.",
    "It's been stuck at 55/45 for the last three meetings.",
])
def test_each_sides_no_or_weeks_stuck_is_a_deadlock(text):
    assert read_situation(text).stalled


@pytest.mark.parametrize("text", [
    "They won't move on price, but we haven't decided yet whether to offer a later start.",
    "He hasn't moved since Monday, and I moved twice.",
    "I was stuck in traffic for two hours, then they offered 3,100.",
])
def test_one_side_still_or_a_stuck_commute_is_no_deadlock(text):
    assert read_situation(text).stalled is None
