"""`board chat`: a scripted conversation through a pipe, clarifying questions, slash commands."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
from pathlib import Path

from board.chat import Chat
from board.engines.offline import OfflineEngine
from board.personas import load_board
from board.render import console, print_result
from board.session import run_turn

OPENING = "I'm selling my bike, I asked $1,000, they offered $700. I'm ready to walk."
ANSWERS = "I will not go below $800. My backup: a shop pays $600."


def chat(db: Path, lines: list[str], **kwargs) -> str:
    """Run a chat in-process over the given lines; return what it printed."""
    out = io.StringIO()
    session = Chat(engine=OfflineEngine(), board=load_board(), db_path=db, stdin=io.StringIO("\n".join(lines) + "\n"),
                   stdout=out, **kwargs)
    assert asyncio.run(session.run()) == 0
    return out.getvalue()


def test_a_piped_session_asks_is_answered_and_writes_the_brief(tmp_path):
    db, brief = tmp_path / "board.sqlite", tmp_path / "brief.md"
    script = "\n".join(["/mode walkaway", OPENING, ANSWERS, "/facts", f"/brief {brief}", "/quit", "ignored after quit"])
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")} | {"BOARD_DB": str(db)}
    done = subprocess.run(
        [sys.executable, "-m", "board.cli", "chat", "--engine", "offline", "--thread", "bike"],
        input=script + "\n", capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert done.stderr == ""
    assert "you>" not in out and "\x1b[" not in out  # no prompts, no colour through a pipe
    assert out.splitlines()[0] == "board chat · thread bike (new thread) · engine offline"

    # the board asked before advising, then advised once answered
    asked = out.index("THE BOARD ASKS BEFORE ADVISING")
    assert "walk away" in out[asked:].splitlines()[1]
    advised = out.index("MODERATOR — next move:")
    assert asked < advised
    assert out.count("THE BOARD ASKS BEFORE ADVISING") == 1

    # /facts shows what the answers added, with the words they came from
    facts = out[out.index("FACTS"):]
    assert 'Walk-away point: $800 — from "I will not go below $800."' in facts
    assert 'Alternative: $600 — from "My backup: a shop pays $600."' in facts
    assert "they: $700" in facts

    assert f"brief written to {brief}" in out
    text = brief.read_text(encoding="utf-8")
    sections = ["## The facts and numbers", "## The line you won't cross", "## What each advisor says",
                "## The recommendation", "## What to say", "## Questions to ask them",
                "## Tactics to expect, and counters"]
    assert [text.index(s) for s in sections] == sorted(text.index(s) for s in sections)
    line = text.split("## The line you won't cross")[1].split("##")[0]
    assert "$800" in line and "$600" in line
    assert "mode walkaway" in text


def test_facts_lists_every_offer_with_its_source(tmp_path):
    out = chat(tmp_path / "b.sqlite", ["/facts", "They offered $700 for my bike.", "/skip", "/facts"],
               thread_id="f", ask_first=False)
    assert "This thread is empty" in out
    facts = out[out.rindex("FACTS"):]
    assert 'they: $700 — from "They offered $700 for my bike."' in facts


def test_clarifying_questions_can_be_skipped_and_are_not_asked_again(tmp_path):
    out = chat(tmp_path / "b.sqlite", ["/mode prep", "I'm asking my boss for a raise.", "/skip", "/skip",
                                       "She said the budget is tight."], thread_id="s")
    assert out.count("THE BOARD ASKS BEFORE ADVISING") == 1
    assert out.count("MODERATOR — next move: ") == 2
    assert "The board is not waiting for answers." in out


def test_a_chat_continues_a_paused_thread(tmp_path):
    db = tmp_path / "b.sqlite"
    first = chat(db, ["/mode walkaway", OPENING], thread_id="p")
    assert "THE BOARD ASKS BEFORE ADVISING" in first
    again = chat(db, [ANSWERS, "/show"], thread_id="p")
    assert "(1 message so far)" in again.splitlines()[0]
    assert again.index("THE BOARD ASKS") < again.index("MODERATOR — next move")
    show = again[again.index("thread p ·"):]
    assert show.index("YOU [walkaway]") < show.index("YOU (answers) [walkaway]") < show.index("BOARD —")


def test_commands(tmp_path):
    out = chat(tmp_path / "b.sqlite", ["/help", "/mode", "/mode haggle", "/mode concede", "/threads", "/nope",
                                       "/brief"], thread_id="x")
    assert "/facts" in out and "/brief [FILE]" in out
    assert "mode: chosen by the board" in out
    assert "unknown mode 'haggle'" in out
    assert "mode: concede (from your next message)" in out
    assert "No threads yet" in out
    assert "unknown command /nope" in out


def test_rich_output_is_labelled_and_fits_80_columns(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    board = load_board()
    result = asyncio.run(run_turn(OPENING, engine=OfflineEngine(), board=board, db_path=tmp_path / "b.sqlite"))
    stream = io.StringIO()
    con = console(stream)
    con.width = 80
    print_result(con, result, board)
    out = stream.getvalue()
    for name in ("Anchoring", "Walkaway", "Concession", "Skeptic", "Moderator"):
        assert name in out
    assert all(len(line) <= 80 for line in out.splitlines())
    assert "\x1b[" not in out


def test_a_trailing_backslash_continues_the_message(tmp_path):
    out = chat(tmp_path / "b.sqlite", ["I'm selling my bike. \\", "They offered $700.", "/show"], thread_id="m",
               ask_first=False)
    assert out.count("MODERATOR — next move") == 1
    show = out[out.index("thread m ·"):]
    assert show.startswith("thread m · 1 message · 1 turn\n")
    assert "I'm selling my bike. They offered $700." in " ".join(show.split())
