"""Pasted conversations: speakers, sides, and which numbers were offers."""

from __future__ import annotations

import pytest

from board.situation import read_situation
from board.transcript import parse


def pairs(s):
    return [(o.by, o.amount) for o in s.offers]


def test_buyer_side_and_bare_numbers() -> None:
    s = read_situation(
        "I'm the buyer. The listing: desk, asking $65. Here's our chat so far:\n"
        "Seller: Hi, still available.\n"
        "Buyer: how about 50?\n"
        "Seller: I could do 60.\n"
        "Buyer: would you do 55"
    )
    assert s.role == "buyer" and s.asking.amount == 65
    assert pairs(s) == [("me", 50), ("them", 60), ("me", 55)]


def test_listing_echo_refusal_and_their_number_are_not_offers() -> None:
    s = read_situation(
        "I'm the seller, asking $300.\n"
        "Buyer: you're asking 300? That's a lot.\n"
        "Seller: It's barely used. I can do 280.\n"
        "Buyer: 280 is too much for me. I can't do 250 either, but how about 240?\n"
        "Seller: It cost me $450 new. Meet at 260?"
    )
    assert pairs(s) == [("me", 280), ("them", 240), ("me", 260)]


def test_me_them_and_named_speakers() -> None:
    s = read_situation("Me: I'd need 95k.\nThem: We can do 88k.\nMe: 92k then.")
    assert pairs(s) == [("me", 95_000), ("them", 88_000), ("me", 92_000)]
    s = read_situation("I'm Jane.\nJane: My rate is $120/hour.\nBob: We budgeted $90/hour.\nJane: I could do $110.")
    assert pairs(s) == [("me", 120), ("them", 90), ("me", 110)]


def test_recruiter_is_them_and_scale_of_salary() -> None:
    s = read_situation("Recruiter: The base is $85,000.\nMe: I was hoping for something closer to 100.\nRecruiter: We could stretch to 90.")
    assert pairs(s) == [("them", 85_000), ("me", 100_000), ("them", 90_000)]


def test_counts_differences_and_dates_are_not_offers() -> None:
    s = read_situation(
        "I'm the buyer.\n"
        "Seller: It's a 2015 model with 3 bedrooms, listed at $2,400 a month, available 7/1.\n"
        "Buyer: Could you do 2,100 if I sign for 18 months?\n"
        "Seller: I can knock $100 off: 2,300 and I'll throw in a $50 gift card."
    )
    assert pairs(s) == [("them", 2_400), ("me", 2_100), ("them", 2_300)]


def test_unknown_side_is_assumed_with_a_notice() -> None:
    s = read_situation("Alex: 500?\nSam: 650.")
    assert len(s.offers) == 2 and any("Assumed" in n for n in s.notices)


def test_not_a_transcript() -> None:
    assert parse("Note: this is just one line with a colon.") is None
    assert parse("I'm the buyer. The listing: a desk, asking $60. Here's our chat so far:") is None


def test_tactics_in_a_chat() -> None:
    s = read_situation("I'm the buyer.\nSeller: 900 is my final offer, take it or leave it.\nBuyer: I'll think about it.")
    assert [t.code.value for t in s.tactics] == ["tactic-take-it-or-leave-it"]


def test_my_own_final_offer_is_not_their_tactic() -> None:
    s = read_situation("I'm the buyer.\nSeller: 900.\nBuyer: 700 is my final offer.\nSeller: I'll think about it.")
    assert s.tactics == []


def test_nibble_after_agreement() -> None:
    s = read_situation("We agreed on $4,000 for the car. Now he wants me to also cover the registration. One more thing, he said.")
    assert "tactic-nibble" in [t.code.value for t in s.tactics] and s.agreed
    assert read_situation("I'll throw in the helmet if they pay 300.").tactics == []


