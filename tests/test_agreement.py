"""Agreement reached without the number restated, in chats and prose (board.agreement)."""

import pytest

from board.situation import read_situation

HEAD = "I'm the seller. Here's our chat so far:\n"


def agreed(chat: str) -> str | None:
    return read_situation(HEAD + chat).agreed


POSITIVE = [
    ("Buyer: Would you take 450?\nSeller: Ok deal.", "450"),
    ("Buyer: I can do 450.\nSeller: Sure, that will work", "450"),
    ("Seller: It's 500 but I'll do 460 for you.\nBuyer: I'll take it!", "460"),
    ("Buyer: how about $300\nSeller: deal", "300"),
    ("Buyer: 275 cash?\nSeller: sounds good, see you at 5", "275"),
    ("Seller: I can go to 90.\nBuyer: yes please", "90"),
    ("Buyer: I could pay 1,200.\nSeller: alright, it's yours", "1,200"),
    ("Buyer: 80?\nSeller: Ok.", "80"),
    ("Buyer: would you do 700\nSeller: You got yourself a deal!", "700"),
    ("Buyer: 40 and I pick it up today\nSeller: perfect, see you then", "40"),
    ("Buyer: 2000?\nSeller: That works for me.", "2,000"),
    ("Buyer: Can you do 150?\nSeller: Yeah I can do that.", "150"),
    ("Buyer: I'll give you 60\nSeller: Fine, I accept.", "60"),
    ("Buyer: 95 final\nSeller: let's do it", "95"),
    ("Buyer: What about 3500?\nSeller: Agreed.", "3,500"),
    ("Buyer: I offer 18\nSeller: haha ok fine, sold", "18"),
    ("Buyer: 250?\nSeller: I can live with that.", "250"),
    ("Buyer: 330 cash\nSeller: Yea that works.", "330"),
    ("Buyer: Is 610 ok?\nSeller: I think that's a fair price, sure!", "610"),
    ("Buyer: I'd pay $120\nSeller: i will take the $120 you got a deal", "120"),
    ("Buyer: How about 9800?\nSeller: Ok but no lower. Thanks!", "9,800"),
    # the other side's last price, not the accepting side's
    ("Seller: 500 is my price.\nBuyer: I was thinking 400.\nSeller: I can do 450.\nBuyer: Deal!", "450"),
    ("Buyer: 400?\nSeller: No, 480.\nBuyer: 440?\nSeller: ok", "440"),
    # a question about logistics after the price is still a yes to it
    ("Buyer: 350?\nSeller: That works. When can you pick it up?", "350"),
    # a conditional yes, then the other side's yes: agreed at the conditioned price
    ("Buyer: Would you take $2000?\nSeller: If you promise to come today, we have a deal.\nBuyer: You have a deal!", "2,000"),
]


@pytest.mark.parametrize("chat,price", POSITIVE)
def test_a_yes_to_their_price_is_an_agreement_at_that_price(chat, price):
    got = agreed(chat)
    assert got and f"yes to {price}" in got, got


NEGATIVE = [
    "Buyer: 450?\nSeller: deal?",
    "Buyer: 450?\nSeller: Do we have a deal?",
    "Buyer: I can do 450.\nSeller: would you accept 480?",
    "Buyer: If you could go to $1300, we have a deal\nSeller: hmm",
    "Seller: 1,500 firm.\nBuyer: If you could go to $1300, we have a deal",
    "Buyer: 450?\nSeller: deal if you deliver",
    "Buyer: 450?\nSeller: Ok, as long as you pick it up tonight",
    "Buyer: 450?\nSeller: no deal",
    "Buyer: 450?\nSeller: That's not a deal for me.",
    "Buyer: 450?\nSeller: Sorry, can't do that.",
    "Buyer: 450?\nSeller: ok but 480?",
    "Buyer: 450?\nSeller: sure, but can you throw in the case?",
    "Buyer: 450?\nSeller: Ok, let me think about it.",
    "Buyer: 450?\nSeller: ok what's the lowest you'd go?",
    "Buyer: Hi, is this available?\nSeller: Yes it is.",
    "Seller: It's 500.\nBuyer: Sounds good. Is it in good shape?",
    "Buyer: 450?\nSeller: That's too low.\nBuyer: ok",
    "Buyer: 450?\nSeller: How old are you?\nBuyer: 30\nSeller: Where do you live?\nBuyer: Downtown\nSeller: ok",
    "Buyer: 450?\nSeller: I'd need 500.\nBuyer: Ok, I'll think about it.",
    "Buyer: 450?\nSeller: No thanks.",
]


@pytest.mark.parametrize("chat", NEGATIVE)
def test_no_agreement_on_questions_conditions_refusals_or_counters(chat):
    assert agreed(chat) is None


def test_acceptance_is_not_an_offer():
    s = read_situation(HEAD + "Buyer: Would you take 450?\nSeller: Ok deal.")
    assert [(o.by, o.amount) for o in s.offers] == [("them", 450)]
    assert "yes to 450" in s.agreed


def test_a_nibble_after_the_yes_is_still_read():
    s = read_situation(HEAD + "Buyer: Would you take 450?\nSeller: Ok deal.\n"
                       "Buyer: Great. Oh, and can you throw in the charger too?")
    assert s.agreed and "yes to 450" in s.agreed
    assert "tactic-nibble" in [t.code.value for t in s.tactics]


@pytest.mark.parametrize("text", ["He said ok to 450 on Monday. Now he wants me to deliver it for free.",
                                  "They accepted my $450 offer yesterday, but now they want the stand too.",
                                  "She agreed to 3,200 last week."])
def test_a_yes_to_a_number_told_in_prose(text):
    assert read_situation(text).agreed


@pytest.mark.parametrize("text", ["I hope he'll say ok to 450.", "He didn't agree to 450.",
                                  "If they accepted 450 I'd be happy.", "It's a great deal at 450, I think."])
def test_no_prose_agreement_when_it_is_hoped_denied_or_praised(text):
    assert read_situation(text).agreed is None


@pytest.mark.parametrize("text", ["Can he back out after we shook hands on 450?",
                                  "Is it normal that he asks for more now that we agreed on 450?"])
def test_a_question_that_takes_the_agreement_as_given_still_tells_it(text):
    assert read_situation(text).agreed
