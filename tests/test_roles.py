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