def test_a_chat_nibble_is_an_ask_after_the_handshake_not_before() -> None:
    chat = ("I'm selling my road bike. Here's the chat:\n"
            "{early}Me: I'm asking $600.\nBuyer: How about 520?\nMe: 560 and it's yours.\nBuyer: Deal.{late}\n")
    before = read_situation(chat.format(early="Buyer: Could you also throw in the pump?\n", late=""))
    assert before.agreed and "tactic-nibble" not in [t.code.value for t in before.tactics]
    after = read_situation(chat.format(early="", late=" Oh, one more thing, could you also throw in the pump and the lights?"))
    assert "yes to 560" in after.agreed  # the yes still closes though a question follows it
    assert "tactic-nibble" in [t.code.value for t in after.tactics]
    offering = read_situation(chat.format(early="", late="\nBuyer: I'm also happy to throw in a bike rack for you."))
    assert "tactic-nibble" not in [t.code.value for t in offering.tactics]


def test_notes_after_a_chat_are_the_users_account_not_more_chat() -> None:
    s = read_situation(
        "We offered $575k on a 3-bed listed at $625k. Here's how it went:\n\n"
        "Us: 575\nSeller: 615\nUs: 590\nSeller: 612\n\n"
        "Our absolute max is $595k.\n\n"
        "Backup: a similar 3-bed two streets over; those sellers would accept $585k.\n"
    )
    assert pairs(s) == [("me", 575_000), ("them", 615_000), ("me", 590_000), ("them", 612_000)]  # the prose 575 is the chat's first
    assert s.reservation.amount == 595_000  # "how it went:" introduces a story, not their words
    assert s.alternative.amount == 585_000  # "Backup:" heads a note, it is not a speaker


def test_years_and_short_phone_numbers_in_a_chat() -> None:
    s = read_situation(
        "I'm the buyer. The listing: a car, asking $10500.\n"
        "Buyer: Would you take $8000? 2013 is getting kind of old.\n"
        "Seller: It IS from 2013 but I can do 9500. Call me at 345-7878."
    )
    assert pairs(s) == [("me", 8000), ("them", 9500)]


def test_market_prices_parts_and_things_are_not_offers() -> None:
    s = read_situation(
        "I'm the seller. The listing: a lamp, asking $90. Here's our chat so far:\n"
        "Buyer: Similar lamps go for about $60 at the flea market. I could do 65 and a $10 coffee voucher.\n"
        "Seller: Those sell for $120 brand new, you know. 80 is fair.\n"
        "Buyer: How about 75, of which $70 in cash and $5 tomorrow?"
    )
    assert pairs(s) == [("them", 65), ("me", 80), ("them", 75)]


def test_own_sale_price_and_budget_are_offers() -> None:
    s = read_situation(
        "I'm the buyer. The listing: a flat, asking $1500. Here's our chat so far:\n"
        "Seller: The flat is going for 1500!\n"
        "Buyer: I have a $1200 budget, and I'd pay a $1250 month at most.\n"
        "Seller: They usually rent for around $1400, so that's my offer."
    )
    assert pairs(s) == [("them", 1500), ("me", 1200), ("me", 1250), ("them", 1400)]


def test_a_deposit_is_not_the_price_and_agreement_echo_counts() -> None:
    s = read_situation(
        "I'm the buyer. The listing: a room, asking $700. Here's our chat so far:\n"
        "Buyer: I'd pay no more than $600 but if that is not enough I can stretch a bit.\n"
        "Seller: The deposit, which is $700, I can waive. I could do 650 a month.\n"
        "Buyer: 640?\n"
        "Seller: Agreed on 640?"
    )
    assert pairs(s) == [("me", 600), ("them", 650), ("me", 640), ("them", 640)]


def test_difference_between_two_prices_is_not_an_offer() -> None:
    s = read_situation(
        "I'm the seller. The listing: a desk, asking $700. Here's our chat so far:\n"
        "Buyer: I can do 560.\n"
        "Seller: The difference between 560 and 700 is 140; I'd put 100 towards that difference. Make it 600."
    )
    assert pairs(s) == [("them", 560), ("me", 600)]


