"""The voices and the moderator: lens codes, custom personas, priority, disagreements, missing voices."""

from __future__ import annotations

from board import rules
from board.models import Critique
from rules_helpers import board, case, fact, persona


def run(c):
    b = board()
    critiques = [rules.critique(p, c) for p in b.advisors]
    return critiques, rules.moderate(b.moderator, c, critiques)


def test_each_voice_raises_only_its_lens_codes_and_names_a_move():
    c = case("concede", wants="more", target=95000, reservation=85000, market=(80000, 100000),
             history=[("them", 80000), ("me", 100000)], plan=("concede", 90000, "drop to 90k"),
             tactic=("tactic-take-it-or-leave-it", "final offer"), issues=["start date"])
    b = board()
    for p in b.advisors:
        cr = rules.critique(p, c)
        assert {f.code for f in cr.findings} <= set(p.codes)
        assert cr.recommended_move is not None and cr.summary and cr.error is None


def test_custom_persona_with_codes_gets_those_findings():
    c = case("prep", deadline="by Friday", relationship="my boss of 5 years")
    cr = rules.critique(persona("ethics", ["deadline-pressure", "relationship-at-stake"]), c)
    assert {f.code for f in cr.findings} == {"deadline-pressure", "relationship-at-stake"}
    assert cr.recommended_move is not None


def test_custom_persona_without_codes_gets_a_generic_critique():
    cr = rules.critique(persona("mentor"), case("prep", wants="more", market=(80, 100)))
    assert cr.findings == [] and cr.summary and cr.recommended_move is not None and cr.questions


def test_priority_1_below_the_line_with_a_better_alternative_walks():
    _, rec = run(case("concede", wants="more", reservation=85000, alternative=90000,
                      history=[("me", 100000), ("them", 80000)]))
    assert rec.next_move == "walk-away"
    assert "$80,000" in rec.say


def test_priority_1_never_accept_below_the_line_without_an_alternative():
    _, rec = run(case("walkaway", wants="more", target=90000, reservation=85000,
                      history=[("me", 100000), ("them", 80000)]))
    assert rec.next_move in ("improve-batna", "hold-firm")


def test_priority_1_a_concession_past_the_line_is_not_made():
    _, rec = run(case("concede", wants="more", reservation=85000, alternative=70000,
                      history=[("me", 100000), ("them", 80000)], plan=("concede", 82000, "go to 82k")))
    assert rec.next_move == "hold-firm"
    assert "Don't make this concession" in rec.rationale


def test_priority_2_a_bluff_walk_is_not_a_walk():
    _, rec = run(case("walkaway", wants="more", reservation=70000, history=[("me", 100000), ("them", 80000)],
                      plan=("walk", None, "I'll threaten to walk")))
    assert rec.next_move == "improve-batna"
    assert "bluff" in rec.rationale


def test_priority_3_unknown_value_gathers_information_first():
    _, rec = run(case("prep", uninformed="I have no idea what it's worth", plan=("open", 5000, "ask 5k")))
    assert rec.next_move == "gather-information"


def test_priority_4_modes():
    _, prep = run(case("prep", wants="more", target=95000, reservation=85000, alternative=80000, market=(80000, 100000)))
    assert prep.next_move == "anchor-first" and "$104,000" in prep.say and "$85,000" in prep.rationale
    _, anchored = run(case("prep", wants="more", target=95000, reservation=75000, history=[("them", 80000)]))
    assert anchored.next_move == "counter-offer"
    _, concede = run(case("concede", wants="more", reservation=85000, alternative=80000, issues=["start date"],
                          history=[("me", 100000), ("them", 88000)], plan=("concede", 96000, "go to 96k")))
    assert concede.next_move == "trade-concession" and "start date" in concede.say


def test_disagreements_name_who_and_what():
    critiques, rec = run(case("concede", wants="more", reservation=85000, alternative=90000,
                              history=[("me", 100000), ("them", 80000)], issues=["start date"]))
    moves = {c.advisor: c.recommended_move for c in critiques}
    assert len(set(moves.values())) > 1
    assert rec.disagreements
    for d in rec.disagreements:
        assert len(d.advisors) >= 2 and any(m in d.about for m in moves.values())


def test_missing_voices_are_listed_and_the_rest_merged():
    c = case("concede", wants="more", reservation=85000, alternative=90000, history=[("me", 100000), ("them", 80000)])
    b = board()
    critiques = [rules.critique(p, c) for p in b.advisors if p.name != "walkaway"]
    critiques.insert(1, Critique(advisor="walkaway", summary="", error="timeout"))
    rec = rules.moderate(b.moderator, c, critiques)
    assert rec.missing_voices == ["walkaway"]
    assert rec.next_move == "walk-away"  # the line is checked from the numbers even without that voice


