"""Reader and rule fixes (fix_h), each on invented phrasings of the class, with near-misses that must not trigger."""

from board.cues import read_deadline
from board.facts import label_amounts
from board.situation import read_situation


def _codes(text: str) -> set[str]:
    return {t.code for t in read_situation(text).tactics}


def _labels(text: str) -> list[tuple[str, float]]:
    return [(lab.label, lab.mention.value) for lab in label_amounts(text)]


# -- an absent authority: "not up to me", "take anything else to the board" ----------------------------------

def test_not_up_to_me_in_their_words_is_higher_authority():
    text = 'I asked the venue for 10% off. Their events lead replied: "the owners set the rates, it\'s not up to me."'
    assert "tactic-higher-authority" in _codes(text)


def test_not_up_to_him_in_the_story_is_higher_authority():
    text = "The dealer says 24,500 is the price and that it's not up to him, head office sets it."
    assert "tactic-higher-authority" in _codes(text)


def test_anything_else_to_the_committee_is_higher_authority():
    text = 'The club secretary offered a 3-year lease at £900 and said she would "have to take anything more to the committee".'
    assert "tactic-higher-authority" in _codes(text)


def test_up_to_me_as_my_own_choice_is_no_authority():
    text = "They offered $70k. Honestly it's up to me whether I take it, and I'm leaning yes."
    assert "tactic-higher-authority" not in _codes(text)


# -- counts of wear are not money ---------------------------------------------------------------------------

def test_shutter_count_is_not_money():
    text = "Selling my old DSLR, 40k shutter actuations, asking 450. A buyer offered 380."
    values = [v for _, v in _labels(text)]
    assert 40000 not in values and 450 in values


def test_outside_experience_is_no_third_party():
    text = "They only count 3 years of outside experience, so the most the manager can do is $71,000."
    s = read_situation(text)
    assert s.alternative is None
    assert [o.amount for o in s.offers if o.by == "them"] == [71000]


# -- a move list told by labels ---------------------------------------------------------------------------

def test_labelled_move_list_gives_each_side_its_moves():
    text = ("Renting a marquee for our wedding.\nTheir quote: $6,400\nMy counter: $5,000\nTheir revised: $6,000\n"
            "Our budget is $6,200.")
    offers = [(o.by, o.amount) for o in read_situation(text).offers]
    assert offers == [("them", 6400), ("me", 5000), ("them", 6000)]


def test_my_budget_label_is_not_a_move():
    labels = _labels("My budget: $6,200")
    assert ("me_offer", 6200) not in labels


# -- a cost floor ------------------------------------------------------------------------------------------

def test_cost_with_loss_below_it_is_the_line():
    assert ("reservation", 45.0) in _labels("Running the truck costs me about $45 an hour, so under that I lose money.")


def test_cost_floor_working_for_free():
    assert ("reservation", 3000.0) in _labels("The event costs us roughly $3,000 to staff, and below that we're basically working for free.")


def test_market_price_with_below_that_is_no_line():
    assert ("reservation", 40000.0) not in _labels("Similar vans go for about 40k, so below that would be a steal.")


# -- an ultimatum that names the way out is a walk ---------------------------------------------------------

def test_otherwise_ordering_elsewhere_is_a_walk_plan():
    text = ("The seller wants 900 for the bike, firm. The shop down the road has the same model for 850. "
            "I'm going to tell him 820 is my last offer, otherwise I'm buying from the shop.")
    assert any(p.action == "walk" for p in read_situation(text).plans)


def test_otherwise_buying_from_him_is_no_walk():
    text = "The seller wants 900 for the bike. I'll tell him 850 or else I'm buying it from you next month anyway."
    assert not any(p.action == "walk" for p in read_situation(text).plans)


# -- another brand as the alternative, their fixed price in their words, a buyer of a franchise -------------

def test_other_franchise_brand_is_the_alternative():
    text = ("We're negotiating a franchise with a coffee chain: $60,000 fee. "
            "We also have an offer from a different coffee brand: $42,000 fee, same royalty.")
    s = read_situation(text)
    assert s.wants == "less"
    assert s.alternative is not None and s.alternative.amount == 42000


def test_fixed_price_in_their_quoted_words_is_their_offer():
    text = 'The landlord emailed: "the $2,300 rent is non-negotiable, sorry." I was hoping for 2,100.'
    assert ("them", 2300) in [(o.by, o.amount) for o in read_situation(text).offers]


def test_wrapped_quoted_email_deadline_is_read():
    text = "> the price stands, and if the order\n> isn't confirmed by the 15th the slot goes to another client."
    assert read_deadline(text) is not None


def test_wrapped_quote_with_no_deadline_stays_none():
    assert read_deadline("> thanks for the call today\n> talk soon\nNo rush either way.") is None


# -- growing steps with a planned yes ----------------------------------------------------------------------

def _view(mode: str, **kw):
    from rules_helpers import case

    from board.rules.common import View
    return View(case(mode=mode, **kw))


def test_planned_yes_after_run_of_small_steps_is_increasing():
    from board.rules.concession import increasing
    v = _view("concede", wants="more", history=[("me", 4000), ("them", 3000), ("me", 3800), ("them", 3000), ("me", 3600)],
              plan=("accept", 3000, "I'm thinking of just saying yes to 3,000 to keep them."))
    assert increasing(v) is not None


def test_planned_yes_after_a_single_step_is_not_increasing():
    from board.rules.concession import increasing
    v = _view("concede", wants="more", history=[("me", 4000), ("them", 3000), ("me", 3800)],
              plan=("accept", 3000, "I'm thinking of just saying yes to 3,000."))
    assert increasing(v) is None