def test_meet_in_the_middle_without_a_number_is_the_midpoint() -> None:
    s = read_situation(
        "I'm the buyer. The listing: a kayak, asking $500. Here's our chat so far:\n"
        "Buyer: Would you take 300?\n"
        "Seller: Too low. Let's meet in the middle?\n"
        "Buyer: I can't meet you in the middle, sorry."
    )
    assert pairs(s) == [("me", 300), ("them", 400)]
    s = read_situation("I'm the seller.\nBuyer: 200?\nSeller: 260.\nBuyer: Split the difference with you?")
    assert pairs(s) == [("them", 200), ("me", 260), ("them", 230)]


def test_amount_off_and_the_asking_price_in_words() -> None:
    s = read_situation(
        "I'm the buyer. The listing: a scooter, asking $900. Here's our chat so far:\n"
        "Buyer: Could you take $150 off?\n"
        "Seller: I can knock $50 off.\n"
        "Seller: Fine, another $25 off, that's it.\n"
        "Buyer: Could you lower it by $100?"
    )
    assert pairs(s) == [("me", 750), ("them", 850), ("them", 825), ("me", 800)]
    s = read_situation(
        "I'm the seller. The listing: a canoe, asking $700. Here's our chat so far:\n"
        "Buyer: I can't pay the full asking price. 550?\n"
        "Seller: Sorry, the listing price is the lowest I can go.\n"
        "Buyer: OK, I'll pay your asking price of $700 if you deliver it."
    )
    assert pairs(s) == [("them", 550), ("me", 700), ("them", 700)]


def test_floor_typos_quoting_their_offer_and_restating_my_listing() -> None:
    s = read_situation(
        "I'm the seller. The listing: a sofa, asking $400. Here's our chat so far:\n"
        "Buyer: I see you are offering 400 for it. Is 250 ok?\n"
        "Seller: So you think 400 is too high? I can't take less then 350.\n"
        "Buyer: I won't go higher than 300."
    )
    assert pairs(s) == [("them", 250), ("me", 400), ("me", 350), ("them", 300)]


def test_the_gap_between_the_sides_and_times_are_not_prices() -> None:
    s = read_situation(
        "I'm the buyer. The listing: a truck, asking $9,000. Here's our chat so far:\n"
        "Buyer: I can do 7,000.\n"
        "Seller: 8,000 and it's yours, if you come by 5 tomorrow.\n"
        "Buyer: OK, I can get the other 1,000 dollars from my brother.\n"
        "Seller: We don't take section 8 vouchers, just so you know."
    )
    assert pairs(s) == [("me", 7000), ("them", 8000)]


def test_their_number_quoted_and_money_i_do_not_have_are_not_my_offers() -> None:
    s = read_situation(
        "I'm the seller. The listing: a grill, asking $300. Here's our chat so far:\n"
        "Buyer: I dont have 300 right now. Would 220 work?\n"
        "Seller: 260.\n"
        "Buyer: 240 then.\n"
        "Seller: Earlier you said you'd pay 250."
    )
    assert pairs(s) == [("them", 220), ("me", 260), ("them", 240)]


def test_a_listing_cue_in_an_earlier_sentence_and_a_refusal_before_a_but() -> None:
    s = read_situation(
        "I'm the buyer. The listing: a lamp, asking $40. Here's our chat so far:\n"
        "Seller: Still for sale.\n"
        "Buyer: Nice. You're asking 40.  How about 25?\n"
        "Seller: That is kind but I really can't afford 25 would you consider 35\n"
        "Buyer: I'd go a little higher but not 35."
    )
    assert pairs(s) == [("me", 25), ("them", 35)]


def test_what_it_was_bought_for_is_a_reference_not_an_offer() -> None:
    s = read_situation(
        "I'm the buyer. The listing: a rug, asking $120. Here's our chat so far:\n"
        "Seller: I bought this one brand new for $300. I can let it go for 120.\n"
        "Buyer: I bought the other set for $90. A mover will charge me around $30, so would you take 80?"
    )
    assert pairs(s) == [("them", 120), ("me", 80)]


