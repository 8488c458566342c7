"""Edge cases found in review: a target beside a walk-away point, and a misplaced database or thread id."""

from __future__ import annotations

import pytest

from board.cli import main
from board.situation import read_situation


@pytest.mark.parametrize(
    "text, target, floor, wants",
    [
        ("They offered 80k, I want 95k, my walkaway is 85k", 95_000, 85_000, "more"),
        ("I'd love 4,200 a month for the flat, my minimum is 3,900", 4_200, 3_900, "more"),
        ("They quoted $12,000; I hope to pay $9,000 and my max is $11,000", 9_000, 11_000, "less"),
    ],
)
def test_a_target_and_a_walk_away_in_one_sentence_are_both_read(text, target, floor, wants):
    situation = read_situation(text)
    assert situation.target is not None and situation.target.amount == target
    assert situation.reservation is not None and situation.reservation.amount == floor
    assert situation.wants == wants


def test_an_offer_below_the_line_is_flagged_when_the_direction_comes_from_target_and_floor(capsys):
    import json

    assert main(["ask", "--engine", "offline", "--json", "They offered 80k, I want 95k, my walkaway is 85k"]) == 0
    data = json.loads(capsys.readouterr().out)
    codes = {f["code"] for c in data["critiques"] for f in c["findings"]}
    assert "offer-below-reservation" in codes
    assert data["recommendation"]["next_move"] != "accept"


def test_a_database_path_that_is_a_folder_is_bad_input(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("BOARD_DB", str(tmp_path))
    assert main(["ask", "--engine", "offline", "they offered $5"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "BOARD_DB" in err[0]


def test_an_empty_thread_id_is_bad_input(capsys):
    assert main(["ask", "--engine", "offline", "--thread", "", "they offered $5"]) == 2
    assert "--thread" in capsys.readouterr().err
