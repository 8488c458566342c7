"""What reaches a model or the terminal from a user's paste stays bounded and harmless."""

from __future__ import annotations

from board.analysis import analyse
from board.cli import main
from board.engines.base import Case
from board.engines.prompts import MAX_QUOTED_CHARS, case_message
from board.situation import read_situation


def test_a_huge_paste_is_cut_in_the_prompt_but_the_facts_still_ground_it():
    text = "I'm selling my van, they offered $9,000 and I won't take less than $10,500. " + "blah " * 200_000
    situation = read_situation(text)
    case = Case(mode="prep", text=text, situation=situation, analysis=analyse(situation))
    content = case_message(case)["content"]
    assert len(content) < MAX_QUOTED_CHARS + 20_000
    assert "more characters not shown" in content
    assert "10500" in content.replace(",", "") and "9000" in content.replace(",", "")


def test_show_does_not_replay_escape_sequences_from_a_message(capsys):
    text = "They offered $700 \x1b[2J\x1b]0;pwned\x07 for my bike and I won't go below $800."
    assert main(["ask", "--engine", "offline", "--json", "--thread", "esc1", text]) == 0
    capsys.readouterr()
    assert main(["show", "esc1"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "They offered $700" in out