def test_limits_stated_with_a_negation_are_positions() -> None:
    s = read_situation(
        "I'm the seller. The listing: a kayak, asking $500. Here's our chat so far:\n"
        "Buyer: Would you do 350?\n"
        "Seller: I'm not moving from $450.\n"
        "Buyer: Sorry, I can't go beyond 400.\n"
        "Seller: Are you sure you can't go 420?"
    )
    assert pairs(s) == [("them", 350), ("me", 450), ("them", 400), ("me", 420)]


def test_their_number_repeated_before_my_counter_is_not_my_offer() -> None:
    s = read_situation(
        "I'm the seller. The listing: a bed, asking $250. Here's our chat so far:\n"
        "Buyer: I can pay 180.\n"
        "Seller: $180 for such a great bed? If you come up to $220 you have a deal.\n"
        "Buyer: That's still basically 220. Let's say 200.\n"
        "Seller: I can do 200 or 210 with delivery."
    )
    assert pairs(s) == [("them", 180), ("me", 220), ("them", 200), ("me", 200), ("me", 210)]


def test_measurements_decades_model_years_and_book_values_are_not_offers() -> None:
    s = read_situation(
        "I'm the buyer. The listing: a desk, asking $90. Here's our chat so far:\n"
        "Seller: It's 48\" wide and 30 inches deep, built in the 80's.\n"
        "Buyer: Would you take 60?\n"
        "Seller: These normally sell for around $150, and I poured 70 into it. Let's say 85."
    )
    assert pairs(s) == [("me", 60), ("them", 85)]
    s = read_situation(
        "I'm the seller. The listing: a pickup, asking $6,000. Here's our chat so far:\n"
        "Seller: It's a 2004, clean title.\n"
        "Buyer: KBB says 4,500 for these. I poured 2k into my last truck. I can do 4,800.\n"
        "Seller: The lowest I can go is 5,500.\n"
        "Buyer: They usually sell for around $5,000, so that's my offer."
    )
    assert pairs(s) == [("them", 4800), ("me", 5500), ("them", 5000)]


def test_a_year_shaped_number_put_forward_is_a_price() -> None:
    s = read_situation(
        "I'm the seller. The listing: a flat, asking $2,300. Here's our chat so far:\n"
        "Buyer: It was built in 2005 and needs work. How about 2000 instead?\n"
        "Seller: I'm willing to go down to 1950 in this situation.\n"
        "Buyer: My cousin got a 2010 Civic for less."
    )
    assert pairs(s) == [("them", 2000), ("me", 1950)]


def test_an_acceptance_with_the_modal_can_repeats_their_number() -> None:
    s = read_situation(
        "I'm the seller. The listing: a chair, asking $300. Here's our chat so far:\n"
        "Buyer: I can do 200.\n"
        "Seller: Okay 200 can work, but you pick it up. I also have 12 cans of paint."
    )
    assert pairs(s) == [("them", 200), ("me", 200)]


def test_past_purchases_usual_prices_and_judged_numbers_are_not_offers() -> None:
    s = read_situation(
        "I'm the buyer. The listing: old tablet, asking $40. Here's our chat so far:\n"
        "Buyer: I purchased a refurbished tablet two weeks ago for $35, so how about 25?\n"
        "Seller: These are usually $60 in shops. Would $35 work?\n"
        "Buyer: $35 is really high for a used one. 28?\n"
        "Seller: 30$ is quite low but fine, 32 and it's yours"
    )
    assert pairs(s) == [("me", 25), ("them", 35), ("me", 28), ("them", 32)]


def test_a_refusal_that_carries_its_own_modal_is_not_an_offer() -> None:
    s = read_situation(
        "I'm the buyer, asking $500 is the listing.\n"
        "Buyer: would you take 300?\n"
        "Seller: There's no way I can let a new console go for $300. I could do $420.\n"
        "Buyer: 380?\n"
        "Seller: no way I can go below 400"
    )
    assert pairs(s) == [("me", 300), ("them", 420), ("me", 380), ("them", 400)]