def test_deterministic():
    c = case("concede", wants="more", reservation=85000, history=[("me", 100000), ("them", 80000)], issues=["bonus"])
    a, b = run(c), run(c)
    assert [x.model_dump() for x in a[0]] == [x.model_dump() for x in b[0]]
    assert a[1].model_dump() == b[1].model_dump()


def test_priority_2_a_bluff_with_a_weaker_alternative_negotiates_or_takes_a_good_offer():
    walk = ("walk", None, "it's 140k or I'm out")
    _, rec = run(case("walkaway", wants="more", alternative=122000, history=[("them", 128000)], plan=walk))
    assert rec.next_move == "counter-offer"
    _, good = run(case("walkaway", wants="less", target=1.80, reservation=1.85, alternative=1.86,
                       history=[("them", 1.92), ("them", 1.78)], plan=walk))
    assert good.next_move == "accept"


def test_priority_1_in_prep_an_offer_below_the_line_is_answered_not_accepted():
    _, rec = run(case("prep", wants="more", target=150000, reservation=140000, alternative=131000,
                      market=(140000, 160000), history=[("them", 118000)]))
    assert rec.next_move == "counter-offer"


def test_a_fifth_persona_file_joins_the_board_without_python(tmp_path):
    tmp_path.joinpath("ethics.md").write_text(
        "---\nname: ethics\ndisplay_name: Ethics\nlens: Would you be proud of this deal?\norder: 5\n"
        "codes: [relationship-at-stake, deadline-pressure]\n---\nYou are the board's ethics voice, written as data only.\n",
        encoding="utf-8",
    )
    from board.personas import load_board

    b = load_board(tmp_path)
    c = case("walkaway", relationship="my employer of 6 years", deadline="answer by tonight")
    critiques = [rules.critique(p, c) for p in b.advisors]
    ethics = next(x for x in critiques if x.advisor == "ethics")
    assert {f.code for f in ethics.findings} == {"relationship-at-stake", "deadline-pressure"}
    rec = rules.moderate(b.moderator, c, critiques)
    assert rec.next_move is not None


def test_walkaway_mode_about_their_threat_tests_it_rather_than_calling_a_bluff():
    c = case("walkaway", wants="more", tactic=("tactic-walkaway-threat", "knock 10% off or they'll give notice"))
    critiques, rec = run(c)
    codes = {f.code for x in critiques for f in x.findings}
    assert "walkaway-bluff" not in codes and "tactic-walkaway-threat" in codes
    assert rec.next_move == "gather-information"


def test_walkaway_mode_a_weaker_alternative_means_negotiate_even_when_their_threat_is_on_the_table():
    # a landlord threatens to re-let; my other flat costs more than their renewal: the walk isn't real
    c = case("walkaway", wants="less", alternative=1900, history=[("them", 1750)],
             tactic=("tactic-walkaway-threat", "sign by Friday or we re-let it"))
    _, rec = run(c)
    assert rec.next_move == "counter-offer"


def test_walkaway_mode_without_a_better_alternative_negotiates_rather_than_holds():
    _, rec = run(case("walkaway", wants="more", alternative=fact(None, "maybe another agency"), target=5000))
    assert rec.next_move != "hold-firm"
    _, rec = run(case("walkaway", wants="more", history=[("me", 4000), ("them", 3200)]))
    assert rec.next_move in ("counter-offer", "improve-batna")


def test_concede_mode_a_move_that_stays_above_the_line_is_traded_even_when_their_offer_is_below_it():
    c = case("concede", wants="more", reservation=600, history=[("them", 450)],
             plan=("concede", 700, "I'll just drop to 700 to be nice"))
    _, rec = run(c)
    assert rec.next_move == "trade-concession" and "$700" in rec.rationale
    crossing = case("concede", wants="more", reservation=600, history=[("them", 450)],
                    plan=("concede", 550, "I'll just drop to 550"))
    assert run(crossing)[1].next_move == "hold-firm"


def test_an_incredible_opening_of_mine_is_re_anchored_not_held():
    # I asked 30k for a used van worth 8-10k; they offered 7k, below my 9k floor; tempted to take it
    c = case("concede", wants="more", reservation=9000, market=(8000, 10000),
             history=[("me", 30000), ("them", 7000)], plan=("accept", 7000, "maybe I just take the 7k"))
    critiques, rec = run(c)
    assert "anchor-extreme" in {f.code for x in critiques for f in x.findings}
    assert rec.next_move == "counter-offer" and "$9,000" in rec.rationale


