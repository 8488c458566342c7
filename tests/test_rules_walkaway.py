"""The walkaway rules with an alternative that has no value, or whose value is only believed."""

from __future__ import annotations

from board.models import Fact
from board.rules import RULES
from board.rules.common import View
from board.rules import walkaway
from rules_helpers import case


def raised(code: str, mode: str = "prep", **kw):
    return RULES[code](View(case(mode, **kw)))


NAMED = Fact(amount=None, words="we could always stay in our current flat")
BELIEVED = Fact(amount=120000, words="the other agency would pay 120k for sure")
WALK = ("walk", None, "I'll tell them it's 110k or we're out")


def test_an_alternative_without_a_value_is_not_missing_and_not_compared():
    kw = dict(wants="less", alternative=NAMED, history=[("them", 2000)])
    assert raised("batna-missing", **kw) is None
    assert raised("batna-stronger-than-offer", **kw) is None
    assert raised("batna-weaker-than-offer", **kw) is None
    assert raised("walkaway-bluff", "walkaway", plan=WALK, **kw) is None


def test_an_unvalued_alternative_gets_a_question_and_an_honest_summary():
    v = View(case("walkaway", wants="less", alternative=NAMED, reservation=2100, history=[("them", 2000)]))
    qs = walkaway.questions(v)
    assert any("worth" in q and q.endswith("?") for q in qs)
    assert "unknown" in walkaway.summary(v, set())


def test_a_believed_alternative_does_not_make_the_walk_real():
    kw = dict(wants="more", alternative=BELIEVED, assumptions=[BELIEVED.words], history=[("them", 100000)])
    assert raised("batna-stronger-than-offer", **kw) is None
    f = raised("walkaway-bluff", plan=WALK, **kw)
    assert f is not None and "belief" in f.evidence
    assert any("committed" in q for q in walkaway.questions(View(case("walkaway", plan=WALK, **kw))))


def test_the_same_alternative_in_hand_makes_the_walk_real():
    held = Fact(amount=120000, words="the other agency offered 120k in writing")
    kw = dict(wants="more", alternative=held, history=[("them", 100000)])
    assert raised("batna-stronger-than-offer", **kw) is not None
    assert raised("walkaway-bluff", plan=WALK, **kw) is None