def test_answers_to_questions_about_counts_years_and_miles_are_not_prices() -> None:
    s = read_situation(
        "I'm the buyer. The listing: 2 bed flat, asking $2,400. Here's our chat so far:\n"
        "Buyer: When was the building renovated?\n"
        "Seller: Autumn 2019\n"
        "Buyer: How many parking spots come with it\n"
        "Seller: 2\n"
        "Buyer: And how many miles to the station?\n"
        "Seller: Under 3, it's a short walk\n"
        "Buyer: What floor is it on?\n"
        "Seller: 4, and 2300 and it's yours\n"
        "Buyer: I can do 2,100"
    )
    assert pairs(s) == [("them", 2300), ("me", 2100)]


def test_a_year_shaped_floor_or_lowered_price_is_a_price() -> None:
    s = read_situation(
        "I'm the buyer. The listing: house, asking $2,500. Here's our chat so far:\n"
        "Buyer: could you come down?\n"
        "Seller: I don't think I could go below 2000 considering the size\n"
        "Buyer: 1900?\n"
        "Seller: If you sign today I can lower it to 2010"
    )
    assert pairs(s) == [("them", 2000), ("me", 1900), ("them", 2010)]


def test_an_alternative_cue_yields_to_the_speakers_own_move() -> None:
    s = read_situation(
        "I'm the buyer. The listing: bookcase, asking $80. Here's our chat so far:\n"
        "Buyer: would you take 50?\n"
        "Seller: I'd rather keep it than sell that low. I can go with $65.\n"
        "Buyer: Maybe we could pick another day for pickup. $55 should work for me.\n"
        "Seller: I have one other buyer asking about it. 60 is as low as I go.\n"
        "Buyer: If I could move it out tonight I can bring it up to 58\n"
        "Seller: I had another offer of $62 this morning, can you match that?"
    )
    assert pairs(s) == [("me", 50), ("them", 65), ("me", 55), ("them", 60), ("me", 58)]


def test_budget_judgements_third_party_offers_and_other_prices_are_not_offers() -> None:
    s = read_situation(
        "I'm the buyer. The listing: lamp, asking $90. Here's our chat so far:\n"
        "Buyer: I see you have it listed for 90 but I can only do 50. A new lamp which costs only $70 is an option too.\n"
        "Seller: A lady offered me $70 yesterday but never showed up. 80?\n"
        "Buyer: $80 is a little over my budget. 60?"
    )
    assert pairs(s) == [("me", 50), ("them", 80), ("me", 60)]


def test_a_price_split_over_the_items_of_one_deal_is_one_offer() -> None:
    s = read_situation(
        "I'm the seller. The listing: desk and chair, asking $120. Here's our chat so far:\n"
        "Buyer: I'll pay 70 for the desk and 20 for the chair\n"
        "Seller: I could do 110 for both, or 85 for the desk alone"
    )
    assert pairs(s) == [("them", 90), ("me", 110), ("me", 85)]


def test_our_side_and_the_scale_of_a_chat_from_the_words_around_it() -> None:
    from board.situation import read_situation
    s = read_situation("Offer history on the condo:\nUs: 305\nSeller: 345\nUs: 320\nSeller: 334\nComps nearby are 310-340k.")
    assert s.role == "buyer" and s.wants == "less"
    assert [(o.by, o.amount) for o in s.offers] == [("me", 305000), ("them", 345000), ("me", 320000), ("them", 334000)]


def test_the_listing_note_before_a_chat_comes_first_and_the_bottom_is_the_line() -> None:
    from board.situation import read_situation
    s = read_situation("Selling my motorbike, asked $9,400 on Craigslist. I'm the seller.\nBuyer: would you do 8,000\nMe: I can do 9,000\n"
                       "Buyer: 8,200 final\nMe: 9,000 is fair\nBuyer: 8,200 is what I have\nMy bottom was 8,500.")
    assert [(o.by, o.amount) for o in s.offers][:3] == [("me", 9400), ("them", 8000), ("me", 9000)]
    assert s.offers[-1].by == "them" and s.offers[-1].amount == 8200
    assert s.reservation is not None and s.reservation.amount == 8500