def test_concede_mode_a_lowball_outside_the_range_is_re_anchored_before_any_move():
    c = case("concede", wants="more", asking=900, market=(750, 1000), history=[("them", 400)],
             plan=("open", 600, "I was going to reply 600?"))
    assert run(c)[1].next_move == "counter-offer"


# -- move choice: doctrine cases added with the blind dev scenarios ----------------------------

def test_concede_mode_growing_steps_are_stopped_not_traded():
    # a buyer moved 500, then 1,000, and now means to jump 2,000 more: the pattern says there is more room
    c = case("concede", wants="less", history=[("them", 30000), ("me", 20000), ("them", 29500), ("me", 20500),
                                               ("them", 29400), ("me", 21500)],
             plan=("counter", 23500, "I was going to send 23.5k to get it over with"))
    critiques, rec = run(c)
    assert "concession-increasing" in {f.code for x in critiques for f in x.findings}
    assert rec.next_move == "hold-firm" and "growing" in rec.rationale
    assert next(x for x in critiques if x.advisor == "concession").recommended_move == "hold-firm"


def test_concede_mode_growing_steps_with_other_issues_in_play_are_traded_not_just_held():
    # the same growing steps, but payment terms and the start date are also open: the next
    # move is a trade across them (ask for something back), not a bare stand-off on the number
    c = case("concede", wants="less", history=[("them", 30000), ("me", 20000), ("them", 29500), ("me", 20500),
                                               ("them", 29400), ("me", 21500)],
             plan=("counter", 23500, "I was going to send 23.5k to get it over with"),
             issues=["payment terms", "start date"])
    critiques, rec = run(c)
    codes = {f.code for x in critiques for f in x.findings}
    assert {"concession-increasing", "trade-opportunity"} <= codes
    assert rec.next_move == "trade-concession"
    assert next(x for x in critiques if x.advisor == "concession").recommended_move == "trade-concession"


def test_a_planned_number_below_their_own_offer_that_meets_my_target_is_not_made():
    # I quoted 4,600; they asked for 4,200 (above my 4,000 target); I was about to offer 3,800
    c = case("concede", wants="more", target=4000, reservation=3500, history=[("me", 4600), ("them", 4200)],
             plan=("counter", 3800, "I can do 3,800 if that helps you decide"))
    _, rec = run(c)
    assert rec.next_move == "accept" and "$3,800" in rec.rationale and "$4,200" in rec.say


def test_a_large_move_in_answer_to_a_final_offer_tests_the_final_first():
    c = case("concede", wants="more", history=[("me", 1000), ("them", 600)],
             plan=("concede", 700, "I'll just say 700 to get it over with"),
             tactic=("tactic-take-it-or-leave-it", "that's my final offer"))
    critiques, rec = run(c)
    assert "concession-large-first" in {f.code for x in critiques for f in x.findings}
    assert rec.next_move == "hold-firm" and "final" in rec.say


def test_saying_yes_after_converging_inside_the_line_and_the_range_is_a_sound_close():
    c = case("concede", wants="less", reservation=440000, market=(410000, 440000),
             history=[("me", 405000), ("them", 445000), ("me", 420000), ("them", 438000), ("me", 428000), ("them", 434000)],
             plan=("accept", None, "I was about to just say yes"))
    _, rec = run(c)
    assert rec.next_move == "accept" and "$434,000" in rec.say
    # an offer outside the range they found is still answered, not taken
    wide = case("concede", wants="less", reservation=440000, market=(400000, 430000),
                history=[("me", 405000), ("them", 445000), ("me", 420000), ("them", 434000)],
                plan=("accept", None, "I was about to just say yes"))
    assert run(wide)[1].next_move != "accept"


def test_a_better_alternative_that_rests_on_an_untested_assumption_is_tested_first():
    kw = dict(wants="less", alternative=16900, history=[("them", 22400), ("them", 20500)],
              assumptions=["he's obviously padding it since the other quote is so much cheaper"],
              plan=("walk", None, "tell him to match 16,900 or we're done"))
    _, rec = run(case("concede", **kw))
    assert rec.next_move == "gather-information" and "$16,900" in rec.rationale
    # with a line of their own set, the user has priced the comparison: the alternative decides
    assert run(case("concede", reservation=19000, **kw))[1].next_move != "gather-information"


