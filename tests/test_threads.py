"""Threads across turns and processes: history, --ask-first pause and resume, list, show, forget, brief."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from board.clarify import topic
from board.cli import main
from board.locks import lock_path

BIKE_1 = "I'm selling my bike, I asked $1,000, they offered $700, I came down to $950"
BIKE_2 = "they said 750, I went to 850"


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "board.sqlite"
    monkeypatch.setenv("BOARD_DB", str(path))
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    return path


def board(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`board ...` in its own process, on the given database, offline."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env |= {"BOARD_DB": str(db), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "board.cli", *args], capture_output=True, text=True, env=env, cwd=db.parent, timeout=120
    )


def ask(capsys, *args: str) -> dict:
    assert main(["ask", "--json", "--engine", "offline", *args]) == 0
    return json.loads(capsys.readouterr().out)


def rows(db: Path, thread_id: str) -> int:
    with sqlite3.connect(db) as conn:
        return sum(
            conn.execute(f"SELECT COUNT(*) FROM {table} WHERE thread_id = ?", (thread_id,)).fetchone()[0]
            for table in ("checkpoints", "writes")
        )


def test_second_turn_in_another_process_builds_on_the_first(db):
    first = board(db, "ask", "--engine", "offline", "--thread", "bike", BIKE_1)
    assert first.returncode == 0, first.stderr
    second = board(db, "ask", "--engine", "offline", "--thread", "bike", "--json", BIKE_2)
    assert second.returncode == 0, second.stderr
    data = json.loads(second.stdout)
    assert data["thread_id"] == "bike"
    offers = [(o["by"], o["amount"]) for o in data["situation"]["offers"]]
    assert offers == [("me", 1000), ("them", 700), ("me", 950), ("them", 750), ("me", 850)]
    # my concessions: 1000 → 950 → 850 is 50 then 100: growing, which signals more room
    codes = {f["code"] for c in data["critiques"] for f in c["findings"]}
    assert "concession-increasing" in codes
    assert data["analysis"]["my_concessions"] == [50, 100]


def test_ask_first_pauses_then_a_later_process_answers(db, capsys):
    paused = board(db, "ask", "--engine", "offline", "--thread", "bike", "--mode", "walkaway", "--ask-first",
                   "--json", "I'm selling my bike, they offered $700. I'm ready to walk.")
    assert paused.returncode == 0, paused.stderr
    data = json.loads(paused.stdout)
    assert data["critiques"] == []
    assert 1 <= len(data["questions"]) <= 3
    assert any("walk away" in q for q in data["questions"])
    assert data["recommendation"]["next_move"] == "gather-information"
    assert "waiting for your answers" in data["recommendation"]["rationale"]

    assert main(["threads"]) == 0
    assert "waiting for answers" in capsys.readouterr().out

    answered = board(db, "ask", "--engine", "offline", "--thread", "bike", "--json",
                     "I will not go below $800. My backup: a shop pays $600.")
    assert answered.returncode == 0, answered.stderr
    data = json.loads(answered.stdout)
    assert [c["advisor"] for c in data["critiques"]] == ["anchoring", "walkaway", "concession", "skeptic"]
    assert data["mode"] == "walkaway"
    assert data["situation"]["reservation"]["amount"] == 800
    assert data["situation"]["alternative"]["amount"] == 600
    assert [o["amount"] for o in data["situation"]["offers"]] == [700]


def test_ask_first_advises_at_once_when_nothing_decisive_is_missing(db, capsys):
    data = ask(capsys, "--ask-first", "--mode", "prep", "--thread", "t",
               "The recruiter offered $150,000. I'm aiming for $170,000 and won't take less than $155,000.")
    assert data["situation"]["target"]["amount"] == 170000
    assert [c["advisor"] for c in data["critiques"]] == ["anchoring", "walkaway", "concession", "skeptic"]


def test_ask_first_text_output_says_how_to_answer(db, capsys):
    assert main(["ask", "--engine", "offline", "--ask-first", "--thread", "t", "--mode", "prep", "I want a raise"]) == 0
    out = capsys.readouterr().out
    assert "THE BOARD ASKS BEFORE ADVISING" in out
    assert "1. What number are you aiming for" in out
    assert 'board ask --thread t "your answers"' in out


def test_ask_without_ask_first_advises_and_lists_clarifying_questions_first(db, capsys):
    data = ask(capsys, "--mode", "walkaway", "--thread", "t", "They offered $700 for my bike.")
    assert data["critiques"]
    assert topic(data["questions"][0]) == "reservation"
    assert len(data["questions"]) == len(set(data["questions"]))


def test_threads_show_and_brief(db, capsys, tmp_path):
    ask(capsys, "--thread", "bike", BIKE_1)
    ask(capsys, "--thread", "bike", BIKE_2)
    ask(capsys, "--thread", "job", "The recruiter offered $150,000 base; I was hoping for $170k.")

    assert main(["threads"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["THREAD", "UPDATED", "LAST", "MOVE", "TITLE"]
    assert "I'm selling my bike" in out
    assert all(len(line) <= 80 for line in out.splitlines())

    assert main(["threads", "--json"]) == 0
    listed = {t["id"]: t for t in json.loads(capsys.readouterr().out)}
    assert set(listed) == {"bike", "job"}
    assert listed["bike"]["title"].startswith("I'm selling my bike")
    assert listed["bike"]["last_move"] and listed["bike"]["updated"]

    assert main(["show", "bike"]) == 0
    out = capsys.readouterr().out
    assert out.index(BIKE_1) < out.index("BOARD —") < out.index(BIKE_2) < out.rindex("BOARD —")
    assert out.count("Say:") == 2

    path = tmp_path / "brief.md"
    assert main(["brief", "bike", "--out", str(path)]) == 0
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Negotiation brief: I'm selling my bike")
    assert "you $1,000 → they $700 → you $950 → they $750 → you $850" in text


def test_forget_deletes_the_rows_for_good(db, capsys):
    ask(capsys, "--thread", "keep", "They offered $700 for my bike.")
    ask(capsys, "--thread", "secret", "My landlord Zyxwvut wants $2,400 a month.")
    assert rows(db, "secret") > 0 and lock_path(db, "secret").exists()
    assert main(["forget", "secret"]) == 0
    assert "forgotten" in capsys.readouterr().err
    assert rows(db, "secret") == 0
    assert rows(db, "keep") > 0
    assert b"Zyxwvut" not in db.read_bytes()
    assert not lock_path(db, "secret").exists()
    assert main(["show", "secret"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no thread 'secret'" in err


@pytest.mark.parametrize("command", [["show", "nope"], ["forget", "nope"], ["brief", "nope"]])
def test_unknown_thread_exits_2_with_one_line(db, capsys, command):
    assert main(command) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "nope" in captured.err
    assert not db.exists()


def test_threads_on_a_fresh_install(db, capsys):
    assert main(["threads"]) == 0
    assert "No threads yet" in capsys.readouterr().out
    assert not db.exists()
