"""Their tactics, in the user's account and in their own quoted words; the user's own threats are not theirs."""

from __future__ import annotations

import pytest

from board.codes import FindingCode as F
from board.cues import read_tactics


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