def test_walkaway_below_the_line_against_a_final_number_is_a_conditional_counter_not_a_bluff():
    c = case("walkaway", wants="more", reservation=8500, history=[("me", 9000), ("them", 8200)],
             tactic=("tactic-take-it-or-leave-it", "8,200 final"), plan=("walk", None, "tell him I'm selling to someone else"))
    _, rec = run(c)
    assert rec.next_move == "counter-offer" and "$8,500" in rec.rationale


def test_walkaway_bluff_against_a_final_number_is_tested_with_a_counter():
    c = case("walkaway", wants="more", history=[("them", 4000)], no_alternative="I don't have any other deals going",
             tactic=("tactic-take-it-or-leave-it", "the budget is 4,000, that's it"), plan=("walk", None, "say I'll pass"))
    critiques, rec = run(c)
    assert "walkaway-bluff" in {f.code for x in critiques for f in x.findings}
    assert rec.next_move == "counter-offer" and "final" in rec.rationale


def test_walkaway_bluff_under_their_threat_to_move_on_is_tested_with_a_counter():
    c = case("walkaway", wants="more", reservation=85000, target=95000, history=[("them", 92000)],
             no_alternative="no other offer yet", tactic=("tactic-walkaway-threat", "sign today or we go to the next candidate"),
             plan=("walk", None, "tell them I'll have to pass unless they give me till Monday"))
    critiques, rec = run(c)
    assert "walkaway-bluff" in {f.code for x in critiques for f in x.findings}
    assert rec.next_move == "counter-offer"
    # the same bluff with no pressure of theirs: build the alternative first
    calm = case("walkaway", wants="more", reservation=85000, target=95000, history=[("them", 92000)],
                no_alternative="no other offer yet", plan=("walk", None, "tell them I'll have to pass"))
    assert run(calm)[1].next_move == "improve-batna"


def test_prep_with_no_alternative_builds_one_before_answering_their_number():
    c = case("prep", wants="less", history=[("them", 1900)], no_alternative="I haven't looked at anything else yet")
    _, rec = run(c)
    assert rec.next_move == "improve-batna" and "Before the meeting" in rec.rationale
    # nothing in play at all: the value comes first
    bare = case("prep", no_alternative="no other offers", uninformed="no idea what it's worth")
    assert run(bare)[1].next_move == "gather-information"


def test_an_uninformed_buyer_facing_only_a_list_price_gathers_the_value_first():
    c = case("prep", wants="less", asking=380000, uninformed="I don't know what these usually sell for",
             plan=("open", 250000, "planning to throw out 250 and see"))
    critiques, rec = run(c)
    assert "anchor-uninformed" in {f.code for x in critiques for f in x.findings}
    assert rec.next_move == "gather-information" and "$380,000" in rec.rationale + rec.say


def test_an_offer_of_theirs_the_user_cannot_value_is_valued_before_it_is_countered():
    # a stranger offers 900 for an old guitar; no idea of its worth; about to ask for 1,100
    c = case("concede", history=[("them", 900)], uninformed="never checked what these sell for",
             plan=("counter", 1100, "was going to ask if they'd do 1,100"))
    critiques, rec = run(c)
    assert "anchor-uninformed" in {f.code for x in critiques for f in x.findings}
    assert rec.next_move == "gather-information" and "$900" in rec.rationale


def test_walkaway_mode_their_threat_with_a_better_alternative_and_my_own_walk_planned_is_a_strategic_walk():
    # they say other buyers are coming; I hold a cheaper like-for-like quote and mean to leave: my walk is real
    c = case("walkaway", wants="less", alternative=41_200, history=[("me", 39_000), ("them", 42_500)],
             plan=("walk", None, "I'm going to get up and leave so they chase me"),
             tactic=("tactic-walkaway-threat", "I have three more viewings booked"))
    _, rec = run(c)
    assert rec.next_move in ("walk-away", "slow-walkaway")


def test_walkaway_mode_their_threat_with_a_better_alternative_and_only_a_dare_from_me_is_held():
    # "take the discount or walk, your call": their walk, dared — the better alternative makes it harmless
    for dare in ("I'll tell them no discount at all, leave if you want to.", "Thinking of telling her go ahead and walk."):
        c = case("walkaway", wants="more", alternative=88_000, history=[("them", 92_000), ("them", 84_000)],
                 plan=("walk", None, dare), tactic=("tactic-walkaway-threat", "they'll back out"))
        _, rec = run(c)
        assert rec.next_move == "hold-firm", dare
    c = case("walkaway", wants="more", alternative=88_000, history=[("them", 92_000), ("them", 84_000)],
             tactic=("tactic-walkaway-threat", "they'll back out"))
    assert run(c)[1].next_move == "hold-firm"