def test_a_question_i_mean_to_send_is_my_number_and_a_collector_buys() -> None:
    from board.situation import read_situation
    s = read_situation("Collector: Hi, I'd give you $2,000 for it, cash\nMe: let me think\n"
                       "I was going to just reply \"could you do $2,500?\" and meet in the middle.")
    assert s.role == "seller" and s.wants == "more"
    assert [(o.by, o.amount) for o in s.offers if o.by == "them"] == [("them", 2000)]


def test_a_pasted_history_of_rounds_one_row_per_round() -> None:
    s = read_situation("Selling our place, listed at $489,000.\nBuyer 455 / us 489\nBuyer 462 / us 482\nBuyer 466 / us 479\n"
                       "I'm thinking of coming down to 476.")
    assert pairs(s) == [("them", 455_000), ("me", 489_000), ("them", 462_000), ("me", 482_000), ("them", 466_000), ("me", 479_000)]
    s = read_situation("Buying a RAV4, sticker $29,900.\nMe: 24,000 / them: 29,900\nMe: 24,500 / them: 29,400\n")
    assert pairs(s) == [("me", 24_000), ("them", 29_900), ("me", 24_500), ("them", 29_400)]
    one = read_situation("Sizes: Small 12 / Large 18.")  # one row is not a history
    assert pairs(one) == []


@pytest.mark.parametrize("text, offers", [
    ("Buying a used camper.\nMe: 41,000 / Them: 52,000\nMe: 43,000 / Them: 50,500\n",
     [("me", 41000), ("them", 52000), ("me", 43000), ("them", 50500)]),
    ("I'm the buyer.\nUs: 1,200 | seller: 1,600\nUs: 1,300 | seller: 1,550\n",
     [("me", 1200), ("them", 1600), ("me", 1300), ("them", 1550)]),
])
def test_two_turns_on_one_line_are_two_offers(text, offers):
    from board.situation import read_situation
    assert [(o.by, o.amount) for o in read_situation(text).offers] == offers


def test_a_colon_inside_a_message_is_not_a_second_turn():
    tr = parse("Me: can we meet Friday / reminder: bring the logbook\nThem: sure, 5pm\n")
    assert tr is not None
    assert [ln.speaker for ln in tr.lines] == ["Me", "Them"]
    assert "reminder: bring the logbook" in tr.lines[0].text


def test_a_bullet_list_of_quotes_is_notes_not_a_chat() -> None:
    s = read_situation("Buying 40 laptops.\n- Vendor A: $1,180/unit, 4-hour onsite support\n- Vendor B: $1,140/unit, next-business-day onsite\n"
                       "- three calls with A now. they won't go below 1,180, I won't go above 1,100\n")
    assert s.notices == [] and ("them", 1_180) in pairs(s)
    assert parse("Me: 1,200 is my max\nThem: 1,400\n") is not None  # sides by name still make a chat


def test_supplier_bullets_with_a_parenthesis_are_notes_and_a_timeline_with_me_is_a_chat() -> None:
    s = read_situation("We have three quotes:\n- Supplier A (Taiwanese brand, via distributor): €182.000\n"
                       "- Supplier B (Japanese brand): €195.000, service point is 30 km from us\n- Supplier C: €210.000\n"
                       "Maximum for B is €190.000 — above this we take A and buy a service contract for ca. €6.000 per year, so we are fine also with A.")
    assert s.notices == [] and not [o for o in s.offers if o.by == "me" and o.amount == 195_000]
    assert s.reservation.amount == 190_000  # "we are fine" is not a line at €6.000
    chat = read_situation("Me (Mar 3): We'd like to offer $5,400/month.\nPM (Mar 6): The owner's position is $6,200/month.\n"
                          "PM (Mar 14): The owner remains at $6,200.\n")
    assert pairs(chat) == [("me", 5_400), ("them", 6_200), ("them", 6_200)]
