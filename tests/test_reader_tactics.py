"""Their tactics, in the user's account and in their own quoted words; the user's own threats are not theirs."""

from __future__ import annotations

import pytest

from board.codes import FindingCode as F
from board.cues import read_tactics
from board.situation import read_situation


def codes(text: str) -> set[str]:
    return {c for c, _ in read_tactics(text)}


@pytest.mark.parametrize("text", [
    "The purchasing lead said they'll go with the other vendor if we don't move.",
    "He told me he has plenty of other buyers lined up.",
    'She wrote back: "fine, we\'ll look elsewhere then."',
    "The agency threatened to take their business to a competitor.",
    'Their reply: "Match it or we\'re switching providers at renewal."',
    '"Honestly I have three other candidates for this," the owner said.',
    "Her note says they might just hire someone else.",
])
def test_threats_to_leave(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT in codes(text)


@pytest.mark.parametrize("text", [
    "I'm going to tell them I'll go with the other vendor.",
    "If they won't move I'll look elsewhere.",
    "They haven't said anything about other buyers.",
])
def test_the_users_own_threat_or_a_denial_is_not_their_tactic(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT not in codes(text)


@pytest.mark.parametrize("text", [
    "We settled on the price yesterday. Now he's also asking me to cover the delivery.",
    'We signed off on the deal. Then the buyer emailed: "oh and could you also leave the curtains?"',
    "After we shook hands she came back with one last small request: a free service.",
    "We agreed everything on Friday, and today they asked would you be ok with paying the fees too?",
])
def test_nibbles(text: str) -> None:
    assert F.TACTIC_NIBBLE in codes(text)


@pytest.mark.parametrize("text", [
    "The account rep was lovely and kept saying she's on our side. Then her director joined and was blunt and dismissive.",
    "Jim was really friendly about it, but when Paula got on the call she was cold and curt.",
])
def test_good_cop_bad_cop(text: str) -> None:
    assert F.TACTIC_GOOD_COP_BAD_COP in codes(text)


def test_one_person_friendly_but_firm_is_not_a_double_act() -> None:
    assert F.TACTIC_GOOD_COP_BAD_COP not in codes("The seller was friendly. We offered 500.")


@pytest.mark.parametrize("text, code", [
    ("The recruiter said this is the top of the band for the role.", F.TACTIC_TAKE_IT_OR_LEAVE_IT),
    ("He says that's what the budget allows, nothing more.", F.TACTIC_TAKE_IT_OR_LEAVE_IT),
    ("She has to run it past her finance team first.", F.TACTIC_HIGHER_AUTHORITY),
    ("The rep said the deal desk won't approve anything lower.", F.TACTIC_HIGHER_AUTHORITY),
])
def test_final_offers_and_absent_authorities(text: str, code: F) -> None:
    assert code in codes(text)


def test_agreement_assumptions_and_relationships() -> None:
    from board.situation import read_situation

    s = read_situation("I verbally accepted on Tuesday. Honestly I'm sure they need me more than I need them.")
    assert s.agreed and s.assumptions
    assert read_situation("A friend at a similar company told me the market rate is $90k.").relationship is None
    assert read_situation("They've supplied us for twelve years and I don't want to sour that.").relationship
    assert read_situation("They must be desperate, the place has sat empty for months.").assumptions
    assert not read_situation("They asked for a quote on Monday.").assumptions


@pytest.mark.parametrize("text, issue", [
    ("They also asked about net 45 instead of net 30.", "payment terms"),
    ("Could they cover the closing costs?", "closing costs"),
    ("The buyer wants me to stay on for a handover period.", "handover"),
    ("They keep pushing a three-year term.", "contract length"),
    ("Maybe they'd throw in a service plan.", "extras"),
])
def test_tradeable_issues(text: str, issue: str) -> None:
    from board.cues import read_issues

    assert issue in read_issues(text)


# Phrasings written for the reader in many voices (forum posts, texts, UK/US English): each names
# their tactic once; the near misses are the user's own words, a denial, or a different situation.

@pytest.mark.parametrize("text", [
    "They want a yes today or the offer's gone. It's 65k.",
    "The dealer said 24,500 is his best and final.",
    "HR says 85k is non-negotiable.",
    "He told me that's as high as they go - 9k.",
    "Landlord: 1,800 and that's it, take it or leave it.",
    "She said this is it, 450 is the lowest she'll accept.",
    "They said the 70k is their final offer.",
    "The recruiter said the number isn't going to change. 78k.",
    "Buyer said 12k, not a penny more.",
    "The agency told us 30k is the floor, they won't go under it.",
    "They said 95k, no more negotiating.",
    "He said 3,200 is as low as he'll go.",
    "offer is 60k and they said thats final",
    "the seller says 15k firm",
    "They said the offer is what it is. 58k.",
    "Their last word was 110k, there's nothing more in the budget.",
    "The client says 5k is all they can pay, end of story.",
    "He says he won't take a cent under 7,500.",
    "The supplier says the price is locked at 14 per unit.",
    "They've said this is their best offer and they won't revisit it. 82k.",
    "Landlord's letting agent said 1,600 is the rent, they won't entertain anything less.",
    "The dealer says 19,990 is the sticker and they don't haggle.",
    "Recruiter said the band tops out at 88k and there's zero flexibility.",
    "He said it's 400 or nothing.",
    "They said their offer of 62k stands and they won't be improving it.",
    "The customer said 8% off is their final position.",
    "She told me flat out: 2k is my max, don't bother countering.",
    "The contractor said 14k is rock bottom.",
])
def test_final_offer_phrasings(text: str) -> None:
    assert F.TACTIC_TAKE_IT_OR_LEAVE_IT in codes(text)


@pytest.mark.parametrize("text", [
    "I told them 70k is my final offer.",
    "They didn't say it was final. Offer is 65k.",
    "My best and final to them was 9,000.",
    "I'm not sure if 80k is their final number.",
    "They offered 72k and said there's some flexibility.",
    "I said 12k is as low as I'll go.",
    "I said 2k was my absolute max.",
    "I'm firm on 85k.",
    "We told them our final number is 40k.",
    "They haven't said whether 62k is final.",
])
def test_the_users_own_final_word_or_a_denial_is_not_their_ultimatum(text: str) -> None:
    assert F.TACTIC_TAKE_IT_OR_LEAVE_IT not in codes(text)


@pytest.mark.parametrize("text", [
    "They said if we don't drop the price they'll go with someone else.",
    "He said he'd list it with another agent if I don't cut my commission.",
    "She'll walk if I don't come down, she said so.",
    "The client hinted they might take the work in-house.",
    "The buyer says he'll just buy a different one if I don't accept 5k.",
    "Landlord says he has a waiting list of people who'd pay 2,000.",
    "They told us they're talking to two other suppliers.",
    "The recruiter said they have other candidates who'd take 80k.",
    "My client said they'll move the account to another agency if we don't match 10k.",
    "he threatened to back out of the sale unless i knock off 500",
    "They said they'd rather walk than pay 50k.",
    "The tenant says she'll move out if I raise the rent to 1,500.",
    "The customer says a competitor quoted them 20% less and they're ready to switch.",
    "She said if I won't do 300 she'll find another photographer.",
    "The buyer said he'll look at other cars if I don't come down.",
    "She mentioned she's got three other flats to view this week.",
    "Client said they'd consider other agencies if our rate goes up.",
    "He said he'd rather buy new than pay 9k for mine.",
    "The tenant hinted she might leave at the end of the lease if the rent goes up.",
    "They made it clear they'd hire a cheaper freelancer.",
    "The recruiter said they have another candidate ready to sign.",
    "He's threatening to pull the order.",
])
def test_their_threat_to_leave_phrasings(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT in codes(text)


@pytest.mark.parametrize("text", [
    "I told them I'd go with someone else if they don't move.",
    "I might walk if they don't come up to 80k.",
    "They didn't say anything about going elsewhere. Offer is 70k.",
    "I'll list it with another agent if he won't cut the fee.",
    "We'll look at other agencies if they raise the rate.",
    "I could always buy a different car if he won't budge.",
    "He said he's not looking at other cars.",
])
def test_the_users_own_fallback_is_not_their_threat(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT not in codes(text)


@pytest.mark.parametrize("text", [
    "The rep says anything under 40k has to be signed off by head office.",
    "He said it's above his pay grade and he'll have to ask his manager.",
    "The landlord says his wife has to agree to any rent cut.",
    "The recruiter said she'd need to get approval from finance for anything over 90k.",
    "The buyer said he needs to talk it over with his business partner before going above 12k.",
    "They said the board has to approve the budget, offer is 50k.",
    "salesman keeps going to 'talk to the manager' every time I counter",
    "She says her hands are tied, HR sets the bands.",
    "The procurement lead says the CFO won't sign anything over 200k.",
    "He said he's not authorised to go below 18k.",
    "The supplier says pricing is set by their head office and he can't change it.",
    "They have to check with corporate before they can move on rent.",
    "The hiring manager says she'd need the VP to sign off on a higher base.",
    "The seller said his dad owns the car really and won't take less than 6k.",
    "The client said their legal team has to approve any change to the terms.",
    "The manager said the owner sets the prices and he can't discount.",
    "The account exec says she needs her VP's approval to go below 60k.",
    "The hiring manager says anything over the band needs sign-off from the comp committee.",
    "He said he'd have to run it past his wife first.",
    "The landlord's agent said she'd have to take any offer back to the landlord.",
    "Procurement says anything over 50k has to go to the board.",
])
def test_absent_authority_phrasings(text: str) -> None:
    assert F.TACTIC_HIGHER_AUTHORITY in codes(text)


@pytest.mark.parametrize("text", [
    "My wife and I are buying a car together; the dealer offered 22k.",
    "I'm selling my used car, a guy offered 5k. My boss is on holiday this week.",
    "I need to check with my wife before I accept their 300k offer.",
    "I need to run it past my partner before I sign.",
    "My boss wants me to close this by Friday.",
    "We'll have to check with our finance team.",
])
def test_the_users_own_sign_off_or_household_is_not_their_authority(text: str) -> None:
    assert F.TACTIC_HIGHER_AUTHORITY not in codes(text)


@pytest.mark.parametrize("text", [
    "After we shook on 9,500 he asked me to throw in the winter tires.",
    "We agreed on 1,200 for the sofa and then she asked if I could deliver it for free.",
    "Once we'd agreed the rate, the client asked for two extra revisions at no charge.",
    "We shook hands at 15k and now he wants the roof rack too.",
    "Deal was done at 450, then he messaged 'oh and can you also include the charger?'",
    "We agreed 82k last week. Now HR is asking if I can start a week earlier.",
    "We'd settled on 2k for the job, and now they want me to also haul the old deck away for free.",
    "Just as we were signing, the buyer said 'one last thing, can you leave the curtains?'",
    "After agreeing 3,400, they asked me to throw in the case and spare battery.",
    "We had a deal at 700 but then he asked if I'd knock off another 50 for cash.",
    "We agreed the contract at 60k, and the day after they asked for net 90 payment terms.",
    "Everything was agreed at 1,100 a month, then the landlord wanted me to pay for the carpet cleaning as well.",
    "We agreed on 550 and then she asked if I'd throw in the stand too.",
    "Deal was agreed at 40k, and now procurement wants net 60 on top.",
    "After we agreed my rate he asked if I could also do the social posts for free.",
    "We shook hands at 12,300 and the next day he asked for a full tank of fuel and new mats.",
    "Price was settled at 260 and then he wanted me to deliver it as well.",
])
def test_nibble_after_agreement_phrasings(text: str) -> None:
    from board.situation import read_situation

    s = read_situation(text)
    assert s.agreed and F.TACTIC_NIBBLE in {t.code for t in s.tactics}


@pytest.mark.parametrize("text", [
    "Before we agreed anything they asked about the winter tires too.",
    "They offered 9,000 and asked if the winter tires are included.",
    "They asked for free delivery and we haven't agreed on a price yet.",
    "I'm hoping we agree on 550. She asked about the stand.",
])
def test_an_ask_before_any_agreement_is_not_a_nibble(text: str) -> None:
    from board.situation import read_situation

    s = read_situation(text)
    assert s.agreed is None or F.TACTIC_NIBBLE not in {t.code for t in s.tactics}


@pytest.mark.parametrize("text", [
    "The recruiter is super nice but the hiring manager keeps saying we're too expensive.",
    "The salesman is all smiles and keeps saying he's on my side, but his manager comes in and says no way to every number.",
    "Their account manager is lovely but the procurement guy is a total hardass.",
    "One of them was really friendly, the other just sat there shaking his head and saying the price was ridiculous.",
    "The landlord's son is really reasonable, but the landlord herself is aggressive about the rent.",
    "Tom keeps telling me he wants to make this work, then his partner Sarah comes in and rejects everything.",
    "The buyer is nice enough but his wife keeps tearing the car apart and saying it's overpriced.",
    "The recruiter has been so helpful and warm, but the hiring manager was really harsh on the call about my number.",
    "The owner was friendly and chatty, but his business partner was cold and kept saying the number was too high.",
    "One recruiter is super encouraging; the other one is dismissive and keeps saying I'm asking too much.",
    "The sales guy is really helpful but every time his manager comes over he's blunt and rejects my offer.",
])
def test_good_cop_bad_cop_phrasings(text: str) -> None:
    assert F.TACTIC_GOOD_COP_BAD_COP in codes(text)


@pytest.mark.parametrize("text", [
    "My wife and I are buying together; the seller was friendly. We offered 500.",
    "The recruiter is super nice and the hiring manager was nice too.",
    "The dealer was rude. I offered 20k.",
    "My wife is nice but she thinks we're overpaying, the seller wants 9k.",
    "The dealer was friendly. His manager approved the discount.",
    "My husband is lovely but the dealer was rude.",
])
def test_one_mood_or_the_users_own_side_is_not_a_double_act(text: str) -> None:
    assert F.TACTIC_GOOD_COP_BAD_COP not in codes(text)


@pytest.mark.parametrize("text, code", [
    ('I said I might look around and he said "that\'s the rent, take it or leave it".', F.TACTIC_TAKE_IT_OR_LEAVE_IT),
    ('The account lead told us to pay 12% more or they\'ll "reconsider the partnership".', F.TACTIC_WALKAWAY_THREAT),
    ('Their sales director said "go ahead and ask around, we\'ve got restaurants queuing up for this slot".', F.TACTIC_WALKAWAY_THREAT),
    ("She hinted they have a quote from a cheaper print shop.", F.TACTIC_WALKAWAY_THREAT),
    ('The recruiter wrote: "the panel loves you but the pay committee won\'t approve above 95k".', F.TACTIC_HIGHER_AUTHORITY),
])
def test_their_tactic_told_through_a_quote_or_a_hint(text: str, code: F) -> None:
    assert code in codes(text)


def test_a_chat_agreement_then_can_you_also_is_a_nibble() -> None:
    from board.situation import read_situation

    chat = "Buyer: 300?\nMe: 340 and it's yours\nBuyer: ok deal, 340. could you also drop it off at mine?\n"
    s = read_situation(chat)
    assert s.agreed and F.TACTIC_NIBBLE in {t.code for t in s.tactics}


@pytest.mark.parametrize("text, code", [
    ("There are plenty of other cars out there for me. He wants 9k.", F.TACTIC_WALKAWAY_THREAT),
    ("I'm considering other options. The offer is 75k.", F.TACTIC_WALKAWAY_THREAT),
    ("I'll run it past my accountant. They quoted 20k.", F.TACTIC_HIGHER_AUTHORITY),
    ("They said 60k is their starting point and there's room to talk.", F.TACTIC_TAKE_IT_OR_LEAVE_IT),
])
def test_the_users_own_options_and_advisers_are_not_their_tactics(text: str, code: F) -> None:
    assert code not in codes(text)


@pytest.mark.parametrize("text", [
    "The dealer's manager said the price is the price and he can't do anything more.",
    'Their rep: "I can\'t do anything more on this one."',
    "Buyer: would you do 8,000\nMe: 9,000\nBuyer: 8,200 final",
    'He texted "7,500 final, cash today".',
    'He wrote: "8,200 is what I have".',
    'She said "400 is all I have".',
    "The landlord said 1,900 was the absolute lowest he'd go.",
    "The landlord said 1,900 was his lowest.",
])
def test_final_offers_in_more_words(text: str) -> None:
    assert F.TACTIC_TAKE_IT_OR_LEAVE_IT in codes(text)


@pytest.mark.parametrize("text", [
    "Is 8,200 final? I asked him.",
    "I asked what's their lowest? No answer.",
    "This is what I have in mind: 450 for the couch.",
    "Of the three quotes, theirs was the lowest of the bunch at 4k.",
    "Their offer was the lowest price I've seen all year.",
    "Seller: Well, that's all I got! It does come with a warranty.",
])
def test_questions_and_comparisons_are_not_final_offers(text: str) -> None:
    assert F.TACTIC_TAKE_IT_OR_LEAVE_IT not in codes(text)


@pytest.mark.parametrize("text", [
    'They want an answer by tomorrow or "we move to the next candidate".',
    "The recruiter said if I don't sign by Friday they'll go to the next candidate on the list.",
    'The buyer wrote: "we have two other bikes that would work for us, so let me know."',
    'Their producer: "We have three other tracks that would work fine."',
])
def test_threats_to_move_on(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT in codes(text)


@pytest.mark.parametrize("text", [
    "I might move on to the next listing if this one doesn't work out.",
    "We have three kids who would love this house.",
])
def test_moving_on_in_the_users_words_is_not_their_threat(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT not in codes(text)


@pytest.mark.parametrize("text", [
    "The coordinator was lovely and kept saying she'd fight for us. Then the owner came in and said 22k was the absolute lowest.",
    'The creative director was super warm. Then their producer joined: "Look, the budget is $4,000 all in. That\'s it."',
])
def test_a_friendly_one_then_another_with_a_flat_limit_is_a_double_act(text: str) -> None:
    assert F.TACTIC_GOOD_COP_BAD_COP in codes(text)


@pytest.mark.parametrize("text", [
    "The seller was friendly and said 9k is final, no haggling.",
    "The agent was lovely. She showed us round and said the price is firm.",
    "Their manager says the max is £32/hour, take it or leave it.\n\nMind you, the owner's family has always been lovely to me.",
])
def test_a_flat_limit_without_a_second_friendly_person_before_it_is_not_a_double_act(text: str) -> None:
    assert F.TACTIC_GOOD_COP_BAD_COP not in codes(text)


@pytest.mark.parametrize("text, pressed", [
    ("If we don't have a signature by the 30th it rolls to list price.", True),
    ("If they don't hear back from me by Monday the offer lapses.", True),
    ("I don't have to decide by Friday, there's no rush.", False),
])
def test_a_deadline_behind_an_if_not(text: str, pressed: bool) -> None:
    from board.cues import read_deadline
    assert (read_deadline(text) is not None) is pressed


@pytest.mark.parametrize("text, ongoing", [
    ("They're a repeat client, they book their party with us every year.", True),
    ("She's a regular customer of ours.", True),
    ("We buy from them every year.", True),
    ("I went to a repeat screening of the movie.", False),
])
def test_repeat_and_regular_clients_are_relationships(text: str, ongoing: bool) -> None:
    from board.cues import read_relationship
    assert (read_relationship(text) is not None) is ongoing


@pytest.mark.parametrize("text", [
    "I'm a landlord. Tenant offered 1,850/month, I want 2,000 and won't go below 1,900.",
    "They offered 80k. I'm hoping for 95,000 and won't take less than 88k.",
])
def test_my_own_limit_after_my_own_number_is_not_their_final_offer(text):
    from board.situation import read_situation
    assert read_situation(text).tactics == []


@pytest.mark.parametrize("text", [
    "The buyer's solicitor says they need another 8k off the price, or they withdraw.",
    "Got this from the landlord's agent:\n\n> We can renew at 1,400 a month. Otherwise we will need to withdraw the offer of renewal.",
    "Marta: we love the van but unless you take 9k off we'll have to pull out, sorry",
    "He threatened to withdraw his bid if we don't cover the closing costs.",
])
def test_threat_to_withdraw(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT in codes(text)


@pytest.mark.parametrize("text", [
    "I told the agent that otherwise we will have to withdraw the house from sale.",
    "Should I say we'll withdraw if they don't come up?",
    "Or they withdraw? Is that what they'd do?",
    "I replied:\n> Otherwise we will have to withdraw our offer.",
])
def test_own_or_asked_withdrawal_is_no_threat(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT not in codes(text)


@pytest.mark.parametrize("text", [
    'The owner shrugged: "7,500, that\'s the lowest we go."',
    'Their finance guy said "this is the best we can do, if you don\'t like it there\'s the door".',
    "Dina: 1,150 a month, that's the highest I'll go",
])
def test_lowest_it_goes_is_final(text: str) -> None:
    assert F.TACTIC_TAKE_IT_OR_LEAVE_IT in codes(text)


@pytest.mark.parametrize("text", [
    "Is that the lowest they'll go?",
    "Ask him if that's the lowest he'll go.",
    "I wonder whether this is the lowest they'll go.",
])
def test_asking_for_their_lowest_is_no_final_offer(text: str) -> None:
    assert F.TACTIC_TAKE_IT_OR_LEAVE_IT not in codes(text)


@pytest.mark.parametrize("text", [
    'The account exec was lovely, "I\'ll fight for you on this". Then her boss Gareth joined the call and slammed the proposal down as a waste of time.',
    "Ana, the leasing agent, kept saying she'd fight for us. Then the property manager stormed out when we mentioned the rent.",
    'Our rep Tom was super friendly and helpful all morning. Then the regional manager walked in and said "14k, that\'s the lowest it goes".',
])
def test_friendly_one_and_angry_one(text: str) -> None:
    assert F.TACTIC_GOOD_COP_BAD_COP in codes(text)


@pytest.mark.parametrize("text", [
    "Jonas: my manager won't approve more than 70k for this role, sorry!",
    "Got this from the buyer:\n\n> My partner has to sign off on anything over 5k.",
    "Priya: I'd love to but the finance director caps contractor rates at 500",
])
def test_authority_in_their_pasted_lines(text: str) -> None:
    assert F.TACTIC_HIGHER_AUTHORITY in codes(text)


@pytest.mark.parametrize("text", [
    "Me: my manager won't approve more than 70k, so that's my ceiling.",
    "I'm going to reply:\n> My partner has to sign off on anything over 5k.",
    "Question: does my boss have to sign off on this first?",
])
def test_own_pasted_lines_are_not_their_authority(text: str) -> None:
    assert F.TACTIC_HIGHER_AUTHORITY not in codes(text)


@pytest.mark.parametrize("text", [
    "The customer signed our quote on Monday. Today she asked if we could also paint the garage door for free.",
    "Heads of terms were signed in May, and now the buyer wants a 10% holdback on top.",
    "They countersigned the statement of work last week; then the client asked for two extra workshops at no extra cost.",
])
def test_ask_after_a_signed_proposal_is_a_nibble(text: str) -> None:
    from board.cues import read_agreed
    assert read_agreed(text) and F.TACTIC_NIBBLE in codes(text)


@pytest.mark.parametrize("text", [
    "The client hasn't signed our proposal yet and wants to know if we could also do the logo.",
    "Once they sign the term sheet, should I ask for more?",
    "Before the buyer signed our quote I offered to throw in delivery.",
])
def test_no_signature_yet_is_no_agreement(text: str) -> None:
    from board.cues import read_agreed
    assert not read_agreed(text)


@pytest.mark.parametrize("text", [
    'Their buyer emailed: "To be honest we could move this work to them instead."',
    'Procurement wrote: "We are prepared to shift the account elsewhere."',
    "The client said they'll move the contract to Deloitte if we don't budge.",
    'The broker replied: "Unless you can get to 40 we\'ll be moving forward with them."',
    'Her email: "Otherwise we\'ll proceed with the other supplier."',
    'The haulier wrote: "If we can\'t agree by the 10th we\'ll have to release the routes."',
    "The carrier said they'll stop servicing those lanes at the end of the month.",
])
def test_threats_to_move_the_work_or_release_it(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT in codes(text)


@pytest.mark.parametrize("text", [
    'Their buyer wrote: "I\'m sure we can find something that works for both of us."',
    'She replied: "We could find a compromise on the timing."',
    'He wrote: "We\'ll be moving forward with you next week, great news."',
    'The client said: "Happy to go ahead with your proposal."',
    "I'll tell them we'll move the work to the other firm.",
    "If they won't move I'm going to shift the account elsewhere.",
])
def test_a_compromise_a_yes_or_my_own_move_is_no_threat(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT not in codes(text)


@pytest.mark.parametrize("text", [
    'At the kickoff Priya (their CFO) said "Your fees are way out of line." Then Dan pulled me aside: "Honestly I love working with you, help me help you."',
    'Marco from purchasing told us "these prices are frankly ridiculous". Afterwards Lena, who runs the project, said "we love your proposal, I\'m sure we can find a way."',
    'Their owner Sam just said "that\'s not happening" and left the room. His colleague Jo stayed: "You\'re exactly the agency we want, let me talk him round."',
])
def test_good_cop_bad_cop_in_new_words(text: str) -> None:
    assert F.TACTIC_GOOD_COP_BAD_COP in codes(text)


@pytest.mark.parametrize("text", [
    'The landlord texted: "My wife saw your offer and she\'s pretty tough about it, she wants the full 1,800. But I really like you guys and I can probably talk her down to 1,750."',
    'The seller wrote: "Our finance director thinks your number is a joke. I like you though, let me put in a good word."',
    'His reply: "Honestly you\'re the tenants I want. My dad owns half the flat and he\'s a hard-nosed guy, he won\'t go under 1,400."',
])
def test_one_of_them_warm_for_himself_and_hard_for_an_absent_partner(text: str) -> None:
    assert F.TACTIC_GOOD_COP_BAD_COP in codes(text)


@pytest.mark.parametrize("text", [
    'The landlord texted: "I really like you guys. My wife saw your offer and she\'s thrilled."',
    'The dealer said: "I like you guys, but honestly your offer is a joke."',
    'My wife thinks their price is a joke, but the agent said "I really like you guys."',
    "I love working with them and I told Sam their fees are way out of line.",
    'The owner wrote: "We love your proposal. That\'s not happening before March though, our budget resets then."',
])
def test_one_friendly_person_or_my_own_words_are_no_double_act(text: str) -> None:
    assert F.TACTIC_GOOD_COP_BAD_COP not in codes(text)


@pytest.mark.parametrize("text", [
    'The owner wrote: "We love your proposal and the team enjoyed meeting you on Monday. Sadly your fees are way out of line."',
    'Alex, the owner, wrote: "We love your proposal and the team enjoyed meeting you on Monday. Sadly that\'s not happening before March."',
    "I told them I like you guys, and that's not happening at that price.",
])
def test_one_speaker_warm_then_hard_in_one_quote_is_one_voice(text: str) -> None:
    assert F.TACTIC_GOOD_COP_BAD_COP not in codes(text)


def _chat_codes(chat: str) -> set[str]:
    return {t.code for t in read_situation(chat).tactics}


def test_a_warm_speaker_and_a_flat_refusal_from_another_in_a_chat() -> None:
    chat = ("Call notes:\n\n"
            "Mia (founder): We love your portfolio, you're exactly the designer we want.\n"
            "Me: Thanks. My day rate is 700.\n"
            "Karl (COO): Yeah that's not happening. 450 a day.\n"
            "Mia: Karl, come on.\n")
    assert F.TACTIC_GOOD_COP_BAD_COP in _chat_codes(chat)
    alone = ("Mia (founder): We love your portfolio, you're exactly the designer we want.\n"
             "Me: Thanks. My day rate is 700.\n"
             "Mia: Honestly that's not happening, 450 a day is our budget.\n")
    assert F.TACTIC_GOOD_COP_BAD_COP not in _chat_codes(alone)


def test_one_chat_speaker_warm_for_himself_with_a_hard_partner_behind_him() -> None:
    chat = ("Texts with the seller:\n\n"
            "Tom: Hi! So my brother co-owns the boat and he's being really stubborn, he wants the full 14k. I like you though, I can try to talk him down to 13.\n"
            "Me: ok let me think\n")
    assert F.TACTIC_GOOD_COP_BAD_COP in _chat_codes(chat)
    friendly = ("Tom: Hi! My brother co-owns the boat and he's happy with 14k. I like you though.\n"
                "Me: ok let me think\n")
    assert F.TACTIC_GOOD_COP_BAD_COP not in _chat_codes(friendly)


@pytest.mark.parametrize("text", [
    'Their rep wrote: "I did ask my VP about going deeper and he won\'t approve anything beyond 5%."',
    'Her email: "We raised it with our board and they won\'t go past 40k."',
    'He texted: "Checked with my manager, she said no to anything under 2,000."',
    "The agent said she checked with her manager and she said no to anything under 2,000.",
    "The dealer went back to his sales manager and he refused to go lower.",
])
def test_they_asked_someone_above_and_were_told_no(text: str) -> None:
    assert F.TACTIC_HIGHER_AUTHORITY in codes(text)


@pytest.mark.parametrize("text", [
    "I asked my manager about a raise and he won't budge.",
    "I spoke to my partner about it and she won't let me go over 300k.",
    "The salesman talked to his boss about the trade-in, and he was happy with it.",
    'Her email: "I asked my director and she loved the proposal."',
])
def test_my_own_boss_or_a_yes_from_above_is_no_higher_authority(text: str) -> None:
    assert F.TACTIC_HIGHER_AUTHORITY not in codes(text)


@pytest.mark.parametrize("text", [
    "Agreed with a client last week: kitchen refit, 14k, six weeks.",
    "We agreed with the buyer on 450 and that was that.",
    "I agreed terms with the landlord on Monday.",
    "Signed proposal and everything, deposit paid.",
    "We have a signed contract for the mural.",
    "We offered 72k and the candidate said yes on the phone.",
    "She said yes to the offer on Thursday.",
    "He gave us a verbal yes yesterday.",
])
def test_agreements_told_in_new_words(text: str) -> None:
    from board.cues import read_agreed

    assert read_agreed(text)


@pytest.mark.parametrize("text", [
    "I agreed with him that the price was too high.",
    "I agreed with her on most points but not the price.",
    "I need a signed contract before I start.",
    "We're still waiting for the signed lease.",
    "The recruiter said yes, they can do remote.",
    "Should we just say yes on the phone?",
])
def test_agreeing_with_an_opinion_or_a_contract_still_to_come_is_no_agreement(text: str) -> None:
    from board.cues import read_agreed

    assert read_agreed(text) is None


@pytest.mark.parametrize("text", [
    'We shook on 8k for the van. Today he wrote: "Before I sign, two small things: can you fill the tank and add the roof rack?"',
    'She gave us a verbal yes at 60k. Then: "Hi! A couple of quick requests before we countersign, could the start date move and could we add a laptop?"',
    "We agreed the rent at 1,500. The next day the tenant came back with two more requests: a parking space and a new fridge.",
])
def test_small_extra_asks_after_the_deal_are_nibbles(text: str) -> None:
    assert F.TACTIC_NIBBLE in codes(text)


@pytest.mark.parametrize("text", [
    "We agreed on 5k for the car. There are a few small things wrong with it that I'll fix myself.",
    "We shook on 8k. I came back with two small requests of my own.",
])
def test_small_things_in_my_own_story_are_no_nibble(text: str) -> None:
    assert F.TACTIC_NIBBLE not in codes(text)


@pytest.mark.parametrize("text", [
    'The new buyer opened with "we\'re prepared to put the contract out to tender if the price stays".',
    'Their COO: "Honestly we\'re ready to go back out to tender on this."',
    'She told us straight: "we\'re going to re-tender the account in spring."',
    'He wrote: "We\'ll run a pitch with three other agencies unless you sharpen the rate."',
])
def test_putting_the_work_out_to_tender_is_a_threat_to_leave(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT in codes(text)


@pytest.mark.parametrize("text", [
    "We put the cleaning contract out to tender last year and kept the incumbent.",
    "I'm prepared to go to 14k if they add the warranty.",
    'She said "we\'re ready to sign once legal is happy."',
])
def test_my_own_tender_or_a_readiness_to_sign_is_no_threat(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT not in codes(text)


@pytest.mark.parametrize("text", [
    'Their finance director Greg barked "your fees are way above market". Later Anna from their team messaged: "Don\'t worry about Greg, I want you guys. Give him a small win."',
    'Olga cut me off: "We never discount." After the call Sam texted: "Don\'t let Olga scare you. Between us, I can get her to knock 2k off if you sign for two years."',
    'Marek, their buyer, was dismissive the whole meeting. Then Petra called me: "off the record, I really want you guys on this, I think I can get him to approve 9.5."',
])
def test_a_confiding_friendly_one_and_a_hard_one_are_good_cop_bad_cop(text: str) -> None:
    assert F.TACTIC_GOOD_COP_BAD_COP in codes(text)


@pytest.mark.parametrize("text", [
    'Greg said "your fees are way above market" and asked for 10% off.',
    'Anna texted: "Don\'t worry about the paperwork, I want you guys on this."',
    "Our prices are well above market, but so is our quality. The buyer wants 10% off.",
])
def test_one_mood_alone_is_no_double_act(text: str) -> None:
    assert F.TACTIC_GOOD_COP_BAD_COP not in codes(text)


@pytest.mark.parametrize("text", [
    'The salesman was lovely: "let me go fight for you with my manager," and came back at $31,400.',
    'Their account rep said "I\'ll push for it with my director" and the quote stayed at €12,000.',
    "The agent said he'd see what he can do with his boss and came back at 2,150.",
])
def test_going_to_plead_with_someone_above_is_higher_authority(text: str) -> None:
    assert F.TACTIC_HIGHER_AUTHORITY in codes(text)


@pytest.mark.parametrize("text", [
    "I'll have to fight with my manager for the budget, but I want to offer 60k.",
    "He fought for us with the landlord last year.",
])
def test_my_own_fight_or_a_past_favour_is_no_higher_authority(text: str) -> None:
    assert F.TACTIC_HIGHER_AUTHORITY not in codes(text)


@pytest.mark.parametrize("text", [
    "We agreed £42,000 for the van business on Monday. Yesterday their accountant sent a list: £1,500 off for the tyres and me covering the insurance till June.",
    "Shook hands at $310k for the practice. Now the buyer's lawyer emailed a string of new conditions, including a $5k holdback.",
    "We settled on 9,800 for the boat. This morning he came back with a raft of extras: new covers, a trailer service and the spare prop.",
])
def test_a_list_of_extras_after_the_handshake_is_a_nibble(text: str) -> None:
    assert F.TACTIC_NIBBLE in codes(text)


@pytest.mark.parametrize("text", [
    "Their accountant sent a list: revenue by month, staff costs and rent. They offered £42,000.",
    "We agreed £42,000 for the van business. I sent them a list: the tyres, the insurance and the keys.",
])
def test_a_list_before_any_deal_or_from_me_is_no_nibble(text: str) -> None:
    s = read_situation(text)
    assert s.agreed is None or F.TACTIC_NIBBLE not in {t.code for t in s.tactics}


@pytest.mark.parametrize("text", [
    'We listed the condo at $640k; now their realtor says $598k is "final and firm" until noon.',
    "We came down to 41, and then the dealer's manager said 38.5 is 'final', take it or not.",
    'Their agent says the £212,000 is "firm and final".',
])
def test_a_number_called_final_in_quotes_after_our_moves_is_theirs(text: str) -> None:
    assert F.TACTIC_TAKE_IT_OR_LEAVE_IT in codes(text)


@pytest.mark.parametrize("text", [
    'I told them 41 is "final" and left it there.',
    'We countered and said our $612k is "final and firm".',
])
def test_my_own_final_stays_mine(text: str) -> None:
    assert F.TACTIC_TAKE_IT_OR_LEAVE_IT not in codes(text)


@pytest.mark.parametrize("chat", [
    "Tom: 400 is the budget. my cousin says we can get someone on fiverr for 250\nMe: My rate is 650",
    "Dana: Honestly I could get another designer for 900\nMe: I can do 1,300",
    "Lee: we can get somebody else, just saying\nMe: 2,000 is fair for this",
])
def test_their_line_about_getting_someone_else_is_a_threat(chat: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT in {t.code for t in read_situation(chat).tactics}


@pytest.mark.parametrize("chat", [
    "Tom: can you get someone to help you carry the gear? 400 ok?\nMe: My rate is 650",
    "Dana: we'll get you the brief by Friday, budget 900\nMe: I can do 1,300",
])
def test_their_line_asking_me_to_get_someone_is_no_threat(chat: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT not in {t.code for t in read_situation(chat).tactics}


def test_the_price_of_their_other_option_is_not_their_offer() -> None:
    s = read_situation("Tom: 400 is the budget. my cousin says we can get someone on fiverr for 250\nMe: My rate is 650\nTom: 450")
    assert 250 not in [o.amount for o in s.offers]
    assert [o.amount for o in s.offers if o.by == "them"][-1] == 450


@pytest.mark.parametrize("text", [
    'The broker messaged: "If you pass, I have another distributor ready to take all of it."',
    'Her reply: "We\'ve got a couple coming at 5 who\'ll sign today, so let me know."',
    'He texted: "No rush, but I have a guy who would happily buy the lot at that price."',
    'She said on the call: "Otherwise I\'m not sure this works for us."',
    'Their email: "If not, I don\'t think we can go ahead."',
])
def test_someone_lined_up_or_a_soft_walk_in_their_words(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT in codes(text)


@pytest.mark.parametrize("text", [
    "I have another roaster ready to take the whole lot if this one falls through.",
    'He emailed: "I have a colleague who will take a look at your draft tomorrow."',
    "I'm not sure this works for me, honestly.",
])
def test_own_backup_or_a_look_is_no_threat(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT not in codes(text)


@pytest.mark.parametrize("text", [
    'We agreed $3,200 for the sofa on Monday.\n\nThen she messaged:\n> Hey! could you deliver it to my flat on Saturday?',
    'Signed contract last week at €8,000 for the garden.\n\nToday the client wrote:\n> Quick one: can you add the back fence too?',
    'Agreed 1,800 for the drum kit. He texted "deal", then this:\n\nBuyer: you\'re including the cymbals and the stool, right?',
])
def test_an_extra_ask_in_their_words_after_the_deal_is_a_nibble(text: str) -> None:
    assert F.TACTIC_NIBBLE in codes(text)


@pytest.mark.parametrize("text", [
    'She asked about the sofa:\n> Hey! could you deliver it to my flat on Saturday?\n\nWe have not agreed a price yet.',
    'The client wrote:\n> Quick one: can you add the back fence to the quote?',
    'Agreed 1,800 for the drum kit with the buyer. I asked him: "can you collect on Friday?"',
])
def test_an_ask_before_any_deal_or_the_users_own_is_no_nibble(text: str) -> None:
    assert F.TACTIC_NIBBLE not in codes(text)


def test_people_the_user_tells_of_are_both_their_side_in_a_pasted_chat() -> None:
    text = ("At the shop now. Priya (salesperson) has been lovely all morning. Then her manager Tom walks over:\n\n"
            "Tom: 1,450 is the price, that's it. I've got a couple coming in later who'll take it.\n"
            "Priya (after Tom leaves): sorry about him, I'll see what I can do.\n\nAnother shop quoted me 1,300.")
    found = {t.code for t in read_situation(text).tactics}
    assert F.TACTIC_TAKE_IT_OR_LEAVE_IT in found and F.TACTIC_WALKAWAY_THREAT in found


@pytest.mark.parametrize("text", [
    'The agency replied: "That is our rate, and we do have other strong applicants for the slot."',
    'Their buyer told me "we have dozens of suppliers who would make this for less".',
    'The venue manager said: "we\'ve got loads of couples who\'ll take that date."',
])
def test_their_crowd_of_others_said_emphatically_or_in_bulk_is_a_walkaway_threat(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT in codes(text)


@pytest.mark.parametrize("text", [
    'She said: "we do have other plans for the weekend, so Sunday works."',
    'He said "we have tons of photos that show the damage" and sent them over.',
    "I have loads of clients who'd pay my full rate, so I'm not worried.",
])
def test_plain_possessions_or_the_users_own_crowd_are_no_walkaway_threat(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT not in codes(text)


@pytest.mark.parametrize("text", [
    'The shop countered at $40 and said their buyer has "plenty of other soap makers to choose from".',
    "The gallery came back at 30% and told me their manager has lots of other painters to pick from.",
    "He said the owner has several other DJs she could book instead.",
])
def test_their_side_having_substitutes_to_choose_from_is_a_walkaway_threat(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT in {t.code for t in read_situation(text).tactics}


@pytest.mark.parametrize("text", [
    "I have plenty of other clients to choose from, so I'm not worried.",
    "Thinking of telling them $45 or no deal, no hard feelings.",
    "Planning to say that's my final number and see what happens.",
])
def test_my_own_options_or_my_planned_ultimatum_are_not_their_tactics(text: str) -> None:
    found = {t.code for t in read_situation(text).tactics}
    assert F.TACTIC_WALKAWAY_THREAT not in found and F.TACTIC_TAKE_IT_OR_LEAVE_IT not in found


@pytest.mark.parametrize("text", [
    "The photographer charges 3k for Saturdays; we could do a Friday if it helps.",
    "We're flexible on dates, so the off-season rate might work.",
    "The band is 2,500 but we can do a weekday evening instead.",
])
def test_flexibility_on_the_day_or_dates_is_a_timeline_issue(text: str) -> None:
    from board.cues import read_issues

    assert "timeline" in read_issues(text)


def test_a_day_named_as_a_deadline_is_no_timeline_issue() -> None:
    from board.cues import read_issues

    assert "timeline" not in read_issues("They want an answer by Friday, the price is 3k.")


@pytest.mark.parametrize("text", [
    'The account manager wrote: "Let me take this to my director and come back to you."',
    "Landlord: I'll take it to the owners tomorrow, can't promise anything.",
    'Their rep keeps saying 4% is "the best my VP can do".',
    "She said she'd take it to the board before signing off on the fee.",
])
def test_a_decision_handed_up_to_someone_absent_is_higher_authority(text: str) -> None:
    assert F.TACTIC_HIGHER_AUTHORITY in codes(text)


@pytest.mark.parametrize("text", [
    "I'll take it to my boss tomorrow and see what she thinks of their offer.",
    "The best part of the flat is the garden; we take it from there.",
    "That's the best the market can do right now, said the valuer.",
])
def test_the_users_own_escalation_or_unrelated_best_is_no_higher_authority(text: str) -> None:
    assert F.TACTIC_HIGHER_AUTHORITY not in codes(text)


@pytest.mark.parametrize("text", [
    'The buyer looked at the sofa and said "200 cash, take it or I\'m off".',
    'Tenant: "match the other flat\'s rent, otherwise we\'re gone at the end of the month."',
])
def test_or_im_off_in_their_words_is_a_threat_to_leave(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT in codes(text)


@pytest.mark.parametrize("text", [
    "Honestly I'm off work tomorrow so I can meet the buyer.",
    'I told him "take it or leave it, I\'m off to the gym after".',
])
def test_off_elsewhere_without_an_ultimatum_is_no_threat(text: str) -> None:
    assert F.TACTIC_WALKAWAY_THREAT not in codes(text)


@pytest.mark.parametrize("text", [
    'The club chairman says they "won\'t go any higher than 9k" for the season. Then the secretary rang me, really friendly: "I\'m sure we can sort something".',
    "Their CFO told us flatly that 120 is as high as they can go. Later the founder messaged, all smiles, saying she really wants us on the project.",
])
def test_a_flat_limit_from_one_person_then_a_friendly_one_from_another_is_good_cop_bad_cop(text: str) -> None:
    assert F.TACTIC_GOOD_COP_BAD_COP in codes(text)


@pytest.mark.parametrize("text", [
    'Our landlord said "1,900 is final, nothing I can do." Plan: thank him, tell him we\'re moving out, keep it friendly.',
    "The supplier says 14% is final. I'll reply politely and stay friendly, but we're switching.",
    "The chairman says they won't go any higher than 9k.\n\nA week later at another club the secretary was lovely.",
])
def test_a_flat_limit_then_the_users_own_friendly_manner_is_no_good_cop(text: str) -> None:
    assert F.TACTIC_GOOD_COP_BAD_COP not in codes(text)


@pytest.mark.parametrize("text", [
    'The rep says his director "won\'t approve anything under 18 a unit".',
    'Their agent told us the owner: "she won\'t take less than 950k".',
])
def test_the_absent_ones_limit_in_quoted_words_is_higher_authority(text: str) -> None:
    assert F.TACTIC_HIGHER_AUTHORITY in codes(text)


def test_my_own_boss_quoted_in_my_story_is_not_their_authority() -> None:
    assert F.TACTIC_HIGHER_AUTHORITY not in codes('I asked for 95k. The recruiter said "we can do 90k", and that is their number.')