def test_concede_mode_a_move_clear_of_the_line_while_they_keep_moving_is_a_counter():
    # they came up 52 → 55 → 56.5; my line is 58 and I mean to come down to 60: they are trading, so answer with a counter
    c = case("concede", wants="more", reservation=58_000,
             history=[("them", 52_000), ("me", 66_000), ("them", 55_000), ("me", 63_000), ("them", 56_500)],
             plan=("concede", 60_000, "thinking of coming down to 60"))
    _, rec = run(c)
    assert rec.next_move == "counter-offer" and "$60,000" in rec.rationale
    # a buyer's side of the same: they came down, my move up stays under my ceiling
    c = case("concede", wants="less", reservation=14_000,
             history=[("them", 17_500), ("me", 11_000), ("them", 16_200)],
             plan=("concede", 12_500, "maybe I go to 12.5"))
    assert run(c)[1].next_move == "counter-offer"


def test_concede_mode_a_move_clear_of_the_line_when_they_stand_still_is_still_a_trade():
    for history in ([("them", 52_000), ("me", 66_000), ("them", 52_000)], [("them", 52_000)]):
        c = case("concede", wants="more", reservation=58_000, history=history,
                 plan=("concede", 60_000, "thinking of coming down to 60"))
        assert run(c)[1].next_move == "trade-concession", history


def test_a_first_number_past_my_line_is_answered_with_a_counter_not_held():
    c = case("concede", wants="less", reservation=640_000, asking=790_000,
             plan=("open", 700_000, "open at 700k so they take us seriously"))
    _, rec = run(c)
    assert rec.next_move == "counter-offer" and "$640,000" in rec.rationale
    # once I have a number on the table, a planned step past my line is held
    c = case("concede", wants="less", reservation=640_000, asking=790_000, history=[("me", 600_000), ("them", 770_000)],
             plan=("concede", 700_000, "go up to 700k"))
    assert run(c)[1].next_move == "hold-firm"
    # a concession from a standing price of mine (the rent I charge today) is no first number either
    c = case("concede", wants="more", reservation=1_080, history=[("them", 1_000)],
             plan=("concede", 1_050, "offer her 1,050 to keep her"))
    assert run(c)[1].next_move == "hold-firm"


# -- the say line of a trade: the user's numbers wherever they are known -----------------------

def test_a_nibble_after_the_deal_is_answered_with_the_agreed_number_and_a_price_for_the_change():
    c = case("concede", wants="more", agreed="we shook on 9,500", history=[("them", 9500)],
             tactic=("tactic-nibble", "now they also want the migration thrown in"), issues=["scope"])
    _, rec = run(c)
    assert rec.next_move == "trade-concession"
    assert "$9,500" in rec.say and "something back" in rec.say and "If you can" not in rec.say


def test_a_trade_without_a_step_to_compute_still_names_the_users_number():
    # my own listing stands, nothing of theirs yet: the conditional names where the move starts
    c = case("concede", wants="more", history=[("me", 489000)], issues=["payment terms"],
             plan=("concede", None, "I'm tempted to just drop the price"))
    _, rec = run(c)
    assert rec.next_move == "trade-concession"
    assert rec.say == "If you can move on the payment terms, I can move from $489,000."


def test_buying_time_to_build_an_alternative_thanks_them_for_their_number():
    from board.codes import MoveCode
    from board.rules.say import say
    from rules_helpers import view
    assert say(view("walkaway", wants="more", history=[("them", 88000)]), MoveCode.IMPROVE_BATNA, set()).startswith(
        "Thank you for the $88,000 offer. I want to give this proper thought")
    assert say(view("walkaway", wants="more"), MoveCode.IMPROVE_BATNA, set()).startswith("I want to give this proper thought")


def test_a_move_no_voice_chose_says_so_in_the_rationale():
    from board.models import Critique
    from board.rules.moderator import merge
    from rules_helpers import view
    v = view("walkaway", wants="more", history=[("them", 80000)])
    voices = [Critique(advisor=name, summary="s", recommended_move="gather-information") for name in ("anchoring", "walkaway")]
    rec = merge(v, voices)
    assert rec.next_move != "gather-information"
    assert "No advisor named this move" in rec.rationale
    backed = merge(v, [Critique(advisor="anchoring", summary="s", recommended_move=rec.next_move)])
    assert "No advisor named this move" not in backed.rationale and "Anchoring recommends this." in backed.rationale
